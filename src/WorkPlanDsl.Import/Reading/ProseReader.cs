using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Who a task's own sentences give its work to, read as a person reads them: the bodies named before the verb
/// (<c>由X会同Y制定具体办法</c>, <c>X要会同有关部门编制…</c>, <c>由X牵头建立…，A、B配合做好…</c>, <c>具体实施细则由X另行
/// 制定</c>, <c>各区政府负责落实…</c>). A name ends where what the body does starts: a role verb, 要/应当, an adverb
/// (另行, 统一) or an action word (制定, 编制); every name before it must look like an organisation. Without 由, only a
/// role verb (会同, 牵头, 负责) makes the bodies accountable: <c>各区人民政府要建立…</c> tells a body what to do inside a
/// policy, and names no lead.
/// </summary>
internal sealed class ProseReader
{
    // Beyond this a paragraph is not a task's words but a document pasted as one line: not read as prose.
    private const int MaxParagraph = 4000;
    private const int MaxNames = 60;

    // What a body does can start with these too, after its name (由X另行制定, 由X统一组织).
    private static readonly string[] Adverbs =
    {
        "另行", "统一", "具体", "及时", "定期", "共同", "分别", "联合", "会商", "依法", "按照", "根据", "结合", "组织", "研究",

        // 由X督促业主清理, 请X督导Y检讨, 请X先行研议, 请X务必掌握: what a body is asked to do.
        "督促", "督导", "协调", "先行", "先就", "先", "务必", "尽快", "尽速", "持续", "切实", "认真", "全力", "抓紧", "主动",
        "研议", "研商", "研处", "研拟", "检讨", "妥善", "提供", "筹措", "筹划", "筹集", "注意", "尽早",

        // 由X按程序组织实施: a body acting by the procedure.
        "按程序",

        // 请X会同Y完成整治, 请X核实后处理, 请X限期整改: what a directive asks done.
        "完成", "核实", "核查", "处理", "答复", "整改", "限期", "跟踪",
    };

    // The document itself (本意见由X负责解释, 本方案由X负责组织实施, *附：本计划由X负责解释) is no task's work.
    private static readonly Regex AboutTheDocument = new(
        @"^[*_]*(?:附[：:]|注[：:]|说明[：:])?本(?:意见|方案|实施方案|办法|通知|规定|措施|计划|细则|决定|条例|政策|要点|清单|文件)", RegexOptions.CultureInvariant);

    private readonly ClauseReader _clauses;

    public ProseReader(ClauseReader clauses) => _clauses = clauses;

    /// <summary>
    /// A task that opens with its accountable bodies and their verb, the work straight after it without a comma
    /// (<c>各区政府（管委会）负责落实改造后小区长效管理</c>, <c>市发改委牵头制定…</c>): the clause from
    /// <paramref name="from"/> to the verb's end, offsets relative to <paramref name="from"/>. Null otherwise. With
    /// <paramref name="modalSubject"/>, that form only: the bodies, a modal and no role word (<c>公安部门要加大…</c>).
    /// </summary>
    public Clause? Opening(SourceLine line, int from, bool modalSubject = false)
    {
        var folded = line.Folded;
        var at = from;
        while (at < folded.Length && folded[at] is ' ' or '　')
        {
            at++;
        }

        if (folded.Length - from > MaxParagraph || at >= folded.Length)
        {
            return null;
        }

        var stop = FieldEnd(folded, at);
        if (Agent(line, at, stop, requireVerb: true, modalSubject) is not { } found)
        {
            return null;
        }

        var clause = new Clause(0, found.End - from) { ByConvention = found.Clause.ByConvention, LeadsListed = found.Clause.LeadsListed };
        clause.Leads.AddRange(found.Clause.Leads);
        clause.Supports.AddRange(found.Clause.Supports);
        return clause;
    }

    // 常务副县长卞某负总责, 副市长 李某 挂帅: the official answering for the work, a person and no body.
    private static readonly string[] OfficialsRoles = { "负总责", "总负责", "挂帅", "亲自抓", "牵头抓总", "抓总", "负责统筹" };

    /// <summary>
    /// Where the words after an opening official over the work start (<c>常务副县长卞某负总责，县卫生健康局具体负责…</c>: at
    /// 县卫生健康局), or <paramref name="at"/> where the sentence opens with none.
    /// </summary>
    internal static int AfterOfficial(string folded, int at)
        => folded.IndexOfAny(new[] { '，', ',' }, at) is var comma and > 0 && comma - at <= 24 && OfficialInCharge(folded.Substring(at, comma - at)) ? comma + 1 : at;

    private static bool OfficialInCharge(string field)
    {
        var words = field.Trim(' ', '　');
        var role = OfficialsRoles.FirstOrDefault(r => words.EndsWith(r, StringComparison.Ordinal));
        return role is not null && UnitShape.IsOfficial(words.Substring(0, words.Length - role.Length));
    }

