using System.Linq;
using System.Text;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Import.Evaluation;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// The evaluation set's task tables, written as .docx, .xlsx, .html and .csv by another hand (TaskTableFiles), read
/// back by the readers: each must give the rows that <see cref="TaskTable.Document"/> says a reader makes of the table,
/// merged cells carried and marked as copies.
/// </summary>
public class EvaluationTableFilesTests
{
    public static TheoryData<string> Tables() => new(TaskTables.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Docx_gives_the_title_the_rows_with_merges_carried_and_the_closing_paragraph(string name)
    {
        var table = TaskTables.All.Single(t => t.Name == name);
        var document = DocxReaderTests.Read(name + ".docx", TaskTableFiles.Docx(table));
        AssertSameBlocks(table.Document(), document, includeMerges: true);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Html_gives_the_title_and_the_rows_and_drops_the_nav_and_footer(string name)
    {
        var table = TaskTables.All.Single(t => t.Name == name);
        var document = DocxReaderTests.Read(name + ".html", Encoding.UTF8.GetBytes(TaskTableFiles.Html(table)));
        AssertSameBlocks(table.Document(), document, includeMerges: true);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Xlsx_gives_the_sheet_then_the_title_row_merged_across_then_the_rows(string name)
    {
        var table = TaskTables.All.Single(t => t.Name == name);
        var document = DocxReaderTests.Read(name + ".xlsx", TaskTableFiles.Xlsx(table));
        Assert.Equal("任务分工表", Assert.IsType<ParagraphBlock>(document.Blocks[0]).Text);
        var rows = Assert.IsType<TableBlock>(document.Blocks[1]).Rows;
        Assert.Equal(Enumerable.Repeat(table.Title, table.ColumnCount), rows[0].Cells.Select(c => c.Text));
        Assert.Equal(new[] { false }.Concat(Enumerable.Repeat(true, table.ColumnCount - 1)), rows[0].Cells.Select(c => c.IsMergedCopy));
        AssertSameRows(Expected(table), rows.Skip(1).ToArray(), includeMerges: true);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Csv_gives_every_cell_where_it_starts(string name)
    {
        // A CSV has no merges: a merged range's text is in its first cell, the rest are empty.
        var table = TaskTables.All.Single(t => t.Name == name);
        var document = DocxReaderTests.Read(name + ".csv", new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(TaskTableFiles.Csv(table))).ToArray());
        var rows = Assert.IsType<TableBlock>(document.Blocks.Single()).Rows;
        Assert.Equal(table.Title, rows[0].Cells[0].Text);
        var expected = Expected(table);
        Assert.Equal(expected.Length, rows.Count - 1);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r].Cells.Select(c => c.IsMergedCopy ? string.Empty : c.Text), rows[r + 1].Cells.Select(c => c.Text));
        }
    }

    private static TableRow[] Expected(TaskTable table) => ((TableBlock)table.Document().Blocks[1]).Rows.ToArray();

    private static void AssertSameBlocks(PlanDocument expected, PlanDocument actual, bool includeMerges)
    {
        Assert.Equal(expected.Blocks.Count, actual.Blocks.Count);
        for (var i = 0; i < expected.Blocks.Count; i++)
        {
            if (expected.Blocks[i] is ParagraphBlock paragraph)
            {
                Assert.Equal(paragraph.Text, Assert.IsType<ParagraphBlock>(actual.Blocks[i]).Text);
            }
            else
            {
                AssertSameRows(((TableBlock)expected.Blocks[i]).Rows.ToArray(), Assert.IsType<TableBlock>(actual.Blocks[i]).Rows.ToArray(), includeMerges);
            }
        }
    }

    private static void AssertSameRows(TableRow[] expected, TableRow[] actual, bool includeMerges)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r].Cells.Select(c => c.Text), actual[r].Cells.Select(c => c.Text));
            if (includeMerges)
            {
                Assert.Equal(expected[r].Cells.Select(c => c.IsMergedCopy), actual[r].Cells.Select(c => c.IsMergedCopy));
            }
        }
    }
}
