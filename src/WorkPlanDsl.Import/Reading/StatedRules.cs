using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The first pass over a whole document, before any task is read: the rules it states once for all its unit lists,
/// wherever it states them. A drafter may say in the first task that the first listed leads (…负责，排在第一位的部门为
/// 牵头部门，下同), or only in a 注/说明 after the last task (注：各项任务后括号内为责任单位，其中带*号的为牵头单位); a
/// reader who meets the rule at the end still applies it to every task, and so does the recogniser.
/// </summary>
internal static class StatedRules
{
    // 各项任务后括号内为责任单位, 括号内所列单位中…为牵头单位: the document says its bracketed lists are the accountable units;
    // never across a 不/非 (括号内不是责任单位 says the opposite).
    private static readonly Regex BracketsHoldUnits = new(
        @"(?:括号|括弧)(?:内|中|里)[^。；;不非]{0,12}?(?:为|是|系)[^。；;，,不非]{0,4}?(?:责任|牵头|主办|主责|承办)(?:单位|部门|处室|科室|股室)",
        RegexOptions.CultureInvariant);

    // …加大支持力度（市妇女儿童活动中心牵头，各县区妇联配合）；: a clause's roles in a bracket glued to its last word, closing it.
    private static readonly Regex RolesClosingClause = new(
        @"[\u4E00-\u9FFF][（(][^（）()]{0,60}?(?:牵头|负责|配合)[^（）()]{0,60}[）)](?=[；;。]|[ 　]*$)", RegexOptions.CultureInvariant);

    // 增长11%（市发改委，市政府相关部门，各县市区政府）。: a bracket glued to the words it closes.
    private static readonly Regex BodiesClosingWords = new(
        @"[^\s。；;，,、（()）][（(](?<names>[^（()）]{2,80})[）)](?=[。；;]|[ 　]|$)", RegexOptions.CultureInvariant);

    // Bodies alone, one of them at least a government's department (市发改委, 县财政局, 各县市区政府): not the schools or
    // hospitals a task builds (城北小学、县人民医院), nor words with a role or a label.
    private static bool NamesGovernmentBodies(string folded)
    {
        if (RoleWords.HasRole(folded) || ClauseReader.HasLabel(folded))
        {
            return false;
        }

        var names = ClauseReader.Names(folded, folded).Select(n => n.Name.Trim()).ToList();
        return names.Count > 0 && names.All(n => UnitShape.IsOrganisation(n) || UnitShape.IsGroup(n)) && names.Any(UnitShape.IsDepartment);
    }

    // 括号内不是责任单位, 排名第一的不是牵头单位, 带*号的并非牵头单位: the document says what its lists are not, so a
    // bracket of names is not read by the convention.
    // 括号内为配合单位, 括号内为督办单位: what the brackets hold are not the accountable, so nobody leads by them either.
    private static readonly Regex Denies = new(
        @"(?:括号|括弧)(?:内|中|里)[^。；;]{0,12}?(?:不是|不为|不作为|并非|非)"
        + @"|(?:括号|括弧)(?:内|中|里)[^。；;]{0,12}?(?:为|是|系)[^。；;，,]{0,4}?(?:配合|协办|参与|参加|协助|协同|督办|指导|监督)"
        + @"|(?:第一|第1|首位|带[*＊※]号)[^。；;，,]{0,8}?(?:不是|不为|不作为|并非|非)(?:牵头|主办|主责|责任)",
        RegexOptions.CultureInvariant);

    // 括号内为配合单位, 括号中为协办部门: the document's brackets name each task's supports; who leads is said elsewhere
    // (各项任务均由X牵头) or not at all. Never across a 不/非.
    private static readonly Regex BracketsHoldSupportsRule = new(
        @"(?:括号|括弧)(?:内|中|里)(?:的|所列)?(?:单位|部门|处室|科室|股室)?(?:均)?(?:为|是|系)(?:配合|协办|协助|协同|参与|参加)(?:单位|部门|处室|科室|股室)",
        RegexOptions.CultureInvariant);

