using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Roles given at the end by task numbers with a colon instead of 由 (<c>第1—2项：A牵头，B配合</c>, <c>第3项：C负责</c>):
/// each scope's tasks take its units. A line whose words after the colon give no body a role is no scope.
/// </summary>
public class ColonScopeListTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_division_list_by_numbers_after_the_tasks_gives_each_its_units()
    {
        var plan = Import(
            "某县2025年交通运输工作要点",
            "一、基础设施",
            "1．推进农村公路提质改造。完成改造80公里。",
            "2．实施危桥改造工程。完成危桥改造6座。",
            "3．推进客运站升级。完成县客运站改造。",
            "二、运输服务",
            "4．优化城乡公交线路。新开通线路3条。",
            "5．规范出租车经营秩序。开展专项整治。",
            "附：重点任务责任分工",
            "第1—2项：县交通运输局牵头，县财政局配合。",
            "第3项：县交通运输局负责。",
            "第5项：县交通运输局负责。",
            "第4项：县公交公司、县交通运输局共同牵头，各乡镇配合。");
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1．"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1．"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("2．"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("3．"));
        Assert.Equal(new[] { "县公交公司", "县交通运输局" }, plan.Leads("4．"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("5．"));
    }

    [Fact]
    public void Words_after_the_colon_that_give_no_role_are_no_scope()
    {
        var plan = Import(
            "某县2025年交通运输工作要点",
            "一、基础设施",
            "1．推进农村公路提质改造。完成改造80公里。",
            "2．实施危桥改造工程。完成危桥改造6座。",
            "附：重点任务说明",
            "第1—2项：资金来源为县级财政和上级补助。");
        Assert.Empty(plan.Leads("1．"));
        Assert.Empty(plan.Leads("2．"));
    }
}
