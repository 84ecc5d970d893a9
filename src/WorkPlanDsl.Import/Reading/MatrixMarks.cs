using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A responsibility matrix (责任矩阵): a role header (责任单位, 责任科室) merged over one column per unit, the units' names
/// on the header's second row, and on each task's row a mark under the units it gives work: the words 牵头 / 配合 (主办 /
/// 协办), or the symbols ● / ○ where the table's legend says so (●为牵头单位，○为配合单位). A blank cell gives the unit
/// nothing. Symbols without a legend, and columns whose cells hold anything but marks, are no matrix.
/// </summary>
internal sealed class MatrixMarks
{
    private readonly Dictionary<string, Role> _symbols;

    private MatrixMarks(IReadOnlyList<int> columns, Dictionary<string, Role> symbols)
    {
        Columns = columns;
        _symbols = symbols;
    }

    /// <summary>The units' columns.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>The role a cell's mark gives its column's unit, or <see cref="Role.None"/> (blank, or no mark).</summary>
    public Role RoleOf(string cell)
    {
        var mark = Squeezed(cell);
        if (mark.Length == 0)
        {
            return Role.None;
        }

        return _symbols.TryGetValue(mark, out var role) ? role : WordMark(mark);
    }

    /// <summary>
    /// The matrix under the header on <paramref name="header"/>, or null: the row below names a unit in each column of a
    /// role header's span (two at least), and the task rows below hold nothing but marks in them, one at least.
    /// </summary>
    public static MatrixMarks? Find(IReadOnlyList<TableRow> rows, int header, ColumnKind[] kinds)
    {
        if (header + 1 >= rows.Count)
        {
            return null;
        }

        var names = rows[header + 1].Cells;
        var columns = new List<int>();
        for (var i = 0; i < kinds.Length && i < names.Count; i++)
        {
            if (kinds[i] is not (ColumnKind.Accountable or ColumnKind.Lead))
            {
                continue;
            }

            // The span: the role header's column and the blank or merged cells after it.
            var span = new List<int> { i };
            var start = rows[header].Cells[i].Text.Trim();
            for (var j = i + 1; j < kinds.Length && j < rows[header].Cells.Count; j++)
            {
                var cell = rows[header].Cells[j];
                if (cell.Text.Trim().Length != 0 && !(cell.IsMergedCopy && cell.Text.Trim() == start))
                {
                    break;
                }

                span.Add(j);
            }

            if (span.Count >= 2 && span.All(j => j < names.Count && IsUnitName(names[j])))
            {
                columns.AddRange(span);
            }

            i = span[span.Count - 1];
        }

        return columns.Count < 2 ? null : Marked(rows, header + 2, columns);
    }

    /// <summary>
    /// The matrix whose header row names the units itself (序号 | 工作任务 | 党委组织部 | 教务处 | 各学院), or null: two
    /// cells at least that no header word classifies are bodies' names, and the task rows below hold nothing but marks
    /// under them, one at least.
    /// </summary>
    public static MatrixMarks? FindInHeader(IReadOnlyList<TableRow> rows, int header, ColumnKind[] kinds)
    {
        var names = rows[header].Cells;
        var columns = Enumerable.Range(0, System.Math.Min(kinds.Length, names.Count))
            .Where(i => kinds[i] == ColumnKind.None && IsUnitName(names[i]) && (UnitShape.IsOrganisation(names[i].Text.Trim()) || UnitShape.IsGroup(names[i].Text.Trim())))
            .ToList();
        return columns.Count < 2 ? null : Marked(rows, header + 1, columns);
    }

    // The matrix of those columns, where the rows from the first task's on hold nothing but marks in them, one at least.
    private static MatrixMarks? Marked(IReadOnlyList<TableRow> rows, int first, List<int> columns)
    {
        var symbols = Legend(rows);
        var marks = 0;
        for (var r = first; r < rows.Count; r++)
        {
            foreach (var c in columns)
            {
                if (c >= rows[r].Cells.Count || rows[r].Cells[c].IsMergedCopy)
                {
                    continue;
                }

                var text = Squeezed(rows[r].Cells[c].Text);
                if (text.Length == 0)
                {
                    continue;
                }

                if (!symbols.ContainsKey(text) && WordMark(text) == Role.None)
                {
                    return null;
                }

                marks++;
            }
        }

        return marks > 0 ? new MatrixMarks(columns, symbols) : null;
    }

