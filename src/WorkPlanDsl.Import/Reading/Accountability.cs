using System.Collections.Generic;
using System.Linq;
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
    // The unit ranked or listed first IS the lead, said in one clause: 排在第一位的部门为牵头部门, 列第一位者为牵头单位,
    // 排名第一的为牵头单位, 列第一位者为牵头或汇总单位, 排在前面的为牵头单位; or the other way round: 牵头单位列首位, 牵头单位排在第一位. 牵头 is followed by a unit word or
    // the clause's end, so 排名第一的单位作为牵头示范点 and 排名第一的乡镇…由其牵头承办 are not rules; a 不/非 between them
    // (带*号的不是牵头单位, 排名第一的不作为牵头单位) says the opposite.
    private static readonly Regex Rule = new(
        @"(?:第一|第1|首位|首个|首列|居首|排首|排头|最前|前面)[^。；;，,不非]{0,6}?(?:为|是|作为|系)(?:牵头|主办|主责|主承办|主要承办|主要责任)"
        + @"(?:[或和及、/](?:汇总|召集|联系|主办|责任))?(?=单位|部门|处室|科室|股室|机关|者|$|[。；;，,）)\s])"
        + @"|(?:牵头|主办|主责)(?:单位|部门|处室|科室|股室)?(?:列|排|居|位于|放在|放|为|是|系)(?:在|于)?(?:第一|第1|首)(?:位|个|名)?"
        + @"(?=$|[。；;，,）)、\s])",
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

    /// <summary>
    /// True where three lines or more close with units in a 【】 (…过期变质食品。【食品安全股】): the document's way of saying
    /// who answers for a task, not a tag (【重点】, 【市级】) a single line carries.
    /// </summary>
    public bool TagsHoldUnits { get; set; }

    /// <summary>
    /// True where two lines or more close with a dash and bodies alone after it (…救助范围。——县民政局、县财政局): the
    /// document's way of saying who answers for a task, not a dash that explains (——即…).
    /// </summary>
    public bool DashesHoldUnits { get; set; }

    /// <summary>
    /// True where the document closes its clauses with their roles in a bracket glued to the words, twice or more
    /// (加大支持力度（A牵头，B配合）；): a bracket of names alone in that place is a clause's list too.
    /// </summary>
    public bool RolesCloseClauses { get; set; }

    /// <summary>
    /// True where the document closes its tasks' words with a bracket of government bodies' names alone, glued to the
    /// words, three times or more (地区生产总值增长11%（市发改委，各县市区政府）。): its way of saying who does each.
    /// </summary>
    public bool BareListsCloseWords { get; set; }

    /// <summary>True where the document says once that its lists have no order (注：括号内单位排名不分先后).</summary>
    public bool NoOrder { get; set; }

    /// <summary>
    /// True where the document says of its lead field that the first of several it names leads and the others support
    /// (「主责机关」列有二个以上机关者，以列于首位者为主责，其余为协力); without it, every unit a lead field names leads.
    /// </summary>
    public bool LeadFieldFirstListed { get; set; }

    /// <summary>True where the document says once that every unit a list names leads (所列责任单位均为牵头单位).</summary>
    public bool AllListedLead { get; set; }

    /// <summary>
    /// How a row's lead is left open where the document says such a row is led by the first of its accountable units
    /// (牵头单位为“—”的，由排在首位的责任单位牵头: <see cref="OpenLead.Dash"/>; 牵头单位空缺的，由第一责任单位牵头:
    /// <see cref="OpenLead.Empty"/>); <see cref="OpenLead.None"/> where it says nothing of it.
    /// </summary>
    public OpenLead FirstListedWhenLeadOpen { get; set; }

    /// <summary>
    /// True where the document says its lists mark their lead by the type (加下划线的为牵头单位, 加粗的为牵头单位), which text
    /// cannot show: no list's lead is read from its order.
    /// </summary>
    public bool LeadShownByType { get; set; }

    /// <summary>The type the document says marks a lead, where its format can show it (bold, underline); null for others (red, italics).</summary>
    public Documents.TypeMark? LeadMark { get; set; }

    /// <summary>The text of each document line that sets words apart, by line number.</summary>
    public IReadOnlyDictionary<int, string> MarkedLines { get; set; } = new Dictionary<int, string>();

    /// <summary>The words each document line sets in bold or underlined, by line number, where the format shows them.</summary>
    public IReadOnlyDictionary<int, Documents.MarkedWords[]> MarkedWords { get; set; } = new Dictionary<int, Documents.MarkedWords[]>();

    /// <summary>
    /// The names of <paramref name="names"/> the type marks as leads on document line <paramref name="line"/>: each
    /// marked by itself (<c>&lt;u&gt;学生工作部&lt;/u&gt;、&lt;u&gt;校医院&lt;/u&gt;</c>) and printed once on the line, so
    /// that the mark is that name's; none where every name is marked (a bold paragraph marks nothing apart).
    /// </summary>
    public List<string> MarkedLeads(int line, IEnumerable<string> names)
    {
        if (LeadMark is not { } mark || !MarkedWords.TryGetValue(line, out var marked) || !MarkedLines.TryGetValue(line, out var lineText))
        {
            return new List<string>();
        }

        if (!_pieces.TryGetValue(line, out var found))
        {
            // A run holding a label or a sentence (责任单位：A、B, a whole paragraph) is emphasis, not a name's mark; a name
            // printed twice on the line cannot say which of its prints the mark was on. Counted once per line.
            var folded = ChineseText.Fold(lineText);
            // A name's own brackets (各县（市、区）人民政府) stay in it: the run is parted only outside them.
            var runs = marked.Where(m => m.Mark == mark && m.Text.Length <= 40 && m.Text.IndexOfAny(new[] { '：', ':', '。' }) < 0
                    && (m.Text.IndexOfAny(new[] { '（', '(' }) < 0 || UnitShape.IsOrganisation(m.Text)))
                .Select(m => ChineseText.Fold(m.Text) is var run
                    ? ClauseReader.SplitTopLevel(run, "、，,；; 　").Select(p => run.Substring(p.Start, p.End - p.Start).Trim()).Where(p => p.Length > 0).ToList()
                    : new List<string>()).ToList();
            found = (new HashSet<string>(runs.SelectMany(r => r).Distinct(System.StringComparer.Ordinal).Where(p => ChineseText.Occurrences(folded, p, atMost: 2) == 1), System.StringComparer.Ordinal),
                new HashSet<string>(runs.Where(r => r.Count == 1).Select(r => r[0]), System.StringComparer.Ordinal));
            _pieces[line] = found;
        }

        var (pieces, alone) = found;
        var list = names.ToList();
        var leads = list.Where(n => pieces.Contains(ChineseText.Fold(n).Trim())).ToList();

        // Every name marked, each in a run of its own (<u>县农业农村局</u>、<u>县水利局</u>): each is marked as a name is, so
        // all lead; one run over the whole list marks nothing apart.
        return leads.Count < list.Count || (list.Count >= 2 && list.All(n => alone.Contains(ChineseText.Fold(n).Trim()))) ? leads : new List<string>();
    }

    private readonly Dictionary<int, (HashSet<string> Pieces, HashSet<string> Alone)> _pieces = new();

    /// <summary>The signs the document states to mark a support (标注“△”的为配合单位), empty when none.</summary>
    public string SupportSigns { get; set; } = string.Empty;

    /// <summary>True where the document states that <paramref name="sign"/> marks a support.</summary>
    public bool MarksSupport(char sign) => SupportSigns.IndexOf(sign) >= 0;

    /// <summary>True where the document says a slash parts each list's leads from its supports (“/”前为牵头单位).</summary>
    public bool SlashPartsRoles { get; set; }

    /// <summary>True where the document says its bracketed lists are each task's supports (括号内为配合单位).</summary>
    public bool BracketsHoldSupports { get; set; }

    /// <summary>
    /// The lead (or joint leads) the document states for all its work (各项任务均由X牵头), the numbers of the tasks it leaves
    /// out (除第2项外) and the line that says so; null where it states none. A task that names a lead of its own, or stands
    /// under a heading that does, keeps that lead.
    /// </summary>
    public (string[] Names, int[] Except, SourceLine Line)? PlanLead { get; set; }

    /// <summary>The lead the same statement gives the tasks it sets apart (除第2项由县统计局牵头外), or empty.</summary>
    public string[] PlanLeadOfExceptions { get; set; } = System.Array.Empty<string>();

    /// <summary>True where the document says what its lists or brackets are not (括号内不是责任单位, 排名第一的不是牵头单位).</summary>
    public bool ListsDenied { get; set; }

    /// <summary>True where the document says the last unit of each list leads (排在最后一位的为牵头单位).</summary>
    public bool LastListedLeads { get; set; }

    /// <summary>True where the (folded) words state that the last-listed unit leads.</summary>
    public static bool StatesLastListedRule(string folded) => LastRule.IsMatch(folded);

    private static readonly Regex LastRule = new(
        @"(?:最后一位|最后一个|最后|末位|末尾|最末|排尾)[^。；;，,不非]{0,6}?(?:为|是|作为|系)(?:牵头|主办|主责)"
        + @"|(?:牵头|主办|主责)(?:单位|部门|处室|科室|股室)?(?:列|排|居|位于|放在|放|为|是|系)(?:在|于)?(?:最后|末位|末尾)",
        RegexOptions.CultureInvariant);

    /// <summary>True where the document states that <paramref name="sign"/> marks the lead.</summary>
    public bool MarksLead(char sign) => LeadSigns.IndexOf(sign) >= 0;

    /// <summary>
    /// True where a bracket of unit names alone after a task (<c>（A*、B、C）</c>) is its accountable list: the document
    /// states a rule for its lists (who leads in them, or that the brackets hold the accountable units). Without one, a
    /// bracket of names is the plan's words.
    /// </summary>
    public bool ReadsBareLists(int line) => LeadSigns.Length > 0 || SupportSigns.Length > 0 || BracketsHoldUnits || SlashPartsRoles || RuleHolds(line);

    /// <summary>True where the (folded) words state that the first-listed unit leads.</summary>
    public static bool StatesRule(string folded) => Rule.IsMatch(folded);
}

/// <summary>How a table's lead cell is left open: empty, a dash (—, /), or a word (无, 待定).</summary>
internal enum OpenLead
{
    None,
    Empty,
    Dash,
    Word,
}