    // 各项任务均由县乡村振兴局牵头, 本方案所列任务由市发改委统一牵头, 各项任务均由A、B共同牵头: one lead (or joint leads)
    // for all the plan's work, said once; 未标明牵头单位的任务，均由X牵头 says it of the tasks that name none, as every such
    // statement is read.
    // 未标明牵头单位的任务, 未明确牵头单位的: the tasks that name no lead of their own.
    private const string UnledWords = @"(?:未|没有)(?:标明|明确|列明|注明|标注|写明|列出)?牵头(?:单位|部门)的(?:(?:重点)?(?:工作|任务|事项))?[，,]?";

    private static readonly Regex PlanLeadRule = new(
        @"(?:(?:各项|所有|全部|本方案(?:所列)?(?:各项)?|本计划(?:所列)?(?:各项)?|本要点(?:所列)?(?:各项)?)(?:重点)?(?:工作|任务|事项)"
        + "|" + UnledWords + @")[^。；;，,由]{0,4}?由"
        + @"(?<lead>[^。；;，,由和及与（）()]{2,60}?)(?:统一|负责|总|共同)?牵头(?![的单部处科股])",
        RegexOptions.CultureInvariant);

    // 注：未标明牵头单位的任务…, 未明确牵头单位的…: a line that opens by speaking of the plan's tasks that name no lead (not a
    // task's own words: 对职责交叉、未明确牵头单位的事项，由县政府办牵头协调).
    // It may open with 凡, 其中 or the plan's word for its tasks, stand in brackets, and name supports after its lead
    // (…由县安委办牵头负责，各乡镇配合).
    private const string UnledStatement = UnledWords
        + @"[^。；;，,由]{0,4}?由(?<lead>[^。；;，,由]{2,60}?)牵头(?:负责)?(?:[，,](?<support>[^。；;]{2,60}?)(?:配合|协助|参与|协同))?[。；;]?[）)]?[。；;]?[ 　]*$";

    private const string StatementOpening = @"^[ 　]*[（(]?(?:(?:注|说明|备注)[0-9一二三四五六七八九十]*[：:．.、]?[ 　]*)?(?:凡是?|其中[，,]?|所有)?";

    private static readonly Regex UnledTasks = new(
        StatementOpening + @"(?:(?:本方案|本计划|以上|上述)(?:所列)?(?:各项)?(?:任务|工作)?中?)?" + UnledStatement, RegexOptions.CultureInvariant);

    // 本部分未明确牵头单位的，由X牵头: the same, of one part's tasks only.
    private static readonly Regex PartsUnledTasks = new(
        StatementOpening + @"(?:本部分|本节|本章)(?:所列)?(?:各项)?(?:任务|工作)?中?" + UnledStatement, RegexOptions.CultureInvariant);

    /// <summary>
    /// Where a line gives a lead to every task of its part naming none (本部分未明确牵头单位的，由X牵头): the words from its
    /// lead on (X牵头，Y配合), to be read as a clause; null otherwise.
    /// </summary>
    public static string? LeadOfThePartsUnledTasks(string text, string folded)
        => PartsUnledTasks.Match(folded) is { Success: true } part && !SomeTasksOnly.IsMatch(folded)
            ? text.Substring(part.Groups["lead"].Index).TrimEnd(' ', '　', '。', '；', ';', '）', ')')
            : null;

    /// <summary>
    /// True for a line that gives a lead to every task naming none (未明确牵头单位的，由X牵头): a word on the plan, never the
    /// words of the task above it.
    /// </summary>
    public static bool LeadsTheUnledTasks(string folded) => UnledTasks.IsMatch(folded) && !SomeTasksOnly.IsMatch(folded);

    // 除第2项外, 其余各项, 第1、2项, 以外: a statement that sets some tasks apart or names them is no rule for every task,
    // beyond the two ways it may say so plainly (ExceptTasks, and 另有明确的除外: a task that names its own lead keeps it).
    private static readonly Regex SomeTasksOnly = new(@"除|其余|其他|以外|另|第[\d一二三四五六七八九十（(]", RegexOptions.CultureInvariant);

