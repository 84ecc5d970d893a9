using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A table with no role column whose tasks each take two rows, 序号 and 完成时限 merged down over both: the work in the
/// first row, who does it (牵头单位：X；配合单位：Y) in the second (hostile73 h73-24, a .docx). The second row's cell is the
/// task's, roles and all; it was dropped, and every task lost its lead with no note.
/// </summary>
public class TaskCellOverTwoRowsTests
{
    private static int _line;

    private static TableRow Row(params string[] cells) => new(++_line, cells.Select(c => c.StartsWith("^") ? new TableCell(c.Substring(1), isMergedCopy: true) : new TableCell(c)).ToArray());

    private static ImportedModel Import(params TableRow[] rows)
    {
        _line = 1;
        var table = new TableBlock(2, new[] { Row("序号", "工作任务", "完成时限") }.Concat(rows).ToArray());
        return ImportedModel.From(PlanImporter.Import(
            new PlanDocument("table.docx", new DocumentBlock[] { new ParagraphBlock(1, "临安市提振消费专项行动任务清单"), table }), new ImportOptions("table.docx")));
    }

    [Fact]
    public void The_roles_in_the_row_under_the_work_are_the_tasks()
    {
        var plan = Import(
            Row("1", "开展“消费促进月”系列活动：全年组织主题促消费活动100场以上。", "2025年12月底"),
            Row("^1", "牵头单位：市商务局；配合单位：市财政局、市文化广电旅游局", "^2025年12月底"),
            Row("2", "扩大体育消费：举办品牌赛事10项。", "2025年11月底"),
            Row("^2", "责任单位：市体育局（牵头）、市公安局", "^2025年11月底"),
            Row("3", "改善停车和交通条件：新增公共停车泊位2000个。", "2025年12月底"),
            Row("^3", "", "^2025年12月底"));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局", "市文化广电旅游局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("2"));
        Assert.Empty(plan.Leads("3"));
    }
}