    // Whether the words from `start` to `stop` name a body (a level's or a group's name that looks like an organisation).
    private static bool BodyNamed(string folded, int start, int stop)
    {
        for (var k = start; k < stop - 2; k++)
        {
            if (UnitShape.LevelPrefixes.IndexOf(folded[k]) < 0 && folded[k] != '各')
            {
                continue;
            }

            for (var length = 3; length <= MaxBodyName && k + length <= stop; length++)
            {
                if (UnitShape.IsOrganisation(folded.Substring(k, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MaxBodyName = 20;

    /// <summary>
    /// 区委宣传部、区文明办指导，区直机关工委…负责…: bodies that only guide, alone in a sentence's first field; the work is
    /// given in the fields after it, as after 在X指导下.
    /// </summary>
    private static bool GuidesAlone(SourceLine line, (int Start, int Stop) field)
    {
        var words = line.Text.Substring(field.Start, field.Stop - field.Start).Trim(' ', '　');
        var folded = ChineseText.Fold(words);
        var guide = GuideEndings.FirstOrDefault(e => folded.EndsWith(e, StringComparison.Ordinal));
        if (guide is null || folded.Length <= guide.Length + 2)
        {
            return false;
        }

        var names = ClauseReader.Names(words.Substring(0, words.Length - guide.Length), folded.Substring(0, folded.Length - guide.Length));
        return names.Count > 0 && names.All(n => !n.Tail && UnitShape.IsOrganisation(n.Name) && !UnitShape.IsGroup(ChineseText.Fold(n.Name)));
    }

    private static readonly string[] GuideEndings = { "负责业务指导", "负责指导", "业务指导", "加强指导", "指导" };

    /// <summary>在区应急管理局（的）指导下: whose guidance the work is done under, before the subject that does it.</summary>
    internal static readonly System.Text.RegularExpressions.Regex UnderGuidance = new(
        @"^在[^，,。；;]{2,40}?的?(?:业务)?指导下$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The bodies the sentences of a paragraph give its work to: a sentence's subject with a role verb, a 由 at the
    /// start of a field or inside one, and the bodies 配合 in the fields after it. Null where no sentence does, or
    /// where two name different leads (the words do not say who leads the task).
    /// </summary>
    public (Clause Clause, string Words)? Sentences(SourceLine line, int from)
    {
        var folded = line.Folded;
        if (folded.Length - from > MaxParagraph)
        {
            return null;
        }

        var found = new List<(Clause Clause, string Words)>();
        foreach (var (start, stop) in Split(folded, from, folded.Length, "。；;！？!?"))
        {
            if (AboutTheDocument.IsMatch(folded.Substring(start, stop - start).TrimStart(' ', '　')))
            {
                continue;
            }

            Clause? agent = null;
            var fields = Fields(line, start, stop);

            // 会议议定，由X牵头…; 会议决定，交由X办理: what the meeting decided opens the sentence it says.
            var opening = start;
            if (fields.Count >= 2 && MeetingDecided.IsMatch(folded.Substring(fields[0].Start, fields[0].Stop - fields[0].Start).Trim(' ', '　')))
            {
                fields.RemoveAt(0);
                opening = fields[0].Start;

                // 会议议定，县住建局会同县财政局负责，统筹…: the decision's first part is the whole clause.
                var (first, last) = fields[0];
                if (_clauses.ReadStatement(line.Text.Substring(first, last - first), folded.Substring(first, last - first), line.Number) is { Leads.Count: > 0, NotUnits.Count: 0, Unread.Count: 0 } decided)
                {
                    found.Add((decided, line.Text.Substring(start, stop - start).Trim()));
                    continue;
                }
            }

            // 在区应急管理局指导下，各街道办事处负责组织实施: the subject after the guidance opens the sentence; so it does after
            // the official over the work (常务副县长卞某负总责，县卫生健康局具体负责推进…).
            var guided = fields.Count >= 2 && (UnderGuidance.IsMatch(folded.Substring(fields[0].Start, fields[0].Stop - fields[0].Start).Trim(' ', '　'))
                || GuidesAlone(line, fields[0]));
            if (guided || (fields.Count >= 2 && OfficialInCharge(folded.Substring(fields[0].Start, fields[0].Stop - fields[0].Start))))
            {
                fields.RemoveAt(0);
                opening = fields[0].Start;
            }

            if (fields.Count >= 2 && LeadBeforeSupporters(line, fields) is { } named)
            {
                found.Add((named, line.Text.Substring(start, stop - start).Trim()));
                continue;
            }

            // Whether a field so far gave someone a role or spoke of work done (see NothingGiven): kept as the fields go.
            var givenBefore = false;
            var agentField = -1;
            for (var k = 0; k < fields.Count; k++)
            {
                var (fieldStart, fieldStop) = fields[k];
                givenBefore |= k > 0 && !NothingGiven(folded, fields[k - 1]);
                if (agent is null && k == 1 && fields.Count >= 3 && MeetingSaid(folded, fields[0].Start) && GivenAt(folded, fieldStart, fieldStop) is var givenAt and >= 0
                    && LeadBeforeSupporters(line, new[] { (givenAt, fieldStop) }.Concat(fields.Skip(k + 1)).ToList()) is { } given)
                {
                    // 会议原则同意《方案》，具体由X负责，Y配合做好…: the work given in a field of its own after what the meeting
                    // agreed (not 去年，由X负责，建成…: what was done).
                    agent = given;
                    break;
                }

                if (agent is null && k > 0 && fields.Count - k >= 2 && !givenBefore
                    && LeadBeforeSupporters(line, fields.Skip(k).ToList()) is { } later)
                {
                    // 引进博士15名，人力资源部负责，科研教学部配合…; 分管副院长刘建平牵头，麻醉手术中心具体负责，…: who leads, alone
                    // in a field after the work's words or after the official over it.
                    agent = later;
                    break;
                }

                if (agent is null && k > 0 && HandedOnOnceDone(folded, fields[k - 1], fieldStart))
                {
                    // 验收合格后，移交县城管局负责管护: who takes over what the task builds does not do the task.
                    continue;
                }

                if (agent is null && OpensWithPast(folded, fieldStart))
                {
                    // 去年由县商务局牵头建成农贸市场2个，今年继续推进: what a body did before gives it nothing now.
                    continue;
                }

                if (agent is null)
                {
                    // 编研《…》专题史料，县档案馆负责编研，…: after fields that give nobody anything, a field opening with a body
                    // and its role verb gives it the work as a sentence's subject does; not a side duty (…，县财政局负责资金保障).
                    var opensAfterWork = fieldStart != opening && k > 0 && !givenBefore && !fields.Take(k).Any(f => HasSubject(folded, f));
                    agent = AgentIn(line, fieldStart, fieldStop, opensSentence: fieldStart == opening || opensAfterWork, afterGuidance: guided && fieldStart == opening);
                    agent = agent is not null && opensAfterWork && AccountableFor(line, fields[k]) is { } part && ElementReader.SideDuty(part.Work, string.Empty) ? null : agent;
                    agentField = k;
                }
                else if (agentField >= 0 && AccountableFor(line, fields[k]) is { } second && Overall(second.Work)
                    && AccountableFor(line, fields[agentField]) is { } first && !Overall(first.Work)
                    && !second.Names.Any(n => agent.Leads.Contains(n) || agent.Supports.Contains(n)))
                {
                    // 市大数据中心负责平台运维，市数据局负责统筹调度: the body of the part over the others' (统筹) leads, the
                    // other supports. Where each part is a share of the work (县气象局负责发布…，县林业局负责视频监控…),
                    // readers differ on whether the second leads too: it is left out.
                    agent.Supports.AddRange(agent.Leads.Where(n => !agent.Supports.Contains(n)));
                    agent.Leads.Clear();
                    agent.Leads.AddRange(second.Names);
                }
                else if (Supporters(line, fieldStart, fieldStop) is { } supporters)
                {
                    // 由X牵头建立…，A、B配合做好…: the bodies that 配合 in a later field of the same sentence.
                    agent.Supports.AddRange(supporters.Where(n => !agent.Supports.Contains(n) && !agent.Leads.Contains(n)));
                }
            }

            // 市人社局牵头。同时，市农业农村局要配合市乡村振兴局，做好…: another body named before, the help is a side of the
            // work (not where the body helped is the one named: 县文旅局牵头；县住建局要配合县文旅局做好…).
            if (agent is { LeadIsHelped: true } && BodyNamed(folded, from, start)
                && !agent.Leads.All(l => folded.IndexOf(ChineseText.Fold(l), from, start - from, StringComparison.Ordinal) >= 0))
            {
                agent = null;
            }

            if (agent is not null)
            {
                found.Add((agent, line.Text.Substring(start, stop - start).Trim()));
            }
        }

        // 县卫健委负责…。县医保局要配合县财政局，做好…: the body helped leads only where no other sentence names another
        // lead (县住建局要配合县文旅局… after 县文旅局牵头 adds its support).
        if (found.Where(f => !f.Clause.LeadIsHelped).Select(f => string.Join("、", f.Clause.Leads)).FirstOrDefault() is { } plain)
        {
            found.RemoveAll(f => f.Clause.LeadIsHelped && string.Join("、", f.Clause.Leads) != plain);
        }

        if (found.Count == 0 || found.Select(f => string.Join("、", f.Clause.Leads)).Distinct().Count() > 1)
        {
            return null;
        }

        var clause = new Clause(0, 0) { ByConvention = found[0].Clause.ByConvention, LeadsListed = found[0].Clause.LeadsListed, LeadIsHelped = found.All(f => f.Clause.LeadIsHelped) };
        clause.Leads.AddRange(found[0].Clause.Leads);
        clause.Supports.AddRange(found.SelectMany(f => f.Clause.Supports).Distinct());
        return (clause, string.Join("……", found.Select(f => f.Words)));
    }

    // The field gives nobody a role (or only an official one, 分管副院长X牵头) and says nothing done already (去年，由X负责，
    // 建成…): a lead's field may follow it.
    private static bool NothingGiven(string folded, (int Start, int Stop) span)
    {
        var field = folded.Substring(span.Start, span.Stop - span.Start).Trim(' ', '　');
        return !PastWords.Any(w => field.StartsWith(w, StringComparison.Ordinal)) && !Year.IsMatch(field) && field.IndexOf('了') < 0
            && field.IndexOf('由') < 0 && (!RoleWords.HasRole(field) || ClauseReader.HeadedByPerson(field));
    }

    private static bool OpensWithPast(string folded, int at)
    {
        while (at < folded.Length && folded[at] is ' ' or '　')
        {
            at++;
        }

        return PastWords.Concat(ElementReader.PastWords).Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0);
    }

    // 建成后，移交X负责运营, 建成后移交X…: words that end when the work is done (…后, not 今后), then handing it on (not
    // 机构改革后改由X负责: who has the work now).
    internal static bool HandedOnOnceDone(string folded, (int Start, int Stop) before, int at)
    {
        var field = folded.Substring(before.Start, before.Stop - before.Start).Trim(' ', '　', '，', ',');
        while (at < folded.Length && folded[at] is ' ' or '　')
        {
            at++;
        }

        return field.EndsWith("后", StringComparison.Ordinal) && !field.EndsWith("今后", StringComparison.Ordinal)
            && HandedOn.Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0);
    }

    private static readonly string[] HandedOn = { "移交", "交由", "交给", "移送", "交付" };

    private static readonly string[] PastWords = { "去年", "上年", "前年", "此前", "以往", "过去", "往年", "曾经", "近年来", "近年", "前期", "已" };

    // 2023年，X负责…: a year's work, which may be done already; not this task's roles for sure.
    private static readonly Regex Year = new(@"\d{4}年", RegexOptions.CultureInvariant);

    // …，围绕…制定了考核办法: the sentence from `at` to its end tells what was done (了, 已), not a task given.
    private static bool DoneInSentence(string folded, int at)
    {
        var end = folded.IndexOfAny(new[] { '。', '；', ';', '！', '？' }, at);
        var rest = folded.Substring(at, (end < 0 ? folded.Length : end) - at);
        return rest.IndexOf('了') >= 0 || rest.Contains("已经") || rest.Contains("已于") || rest.Contains("已完成");
    }

    // 会议原则同意…, 经研究…: the sentence says what a meeting agreed.
    private static bool MeetingSaid(string folded, int at)
    {
        while (at < folded.Length && folded[at] is ' ' or '　')
        {
            at++;
        }

        return string.CompareOrdinal(folded, at, "会议", 0, 2) == 0 || string.CompareOrdinal(folded, at, "经研究", 0, 3) == 0;
    }

    // Where 由 opens a field (由X负责, 具体由X负责), or -1.
    private static int GivenAt(string folded, int start, int stop)
    {
        while (start < stop && folded[start] is ' ' or '　')
        {
            start++;
        }

        start += string.CompareOrdinal(folded, start, "具体", 0, 2) == 0 ? 2 : 0;
        return start < stop && ClauseReader.IsAgentBy(folded, start) ? start : -1;
    }

    /// <summary>A meeting's decision opening a sentence: 会议议定, 会议要求, 经研究决定, 会议原则同意.</summary>
    internal static readonly Regex MeetingDecided = new(
        "^(?:会议|经)(?:研究)?(?:原则)?(?:议定|决定|要求|明确|同意|确定|商定|强调|指出)$", RegexOptions.CultureInvariant);

    // The agent of a field: its subject where it opens the sentence or starts with 由, else after a 由 inside it.
    private Clause? AgentIn(SourceLine line, int start, int stop, bool opensSentence, bool afterGuidance = false)
    {
        var folded = line.Folded;
        while (start < stop && folded[start] is ' ' or '　')
        {
            start++;
        }

        if (start >= stop)
        {
            return null;
        }

        if ((opensSentence || IsAgentAt(folded, start)) && Agent(line, start, stop, requireVerb: !IsAgentAt(folded, start), afterGuidance: afterGuidance) is { } atStart)
        {
            return atStart.Clause;
        }

        // 具体实施细则由X另行制定, 惟后续仍请X务必…: the work's agent after 由 or 请, inside the field.
        for (var i = start + 1; i < stop; i++)
        {
            if (IsAgentAt(folded, i) && Agent(line, i, stop, requireVerb: false, opensField: false) is { } inside)
            {
                return inside.Clause;
            }
        }

        return null;
    }

    /// <summary>
    /// [由] names [要/应当] then 会同 names, 牵头, 负责 (负责落实), or, after 由, whatever the body does: the clause
    /// and where its verb ends. Null where the names are not all organisations, or no lead comes of them.
    /// </summary>
    private (Clause Clause, int End)? Agent(SourceLine line, int at, int stop, bool requireVerb, bool modalSubject = false, bool opensField = true, bool afterGuidance = false)
    {
        var folded = line.Folded;
        var by = IsAgentAt(folded, at);
        var start = by ? at + 1 : at;

        // 由由义镇政府牵头: the second 由 is the name's, which a clause rebuilt from the names would take for the agent's.
        if (by && start < stop && folded[start] == '由')
        {
            return null;
        }
        // 请X，增设…: a directive's addressee may fill its field.
        var namesEnd = NamesEnd(line, start, stop, wholeField: by && folded[at] == '请' && stop < folded.Length && folded[stop] is '，' or ',');
        if (namesEnd < 0)
        {
            return null;
        }

        var names = line.Text.Substring(start, namesEnd - start);
        if (UnitShape.LevelPrefixes.IndexOf(folded[start]) < 0 && WhenBeforeBody.IsMatch(folded.Substring(start, namesEnd - start)))
        {
            // 前期县交通运输局负责完成了…: a time glued before the body's level is no part of its name.
            return null;
        }

        var when = WhenEnd(folded, namesEnd) is var occasion and > 0 ? occasion : ByDutyEnd(folded, namesEnd);
        var afterWhen = when > 0 ? when : namesEnd;
        if (afterWhen > stop)
        {
            // 县发改委在收购期间，负责…: the verb's field is the one after the phrase's comma.
            stop = FieldEnd(folded, afterWhen);
        }

        var verbAt = afterWhen + UnitShape.ModalAt(folded, afterWhen);
        var (word, role) = RoleWords.VerbAt(folded, verbAt);
        if (role == Role.None && UnitShape.ModalWithAdverbAt(folded, afterWhen) is var withAdverb and > 0
            && RoleWords.VerbAt(folded, afterWhen + withAdverb) is var helping && helping.Word is "配合" or "协助")
        {
            // 区委组织部要主动配合区纪委监委: how willingly stands between the modal and the help.
            verbAt = afterWhen + withAdverb;
            (word, role) = helping;
        }

        if (role == Role.Oversight && RoleWords.InspectionIsTheWork(word, folded, verbAt, folded, folded.Substring(start, namesEnd - start)))
        {
            role = Role.Accountable;
        }

        // 原明确由县城管局牵头负责的事项: the role describes a thing, it does not give the work; 市文化馆负责节目的组织实施。
        // (no 由 before the body) ends its clause with a work after the 的: that is the work it gives.
        // 参与由X牵头组织的…: a 由 before the body or inside the words read as its name.
        // 由县公安局负责会场周边的安全保卫工作: a 由 opening the field gives the work the 的 ends with, as without it.
        var byInside = (by && !opensField) || Enumerable.Range(System.Math.Max(0, start - 1), namesEnd - System.Math.Max(0, start - 1)).Any(i => i != at && ClauseReader.IsAgentBy(folded, i));
        if (ClauseReader.DescribesAt(folded, verbAt) && (byInside || !WorkEndsClause(folded, verbAt)))
        {
            return null;
        }

        // X要… and no other form: the caller reads every other form of responsibility as the clauses they are.
        // X要会同Y…: the body that must act, with the partners it must work with.
        if (modalSubject && (by || verbAt == afterWhen || role is not (Role.None or Role.Implementer or Role.Together)))
        {
            return null;
        }

        string statement;
        var end = verbAt + word.Length;
        var partnersFillField = false;
        var helpedAcross = false;
        var helped = false;
        var joint = false;
        switch (role)
        {
            case Role.Together:
                // X要会同Y，按照…: after a modal, the partners may fill the field; so may they opening a sentence (县发改局会同
                // 县住建局、县自然资源局，围绕…谋划…), the work in the fields after them.
                var partnersFill = verbAt > afterWhen || (opensField && !by && stop < folded.Length && folded[stop] is '，' or ',' && !DoneInSentence(folded, stop));
                var partnersEnd = NamesEnd(line, end, stop, wholeField: partnersFill);
                if (partnersEnd < 0)
                {
                    return null;
                }

                // X要会同Y，配合Z做好…: the work the partners join is another's to lead.
                if (SupportsNext(folded, partnersEnd))
                {
                    return null;
                }

                statement = names + "会同" + line.Text.Substring(end, partnersEnd - end) + "负责";
                end = partnersEnd;
                partnersFillField = partnersFill;
                break;
            case Role.Support when word is "配合" or "协助":
                // 市公安局、市建委配合市交通运输局负责…: those before the word support the body after it, who leads. Not
                // 协同 (together with): whether the body before or after it leads, the words do not say.
                // 县档案局要配合县委办公室做好…: so too where the work follows the body helped.
                var leadEnd = NamesEnd(line, end, stop);
                if (leadEnd < 0 && stop < folded.Length && folded[stop] is '，' or ',' && HelpedAtWork(folded, stop))
                {
                    // 区委组织部要配合区纪委监委，抓好…: the body helped fills its field, the work after the comma.
                    leadEnd = NamesEnd(line, end, stop, wholeField: true);
                    helpedAcross = leadEnd == stop;
                }

                // 县财政局要积极配合县发改局牵头的项目评审: the lead describes the thing helped with, no lead of this work.
                if (leadEnd < 0 || ClauseReader.DescribesAt(folded, leadEnd) || (RoleWords.VerbAt(folded, leadEnd).Role is not (Role.Accountable or Role.Lead)
                    && !(HelpedAtWork(folded, leadEnd) && !AnotherLevel(folded.Substring(start, namesEnd - start), folded.Substring(end, leadEnd - end))
                        && NamedHelped(line.Text.Substring(end, leadEnd - end)))))
                {
                    return null;
                }

                statement = line.Text.Substring(end, leadEnd - end) + "牵头，" + names + "配合";
                end = leadEnd;
                helped = true;
                break;
            case Role.Support when !by && word is "按职责分工负责" or "按职责负责" or "分工负责" && end < stop && ChineseText.IsHan(folded[end]):
                // 县民政局、县医疗保障局按职责分工负责婚姻登记、医疗保障等…: opening the sentence with nobody leading
                // before them, the bodies answer for the work each in its remit, a list that names no lead.
                statement = names + "负责";
                break;
            case Role.Lead:
                statement = names + "牵头";
                break;
            case Role.Accountable or Role.Scope when !GuidesOnly(folded.Substring(end, FieldEnd(folded, end) - end)):
                statement = names + "负责";
                break;
            case Role.None when by && !requireVerb:
                statement = names + "负责";
                end = namesEnd;
                break;
            case Role.None when !by && JointlyAt(folded, verbAt) is var jointly and > 0:
                // 县档案馆和县委党史研究室联合开展…, A、B共同推进…: the bodies the work is given to together, a list that
                // names no lead, as （A、B负责） is.
                statement = names + "负责";
                end = verbAt + jointly;
                joint = true;
                break;
            case Role.None or Role.Implementer when afterGuidance && !by && IsGuidedSubject(names) && !GivesOthersTheLead(folded, verbAt, stop):
                // 在县档案局指导下，县直各单位要严格执行…: under another's guidance, the body the sentence then opens with does the work.
                statement = names + "负责";
                end = verbAt;
                break;
            case Role.None or Role.Implementer when modalSubject && IsNamedSubject(names) && !GivesOthersTheLead(folded, verbAt, stop):
                // 公安部门要对超载车辆加大检查力度, 教务处要落实好…: a task that opens with the bodies that must do it.
                statement = names + "负责";
                end = verbAt;
                break;
            default:
                return null;
        }

        // The work follows in the same field (由X牵头建立…): a field that is only names and a verb (市商务局牵头，…) is a
        // clause's form, which the clause reader reads whole or not at all.
        // 请X，增设…: a directive names its addressee alone in the field, the work in the next.
        // X要会同Y，按照…: the modal makes it a directive whose work is the next field's.
        var work = end + (role is Role.Together or Role.Support ? RoleWords.VerbAt(folded, end).Word.Length : 0);
        // X要会同Y抓好落实: the partners' verb is all the work there is, which the clause reader does not read after a modal.
        var directed = role == Role.Together && partnersFillField
            && ((stop < folded.Length && folded[stop] is '，' or ',') || (verbAt > afterWhen && RoleWords.VerbAt(folded, end).Role is Role.Support or Role.Implementer or Role.Scope or Role.Accountable));
        if (folded.Substring(work, stop - work).Trim(' ', '　', '。', '；', ';', '，', ',').Length == 0 && !(by && folded[at] == '请' && stop < folded.Length && folded[stop] is '，' or ',') && !directed && !helpedAcross)
        {
            return null;
        }

        var clause = _clauses.ReadStatement(statement, ChineseText.Fold(statement), line.Number);
        if (clause is null || clause.Leads.Count == 0 || clause.NotUnits.Count > 0 || clause.Unread.Count > 0 || clause.Leads.Any(IsAnyone) || (joint && clause.Leads.Count + (clause.ByConvention?.Count ?? 0) < 2))
        {
            return null;
        }

        clause.LeadIsHelped = helped;
        return (clause, end);
    }

    // 市公安局、市消防救援支队按照职责分工，分别负责…: how the bodies share the work, between them and their verb, as an
    // occasion stands (see WhenEnd); 0 where no such phrase and a role verb after it start at `at`.
    internal static int ByDutyEnd(string folded, int at)
    {
        if (ByDuty.Match(folded, at) is not { Success: true } phrase)
        {
            return 0;
        }

        var end = at + phrase.Length;
        return RoleWords.VerbAt(folded, end).Role is Role.Lead or Role.Accountable || string.CompareOrdinal(folded, end, "分别", 0, 2) == 0 ? end : 0;
    }

    private static readonly Regex ByDuty = new(@"\G(?:按照|按|根据|依照|依据)(?:各自)?(?:职责分工|职能职责|职责)[，,]", RegexOptions.CultureInvariant);

    // What a body may be in charge of the whole of (活动的总协调, 节目的组织实施), not a thing it is named beside (事项, 项目).
    private static readonly string[] Works =
    {
        "协调", "组织", "实施", "宣传", "保障", "后勤", "落实", "管理", "指导", "调度", "统筹", "监督", "督导", "服务", "接待",
        "联络", "筹备", "审核", "培训", "验收", "安保", "布置", "推进", "供应", "整治", "监管", "执法", "审批", "维护", "运行", "筹措",
        "发放", "统计", "检查", "督查", "考核", "对接", "申报", "报道", "评估", "安排", "部署", "保卫", "疏导", "拨付", "调拨",
    };

    // Doings that may stand between a role and its 的 beyond the action and adverb words: 编制, 建成, 起草 ….
    private static readonly string[] Doings = { "编制", "建成", "起草", "承办", "主办", "举办", "开发", "设计", "修订", "审定", "印发" };

    // 已移交, 将纳入, 曾由: the thing is spoken of, done or to come, not given as work.
    private static readonly string[] Tenses = { "已", "将", "曾", "正在" };

    // After the role's 的, a work, then the clause's end (活动的总协调；, 收购资金的及时足额供应。): the work is the verb's object.
    private static bool WorkEndsClause(string folded, int verbAt)
    {
        // 负责活动的…, not 负责的项目由Y…: what the work is of stands between the verb and its 的.
        var after = verbAt;
        while (after < folded.Length && RoleWords.VerbAt(folded, after).Word is { Length: > 0 } verb)
        {
            after += verb.Length;
        }

        var of = folded.IndexOf('的', verbAt);
        if (of <= after)
        {
            return false;
        }

        // 牵头组织的宣传活动, 负责编制的规划: a doing between the verb and its 的 describes the thing; what the work is of
        // (活动, 收购资金) is a noun.
        if (UnitShape.ActionAt(folded, after) > 0 || Adverbs.Any(a => string.CompareOrdinal(folded, after, a, 0, a.Length) == 0)
            || Doings.Any(d => string.CompareOrdinal(folded, after, d, 0, d.Length) == 0))
        {
            return false;
        }

        var end = of + 1;
        while (end < folded.Length && "；;。，,！!？?".IndexOf(folded[end]) < 0)
        {
            end++;
        }

        // 工程移交属地乡镇, 项目由县财政局统筹: the thing handed to another is not the body's work. 安全保卫工作 is 安全保卫's.
        var thing = folded.Substring(of + 1, end - of - 1);
        thing = thing.Length > 4 && (thing.EndsWith("工作", StringComparison.Ordinal) || thing.EndsWith("任务", StringComparison.Ordinal)) ? thing.Substring(0, thing.Length - 2) : thing;
        if (thing.Length > 12 || Tenses.Any(t => thing.Contains(t)) || thing.Contains('由') || thing.Contains("移交") || thing.Contains("交给"))
        {
            return false;
        }

        // No 要/应 outside the work's own word (供应 holds 应): nothing is said of the thing after it.
        foreach (var work in Works)
        {
            var rest = thing.StartsWith(work, StringComparison.Ordinal) ? thing.Substring(work.Length)
                : thing.EndsWith(work, StringComparison.Ordinal) ? thing.Substring(0, thing.Length - work.Length) : null;
            if (rest is not null && Enumerable.Range(0, rest.Length).All(i => UnitShape.ModalAt(rest, i) == 0))
            {
                return true;
            }
        }

        return false;
    }

    // 各单位, 各部门: everyone, no body of the plan's in particular.
    private static readonly HashSet<string> GenericGroups = new(StringComparer.Ordinal) { "各单位", "各部门", "各机关", "各单位部门", "各有关单位", "各相关单位" };

    // 联合开展, 共同推进, 共同发起: doing the work together (not 共同负责 or 联合牵头, role words of their own).
    internal static int JointlyAt(string folded, int at)
        => (string.CompareOrdinal(folded, at, "联合", 0, 2) == 0 || string.CompareOrdinal(folded, at, "共同", 0, 2) == 0)
            && at + 2 < folded.Length && ChineseText.IsHan(folded[at + 2]) && RoleWords.VerbAt(folded, at + 2).Role is Role.None or Role.Implementer
            ? 2 : 0;

    /// <summary>
    /// True where two bodies stand at different levels (县水利局, 市水利局): a county's 县水利局要配合市水利局做好… is the county
    /// body's own task in its plan, not the city body's to lead.
    /// </summary>
    internal static bool AnotherLevel(string helper, string helped)
        => helper.Length > 0 && helped.Length > 0 && UnitShape.LevelPrefixes.IndexOf(helper[0]) >= 0 && UnitShape.LevelPrefixes.IndexOf(helped[0]) >= 0
            && helper[0] != helped[0];

    // After the body a 配合 helps, past a comma: the work it is helped in (做好…, 开展…, 推进…); not a word that may go on
    // a name (县委组织部).
    private static bool HelpedAtWork(string folded, int at)
    {
        at += at < folded.Length && folded[at] is '，' or ',' ? 1 : 0;
        return HelpedWork.Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0);
    }

    private static readonly string[] HelpedWork = { "做好", "开展", "推进", "抓好", "搞好", "完成" };

    /// <summary>The bodies a 配合 helps, where they lead: named bodies (县委组织部、县人社局), not a kind (县直部门) or a group.</summary>
    internal static bool NamedHelped(string names)
    {
        var folded = ChineseText.Fold(names);
        var found = ClauseReader.Names(names, folded).Where(n => !n.Tail).ToList();
        return found.Count > 0 && found.All(n => UnitShape.IsOrganisation(n.Name) && !UnitShape.IsGroup(ChineseText.Fold(n.Name)) && !IsAnyone(n.Name)
            && !ChineseText.Fold(n.Name).Contains("直") && IsNamedSubject(n.Name));
    }

    // Who a sentence opening 在X指导下 then names: bodies, or every one of a kind (各街道办事处, 县直各单位); not anyone concerned.
    private static bool IsGuidedSubject(string words)
    {
        var folded = ChineseText.Fold(words);
        var names = ClauseReader.Names(words, folded).Where(n => !n.Tail).ToList();
        return IsNamedSubject(words) || (names.Count > 0 && names.All(n => UnitShape.IsOrganisation(n.Name) && !IsAnyone(n.Name) && !ChineseText.Fold(n.Name).Contains("级")
            && !GenericGroups.Contains(ChineseText.Fold(n.Name))));
    }

    // 县财政局要积极配合县发改局牵头的评审, 市公安局要把该项工作交由各分局负责, 市财政局要不要…: the body that must do
    // something supports, works under another's lead, hands the work on, or is asked whether it must.
    private static bool GivesOthersTheLead(string folded, int from, int stop)
    {
        if (folded[from] == '不' || (from > 0 && folded[from - 1] == '不') || HandsOn.Any(w => folded.IndexOf(w, from, stop - from, StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        // The verb the modal brings (要落实…, 要组织…) is the subject's own; a role word after it is someone else's
        // (要把巡逻工作交给各分局负责, 要安排各街道具体负责).
        var own = from + RoleWords.VerbAt(folded, from).Word.Length;
        for (var i = from; i < stop; i++)
        {
            if (RoleWords.VerbAt(folded, i).Role is Role.Support or Role.Lead or Role.Together or Role.Guidance or Role.Oversight
                || (i >= own && RoleWords.VerbAt(folded, i).Role is Role.Accountable or Role.Scope)
                || (i >= own && RoleWords.VerbAt(folded, i).Role is Role.Implementer && NamedBefore(folded, own, i))
                || ClauseReader.IsAgentBy(folded, i))
            {
                return true;
            }
        }

        return false;
    }

    // After the partners, past a comma and 积极/主动/并: 配合, 协助 or 协同 brings in another's work.
    private static bool SupportsNext(string folded, int at)
    {
        while (at < folded.Length && folded[at] is '，' or ',' or ' ' or '　')
        {
            at++;
        }

        foreach (var adverb in new[] { "积极", "主动", "并", "全力" })
        {
            if (string.CompareOrdinal(folded, at, adverb, 0, adverb.Length) == 0)
            {
                at += adverb.Length;
                break;
            }
        }

        // 抓好落实, 按职责分工负责, 配合实施: the partners' share of the work itself, nobody else's to join.
        return at < folded.Length && RoleWords.VerbAt(folded, at).Word is "配合" or "协助" or "协同" or "协作" or "参与" or "参加";
    }

    // 要安排各街道落实: 落实 is someone else's only after a body's name; 检查制度的制定和落实情况, 要认真落实 is the
    // subject's own work.
    private static bool NamedBefore(string folded, int from, int at)
    {
        for (var k = System.Math.Max(from, at - MaxNamed); k <= at - 2; k++)
        {
            var name = folded.Substring(k, at - k);
            if ((UnitShape.LevelPrefixes.IndexOf(name[0]) >= 0 || name[0] == '各') && UnitShape.IsOrganisation(name))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxNamed = 16;

    // The work passed to another body: 交给, 交由, 下放至, 委托给, 授权, 移交, 指定各区…承办, 明确各区住建局为责任主体.
    private static readonly string[] HandsOn = { "交给", "交由", "交各", "移交", "下放", "委托", "授权", "指定", "明确", "办理", "承办", "行使", "责任主体" };

    // 市公安局, 公安部门, 教务处, 各区、各有关部门, 各县（市、区）人民政府: bodies a task may open with as the ones that
    // must do it; the first named by its level, its field or its own office's name, or every place of a level. Not
    // 学校要…, 各级政府要…, 有关部门要…, 各单位要…, 市直各部门要…, 各学校要…: a kind of body, every level, anyone concerned,
    // a call to everyone.
    internal static bool IsNamedSubject(string words)
    {
        // …和图书馆等相关单位: the words after 等 say there are others, whom the statement leaves out. 市审计局认为县财政局,
        // “市公安局: someone's words about a body, or a quotation, never the body itself.
        var folded = ChineseText.Fold(words);
        var names = ClauseReader.Names(words, folded).Where(n => !n.Tail).ToList();
        if (names.Count == 0 || names.Any(n => !UnitShape.IsOrganisation(n.Name) || ChineseText.Fold(n.Name).Contains("级"))
            || folded.IndexOfAny(new[] { '“', '”', '"', '‘', '’', '「', '」', '『', '』', '\'' }) >= 0
            || ReportingWords.Any(w => folded.Contains(w)))
        {
            return false;
        }

        var first = ChineseText.Fold(names[0].Name);
        return UnitShape.IsGroup(first)
            ? EveryPlace.IsMatch(UnitShape.WithoutParentheses(first))
            : (UnitShape.LevelPrefixes.IndexOf(first[0]) >= 0 && !KindsByLevel.Any(k => first.Substring(1).StartsWith(k, StringComparison.Ordinal)))
                || (first.Length > 4 && first.StartsWith("街道", StringComparison.Ordinal) && !KindsByLevel.Any(k => first.Substring(2).StartsWith(k, StringComparison.Ordinal)))
                || UnitShape.IsSectorDepartment(first) || first == "办公室"
                || (first.Length >= 3 && PlaceGovernments.Any(e => first.EndsWith(e, StringComparison.Ordinal)) && UnitShape.IsOrganisation(first))
                || (first.Length >= 3 && OfficeEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal) && first.Length - e.Length >= 2)
                    && !Rooms.Any(r => first.EndsWith(r, StringComparison.Ordinal)) && !first.EndsWith("公司", StringComparison.Ordinal));
    }

    // 各区, 各县市区, 各乡镇, 各县（市、区）人民政府, 各村（社区）: every place of a level, or its government; not 各县直部门,
    // 各乡镇卫生院.
    private static readonly Regex EveryPlace = new("^各(?:[" + UnitShape.LevelPrefixes + "、村]|社区)+(?:人民政府|政府|党委|管委会|村委会|居委会)?$", RegexOptions.CultureInvariant);

    // 城关镇, 桥头乡, 城南街道: a place named by its own name, its government meant.
    private static readonly string[] PlaceGovernments = { "镇", "乡", "街道", "街道办事处", "镇人民政府", "乡人民政府" };

    // An office's name (教务处, 组织部, 财务室, 办公室, a ministry's 科技司, a county bureau's 办公股) names one body of the
    // plan's own institution; a place or a facility (加油站, 物流中心, 村卫生室, 体育场馆) is no office, nor a company (公司).
    private static readonly string[] OfficeEndings = { "处", "科", "室", "办", "局", "委", "部", "办公室", "司", "股" };

    // Rooms that are kinds of places, not offices: every village has its 卫生室.
    private static readonly string[] Rooms = { "卫生室", "工作室", "实验室", "会议室", "活动室", "阅览室", "图书室", "值班室", "教室", "诊室", "医务室", "档案室" };

    // 市级医院, 县属医院, 省内高校, 市场监管所, 市中心, 区域医疗中心: a level's character that starts a kind of body or a
    // place, not the name of one.
    private static readonly string[] KindsByLevel = { "级", "属", "内", "外", "场", "民", "区", "域", "中心", "直属", "里", "委书记", "长" };

    // 市审计局认为县财政局要…, 群众反映市城管局要…: who said it, not who must do it.
    private static readonly string[] ReportingWords = { "认为", "指出", "提出", "强调", "建议", "反映", "表示", "称", "说", "希望", "要求", "请" };

    // How long the words before a decision's colon may be (会议议定, 经研究决定).
    private const int MaxDecisionWords = 8;

    // 届时县财政局, 2023年县财政局, 三月底前县财政局, 原县水利局: when, or a former state, glued before the body's level.
    private static readonly Regex WhenBeforeBody = new(
        @"\d|^[^、，]{0,6}?(?:届时|另外|此外|同时|期间|当天|当日|当时|目前|此前|前期|后期|近期|初期|随后|首先|其次|最后|今年|明年|去年|年度|底前|以前|以后|之前|之后|汛期|节日|活动|月|日|年|前|后)(?=[省市县区镇乡各街])|^[原现旧][省市县区镇乡]",
        RegexOptions.CultureInvariant);

    private static readonly Regex DescribedAfter = new(@"(?:牵头|负责|配合|参与|会同|协助|协同)的|已经|已于|已完成|已建立|已建成", RegexOptions.CultureInvariant);

    /// <summary>
    /// Who leads the sentence starting at <paramref name="at"/> where it opens with them alone in a field (市文物保护中心负责，…;
    /// 医务部牵头，各临床科室配合，…), or null.
    /// </summary>
    public Clause? LeadField(SourceLine line, int at)
    {
        var folded = line.Folded;
        if (folded.Length - at > MaxParagraph)
        {
            return null;
        }

        var stop = folded.IndexOfAny(new[] { '。', '；', ';', '！', '？', '!', '?' }, at);
        var fields = Fields(line, at, stop < 0 ? folded.Length : stop);
        return fields.Count >= 2 ? LeadBeforeSupporters(line, fields) : null;
    }

    /// <summary>
    /// The fields of a sentence, apart at ， and at the 、 that joins who leads to who supports (县水利局牵头、县河长办配合，
    /// 各乡镇负责…): each its own field, as with a ，.
    /// </summary>
    private List<(int Start, int Stop)> Fields(SourceLine line, int start, int stop)
    {
        var folded = line.Folded;
        var fields = new List<(int Start, int Stop)>();
        foreach (var (from, to) in Split(folded, start, stop, "，,"))
        {
            var at = from;
            for (var i = folded.IndexOf('、', from, to - from); i > from; i = i + 1 < to ? folded.IndexOf('、', i + 1, to - i - 1) : -1)
            {
                if (RoleWords.Verbs.Any(v => (v.Role is Role.Lead or Role.Accountable) && i - v.Word.Length > at
                        && string.CompareOrdinal(folded, i - v.Word.Length, v.Word, 0, v.Word.Length) == 0)
                    && NamesEnd(line, i + 1, to) is var namesEnd and >= 0 && RoleWords.VerbAt(folded, namesEnd).Role == Role.Support)
                {
                    fields.Add((at, i));
                    at = i + 1;
                }
            }

            fields.Add((at, to));
        }

        return fields;
    }

    // 县市场监督管理局牵头，县粮食和物资储备中心配合，严厉打击…: a sentence opening with who leads and who supports, each
    // a field of names and its verb alone, then the work; or who leads alone, then the work.
    private Clause? LeadBeforeSupporters(SourceLine line, List<(int Start, int Stop)> fields)
    {
        var folded = line.Folded;
        var (start, stop) = fields[0];

        // 会议议定：由X牵头，Y配合，…: what the meeting decided, after its colon.
        var colon = folded.LastIndexOfAny(new[] { '：', ':' }, stop - 1, stop - start);
        start = colon >= 0 && colon - start <= MaxDecisionWords ? colon + 1 : start;
        while (start < stop && folded[start] is ' ' or '　')
        {
            start++;
        }

        // 5月底前由X牵头、Y配合上线…: by when, then who.
        if (DeadlineBeforeBy.Match(folded, start) is { Success: true } deadline && start + deadline.Length < stop)
        {
            start += deadline.Length;
        }

        if (start < stop && ClauseReader.IsAgentBy(folded, start))
        {
            start++;
        }

        var namesEnd = NamesEnd(line, start, stop);
        // 市住建局要牵头，会同…: the modal (and its adverb) says the role is due, as the role alone does.
        var verbAt = namesEnd < 0 ? namesEnd : namesEnd + UnitShape.ModalWithAdverbAt(folded, namesEnd);
        if (namesEnd < 0 || RoleWords.VerbAt(folded, verbAt) is not { Role: Role.Lead or Role.Accountable } verb
            || folded.Substring(verbAt + verb.Word.Length, stop - verbAt - verb.Word.Length).Trim().Length > 0
            || !IsNamedSubject(line.Text.Substring(start, namesEnd - start)) || WhenBeforeBody.IsMatch(folded.Substring(start, namesEnd - start)))
        {
            return null;
        }

        // X牵头，Y配合的…机制已经建立(，今年…): what the sentence goes on to is a thing they made, not the task's work; so too
        // after who leads alone (X牵头，相关工作已经完成).
        // X负责，Y配合做好…: the second field may be the supporters and the work together.
        var supporters = Supporters(line, fields[1].Start, fields[1].Stop);
        var described = supporters is null ? folded.Substring(fields[1].Start, fields[fields.Count - 1].Stop - fields[1].Start)
            : folded.Substring(fields[1].Start, fields[1].Stop - fields[1].Start);
        if (DescribedAfter.IsMatch(described))
        {
            return null;
        }

        // 市文物保护中心负责，各县（市、区）要…, 医务部牵头，各临床科室落实…: who leads, alone in its field, then the work (and
        // whom it asks of others); A、B负责，… is their accountable list.
        var statement = line.Text.Substring(start, namesEnd - start) + (supporters is null ? verb.Word : "牵头");
        var clause = _clauses.ReadStatement(statement, ChineseText.Fold(statement), line.Number);
        if (clause is null || clause.Leads.Count == 0 || clause.NotUnits.Count > 0 || clause.Unread.Count > 0)
        {
            return null;
        }

        clause.Supports.AddRange((supporters ?? new List<string>()).Where(n => !clause.Supports.Contains(n) && !clause.Leads.Contains(n)));
        return clause;
    }

    private static readonly Regex DeadlineBeforeBy = new(
        @"\G(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|中旬|上旬|下旬)?(?:前|以前|之前)?(?=由)|\G(?:年底前|年内|今年)(?=由)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The partners a paragraph names with no subject (…排查，会同市应急管理局、市消防救援支队开展联合检查。): they work with
    /// whoever the task is given to.
    /// </summary>
    public List<string> SubjectlessPartners(SourceLine line, int from)
    {
        var partners = new List<string>();
        var folded = line.Folded;
        if (folded.Length - from > MaxParagraph)
        {
            return partners;
        }

        foreach (var (start, stop) in Split(folded, from, folded.Length, "。；;！？!?"))
        {
            // Not a sentence with a subject of its own (县应急管理局要…，会同县消防救援大队…: that body's partner), nor one of
            // what was done (去年，会同县公安局…).
            var fields = Split(folded, start, stop, "，,").ToList();
            var opens = fields.Count < 2 ? start : ItemMark.Match(folded, fields[0].Start) is { Success: true } mark ? mark.Index + mark.Length : fields[0].Start;
            if (fields.Count < 2 || OpensWithPast(folded, start) || AgentIn(line, opens, fields[0].Stop, opensSentence: true) is not null
                || NamesEnd(line, opens, fields[0].Stop) >= 0)
            {
                continue;
            }

            for (var k = 1; k < fields.Count; k++)
            {
                var at = fields[k].Start;
                while (at < fields[k].Stop && folded[at] is ' ' or '　')
                {
                    at++;
                }

                if (string.CompareOrdinal(folded, at, "会同", 0, 2) == 0 && !RoleWords.HasRole(folded.Substring(fields[0].Start, at - fields[0].Start))
                    && Supporters(line, at, fields[k].Stop) is { } named)
                {
                    partners.AddRange(named.Where(n => !partners.Contains(n)));
                }
            }
        }

        return partners;
    }

    // 二是, 其次: an item's mark before its subject.
    private static readonly Regex ItemMark = new(@"\G[ 　]*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十次]|首先|最后)?[，,、 　]*", RegexOptions.CultureInvariant);

    /// <summary>
    /// A field that gives bodies a part of the work as the whole of what it says: names, 要 or not, 负责 and the part
    /// (县林业局负责视频监控系统运行); null for any other form.
    /// </summary>
    private (List<string> Names, string Work)? AccountableFor(SourceLine line, (int Start, int Stop) field)
    {
        var folded = line.Folded;
        var start = field.Start;
        while (start < field.Stop && folded[start] is ' ' or '　')
        {
            start++;
        }

        var namesEnd = start < field.Stop ? NamesEnd(line, start, field.Stop) : -1;
        if (namesEnd < 0)
        {
            return null;
        }

        var verbAt = namesEnd + UnitShape.ModalAt(folded, namesEnd);
        var (word, role) = RoleWords.VerbAt(folded, verbAt);
        var work = folded.Substring(verbAt + word.Length, field.Stop - verbAt - word.Length).Trim(' ', '　');
        if (role is not (Role.Accountable or Role.Scope) || word is not ("负责" or "负责落实") || work.Length == 0 || !ChineseText.IsHan(work[0]))
        {
            return null;
        }

        var names = line.Text.Substring(start, namesEnd - start);
        var clause = _clauses.ReadStatement(names + "负责", ChineseText.Fold(names + "负责"), line.Number);
        return clause is { Leads.Count: > 0, NotUnits.Count: 0, Unread.Count: 0 } && !clause.Leads.Any(IsAnyone) && clause.Leads.All(n => UnitShape.IsOrganisation(n))
            ? (clause.Leads.Concat(clause.ByConvention ?? new List<string>()).Distinct().ToList(), work)
            : null;
    }

    // 各地要结合实际细化措施: a field that tells someone what to do (各… opening it, or a modal inside it) has a subject of
    // its own; a body named after it is another's part, not the task's doer.
    private static bool HasSubject(string folded, (int Start, int Stop) field)
    {
        var start = field.Start;
        while (start < field.Stop && folded[start] is ' ' or '　')
        {
            start++;
        }

        if (start < field.Stop && folded[start] == '各')
        {
            return true;
        }

        for (var i = start + 1; i < field.Stop; i++)
        {
            if (UnitShape.ModalAt(folded, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>县统计局负责统计业务指导: the body guides whoever does the work (指导 closing its part), it does not lead it.</summary>
    internal static bool GuidesOnly(string work)
    {
        var trimmed = work.Trim(' ', '　', '。', '，', ',', '；', ';');
        trimmed = trimmed.EndsWith("工作", StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - 2) : trimmed;
        return GuidanceAlone.IsMatch(trimmed);
    }

    // 统计业务指导, 技术指导, 专业技术指导: guidance in a field, the whole part; not 组织实施和业务指导 (work and guidance), 统筹指导
    // or 督促指导 (over the work).
    private static readonly Regex GuidanceAlone = new(@"^(?:(?![和及与并])[\u4E00-\u9FFF]){0,6}?(?:业务|技术)指导$", RegexOptions.CultureInvariant);

    // 统筹调度, 统筹协调, 总体负责: the part over the others'.
    private static bool Overall(string work)
        => (work.StartsWith("统筹", StringComparison.Ordinal) || work.StartsWith("总体", StringComparison.Ordinal))
            && !OverallResources.Any(r => work.Contains(r)) && !GuidesOnly(work) && !work.Contains("指导");

    // 统筹协调资金, 统筹做好用地保障: a resource the body marshals, not the part over the others'.
    private static readonly string[] OverallResources = { "资金", "经费", "用地", "保障", "要素", "财力", "资源" };

    // 验收, 审核, 监督检查, 考核: a part that checks the work done, not a share of doing it.
    internal static bool ChecksOnly(string work) => CheckWords.Any(w => work.StartsWith(w, StringComparison.Ordinal));

    private static readonly string[] CheckWords = { "验收", "审核", "审查", "监督", "督导", "督查", "考核", "审计", "评估" };

    // A field that only adds who helps: A、B配合做好…, 并请A与B提供协助.
    private List<string>? Supporters(SourceLine line, int start, int stop)
    {
        var folded = line.Folded;
        while (start < stop && folded[start] is ' ' or '　')
        {
            start++;
        }

        if (start < stop && folded[start] == '并')
        {
            start++;
        }

        // X牵头，会同Y、Z加强…: the partners the lead works with, the work after them.
        if (string.CompareOrdinal(folded, start, "会同", 0, 2) == 0)
        {
            var partnersEnd = NamesEnd(line, start + 2, stop);
            if (partnersEnd < 0 || partnersEnd >= stop)
            {
                return null;
            }

            var partners = line.Text.Substring(start + 2, partnersEnd - start - 2) + "配合";
            var joined = _clauses.ReadStatement(partners, ChineseText.Fold(partners), line.Number);
            return joined is null || joined.NotUnits.Count > 0 || joined.Unread.Count > 0 || joined.Supports.Count == 0 ? null : joined.Supports;
        }

        if (start < stop && (folded[start] == '请' || ClauseReader.IsAgentBy(folded, start)))
        {
            start++;
        }

        var namesEnd = start < stop ? NamesEnd(line, start, stop) : -1;
        var verbAt = namesEnd >= 0 && string.CompareOrdinal(folded, namesEnd, "提供", 0, 2) == 0 ? namesEnd + 2 : namesEnd;
        // A、B要主动配合: the modal and its adverb before the help.
        verbAt += namesEnd >= 0 && UnitShape.ModalWithAdverbAt(folded, verbAt) is var modal and > 0
            && RoleWords.VerbAt(folded, verbAt + modal).Word is "配合" or "协助" ? modal : 0;
        if (namesEnd < 0 || RoleWords.VerbAt(folded, verbAt) is not { Role: Role.Support or Role.Implementer } help)
        {
            return null;
        }

        // 市人社局要配合市教育局，做好…: they help another body, not the lead.
        if (help.Word is "配合" or "协助" && NamesEnd(line, verbAt + help.Word.Length, stop, wholeField: true) > 0)
        {
            return null;
        }

        var statement = line.Text.Substring(start, namesEnd - start) + "配合";
        var clause = _clauses.ReadStatement(statement, ChineseText.Fold(statement), line.Number);
        return clause is null || clause.NotUnits.Count > 0 || clause.Supports.Count == 0 ? null : clause.Supports;
    }

    /// <summary>
    /// Where the names from <paramref name="start"/> end: the first place where what a body does starts and every name
    /// before it (apart at 、, 和 between two bodies) looks like an organisation; -1 where there is none.
    /// </summary>
    private static int NamesEnd(SourceLine line, int start, int stop, bool wholeField = false)
    {
        var folded = line.Folded;
        var last = System.Math.Min(stop, start + MaxNames);
        for (var end = start + 2; end < last || (wholeField && end == stop && end - start <= MaxNames); end++)
        {
            if (end < stop && !StartsWork(folded, end))
            {
                continue;
            }

            // A、B等单位: "and the others", nobody more to name.
            var names = ClauseReader.Names(line.Text.Substring(start, end - start), folded.Substring(start, end - start))
                .Where(n => !(n.Tail && ChineseText.Fold(n.Name).Trim() is "单位" or "部门" or "机构")).ToList();
            if (names.Count > 0 && names.All(n => UnitShape.IsOrganisation(n.Name))
                && (end < stop || names.All(n => n.Name.Length <= 12) && !WorkBetween(folded.Substring(start, end - start), names)))
            {
                // A whole field of names says no more than the names: no word of the work inside it (业务单位尽速行文至…).
                return end < stop && LongerName(line, start, end, last, names.Count) is { } longer ? longer : end;
            }
        }

        return -1;
    }

    // A word of the work among the names (业务单位尽速行文至…), not inside one of them (市人力资源社会保障局's 保障).
    private static bool WorkBetween(string field, List<(string Name, bool Tail)> names)
    {
        var between = names.Aggregate(field, (rest, name) => rest.Replace(ChineseText.Fold(name.Name), "、"));
        return Enumerable.Range(1, System.Math.Max(0, between.Length - 1)).Any(i => StartsWork(between, i));
    }

    private const int MaxOwnNameAfterAction = 4;

    private const int MaxOtherName = 20;

    // 由县委组织部牵头, 由市委宣传部负责: an action word (组织, 宣传) that goes on into a body's own name (组织部, 宣传部)
    // starts no work; the names run to where the next work starts, if they are organisations there too.
    private static int? LongerName(SourceLine line, int start, int end, int last, int count)
    {
        var folded = line.Folded;
        if ((UnitShape.ActionAt(folded, end) == 0 && !Adverbs.Any(a => string.CompareOrdinal(folded, end, a, 0, a.Length) == 0))
            || RoleWords.VerbAt(folded, end).Role != Role.None || UnitShape.ModalAt(folded, end) > 0)
        {
            return null;
        }

        // 组织部, 宣传部, 研究室: a few characters; 农业部督导渔业署 (supervising another body) is two bodies and the work.
        // 组织部（市委人才办）: the other name the body carries, in brackets, is its name too.
        for (var longer = end + 1; longer < last && longer - end <= MaxOwnNameAfterAction; longer++)
        {
            var after = longer;
            if (ChineseText.IsOpenParen(folded[longer]) && folded.IndexOfAny(new[] { '）', ')' }, longer) is var close and > 0 && close - longer <= MaxOtherName)
            {
                after = close + 1;
            }

            // 县委组织部、县人社局做好…: the longer name may go on in a list, whose end is where the work starts.
            var listed = after < last && folded[after] == '、';
            if (listed)
            {
                after++;
                // Only a role verb, a modal or the work a helper joins ends it: 宣传 may go on into 县委宣传部.
                while (after < last && RoleWords.VerbAt(folded, after).Role == Role.None && UnitShape.ModalAt(folded, after) == 0 && !HelpedAtWork(folded, after)
                    && "，,。；;".IndexOf(folded[after]) < 0)
                {
                    after++;
                }
            }

            if (after >= folded.Length || !StartsWork(folded, after))
            {
                continue;
            }

            var names = ClauseReader.Names(line.Text.Substring(start, after - start), folded.Substring(start, after - start));
            return (listed ? names.Count > count : names.Count == count) && names.All(n => UnitShape.IsOrganisation(n.Name)) ? after : null;
        }

        return null;
    }

    /// <summary>
    /// True where the character at <paramref name="i"/> brings in who is to do the work: 由 (see
    /// <see cref="ClauseReader.IsAgentBy"/>), or the 请 of a directive (请X会同Y研议, 请X督导Y…): not 报请, 提请, 申请,
    /// 邀请 (who is invited is not who is told), 聘请, 吁请, 建请 (an appeal or a proposal to those it cannot direct), nor
    /// 请示, 请求, 请假.
    /// </summary>
    internal static bool IsAgentAt(string folded, int i)
        => ClauseReader.IsAgentBy(folded, i)

            // 责成X于6月底前完成: X is charged with the work; the names start after 成.
            || (folded[i] == '成' && i > 0 && folded[i - 1] == '责')
            || (folded[i] == '请'
                && (i == 0 || "报提申邀聘敬呈恳召宴约吁籲建".IndexOf(folded[i - 1]) < 0)
                && (i + 1 >= folded.Length || "示求假教问柬愿辞战缨客".IndexOf(folded[i + 1]) < 0));

    // What a body does starts here: a role verb, a modal, an adverb or an action word, 于 and a date, 对 bringing in what it acts on
    // (由县审计局对县财政局…进行审计; not the 对 of a name, 市委对台工作办公室, 市对外经济贸易合作局, 对口支援办), or when it
    // acts (各乡镇在制定方案时，要…).
    private static bool StartsWork(string folded, int at)
        => (folded[at] == '对' && at > 0 && "局委办厅署院所站队心部".IndexOf(folded[at - 1]) >= 0 && at + 1 < folded.Length && "台外口".IndexOf(folded[at + 1]) < 0)
            || WhenEnd(folded, at) > 0
            || (folded[at] == '于' && at + 1 < folded.Length && (char.IsDigit(folded[at + 1]) || "本今明次年月".IndexOf(folded[at + 1]) >= 0))
            || RoleWords.VerbAt(folded, at).Role != Role.None
            || UnitShape.ModalAt(folded, at) > 0
            || UnitShape.ActionAt(folded, at) > 0
            || Adverbs.Any(a => string.CompareOrdinal(folded, at, a, 0, a.Length) == 0);

    /// <summary>
    /// Where a phrase of time or occasion between a body and its verb ends (各乡镇在制定方案时，要…, 县发改委在收购期间，负责…,
    /// 县水利局于汛期前要…): after the phrase and its comma, where a modal or a role verb follows; 0 where none starts at
    /// <paramref name="at"/>. A phrase that gives someone a role (在县发改委牵头下) is no mere occasion: who leads is in it.
    /// </summary>
    internal static int WhenEnd(string folded, int at)
    {
        if (at >= folded.Length || folded[at] is not ('在' or '于'))
        {
            return 0;
        }

        var endings = folded[at] == '在' ? OccasionEndings : DateEndings;
        for (var i = at + 2; i < folded.Length && i <= at + MaxOccasion; i++)
        {
            if ("。；;！？!?：:，,（(".IndexOf(folded[i - 1]) >= 0)
            {
                return 0;
            }

            if (!endings.Any(e => i - e.Length > at && string.CompareOrdinal(folded, i - e.Length, e, 0, e.Length) == 0))
            {
                continue;
            }

            var next = i < folded.Length && folded[i] is '，' or ',' ? i + 1 : i;
            if (next < folded.Length && (UnitShape.ModalAt(folded, next) > 0 || RoleWords.VerbAt(folded, next).Role != Role.None)
                && !RoleWords.HasRole(folded.Substring(at, i - at)))
            {
                return next;
            }
        }

        return 0;
    }

    private const int MaxOccasion = 30;

    // 在制定方案时, 在收购期间, 在实施过程中, 在汛期到来前, 在全县范围内; 于6月底前, 于年内, 于春运期间, 于每年3月, 于主汛期.
    private static readonly string[] OccasionEndings = { "时", "期间", "中", "前", "后", "以前", "以后", "之际", "内" };
    private static readonly string[] DateEndings = { "前", "底", "内", "以前", "期间", "期", "月", "日", "年" };

    // 有关部门, 相关单位, 各级政府: nobody in particular; a sentence that gives them the work names no lead.
    internal static bool IsAnyone(string name)
    {
        var folded = ChineseText.Fold(name);
        var rest = folded.TrimStart('各');
        return rest.StartsWith("有关", System.StringComparison.Ordinal) || rest.StartsWith("相关", System.StringComparison.Ordinal)
            || rest.StartsWith("其他", System.StringComparison.Ordinal) || folded.StartsWith("各级", System.StringComparison.Ordinal);
    }

    // The end of the field that starts at `at` (the next ， or sentence stop outside parentheses).
    private static int FieldEnd(string folded, int at)
        => Split(folded, at, folded.Length, "。；;！？!?，,").Select(s => s.Stop).FirstOrDefault(s => s > at) is var end and > 0 ? end : folded.Length;

    // The spans between separators outside parentheses, from start to stop.
    private static IEnumerable<(int Start, int Stop)> Split(string folded, int start, int stop, string separators)
    {
        var depth = 0;
        var from = start;
        for (var i = start; i <= stop; i++)
        {
            if (i < stop)
            {
                var c = folded[i];
                if (ChineseText.IsOpenParen(c))
                {
                    depth++;
                }
                else if (ChineseText.IsCloseParen(c) && depth > 0)
                {
                    depth--;
                }

                if (depth > 0 || separators.IndexOf(c) < 0)
                {
                    continue;
                }
            }

            if (i > from)
            {
                yield return (from, i);
            }

            from = i + 1;
        }
    }
}
