using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A list of units then which of them leads (（A、B；A牵头）), and a closing sentence whose scopes list several ranges
/// (以上第1—3项、第6项由…；第4—5项由…).
/// </summary>
public class PickedLeadAndScopeListTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("1. 推进“双减”宣传引导。（区委宣传部、区教育局；区委宣传部牵头）")]
    [InlineData("1. 推进“双减”宣传引导。（区委宣传部、区教育局，其中区委宣传部牵头）")]
    [InlineData("1. 推进“双减”宣传引导。（责任单位：区委宣传部、区教育局，其中区委宣传部牵头）")]
    public void A_lead_picked_from_the_list_before_it_leads_and_the_others_support(string task)
    {
        var plan = Import("某区2024年双减工作要点", "", task);
        Assert.Equal(new[] { "区委宣传部" }, plan.Leads("1."));
        Assert.Equal(new[] { "区教育局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_lead_not_in_the_list_before_it_leads_with_that_list()
    {
        // 区委宣传部、区教育局，区文明办牵头: no pick of the list, so the list and the name lead as before.
        var plan = Import("某区2024年工作要点", "", "1. 推进宣传引导。（区委宣传部、区教育局，区文明办牵头）");
        Assert.Contains("区文明办", plan.Leads("1."));
        Assert.DoesNotContain("区文明办", plan.Supports("1."));
    }

    [Fact]
    public void Scopes_listing_a_range_and_a_single_task_give_each_task_its_own_lead()
    {
        var plan = Import(
            "临江市2024年职业教育提质培优行动计划", "",
            "一、重点任务",
            "1. 推进中职学校办学条件达标工程。", "2. 建设市级高水平专业群10个。", "3. 深化产教融合。",
            "4. 开展职业技能等级认定。", "5. 举办市级职业技能大赛。", "6. 落实职业院校教师培训制度。",
            "",
            "以上第1—3项、第6项由市教育局牵头，市发展改革委、市财政局配合；第4—5项由市人社局牵头，市教育局、市总工会配合。",
            "",
            "二、保障措施",
            "各牵头单位要于每季度末向市政府报送工作进展情况。");
        foreach (var label in new[] { "1.", "2.", "3.", "6." })
        {
            Assert.Equal(new[] { "市教育局" }, plan.Leads(label));
            Assert.Equal(new[] { "市发展改革委", "市财政局" }, plan.Supports(label));
        }

        Assert.Equal(new[] { "市人社局" }, plan.Leads("4."));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("5."));
    }

    [Fact]
    public void Scopes_after_a_lead_in_word_are_read_in_their_order()
    {
        var plan = Import(
            "某市2024年职业教育行动计划", "",
            "一、重点任务",
            "1. 推进中职学校办学条件达标工程。", "2. 建设市级高水平专业群10个。", "3. 深化产教融合。", "4. 开展职业技能等级认定。",
            "",
            "其中，第3—4项由市人社局牵头，市总工会配合；第1—2项由市教育局牵头，市财政局配合。");
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("4."));
    }
}
