using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A ledger printing a record a line, its number first (<c>序号：1；事项：…；主办：A；协办：B；时限：…</c>): each line a
/// task, fields in any order. A line whose first field is no number stays as it was read.
/// </summary>
public class NumberedRecordLineTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Each_numbered_record_line_is_a_task_with_its_fields()
    {
        var plan = Import(
            "某区2025年环境卫生重点工作推进台账",
            "",
            "序号：1；事项：推进公厕提质改造；主办：区城管局；协办：区卫健局；时限：2025年10月",
            "序号：2；事项：开展农贸市场环境整治；协办：区商务局；主办：区市场监管局；时限：2025年6月",
            "序号：3；事项：建设垃圾分类示范小区；主办：区城管局；时限：长期");
        Assert.Equal(3, System.Linq.Enumerable.Count(plan.Tasks));
        Assert.Contains(plan.Tasks, t => t.Title.Contains("公厕提质改造") && plan.Names(t.InEffect.Leads) is ["区城管局"] && plan.Names(t.InEffect.Supports) is ["区卫健局"]);
        Assert.Contains(plan.Tasks, t => t.Title.Contains("农贸市场") && plan.Names(t.InEffect.Leads) is ["区市场监管局"] && plan.Names(t.InEffect.Supports) is ["区商务局"]);
        Assert.Contains(plan.Tasks, t => t.Title.Contains("示范小区") && plan.Names(t.InEffect.Leads) is ["区城管局"]);
    }
}
