using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A lead cell numbered by the measures beside it (<c>①市工信局 ②市发改委</c>, <c>（1）区教育局（2）区卫健委</c>): each
/// number names its own measure's lead. Where the numbers name different bodies no one of them leads the whole row.
/// </summary>
internal static class NumberedLeads
{
    // A measure's number opening the cell or a line or following a separator; 1. only where no digit follows (no 1.5亿).
    // ① anywhere: lines of a cell joined without a break (①市工信局②市发改委), and no body's name holds one.
    private static readonly Regex MeasureNumber = new(
        @"[①-⑳]|(?<=^|[\s；;，,、。])(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*[.．、](?!\d))",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>
    /// True where the cell opens with a measure's number and two or more numbered parts name different bodies. The same
    /// body under every number (①市财政局 ②市财政局) still leads the row; an unnumbered cell is not judged here.
    /// </summary>
    public static bool NamesEachMeasuresOwn(string text)
    {
        var trimmed = text.TrimStart(' ', '\u3000', '\t', '\r', '\n');
        var numbers = MeasureNumber.Matches(trimmed);
        if (numbers.Count < 2 || numbers[0].Index != 0)
        {
            return false;
        }

        var parts = new HashSet<string>(System.StringComparer.Ordinal);
        for (var n = 0; n < numbers.Count; n++)
        {
            var start = numbers[n].Index + numbers[n].Length;
            var end = n + 1 < numbers.Count ? numbers[n + 1].Index : trimmed.Length;
            var part = Squeezed(trimmed.Substring(start, end - start));
            if (part.Length == 0)
            {
                // ①②市财政局: the numbers share one name, no part of its own.
                return false;
            }

            parts.Add(part);
        }

        return parts.Count >= 2;
    }

    private static string Squeezed(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000' && c != '、' && c != '，' && c != ',' && c != '；' && c != ';' && c != '。')
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
