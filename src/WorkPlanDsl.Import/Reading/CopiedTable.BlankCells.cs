using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

internal static partial class CopiedTable
{
    /// <summary>
    /// The blank lines of text copied out of a table a cell a line that are its empty cells: where the header (序号
    /// first) has as many cells as most rows have lines, with no blank line inside those rows, a row short of lines by
    /// exactly the blank lines inside it (or before the next row's number) left each empty cell as a blank line. Without
    /// them the short row reads as merged from the row above, and the lead of that row becomes a name the row never
    /// printed. Each blank line found becomes an empty cell. The table's last row, whose end the text does not show, runs
    /// no further than one row's cells and never into a numbered heading; a line taken away as page chrome is no blank.
    /// </summary>
    private static List<SourceLine> BlankLineCells(List<SourceLine> lines, ISet<int> notBlank)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (BlankLineCellsOfTable(lines, i, notBlank) is not { } found)
            {
                result?.Add(lines[i]);
                continue;
            }

            result ??= lines.Take(i).ToList();
            for (var k = i; k < found.End; k++)
            {
                result.Add(lines[k]);
                if (found.Before.TryGetValue(k + 1, out var count))
                {
                    for (var c = 0; c < count; c++)
                    {
                        result.Add(SourceLine.Of(lines[k].Number + 1 + c, EmptyCell));
                    }
                }
            }

            i = found.End - 1;
        }

        return result ?? lines;
    }

    // Only a header of column names with 序号 first can say how many lines a row prints; the empty cells found are
    // keyed by the line they stand before.
    private static (Dictionary<int, int> Before, int End)? BlankLineCellsOfTable(List<SourceLine> lines, int start, ISet<int> notBlank)
    {
        var kinds = new List<ColumnKind>();
        var end = start;
        while (end < lines.Count && lines[end].Table is null && kinds.Count < 12 && Number(lines[end]) is null
            && TableColumns.Classify(lines[end].Text) is var kind and not ColumnKind.None && !kinds.Contains(kind))
        {
            kinds.Add(kind);
            end++;
        }

        if (kinds.Count < 4 || kinds[0] != ColumnKind.Number || !kinds.Any(IsRole) || !TableColumns.IsHeader(kinds)
            || end >= lines.Count || Number(lines[end]) is not { } first || BlankLinesBetween(lines, notBlank, start, end) > 0)
        {
            return null;
        }

        // A table continued from a page before numbers its first row here 5, 6, …

        var rows = new List<int>();
        // The table goes on to its header printed again on the next page, where it starts again.
        for (var k = end; k < lines.Count && lines[k].Table is null && k - (rows.Count > 0 ? rows[rows.Count - 1] : end) <= 2 * kinds.Count
            && lines[k].Text.Trim() != lines[start].Text.Trim(); k++)
        {
            if (Number(lines[k]) == first + rows.Count)
            {
                rows.Add(k);
            }
        }

        // Every row but the last runs to the next row's number; the blank lines before that number are the row's too.
        // The last row runs as far as its lines and the blank lines between them make one row, and never into a numbered
        // heading (三、保障措施): the blank line after it, before the text that follows the table, is no cell of it.
        var last = rows[rows.Count - 1];
        var lastEnd = last + 1;
        while (lastEnd < lines.Count && lines[lastEnd].Table is null && lastEnd - last + BlankLinesBetween(lines, notBlank, last, lastEnd - 1) < kinds.Count
            && Numbering.Read(lines[lastEnd]).Kind == NumberingKind.None)
        {
            lastEnd++;
        }

        var spans = Enumerable.Range(0, rows.Count - 1).Select(r => (At: rows[r], End: rows[r + 1], Through: rows[r + 1]))
            .Append((At: last, End: lastEnd, Through: lastEnd - 1)).ToList();

        // Rows printing every cell have no blank line among their lines (one before the next row's number is the copy's), and most rows either do so or are short by exactly
        // their blank lines: a blank line is then something a row shows.
        var full = spans.Where(s => s.End - s.At == kinds.Count).ToList();
        var shortByBlanks = spans.Count(s => s.End - s.At < kinds.Count && s.End - s.At + BlankLinesBetween(lines, notBlank, s.At, s.Through) == kinds.Count);
        if (full.Count == 0 || (full.Count + shortByBlanks) * 3 < spans.Count * 2 || full.Count(s => BlankLinesBetween(lines, notBlank, s.At, s.End - 1) > 0) * 5 > full.Count)
        {
            return null;
        }

        var before = new Dictionary<int, int>();
        foreach (var (at, spanEnd, through) in spans)
        {
            var printed = spanEnd - at;
            if (printed >= kinds.Count || printed + BlankLinesBetween(lines, notBlank, at, through) != kinds.Count || !FitsWithBlanks(lines, notBlank, at, spanEnd, kinds))
            {
                continue;
            }

            for (var k = at + 1; k <= through; k++)
            {
                if (BlankLinesBetween(lines, notBlank, k - 1, k) is var blank and > 0)
                {
                    before[k] = blank;
                }
            }
        }

        return before.Count == 0 ? null : (before, lastEnd);
    }

    // A row's cells, its blank lines counted as empty cells, each standing in its column: names under a unit column,
    // no names in the matter or the deadline. A row whose words would land in the wrong columns is left as it is.
    private static bool FitsWithBlanks(List<SourceLine> lines, ISet<int> notBlank, int at, int end, List<ColumnKind> kinds)
    {
        var column = 0;
        for (var k = at; k < end; k++)
        {
            column += k == at ? 0 : 1 + BlankLinesBetween(lines, notBlank, k - 1, k);
            if (column >= kinds.Count)
            {
                return false;
            }

            var cell = lines[k].Text;
            var fits = kinds[column] switch
            {
                ColumnKind.Number => Number(lines[k]) is not null,
                _ when TableColumns.NamesBodies(kinds[column]) => Fits(cell, kinds[column]),
                ColumnKind.Deadline => IsDate(cell) || (!IsUnits(cell) && cell.Trim().Length <= 10 && cell.IndexOf('。') < 0),
                ColumnKind.Task or ColumnKind.Content => !IsUnits(cell),
                _ => true,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    // The blank lines between the lines from start to end (end's own line included as the last): the numbers skipped
    // that no chrome took away.
    private static int BlankLinesBetween(List<SourceLine> lines, ISet<int> notBlank, int start, int end)
    {
        var blank = 0;
        for (var k = start + 1; k <= end && k < lines.Count; k++)
        {
            for (var number = lines[k - 1].Number + 1; number < lines[k].Number; number++)
            {
                blank += notBlank.Contains(number) ? 0 : 1;
            }
        }

        return blank;
    }
}
