using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Ways a review of the 为 reading, the person in charge, 经X协助 and marked names found to a wrong or garbled lead; each
/// refused here.
/// </summary>
public class RoleSaidWithIsReviewTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("1.建设宣传阵地。宣传阵地以市融媒体中心为主。")]
    [InlineData("1.保障资金。所需资金以市财政局为主。")]
    [InlineData("1.组建专家库。专家库成员以市人民医院、市中医院为主。")]
    [InlineData("1.招募志愿者。志愿者招募以团市委为主，各高校为辅。")]
    [InlineData("1.组建医联体（以县人民医院为主体），带动乡镇卫生院发展。")]
    [InlineData("1.开展结对。结对单位：以市直机关为主，各县区机关为辅。")]
    [InlineData("1.组建团队。以市人民医院为主，各县级医院为辅，组建专家团队。")]
    [InlineData("1.保障经费。市财政局为牵头单位提供经费保障。")]
    [InlineData("1.做好服务。各区政府为主办单位做好服务保障工作。")]
    [InlineData("1.明确责任。责任单位是指市直有关部门。")]
    [InlineData("1.明确责任。建议牵头单位为市发改委。")]
    public void Wei_that_describes_or_means_for_names_no_lead(string line)
    {
        var plan = Import("某市2025年工作要点", "一、重点任务", line);
        Assert.Empty(plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("以") || (u.FullName ?? u.Id).StartsWith("指"));
    }

    [Fact]
    public void A_sentence_opening_with_wei_still_names_the_lead_after_it()
    {
        var plan = Import("某市2025年工作要点", "一、重点任务", "1.推进老旧小区改造。", "为确保任务落实，责任单位为市住建局。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("（院长办公会负责，医务科具体实施）", "院长办公会")]
    [InlineData("（校长办公室负责，各学院配合）", "校长办公室")]
    [InlineData("（总经理办公室负责，各部门配合）", "总经理办公室")]
    [InlineData("（市长热线办负责，各相关单位配合）", "市长热线办")]
    [InlineData("主任委员会负责，秘书处配合。", "主任委员会")]
    public void A_body_named_after_a_post_is_no_person(string clause, string lead)
    {
        var plan = Import("某单位2025年工作要点", "一、重点任务", "1.规范管理。" + clause);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("（经文保大队牵头，治安大队配合）", "经文保大队")]
    [InlineData("（经责审计办牵头，审计局配合）", "经责审计办")]
    [InlineData("（经服中心牵头，各村配合）", "经服中心")]
    public void Bodies_whose_names_start_with_jing_keep_it(string clause, string lead)
    {
        var plan = Import("某县2025年工作要点", "一、重点任务", "1.加强工作。" + clause);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("1.推进改革。区发改委（原牵头）、区住建局（牵头）")]
    [InlineData("1.推进改革。区财政局（不牵头）、区住建局（牵头）")]
    public void A_former_or_denied_mark_makes_no_lead(string line)
    {
        var plan = Import("某区2025年工作要点", line);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1."));
    }

    [Fact]
    public void Carrying_out_beside_a_scope_or_a_sections_lead_is_support()
    {
        var plan = Import(
            "某市2025年工作要点",
            "一、扩大内需",
            "1.扩大消费。各县区抓好落实。",
            "（以上任务由市商务局牵头，各区配合）",
            "二、推进会展（市商务局牵头）",
            "2.推进会展。市会展中心具体落实。");
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市会展中心" }, plan.Supports("2."));
    }
}