    // 除第2项外, 除第2、5项任务外: the tasks a statement for every task leaves out, by their numbers.
    // 除第2项由县统计局牵头外: the tasks set apart may have their own lead, said in the same words.
    private static readonly Regex ExceptTasks = new(
        @"除(?<numbers>第[0-9一二三四五六七八九十、，,和及（）()第]{1,24}?项)(?:任务|工作)?(?:(?:均|都)?由(?<lead>[^，,。；;由和及与（）()]{2,40}?)(?:牵头|负责))?(?:以)?外[，,]?",
        RegexOptions.CultureInvariant);

    private static readonly Regex RestAfterExcept = new(@"\G[ 　]*(?:其余|其他|其它)", RegexOptions.CultureInvariant);

    private static readonly Regex OtherwiseStated = new(@"[（(]?另有(?:明确|规定|说明|标注|注明)的?除外[）)]?", RegexOptions.CultureInvariant);

    // The numbers a list of tasks names (第2、5项, 第（三）项).
    private static int[] TaskNumbers(string words)
        => Regex.Matches(words, "[0-9]{1,3}|[一二三四五六七八九十]{1,3}").Cast<Match>()
            .Select(m => m.Value[0] is >= '0' and <= '9' ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : ChineseText.ParseNumeral(m.Value) ?? 0)
            .Where(n => n > 0).ToArray();

    // “/”前为牵头单位，“/”后为配合单位, 斜杠前为牵头单位: the document parts each list's leads from its supports at a slash.
    private static readonly Regex SlashPartsRoles = new(
        @"(?:[“""'‘]?[/／][”""'’]?|斜杠|斜线)(?:之)?前[^。；;，,不非]{0,6}?(?:为|是|系)(?:牵头|主办|主责)", RegexOptions.CultureInvariant);

    // A note (注：, 说明：) or a word on the brackets: said of every list, not of the one it stands in (责任单位：A、B（不分先后）
    // is that list's own, read as its clause).
    private static bool SpeaksForAllLists(string folded)
    {
        if (UnledTasks.IsMatch(folded))
        {
            // 未明确牵头单位的，由X牵头: said of every task that names no lead, wherever it stands.
            return true;
        }

        var text = folded.TrimStart(' ', '\u3000', '\t');
        return text.StartsWith("注", StringComparison.Ordinal) || text.StartsWith("说明", StringComparison.Ordinal) || text.StartsWith("备注", StringComparison.Ordinal)
            || text.StartsWith("补充说明", StringComparison.Ordinal) || text.StartsWith("特别说明", StringComparison.Ordinal) || folded.Contains("各项任务所列")
            || text.StartsWith("附注", StringComparison.Ordinal) || folded.Contains("括号") || folded.Contains("括弧");
    }

    // 加下划线的为牵头单位, 字体加粗者为牵头部门: the lead is marked by the type, which a text copy loses.
    private static readonly Regex TypeMarksLead = new(
        @"(?:下划线|加粗|粗体|黑体|加黑|斜体|红色|红字|标红|着重号|底纹)[^。；;，,不非为是系]{0,10}?(?:为|是|系)(?:牵头|主办|主责)", RegexOptions.CultureInvariant);

    // 注：括号内单位排名不分先后: said once for every list of the document.
    private static readonly Regex NoOrder = new(
        @"(?:括号|括弧|所列|列出|责任单位|单位)[^。；;]{0,12}?(?:排名|排序|顺序)?(?:不分先后|不分主次|不分排名)", RegexOptions.CultureInvariant);

    // 所列责任单位均为牵头单位, 列有多个责任单位的，为共同牵头单位, 未明确牵头单位的，由责任单位共同负责: every unit a list
    // that names no lead names leads, said once for all lists;
    // not across a 不/非 (所列单位不均为牵头单位).
    private static readonly Regex AllListedLead = new(
        @"(?:所列|列出|列明|列有)[^。；;不非]{0,12}?(?:单位|部门|处室|科室)[^。；;不非]{0,10}?(?:均为|都为|均是|都是|均系|均作为|为共同|均)(?:共同)?牵头"
        + @"|(?:多个|两个及以上|两个以上|2个以上|几个)(?:责任)?(?:单位|部门|处室|科室)[^。；;不非]{0,8}?(?:为|是|系|均为)共同牵头"
        // 未明确牵头单位的，由责任单位共同负责: where no lead is named, the listed units answer together.
        + @"|未(?:明确|列明|确定|注明|列出|明示)牵头(?:单位|部门|处室|科室)的[，,]?由?(?:各|所列)?(?:责任|所列|列出的)(?:单位|部门|处室|科室)共同(?:负责|牵头|承担)",
        RegexOptions.CultureInvariant);

