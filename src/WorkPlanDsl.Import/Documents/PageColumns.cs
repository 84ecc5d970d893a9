using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A page printed in two columns of running text (a gazette, 政府公报), as <c>pdftotext -layout</c> copies it: each line
/// holds a line of the left column and the line of the right column beside it
/// (<c>  1.深化工程建设项目审批制度改革。推行拿地即     五个。支持幼儿园开设托班…</c>), so read line by line every task's
/// words run into another task's, and a task takes the roles of the one beside it. Read column by column instead: the
/// left column's lines, then the right column's, where the right column starts at the same character on the page's
/// lines (pdftotext places by character, whatever a character's width). Only prose: a column of short cells (a table's
/// 牵头单位 beside its measures) is no column of text.
/// </summary>
internal static class PageColumns
{
    /// <summary>A gap of four spaces or more between words: where a fixed-width layout puts its second column.</summary>
    internal static readonly System.Text.RegularExpressions.Regex Gap = new(
        @"(?<=\S)[ \u3000]{4,}(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The right column's start moves by a paragraph's indent (two full-width spaces or a few half-width ones).
    private const int Tolerance = 4;

    // Lines side by side a page needs before it is read as two columns.
    private const int MinimumLines = 6;

    // A column of running text: its lines are long, not cells.
    private const int MinimumColumnLength = 10;

    /// <summary>The lines with each two-column run of a page read column by column; the same list where there is none.</summary>
    public static List<LayoutLine> Read(List<LayoutLine> lines)
    {
        List<LayoutLine>? result = null;
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || lines[i].AfterPageBreak)
            {
                var page = lines.GetRange(start, i - start);
                if (Columns(page) is { } read)
                {
                    result ??= lines.GetRange(0, start);
                    result.AddRange(read);
                }
                else
                {
                    result?.AddRange(page);
                }

                start = i;
            }
        }

        return result ?? lines;
    }

    // The page column by column, or null where no run of its lines stands in two columns of text.
    private static List<LayoutLine>? Columns(List<LayoutLine> page)
    {
        var starts = page.Select(RightStart).ToList();
        var column = starts.Where(s => s > 0).GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        if (column is not { } at)
        {
            return null;
        }

        // The run: from the first line beside another to the last, with the lines of one column alone between and after.
        var first = starts.FindIndex(s => Near(s, at));
        var end = first;
        var beside = 0;
        for (var i = first; i < page.Count; i++)
        {
            if (page[i].IsBlank)
            {
                continue;
            }

            if (Near(starts[i], at))
            {
                beside++;
            }
            else if (!LeftAlone(page[i], at) && !RightAlone(page[i], at))
            {
                break;
            }

            end = i + 1;
        }

        var run = page.GetRange(first, end - first);
        var parts = run.Select((line, k) => Split(line, starts[first + k], at)).ToList();
        if (beside < MinimumLines || !IsText(parts.Select(p => p.Left)) || !IsText(parts.Select(p => p.Right))
            || !GoesOn(parts.Select(p => p.Left), parts.Select(p => p.Right)))
        {
            return null;
        }

        var read = page.GetRange(0, first);
        read.AddRange(parts.Where(p => p.Left.Trim().Length > 0).Select((p, k) => new LayoutLine(p.Number, p.Left, k == 0 && run[0].AfterPageBreak)));
        read.AddRange(parts.Where(p => p.Right.Trim().Length > 0).Select(p => new LayoutLine(p.Number, p.Right, false)));
        read.AddRange(page.Skip(end));
        return read;
    }

    private static bool Near(int start, int column) => start > 0 && System.Math.Abs(start - column) <= Tolerance;

    // Where the words after the line's one wide gap start, or 0 where it has none or more than one.
    private static int RightStart(LayoutLine line)
    {
        var gaps = Gap.Matches(line.Text.TrimEnd());
        return gaps.Count == 1 ? gaps[0].Index + gaps[0].Length : 0;
    }

    // A line of the left column with nothing beside it (the column's last line, its right neighbour's paragraph ended).
    private static bool LeftAlone(LayoutLine line, int column) => line.Text.TrimEnd().Length <= column && Indent(line) < Tolerance;

    // A line of the right column with nothing beside it.
    private static bool RightAlone(LayoutLine line, int column) => Indent(line) >= column - Tolerance && Gap.Matches(line.Text.Trim()).Count == 0;

    private static int Indent(LayoutLine line) => line.Text.Length - line.Text.TrimStart(' ', '\u3000').Length;

    // A line's left and right parts; a right part keeps the indent beyond the column (a paragraph's first line).
    private static (int Number, string Left, string Right) Split(LayoutLine line, int start, int column)
    {
        var text = line.Text.TrimEnd();
        if (Near(start, column))
        {
            return (line.Number, text.Substring(0, start).TrimEnd(' ', '\u3000'), new string(' ', System.Math.Max(0, start - column)) + text.Substring(start));
        }

        return RightAlone(line, column)
            ? (line.Number, string.Empty, new string(' ', System.Math.Max(0, Indent(line) - column)) + text.TrimStart(' ', '\u3000'))
            : (line.Number, text, string.Empty);
    }

    // The right column goes on from the left: its tasks are numbered after the left's (5. beside 9.), not again from 1.
    // (a page of plans beside their results), and a column of a table's cells numbers nothing.
    private static bool GoesOn(IEnumerable<string> left, IEnumerable<string> right)
    {
        var leftNumbers = Numbers(left);
        var rightNumbers = Numbers(right);
        return rightNumbers.Count > 0 && (leftNumbers.Count == 0 || rightNumbers.Min() > leftNumbers.Max());
    }

    private static List<int> Numbers(IEnumerable<string> column)
        => column.Select(c => Number.Match(ChineseText.Fold(c))).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static readonly System.Text.RegularExpressions.Regex Number = new(
        @"^[ \u3000]*([0-9]{1,3})[.．、](?![0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Running text: most of a column's lines are long (a table's unit column beside its measures is short cells).
    private static bool IsText(IEnumerable<string> column)
    {
        var lengths = column.Select(c => c.Trim().Length).Where(n => n > 0).OrderBy(n => n).ToList();
        return lengths.Count >= MinimumLines / 2 && lengths[lengths.Count / 2] >= MinimumColumnLength;
    }
}
