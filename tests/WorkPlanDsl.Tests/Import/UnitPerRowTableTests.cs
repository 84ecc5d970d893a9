using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A supervision system's export, one row per task and unit with the unit's role in a column of its own (单位名称 |
/// 责任类型): read as one row per task.
/// </summary>
public class UnitPerRowTableTests
{
    private static ImportedModel Csv(params string[] rows) => ImportedModel.FromFile("export.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", rows)));

    [Fact]
    public void Rows_of_one_task_and_one_unit_each_are_one_task_with_its_units_in_their_roles()
    {
        var plan = Csv(
            "某市人民政府督查督办系统 — 任务责任分解导出,,,,,",
            "任务编号,任务名称,单位名称,责任类型,完成时限,办理状态",
            "RW2024-001,\"加快建设港口三期工程,年内完成投资12亿元\",市交通运输局,牵头单位,2024-12-31,推进中",
            "RW2024-001,\"加快建设港口三期工程,年内完成投资12亿元\",市发展和改革委员会,配合单位,2024-12-31,推进中",
            "RW2024-001,\"加快建设港口三期工程,年内完成投资12亿元\",市政府督查室,督办单位,2024-12-31,推进中",
            "RW2024-002,推进经开区扩区调区,经济技术开发区管委会,牵头单位,2024-12-31,已完成",
            "RW2024-003,建成省级区域医疗中心,市卫生健康委员会,牵头单位,2024-12-31,已完成",
            "RW2024-003,建成省级区域医疗中心,市财政局,配合单位,2024-12-31,已完成",
            "RW2024-002,推进经开区扩区调区,市商务局,配合单位,2024-12-31,已完成",
            "合计,,,,,");
        Assert.Equal(new[] { "RW2024-001", "RW2024-002", "RW2024-003" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("加快建设港口三期工程,年内完成投资12亿元", plan.Task("RW2024-001").Title);
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("RW2024-001"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Supports("RW2024-001"));

        // A row exported out of order joins its task.
        Assert.Equal(new[] { "市商务局" }, plan.Supports("RW2024-002"));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("RW2024-003"));
        Assert.Contains(plan.Result.Notes, n => n.Message.StartsWith("the table gives one row per task and unit", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_whose_role_column_holds_other_words_stays_as_it_is()
    {
        var plan = Csv(
            "序号,重点任务,单位名称,责任类型",
            "1,推进港口建设,市交通运输局,重点",
            "1,推进港口建设,市发展和改革委员会,一般",
            "2,推进医疗中心建设,市卫生健康委员会,重点");
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.StartsWith("the table gives one row per task and unit", System.StringComparison.Ordinal));
    }
}