    // 牵头单位为“—”的，由排在首位的责任单位牵头; 牵头单位空缺的，由第一责任单位牵头: a row whose lead is left open is led by
    // the first of its accountable units.
    private static readonly Regex FirstListedWhenLeadOpen = new(
        @"牵头(?:单位|部门|处室|科室)(?:栏)?(?:为|是)?(?<mark>空|空白|空缺|未填|未明确|无|[“""'‘]?[—－\-/／]+[”""'’]?)[^。；;]{0,6}?的[，,]?[ 　]*(?:由|以)?(?:排在|排名|列)?(?:首位|第一位|第一个|最前|第一)(?:的)?(?:责任|配合)?(?:单位|部门|处室|科室)(?:为)?牵头",
        RegexOptions.CultureInvariant);

    // 「主责机关」列有二个以上机关者，以列于首位者为主责: the first-listed rule said of the lead field itself. Its label may
    // stand in quotes (which Blanked empties), so it is looked for in the words as printed, beside a rule found outside them.
    private static readonly Regex LeadFieldHasSeveral = new(
        @"(?:牵头|主责|主办)(?:单位|部门|机关|处室|科室|股室)[」”』""]?(?:栏|一栏)?(?:中|内|里)?(?:列有|列出|填有|有|为|涉及)"
        + @"(?:两|二|2|多|几)(?:个|家)?(?:及以上|或以上|以上)?(?:单位|部门|机关|处室|科室|股室)?(?:的|者)",
        RegexOptions.CultureInvariant);

    private static bool OfAnotherOrAPart(string folded, int at)
    {
        var start = folded.LastIndexOfAny(new[] { '。', '；', ';' }, System.Math.Max(0, at - 1)) + 1;
        var before = folded.Substring(start, at - start);
        return before.IndexOfAny(new[] { '《', '》' }) >= 0 || PartWords.Any(before.Contains);
    }

    private static readonly string[] PartWords = { "本部分", "该项目", "本项", "该项", "本条", "本节", "本章", "本表", "附件" };

