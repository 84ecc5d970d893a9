using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task's own sentences as the last word on who does it: in a document that names its units only in prose, and in a
/// plan of clauses where the task's sentences give its work plainly (<c>由X…</c>, <c>X牵头</c>, <c>X负责推动…</c>), not a
/// resource, a side duty, a case, an earlier year or a higher level's lead reported.
/// </summary>
internal sealed partial class ElementReader
{
    /// <summary>
    /// Gives a task that names no lead anywhere the bodies its own sentences give the work to, where the document
    /// names units in prose alone; says so above the task.
    /// </summary>
    public void ApplyProse(ImportedElement task) => ApplyProse(task, documentInProse: true);

    /// <summary>As <see cref="ApplyProse(ImportedElement)"/>; <paramref name="documentInProse"/> says whether the whole
    /// document names its units in prose, or only this task does (its note says which).</summary>
    public void ApplyProse(ImportedElement task, bool documentInProse)
    {
        // 请各责任单位于5月10日前报送…, a closing word run into the last task: every body the plan names, not its lead.
        if (task.ParagraphsLeadApart || task.Prose is not { } prose || (prose.Clause.Leads.Count > 0 && prose.Clause.Leads.All(UnitShape.NamesTheListedUnits)))
        {
            return;
        }

        if (OtherSubjects(prose.Line, prose.Clause.Leads.Concat(prose.Clause.Supports).ToList()) is { Count: >= 2 } others)
        {
            // 农业办积极开展…。企管站做好…。派出所负责…: sentences that each give a part of the work to another body are a
            // list of duties, not one body's task.
            Review(task, prose.Line, NoteSeverity.Warning, "the task's sentences give its parts to several bodies (" + string.Join("、", prose.Clause.Leads.Concat(others).Distinct())
                + "): none is read as its lead; if each is a task of its own, number them");
            return;
        }

        DropEarlierYears(prose.Clause, task, prose.Line, 0, prose.Line.Folded.Length);
        if (prose.Clause.Leads.Count == 0)
        {
            return;
        }

        Apply(prose.Clause, task, prose.Line, prose.Words);
        Review(task, prose.Line, NoteSeverity.Note, "lead " + string.Join("、", prose.Clause.Leads) + " read from the task's words (" + prose.Words + "): "
            + (documentInProse ? "the document names its units only in prose" : "the task names its units only in its sentences"));
    }

    /// <summary>
    /// True where the task's sentences give its work to its prose lead plainly: 由X…, X牵头, or X负责 alone in its part
    /// (市工业和信息化局负责，推动…), not a body named only beside the work.
    /// </summary>
    public bool GivenPlainly(ImportedElement task)
    {
        if (task.Prose is not { Clause.Leads.Count: > 0 } prose || task.ParagraphsLeadApart)
        {
            return false;
        }

        var words = ChineseText.Fold(prose.Words);
        var listed = prose.Clause.Leads.Concat(prose.Clause.ByConvention ?? new List<string>()).Select(ChineseText.Fold).Distinct().ToList();
        if (listed.Count > 1 && ListOf(words, listed) is { } list)
        {
            // 市公安局、市消防救援支队分别负责…: the bodies of one list are given the work together, as one name would be.
            return GivenPlainly(task, words, list);
        }

        return prose.Clause.Leads.All(lead => GivenPlainly(task, words, ChineseText.Fold(lead)));
    }

    // The words of a list that names every one of `names` and nothing else (A、B和C), where the document prints one.
    private static string? ListOf(string words, List<string> names)
    {
        foreach (var first in names)
        {
            for (var start = words.IndexOf(first, System.StringComparison.Ordinal); start >= 0; start = words.IndexOf(first, start + 1, System.StringComparison.Ordinal))
            {
                var left = names.Where(n => n != first).ToList();
                var end = start + first.Length;
                while (left.Count > 0 && end < words.Length && "、和及与".IndexOf(words[end]) >= 0
                    && left.FirstOrDefault(n => string.CompareOrdinal(words, end + 1, n, 0, n.Length) == 0) is { } next)
                {
                    left.Remove(next);
                    end += 1 + next.Length;
                }

                if (left.Count == 0)
                {
                    return words.Substring(start, end - start);
                }
            }
        }

        return null;
    }

