using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A sign printed on a unit's name to say it leads (<c>（县住建局*、县财政局）</c>, <c>住房保障中心★、计划财务股</c>): it is
/// the document's own convention, and only the document says what it means (<c>注：带*号的为牵头单位</c>,
/// <c>说明：标注★的为牵头股室</c>), wherever it says so. The sign is never part of the name.
/// </summary>
internal static class LeadMarks
{
    // The signs drafters mark names with. * in any width is one sign: a rule stated with * holds for ＊.
    private const string Asterisks = "*＊﹡✱";
    private const string Signs = Asterisks + "★☆▲△●◆■※";

    // 带*号的为牵头单位, 标注★的为牵头股室, 标“★”的单位为牵头单位, ★为牵头股室, 加*者为牵头部门; never across a 不/非
    // (带*号的不是牵头单位, 带*号的并非牵头单位 say the opposite).
    private static readonly Regex Rule = new(
        "([" + Regex.Escape(Signs) + "])[”\"’'」]?\\s*(?:号|标记|标识|符号)?(?:的|者)?(?:单位|部门|处室|科室|股室)?[^。；;，,不非]{0,4}?(?:为|是|系|作为|表示|代表)(?:牵头|主办|主责)",
        RegexOptions.CultureInvariant);

    // 名称后标注“△”的为配合单位, 带☆号的为协办单位: the sign marks a support, the other way round.
    private static readonly Regex SupportRule = new(
        "([" + Regex.Escape(Signs) + "])[”\"’'」]?\\s*(?:号|标记|标识|符号)?(?:的|者)?(?:单位|部门|处室|科室|股室)?[^。；;，,不非]{0,4}?(?:为|是|系|作为|表示|代表)(?:配合|协办|参与|协助|协同)",
        RegexOptions.CultureInvariant);

    // 未标注的为牵头单位, 未加△的为牵头单位: the names without the support sign lead.
    private static readonly Regex UnmarkedLeadRule = new(
        "(?:未|没有|不带|无)(?:标注|标记|标识|加注|加|带|注明)?[^。；;，,]{0,6}?(?:的|者)(?:单位|部门)?(?:为|是|系)(?:牵头|主办|主责)", RegexOptions.CultureInvariant);

    /// <summary>The sign the (folded) words state to mark a support (所标“△”的为配合单位), or null where they state none.</summary>
    public static string? SupportStatedIn(string folded)
        => SupportRule.Match(folded) is { Success: true } match ? SignsLike(match.Groups[1].Value[0]) : null;

    /// <summary>True where the (folded) words say the names without the support sign lead (未标注的为牵头单位).</summary>
    public static bool StatesUnmarkedLead(string folded) => UnmarkedLeadRule.IsMatch(folded);

    private static string SignsLike(char sign) => Asterisks.IndexOf(sign) >= 0 ? Asterisks : sign.ToString();

    /// <summary>The signs the (folded) words state to mark the lead (all widths of *), or null where they state none.</summary>
    public static string? StatedIn(string folded)
    {
        var match = Rule.Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var sign = match.Groups[1].Value[0];
        return Asterisks.IndexOf(sign) >= 0 ? Asterisks : sign.ToString();
    }

    /// <summary>The name without a sign printed after (or before) it, and the sign; the name as it is where it has none.</summary>
    public static (string Name, char? Sign) Strip(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 1 && Signs.IndexOf(trimmed[trimmed.Length - 1]) >= 0)
        {
            return (trimmed.Substring(0, trimmed.Length - 1).TrimEnd(), trimmed[trimmed.Length - 1]);
        }

        if (trimmed.Length > 1 && Signs.IndexOf(trimmed[0]) >= 0)
        {
            return (trimmed.Substring(1).TrimStart(), trimmed[0]);
        }

        return (name, null);
    }

    /// <summary>True where the text holds a sign at all.</summary>
    public static bool HasSign(string text) => text.IndexOfAny(Signs.ToCharArray()) >= 0;
}
