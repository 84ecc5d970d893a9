using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Plain text as blocks: every line that is not blank is a paragraph, numbered as the text numbers its lines (CR, LF
/// or CRLF end a line). The breaks that editors do not count as lines, but that end a paragraph all the same (Word's
/// manual line break copied out as a vertical tab, a form feed, U+2028, U+2029, U+0085), split the line into
/// paragraphs that share its number. A table printed with its columns aligned by spaces (<c>pdftotext -layout</c>) is
/// read as a table (<see cref="LayoutTable"/>), and so is one drawn with rules (<see cref="GridTable"/>) and one set with
/// leaders like a table of contents (<see cref="LeaderTable"/>).
/// </summary>
public static class PlainText
{
    public static List<DocumentBlock> Blocks(string text) => Blocks(text, null);

    /// <summary>The blocks, and what reading a layout table had to say (rows it could not rebuild) in <paramref name="notes"/>.</summary>
    public static List<DocumentBlock> Blocks(string text, List<ImportNote>? notes)
    {
        var lines = new List<LayoutLine>();
        var number = 0;
        var start = 0;
        var pageBreak = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            number++;
            AddLine(lines, number, text, start, i, ref pageBreak);
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        var said = notes ?? new List<ImportNote>();
        return TextMarkup.Read(RunningLines.Without(GridTable.Blocks(ClipboardRows.Join(PageColumns.Read(MarginNumbers.Strip(lines))), rest => LeaderTable.Blocks(rest, other => LayoutTable.Blocks(other, said))), lines));
    }

    // Blank lines are kept (a layout table's rows are apart by them); a form feed marks the page break after it.
    private static void AddLine(List<LayoutLine> lines, int number, string text, int start, int end, ref bool pageBreak)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !IsParagraphBreak(text[i]))
            {
                continue;
            }

            var piece = text.Substring(from, i - from);
            if (!IsBlank(piece))
            {
                lines.Add(new LayoutLine(number, piece, pageBreak));
                pageBreak = false;
            }
            else if (from == start)
            {
                lines.Add(new LayoutLine(number, piece, false));
            }

            pageBreak |= i < end && text[i] == '\f';
            from = i + 1;
        }
    }

    private static bool IsParagraphBreak(char c) => c is '\v' or '\f' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>The text without its white space: the same words however a layout spaced them.</summary>
    internal static string Unspaced(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    internal static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A line of plain text as printed, spaces kept; <see cref="AfterPageBreak"/> where a form feed stands before it.</summary>
internal sealed record LayoutLine(int Number, string Text, bool AfterPageBreak)
{
    public bool IsBlank => PlainText.IsBlank(Text);
}