    /// <summary>Gives <paramref name="accountability"/> the rules the document states; <paramref name="firstBody"/> is the first body line.</summary>
    public static void Find(List<SourceLine> lines, int firstBody, Accountability accountability)
    {
        foreach (var line in lines.SelectMany(RuleLines))
        {
            // A rule quoted from elsewhere (参照省里"排名第一的为牵头单位"的做法) is not the document's.
            var folded = QuotedWords.Blanked(line.Folded);
            if (LeadMarks.StatedIn(folded) is { } signs && accountability.LeadSigns.Length == 0)
            {
                // A sign means the same on every list of the document, before its definition as after.
                accountability.LeadSigns = signs;
            }

            if (LeadMarks.SupportStatedIn(folded) is { } supportSigns && accountability.SupportSigns.Length == 0)
            {
                // 名称后标注“△”的为配合单位，未标注的为牵头单位: the sign marks supports; every unmarked name of a list leads.
                accountability.SupportSigns = supportSigns;
                accountability.AllListedLead |= LeadMarks.StatesUnmarkedLead(folded);
            }

            if (BracketsHoldUnits.IsMatch(folded))
            {
                accountability.BracketsHoldUnits = true;
            }

            if (SlashPartsRoles.IsMatch(folded) && (line.Number < firstBody || SpeaksForAllLists(folded) || folded.Contains("责任单位")))
            {
                accountability.SlashPartsRoles = true;
            }

            if (BracketsHoldSupportsRule.IsMatch(folded) && (line.Number < firstBody || SpeaksForAllLists(folded)))
            {
                accountability.BracketsHoldSupports = true;
            }

            // Said before the tasks or in a note, of every task: the lead of each that names none of its own.
            // 除第2项外，其余各项任务均由X牵头: the rest after an exception is every other task.
            var except = ExceptTasks.Match(folded);
            var forAll = OtherwiseStated.Replace(except.Success ? RestAfterExcept.Replace(folded.Remove(except.Index, except.Length), string.Empty, 1, except.Index) : folded, string.Empty);
            if (PlanLeadRule.Match(forAll) is { Success: true } planLead && (line.Number < firstBody || SpeaksForAllLists(folded))
                && !OfAnotherOrAPart(forAll, planLead.Index) && accountability.PlanLead is null && !SomeTasksOnly.IsMatch(forAll)
                && planLead.Groups["lead"].Value.Split('、').Select(n => n.Trim()).ToArray() is var leads
                && leads.All(n => UnitShape.IsOrganisation(n) && !UnitShape.IsGroup(n)))
            {
                accountability.PlanLead = (leads, except.Success ? TaskNumbers(except.Groups["numbers"].Value) : System.Array.Empty<int>(), line);
                if (except.Groups["lead"] is { Success: true } exceptLead && exceptLead.Value.Split('、').Select(n => n.Trim()).ToArray() is var exceptLeads
                    && exceptLeads.All(n => UnitShape.IsOrganisation(n) && !UnitShape.IsGroup(n)))
                {
                    accountability.PlanLeadOfExceptions = exceptLeads;
                }
            }

            if (Denies.IsMatch(folded))
            {
                accountability.ListsDenied = true;
            }

            if (TypeMarksLead.Match(folded) is { Success: true } typeMark)
            {
                accountability.LeadShownByType = true;
                accountability.LeadMark = typeMark.Value.Contains("下划线") ? TypeMark.Underline
                    : typeMark.Value.Contains("粗") || typeMark.Value.Contains("黑") ? TypeMark.Bold
                    : typeMark.Value.Contains("红") ? TypeMark.Red
                    : null;
            }

            if (Accountability.StatesLastListedRule(folded) && SpeaksForAllLists(folded) && !Denies.IsMatch(folded))
            {
                accountability.LastListedLeads = true;
            }

            if (NoOrder.IsMatch(folded) && SpeaksForAllLists(folded))
            {
                accountability.NoOrder = true;
            }

            // Said in a note or before the tasks, of this document's lists: not of another document (《…》附件中所列…), nor of
            // one part or task (本部分所列…, 该项目所列…).
            // The open mark may stand in quotes (牵头单位为“—”的), which Blanked empties: looked for in the words as printed.
            if (FirstListedWhenLeadOpen.Match(line.Folded) is { Success: true } open)
            {
                var mark = open.Groups["mark"].Value;
                accountability.FirstListedWhenLeadOpen = mark.IndexOfAny(new[] { '—', '－', '-', '/', '／' }) >= 0 ? OpenLead.Dash
                    : mark.Contains('空') || mark.Contains("未填") ? OpenLead.Empty : OpenLead.Word;
            }

            if (AllListedLead.Match(folded) is { Success: true } allLead && (line.Number < firstBody || SpeaksForAllLists(folded))
                && !OfAnotherOrAPart(folded, allLead.Index))
            {
                accountability.AllListedLead = true;
            }

            if (Accountability.StatesRule(folded) && accountability.RuleFromLine == int.MaxValue)
            {
                accountability.RuleFromLine = FirstListedFrom(line, firstBody);
            }

            // Said before the tasks or in a note, of the lead field (not inside one task's clause).
            if (Accountability.StatesRule(folded) && LeadFieldHasSeveral.IsMatch(line.Folded) && !Denies.IsMatch(folded)
                && (line.Number < firstBody || SpeaksForAllLists(folded)))
            {
                accountability.LeadFieldFirstListed = true;
            }
        }

        accountability.RolesCloseClauses = lines.Where(l => l.Table is null).Sum(l => RolesClosingClause.Matches(l.Folded).Count) >= 2;
        // Lines whose words name their lead and still close with a 【】 of bodies (（市住建局牵头）【市政府办公室】) show the
        // tag is someone else, the body that assigned the item or its category: they count for no tag, and two of them say
        // that of every tag. Only a body's lead counts: 建立由乡镇牵头、部门配合的…机制, 明确专人负责… name no body, and their
        // 【县发改局】 is still the item's lead.
        var clauses = new ClauseReader();
        var unitTags = lines.Where(l => l.Table is null).Select(l => ClosingTag.Find(l.Folded, 0) is (int open, int close)
                && l.Folded.Substring(open + 1, close - open - 1).Split('、', '，', ',').All(n => UnitShape.IsOrganisation(n.Trim()))
                ? (bool?)NameABodysLead(clauses, l.Text.Substring(0, open), l.Folded.Substring(0, open))
                : null)
            .Where(t => t is not null).ToList();
        accountability.TagsHoldUnits = unitTags.Count(t => t == false) >= 3 && unitTags.Count(t => t == true) < 2;
        accountability.DashesHoldUnits = lines.Count(l => l.Table is null && ClosingTag.FindDash(l.Folded, 0) is (int open, int close)
            && ClauseReader.Names(l.Text.Substring(open + 1, close - open - 1), l.Folded.Substring(open + 1, close - open - 1)) is { Count: > 0 } names
            && names.All(n => UnitShape.IsOrganisation(n.Name) || UnitShape.IsGroup(n.Name))) >= 2;
        accountability.BareListsCloseWords = lines.Where(l => l.Table is null).Sum(l => BodiesClosingWords.Matches(l.Folded).Cast<Match>().Count(m => NamesGovernmentBodies(m.Groups["names"].Value))) >= 3;

        // 所列单位均为牵头单位 beside 列第一位的为牵头单位: the rule that picks one lead is the document's.
        accountability.AllListedLead &= accountability.RuleFromLine == int.MaxValue;
    }

