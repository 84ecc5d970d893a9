using System;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>
/// The task tables as files are what a document reader will be scored on: each is checked to hold the table, merges
/// and all, and left in the test output (evaluation-files/) to try `workplan import` on.
/// </summary>
public class TaskTableFilesTests
{
    private static string OutputFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "evaluation-files");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static TheoryData<string> Tables() => new(TaskTables.All.Select(t => t.Name));

    private static TaskTable Table(string name) => TaskTables.All.Single(t => t.Name == name);

    private static int Merged(TaskTable table, Func<TableSource, bool> kind)
        => table.Rows.SelectMany(r => r).Count(kind);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Docx_holds_the_table_with_vertical_and_horizontal_merges(string name)
    {
        var table = Table(name);
        var bytes = TaskTableFiles.Docx(table);
        File.WriteAllBytes(Path.Combine(OutputFolder(), name + ".docx"), bytes);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var xml = document.MainDocumentPart!.Document.Body!.Elements<W.Table>().Single();
        var rows = xml.Elements<W.TableRow>().ToArray();
        Assert.Equal(table.RowCount, rows.Length);
        Assert.All(rows, row => Assert.Equal(table.ColumnCount, row.Elements<W.TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        var restarts = xml.Descendants<W.VerticalMerge>().Count(v => v.Val?.Value == W.MergedCellValues.Restart);
        Assert.Equal(Merged(table, c => c.RowSpan > 1), restarts);
        Assert.Equal(table.Rows.SelectMany(r => r).Sum(c => c.RowSpan - 1), xml.Descendants<W.VerticalMerge>().Count() - restarts);
        Assert.Equal(Merged(table, c => c.ColumnSpan > 1), xml.Elements<W.TableRow>().SelectMany(r => r.Elements<W.TableCell>()).Count(c => c.TableCellProperties?.VerticalMerge is not { Val: null } && c.TableCellProperties?.GridSpan is not null));
        var text = xml.InnerText;
        Assert.All(table.Rows.SelectMany(r => r), cell => Assert.Contains(cell.Text.Replace("\n", string.Empty, StringComparison.Ordinal), text));
        Assert.Equal(table.Rows.SelectMany(r => r).Sum(c => c.Text.Count(ch => ch == '\n')), xml.Descendants<W.Break>().Count());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Xlsx_holds_the_table_with_merged_ranges(string name)
    {
        var table = Table(name);
        var bytes = TaskTableFiles.Xlsx(table);
        File.WriteAllBytes(Path.Combine(OutputFolder(), name + ".xlsx"), bytes);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(table.RowCount + 1, sheet.Descendants<S.Row>().Count());
        Assert.Equal(1 + Merged(table, c => c.RowSpan > 1 || c.ColumnSpan > 1), sheet.Descendants<S.MergeCell>().Count());
        var texts = sheet.Descendants<S.InlineString>().Select(s => s.InnerText).ToArray();
        Assert.Equal(1 + table.Rows.Sum(r => r.Count), texts.Length);
        Assert.Equal(table.Title, texts[0]);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Html_and_csv_hold_the_table(string name)
    {
        var table = Table(name);
        var html = TaskTableFiles.Html(table);
        var csv = TaskTableFiles.Csv(table);
        File.WriteAllText(Path.Combine(OutputFolder(), name + ".html"), html, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(OutputFolder(), name + ".csv"), csv, new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(OutputFolder(), name + ".txt"), table.CopiedText(), new UTF8Encoding(false));

        Assert.Equal(table.RowCount, html.Split("<tr>").Length - 1);
        Assert.Equal(Merged(table, c => c.RowSpan > 1), html.Split(" rowspan=").Length - 1);
        Assert.Equal(Merged(table, c => c.ColumnSpan > 1), html.Split(" colspan=").Length - 1);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(table.RowCount + 1, lines.Length);
        Assert.All(lines.Skip(1).Where(l => !l.Contains('"')), l => Assert.Equal(table.ColumnCount - 1, l.Count(c => c == ',')));
    }

    [Fact]
    public void Text_copied_from_a_table_gives_each_merged_cell_once_and_the_document_carries_it_to_every_row()
    {
        var table = TaskTables.DistrictDigital;
        var copied = table.CopiedText().Split('\n');
        Assert.Single(copied, l => l == "夯实数字基础设施");
        var rows = ((WorkPlanDsl.Import.Documents.TableBlock)table.Document().Blocks[1]).Rows;
        Assert.Equal(new[] { false, true, true }, rows.Skip(1).Take(3).Select(r => r.Cells[1].IsMergedCopy));
        Assert.All(rows.Skip(1).Take(3), r => Assert.Equal("夯实数字基础设施", r.Cells[1].Text));
        Assert.Equal("区大数据中心", rows[2].Cells[3].Text);
    }
}
