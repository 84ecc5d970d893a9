using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Who leads in a list of accountable units without a named lead (<c>（A、B负责）</c>, <c>责任单位：A、B</c>): the first
/// listed where the document states that rule (in any wording: 排在第一位的部门为牵头部门, 列第一位者为牵头单位, 排名第一的为
/// 牵头单位), from where it says so; elsewhere the first listed too, by the national convention, which the import says
/// once; every listed unit with <see cref="ImportOptions.CoLeads"/>.
/// </summary>
internal sealed class Accountability
{
    // 第一 / 首位 / 第1 … then, within a few characters, 牵头 / 主办 / 主责; or the other way round (牵头单位为第一个, a
    // header's 牵头单位列首位, 牵头单位排在第一位).
    private static readonly Regex Rule = new(
        @"(?:第一|第1|首位|首个|首列|居首|排首|第一个|排头)[^。；;，,]{0,14}?(?:为|是|作为|系)?(?:牵头|主办|主责)"
        + @"|(?:牵头|主办|主责)(?:单位|部门|处室|科室)?(?:为|是|系|列|排|居|位于|放在)[^。；;，,]{0,10}?(?:第一|第1|首位|首个)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public Accountability(bool coLeads) => CoLeads = coLeads;

    public bool CoLeads { get; }

    /// <summary>The first document line from which the first-listed rule holds; <c>int.MaxValue</c> when never stated.</summary>
    public int RuleFromLine { get; set; } = int.MaxValue;

    /// <summary>Set once the convention note has been given.</summary>
    public bool ConventionNoted { get; set; }

    public bool RuleHolds(int line) => line >= RuleFromLine;

    /// <summary>The signs the document states to mark a lead (带*号的为牵头单位; every width of *), empty when none.</summary>
    public string LeadSigns { get; set; } = string.Empty;

    /// <summary>True where the document says that its bracketed lists are the accountable units (括号内为责任单位).</summary>
    public bool BracketsHoldUnits { get; set; }

    /// <summary>True where the document states that <paramref name="sign"/> marks the lead.</summary>
    public bool MarksLead(char sign) => LeadSigns.IndexOf(sign) >= 0;

    /// <summary>
    /// True where a bracket of unit names alone after a task (<c>（A*、B、C）</c>) is its accountable list: the document
    /// states a rule for its lists (who leads in them, or that the brackets hold the accountable units). Without one, a
    /// bracket of names is the plan's words.
    /// </summary>
    public bool ReadsBareLists(int line) => LeadSigns.Length > 0 || BracketsHoldUnits || RuleHolds(line);

    /// <summary>True where the (folded) words state that the first-listed unit leads.</summary>
    public static bool StatesRule(string folded) => Rule.IsMatch(folded);
}
