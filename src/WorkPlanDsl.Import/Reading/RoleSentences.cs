using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Responsibility said with 为 (以市发展改革委为牵头单位, 市税务局为协作单位, 责任单位为市营商环境建设局, 特巡警大队为主，
/// 交警大队为辅, 以各街道为主体) is rewritten, index for index, into the role words every layout is read with
/// (市发展改革委牵头, 责任单位：…, 特巡警大队牵头): one reading of responsibility, not a second one for 为. So is the 经 of
/// <c>经总务处协助</c> (with the help of), which is no part of the helper's name. The names before 为 must all look like
/// organisations and open their clause, so 以人民为中心, 以企业为主体 or 宣传阵地以市融媒体中心为主 stay what they are.
/// </summary>
internal static class RoleSentences
{
    // Where the names of a 为 sentence start: a clause's start, or 以/由 just after it.
    private const string ClauseStarts = "，,；;。：:（(） 　\t";

    // 以X为牵头责任单位, (作)为配合单位, 为主, 为主体, 为辅: the role a 为 names, where the clause ends after its words
    // (市财政局为牵头单位提供经费 is "for", not "is"). 为主, 为辅 and 为主体 also say what a group is made of
    // (以县人民医院为主体组建医联体), so they are read only where the whole sentence is responsibility.
    private static readonly Regex NamedRole = new(
        @"(?:作)?为(?:(?<lead>牵头(?:责任)?(?:单位|部门|处室|科室)?|主办(?:单位|部门)?|主责(?:单位|部门)?)|(?<weakLead>主)"
        + @"|(?<support>(?:配合|协作|协办|参与|协同)(?:单位|部门|处室|科室)?)|(?<weakSupport>辅)"
        + @"|(?<accountable>责任(?:单位|部门|处室|科室))|(?<weakAccountable>主体))(?=[，,、；;。）) 　]|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex HelpedBy = new(@"经([^，,；;。（()）经]{2,20}?)协助", RegexOptions.CultureInvariant);

    // 责任单位为X, 牵头部门是X: a label then 为, where a colon usually is; the names run to the clause's end.
    private static readonly char[] IsWords = { '为', '是' };

    // Longer than any list of names a clause gives: a long line is not walked over and over.
    private const int MostNames = 120;

    private static readonly char[] NamesStop = "，,；;。（(".ToCharArray();

    private static readonly char[] SentenceStops = { '。', '；', ';' };

    /// <summary>The folded text with every 为 sentence of responsibility in it rewritten, as long as it was.</summary>
    public static string Rephrased(string folded)
    {
        var hasIs = folded.IndexOf('为') >= 0 || folded.IndexOf('是') >= 0;
        if (!hasIs && folded.IndexOf('经') < 0 && folded.IndexOf('\uFFFD') < 0)
        {
            return folded;
        }

        StringBuilder? builder = null;
        foreach (Match m in HelpedBy.Matches(folded))
        {
            // The bodies named for the economy (经开区, 经信局, 经侦大队, 经发局) keep their 经.
            if ((m.Index == 0 || ClauseStarts.IndexOf(folded[m.Index - 1]) >= 0) && "信开管济贸营发科合侦研责普服文".IndexOf(m.Groups[1].Value[0]) < 0
                && UnitShape.IsOrganisation(m.Groups[1].Value))
            {
                builder ??= new StringBuilder(folded);
                builder[m.Index] = ' ';
            }
        }

        // 市工业和信息化局�配合单位：市大数据局: a damaged character where a separator was, before a field's label.
        for (var at = folded.IndexOf('\uFFFD'); at >= 0; at = folded.IndexOf('\uFFFD', at + 1))
        {
            var colon = folded.IndexOfAny(new[] { '：', ':' }, at + 1, Math.Min(9, folded.Length - at - 1));
            if (colon > at + 2 && RoleWords.Label(folded.Substring(at + 1, colon - at - 1)) != Role.None)
            {
                builder ??= new StringBuilder(folded);
                builder[at] = '；';
            }
        }

        if (!hasIs)
        {
            return builder?.ToString() ?? folded;
        }

        foreach (Match m in NamedRole.Matches(folded))
        {
            var start = NamesStart(folded, m.Index);
            if (start < 0 || !AllOrganisations(folded.Substring(start, m.Index - start)))
            {
                continue;
            }

            var weak = m.Groups["weakLead"].Success || m.Groups["weakSupport"].Success || m.Groups["weakAccountable"].Success;
            if (weak && !SentenceOfRoles(folded, start))
            {
                continue;
            }

            builder ??= new StringBuilder(folded);
            var word = m.Groups["lead"].Success || m.Groups["weakLead"].Success ? "牵头"
                : m.Groups["support"].Success || m.Groups["weakSupport"].Success ? "配合"
                : "负责";
            if (start > 0 && folded[start - 1] is '以' or '由')
            {
                builder[start - 1] = ' ';
            }

            // The role word where 为 was, and blanks after it for the words it replaces.
            for (var i = 0; i < m.Length; i++)
            {
                builder[m.Index + i] = i < word.Length ? word[i] : ' ';
            }
        }

        for (var at = folded.IndexOfAny(IsWords); at >= 0; at = folded.IndexOfAny(IsWords, at + 1))
        {
            var label = at;
            while (label > 0 && at - label < 8 && ClauseStarts.IndexOf(folded[label - 1]) < 0)
            {
                label--;
            }

            var stop = folded.IndexOfAny(NamesStop, at + 1, Math.Min(MostNames, folded.Length - at - 1));
            if (stop < 0 && folded.Length - at - 1 > MostNames)
            {
                continue;
            }

            // 责任单位是指…: what the words mean, not who is named; 建议牵头单位为…: a proposal.
            var names = folded.Substring(at + 1, (stop < 0 ? folded.Length : stop) - at - 1);
            if (at == label || (label > 0 && ClauseStarts.IndexOf(folded[label - 1]) < 0) || names.StartsWith("指", StringComparison.Ordinal)
                || RoleWords.Label(folded.Substring(label, at - label)) is not (Role.Lead or Role.Accountable or Role.Support or Role.Implementer)
                || !RoleWords.StartsWithRoleWord(folded.Substring(label, at - label)) || !AllOrganisations(names))
            {
                continue;
            }

            builder ??= new StringBuilder(folded);
            builder[at] = '：';
        }

        return builder?.ToString() ?? folded;
    }

    // The names before 为 run back to the clause's start (or the 以/由 that opens it); a 以 inside them
    // (宣传阵地以市融媒体中心为主) makes them a sentence's words, not a list of names.
    private static int NamesStart(string folded, int at)
    {
        var start = at;
        while (start > 0 && at - start < MostNames && ClauseStarts.IndexOf(folded[start - 1]) < 0)
        {
            start--;
        }

        if (start > 0 && ClauseStarts.IndexOf(folded[start - 1]) < 0)
        {
            return -1;
        }

        if (start < at && folded[start] is '以' or '由')
        {
            start++;
        }

        return start < at && folded.IndexOf('以', start, at - start) < 0 ? start : -1;
    }

    // 特巡警大队为主，交警大队为辅。: a sentence of responsibility from its start to its end, each part a role; not a
    // label's (结对单位：以市直机关为主), nor one that goes on with the work (以市人民医院为主，…，组建专家团队), nor a bracket
    // inside the words (组建医联体（以县人民医院为主体），带动…).
    private static bool SentenceOfRoles(string folded, int start)
    {
        var from = start > 0 && folded[start - 1] is '以' or '由' ? start - 1 : start;
        var before = from > 0 ? folded[from - 1] : '。';
        if (before is '：' or ':' or '（' or '(' && !(before is '（' or '(' && ClosesAtTheEnd(folded, from - 1)))
        {
            return false;
        }

        var sentenceStart = folded.LastIndexOfAny(SentenceStops, Math.Max(0, from - 1)) + 1;
        var end = folded.IndexOfAny(SentenceStops, from);
        end = end < 0 ? folded.Length : end;
        var sentence = folded.Substring(sentenceStart, end - sentenceStart).Trim().TrimStart('（', '(').TrimEnd('）', ')');
        return sentence.Length <= 2 * MostNames
            && sentence.Split('，', ',').All(part => part.Trim().Length == 0 || NamedRole.IsMatch(part) || RoleWords.HasRole(part));
    }

    // （以各街道为主体）。 at the paragraph's end: a clause of its own, as any bracket there.
    private static bool ClosesAtTheEnd(string folded, int open)
    {
        var close = folded.IndexOfAny(new[] { '）', ')' }, open + 1);
        return close > 0 && folded.Substring(close + 1).Trim('。', '；', ';', ' ', '　').Length == 0;
    }

    private static bool AllOrganisations(string names)
    {
        // 市市场监管局、市税务局等为协作单位: 等 closes a list, it names nobody.
        var parts = names.Trim().TrimEnd('等').Split('、');
        return parts.All(p => p.Length >= 2 && UnitShape.IsOrganisation(p));
    }
}
