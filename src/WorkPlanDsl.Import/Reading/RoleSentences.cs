using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Responsibility said with 为 (以市发展改革委为牵头单位, 市税务局为协作单位, 责任单位为市营商环境建设局, 特巡警大队为主，
/// 交警大队为辅, 以各街道为主体) is rewritten, index for index, into the role words every layout is read with
/// (市发展改革委牵头, 责任单位：…, 特巡警大队牵头): one reading of responsibility, not a second one for 为. The names
/// before 为 must all look like organisations, so 以人民为中心 or 以企业为主体 stay what they are: a principle, not a role.
/// </summary>
internal static class RoleSentences
{
    // Where the names of a 为 sentence start: a clause's start, or 以/由 just after it.
    private const string ClauseStarts = "，,；;。：:（(） 　\t";

    // 以X为牵头责任单位, (作)为配合单位, 为主 (then a separator), 为主体, 为辅: the role a 为 names, its words and what they become.
    private static readonly Regex NamedRole = new(
        @"(?:作)?为(?:(?<lead>牵头(?:责任)?(?:单位|部门|处室|科室)?|主办(?:单位|部门)?|主责(?:单位|部门)?|主(?=[，,、；;。）)]|$))"
        + @"|(?<support>(?:配合|协作|协办|参与|协同)(?:单位|部门|处室|科室)?|辅(?=[，,、；;。）)]|$))"
        + @"|(?<accountable>责任(?:单位|部门|处室|科室)|主体(?:单位|部门)?(?=[，,、；;。）)]|$)))",
        RegexOptions.CultureInvariant);

    // 责任单位为X, 牵头部门是X: a label then 为, where a colon usually is; the names run to the clause's end.
    private static readonly char[] IsWords = { '为', '是' };
    // Longer than any list of names a clause gives: a long line is not walked over and over.
    private const int MostNames = 120;

    private static readonly char[] NamesStop = "，,；;。（(".ToCharArray();

    /// <summary>The folded text with every 为 sentence of responsibility in it rewritten, as long as it was.</summary>
    public static string Rephrased(string folded)
    {
        if (folded.IndexOf('为') < 0 && folded.IndexOf('是') < 0)
        {
            return folded;
        }

        StringBuilder? builder = null;
        foreach (Match m in NamedRole.Matches(folded))
        {
            var start = NamesStart(folded, m.Index);
            if (start < 0 || !AllOrganisations(folded.Substring(start, m.Index - start)))
            {
                continue;
            }

            builder ??= new StringBuilder(folded);
            var word = m.Groups["lead"].Success ? "牵头" : m.Groups["support"].Success ? "配合" : "负责";
            if (start > 0 && folded[start - 1] is '以' or '由' && (start == 1 || ClauseStarts.IndexOf(folded[start - 2]) >= 0))
            {
                builder[start - 1] = ' ';
            }

            // The role word where 为 was, and blanks after it for the words it replaces.
            for (var i = 0; i < m.Length; i++)
            {
                builder[m.Index + i] = i < word.Length ? word[i] : ' ';
            }
        }

        for (var at = folded.IndexOfAny(IsWords); at > 0; at = folded.IndexOfAny(IsWords, at + 1))
        {
            var label = at;
            while (label > 0 && at - label < 8 && ClauseStarts.IndexOf(folded[label - 1]) < 0)
            {
                label--;
            }

            var stop = folded.IndexOfAny(NamesStop, at + 1, Math.Min(MostNames, folded.Length - at - 1));
            if (RoleWords.Label(folded.Substring(label, at - label)) is not (Role.Lead or Role.Accountable or Role.Support or Role.Implementer)
                || !AllOrganisations(folded.Substring(at + 1, (stop < 0 ? folded.Length : stop) - at - 1)))
            {
                continue;
            }

            builder ??= new StringBuilder(folded);
            builder[at] = '：';
        }

        return builder?.ToString() ?? folded;
    }

    // The names before 为 run back to the clause's start (or the 以/由 that opens it).
    private static int NamesStart(string folded, int at)
    {
        var start = at;
        while (start > 0 && at - start < MostNames && ClauseStarts.IndexOf(folded[start - 1]) < 0)
        {
            start--;
        }

        if (start < at && folded[start] is '以' or '由')
        {
            start++;
        }

        return start < at && (start == 0 || ClauseStarts.IndexOf(folded[start - 1]) >= 0 || folded[start - 1] is '以' or '由') ? start : -1;
    }

    private static bool AllOrganisations(string names)
    {
        // 市市场监管局、市税务局等为协作单位: 等 closes a list, it names nobody.
        var parts = names.Trim().TrimEnd('等').Split('、');
        return parts.All(p => p.Length >= 2 && UnitShape.IsOrganisation(p));
    }
}
