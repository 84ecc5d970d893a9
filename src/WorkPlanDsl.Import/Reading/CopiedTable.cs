using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table copied out as text: one cell per line under header lines (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 /
/// 完成时限), or one row per line with the cells apart by tabs or wide spaces. The rows are rebuilt into a table where
/// the layout allows it: each row starts with its 序号 number and holds one line per column. Where it does not (no 序号
/// column, an empty cell left out, a cell over two lines), the lines stay text and a warning says so.
/// </summary>
internal static class CopiedTable
{
    private static readonly Regex BareNumber = new(@"^(?<n>\d{1,6})[.、．]?$", RegexOptions.CultureInvariant);
    private static readonly Regex CellGap = new(@"\t+|[ \u3000]{2,}", RegexOptions.CultureInvariant);

    public static List<SourceLine> Rebuild(List<SourceLine> lines, List<ImportNote> notes)
    {
        var result = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (OneCellPerLine(lines, i, notes, out var table, out var next) || OneRowPerLine(lines, i, out table, out next))
            {
                result.Add(SourceLine.OfTable(table!));
                i = next - 1;
                continue;
            }

            result.Add(lines[i]);
        }

        return result;
    }

    private static bool OneCellPerLine(List<SourceLine> lines, int start, List<ImportNote> notes, out TableBlock? table, out int next)
    {
        table = null;
        next = start;
        var kinds = new List<ColumnKind>();
        var end = start;
        while (end < lines.Count && lines[end].Table is null && kinds.Count < 12 && TableColumns.Classify(lines[end].Text) is var kind and not ColumnKind.None)
        {
            kinds.Add(kind);
            end++;
        }

        if (kinds.Count < 3 || !TableColumns.IsHeader(kinds) || !kinds.Any(IsRole))
        {
            return false;
        }

        var header = lines.Skip(start).Take(kinds.Count).ToList();
        var heading = "text copied out of a table (" + string.Join(" / ", header.Select(l => l.Text)) + ")";
        if (kinds[0] != ColumnKind.Number)
        {
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Warning, heading + " without a 序号 column: its rows cannot be told apart, so they are kept as text"));
            return false;
        }

        var rows = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        var p = end;
        var expected = -1;
        while (p < lines.Count && lines[p].Table is null)
        {
            if (Number(lines[p]) is { } n && (expected < 0 || n == expected))
            {
                if (p + kinds.Count > lines.Count || lines.Skip(p + 1).Take(kinds.Count - 1).Any(l => Number(l) == n + 1 || l.Table is not null)
                    || (p + kinds.Count < lines.Count && Number(lines[p + kinds.Count]) != n + 1 && !IsHeading(lines, p + kinds.Count, n + 1)
                        && lines.Skip(p + kinds.Count).Take(kinds.Count).Any(l => Number(l) == n + 1)))
                {
                    notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": row " + n + " does not hold one line for each of its " + kinds.Count
                        + " columns (an empty cell left out, or a cell over several lines), so the table's rows are kept as text"));
                    return false;
                }

                rows.Add(new TableRow(lines[p].Number, lines.Skip(p).Take(kinds.Count).Select(l => new TableCell(l.Text)).ToArray()));
                expected = n + 1;
                p += kinds.Count;
            }
            else if (rows.Count > 1 && IsHeading(lines, p, expected))
            {
                // 二、民生实事 between rows: a heading that spans the table.
                rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, kinds.Count).Select(c => new TableCell(lines[p].Text, c > 0)).ToArray()));
                p++;
            }
            else
            {
                break;
            }
        }

        if (rows.Count < 2)
        {
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Warning, heading + ": no row starting with its 序号 number follows, so the lines are kept as text"));
            return false;
        }

        table = new TableBlock(lines[start].Number, rows);
        next = p;
        return true;
    }

    private static bool OneRowPerLine(List<SourceLine> lines, int start, out TableBlock? table, out int next)
    {
        table = null;
        next = start;
        var header = Cells(lines[start]);
        if (header is null || header.Length < 3)
        {
            return false;
        }

        var kinds = header.Select(TableColumns.Classify).ToList();
        if (kinds.Contains(ColumnKind.None) || !TableColumns.IsHeader(kinds) || !kinds.Any(IsRole))
        {
            return false;
        }

        var rows = new List<TableRow> { new(lines[start].Number, header.Select(c => new TableCell(c)).ToArray()) };
        var p = start + 1;
        while (p < lines.Count && Cells(lines[p]) is { } cells && cells.Length == header.Length)
        {
            rows.Add(new TableRow(lines[p].Number, cells.Select(c => new TableCell(c)).ToArray()));
            p++;
        }

        if (rows.Count < 2)
        {
            return false;
        }

        table = new TableBlock(lines[start].Number, rows);
        next = p;
        return true;
    }

    private static string[]? Cells(SourceLine line)
        => line.Table is null && CellGap.IsMatch(line.Text) ? CellGap.Split(line.Text).Select(c => c.Trim()).ToArray() : null;

    // 二、民生实事 between rows, the next row's number after it.
    private static bool IsHeading(List<SourceLine> lines, int at, int nextRow)
        => at + 1 < lines.Count && Numbering.Read(lines[at]).Kind is NumberingKind.Chinese && lines[at].Text.Length <= 40 && Number(lines[at + 1]) == nextRow;

    private static bool IsRole(ColumnKind kind) => kind is ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Support;

    private static int? Number(SourceLine line)
        => line.Table is null && BareNumber.Match(line.Folded) is { Success: true } m ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