    // A unit's name as a header cell prints it: no header word, no sentence, not merged from above.
    private static bool IsUnitName(TableCell cell)
    {
        var text = cell.Text.Trim();
        return !cell.IsMergedCopy && text.Length is >= 2 and <= 20 && TableColumns.Classify(text) == ColumnKind.None
            && text.IndexOfAny(new[] { '。', '，', ',', '；', ';', '：', ':', '\n' }) < 0 && WordMark(Squeezed(text)) == Role.None;
    }

    // 牵头, 配合, 主办, 协办 alone in a cell.
    private static Role WordMark(string text)
    {
        var role = text.Length <= 3 ? RoleWords.Label(ChineseText.Fold(text)) : Role.None;
        return role is Role.Lead or Role.Support ? role : Role.None;
    }

    // ●为牵头单位，○为配合单位 (also ●表示牵头、○表示配合, ●：牵头) in a row of the table: which symbol is which role.
    private static Dictionary<string, Role> Legend(IReadOnlyList<TableRow> rows)
    {
        var symbols = new Dictionary<string, Role>(System.StringComparer.Ordinal);
        foreach (var text in rows.SelectMany(r => r.Cells).Where(c => !c.IsMergedCopy).Select(c => c.Text))
        {
            foreach (System.Text.RegularExpressions.Match match in LegendEntry.Matches(text))
            {
                var role = WordMark(match.Groups["role"].Value);
                if (role != Role.None && !symbols.ContainsKey(match.Groups["mark"].Value))
                {
                    symbols[match.Groups["mark"].Value] = role;
                }
            }
        }

        return symbols;
    }

    /// <summary>
    /// The blocks with a matrix's legend said in a paragraph just before its table (说明：表中“●”表示牵头单位，“○”表示
    /// 配合单位。 then the table), or just after it (注：…), carried into the table as a row above its header, where the
    /// legend of a matrix is read from (rows above the header are its title's, no tasks).
    /// </summary>
    public static IReadOnlyList<DocumentBlock> WithLegendsAbove(IReadOnlyList<DocumentBlock> blocks)
    {
        List<DocumentBlock>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock table || table.Rows.Count == 0 || Legend(table.Rows).Count > 0)
            {
                continue;
            }

            // 注：“●”表示牵头单位… or 说明：… under a matrix is that table's legend, not the next table's: where the table above
            // prints its marks and has no legend above it, the legend is the one it was printed under (a 表2说明 names the
            // table it is said of, and a legend between two matrices, the first with its own, is the second's). A legend
            // under a table is read where the table's cells print its marks.
            if (MarksMeanOtherwise(blocks, i))
            {
                // 一、2024年任务完成情况（●为已完成，○为推进中） over the table: its marks say how far the work is, and a role
                // legend near it is another table's.
                continue;
            }

