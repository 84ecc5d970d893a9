using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Word footnotes flattened to text: a rule (<c>————</c>) at a page's foot, then lines <c>[1] 责任单位：A（牵头），B。</c>,
/// each the note of the line above that carries its mark <c>[1]</c>. Left where they stand, the notes of a page are the words
/// of the last task above the rule, and it gets the roles of every task on the page. Each note goes right after the line
/// carrying its mark, as that paragraph's own words, without the mark; a note whose mark no line above the rule carries,
/// or carries twice, stays where it is, and so does the rule.
/// </summary>
internal static class Footnotes
{
    // [1] 责任单位：…, ［2］由A负责。: the number in square brackets opening the line, then the note's words.
    private static readonly Regex Note = new(@"^[\[［](?<n>\d{1,3})[\]］]\s*(?<text>\S.*)$", RegexOptions.CultureInvariant);

    // The rule Word prints over a page's footnotes: a run of dashes or lines alone on its line.
    private static readonly Regex Rule = new(@"^[—―─━\-_－]{4,}$", RegexOptions.CultureInvariant);

    public static List<SourceLine> Placed(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        var pageStart = 0;
        var copied = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Table is not null || !Rule.IsMatch(lines[i].Text.Trim()))
            {
                continue;
            }

            var notes = new List<(int Line, string Mark, string Text)>();
            var end = i + 1;
            for (; end < lines.Count && lines[end].Table is null && Note.Match(lines[end].Text.Trim()) is { Success: true } m; end++)
            {
                notes.Add((end, "[" + m.Groups["n"].Value + "]", m.Groups["text"].Value));
            }

            var placed = new Dictionary<int, List<string>>();
            var allPlaced = notes.Count > 0;
            foreach (var (_, mark, text) in notes)
            {
                if (MarkedLine(lines, pageStart, i, mark) is { } at)
                {
                    if (!placed.TryGetValue(at, out var list))
                    {
                        placed[at] = list = new List<string>();
                    }

                    list.Add(text);
                }
                else
                {
                    allPlaced = false;
                }
            }

            if (!allPlaced)
            {
                // Notes that do not all find their lines (a list of references, a note without its mark) are not the
                // page's footnotes as this reads them: every line stays as printed.
                pageStart = end;
                i = end - 1;
                continue;
            }

            result ??= new List<SourceLine>(lines.Count);
            for (var k = copied; k < i; k++)
            {
                result.Add(lines[k]);
                if (placed.TryGetValue(k, out var texts))
                {
                    foreach (var text in texts)
                    {
                        result.Add(SourceLine.Of(lines[k].Number, text));
                    }
                }
            }

            copied = end;
            pageStart = end;
            i = end - 1;
        }

        if (result is null)
        {
            return lines;
        }

        for (var k = copied; k < lines.Count; k++)
        {
            result.Add(lines[k]);
        }

        return result;
    }

    // The one line of the page, above its rule, that carries the mark (not as the line's opening: that is a note).
    private static int? MarkedLine(List<SourceLine> lines, int from, int rule, string mark)
    {
        int? found = null;
        var full = "［" + mark.Substring(1, mark.Length - 2) + "］";
        for (var k = from; k < rule; k++)
        {
            var text = lines[k].Text;
            var at = text.IndexOf(mark, System.StringComparison.Ordinal);
            if (at < 0)
            {
                at = text.IndexOf(full, System.StringComparison.Ordinal);
            }

            if (at <= 0 || lines[k].Table is not null)
            {
                continue;
            }

            if (found is not null || text.IndexOf(mark, at + 1, System.StringComparison.Ordinal) > 0)
            {
                return null;
            }

            found = k;
        }

        return found;
    }
}
