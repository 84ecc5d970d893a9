using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A table printed to PDF with a single 责任单位 column beside 完成时限 and banner rows (一、…) centred across it, read back
/// with <c>pdftotext -layout</c>: a long list of units pulls the date after it left, into the unit column
/// (…县财政局、各街道 2026 年 11 月底), the banners stand in the middle of the table, off every column's edge, and the page
/// number is a bare 1 at the page's foot. The fixture is real converter output (Fixtures/PdfLayout/README.md).
/// </summary>
public class LayoutBannerRowAndSpilledDateTests
{
    private static ImportedModel Fixture(string name) => LaidOutText.Fixture(name);

    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByCharacters(at, lines);

    [Fact]
    public void Banner_rows_centred_over_the_table_are_sections_and_dates_beside_long_unit_lists_are_deadlines()
    {
        var plan = Fixture("office-banner-rows-dates-beside-units.txt");
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6", "7", "8" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "教育医疗", "住房保障", "城乡环境" }, plan.Model.Sections.Select(s => s.Title).ToArray());

        // 2026 年 8 月底 stands right after 县住房和城乡建设局's first piece, in the unit column.
        Assert.Equal(new[] { "县教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县发展和改革局", "县住房和城乡建设局", "县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("3"));

        // The rows after a banner are still rows; the （牵头） mark wins over the first listed.
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("5"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("6"));

        // Row 8 runs over the page past the bare page number 1.
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("8"));
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("一、", System.StringComparison.Ordinal) || t.Title.Contains("2026", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Banner_rows_a_browser_centres_across_the_lead_columns_edge_are_sections_and_measure_no_edge()
    {
        // Chromium prints the rows without blank lines and the banners (一、投资建设环境) across the 牵头单位 edge; three
        // banners at one place must not be taken for where that column starts (task 1 got its support as its lead).
        var plan = Fixture("browser-banner-rows-across-edges.txt");
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "投资建设环境", "市场监管环境", "要素保障环境" }, plan.Model.Sections.Select(s => s.Title).ToArray());
        Assert.Equal(new[] { "市自然资源局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("3"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("5"));
        Assert.Equal(new[] { "国网柳岸供电公司", "市水务集团" }, plan.Supports("5"));
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Any(l => l.Contains("环境", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_date_in_a_lead_column_beside_the_support_column_still_keeps_the_table_as_text()
    {
        // Near miss: the column after the units is 配合单位, not the deadline: the date is not moved, and no row is read
        // with a lead that may be another column's words.
        int[] at = { 0, 6, 30, 42, 54 };
        var text = "某县重点任务分工\n\n" + Lay(at,
            new[] { "序号", "工作任务", "牵头单位", "配合单位", "完成时限" },
            new[] { "", "", "", "", "" },
            new[] { "1", "推进老旧小区改造，完成改造项目", "县住建局", "县财政局", "2026年12月底前" },
            new[] { "", "", "", "", "" },
            new[] { "2", "开展背街小巷整治提升工程建设", "县城管局、县 2026 年", "县公安局", "长期坚持" });
        var plan = ImportedModel.From(text);
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Any(l => l.Any(char.IsDigit)));
        Assert.DoesNotContain(plan.Tasks, t => plan.Supports(t.Label!).Any(l => l.Any(char.IsDigit)));
    }

    [Fact]
    public void A_numbered_line_at_a_cells_edge_is_the_cells_words_not_a_banner()
    {
        // Near miss: 二、 starts a wrapped line of the task cell at the column's edge (a sub-item), not a banner centred
        // over the table: the row keeps it, and no section opens.
        int[] at = { 0, 6, 40, 56 };
        var text = "某区重点任务清单\n\n" + Lay(at,
            new[] { "序号", "重点任务", "责任单位", "完成时限" },
            new[] { "", "", "", "" },
            new[] { "", "一、推进老旧小区改造", "", "" },
            new[] { "1", "二、完善停车设施", "区住建局、区财政局", "2026年12月底前" },
            new[] { "", "", "", "" },
            new[] { "2", "开展背街小巷整治提升", "区城管局", "长期坚持" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(plan.Model.Sections);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1"));
        Assert.Contains("二、完善停车设施", plan.Task("1").Title, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_number_in_the_number_column_before_a_page_break_is_a_row_not_the_page_number()
    {
        int[] at = { 0, 6, 40, 56 };
        var text = "某区重点任务清单\n\n" + Lay(at,
            new[] { "序号", "重点任务", "责任单位", "完成时限" },
            new[] { "", "", "", "" },
            new[] { "1", "推进老旧小区改造", "区住建局", "2026年12月底前" },
            new[] { "", "", "", "" },
            new[] { "", "开展背街小巷整治提升", "区城管局", "长期坚持" },
            new[] { "2", "", "", "" })
            + "\n\f" + Lay(at, new[] { "3", "实施绿化提质工程", "区林业局", "2026年10月底前" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区城管局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区林业局" }, plan.Leads("3"));
    }
}