            var said = LegendAt(blocks, i, -1) is { } above && !SaidOfTheTableAbove(blocks, above) ? above
                : LegendAt(blocks, i, 1) is { } below && UsesMarksOf(blocks, i, below) ? below : (int?)null;
            if (said is { } at && blocks[at] is ParagraphBlock paragraph)
            {
                result ??= blocks.ToList();
                var width = table.Rows.Max(r => r.Cells.Count);
                var legend = new TableRow(table.Line, Enumerable.Range(0, width).Select(c => new TableCell(c == 0 ? paragraph.Text : string.Empty, c > 0)).ToArray());
                result[i] = new TableBlock(table.Line, new[] { legend }.Concat(table.Rows).ToList(), table.Marks);
            }
        }

        return result ?? blocks;
    }

    // The nearest paragraph within three blocks of the table, before it (step -1) or after it (step 1), that says a
    // legend, with no other table between them.
    private static int? LegendAt(IReadOnlyList<DocumentBlock> blocks, int table, int step)
    {
        for (var j = table + step; j >= 0 && j < blocks.Count && System.Math.Abs(j - table) <= 3; j += step)
        {
            if (blocks[j] is ParagraphBlock paragraph && LegendEntry.IsMatch(paragraph.Text))
            {
                return j;
            }

            if (blocks[j] is TableBlock)
            {
                return null;
            }
        }

        return null;
    }

    // 说明：表中“●”表示牵头单位… under table 1 and above table 2: table 1's where it prints the marks and says no legend above
    // it; 表2说明：… names its table.
    private static bool SaidOfTheTableAbove(IReadOnlyList<DocumentBlock> blocks, int legendAt)
    {
        // 下表中“●”表示…: said of the table below.
        if (blocks[legendAt] is ParagraphBlock paragraph && (TableCaption.IsMatch(paragraph.Text) || paragraph.Text.IndexOf("下表", System.StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        for (var j = legendAt - 1; j >= 0 && legendAt - j <= 3; j--)
        {
            if (blocks[j] is TableBlock)
            {
                return UsesMarksOf(blocks, j, legendAt) && LegendAt(blocks, j, -1) is null && !MarksMeanOtherwise(blocks, j);
            }
        }

        return false;
    }

    // True where a paragraph just above the table (no other table between) gives the marks its cells print a meaning that
    // is no role (●为已完成，○为推进中). Only a mark a role legend near the table uses counts: “★”为重点督办事项 beside
    // “●”为牵头单位，“○”为配合单位 explains a column of its own, and the legend still says who leads.
    private static bool MarksMeanOtherwise(IReadOnlyList<DocumentBlock> blocks, int tableAt)
    {
        if (blocks[tableAt] is not TableBlock table)
        {
            return false;
        }

        var roleMarks = new HashSet<string>(new[] { LegendAt(blocks, tableAt, -1), LegendAt(blocks, tableAt, 1) }
            .Where(at => at is not null && blocks[at.Value] is ParagraphBlock)
            .SelectMany(at => LegendEntry.Matches(((ParagraphBlock)blocks[at!.Value]).Text).Cast<System.Text.RegularExpressions.Match>().Select(m => m.Groups["mark"].Value)));
        for (var j = tableAt - 1; j >= 0 && tableAt - j <= 3 && blocks[j] is not TableBlock; j--)
        {
            if (blocks[j] is ParagraphBlock paragraph && !LegendEntry.IsMatch(paragraph.Text)
                && OtherMeaning.Matches(paragraph.Text).Cast<System.Text.RegularExpressions.Match>()
                    .Any(m => roleMarks.Contains(m.Groups["mark"].Value) && table.Rows.Any(r => r.Cells.Any(c => c.Text.Trim() == m.Groups["mark"].Value))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex OtherMeaning = new(
        "[“\"]?(?<mark>[●○◎★☆▲△■□√✓])[”\"]?\\s*(?:为|表示|代表|是|[：:=＝])\\s*(?!牵头|配合|主办|协办|参与)\\S",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 表2说明：, 附表1说明: a legend naming its table.
    private static readonly System.Text.RegularExpressions.Regex TableCaption = new(@"^\s*附?表\s*[0-9０-９一二三四五六七八九十]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // True where the block at tableAt is a table some cell of which prints a mark the legend at legendAt explains.
    private static bool UsesMarksOf(IReadOnlyList<DocumentBlock> blocks, int tableAt, int legendAt)
    {
        if (tableAt < 0 || tableAt >= blocks.Count || blocks[tableAt] is not TableBlock table || blocks[legendAt] is not ParagraphBlock legend)
        {
            return false;
        }

        var marks = LegendEntry.Matches(legend.Text).Cast<System.Text.RegularExpressions.Match>().Select(m => m.Groups["mark"].Value).ToList();
        return table.Rows.Any(r => r.Cells.Any(c => marks.Any(m => c.Text.Trim() == m)));
    }

    private static readonly System.Text.RegularExpressions.Regex LegendEntry = new(
        "[“\"]?(?<mark>[●○◎★☆▲△■□√✓])[”\"]?\\s*(?:为|表示|代表|是|[：:=＝])\\s*(?<role>牵头|配合|主办|协办|参与)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Squeezed(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
}
