using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Hostile documents written against the rules for groups led through a body's official, titles before a clause,
/// numbers closed by a colon or a dot and places before a colon: each case a wrong lead or a wrong part an earlier
/// version of those rules gave.
/// </summary>
public class HostileGroupAndNumberTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_body_that_led_a_past_inspection_is_not_the_tasks_lead()
    {
        var plan = Import(
            "一、重点任务",
            "（一）加强河道治理。由县水利局牵头，各乡镇配合。去年由县人大常委会带队视察了河道治理情况。",
            "（二）抓好汛前检查。由县住建局负责，县城管局配合，今年将由省住建厅带队开展汛前检查。",
            "（三）抓班子带队伍。县教育局要坚持抓班子、带队伍、促发展。");
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "各乡镇" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void The_body_after_by_acts_on_the_one_after_dui_which_is_no_part_of_its_name()
    {
        var plan = Import(
            "一、审计对象",
            "（一）县财政局。由县审计局对县财政局组织的预算执行情况进行审计。",
            "（二）县卫健委。由县审计局对县卫健委医保资金使用情况开展专项审计，县医保局配合。",
            "（三）对台交流。由市委对台工作办公室负责。",
            "（四）对外合作。由市对外经济贸易合作局负责。");
        Assert.Equal(new[] { "县审计局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县审计局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县医保局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "市委对台工作办公室" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市对外经济贸易合作局" }, plan.Leads("（四）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("局对"));
    }

    [Fact]
    public void A_governments_official_leading_a_group_leaves_the_lead_to_the_body_doing_the_work()
    {
        var plan = Import(
            "三、督查分组",
            "（一）综合督查组。由市政府分管副市长带队，市应急管理局具体负责组织实施。",
            "（二）暗访组。由市政府分管副市长带队。");
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
    }

    [Fact]
    public void Supports_after_a_sentence_that_names_the_lead_are_kept()
    {
        var plan = Import("一、任务", "1.县发改局牵头。县财政局、县审计局配合，完成政府投资项目审计。");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局", "县审计局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_ratio_or_a_figure_wrapped_onto_its_own_line_is_no_part()
    {
        var plan = Import(
            "某县农村危房改造实施方案",
            "一、补助标准",
            "（一）提高补助标准。省、市、县按",
            "六:三:一的比例分担，县级配套资金按",
            "一：一比例配套，由县财政局负责落实。",
            "（二）加强资金监管。补助资金提高到原标准的",
            "一.五倍，由县民政局负责按月发放。",
            "二、保障措施",
            "加强宣传。");
        Assert.Single(plan.Model.Sections, s => s.Title.Contains("补助标准"));
        Assert.DoesNotContain(plan.Tasks, t => t.Label is "一：" or "一." or "六:");
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_place_before_a_colon_whose_work_is_given_to_another_body_is_not_the_lead()
    {
        var plan = Import(
            "四、公共场所保洁",
            "（一）市体育中心：由市体育局负责日常保洁。",
            "（二）市公安局：负责维护周边秩序。",
            "（三）市发展和改革委员会、市财政局：由市发展改革委牵头，统筹项目资金。");
        Assert.Equal(new[] { "市体育局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("（三）"));
    }
}
