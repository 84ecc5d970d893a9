using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables printed with their columns aligned by spaces, as <c>pdftotext -layout</c> prints them. The tables are
/// laid out here, a Chinese character two columns wide, so each test says only which cell stands on which line.
/// </summary>
public class LayoutTableTests
{
    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByDisplayColumns(at, lines);

    private static string?[] L(params string?[] cells) => cells;

    private static readonly string?[] Blank = new string?[0];

    private static ImportedModel Import(string text) => ImportedModel.From("2025年某县重点工作任务分工\n\n" + text);

    [Fact]
    public void Wrapped_cells_centred_around_their_number_make_one_row_each()
    {
        int[] at = { 2, 10, 40, 56, 76 };
        var plan = Import(Lay(at,
            L("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
            Blank,
            L(null, "推进农村户厕改造，完成", null, "县财政局、各乡"),
            L("1", "改造任务1200座，整改率", "县农业农村局", "镇人民政府", "2025年12月底"),
            L(null, "达到100%"),
            Blank,
            L("2", "开展村庄清洁行动，清理", "县生态环境局、县", "县住房和城乡建设", "2025年10月底"),
            L(null, "农村生活垃圾", "水利局", "局"),
            Blank,
            L("3", "加强宣传引导", "县委宣传部", null, "长期坚持")));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局", "各乡镇人民政府" }, plan.Supports("1"));
        Assert.Contains("整改率达到100%", plan.Result.Plan);
        Assert.Equal(new[] { "县生态环境局", "县水利局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Supports("2"));
        Assert.Equal(new[] { "县委宣传部" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));
    }

    [Fact]
    public void Columns_in_another_order_are_read_by_their_header_words()
    {
        int[] at = { 0, 8, 26, 44, 58 };
        var plan = Import(Lay(at,
            L("序号", "牵头单位", "工作任务", "完成时限", "配合单位"),
            Blank,
            L("1", "市民政局", "新增养老床位", "6月底前", "市财政局"),
            L(null, null, "500张"),
            Blank,
            L("2", "市卫生健康委员", "建设社区卫生服", "年底前", "各区人民政府"),
            L(null, "会", "务中心3个")));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("2"));
        Assert.Equal(new[] { "各区人民政府" }, plan.Supports("2"));
        Assert.Contains("建设社区卫生服务中心3个", plan.Result.Plan);
    }

    [Fact]
    public void A_header_repeated_after_a_page_break_and_the_page_number_are_dropped()
    {
        int[] at = { 2, 10, 36, 52, 70 };
        var first = Lay(at,
            L("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
            Blank,
            L("1", "完善农村公路养护体系", "县交通运输局", "县财政局", "2025年11月底"),
            Blank,
            L("2", "推进客货邮融合发展，建设", "县交通运输局", "县邮政分公司", "2025年12月底"));
        var second = Lay(at,
            L(null, "村级寄递物流站点30个"),
            Blank,
            L("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
            Blank,
            L("3", "开展道路安全隐患排查", "县公安局", "县交通运输局", "2025年9月底"));
        var plan = Import(first + "\n\n                    — 2 —\n\f" + second + "\n                    — 3 —\n");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("建设村级寄递物流站点30个", plan.Result.Plan);
        Assert.Equal(new[] { "县公安局" }, plan.Leads("3"));
        Assert.DoesNotContain("— 2 —", plan.Result.Plan);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("continue row 2"));
    }

    [Fact]
    public void A_header_on_two_lines_is_read_whole()
    {
        int[] at = { 0, 6, 30, 44, 58 };
        var plan = Import(Lay(at,
            L("序号", "重点任务", "牵头", "配合", "完成"),
            L(null, null, "单位", "单位", "时限"),
            Blank,
            L("1", "推进数字政府建设", "区大数据局", "区委网信办", "10月底前"),
            Blank,
            L("2", "优化营商环境", "区发改局", "区市场监管局", "年底前")));
        Assert.Equal(new[] { "区大数据局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区委网信办" }, plan.Supports("1"));
        Assert.Equal(new[] { "区发改局" }, plan.Leads("2"));
    }

    [Fact]
    public void Accountable_over_lead_and_support_takes_the_columns_under_it()
    {
        int[] at = { 0, 6, 30, 40, 54 };
        var plan = Import(Lay(at,
            L("序号", "重点任务", "    责任单位", null, "完成时限"),
            L(null, null, "牵头单位", "配合单位"),
            Blank,
            L("1", "推进数字政府建设", "区大数据局", "区委网信办", "10月底前"),
            Blank,
            L("2", "优化营商环境", "区发改局", "区市场监管局", "年底前")));
        Assert.Equal(new[] { "区大数据局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区委网信办" }, plan.Supports("1"));
        Assert.Equal(new[] { "区市场监管局" }, plan.Supports("2"));
    }

    [Fact]
    public void Rows_without_blank_lines_between_them_start_at_their_number()
    {
        int[] at = { 2, 8, 34, 50 };
        var plan = Import(Lay(at,
            L("序号", "工作任务", "牵头单位", "配合单位"),
            L("1", "开展植树造林，完成造林", "县林业局", "各乡镇人民政府"),
            L(null, "面积2万亩"),
            L("2", "加强森林防火", "县应急管理局", "县林业局"),
            L("3", "推进湿地保护修复", "县自然资源局", null)));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("完成造林面积2万亩", plan.Result.Plan);
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_table_without_numbers_has_a_row_between_blank_lines()
    {
        int[] at = { 0, 24, 40 };
        var blocks = PlainText.Blocks(Lay(at,
            L("工作任务", "牵头单位", "配合单位"),
            Blank,
            L("推进城市更新，改造老旧", "区住建局", "区财政局、各"),
            L("小区30个", null, "街道办事处"),
            Blank,
            L("新增托位400个", "区卫健局", "各街道办事处")));
        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(new[] { "推进城市更新，改造老旧小区30个", "区住建局", "区财政局、各街道办事处" }, table.Rows[1].Cells.Select(c => c.Text).ToArray());
        Assert.Equal(new[] { "新增托位400个", "区卫健局", "各街道办事处" }, table.Rows[2].Cells.Select(c => c.Text).ToArray());
    }

    [Fact]
    public void Header_words_in_a_sentence_or_cells_that_do_not_line_up_stay_text()
    {
        var blocks = PlainText.Blocks(
            "序号  重点任务  牵头单位  配合单位\n"
            + "一、加强组织领导，各牵头单位要会同配合单位细化措施，确保按期完成。\n"
            + "二、强化督导考核。\n");
        Assert.All(blocks, b => Assert.IsType<ParagraphBlock>(b));
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Lines_after_the_table_stay_paragraphs()
    {
        int[] at = { 2, 8, 34, 50 };
        var blocks = PlainText.Blocks(Lay(at,
            L("序号", "工作任务", "牵头单位", "配合单位"),
            Blank,
            L("1", "加强森林防火", "县应急管理局", "县林业局"))
            + "\n    注：各乡镇人民政府负责本辖区内相应工作任务的落实，每季度末报送进展。\n\n                    — 4 —\n");
        Assert.IsType<TableBlock>(blocks[0]);
        Assert.Equal(2, ((TableBlock)blocks[0]).Rows.Count);
        Assert.Equal(new[] { "    注：各乡镇人民政府负责本辖区内相应工作任务的落实，每季度末报送进展。", "                    — 4 —" },
            blocks.Skip(1).Cast<ParagraphBlock>().Select(p => p.Text).ToArray());
    }
    // A top-aligned table as pdftotext prints it from a county's annex: section rows at the left edge across the columns,
    // no blank line between rows, a row running over a page break onto a page without the header.
    private static string TopAlignedTable()
    {
        int[] at = { 2, 8, 42, 66 };
        var first = Lay(at,
            L("序号", "重点任务", "责任单位", "完成时限"),
            L("一、强化安全责任落实"),
            L("1", "健全安全责任体系，修订成员单位", "县应急局（牵头）、县", "2025年3月底前"),
            L(null, "工作职责，制定年度安全生产重点", "安委会各成员单位"),
            L(null, "工作清单。"),
            L("2", "开展安全生产月活动。", "县安委会办公室", "2025年6月底前"),
            L("二、深化隐患排查整治"),
            L("3", "开展危险化学品专项检查，推进", "县应急局（牵头）、县", "2025年10月底前"),
            L(null, "园区管控平台建设，", "工信局、县公安局、"));
        var second = Lay(at,
            L(null, "实现在线监测全覆盖。", "县市场监管局"),
            L("4", "开展地质灾害隐患排查。", "县自然资源局牵头，县水利", "2025年9月底前"),
            L(null, null, "局配合"));
        return first + "\n\n                    - 3 -\n\f" + second + "\n  三、工作要求\n    （一）压实工作责任。各乡镇、各有关部门要对照分工，细化工作措施，明确完成时限。\n";
    }

    [Fact]
    public void Section_rows_and_top_aligned_rows_without_blank_lines_run_over_a_page_break()
    {
        var blocks = PlainText.Blocks(TopAlignedTable());
        var table = Assert.IsType<TableBlock>(blocks[0]);
        Assert.Equal(new[] { "序号", "一、强化安全责任落实", "1", "2", "二、深化隐患排查整治", "3", "4" }, table.Rows.Select(r => r.Cells[0].Text).ToArray());
        Assert.Equal(new[] { "一、强化安全责任落实", "", "", "" }, table.Rows[1].Cells.Select(c => c.Text).ToArray());
        Assert.Equal("开展危险化学品专项检查，推进园区管控平台建设，实现在线监测全覆盖。", table.Rows[5].Cells[1].Text);
        Assert.Equal("县应急局（牵头）、县工信局、县公安局、县市场监管局", table.Rows[5].Cells[2].Text);
        Assert.Equal("开展地质灾害隐患排查。", table.Rows[6].Cells[1].Text);

        // The heading after the last row opens the text that follows: it is not a row.
        Assert.Equal(new[] { "  三、工作要求" }, blocks.OfType<ParagraphBlock>().Select(p => p.Text).Where(t => t.Contains("三、")).ToArray());

        var plan = Import(TopAlignedTable());
        Assert.Equal(new[] { "县应急局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县安委会各成员单位" }, plan.Supports("1"));
        Assert.Equal(new[] { "县应急局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县工信局", "县公安局", "县市场监管局" }, plan.Supports("3"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县水利局" }, plan.Supports("4"));
        Assert.Contains(plan.Model.Sections, s => s.Title == "深化隐患排查整治" && plan.Model.Tasks.Any(t => t.SectionId == s.Id && t.Label == "3"));
    }

    [Fact]
    public void A_layout_text_saved_as_UTF16_reads_as_its_UTF8_bytes_do()
    {
        // Notepad's "Unicode": UTF-16 LE with a BOM and CRLF; once decoded the layout is the same text.
        var text = TopAlignedTable().Replace("\n", "\r\n");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var fromUtf16 = DocumentReader.Read("plan.txt", utf16).Document!;
        var fromUtf8 = DocumentReader.Read("plan.txt", Encoding.UTF8.GetBytes(text)).Document!;
        var table = Assert.IsType<TableBlock>(fromUtf16.Blocks[0]);
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(Shown(fromUtf8.Blocks), Shown(fromUtf16.Blocks));

        static string[] Shown(System.Collections.Generic.IReadOnlyList<DocumentBlock> blocks) => blocks
            .Select(b => b is TableBlock t ? string.Join("\n", t.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)))) : ((ParagraphBlock)b).Text)
            .ToArray();
    }
    [Fact]
    public void Rows_of_two_lines_do_not_make_a_centred_table_top_aligned_across_a_page_break()
    {
        // Two-line rows print their 序号 on the first line whether the table centres or tops its cells: after the page
        // break the line above 序号 3 is still row 3's, centred, not the end of row 2.
        int[] at = { 2, 8, 40, 56 };
        var first = Lay(at,
            L("序号", "工作任务", "牵头单位", "配合单位"),
            Blank,
            L("1", "开展植树造林，完成造林", "县林业局", "各乡镇人民政府"),
            L(null, "面积2万亩"),
            Blank,
            L("2", "加强森林防火，建设防火", "县应急管理局", "县林业局"),
            L(null, "通道30公里"));
        var second = Lay(at,
            L(null, "推进湿地保护修复，新增"),
            L("3", "湿地公园2个，修复退化", "县自然资源局", "县林业局"),
            L(null, "湿地500亩"));
        var plan = Import(first + "\n\n                    - 2 -\n\f" + second);
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("建设防火通道30公里", plan.Result.Plan);
        Assert.Contains("推进湿地保护修复，新增湿地公园2个", plan.Result.Plan);
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("3"));
    }
}
