using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan's division of work printed as a list, one line a task: <c>1. 任务名——牵头单位：X；责任单位：A、B</c> (the
/// 附件 重点任务分工 of a plan whose body names no unit). Invented lines.
/// </summary>
public class DivisionListTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void The_units_after_a_dash_are_the_tasks_and_the_name_before_it_its_title()
    {
        var plan = Import(
            "附件",
            "某市2024年重点任务分工",
            "1. 推动工业固废源头减量——牵头单位：市工业和信息化局；责任单位：市生态环境局、各区人民政府",
            "2. 推动化肥农药减量——责任单位：市农业农村局",
            "3. 推进快递包装治理——牵头单位：市商务局，责任单位：市邮政管理局",
            "4. 推进矿山修复——牵头单位：市自然资源和规划局、市应急管理局",
            "5. 推进秸秆利用 — 牵头单位：市农业农村局",
            "6. 推进医废处置　　牵头单位：市卫生健康委　　配合单位：市生态环境局");
        Assert.Equal("推动工业固废源头减量", plan.Task("1.").Title);
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市生态环境局", "各区人民政府" }, plan.Supports("1."));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市邮政管理局" }, plan.Supports("3."));
        Assert.Equal(new[] { "市自然资源和规划局", "市应急管理局" }, plan.Leads("4."));
        Assert.Equal("推进秸秆利用", plan.Task("5.").Title);
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("5."));
        Assert.Equal("推进医废处置", plan.Task("6.").Title);
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("6."));
        Assert.Equal(new[] { "市生态环境局" }, plan.Supports("6."));
    }

    [Fact]
    public void A_dash_with_words_of_the_plan_after_it_is_the_titles_own()
    {
        var plan = Import(
            "一、重点任务",
            "1. 聚焦双碳目标——推动绿色低碳发展。新建光伏电站2座。",
            "2. 守住安全底线——市应急管理局要加强巡查。开展隐患排查。",
            "3. 实施2024—2026年三年行动。完成改造50个。（牵头单位：市住房和城乡建设局）");
        Assert.Equal("聚焦双碳目标——推动绿色低碳发展", plan.Task("1.").Title);
        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal("实施2024—2026年三年行动", plan.Task("3.").Title);
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("3."));
    }
}
