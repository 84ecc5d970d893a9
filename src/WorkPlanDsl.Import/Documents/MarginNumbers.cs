using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Line numbers printed in the left margin (a draft for comments, copied with <c>pdftotext -layout</c>:
/// <c>  7    　　（一）扩大…</c>): they number the printed lines, not the plan's items, and go before the text is read.
/// </summary>
internal static class MarginNumbers
{
    // A number at the margin, then a gap of two spaces or more (ideographic or not), then the line's words;
    // a draft typed in full width numbers its lines `１２　　`.
    private static readonly System.Text.RegularExpressions.Regex Margin = new(
        @"^[ \u3000]{0,4}([0-9０-９]{1,4})(?: {2,}| *\u3000[ \u3000]+)(?=[^ \t])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A number alone at the margin: a blank line of the numbered page.
    private static readonly System.Text.RegularExpressions.Regex MarginAlone = new(
        @"^[ \u3000]{0,4}([0-9０-９]{1,4})[ \t\u3000]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A gap of two spaces or more inside the words: a column of a table set with spaces, not a line of prose.
    private static readonly System.Text.RegularExpressions.Regex ColumnGap = new(
        @"\S {2,}\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // How many of the numbered lines there must be, and how much of the text.
    private const int MinimumLines = 10;

    /// <summary>
    /// The lines without their margin numbers, where the margin numbers every line of the text: ten lines or more, two in
    /// three of the lines that are not blank, counting up by one line after line (a page's header and footer
    /// between them are not numbered), and their words prose, not a table's columns (a table set with spaces whose
    /// first column is 序号 keeps its numbers). Elsewhere the lines as they are.
    /// </summary>
    public static List<LayoutLine> Strip(List<LayoutLine> lines)
    {
        var numbered = new List<(int At, int Number, int Length)>();
        var text = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (PlainText.IsBlank(lines[i].Text))
            {
                continue;
            }

            text++;
            var margin = Margin.Match(lines[i].Text);
            if (!margin.Success && MarginAlone.Match(lines[i].Text) is { Success: true } alone
                && numbered.Count > 0 && Number(alone.Groups[1].Value) == numbered[numbered.Count - 1].Number + 1)
            {
                // A blank line of the numbered page goes on from the line above; a number alone that does not (a page's
                // 1, 2 flush at the margin) is the page's furniture, as it was.
                margin = alone;
            }

            if (margin.Success)
            {
                numbered.Add((i, Number(margin.Groups[1].Value), margin.Length));
            }
        }

        if (numbered.Count < MinimumLines || numbered.Count * 3 < text * 2
            || numbered.Zip(numbered.Skip(1), (a, b) => b.Number == a.Number + 1).Count(counts => !counts) * 20 > numbered.Count
            || numbered.Count(n => ColumnGap.IsMatch(lines[n.At].Text.Substring(n.Length))) * 5 > numbered.Count)
        {
            return lines;
        }

        var stripped = new List<LayoutLine>(lines);
        foreach (var (at, _, length) in numbered)
        {
            stripped[at] = lines[at] with { Text = lines[at].Text.Substring(length) };
        }

        return stripped;
    }

    private static int Number(string digits)
    {
        var number = 0;
        foreach (var digit in digits)
        {
            number = (number * 10) + (digit >= '０' ? digit - '０' : digit - '0');
        }

        return number;
    }
}
