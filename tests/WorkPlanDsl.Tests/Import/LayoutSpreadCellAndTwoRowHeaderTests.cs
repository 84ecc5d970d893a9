using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A table printed to PDF with a narrow 牵头单位 column whose text is justified, under a two-row header (责任分工 over
/// 牵头单位 and 配合单位) repeated on each page, read back with <c>pdftotext -layout</c>: a unit's name spread over the
/// cell's width prints as pieces a space apart (市 人 力 资 源 / 和 社 会 保 障 / 局), the group word stands on a line of
/// its own above the header printed again, and a row's first line under that header may be a short piece of a name.
/// The fixture is real converter output (Fixtures/PdfLayout/README.md).
/// </summary>
public class LayoutSpreadCellAndTwoRowHeaderTests
{
    private static ImportedModel Fixture(string name) => LaidOutText.Fixture(name);

    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByCharacters(at, lines);

    private static readonly int[] At = { 0, 5, 34, 46, 60 };

    private static string Table(params string?[][] rows)
        => "某市重点任务分工\n\n" + Lay(At, new[] { "序号", "工作任务", "牵头单位", "配合单位", "完成时限" }, new[] { "", "", "", "", "" })
            + Lay(At, rows);

    private static readonly string?[][] Plain =
    {
        new[] { "", "", "", "", "" },
        new[] { "2", "开展职工技能竞赛活动", "市总工会", "市财政局", "2026年10月底前" },
        new[] { "", "", "", "", "" },
        new[] { "3", "推进校企合作实训基地建设", "市教育局", "市财政局", "2026年9月底前" },
    };

    [Fact]
    public void Spread_lead_cells_under_a_two_row_header_printed_again_give_the_whole_name()
    {
        var plan = Fixture("office-spread-lead-cells-two-row-header.txt");
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            plan.Tasks.Select(t => t.Label).ToArray());

        // 市 人 力 资 源 / 和 社 会 保 障 / 局, beside a support cell, on either page.
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局", "市总工会", "市工商业联合会" }, plan.Supports("1"));
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("3"));
        Assert.Equal(new[] { "市教育局" }, plan.Supports("3"));
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("7"));

        // Row 8 is the first under the header printed again: its first line 市人力资源 is its lead's, not the header's.
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("8"));
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Supports("8"));
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("9"));

        // 责任分工 printed again above the header is no row's words.
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("责任分工", System.StringComparison.Ordinal));
        Assert.DoesNotContain("市人力资源和社会保障局责任分工", plan.Result.Plan);
    }

    [Fact]
    public void A_spread_lead_line_is_joined_where_the_support_stands_after_it()
    {
        var text = Table(
            new[] { "", "建立职工技能提升培训补贴机制", "市 人 力 资 源", "市财政局", "" },
            new[] { "1", "全年培训两万人次", "和 社 会 保 障", "", "2026年12月底前" },
            new[] { "", "", "局", "", "" })
            + Lay(At, Plain);
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市总工会" }, plan.Leads("2"));
    }

    [Fact]
    public void Two_spread_lines_of_one_size_side_by_side_give_no_lead()
    {
        // Near miss: 市 农 业 农 村 (the lead's) and 保 障 局 、 各 县 (the support's) print a space apart, pieces of one
        // size: which piece is whose is not known, so the row has no lead (not 市农业农村保障局) and a warning says why.
        var text = Table(
            new[] { "", "实施乡村工匠培育工程", "", "市人力资源和社会", "" },
            new[] { "1", "遴选乡村工匠一百名", "市 农 业 农 村 保 障 局 、 各 县", "", "2026年11月底前" },
            new[] { "", "", "局", "（市、区）人民政府", "" })
            + Lay(At, Plain);
        var plan = ImportedModel.From(text);
        Assert.Empty(plan.Leads("1"));
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Any(l => l.Contains("保障局", System.StringComparison.Ordinal) && l.StartsWith("市农业", System.StringComparison.Ordinal)));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("spread side by side", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "市总工会" }, plan.Leads("2"));
    }

    [Fact]
    public void Two_pieces_a_space_apart_are_not_a_spread_line()
    {
        // Near miss: two units of two characters each a space apart in their own columns stay two cells.
        var text = Table(
            new[] { "", "", "", "", "" },
            new[] { "1", "开展普法宣传活动", "团委", "妇联", "2026年6月底前" })
            + Lay(At, Plain);
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "市总工会" }, plan.Leads("2"));
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Contains("团委妇联"));
    }
}
