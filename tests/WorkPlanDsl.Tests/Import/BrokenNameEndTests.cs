using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The end of a body's name that a narrow cell broke over lines and a table's rows then parted from its start
/// (障局 beside 市人力资源和社会保障局, as PDF text of a task table prints it), and a banner's words glued before a name the
/// document prints alone (市场准入环境市发展和改革委员会), are no lead.
/// </summary>
public class BrokenNameEndTests
{
    private static ImportedModel Table(params string[] rows)
        => ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(string.Join("\n", new[] { "序号,重点任务,牵头单位" }.Concat(rows))));

    [Fact]
    public void The_end_of_a_longer_name_the_document_prints_is_no_lead()
    {
        var plan = Table("1,推进技能人才评价,市人力资源和社会保", "2,举办职业技能大赛,障局", "3,加强技工院校建设,市人力资源和社会保障局");
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("3"));
        Assert.Empty(plan.Leads("2"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'障局' is the end of a name broken over lines"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "障局");
    }

    [Fact]
    public void Words_glued_before_a_name_the_document_prints_alone_make_no_lead()
    {
        var plan = Table("1,全面实施市场准入负面清单,市场准入环境市发展和改革委员会", "2,清理隐性壁垒,市发展和改革委员会");
        Assert.Empty(plan.Leads("1"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("with words glued before it"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("2"));
    }

    [Fact]
    public void The_end_of_another_name_glued_before_a_name_the_document_prints_alone_makes_no_lead()
    {
        // 区工商业联合会 broken over a page: its end 业联合会 printed in the next row's cell, before 区数据局.
        var plan = Table("1,推进数据要素市场化配置,业联合会区数据局", "2,建设一体化数字政府,区数据局");
        Assert.Empty(plan.Leads("1"));
        Assert.Equal(new[] { "区数据局" }, plan.Leads("2"));
    }

    [Theory]
    [InlineData("县委办县政府办", "县政府办")]
    [InlineData("区委区政府", "区政府")]
    public void A_whole_body_with_its_level_before_a_name_the_document_prints_alone_is_no_broken_end(string lead, string alone)
    {
        // Two bodies printed without a comma between them are read wrong elsewhere, if at all; never as a broken end.
        var plan = Table("1,全面实施市场准入负面清单," + lead, "2,清理隐性壁垒," + alone);
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("with words glued before it"));
    }

    [Theory]
    [InlineData("岫川市发展和改革委员会")]
    [InlineData("乌鲁木齐市发展和改革委员会")]
    public void A_place_before_a_name_the_document_prints_alone_is_the_same_bodys_full_name(string name)
    {
        var plan = Table("1,全面实施市场准入负面清单," + name, "2,清理隐性壁垒,市发展和改革委员会");
        Assert.Equal(new[] { name }, plan.Leads("1"));
    }

    [Fact]
    public void An_office_beside_a_longer_office_whose_start_is_never_broken_off_still_leads()
    {
        var plan = Table("1,做好信访维稳,办公室", "2,做好督查督办,县委办公室");
        Assert.Equal(new[] { "办公室" }, plan.Leads("1"));
    }

    [Fact]
    public void A_name_without_its_level_beside_the_same_name_with_it_still_leads()
    {
        var plan = Table("1,推进预算改革,市财政局", "2,加强资金监管,财政局");
        Assert.Equal(new[] { "财政局" }, plan.Leads("2"));
    }
}
