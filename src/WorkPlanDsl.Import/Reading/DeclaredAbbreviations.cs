using System.Collections.Generic;
using System.Linq;
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
        @"[（(〔][ 　]*(?:以下简称|以下称|以下称为|下称|简称)[：:]?[ 　]*[“""‘]?(?<short>[^（()）“”""‘’，,。；;、\s]{2,12})[”""’]?[ 　]*[）)〕]",
        RegexOptions.CultureInvariant);

    private static readonly Regex InnerDeclaration = new(
        @"[（(〔][ 　]*(?<long>[^（()）“”""‘’，,。；;、：:\s]{4,30})[，,][ 　]*(?:以下简称|以下称|以下称为|下称|简称)[：:]?[ 　]*[“""‘]?(?<short>[^（()）“”""‘’，,。；;、\s]{2,12})[”""’]?[ 　]*[）)〕]",
        RegexOptions.CultureInvariant);

    /// <summary>Where a declaration closing <paramref name="folded"/>'s run from start to end opens, or -1.</summary>
    public static int DeclarationAt(string folded, int start, int end)
    {
        if (end - start < 6 || !ChineseText.IsCloseParen(folded[end - 1]))
        {
            return -1;
        }

        var open = folded.LastIndexOfAny(new[] { '（', '(', '〔' }, end - 1, end - start);
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
                if (LongName(line, folded, match.Index, shortName) is { } longName)
                {
                    found.Add((shortName, longName));
                }
            }

            foreach (Match match in InnerDeclaration.Matches(folded))
            {
                // 县委组织部（县委人才工作领导小组办公室，以下简称县委人才办）: the short name is the bracket's body's, not the
                // body the bracket follows.
                var shortName = line.Text.Substring(match.Groups["short"].Index, match.Groups["short"].Length);
                var longName = line.Text.Substring(match.Groups["long"].Index, match.Groups["long"].Length).Trim();
                if (longName.Length > shortName.Length && UnitShape.IsOrganisation(longName))
                {
                    found.Add((shortName, longName));
                }
            }
        }

        return found;
    }

    private const int MaxName = 30;

    // The name starts where the words before it end: at a stop, the line's start, or after a word that brings a body in
    // (由, 会同, 委托, 成立 …). Of those, the nearest that starts with a level (市政府联合市大数据发展管理局 declares
    // 市大数据发展管理局, 市文化和旅游局 is whole: 旅游局 has no level), else the longest (审判管理办公室).
    private static string? LongName(SourceLine line, string folded, int end, string shortName)
    {
        string? Candidate(int from)
        {
            var name = line.Text.Substring(from, end - from).Trim();
            return StartsName(folded, from) && name.Length > shortName.Length && name.IndexOfAny(Stops) < 0 && UnitShape.IsOrganisation(name) ? name : null;
        }

        var first = System.Math.Max(0, end - MaxName);
        for (var from = end - 2; from >= first; from--)
        {
            if (UnitShape.LevelPrefixes.IndexOf(folded[from]) >= 0 && Candidate(from) is { } leveled)
            {
                return leveled;
            }
        }

        string? longest = null;
        for (var from = first; from <= end - 2; from++)
        {
            if (Candidate(from) is not { } name)
            {
                continue;
            }

            // 每月底前将完成情况报湔阳市…指挥部办公室（以下简称市创文办）: the longest run may hold the work handed to the
            // body; where a word that hands work on stands inside it, the body's name starts after it.
            if (longest is null)
            {
                longest = name;
            }
            else if (HandsOn.Any(w => from >= w.Length && string.CompareOrdinal(folded, from - w.Length, w, 0, w.Length) == 0))
            {
                return name;
            }
        }

        return longest;
    }

    // Words before a body that say what is handed or reported to it; rarely inside a name (unlike 经, 交, 设, 和).
    private static readonly string[] HandsOn = { "报", "报送", "送", "交由", "由", "请", "委托", "责成", "向" };

    private static bool StartsName(string folded, int at)
        => at == 0 || System.Array.IndexOf(Stops, folded[at - 1]) >= 0 || "（(“\"《》”）)".IndexOf(folded[at - 1]) >= 0
            || BringsBodyIn.Any(w => at >= w.Length && string.CompareOrdinal(folded, at - w.Length, w, 0, w.Length) == 0);

    private static readonly string[] BringsBodyIn =
    {
        "由", "请", "会同", "联合", "委托", "督促", "指导", "协调", "组织", "支持", "配合", "协助", "责成", "交由", "和", "与", "及", "同",
        "对", "向", "经", "在", "将", "把", "为", "是", "即", "成立", "组建", "设立", "设", "建立", "牵头", "负责", "依托", "通过", "按照",
        "报", "送", "至", "给", "交",

        // 方案中市城市管理和综合执法局（以下简称…）, 其中区财政局（…）: the text the names are spoken of in.
        "中",
    };

    private static readonly char[] Stops = { '，', ',', '、', '。', '；', ';', '：', ':', ' ', '　' };
}