    private bool GivenPlainly(ImportedElement task, string words, string name)
    {
        for (var at = words.IndexOf(name, System.StringComparison.Ordinal); at >= 0; at = words.IndexOf(name, at + 1, System.StringComparison.Ordinal))
        {
            var after = ProseReader.ByDutyEnd(words, at + name.Length) is var shared and > 0 ? shared : at + name.Length;
            // 市卫生健康委要会同市公安局…: the modal before the role word says the role is due, as the role alone does.
            after += UnitShape.ModalWithAdverbAt(words, after) is var modal and > 0
                && RoleWords.VerbAt(words, after + modal).Role is Role.Together or Role.Lead or Role.Accountable ? modal : 0;
            var (verb, role) = RoleWords.VerbAt(words, after);
            role = role == Role.Oversight && RoleWords.InspectionIsTheWork(verb, words, after, task.Prose?.Line.Folded ?? words, name) ? Role.Accountable : role;
            var by = at > 0 && words[at - 1] == '由';
            // 所需资金由县财政局统筹安排, 数据由县统计局负责提供, 2024年由X牵头完成了…: a resource, a side duty or an earlier
            // year's work before the 由, not the task given (评价结果由X牵头通报 is the task's: 牵头 gives it); nor the body
            // named after a verb of asking (争取X牵头).
            var helped = !by && HelpedAt(words, at, name);
            var opens = by ? TaskGivenBefore(task, BeforeBy(words, at - 1), role == Role.Lead) : at == 0 || helped || "，,。；;：: 　".IndexOf(words[at - 1]) >= 0;
            // X会同市市场监管局负责: the side duties are looked for in the work after the partners' names, not in them.
            var field = FieldAfter(words, after);
            field = role == Role.Together && GivesTheWork.Match(field) is { Success: true } given ? field.Substring(given.Index)
                : role == Role.Together ? task.Prose!.Value.Clause.Supports.Aggregate(field, (f, partner) => f.Replace(ChineseText.Fold(partner), string.Empty)) : field;
            if (!opens || SideDuty(field, verb) || AfterCase(words, by ? at - 1 : at))
            {
                continue;
            }

            if (role == Role.Lead || (by && (role is Role.Accountable or Role.Implementer or Role.Together || DoneBy.Any(w => string.CompareOrdinal(words, after, w, 0, w.Length) == 0)))
                || (role == Role.Accountable && verb.Length + after < words.Length && words[after + verb.Length] is '，' or ','))
            {
                return true;
            }

            // The task's words open with the work given: 市人防办会同市应急管理局组织开展…, A、B联合开展…, A、B按职责分工负责…,
            // 在X指导下，Y…, X要配合Y做好… (Y's), 市人防办机关党委负责落实… (a named body, not a scope's 试点城市政府负责落实): as
            // plain as a clause. Not 生态环境部会同有关部门组建…: a policy's partners nobody in particular.
            // X要配合Y，抓好… in a later sentence, the only one to give the task a lead (ProseReader.Sentences): Y's work all the same.
            if (!by && (OpensTheTask(task, words) || (helped && task.Prose!.Value.Clause.LeadIsHelped))
                && (at == 0 || GuidedAt(words, at) || helped)
                && ((role == Role.Together && task.Prose!.Value.Clause.Supports.Count > 0 && !task.Prose.Value.Clause.Supports.Any(ProseReader.IsAnyone))
                    || ProseReader.JointlyAt(words, after) > 0 || (role is Role.None or Role.Implementer && (GuidedAt(words, at) || helped))
                    || (role == Role.Support && at == 0 && verb is "按职责分工负责" or "按职责负责" or "分工负责")
                    || (role == Role.Scope && at == 0 && ProseReader.IsNamedSubject(name) && !UnitShape.IsGroup(name))))
            {
                return true;
            }

            // X负责推动…, opening its sentence or its part (在…指导下，X负责…), and X会同Y负责: X is given the work, where the
            // work follows in the part and no other body is given a part of it (市大数据中心负责平台运维，市数据局负责统筹调度).
            if ((role == Role.Accountable && FieldAfter(words, after + verb.Length).Any(ChineseText.IsHan)
                    || (role == Role.Together && GivesTheWork.IsMatch(FieldAfter(words, after + verb.Length))))
                && !AnotherBodyGiven(words, name, task.Prose!.Value.Clause.Leads.Concat(task.Prose.Value.Clause.Supports).Select(ChineseText.Fold).ToList()))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence read opens the task's words: nothing but its number and title before it (（四）开展演练。X会同Y…), not a
    // later sentence of a policy's paragraph (…。生态环境部会同有关部门对试点工作进行指导).
    private static bool OpensTheTask(ImportedElement task, string words)
    {
        if (task.Prose is not { } prose)
        {
            return false;
        }

        var line = prose.Line.Folded;
        var found = line.IndexOf(words.Substring(0, System.Math.Min(words.Length, MatchedWords)), System.StringComparison.Ordinal);
        if (found < 0)
        {
            return false;
        }

        var before = line.Substring(0, found);
        foreach (var part in new[] { task.Label, task.Title })
        {
            if (part is { Length: > 0 } && before.IndexOf(ChineseText.Fold(part), System.StringComparison.Ordinal) is var partAt and >= 0)
            {
                before = before.Remove(partAt, ChineseText.Fold(part).Length);
            }
        }

        return before.Trim(' ', '　', '。', '.', '：', ':', '*').Length == 0;
    }

    private const int MatchedWords = 12;

    // 在X指导下，`at`: the body the guidance opening the words then names.
    private static bool GuidedAt(string words, int at)
        => at > 2 && words[at - 1] is '，' or ',' && ProseReader.UnderGuidance.IsMatch(words.Substring(0, at - 1));

    // X要配合`at`: the body another opening the words helps.
    private static bool HelpedAt(string words, int at, string name)
        => HelpedOpening.Match(words.Substring(0, at)) is { Success: true } helper && UnitShape.IsOrganisation(helper.Groups[1].Value)
            && !ProseReader.AnotherLevel(helper.Groups[1].Value, words.Substring(at)) && ProseReader.NamedHelped(name);

    private static readonly System.Text.RegularExpressions.Regex HelpedOpening = new(
        @"^([^，,。；;、]{3,30}?)(?:要|应|应当)?(?:积极|主动|全力)?(?:配合|协助)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A part of the words that opens with another body and its 负责 or 牵头.
    private static bool AnotherBodyGiven(string words, string name, List<string> read)
    {
        // 各县（市、区）市场监督管理局: the name's own brackets split no part of the words.
        const string Named = "\u0001";
        foreach (var part in words.Replace(name, Named).Split(PartStops))
        {
            // 市邮政管理局负责督促快递企业、市商务局负责督促外卖平台: after a 、 that ends a part given to a body, another body's
            // part; not the partners of a list (会同市财政局、市市场监管局负责).
            var pieces = part.Split('、');
            for (var k = 0; k < pieces.Length; k++)
            {
                var trimmed = pieces[k].Trim(' ', '　');
                if ((k == 0 || GivesTheWork.IsMatch(pieces[k - 1])) && !trimmed.StartsWith(Named, System.StringComparison.Ordinal)
                    && GivenInPart.Match(trimmed) is { Success: true } given && UnitShape.IsOrganisation(given.Groups[1].Value) && !read.Contains(given.Groups[1].Value)
                    && !ProseReader.ChecksOnly(trimmed.Substring(given.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex GivenInPart = new(@"^(?:由)?([^由]{2,30}?)(?:负责|牵头)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 会同Y负责, 会同Y牵头推进, 会同Y组织实施: the body before 会同 is given the work with Y.
    private static readonly System.Text.RegularExpressions.Regex GivesTheWork = new(@"(?:负责|牵头|组织实施)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The words before a 由 say the task is given (nothing, 这项工作要, 全县…, 按照职责分工, the plan's own year, the task's
    // own work: 互联网医院平台 under 建设互联网医院), or, before 牵头, any part of it; not an earlier year.
    private bool TaskGivenBefore(ImportedElement task, string before, bool leads)
    {
        if (Year.Match(before) is { Success: true } year && (_firstYear() is not { } first || YearOf(year.Groups[1].Value) < first))
        {
            return false;
        }

        // 上级明确由市爱卫办牵头…，我县配合: a higher level's lead, reported in a plan whose own part is to help.
        if (HigherLevelSaid.IsMatch(before))
        {
            return false;
        }

        var title = ChineseText.Fold(task.Title);
        return leads || before.Length == 0 || IsWhen(before) || HowGiven.IsMatch(before) || Scopes.Any(w => before.StartsWith(w, System.StringComparison.Ordinal))
            || WholeTaskOpeners.Any(w => before.StartsWith(w, System.StringComparison.Ordinal))
            || (before.Length >= 2 && title.Contains(before)) || TitleVerbs.FirstOrDefault(v => title.StartsWith(v, System.StringComparison.Ordinal)) is { } v && title.Length - v.Length >= 2 && before.Contains(title.Substring(v.Length));
    }

    private static readonly System.Text.RegularExpressions.Regex HigherLevelSaid = new(
        @"(?:上级|省里|省上|省级|国家|中央|市里|上面|省委|省政府|国务院)[^，,。；;]{0,6}?(?:明确|要求|部署|决定|规定|安排)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex Year = new(@"(\d{4}|[〇零一二三四五六七八九]{4})年", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 对未完成任务的，由X负责问责; 发现隐患的，由X负责督促整改: the field before is a case the body acts in, not the task.
    private static bool AfterCase(string words, int at)
    {
        var opens = at == 0 ? 0 : words.LastIndexOfAny(PartStops, at - 1) + 1;
        if (opens < 2 || words[opens - 1] is not ('，' or ','))
        {
            return false;
        }

        var before = words.LastIndexOfAny(PartStops, opens - 2) + 1;
        return IsCase(words.Substring(before, opens - 1 - before)) || CaseOpensField.IsMatch(words.Substring(before, opens - 1 - before));
    }

    private static readonly System.Text.RegularExpressions.Regex CaseOpensField = new(@"^[ 　]*(?:对|凡|发现|经|涉及)[^，,。；;]*的$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The words of the part before a 由 at `by`, back to the stop or comma before them.
    private static string BeforeBy(string words, int by)
    {
        var opens = by == 0 ? 0 : words.LastIndexOfAny(PartStops, by - 1) + 1;
        return words.Substring(opens, by - opens).Trim(' ', '　');
    }

    // 由X具体承担, 由X承担, 由X组织: the work itself, as 负责 gives it.
    private static readonly string[] DoneBy = { "具体", "承担", "组织", "统筹", "实施", "落实", "承办", "主办" };

    // The rest of the field from `at` (to the next comma or stop).
    private static string FieldAfter(string words, int at)
    {
        var end = words.IndexOfAny(PartStops, System.Math.Min(at, words.Length));
        return words.Substring(at, (end < 0 ? words.Length : end) - at);
    }

    // 负责提供地块数据, 负责拨付, 实施收费监管, 组织验收: what a body gives the work or how it checks it, not the work.
    private static readonly string[] SideDuties = { "提供", "拨付", "筹措", "筹集", "审核", "监督", "监管", "解释", "配合", "验收", "督导" };

    // What a body gives the work or how it checks it is the whole of its part: the part opens or closes with it (负责提供
    // 数据, 负责资金保障, 负责对项目进行监督), not a word inside other work (负责做好老年人权益保障工作, 负责食品安全监督检查).
    internal static bool SideDuty(string field, string verb)
    {
        var work = (verb.Length > 0 && field.StartsWith(verb, System.StringComparison.Ordinal) ? field.Substring(verb.Length) : field).Trim(' ', '　', '、', '，', '。');
        foreach (var opening in new[] { "做好", "搞好", "抓好", "负责" })
        {
            work = work.StartsWith(opening, System.StringComparison.Ordinal) ? work.Substring(opening.Length) : work;
        }

        foreach (var closing in new[] { "等工作", "工作" })
        {
            work = work.EndsWith(closing, System.StringComparison.Ordinal) ? work.Substring(0, work.Length - closing.Length) : work;
        }

        return SideDuties.Any(d => work.StartsWith(d, System.StringComparison.Ordinal) || work.EndsWith(d, System.StringComparison.Ordinal)) || ProseReader.GuidesOnly(work)
            || work.StartsWith("保障", System.StringComparison.Ordinal) || Resources.Any(r => work.EndsWith(r + "保障", System.StringComparison.Ordinal))
            || Provided.Any(r => work.EndsWith(r, System.StringComparison.Ordinal));
    }

    // 负责落实经费, 负责师资, 负责落实项目资金: what the body provides, closing its part.
    private static readonly string[] Provided = { "资金", "经费", "师资", "场地", "用地", "物资", "补助", "补贴资金" };

    private static readonly string[] Resources = { "资金", "经费", "要素", "用地", "财政", "后勤", "物资", "人员", "场地", "供电", "通信", "数据", "技术", "服务" };

    // The bodies other than `named` (the prose's own) that open sentences of the line as the subjects of work of their own
    // (企管站做好…, 农业办积极开展…); not those that only help (县财政局配合…).
    private static List<string> OtherSubjects(SourceLine line, List<string> named)
    {
        var found = new List<string>();
        var folded = line.Folded;
        for (var start = 0; start < folded.Length;)
        {
            var stop = folded.IndexOfAny(new[] { '。', '；', ';', '！', '？' }, start);
            var end = stop < 0 ? folded.Length : stop;
            for (var at = start + 2; at < System.Math.Min(end, start + 16); at++)
            {
                if (SubjectVerbs.Any(v => string.CompareOrdinal(folded, at, v, 0, v.Length) == 0) || UnitShape.ModalAt(folded, at) > 0)
                {
                    var name = line.Text.Substring(start, at - start).Trim(' ', '　', '，', ',');
                    if (UnitShape.IsOrganisation(name) && !UnitShape.IsGroup(name) && !named.Contains(name) && !found.Contains(name))
                    {
                        found.Add(name);
                    }

                    break;
                }
            }

            start = end + 1;
        }

        return found;
    }

    private static readonly string[] SubjectVerbs = { "负责", "牵头", "承担", "做好", "积极", "开展", "加强", "组织" };

    /// <summary>
    /// Gives a task the partners its own sentence names beside the lead something else gave it (牵头单位：县委考核办 under
    /// 考核细则由县委考核办会同县应急管理局制定): the sentence and the field agree on who leads, and the sentence says who helps;
    /// so does a sentence naming partners with no subject (…，会同市应急管理局开展联合检查。由市文化和旅游局负责。). Only where
    /// nothing else names the task's supports.
    /// </summary>
    public void ApplyProsePartners(ImportedElement task)
    {
        // Not where a clause of the task names its supports (（牵头处室：健康促进处；配合处室：各相关处室） after 会同各成员单位深入调研):
        // the clause is the document's word on who helps.
        if (task.Supports.Count > 0)
        {
            return;
        }

        // The task's own line only: a paragraph after the plan's last task (国家发展改革委要会同国务院办公厅加强统筹协调) is the
        // plan's closing word, not that task's.
        var agreed = task.Prose is { } prose && prose.Line.Number == task.Line && prose.Clause.Leads.Count > 0 && prose.Clause.Leads.All(task.Leads.Contains)
            ? prose.Clause.Supports
            : new List<string>();
        foreach (var name in agreed.Concat(task.PartnersOfTheWork).Where(n => task.Leads.Count > 0 && !task.Leads.Contains(n) && !task.Supports.Contains(n)).ToList())
        {
            _units.Mention(name);
            task.AddSupport(name);
        }
    }

    /// <summary>True where the document says every unit of a list that names no lead leads (所列单位均为牵头单位).</summary>
    public bool ListedUnitsLeadTogether => _accountability.AllListedLead;

    /// <summary>How a row's lead cell left open is led by the first of its accountable units, as the document says; <see cref="OpenLead.None"/> where it says nothing.</summary>
    public OpenLead FirstListedWhenLeadOpen => _accountability.FirstListedWhenLeadOpen;

    /// <summary>Gives a task that names no lead anywhere the bodies one of its sentences says must do it.</summary>
    public void ApplySubject(ImportedElement task)
    {
        if (task.Subject is { } subject && task.Leads.Count == 0 && !task.AnsweredByDivision && !task.ParagraphsLeadApart && !(subject.Clause.Leads.Count > 0 && subject.Clause.Leads.All(UnitShape.NamesTheListedUnits)))
        {
            Apply(subject.Clause, task, subject.Line, subject.Words);
        }
    }
}
