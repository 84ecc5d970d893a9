using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

internal static partial class CopiedTable
{
    // （一）, 4、7, 5—6, 1-3, 第4项, 8, （三）（四）: keys into the body's numbering and the marks between them, nothing else.
    // Three digits at most: a line of four (2025) is a year, never a key.
    private static readonly Regex KeyLine = new(
        @"^第?(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}|\d{1,3})项?"
        + @"(?:(?:[ 　]*[、，,—\-－~～至到和及][ 　]*|(?<=[）)]))第?(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}|\d{1,3})项?)*$",
        RegexOptions.CultureInvariant);

    /// <summary>True where a line copied out of a table is a row's key and nothing else (（一）, 4、7, 5—6, 第4项).</summary>
    private static bool IsKeyLine(SourceLine line) => line.Table is null && KeyLine.IsMatch(line.Folded.Trim());

    /// <summary>
    /// A task table copied out a cell a line whose first column keys each row to the body's tasks (条目 / 主要内容 / 牵头单位
    /// / 配合单位 / 完成时限 over rows （一）, 4、7, 5—6, 10): a row is a key line and the cells after it up to the next key
    /// line, which no running 序号 can tell apart. A blank line inside a row is an empty cell where it makes the row exactly
    /// as wide as the header; a row of any other width, or whose cells do not stand in their columns (names under a unit
    /// column and nowhere else), ends the table, and the lines from it stay text. Null where fewer than two rows read so.
    /// </summary>
    private static (TableBlock Table, int Next, SourceLine? Unread)? KeyedRows(List<SourceLine> lines, int end, List<ColumnKind> kinds, List<SourceLine> header, ISet<int> notBlank)
    {
        if (kinds.Count < 3 || kinds[0] != ColumnKind.Task || !TableColumns.IsKeyHeader(header[0].Text) || !kinds.Any(TableColumns.NamesUnits)
            || kinds.Skip(1).Any(k => k is ColumnKind.Number or ColumnKind.Task))
        {
            return null;
        }

        var rows = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        var p = end;
        SourceLine? unread = null;
        while (p < lines.Count && IsKeyLine(lines[p]))
        {
            if (KeyedRow(lines, p, kinds, notBlank) is not { } row)
            {
                unread = lines[p];
                break;
            }

            rows.Add(new TableRow(lines[p].Number, row.Cells.Select(c => new TableCell(c == EmptyCell ? string.Empty : c)).ToArray()));
            p = row.Next;
        }

        return rows.Count >= 3 ? (new TableBlock(header[0].Number, rows), p, unread) : null;
    }

    // The cells of the row keyed at this line, with the line after it; null where they are not exactly the header's columns,
    // each fitting its own. Its blank lines are empty cells where that makes it so, and nothing where its printed lines
    // do (a blank line a copy left between two cells).
    private static (List<string> Cells, int Next)? KeyedRow(List<SourceLine> lines, int at, List<ColumnKind> kinds, ISet<int> notBlank)
        => KeyedRow(lines, at, kinds, notBlank, blanksAreCells: true) ?? KeyedRow(lines, at, kinds, notBlank, blanksAreCells: false);

    // A row that runs to its last column without reaching a key line is the table's last only where no key line follows
    // within a row's length (else one of its cells went on over two lines, and which cannot be told).
    private static (List<string> Cells, int Next)? KeyedRow(List<SourceLine> lines, int at, List<ColumnKind> kinds, ISet<int> notBlank, bool blanksAreCells)
    {
        var cells = new List<string> { lines[at].Text.Trim() };
        int Blanks(int k) => blanksAreCells ? BlankLinesBetween(lines, notBlank, k - 1, k) : 0;
        var k = at + 1;
        for (; k < lines.Count && lines[k].Table is null && !IsKeyLine(lines[k]) && cells.Count < kinds.Count; k++)
        {
            cells.AddRange(Enumerable.Repeat(EmptyCell, Blanks(k)));
            cells.Add(lines[k].Text.Trim());
        }

        var atKey = k < lines.Count && IsKeyLine(lines[k]);
        if (atKey && cells.Count < kinds.Count)
        {
            // 区教育局 / (blank) / then the next key: the row's last cells were left empty.
            cells.AddRange(Enumerable.Repeat(EmptyCell, Blanks(k)));
        }

        var wrapped = !atKey && Enumerable.Range(k, System.Math.Max(0, System.Math.Min(lines.Count, k + kinds.Count) - k)).Any(x => IsKeyLine(lines[x]));
        if (cells.Count != kinds.Count || wrapped || !Enumerable.Range(1, kinds.Count - 1).All(c => KeyedCellFits(cells[c], kinds[c])))
        {
            return null;
        }

        return (cells, k);
    }

    // A cell standing in its column: names under a unit column and nowhere else, a short time under the deadline; an empty
    // cell anywhere but the row's words.
    private static bool KeyedCellFits(string cell, ColumnKind kind)
    {
        if (cell == EmptyCell || IsEmptyCellMark(SourceLine.Of(0, cell)))
        {
            return kind is not (ColumnKind.Content or ColumnKind.Category);
        }

        return kind switch
        {
            _ when TableColumns.NamesBodies(kind) => IsUnits(cell),
            ColumnKind.Deadline => IsDate(cell) || (!IsUnits(cell) && cell.Length <= 10 && cell.IndexOf('。') < 0),
            ColumnKind.Content or ColumnKind.Category => !IsUnits(cell) && !IsDate(cell),
            _ => true,
        };
    }
}
