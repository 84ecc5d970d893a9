using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task table printed to PDF and read back with <c>pdftotext -layout</c>, a character a column: its narrow 责任领导
/// column wraps its header word (责任领 / 导), printed over and under the line that holds the other header words, and
/// each row's person stands on the middle line of the lead cell's wrapped name (市市场监督管 / 周某 / 理局). The person
/// column must be read as its own, or the person lands inside the lead's name.
/// </summary>
public class LayoutHeaderAroundMiddleLineTests
{
    // Character columns of 序号 / 重点任务 / 牵头单位 / 责任领导 / 配合单位 / 完成时限.
    private static readonly int[] At = { 0, 7, 22, 32, 38, 50 };

    private static readonly string Table = LaidOutText.ByCharacters(
        At,
        new[] { null, null, null, "责任领" },
        new[] { "序号", "重点任务", "牵头单位", null, "配合单位", "完成时限" },
        new[] { null, null, null, " 导" },
        new[] { null, "开展电梯安全", "市市场监督管", null, "市住房和城乡建", "2025 年 6" },
        new[] { "1", "隐患排查整治", null, "周某", "设局、市消防救", "月底前" },
        new[] { null, null, "理局", null, "援支队" },
        new[] { null, "推进燃气管网", "市住房和城乡", null, null, "2025 年 9" },
        new[] { "2", "老化更新改造", null, "吴某", "市发展和改革委", "月底前" },
        new[] { null, null, "建设局", null, "员会" });

    [Fact]
    public void A_header_word_printed_over_and_under_the_middle_line_names_its_own_column()
    {
        var plan = ImportedModel.From("附件\n\n某市城市安全重点任务分工表\n\n" + Table);
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市住房和城乡建设局", "市消防救援支队" }, plan.Supports("1"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Supports("2"));
    }

    [Fact]
    public void The_person_on_the_lead_cells_middle_line_is_no_part_of_a_unit()
    {
        var plan = ImportedModel.From(Table);
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Concat(plan.Supports(t.Label!)).Any(u => u.Contains('某')));
    }

    [Fact]
    public void A_word_alone_above_a_header_that_nothing_under_the_middle_line_completes_stays_text()
    {
        // Near miss: a title of one word over a gap of the header line, with no word under it, is the text's.
        var text = LaidOutText.ByCharacters(
            At,
            new[] { null, null, null, "分工表" },
            new[] { "序号", "重点任务", "牵头单位", null, "配合单位", "完成时限" },
            new string?[] { },
            new[] { "1", "开展电梯安全", "市市场监督管理局", null, "市消防救援支队", "2025年6月底前" },
            new string?[] { },
            new[] { "2", "推进燃气管网", "市住房和城乡建设局", null, "市发展和改革委员会", "2025年9月底前" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("2"));
        Assert.Contains("分工表", plan.Result.Plan);
    }
}
