using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using WorkPlanDsl.Import.Documents;
using Xunit;
using static WorkPlanDsl.Tests.Import.Documents.SheetFiles;

namespace WorkPlanDsl.Tests.Import.Documents;

public class SheetReaderTests
{
    internal static byte[] TaskWorkbook()
    {
        var strings = new[] { "序号", "重点任务", "牵头单位", "配合单位", "完成时限", "推进分级诊疗", "医政科", "规划科", "财务科" };
        var formats = new[]
        {
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0\"个\"" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" },
        };

        // Styles: 0 General, 1 custom 0"个", 2 custom date, 3 built-in 0%, 4 built-in 14 (a date), 5 built-in 4 (#,##0.00).
        var cellFormats = new uint[] { 0, 164, 165, 9, 14, 4 };
        var tasks = new SheetSpec(
            "任务分工表",
            new[]
            {
                Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3), Shared("E1", 4), Inline("F1", "目标")),
                Row(2, Number("A2", "1"), Shared("B2", 5), Shared("C2", 6), Shared("D2", 7), Number("E2", "45473", 2), Number("F2", "4000", 1)),
                Row(3, Number("A3", "2"), Shared("D3", 8), Number("E3", "45657", 4), Number("F3", "0.955", 3)),
                Row(5, Inline("A5", "合计"), Number("F5", "1234567.891", 5)),
            },
            new[] { "B2:B3", "C2:C3" });
        var hidden = new SheetSpec("草稿", new[] { Row(1, Inline("A1", "不要读")) }, new string[0], Hidden: true);
        var empty = new SheetSpec("Sheet3", new Row[0], new string[0]);
        return Create(strings, formats, cellFormats, tasks, hidden, empty);
    }

    [Fact]
    public void Each_visible_sheet_is_its_name_then_its_table_with_values_as_Excel_shows_them()
    {
        var document = DocxReaderTests.Read("tasks.xlsx", TaskWorkbook());
        Assert.Equal(2, document.Blocks.Count);
        Assert.Equal("任务分工表", Assert.IsType<ParagraphBlock>(document.Blocks[0]).Text);
        var table = Assert.IsType<TableBlock>(document.Blocks[1]);
        Assert.Equal(new[] { 1, 2, 3, 5 }, table.Rows.Select(r => r.Line));
        Assert.Equal(new[] { "序号", "重点任务", "牵头单位", "配合单位", "完成时限", "目标" }, table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "1", "推进分级诊疗", "医政科", "规划科", "2024年6月30日", "4000个" }, table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "2", "推进分级诊疗", "医政科", "财务科", "2024/12/31", "96%" }, table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(new[] { false, true, true, false, false, false }, table.Rows[2].Cells.Select(c => c.IsMergedCopy));
        Assert.Equal(new[] { "合计", "", "", "", "", "1,234,567.89" }, table.Rows[3].Cells.Select(c => c.Text));
        Assert.Contains(document.Notes, n => n.Message == "the hidden sheet '草稿' is left out");
        Assert.DoesNotContain(document.Blocks.OfType<ParagraphBlock>(), p => p.Text == "Sheet3");
    }

    [Fact]
    public void A_CSV_is_one_table_with_RFC_4180_quoting_and_rows_cited_by_the_line_they_start_on()
    {
        var csv = "序号,重点任务,牵头单位,配合单位,完成时限\r\n1,\"推进分级诊疗，\"\"双向转诊\"\"\",医政科,\"规划科\n财务科\",6月底前\r\n2,提升基层能力,基层科,,年底前\r\n";
        var document = DocxReaderTests.Read("tasks.csv", Encoding.UTF8.GetBytes(csv));
        var table = Assert.IsType<TableBlock>(document.Blocks.Single());
        Assert.Equal(new[] { 1, 2, 4 }, table.Rows.Select(r => r.Line));
        Assert.Equal(new[] { "1", "推进分级诊疗，\"双向转诊\"", "医政科", "规划科\n财务科", "6月底前" }, table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal("", table.Rows[2].Cells[3].Text);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void The_separator_is_the_one_that_gives_every_row_the_same_fields(char separator)
    {
        // The task text holds the other separators; the real one splits every row into five.
        var rows = new[] { "序号,重点任务;说明\t备注", "1,推进;落实\t到位", "2,完善,机制;制度\t台账" }
            .Select((r, i) => string.Join(separator.ToString(), new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "\"" + r + "\"", "医政科", "规划科", "年底前" }));
        var csv = string.Join("\n", rows);
        var table = Assert.IsType<TableBlock>(DocxReaderTests.Read("t.csv", Encoding.UTF8.GetBytes(csv)).Blocks.Single());
        Assert.All(table.Rows, r => Assert.Equal(5, r.Cells.Count));
        Assert.Equal("1,推进;落实\t到位", table.Rows[1].Cells[1].Text);
    }

    // A spreadsheet saved as CSV pads every record to its widest (`,,,,`); those columns say nothing. 100,000 of them
    // took 25 s (each record grew a cell at a time, copying the row), and every column-wise judgement paid for them.
    [Fact]
    public void Columns_empty_in_every_row_are_dropped_and_the_rest_keep_their_order()
    {
        var padding = new string(',', 100_000);
        var csv = "序号,重点任务,,牵头单位" + padding + "\n1,推进分级诊疗,,医政科" + padding + "\n2,提升基层能力,,基层科,,,\n";
        var table = Assert.IsType<TableBlock>(DocxReaderTests.Read("t.csv", Encoding.UTF8.GetBytes(csv)).Blocks.Single());
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
        Assert.Equal(new[] { "2", "提升基层能力", "基层科" }, table.Rows[2].Cells.Select(c => c.Text));
    }

    // Rows of identical cells compress 400 KB into 8 million of them, which the SDK loaded as 5 GB of elements before
    // the character limit could refuse them; counted from the stream, they are refused first.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_workbook_whose_cells_hold_more_than_the_character_limit_is_refused_before_it_is_loaded(bool shared)
    {
        var word = new string('甲', 1000);
        var row = string.Concat(Enumerable.Range(0, 100).Select(_ => shared ? "<c t=\"s\"><v>0</v></c>" : "<c t=\"inlineStr\"><is><t>" + word + "</t></is></c>"));
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + string.Concat(Enumerable.Range(1, 21).Select(r => "<row r=\"" + r + "\">" + row + "</row>")) + "</sheetData></worksheet>";
        var read = DocumentReader.Read("wide.xlsx", WithSheetXml(Create(new[] { word }, [], [], new SheetSpec("任务", [], [])), sheet));
        Assert.Equal(ReadFailureKind.TooLarge, read.Failure);
        Assert.Contains("the document holds over 2,000,000 characters", read.Error);

        // Under the limit, the same shape is read.
        var small = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">" + row + "</row></sheetData></worksheet>";
        var table = DocumentReader.Read("wide.xlsx", WithSheetXml(Create(new[] { word }, [], [], new SheetSpec("任务", [], [])), small)).Document!.Blocks.OfType<TableBlock>().Single();
        Assert.Equal(word, table.Rows[0].Cells[99].Text);
    }

    private static byte[] WithSheetXml(byte[] workbook, string sheetXml)
    {
        using var stream = new System.IO.MemoryStream();
        stream.Write(workbook, 0, workbook.Length);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", System.StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = new System.IO.StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(sheetXml);
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_CSV_in_GBK_is_decoded_as_text_is_with_the_note()
    {
        var csv = "序号,重点任务,牵头单位,配合单位,完成时限\r\n1,推进分级诊疗工作，加强组织领导,医政科,规划科,6月底前\r\n";
        var document = DocxReaderTests.Read("tasks.csv", CodePages.Gbk.GetBytes(csv));
        Assert.Equal("推进分级诊疗工作，加强组织领导", Assert.IsType<TableBlock>(document.Blocks.Single()).Rows[1].Cells[1].Text);
        Assert.Contains(document.Notes, n => n.Message.StartsWith("read as GB18030", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(44927.0, "yyyy\"年\"m\"月\"", "2023年1月")]
    [InlineData(45474.5, "yyyy-mm-dd hh:mm", "2024-07-01 12:00")]
    [InlineData(0.5, "0.0%", "50.0%")]
    [InlineData(-3.0, "0;(0)", "(3)")]
    [InlineData(12.0, "[Red]#,##0\"万元\"", "12万元")]
    [InlineData(1.0 / 3, "General", "0.3333333333")]
    public void Number_formats_give_the_text_Excel_shows(double value, string code, string shown)
        => Assert.Equal(shown, WorkPlanDsl.Import.Documents.CellFormats.Format(value, code));

    [Fact]
    public void A_workbook_with_only_a_hidden_sheet_is_empty()
    {
        var bytes = Create(new string[0], new NumberingFormat[0], new uint[] { 0 }, new SheetSpec("草稿", new[] { Row(1, Inline("A1", "x")) }, new string[0], Hidden: true));
        var read = DocumentReader.Read("hidden.xlsx", bytes);
        Assert.Equal(ReadFailureKind.Empty, read.Failure);
        Assert.True(read.NothingDone);
    }

    private static SheetSpec SmallTaskSheet(Row[] extra, string[] merges)
        => new("任务", new[]
        {
            Row(1, Inline("A1", "序号"), Inline("B1", "重点任务"), Inline("C1", "牵头单位")),
            Row(2, Number("A2", "1"), Inline("B2", "推进项目建设"), Inline("C2", "市发改委")),
        }.Concat(extra).ToArray(), merges);

    [Fact]
    public void A_stray_cell_far_from_the_table_adds_one_row_and_one_column_not_the_empty_ones_between()
    {
        // The used range of the sheet reaches ZZ3000, but only four rows and columns hold a value.
        var bytes = Create(new string[0], new NumberingFormat[0], new uint[] { 0 }, SmallTaskSheet(new[] { Row(3000, Inline("ZZ3000", "末格")) }, new string[0]));
        var table = DocxReaderTests.Read("far.xlsx", bytes).Blocks.OfType<TableBlock>().Single();
        Assert.Equal(new[] { 1, 2, 3000 }, table.Rows.Select(r => r.Line));
        Assert.All(table.Rows, r => Assert.Equal(4, r.Cells.Count));
        Assert.Equal(new[] { "", "", "", "末格" }, table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_merge_over_the_whole_sheet_and_a_cell_at_XFD1048576_are_laid_out_on_the_used_cells_only()
    {
        var bytes = Create(new string[0], new NumberingFormat[0], new uint[] { 0 },
            SmallTaskSheet(new[] { Row(1048576, Inline("XFD1048576", "末格")) }, new[] { "C2:C1048575", "D1:XFD1" }));
        var table = DocxReaderTests.Read("huge.xlsx", bytes).Blocks.OfType<TableBlock>().Single();
        Assert.True(table.Rows.Sum(r => r.Cells.Count) <= 12, table.Rows.Count + " rows");
        Assert.Equal(new[] { "1", "推进项目建设", "市发改委", "" }, table.Rows[1].Cells.Select(c => c.Text));

        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(WorkPlanDsl.Import.PlanImporter.Import(
            DocumentReader.Read("huge.xlsx", bytes).Document!, new WorkPlanDsl.Import.ImportOptions("huge.xlsx")));
        Assert.Equal("推进项目建设", Assert.Single(plan.Tasks).Title);
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1"));
    }

    [Fact]
    public void A_sheet_of_more_cells_than_any_plan_has_is_read_to_its_limit_with_a_warning()
    {
        // A diagonal: every value in a row and a column of its own, 1500 by 1500 positions in all.
        var diagonal = Enumerable.Range(3, 1500).Select(i => Row((uint)i, Inline(Column(i) + i, "值" + i))).ToArray();
        var bytes = Create(new string[0], new NumberingFormat[0], new uint[] { 0 }, SmallTaskSheet(diagonal, new string[0]));
        var document = DocxReaderTests.Read("diagonal.xlsx", bytes);
        var table = document.Blocks.OfType<TableBlock>().Single();
        Assert.InRange(table.Rows.Sum(r => (long)r.Cells.Count), 1, XlsxReader.MaxCells);
        Assert.Equal("推进项目建设", table.Rows[1].Cells[1].Text);
        Assert.Contains(document.Notes, n => n.Severity == WorkPlanDsl.Import.NoteSeverity.Warning && n.Message.Contains("more than any plan's table", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sheet1")]
    [InlineData("工作表1")]
    public void A_sheet_named_as_Excel_names_it_gives_no_title_and_the_title_row_above_the_header_is_the_plans(string name)
    {
        var rows = new[]
        {
            Row(1, Inline("A1", "2024年市优化营商环境重点任务清单")),
            Row(2, Inline("A2", "序号"), Inline("B2", "重点任务"), Inline("C2", "牵头单位")),
            Row(3, Number("A3", "1"), Inline("B3", "优化企业开办服务"), Inline("C3", "市市场监管局")),
        };
        var bytes = Create(new string[0], new NumberingFormat[0], new uint[] { 0 }, new SheetSpec(name, rows, new[] { "A1:C1" }));
        Assert.IsType<TableBlock>(Assert.Single(DocxReaderTests.Read("plan.xlsx", bytes).Blocks));
        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(WorkPlanDsl.Import.PlanImporter.Import(
            DocumentReader.Read("plan.xlsx", bytes).Document!, new WorkPlanDsl.Import.ImportOptions("plan.xlsx")));
        Assert.Equal("2024年市优化营商环境重点任务清单", plan.Model.Title);
        Assert.Equal(2024, plan.Model.Year);
    }

    [Fact]
    public void Running_out_of_memory_is_a_file_too_large_never_a_damaged_one()
    {
        var read = DocumentReadResult.Thrown(".xlsx", new System.OutOfMemoryException());
        Assert.Equal(ReadFailureKind.TooLarge, read.Failure);
        Assert.DoesNotContain("damaged", read.Error);
        Assert.DoesNotContain("Exception", read.Error);
        Assert.Equal(ReadFailureKind.Damaged, DocumentReadResult.Thrown(".xlsx", new System.FormatException("bad")).Failure);
    }

    /// <summary>The letters of a 1-based column: 1 is A, 27 is AA.</summary>
    private static string Column(int number)
    {
        var letters = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + (number - 1) % 26) + letters;
        }

        return letters;
    }
}
