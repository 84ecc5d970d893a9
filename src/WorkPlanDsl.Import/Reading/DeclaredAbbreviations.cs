using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The short names a document declares for bodies: <c>市发展和改革委员会（以下简称市发改委）</c>, <c>（简称“市数据局”）</c>,
/// <c>（下称区文旅局）</c>. The short name is the body's alias, never a second body, and the declaration no part of
/// either name.
/// </summary>
internal static class DeclaredAbbreviations
{
    private static readonly Regex Declaration = new(
        @"[（(][ 　]*(?:以下简称|以下称|以下称为|下称|简称)[：:]?[ 　]*[“""‘]?(?<short>[^（()）“”""‘’，,。；;、\s]{2,12})[”""’]?[ 　]*[）)]",
        RegexOptions.CultureInvariant);

    /// <summary>Where a declaration closing <paramref name="folded"/>'s run from start to end opens, or -1.</summary>
    public static int DeclarationAt(string folded, int start, int end)
    {
        if (end - start < 6 || !ChineseText.IsCloseParen(folded[end - 1]))
        {
            return -1;
        }

        var open = folded.LastIndexOfAny(new[] { '（', '(' }, end - 1, end - start);
        return open > start && Declaration.Match(folded, open, end - open) is { Success: true } match && match.Index == open && match.Length == end - open
            ? open
            : -1;
    }

    /// <summary>
    /// Every declaration of the lines, as (short, long) in order: the long name is the longest run just before the
    /// bracket that looks like an organisation (由市大数据发展管理局（以下简称…） declares 市大数据发展管理局).
    /// </summary>
    public static List<(string Short, string Long)> Find(IEnumerable<SourceLine> lines)
    {
        var found = new List<(string, string)>();
        foreach (var line in lines)
        {
            var folded = line.Folded;
            if (folded.IndexOf("称", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (Match match in Declaration.Matches(folded))
            {
                var shortName = line.Text.Substring(match.Groups["short"].Index, match.Groups["short"].Length);
                for (var from = System.Math.Max(0, match.Index - MaxName); from <= match.Index - 2; from++)
                {
                    var longName = line.Text.Substring(from, match.Index - from).Trim();
                    if (longName.Length > shortName.Length && longName.IndexOfAny(Stops) < 0 && UnitShape.IsOrganisation(longName))
                    {
                        found.Add((shortName, longName));
                        break;
                    }
                }
            }
        }

        return found;
    }

    private const int MaxName = 30;

    private static readonly char[] Stops = { '，', ',', '、', '。', '；', ';', '：', ':', ' ', '　' };
}
