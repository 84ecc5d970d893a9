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
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Warning, heading + (kinds.Contains(ColumnKind.Number) ? " with columns before its 序号" : " without a 序号 column")
                + ": its rows cannot be told apart, so they are kept as text"));
            return false;
        }

        var rows = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        var p = end;
        var expected = -1;
        string[]? previous = null;
        while (p < lines.Count && lines[p].Table is null)
        {
            if (Number(lines[p]) is { } n && (expected < 0 || n == expected))
            {
                // The row's cells are the lines up to the next row's number (or a heading before it, or the table's end).
                var q = p + 1;
                while (q < lines.Count && lines[q].Table is null && Number(lines[q]) != n + 1 && !IsHeading(lines, q, n + 1) && q - p <= 2 * kinds.Count)
                {
                    q++;
                }

                var last = q >= lines.Count || (Number(lines[q]) != n + 1 && !IsHeading(lines, q, n + 1));
                if (last)
                {
                    q = System.Math.Min(q, p + kinds.Count);
                }

                var cells = lines.Skip(p).Take(q - p).Select(l => l.Text).ToList();
                var aligned = cells.Count == kinds.Count && cells.Skip(1).Select((c, i) => Fits(c, kinds[i + 1])).All(f => f)
                    ? cells.Select(c => (c, false)).ToArray()
                    : Align(cells, kinds, previous);
                while (last && aligned is null && cells.Count > 2)
                {
                    // The table's last row: the lines after it may be the document's next paragraphs.
                    cells.RemoveAt(cells.Count - 1);
                    q--;
                    aligned = Align(cells, kinds, previous);
                }
                if (aligned is null)
                {
                    notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": the " + cells.Count + " lines of row " + n
                        + " cannot be told apart into its " + kinds.Count + " columns, so the table's rows are kept as text"));
                    return false;
                }

                if (cells.Count < kinds.Count)
                {
                    var carried = aligned.Select((a, i) => a.Item2 ? header[i].Text : null).Where(h => h is not null);
                    notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Note, heading + ": row " + n + " has " + cells.Count + " of " + kinds.Count
                        + " cells; " + string.Join("、", carried) + " read as merged from the row above"));
                }

                rows.Add(new TableRow(lines[p].Number, aligned.Select(a => new TableCell(a.Item1, a.Item2)).ToArray()));
                previous = aligned.Select(a => a.Item1).ToArray();
                expected = n + 1;
                p = q;
            }
            else if (IsHeading(lines, p, expected < 0 ? 1 : expected))
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

        if (rows.Count(r => !r.Cells.Skip(1).All(c => c.IsMergedCopy)) < 2)
        {
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Warning, heading + ": no row starting with its 序号 number follows, so the lines are kept as text"));
            return false;
        }

        table = new TableBlock(lines[start].Number, rows);
        next = p;
        return true;
    }

    /// <summary>
    /// Places a row's cells (a merged cell is copied out once, in its first row) in its columns: in order, each in a
    /// column whose kind fits (names of units under 牵头单位, a date under 完成时限, words elsewhere), later columns first
    /// (merged cells are the grouping ones, on the left); the columns left over carry the row above's cell. Null where
    /// no such placing exists, or there is no row above.
    /// </summary>
    private static (string, bool)[]? Align(List<string> cells, List<ColumnKind> kinds, string[]? previous)
    {
        if (previous is null || cells.Count > kinds.Count)
        {
            return null;
        }

        // fits[i, j]: cells i.. can be placed in columns j.. (the number, cell 0, is column 0).
        var n = cells.Count;
        var m = kinds.Count;
        var fits = new bool[n + 1, m + 1];
        for (var j = 0; j <= m; j++)
        {
            fits[n, j] = true;
        }

        for (var i = n - 1; i >= 1; i--)
        {
            for (var j = m - 1; j >= 1; j--)
            {
                fits[i, j] = fits[i, j + 1] || (Fits(cells[i], kinds[j]) && fits[i + 1, j + 1]);
            }
        }

        if (!fits[1, 1])
        {
            return null;
        }

        var placed = new (string, bool)[m];
        placed[0] = (cells[0], false);
        var column = 1;
        for (var i = 1; i < n; i++)
        {
            // The latest column this cell can take while the rest still fit.
            var chosen = -1;
            for (var j = m - 1 - (n - 1 - i); j >= column; j--)
            {
                if (Fits(cells[i], kinds[j]) && fits[i + 1, j + 1])
                {
                    chosen = j;
                    break;
                }
            }

            if (chosen < 0)
            {
                return null;
            }

            for (var j = column; j < chosen; j++)
            {
                placed[j] = (previous[j], true);
            }

            placed[chosen] = (cells[i], false);
            column = chosen + 1;
        }

        for (var j = column; j < m; j++)
        {
            placed[j] = (previous[j], true);
        }

        return placed;
    }

    private static bool Fits(string cell, ColumnKind kind)
    {
        var folded = ChineseText.Fold(cell).Trim();
        if (folded is "无" or "/" or "／" or "-" or "—" or "——" or "－")
        {
            return true;
        }

        var names = ClauseReader.Names(cell, folded);
        var isUnits = names.Count > 0 && names.All(n => UnitShape.IsOrganisation(Unmarked(n.Name)));
        var isDate = folded.Length <= 16 && (DeadlineFinder.FindInField(cell, 2000) is not null
            || folded.Contains("每") || folded.Contains("长期") || folded.Contains("持续") || folded.Contains("常态"));
        return kind switch
        {
            ColumnKind.Lead or ColumnKind.Support or ColumnKind.Accountable or ColumnKind.Guidance => isUnits,
            ColumnKind.Deadline => isDate,
            _ => !isUnits && !isDate,
        };
    }

    // 市民政局（牵头）: the name without the role written after it.
    private static string Unmarked(string name)
    {
        var open = name.LastIndexOfAny(new[] { '(', '（' });
        return open > 1 && RoleWords.HasRole(ChineseText.Fold(name.Substring(open))) ? name.Substring(0, open) : name;
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