    /// <summary>
    /// True where a task's words give a body the lead (<c>…联动机制，县发改局牵头。</c>), not where a role word names
    /// nobody (<c>建立由乡镇牵头、部门配合的…机制</c>, <c>明确专人负责</c>): what a closing 【】 of bodies is read against.
    /// </summary>
    internal static bool NameABodysLead(ClauseReader clauses, string text, string folded)
        => RoleWords.HasRole(folded, Role.Lead, Role.Accountable) && (clauses.Read(text, folded).Any(c => c.Leads.Count > 0) || BodyBeforeLead(folded));

    // …联动机制，县发改局牵头。: a lead or accountable verb right after a body's name (the words since the last mark), as a
    // sentence of the task says it; 由乡镇牵头, 明确专人负责 name none.
    private static bool BodyBeforeLead(string folded)
    {
        for (var i = 1; i < folded.Length; i++)
        {
            if (RoleWords.VerbAt(folded, i).Role is not (Role.Lead or Role.Accountable))
            {
                continue;
            }

            var start = folded.LastIndexOfAny(new[] { '，', ',', '。', '；', ';', '、', '（', '(', '：', ':', '由' }, i - 1) + 1;
            for (var from = start; from <= i - 3; from++)
            {
                if (UnitShape.IsOrganisation(folded.Substring(from, i - from)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Said inside a task's own clause (（A、B负责，排在第一位的部门为牵头部门，下同）), the rule holds from there on. Said
    // on its own (a note, a 说明, a paragraph before or after the tasks), it is the document's rule for every list.
    private static int FirstListedFrom(SourceLine line, int firstBody)
    {
        if (line.Number < firstBody)
        {
            return 0;
        }

        var folded = QuotedWords.Blanked(line.Folded);
        foreach (var (start, end) in ClauseReader.Parentheses(folded))
        {
            if (start > 0 && Accountability.StatesRule(folded.Substring(start, end - start)))
            {
                return line.Number;
            }
        }

        return 0;
    }

    // A table's cells are lines too, for the rule (a note row under the table: 注：排在第一位的为牵头单位).
    private static IEnumerable<SourceLine> RuleLines(SourceLine line)
        => line.Table is { } table
            ? table.Rows.SelectMany(r => r.Cells.Where(c => !c.IsMergedCopy).Select(c => SourceLine.Of(r.Line, c.Text.Trim())))
            : new[] { line };
}
