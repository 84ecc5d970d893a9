using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Reads one paragraph into an element: the title up to the first 。, the rest as text, the 一是、二是 items that
/// start it or run inside it, its responsibility clauses, targets and deadline. The words are never changed: every
/// character of the paragraph after its number ends up in a title or a text line (the 。 after a title aside).
/// </summary>
internal sealed partial class ElementReader
{
    private const string SentenceEnds = "。；;：:！？!?";

    private readonly ClauseReader _clauses;
    private readonly ProseReader _prose;
    private readonly Accountability _accountability;
    private readonly UnitNames _units;
    private readonly List<ImportNote> _notes;
    private readonly System.Func<int?> _year;

    // The first year the plan covers (see ImportedPlan.FirstYear): who had the work before it had it in the past.
    private readonly System.Func<int?> _firstYear;

    public ClauseReader Clauses => _clauses;

    public ElementReader(UnitNames units, List<ImportNote> notes, System.Func<int?> year, System.Func<int?> firstYear, Accountability accountability)
    {
        _firstYear = firstYear;
        _accountability = accountability;
        _clauses = new ClauseReader(accountability);
        _prose = new ProseReader(_clauses);
        _units = units;
        _notes = notes;
        _year = year;
    }

    /// <summary>A numbered task: <paramref name="bodyStart"/> is where its words start after the number.</summary>
    public ImportedElement Task(SourceLine line, string label, int bodyStart, bool amongDuties = false)
    {
        // 1. 推动…: the space after a number is not the title's.
        while (bodyStart < line.Text.Length - 1 && line.Text[bodyStart] is ' ' or '　' or '\u00A0')
        {
            bodyStart++;
        }

        var (title, _) = SplitTitle(line.Text.Substring(bodyStart));
        var restStart = bodyStart + title.Length + (line.Text.Length > bodyStart + title.Length ? 1 : 0);
        if (DashedFields(line, bodyStart) is var (separator, _))
        {
            // The dash and the fields after it stay the task's words (a colon does not: it only ended the name).
            title = line.Text.Substring(bodyStart, separator - bodyStart).TrimEnd();
            restStart = line.Text[separator] is '：' or ':' ? separator + 1 : separator;
        }
        else if (TrailingFields(line, bodyStart) is { } fields && fields.Start - 1 < title.Length && fields.Start > 1)
        {
            // 建成区级养老服务指导中心，牵头单位：区民政局: the fields after the comma stay the task's words.
            title = line.Text.Substring(bodyStart, fields.Start - 1).TrimEnd(' ', '　', '\t', '｜', '|');
            restStart = bodyStart + fields.Start;
        }

        var task = new ImportedElement(line.Number, label, title);
        Fill(task, line, bodyStart, restStart, firstItem: 1, lastClauseToOwner: true, bareLists: true);
        if (task.Leads.Count == 0 && GroupLeader(line, title, restStart) is var (leader, leaderWords))
        {
            // （一）煤矿安全督查组。由市煤炭工业局1名县级领导带队…: the body whose official leads the group.
            Apply(leader, task, line, leaderWords);
        }

        if (task.Leads.Count == 0 && _prose.Opening(line, bodyStart) is { } opening)
        {
            // 各区政府负责落实…: the task opens with its accountable bodies, the work straight after their verb.
            Apply(opening, task, line, line.Text.Substring(bodyStart, opening.End));
        }
        else if (task.Leads.Count == 0 && restStart > bodyStart + 1 && restStart < line.Text.Length && line.Folded[restStart - 1] == '。'
            && !OpensWithPast(line.Folded, restStart) && LeadOpensSentence(line, restStart) is { } led)
        {
            // 8.提升职业院校办学条件。计划财务科牵头统筹…，职业教育与成人教育科配合做好…: the sentence after the title opens
            // with the body and 牵头, the one word that gives it the lead whatever the document's style (not 会同: a body a
            // sentence has act with others may be only mentioned).
            Apply(led.Clause, task, line, led.Words);
        }
        else if (task.Leads.Count == 0 && restStart >= line.Text.Length && LeadAfterWork(line, bodyStart) is { } ledAfter)
        {
            // （二）落实河湖长制，县水利局牵头，县河长办配合，各乡镇负责…: a task of one sentence, its work, then a field that
            // opens with the body and 牵头.
            Apply(ledAfter.Clause, task, line, ledAfter.Words);
        }
        else if (task.Leads.Count == 0 && ThingByBody.Match(line.Folded, bodyStart) is { Success: true } thing
            && !NotNowWords.Any(w => line.Folded.Substring(bodyStart, thing.Groups[1].Index - bodyStart).TrimEnd().EndsWith(w, System.StringComparison.Ordinal))
            && _clauses.ReadStatement(line.Text.Substring(thing.Groups[1].Index), thing.Groups[1].Value, line.Number, thing.Groups[1].Index) is { Leads.Count: > 0 } given)
        {
            // 五、会场布置、音响调试由县会议中心负责。: the whole task, the thing then the body it is given to.
            Apply(given, task, line, line.Text.Substring(thing.Groups[1].Index).TrimEnd('。', '；', ';', ' '));
        }
        else if ((task.Leads.Count == 0 || task.Leads.All(task.Listed.Contains)) && AddressedBodies(line, bodyStart, amongDuties) is var (addressed, after))
        {
            // 4) 市市场监管局：推进…，市公安局、市税务局按职责分工负责: the body the item is addressed to leads; the list after
            // the work, which led by the convention alone, supports it.
            task.ListedSupport();
            // (二)市公安局：1、牵头组织…: the item opens with the bodies it gives the work to, then a colon; where the words
            // after it say which of them leads (市公安局、市交通运输局：由市交通运输局牵头，…), it does (not a body they
            // name besides, 在市委政法委牵头下).
            var addressedNames = ClauseReader.Names(addressed, ChineseText.Fold(addressed)).Select(n => n.Name).ToList();
            // 市体育中心：由市体育局负责日常保洁: the words after the colon give one place's work to another body (a list
            // before the colon, 市发展和改革委员会、市财政局：由市发展改革委牵头, names its lead by another name).
            if (after < line.Text.Length && (_prose.Opening(line, after) ?? Leading(line, after, new List<Clause>())) is { Leads.Count: > 0 } own
                && (own.Leads.All(addressedNames.Contains) || (addressedNames.Count == 1 && ClauseReader.IsAgentBy(line.Folded, after))))
            {
                Apply(own, task, line, line.Text.Substring(after, System.Math.Min(own.End, line.Text.Length - after)));
            }
            else
            {
                Apply(_clauses.Accountable(addressed, line.Number), task, line, addressed);
            }
        }
        else if (task.Leads.Count == 0 && task.Children.Count == 0 && NamesAlone(line, restStart) is { } names)
        {
            // 6.新增城镇就业6万人。市人力资源社会保障局。: a last sentence of bodies' names alone is who the task is given to,
            // as a bracket of them is.
            Apply(_clauses.Accountable(names, line.Number), task, line, names);
        }

        if (task.Leads.Count == 0 && TransferredTo(line, bodyStart) is var (transferAt, receiver))
        {
            // 将城市客运管理职责移交市交通运输局承担: the body a duty passes to carries it from then on.
            task.Subject = (receiver.Clause, line.Text.Substring(transferAt, receiver.Length), line);
        }
        else if (task.Leads.Count == 0 && task.Children.Count == 0 && SentenceWithSubject(line, bodyStart) is var (at, subject))
        {
            // 公安部门要…, 一、加强领导，明确职责。各县（市、区）政府要…: a sentence opens with who must do the task.
            task.Subject = (subject, line.Text.Substring(at, subject.End), line);
        }

        if (_prose.Sentences(line, bodyStart) is { } prose)
        {
            task.Prose = (prose.Clause, prose.Words, line);
        }

        task.PartnersOfTheWork.AddRange(_prose.SubjectlessPartners(line, bodyStart));

        return task;
    }

    // The last sentence of a paragraph where it is only bodies' names (not all of them groups), none of them named in the
    // sentences before it (重点建设胸痛中心、卒中中心。胸痛中心、卒中中心。 names what is built).
    private static string? NamesAlone(SourceLine line, int restStart)
    {
        var folded = line.Folded;
        var end = folded.Length;
        while (end > restStart && folded[end - 1] is '。' or '.' or ' ' or '　')
        {
            end--;
        }

        var start = System.Math.Max(restStart, folded.LastIndexOfAny(new[] { '。', '！', '？', '；', ';' }, System.Math.Max(0, end - 1)) + 1);
        if (end - start is < 3 or > 80 || (start > 0 && folded[start - 1] is not ('。' or '！' or '？' or '；' or ';')))
        {
            return null;
        }

        var words = line.Text.Substring(start, end - start).Trim();
        var names = ClauseReader.Names(words, ChineseText.Fold(words));
        return names.Count > 0 && names.All(n => !n.Tail && IsPlainBodyName(ChineseText.Fold(n.Name).Trim())) && !names.All(n => UnitShape.IsGroup(n.Name))
            && !RoleWords.HasRole(ChineseText.Fold(words)) && ChineseText.Fold(words).IndexOfAny(new[] { '：', ':', '，', ',' }) < 0
            && !names.Any(n => folded.Substring(0, start).Contains(ChineseText.Fold(n.Name).Trim()))
            ? words
            : null;
    }

    // 市人力资源社会保障局, 各区政府: a department's name as a sentence of its own prints it, with its level, and nothing
    // else (not 联席会议办公室设在县发展改革局, nor 各街道（2025年底）; not a school, a hall or a new district the task
    // builds: 县第三中学、县第五小学。).
    private static bool IsPlainBodyName(string name)
        => name.Length is >= 3 and <= 24 && (UnitShape.LevelPrefixes.IndexOf(name[0]) >= 0 || name[0] == '各')
            && !name.Any(c => char.IsDigit(c) || char.IsWhiteSpace(c)) && UnitShape.IsDepartment(name) && !name.Contains("设在");

    /// <summary>
    /// A duty handed to a body that carries it from then on (<c>…职责移交市交通运输局承担</c>, <c>…划转市水务局负责</c>,
    /// <c>改由县医保局负责</c>): that body, where it is one body named (not a group or a place, <c>下放辖区承担</c>).
    /// </summary>
    private (int At, (Clause Clause, int Length) Receiver)? TransferredTo(SourceLine line, int from)
    {
        var match = Transfer.Match(line.Folded, from);
        if (!match.Success)
        {
            return null;
        }

        // 建成后移交X负责日常运营: who takes over what the task builds does not do the task.
        var sentence = System.Math.Max(from, line.Folded.LastIndexOfAny(new[] { '。', '；', ';' }, System.Math.Max(0, match.Index - 1)) + 1);
        if (ProseReader.HandedOnOnceDone(line.Folded, (sentence, match.Index), match.Index))
        {
            return null;
        }

        var names = match.Groups["names"];
        var body = line.Text.Substring(names.Index, names.Length);
        if (!UnitShape.IsOrganisation(body) || UnitShape.IsGroup(body) || ClauseReader.Names(body, ChineseText.Fold(body)).Count != 1)
        {
            return null;
        }

        return _clauses.ReadStatement(body + "负责", ChineseText.Fold(body + "负责"), line.Number) is { Leads.Count: > 0 } clause
            ? (match.Index, (clause, match.Length))
            : null;
    }

    // …不再由市体育局负责，改由团市委统一招募培训: 改由 then the body and the work it does now.
    private static readonly System.Text.RegularExpressions.Regex Transfer = new(
        "(?:移交|划转|划归|转交|交由|转由|改由)(?:给|至|到)?(?<names>[^，,。；;、（(]{2,24}?)(?:承担|负责)|(?:转由|改由)(?<names>[^，,。；;、（(]{2,24}?)(?=统一|具体|牵头|组织)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A task that sets up a group (<c>煤矿安全督查组</c>, <c>第一检查组</c>) whose next sentence says who leads it:
    /// <c>由市安监局带队</c>, <c>由市煤炭工业局1名县级领导带队</c>. The body leads; a person alone (<c>由市领导带队</c>) or a
    /// government's official (<c>由市政府分管副市长带队</c>, over the body that does the work) names none. 带队 is no
    /// role word elsewhere: a past inspection (<c>去年由县人大常委会带队视察</c>) or 带队伍 gives nobody the work.
    /// </summary>
    private (Clause Clause, string Words)? GroupLeader(SourceLine line, string title, int restStart)
    {
        var folded = line.Folded;
        if (!ChineseText.Fold(title).TrimEnd('。', ' ').EndsWith("组", System.StringComparison.Ordinal) || restStart >= folded.Length)
        {
            return null;
        }

        var at = restStart;
        while (at < folded.Length && folded[at] is ' ' or '　')
        {
            at++;
        }

        var stop = folded.IndexOfAny(new[] { '，', ',', '。', '；', ';' }, at);
        var led = stop < 0 ? -1 : folded.LastIndexOf("带队", stop, stop - at, System.StringComparison.Ordinal);
        if (at >= folded.Length || folded[at] != '由' || led < 0 || led + 2 != stop)
        {
            return null;
        }

        var names = line.Text.Substring(at + 1, led - at - 1).Trim();
        var body = UnitShape.BodyOfOfficial(names) ?? names;
        if (!UnitShape.IsOrganisation(body) || UnitShape.IsGroup(body) || UnitShape.IsGovernment(body))
        {
            return null;
        }

        // …带队，市公安局参加。: the bodies the rest of the sentence gives a role.
        var end = folded.IndexOfAny(new[] { '。', '；', ';' }, stop);
        end = end < 0 ? folded.Length : end;
        var withRest = body + "牵头" + line.Text.Substring(stop, end - stop);
        var clause = _clauses.ReadStatement(withRest, ChineseText.Fold(withRest), line.Number) is { Leads.Count: > 0, NotUnits.Count: 0 } whole
            ? whole
            : _clauses.ReadStatement(body + "牵头", ChineseText.Fold(body + "牵头"), line.Number);
        return clause is { Leads.Count: > 0 } ? (clause, line.Text.Substring(at, end - at)) : null;
    }

    // 会场布置、音响调试由县会议中心负责。 as the whole of a task's line: no verb before the 由 but the thing's own (not
    // 要把…), nothing after the role; the words just before the 由 are checked against NotNowWords.
    private static readonly System.Text.RegularExpressions.Regex ThingByBody = new(
        @"\G[ 　]*[^。，,；;：:由要把应须]{2,24}?(由[^。，,；;：:由]{2,40}?(?:牵头负责|负责|牵头))[。；;]?[ 　]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 此前由, 原由, 已由, 不由, 并非由, 拟由, 改由, 交由: a thing given to a body before, already, not, not yet, or handed on.
    private static readonly string[] NotNowWords =
    {
        "此前", "过去", "原先", "原来", "曾经", "以前", "之前", "往年", "去年", "一直", "历来", "向来",
        "原", "已", "曾", "再", "能", "将", "仍", "均", "都", "改", "现", "交", "转", "不", "非", "拟", "暂",
    };

    // What a sentence says of the whole plan: 各项任务, 上述任务, 本方案.
    private static readonly string[] WholePlanWords =
    {
        "各项任务", "各项工作", "各项措施", "各项目标任务", "各项重点任务", "上述任务", "上述工作", "以上任务", "以上各项", "本方案", "本计划", "本要点", "本清单",
    };

    private static readonly string[] GivingWords = { "牵头", "负责", "配合", "会同", "协同", "协助", "主办", "承办", "参与" };

    /// <summary>Who a heading's words name (its clauses), for the tasks under it that name nobody themselves.</summary>
    public ImportedElement Heading(SourceLine line, int bodyStart, bool wholeLine = false)
    {
        var holder = new ImportedElement(line.Number, null, string.Empty);
        ReadClauses(holder, line, bodyStart, new List<(ImportedElement Item, int Start, int End)>(), lastClauseToOwner: !wholeLine);
        if (holder.Leads.Count == 0 && WorkOfBodies.Match(line.Folded, bodyStart) is { Success: true } work
            && !NotNowWords.Any(w => work.Groups[1].Value.TrimStart().StartsWith(w, System.StringComparison.Ordinal)))
        {
            // 一、市发展改革委牵头的工作（共4项）: the heading groups the work by who leads it; read as （X牵头）.
            var bodies = line.Text.Substring(work.Groups[1].Index, work.Groups[1].Length);
            var clause = _clauses.Read("（" + bodies + work.Groups[2].Value + "）", "（" + work.Groups[1].Value + work.Groups[2].Value + "）", line.Number);
            // Bodies by their level (not 需要市政府, nor 市政府领导, a person).
            if (clause.Count == 1 && clause[0].Leads.Count > 0 && clause[0].Persons.Count == 0 && bodies.IndexOf("领导", System.StringComparison.Ordinal) < 0
                && clause[0].Leads.All(n => UnitShape.IsOrganisation(n) && UnitShape.LevelPrefixes.IndexOf(ChineseText.Fold(n)[0]) >= 0))
            {
                Apply(clause[0], holder, line, line.Text.Substring(bodyStart));
            }
        }

        if (!wholeLine && holder.Supports.Count == 0 && HeadingStatement(line, bodyStart) is { } statement
            && (holder.Leads.Count == 0 || statement.Supports.Count > 0))
        {
            // （一）由县农业农村局牵头, （二）县水利局牵头，县财政局配合, （三）以下事项由各乡镇人民政府负责落实: a heading that is
            // only who does the work under it.
            holder = new ImportedElement(line.Number, null, string.Empty);
            Apply(statement, holder, line, line.Text.Substring(bodyStart));
        }

        return holder;
    }

    private Clause? HeadingStatement(SourceLine line, int bodyStart)
    {
        var from = bodyStart;
        if (WorkBelow.Match(line.Folded, bodyStart) is { Success: true } below)
        {
            from += below.Length;
        }

        return from < line.Folded.Length && _clauses.ReadStatement(line.Text.Substring(from), line.Folded.Substring(from), line.Number, from) is { Leads.Count: > 0 } statement
            ? statement
            : null;
    }

    // 以下事项, 以下任务均: the words that point a heading's roles at the work below it.
    private static readonly System.Text.RegularExpressions.Regex WorkBelow = new(
        @"\G[ 　]*以下(?:各项|几项)?(?:事项|任务|工作|项目)?均?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 市发展改革委牵头的工作（共4项）, 由市财政局负责的任务, 县教育局承担的重点工作: a heading naming who does the work under it
    // (not 去年由…负责的任务, 原由…: NotNowWords).
    private static readonly System.Text.RegularExpressions.Regex WorkOfBodies = new(
        @"\G[ 　]*由?([^，,。；;：:（(]{2,60}?)(牵头|负责|承担|牵头负责|牵头承担)的(?:重点|主要|具体)?(?:工作|任务|事项)(?:任务|事项)?[ 　]*(?:[（(][^（()）]{1,12}[）)])?[ 　]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Who a paragraph whose words are kept elsewhere gives the task to (a table's 具体措施 cell where the table has no
    /// column of units: …。（X牵头，Y配合）, 由X牵头，Y配合。): its clauses only, read as a task's own line's are.
    /// </summary>
    public void ReadRoles(ImportedElement task, SourceLine line)
    {
        ReadClauses(task, line, 0, new List<(ImportedElement Item, int Start, int End)>(), lastClauseToOwner: false, bareLists: true, closingToOwner: true);
        if (task.Leads.Count == 0 && _prose.Sentences(line, 0) is { Clause.Leads.Count: > 0 } prose)
        {
            // 区数据局负责推进政务系统迁移上云, 区教育局牵头，区住建局负责质量监管: in a table with no column of units, the
            // measures' sentences are the only place that says who does the work.
            DropEarlierYears(prose.Clause, task, line, 0, line.Folded.Length);
            if (prose.Clause.Leads.Count > 0)
            {
                Apply(prose.Clause, task, line, prose.Words);
                Review(task, line, NoteSeverity.Note, "lead " + string.Join("、", prose.Clause.Leads) + " read from the measures' words (" + Excerpt(prose.Words) + "): the table has no column of units");
            }
        }
    }

    /// <summary>A paragraph that goes on with the open task: more text, more items, more clauses.</summary>
    public void Continue(ImportedElement task, SourceLine line, int offset)
    {
        if (ClauseReader.IsRequirementField(line.Folded.Substring(offset)))
        {
            // 办理要求：由市发改委牵头，会同市审计局每季度报送进展: what is asked of the work, its words only.
            AddText(task, line.Text.Substring(offset));
            return;
        }

        // ——市发改委牵头，市统计局配合。 under a task quoted from a report: who does it, set off by a dash.
        var dashes = offset;
        while (dashes < line.Folded.Length && line.Folded[dashes] is '—' or '─' or '―')
        {
            dashes++;
        }

        var dashed = dashes > offset;
        if (dashes > offset && dashes < line.Folded.Length && RoleWords.HasRole(line.Folded.Substring(dashes)))
        {
            offset = dashes;
        }

        if (!task.OwnLeadBeforeMeasures && task.Leads.Count > 0 && offset == 0
            && Numbering.Read(line).Kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled)
        {
            // 1.扩大保障房供给，由市房管局负责。 then (1)…责任部门:市城投公司牵头: the measures' bodies do the measures.
            task.OwnLeadBeforeMeasures = true;
        }

        // The first paragraph under a task's heading may end as a numbered task's line does, with who it is given to
        // (二、关于…问题 then 会议强调，各区要…。由市爱卫办负责统筹协调，各区政府负责…).
        var opensTheWords = task.Text.Count == 0 && task.Children.Count == 0 && offset == 0;
        var leadsBefore = task.Leads.Count > 0 && task.Children.Count == 0 ? task.Leads.ToArray() : null;
        var ledBefore = task.Leads.Count > 0;
        Fill(task, line, offset, offset, firstItem: task.Children.Count + 1, lastClauseToOwner: false, bareLists: true, closingToOwner: task.Leads.Count == 0);
        if (task.ParagraphsLeadApart)
        {
            task.Leads.Clear();
        }
        else if (!ledBefore && task.Leads.Count > 0 && task.Children.Count == 0
            && (dashed || line.Folded.Substring(offset).TrimEnd(' ', '　', '。').IndexOf('。') > 0))
        {
            // A measure with its own words (——实施技改项目50个。X牵头。), not a line saying only who does the task.
            task.LedByALaterParagraph = true;
        }

        if (leadsBefore is not null && task.Children.Count == 0 && task.LedByALaterParagraph && task.Leads.Except(leadsBefore).ToList() is { Count: > 0 } apart)
        {
            // 1.实施技术改造提升行动。 over ——A measure。X牵头。 / ——another。Y牵头。: each leads its own measure, and the task's
            // line names nobody; neither is the task's lead.
            Review(task, line, NoteSeverity.Note, "a later paragraph names another lead (" + string.Join("、", apart) + ") beside " + string.Join("、", leadsBefore)
                + ", each its own paragraph's and none the task's: no lead read; if each paragraph is a task of its own, number them");
            task.Leads.Clear();
            task.ParagraphsLeadApart = true;
        }
        else if (leadsBefore is not null && task.Children.Count == 0 && leadsBefore.All(task.Leads.Contains) && task.Leads.Except(leadsBefore).ToList() is { Count: > 0 } added)
        {
            // 一、重点任务 over paragraphs that each close with their own lead: read together, the task has every one of
            // them, which the document may not mean.
            Review(task, line, NoteSeverity.Note, "a later paragraph names another lead (" + string.Join("、", added) + ") beside "
                + string.Join("、", leadsBefore) + ": all are read as the task's leads; if each paragraph is a task of its own, number them");
        }
        if (opensTheWords && task.Leads.Count == 0 && LastSentenceGivenBy(line, offset, offset + 1) is { Leads.Count: > 0 } given)
        {
            Apply(given, task, line, line.Text.Substring(offset + given.Start));
        }

        // Not a line of 一是…二是… items: who one item names does that item, not the task.
        if (opensTheWords && task.Subject is null && task.Children.Count == 0 && !OverseesTheWork.IsMatch(FirstClause(line.Folded)) && SentenceWithSubject(line, 0) is (var openingAt, var opening))
        {
            // 一、落实一县一专班 then 各县（市、区）人民政府要成立…: the paragraph under a task's heading opens with who must do it,
            // or says it after the work's own words (全面排查隐患。汛期到来前，县水利局要…), as a task's line may.
            task.Subject = (opening, line.Text.Substring(openingAt, opening.End), line);
        }

        if (task.ProseConflict || _prose.Sentences(line, offset) is not { } prose)
        {
            return;
        }

        // 1、问题。 then 整改要求：由X负责…: the sentences of a task's later paragraphs give its work too; where two of its
        // paragraphs give it to different bodies, the words do not say who leads.
        if (task.Prose is not { } earlier)
        {
            task.Prose = (prose.Clause, prose.Words, line);
        }
        else if (!earlier.Clause.Leads.SequenceEqual(prose.Clause.Leads))
        {
            task.Prose = null;
            task.ProseConflict = true;
        }
        else
        {
            earlier.Clause.Supports.AddRange(prose.Clause.Supports.Where(n => !earlier.Clause.Supports.Contains(n) && !earlier.Clause.Leads.Contains(n)));
        }
    }

    // The words up to the first stop or comma: what the paragraph's subject does first.
    private static string FirstClause(string folded) => folded.IndexOfAny(new[] { '，', ',', '。', '；', ';' }) is var stop and >= 0 ? folded.Substring(0, stop) : folded;

    // 县政府督查室将对民生实事项目进展情况按月督查通报: a body that follows how the work goes, not one that does it (the
    // plan's closing words after its last task). Said first: 县水利局要加快实施…，按月调度项目实施情况 is the work's body,
    // which follows its own work too.
    private static readonly System.Text.RegularExpressions.Regex OverseesTheWork = new(
        @"(?:进展|推进|落实|完成|实施)情况[^。；;]{0,12}?(?:督查|督办|通报|考核|检查|调度|评估)|(?:督查|督办|通报|考核|检查|调度)[^。；;]{0,12}?(?:进展|推进|落实|完成|实施)情况",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A paragraph where no task is open: its 一是、二是 items become tasks (a section that has no numbered tasks lists
    /// its work that way); the words before the first item, and any clause among them, stay with the section.
    /// </summary>
    public (string Lead, ImportedElement Responsibility, List<ImportedElement> Tasks) Promote(SourceLine line, int offset)
    {
        var holder = new ImportedElement(line.Number, null, string.Empty);
        Fill(holder, line, offset, offset, firstItem: 1, lastClauseToOwner: false);
        var lead = string.Join("\n", holder.Text);
        foreach (var task in holder.Children)
        {
            task.Due ??= holder.Due;
            if (task.Leads.Count == 0)
            {
                // 一是开展垃圾清运大会战。镇环卫所负责，对辖区…: the item's own sentences, as a numbered task's, for who does it.
                var words = SourceLine.Of(line.Number, task.Title + "。" + string.Concat(task.Text));
                if (SentenceWithSubject(words, 0) is var (at, subject))
                {
                    task.Subject = (subject, words.Text.Substring(at, System.Math.Min(subject.End, words.Text.Length - at)), words);
                }

                if (_prose.Sentences(words, 0) is { } prose)
                {
                    task.Prose = (prose.Clause, prose.Words, words);
                }
            }
        }

        return (lead, holder, holder.Children);
    }

    /// <summary>The title is the text up to the first 。 outside parentheses; the rest follows it.</summary>
    public static (string Title, string Remainder) SplitTitle(string body)
    {
        // Folded, a half-width full stop between words (深化“一件事”.全面推行…) ends the title as 。 does.
        var folded = ChineseText.Fold(body);
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
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
            else if (c == '。' && depth == 0)
            {
                return (body.Substring(0, i), body.Substring(i + 1));
            }
        }

        return (body, string.Empty);
    }

    // Reads line.Text from textStart into owner (the lead-in) and its items; clauses count from clauseStart.
    private void Fill(ImportedElement owner, SourceLine line, int clauseStart, int textStart, int firstItem, bool lastClauseToOwner, bool bareLists = false, bool closingToOwner = false)
    {
        var text = line.Text;
        var folded = line.Folded;
        var markers = ItemMarkers(folded, textStart, firstItem, out var misnumbered);
        if (markers.Count == 0 && LedCircledItems(line, textStart) is { } circled)
        {
            markers = circled;
        }

        foreach (var (label, expected) in misnumbered)
        {
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Note, "item '" + label + "' where " + ChineseText.Numeral(expected) + "是 was expected: read as the next item, its label as printed"));
        }

        var leadEnd = markers.Count > 0 ? markers[0].Start : text.Length;
        AddText(owner, text.Substring(textStart, leadEnd - textStart));

        var items = new List<(ImportedElement Item, int Start, int End)>();
        for (var m = 0; m < markers.Count; m++)
        {
            var (start, length) = markers[m];
            var end = m + 1 < markers.Count ? markers[m + 1].Start : text.Length;
            var (title, rest) = SplitTitle(text.Substring(start + length, end - start - length));
            var item = new ImportedElement(line.Number, text.Substring(start, length), title);
            AddText(item, rest);
            Words(item, text.Substring(start + length, end - start - length), folded.Substring(start + length, end - start - length));
            owner.Children.Add(item);
            items.Add((item, start, end));
        }

        Words(owner, text.Substring(clauseStart, leadEnd - clauseStart), folded.Substring(clauseStart, leadEnd - clauseStart));
        ReadClauses(owner, line, clauseStart, items, lastClauseToOwner, bareLists, closingToOwner);
    }

    // Where a bracket of unit names alone may close a task's words: at the end of the owner's (bareLists: a task's, never
    // a heading's or a section's) and of each item's where the items are tasks (a task's items, or the 一是、二是 of a
    // paragraph promoted to tasks).
    private static IEnumerable<int> ListEnds(SourceLine line, int from, List<(ImportedElement Item, int Start, int End)> items, bool bareLists)
        => (bareLists ? new[] { line.Folded.Length } : Enumerable.Empty<int>()).Concat(items.Where(i => i.End > from).Select(i => i.End)).Select(end => end - from);

    // 成员单位：A、B on its own line under a working group's heading ((一)市容环境整治专班): who makes the group up, not
    // who helps with a task of it; in a task's own bracket ((牵头单位：X；成员单位：A、B)) the members support it.
    private static bool ComposesTheGroup(ImportedElement owner, SourceLine line, int from)
        => from == 0 && line.Folded.TrimStart(' ', '　').StartsWith("成员单位", System.StringComparison.Ordinal)
            && GroupNames.Any(g => owner.Title.EndsWith(g, System.StringComparison.Ordinal));

    private static readonly string[] GroupNames = { "专班", "领导小组", "工作组", "指挥部", "小组" };

    // closingToOwner: a later paragraph of a task that names no lead, whose words run into items inside it (2019年任务：
    // 一是…；二是…；三是…。（牵头单位：X）): the clause closing it is the task's, as on the task's own line.
    private void ReadClauses(ImportedElement owner, SourceLine line, int from, List<(ImportedElement Item, int Start, int End)> items, bool lastClauseToOwner, bool bareLists = false, bool closingToOwner = false)
    {
        if (ComposesTheGroup(owner, line, from))
        {
            return;
        }

        var closingIsOwners = lastClauseToOwner || (closingToOwner && items.Count >= 2 && items[0].Start > from);
        // …三是…144个。（牵头单位：X）: a clause of its own after the last item's stop; not …144个，由X负责。, the item's own.
        // …三是…50个（牵头单位：X）。: a labelled bracket closing the paragraph is the paragraph's on either side of its stop.
        bool AfterTheStop(Clause c) => lastClauseToOwner || line.Folded.Substring(0, from + c.Start).TrimEnd(' ', '　', '（', '(') is { Length: > 0 } before && before[before.Length - 1] is '。' or '；' or ';'
            || (c.HasLabels && InBracket(c) && line.Folded.Substring(System.Math.Min(line.Folded.Length, from + c.End)).Trim(' ', '　', '）', ')', '。', '；', ';').Length == 0);
        bool InBracket(Clause c)
        {
            var at = from + c.Start;
            var before = line.Folded.Substring(0, at).TrimEnd(' ', '　');
            return (before.Length > 0 && before[before.Length - 1] is '（' or '(') || (at < line.Folded.Length && line.Folded[at] is '（' or '(');
        }

        var text = line.Text.Substring(from);
        // The paragraph's last clause is the owner's where it is a task's (see below): a glued list there is not read.
        var itemEnds = items.Where(i => i.End > from && !(lastClauseToOwner && i.End == line.Folded.Length)).Select(i => i.End - from);
        var clauses = _clauses.Read(text, line.Folded.Substring(from), line.Number, ListEnds(line, from, items, bareLists), itemEnds);
        if (TrailingFields(line, from) is { } trailing)
        {
            clauses.Add(trailing);
        }

        clauses.AddRange(Statements(line, from, lastClauseToOwner ? TitleEnd(line, from) : from, clauses));
        if (lastClauseToOwner && DashedFields(line, from) is var (_, dashed))
        {
            clauses.Add(dashed);
        }

        var bracketed = Bracketed(line, from);
        if (bracketed is { HasLabels: true } && clauses.Where(c => c.Start < bracketed.End).All(c => c.End <= bracketed.End))
        {
            // 【牵头：X；配合：Y】做好…: the fields before the work, whole (the clause reader and the leading fields read a
            // part of them: its 】 is no bracket to them).
            clauses.RemoveAll(c => c.Start < bracketed.End);
            clauses.Add(bracketed);
        }
        else if (Leading(line, from, clauses) is { } leading)
        {
            clauses.Add(leading);
        }
        else if (bracketed is { HasLabels: false } && !clauses.Any(c => c.Start < bracketed.End))
        {
            clauses.Add(bracketed);
        }
        else if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && TrailingBracketed(line, from) is { } tagged && !clauses.Any(c => c.Start < tagged.End && c.End > tagged.Start))
        {
            clauses.Add(tagged);
        }
        else if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && TrailingDashed(line, from) is { } dashList && !clauses.Any(c => c.Start < dashList.End && c.End > dashList.Start))
        {
            clauses.Add(dashList);
        }

        if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && LastSentence(line, from) is var (sentenceStart, sentenceStop)
            && ByClause(line, from, sentenceStart, sentenceStop) is { } by && !clauses.Any(c => from + c.End > from + by.Start && c.Start < by.End))
        {
            clauses.Add(by);
        }
        else if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && lastClauseToOwner
            && EarlierBy(line, from) is { } earlier && !clauses.Any(c => from + c.End > from + earlier.Start && c.Start < earlier.End))
        {
            // 关于…问题，由X负责，抓紧做好…。 then what was done since: the task's first sentence gives it.
            clauses.Add(earlier);
        }
        else if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && lastClauseToOwner && LastSentenceGivenBy(line, from, TitleEnd(line, from)) is { } given
            && !clauses.Any(c => c.End > given.Start))
        {
            clauses.Add(given);
        }

        if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && LastSentence(line, from) is var (subjectStart, subjectStop)
            && Subjects(line, from, subjectStart, subjectStop) is { } subjects && !clauses.Any(c => from + c.End > subjectStart && from + c.Start < subjectStop))
        {
            clauses.Add(subjects);
        }

        if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && LastSentence(line, from) is var (markedStart, markedStop)
            && markedStart > from && MarkedNames(line, from, markedStart, markedStop) is { } marked && !clauses.Any(c => from + c.End > markedStart))
        {
            clauses.Add(marked);
        }

        if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && lastClauseToOwner && InnerLeading(line, from) is { } inner)
        {
            clauses.Add(inner);
        }

        if (!clauses.Any(c => c.Leads.Count + c.Implementers.Count > 0) && lastClauseToOwner && TitleEnd(line, from) is var titleEnd && titleEnd > from + 1
            && !OpensWithPast(line.Folded, titleEnd) && Leading(line, titleEnd, clauses, origin: from) is { Leads.Count: > 0 } afterTitle
            && OpensWithTogether(line, titleEnd, from + afterTitle.End, afterTitle.Leads[0])
            && EndsWithRoleVerb(line.Folded, titleEnd, from + afterTitle.End) && !RoleWords.HasRole(RestOfSentence(line.Folded, from + afterTitle.End)))
        {
            // 推进…建设。区财政局会同区农业农村局抓好落实，强化督促检查…: the sentence after the title opens with the body, 会同
            // its partners and their role verb, then the work (one body and its verb, 县财政局负责，…, the task's opening
            // reads, with its guards: 届时县财政局负责 is no assignment). Not 省发改委会同省财政厅，围绕…制定了… (no role verb:
            // what another body did), nor where the work after them gives roles too, which the task's prose reads whole.
            clauses.Add(afterTitle);
        }

        // The sentence must come before the items (一是…；二是…): an item's own sentence of roles is that item's.
        if (clauses.Any(GivesWork) && LastSentence(line, from) is var (lastStart, _) && clauses.Where(GivesWork).All(c => from + c.Start >= lastStart)
            && EarlierRoleSentence(line, from, items.Count > 0 ? System.Math.Min(lastStart, items.Min(i => i.Start)) : lastStart) is { } stated
            && !clauses.Any(c => c.Start < stated.End && c.End > stated.Start))
        {
            // …。县卫健局牵头，县医保局、县财政局配合。其中，集中带量采购由县医保局负责。: the sentence that says who leads is the
            // task's; a later part given to a body is that body's share, beside the lead.
            for (var i = 0; i < clauses.Count; i++)
            {
                if (GivesWork(clauses[i]))
                {
                    clauses[i] = Share(clauses[i], stated);
                }
            }

            clauses.Add(stated);
        }

        // 一是强化…，食品安全科牵头，各市场监管所配合；二是…: an item's own last parts name who does it, as a sentence's do.
        foreach (var (_, itemStart, itemEnd) in items)
        {
            var itemStop = itemEnd;
            while (itemStop > itemStart && line.Folded[itemStop - 1] is '；' or ';' or '。' or ' ' or '　')
            {
                itemStop--;
            }

            if (!clauses.Any(c => from + c.End > itemStart && from + c.Start < itemEnd)
                && ByClause(line, from, itemStart, itemStop) is { } own)
            {
                clauses.Add(own);
            }
        }

        // 一是…（A负责）。二是…（B负责）。三是…（C负责）。: where every item before the last names its own bodies, the
        // clause closing the paragraph is the last item's too, not the whole task's.
        var itemsOwnClauses = items.Count >= 2 && items.Take(items.Count - 1).All(i => clauses.Any(c => i.Start <= from + c.Start && from + c.Start < i.End));

        bool ClosesParagraph(Clause c) => OnlyWhenAfter(ChineseText.Fold(line.Text.Substring(from + c.End)));

        // 召开政企座谈会（由市工商联承办会务）。（市发改委负责）: a bracket inside the words with something it could not read
        // (会务, the part of the work it is given) names no lead where a clean clause closes the paragraph.
        if (items.Count == 0 && clauses.Any(c => c.Leads.Count > 0 && c.Unread.Count == 0 && ClosesParagraph(c)))
        {
            clauses.RemoveAll(c => c.Leads.Count > 0 && c.Unread.Count > 0 && !ClosesParagraph(c));
        }

        foreach (var clause in clauses.OrderBy(c => c.Start))
        {
            var start = from + clause.Start;
            clause.PartOfTheWork ??= PartBefore(line.Folded, from, start, from + clause.End, clause.Leads);
            var isLast = ClosesParagraph(clause);
            var item = items.Where(i => i.Start <= start && start < i.End).Select(i => i.Item).FirstOrDefault();
            var target = closingIsOwners && isLast && AfterTheStop(clause) && !(itemsOwnClauses && item is not null)
                ? owner
                : item ?? owner;
            DropEarlierYears(clause, target, line, start, from + clause.End);
            Apply(clause, target, line, line.Text.Substring(start, clause.End - clause.Start));
        }
    }

    // （市发改委负责）（长期）: after a clause, nothing but stops or brackets that only say when (（长期）, （2024年底前）,
    // as a table's columns run on in text) leaves it the paragraph's closing clause.
    private static bool OnlyWhenAfter(string folded)
    {
        var rest = folded.Trim('。', ' ', '　', '；', ';');
        while (rest.Length > 0)
        {
            var close = rest[0] is '（' or '(' ? rest.IndexOfAny(new[] { '）', ')' }) : -1;
            if (close < 2 || !DeadlineFinder.IsDeadlineOnly(rest.Substring(1, close - 1)))
            {
                return false;
            }

            rest = rest.Substring(close + 1).Trim('。', ' ', '　', '；', ';');
        }

        return true;
    }

    /// <summary>Gives an element what a clause names, and says what it could not read.</summary>
    public void Apply(Clause clause, ImportedElement target, SourceLine line, string words)
    {
        // A note quotes its clause, cut short: a clause of thousands of names noted once a name would repeat it as often.
        words = Excerpt(words);
        if (PendingLeads(clause, line, words) is { Count: > 0 } pending)
        {
            // （县住建局牵头，或由县城管局牵头，待县政府研究确定）: the document has not yet said who leads. Each name is judged
            // by its own sentence, so a lead named before a stop keeps its task.
            Review(target, line, NoteSeverity.Warning, "the clause " + words + " leaves who leads to be decided: " + string.Join("、", pending) + " not read as the lead");
            target.PendingLeads.AddRange(pending.Where(n => !target.PendingLeads.Contains(n)));
            target.Leads.RemoveAll(target.PendingLeads.Contains);
            if (pending.Count == clause.Leads.Count)
            {
                return;
            }
        }

        target.AnsweredByDivision |= clause.AnsweredByDivision;
        if (clause.Leads.Count > 0)
        {
            // Led only by a list in its remits where this clause's leads are the task's first.
            target.ListedByDivision = clause.ListedByDivision && target.Leads.Count == 0;
        }

        if (target.OwnLeadBeforeMeasures && clause.Leads.Count > 0)
        {
            foreach (var name in clause.Leads.Concat(clause.Supports).Concat(clause.Implementers))
            {
                _units.Mention(name);
                target.AddSupport(name);
            }

            return;
        }

        if (clause.HasLabels && (clause.LeadsListed || clause.HasLeadField) && clause.Leads.Count > 0
            && target.PartLeads.Count > 0 && target.Leads.All(target.PartLeads.Contains)
            && !clause.Leads.Concat(clause.Supports).Any(target.PartLeads.Contains) && !NamesTheTask(target, target.PartOfTheWork))
        {
            // …。执法案卷评查由区司法局组织实施。 then 责任单位：区城市管理局: the sentence gave a part of the work; the task's own
            // field names who answers for the whole.
            Review(target, line, NoteSeverity.Note, string.Join("、", target.PartLeads) + " is given a part of the work (" + target.PartOfTheWork
                + "); the task's own field names " + string.Join("、", clause.Leads) + ": read as a support");
            target.PartLeads.ForEach(target.LeadToSupport);

            target.PartLeads.Clear();
        }

        if (clause.Leads.Count > 0 && target.Implementers.Count > 0)
        {
            // 实施单位：Y on a line before 责任单位：X: Y was the task's lead only while nobody else was accountable.
            foreach (var name in target.Implementers)
            {
                target.Leads.Remove(name);
                target.AddSupport(name);
            }

            target.Implementers.Clear();
        }

        if (((clause.Leads.Count > 0 && !clause.LeadsListed) || clause.HasLeadField) && target.Listed.Count > 0)
        {
            // 责任单位：A、B on a line before 牵头单位：X: A led only while nobody was named lead; now all of them support.
            // Before the rest of their list, where they stood in the document.
            for (var i = target.Listed.Count - 1; i >= 0; i--)
            {
                target.Leads.Remove(target.Listed[i]);
                target.Supports.Remove(target.Listed[i]);
                target.Supports.Insert(0, target.Listed[i]);
            }

            target.Reviews.RemoveAll(r => r.StartsWith("lead " + target.Listed[0] + " is the first listed of ", System.StringComparison.Ordinal));
            target.LedByConvention = false;
            target.Listed.Clear();
        }

        // 牵头单位：X on the line before 责任单位：A、B, or in the same clause, even where X could not be read: the listed
        // units are the lead's partners.
        // A second list of the same task (a bracket after each of its bullets): one list, whose first listed leads.
        var besideNamedLead = clause.LeadsListed && (target.HasLeadField || clause.HasLeadField || target.Leads.Except(target.Listed).Except(target.Implementers).Any()
            || (target.Listed.Count > 0 && !_accountability.CoLeads));
        target.HasLeadField |= clause.HasLeadField;
        foreach (var name in clause.Leads)
        {
            _units.Mention(name);
            if (besideNamedLead)
            {
                target.AddSupport(name);
            }
            else
            {
                if (clause.PartOfTheWork is not null && !target.Leads.Contains(name))
                {
                    target.PartLeads.Add(name);
                    target.PartOfTheWork = clause.PartOfTheWork;
                }

                target.AddLead(name);
                if (clause.LeadsListed)
                {
                    target.Listed.Add(name);
                }
            }
        }

        var implementers = clause.Implementers.Where(n => !target.Leads.Contains(n) && !target.Implementers.Contains(n)).ToList();
        foreach (var name in implementers)
        {
            _units.Mention(name);
        }

        if (target.Leads.Except(target.Implementers).Any() || clause.HasLeadField)
        {
            // Beside a lead named by anyone else, or by words that could not be read, the bodies carrying the work out
            // support.
            implementers.ForEach(target.AddSupport);
        }
        else if (implementers.Count > 0)
        {
            // 实施主体：X alone: the one body the document makes accountable; of several, the first listed, as in any
            // list without a lead (the convention, or every one with --co-leads).
            var first = target.Implementers.Count == 0;
            var leading = !first ? new List<string>() : _accountability.CoLeads ? implementers : implementers.Take(1).ToList();
            target.Implementers.AddRange(implementers);
            leading.ForEach(target.AddLead);
            implementers.Skip(leading.Count).ToList().ForEach(target.AddSupport);
            if (first && leading.Count < implementers.Count)
            {
                Review(target, line, NoteSeverity.Note, "lead " + implementers[0] + " is the first listed of " + string.Join("、", implementers) + " (no rule in the document says who leads; --co-leads makes all of them leads)");
            }
        }

        foreach (var name in clause.Supports)
        {
            _units.Mention(name);
            target.AddSupport(name);
        }

        if (clause.Due is { } due && DeadlineFinder.FindInField(due, _year()) is { } deadline)
        {
            target.Due = deadline;
        }

        target.LeadsLaterTasks |= clause.SameBelow;

        if (clause.ByConvention is { } listed && !besideNamedLead)
        {
            // Said once on standard error (below); each such task carries its own review comment.
            var names = string.Join("、", listed);
            var review = "lead " + listed[0] + " is the first listed of " + names + (_accountability.LeadSigns.Length > 0
                ? " (none of them carries the document's lead sign and no rule says who leads them; --co-leads makes all of them leads)"
                : " (no rule in the document says who leads; --co-leads makes all of them leads)");
            if (!target.Reviews.Contains(review))
            {
                target.Reviews.Add(review);
            }

            target.LedByConvention = true;

            if (!_accountability.ConventionNoted)
            {
                _accountability.ConventionNoted = true;
                _notes.Add(new ImportNote(line.Number, NoteSeverity.Note,
                    "the document lists several accountable units without naming a lead (" + words + ") and states no rule"
                    + (_accountability.LeadSigns.Length > 0 ? " for a list none of whose units carries its lead sign (" + _accountability.LeadSigns[0] + ")" : string.Empty)
                    + ": the first listed is read as the lead, by the national convention (排在第一位的为牵头单位), here and in every such list; --co-leads makes every listed unit a lead"));
            }
        }

        foreach (var remark in clause.Remarks)
        {
            Review(target, line, NoteSeverity.Note, remark);
        }

        foreach (var name in clause.NotUnits.Take(MaxNamesNoted))
        {
            Review(target, line, NoteSeverity.Note, "'" + Excerpt(name) + "' does not look like an organisation: not read as a unit (in " + words + ")");
        }

        if (clause.NotUnits.Count > MaxNamesNoted)
        {
            Review(target, line, NoteSeverity.Note, (clause.NotUnits.Count - MaxNamesNoted).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " more names in " + words + " do not look like organisations: not read as units");
        }

        foreach (var unread in clause.Unread)
        {
            if (clause.WithoutKeyword.TryGetValue(unread, out var role))
            {
                var what = role == Role.Oversight ? "督办 (supervision)" : "指导 (guidance)";
                _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "'" + unread + "': " + what + " is a role WPlan has no keyword for; it stays in the text only"));
            }
            else
            {
                Review(target, line, NoteSeverity.Warning, "could not place '" + Excerpt(unread) + "' in the responsibility clause " + words);
            }
        }
    }

    private const int MaxNamesNoted = 10;

    // 或由X牵头 beside another lead, 牵头单位待县政府确定, 牵头部门另行明确, 牵头单位：A或B，待定: a lead offered, not named.
    private static readonly System.Text.RegularExpressions.Regex PendingLead = new(
        @"或由[^，,。；;]{2,20}?(?:牵头|负责)|(?:牵头|责任)(?:单位|部门)?[^，,。；;]{0,4}(?:待[^，,。；;]{0,10}?(?:确定|明确|决定)|另行(?:确定|明确|商定)|尚未(?:确定|明确))"
        + @"|(?:牵头|责任)(?:单位|部门)?[：:][^。；;]{2,40}?[，,（(]待定|[局委办院厅署处科室心]或[省市县区][^，,。；;]{1,20}?[，,]待",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The leads of a clause offered rather than named: each name whose own sentence on the line says the lead is still to
    // be decided; a clause found elsewhere than on the line, by its own words.
    private static List<string> PendingLeads(Clause clause, SourceLine line, string words)
    {
        var pending = new List<string>();
        foreach (var name in clause.Leads)
        {
            var at = line.Folded.IndexOf(ChineseText.Fold(name), System.StringComparison.Ordinal);
            if (at >= 0 ? PendingLead.IsMatch(ChineseText.SentenceAt(line.Folded, at)) : PendingLead.IsMatch(ChineseText.Fold(words)))
            {
                pending.Add(name);
            }
        }

        return pending;
    }

    // The first 60 characters of a quoted clause or name, and … where it goes on.
    private static string Excerpt(string words) => words.Length <= 60 ? words : words.Substring(0, 60) + "…";

    /// <summary>Takes back a unit's mention once no element names it.</summary>
    public void Forget(string name) => _units.Forget(name);

    /// <summary>A note on standard error and the same words as a <c># review:</c> comment above the element in the plan.</summary>
    public void Review(ImportedElement element, SourceLine line, NoteSeverity severity, string message)
    {
        _notes.Add(new ImportNote(line.Number, severity, message));
        if (!element.Reviews.Contains(message))
        {
            element.Reviews.Add(message);
        }
    }

    // Where a task's title ends: a statement is never the title itself.
    private static int TitleEnd(SourceLine line, int from)
    {
        var (title, _) = SplitTitle(line.Text.Substring(from));
        return System.Math.Min(line.Text.Length, from + title.Length + 1);
    }

    /// <summary>
    /// The sentences at the end of a paragraph that are all responsibility, outside parentheses: <c>市发改委牵头，市财政局
    /// 配合。</c>, <c>由市卫健委负责。</c>, or a field line <c>牵头单位：X</c>. Read from the last sentence back while they are.
    /// </summary>
    private IEnumerable<Clause> Statements(SourceLine line, int from, int earliest, List<Clause> inParentheses)
    {
        var found = new List<Clause>();
        var text = line.Text;
        var folded = line.Folded;
        var end = ClosingStop(folded, earliest);
        while (end > earliest)
        {
            var stop = end;
            while (stop > earliest && folded[stop - 1] is '。' or '；' or ';' or ' ' or '　')
            {
                stop--;
            }

            var start = SentenceStart(folded, earliest, stop);
            if (stop <= start || inParentheses.Any(c => from + c.End > start && from + c.Start < stop))
            {
                break;
            }

            var clause = _clauses.ReadStatement(text.Substring(start, stop - start), folded.Substring(start, stop - start), line.Number, start - from);
            if (clause is null && start > earliest && folded[start - 1] is '；' or ';' && SentenceStart(folded, earliest, start - 1) is var before && before < start - 1
                && !inParentheses.Any(c => from + c.End > before && from + c.Start < stop))
            {
                // 责任单位:A、B;C、D: a field's names going on after a semicolon, with no label of their own.
                clause = _clauses.ReadStatement(text.Substring(before, stop - before), folded.Substring(before, stop - before), line.Number, before - from);
                start = clause is null ? start : before;
            }

            if (clause is null && PurposeAfter(folded, start, stop) is var cut and > 0)
            {
                // 县农业农村局会同县水利局负责，确保10月底前全部完工: who does it, then by when and how well, which names
                // nobody: the first part is the clause.
                clause = _clauses.ReadStatement(text.Substring(start, cut - start), folded.Substring(start, cut - start), line.Number, start - from);
                clause = clause is { Leads.Count: > 0 } ? clause : null;
            }

            if (clause is null)
            {
                break;
            }

            found.Add(clause);
            end = start;
        }

        return found;
    }

    // Where a sentence's last parts, from a comma on, say only by when or how well (确保…, 力争…, 按期…) and name no role:
    // the comma's index, or -1.
    private static int PurposeAfter(string folded, int start, int stop)
    {
        var depth = 0;
        for (var i = start + 2; i < stop - 2; i++)
        {
            depth += ChineseText.IsOpenParen(folded[i]) ? 1 : ChineseText.IsCloseParen(folded[i]) && depth > 0 ? -1 : 0;
            if (depth > 0 || folded[i] is not ('，' or ','))
            {
                continue;
            }

            var rest = folded.Substring(i + 1, stop - i - 1).TrimStart(' ', '　');
            return ByWhenWords.Any(w => rest.StartsWith(w, System.StringComparison.Ordinal)) && !RoleWords.HasRole(rest) ? i : -1;
        }

        return -1;
    }

    private static readonly string[] ByWhenWords = { "确保", "力争", "争取", "务必", "按时", "按期", "限期", "并确保", "并于" };

    /// <summary>
    /// Role fields closing the words after a comma, outside brackets (<c>1. 建成区级养老服务指导中心，牵头单位：区民政局。</c>,
    /// <c>…，牵头单位：区卫健局；配合单位：各街道。</c>): the fields from the first role label on, read as one clause where
    /// they are all responsibility up to the end or a bracket. Null where no such label closes the words.
    /// </summary>
    private Clause? TrailingFields(SourceLine line, int from)
    {
        var folded = line.Folded;
        var depth = 0;

        // Where the field sentences from a label on end: one scan serves every label of the same run of fields.
        var fieldsEnd = -1;
        for (var i = from + 2; i < folded.Length; i++)
        {
            var c = folded[i - 1];
            if (ChineseText.IsOpenParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(c) && depth > 0)
            {
                depth--;
            }

            // …，牵头单位：X or a record's fields parted by bars (… ｜ 承办单位：X ｜ 协办单位：Y).
            var at = i;
            while (c is '｜' or '|' && at < folded.Length && folded[at] is ' ' or '　')
            {
                at++;
            }

            if (depth > 0 || c is not ('，' or ',' or '｜' or '|' or '。') || FieldLabel.Match(folded, at) is not { Success: true } label
                || RoleWords.Label(label.Groups[1].Value) is Role.None or Role.Time or Role.Person)
            {
                continue;
            }

            i = at;

            // 。牵头单位：X。 closing the paragraph is a closing clause, read as one (Statements); only fields with the
            // task's words going on after them are read here.
            fieldsEnd = i < fieldsEnd ? fieldsEnd : FieldSentencesEnd(folded, i);
            if (c == '。' && OnlyStopsFrom(folded, fieldsEnd))
            {
                continue;
            }

            // 。牵头单位：市科技局，配合单位：市财政局: the fields start with the sentence, not at the comma.
            var sentence = folded.LastIndexOfAny(new[] { '。', '；', ';' }, i - 1, i - from) + 1;
            if (sentence > from && sentence < i && FieldLabel.Match(folded, sentence) is { Success: true } first
                && RoleWords.Label(first.Groups[1].Value) is not (Role.None or Role.Time or Role.Person)
                && folded.IndexOfAny(new[] { '(', '（', '〔' }, sentence, i - sentence) < 0)
            {
                i = sentence;
            }

            // 。牵头单位：X；责任领导：张三。该项目已完工: the fields' sentences end where a sentence opens with no label.
            var stop = fieldsEnd;
            while (stop > i && folded[stop - 1] is '。' or '；' or ';' or ' ' or '　')
            {
                stop--;
            }

            // …，责任单位：区教育局（2025年12月底前完成）: the fields up to a bracket, which is read as its own clause, a
            // deadline or a note; not …，牵头单位：区教育局（区住建局配合）, whose bracket names who helps the field's body and
            // is read with the field (ClauseReader.EndsWithHelpers).
            var bracket = folded.IndexOfAny(new[] { '(', '（', '〔', '[', '【' }, i, stop - i);
            while (bracket >= 0 && (InsideAName(folded, bracket, stop) || ClauseReader.EndsWithHelpers(folded.Substring(i, stop - i))))
            {
                // 各县（市、区）公安局: a bracket the name goes on after is the name's.
                bracket = folded.IndexOfAny(new[] { '(', '（', '〔', '[', '【' }, bracket + 1, stop - bracket - 1);
            }

            stop = bracket < 0 ? stop : bracket;
            while (stop > i && folded[stop - 1] is '。' or '；' or ';' or '，' or ',' or ' ' or '　')
            {
                stop--;
            }

            if (stop <= i)
            {
                return null;
            }

            return _clauses.ReadStatement(line.Text.Substring(i, stop - i), folded.Substring(i, stop - i), line.Number, i - from) is { NotUnits.Count: 0 } clause
                && clause.Leads.Count + clause.Supports.Count + clause.Implementers.Count > 0
                ? clause
                : null;
        }

        return null;
    }

    private static bool OnlyStopsFrom(string folded, int from)
    {
        for (var i = from; i < folded.Length; i++)
        {
            if (folded[i] is not ('。' or '；' or ';' or ' ' or '　'))
            {
                return false;
            }
        }

        return true;
    }

    // Where the field sentences from a label on end: at the first 。 outside brackets that no field label follows.
    private static int FieldSentencesEnd(string folded, int from)
    {
        var depth = 0;
        for (var i = from; i < folded.Length; i++)
        {
            if (ChineseText.IsOpenParen(folded[i]))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(folded[i]) && depth > 0)
            {
                depth--;
            }
            else if (folded[i] == '。' && depth == 0)
            {
                var next = i + 1;
                while (next < folded.Length && folded[next] is ' ' or '　')
                {
                    next++;
                }

                if (next < folded.Length && !(FieldLabel.Match(folded, next) is { Success: true } label && RoleWords.Label(label.Groups[1].Value) != Role.None))
                {
                    return i + 1;
                }
            }
        }

        return folded.Length;
    }

    // 各县（市、区）公安局: levels in brackets inside a group's name, the name going on after them.
    private static readonly System.Text.RegularExpressions.Regex LevelsInName = new(
        @"\G[（(][市县区乡镇街道州盟旗]{1,2}(?:、[市县区乡镇街道州盟旗]{1,2}){0,3}[）)](?=[\u4E00-\u9FFF])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool InsideAName(string folded, int open, int stop)
        => open > 0 && folded[open - 1] is '县' or '市' or '区' or '乡' or '镇' && LevelsInName.Match(folded, open) is { Success: true } levels && open + levels.Length < stop;

    private static readonly System.Text.RegularExpressions.Regex FieldLabel = new(
        @"\G([\u4E00-\u9FFF]{2,8})[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A task's name, a dash or a wide space, and its units, the whole line (a division list: <c>1. 推动…源头减量——牵头
    /// 单位：X；责任单位：A、B</c>, <c>1. 推动…源头减量　　牵头单位：X</c>): where the separator stands and the fields after
    /// it, read as one clause. A separator with anything else after it is the title's own (一、聚焦“双碳”目标——推动绿色
    /// 低碳发展); the first few are tried, so a long run of dashes costs nothing.
    /// </summary>
    private (int Separator, Clause Clause)? DashedFields(SourceLine line, int from)
    {
        var folded = line.Folded;
        var (title, _) = SplitTitle(folded.Substring(from));
        var depth = 0;
        var tries = 0;
        for (var i = from; i < from + title.Length && tries < 4; i++)
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

            if (depth > 0 || i - from < 2 || c is not ('—' or '─' or '\t' or '-' or '－' or '~' or '～' or ' ' or '　' or '\u00A0' or '：' or ':'))
            {
                continue;
            }

            // 推动校园午餐食材登录：由市教育局主办，市卫生健康委协办: a colon after the task's name (not after a field's label,
            // 牵头单位：) parts it from the responsibility as a dash does.
            if (c is '：' or ':' && EndsLabel(folded, from, i))
            {
                continue;
            }

            var end = i;
            while (end < folded.Length && folded[end] == c)
            {
                end++;
            }

            // — and ─ print a dash alone; -, －, ~ and spaces only doubled (2024-2026, a space inside a name), a tab and a colon alone.
            if (c is not ('—' or '─' or '\t' or '：' or ':') && end - i < 2)
            {
                continue;
            }

            tries++;
            var at = end;
            while (at < folded.Length && folded[at] is ' ' or '　' or '\t' or '—' or '─')
            {
                at++;
            }

            var clause = at < folded.Length ? _clauses.ReadStatement(line.Text.Substring(at), folded.Substring(at), line.Number, at - from) : null;
            if (clause is not null && clause.Leads.Count + clause.Supports.Count + clause.Implementers.Count > 0 && clause.NotUnits.Count == 0)
            {
                return (i, clause);
            }

            i = end - 1;
        }

        return null;
    }

    // True where the words before a colon, from the field's start, are a role's label (…300个，牵头单位：).
    private static bool EndsLabel(string folded, int from, int colon)
    {
        var start = System.Math.Max(from, folded.LastIndexOfAny(new[] { '，', ',', '；', ';', '。', ' ', '　' }, colon - 1) + 1);
        return RoleWords.Label(folded.Substring(start, colon - start)) != Role.None;
    }

    /// <summary>
    /// Responsibility written before the work, at the start of the paragraph: <c>X牵头，A、B配合，做好…</c>,
    /// <c>由X负责，…</c>, <c>【牵头单位】X　【配合单位】A　work…</c>: the longest run of leading fields that are all
    /// responsibility, with words of the plan after them.
    /// </summary>
    private Clause? Leading(SourceLine line, int from, List<Clause> found, int origin = -1)
    {
        // origin: where the found clauses' and the returned clause's spans count from (the paragraph's start).
        origin = origin < 0 ? from : origin;
        var folded = line.Folded;
        // The fields up to the first sentence's end too: 由省经贸委承办，A、B协办。治理工作目标：… gives its supports as well.
        // Across it only where that sentence is itself responsibility (县发改局牵头。县财政局配合，…): 安全检查组。由市安监局
        // 牵头 is a title and the sentence after it, not a list of two leads.
        var sentenceEnd = from + ClauseReader.SplitTopLevel(folded.Substring(from), "。").Select(s => s.End).DefaultIfEmpty(folded.Length - from).First();
        var firstIsClause = sentenceEnd < folded.Length
            && _clauses.ReadStatement(line.Text.Substring(from, sentenceEnd - from), folded.Substring(from, sentenceEnd - from), line.Number, 0) is { Leads.Count: > 0, NotUnits.Count: 0 };
        var ends = ClauseReader.SplitTopLevel(folded.Substring(from), "，,；;。　 \u00A0\t").Take(6).Select(s => from + s.End).Where(e => firstIsClause || e <= sentenceEnd).ToList();
        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var end = ends[k];
            if (end >= folded.Length - 1 || found.Any(c => origin + c.Start < end && origin + c.End > from))
            {
                continue;
            }

            var clause = _clauses.ReadStatement(line.Text.Substring(from, end - from), folded.Substring(from, end - from), line.Number, from - origin);
            if (clause is not null && clause.Leads.Count + clause.Supports.Count > 0 && clause.NotUnits.Count == 0)
            {
                return clause;
            }
        }

        return null;
    }

    /// <summary>
    /// The end of a sentence from a 由 on, where all of it is responsibility: <c>…新建书房30个，由X负责实施，Y配合。</c>,
    /// <c>…，由X会同Y负责实施。</c>; or from a part that is a unit and its lead verb and nothing else, to the sentence's
    /// end: <c>…，明确分工，X牵头，Y配合。</c>. Other words after a comma are the work's own.
    /// </summary>
    private Clause? ByClause(SourceLine line, int from, int start, int stop)
    {
        var folded = line.Folded;
        var fields = ClauseReader.SplitTopLevel(folded.Substring(start, stop - start), "，,").ToList();
        // 去年，由X负责，建成…: what was done before is no assignment; only a later part that says what holds now (去年由X
        // 牵头，今年由Y牵头，X配合; 原来由X牵头的…工作，现调整为Y牵头) gives the work.
        var opensPast = PastWords.Any(w => folded.Substring(start, stop - start).TrimStart().StartsWith(w, System.StringComparison.Ordinal));
        for (var f = 0; f < fields.Count; f++)
        {
            var at = start + fields[f].Start;
            while (at < stop && folded[at] is ' ' or '　')
            {
                at++;
            }

            if (opensPast && !NowWords.Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0))
            {
                continue;
            }

            // 今年调整为Y牵头: the time is no part of the name.
            at += opensPast ? NowTimes.FirstOrDefault(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0)?.Length ?? 0 : 0;

            // …，具体由市发改委负责，…: how the body is given the work comes before its 由.
            var adverb = ByAdverbs.FirstOrDefault(w => at + w.Length < stop && string.CompareOrdinal(folded, at, w, 0, w.Length) == 0 && folded[at + w.Length] == '由')?.Length ?? 0;
            at += adverb;
            // 2025年由X牵头，…, 按照“谁主管、谁负责”原则由X牵头，…: when or by what rule, then who.
            if (adverb == 0 && WhenOrRuleBeforeBy.Match(folded, at) is { Success: true } when && when.Index + when.Length < stop
                && (!when.Groups[1].Success || (_firstYear() is { } first && YearOf(when.Groups[1].Value) >= first)))
            {
                at += when.Length;
            }

            var by = at < stop && ClauseReader.IsAgentBy(folded, at);
            // …，县农业农村局主责、县住建局协同: the lead's part and the helpers' joined by a 、.
            var joined = folded.IndexOf('、', at, System.Math.Max(0, start + fields[f].End - at)) is var join and > 0 && EndsWithLeadVerb(folded, at, join);
            // 3项由县教育局牵头实施 counts tasks, and names none of them.
            var alone = !by && !CountedTasksBy.IsMatch(folded, at) && (joined || EndsWithLeadVerb(folded, at, start + fields[f].End))
                && !InTheirRemitsBesideALead(folded, start, at, start + fields[f].End);
            if (at == start || at >= stop || !(by || alone)
                || (f > 0 && ProseReader.HandedOnOnceDone(folded, (start + fields[f - 1].Start, start + fields[f - 1].End), at)))
            {
                continue;
            }

            // To the sentence's end; from 由, also its fields up to where the work goes on (关于…问题，由X、Y负责，Z配合，
            // 抓紧做好…): the longest run of them that is all responsibility, ending in its verb. A clause is at most 200
            // characters (ReadStatement's bound), so a longer run is not tried.
            var longest = f;
            while (longest + 1 < fields.Count && start + fields[longest + 1].End - at <= 200)
            {
                longest++;
            }

            // …，区水务局牵头，各街道负责辖区…: a body and 牵头 alone in its part lead, whatever work follows, as 由 does.
            // Not where the roles describe a thing (市统筹，县级政府为主，镇（街道）参与的管理体制), nor after another role.
            var ledAlone = alone && LeadsAlone(folded, at, start + fields[f].End) && !RoleWords.HasRole(folded.Substring(start, at - start))
                && !DescribedRoles.IsMatch(folded.Substring(at, stop - at));
            for (var last = by || ledAlone ? longest : fields.Count - 1; last >= (by || ledAlone ? f : fields.Count - 1); last--)
            {
                var end = start + fields[last].End;
                if (end - at > 200 || ((last < fields.Count - 1 || by) && !EndsWithRoleVerb(folded, at, end)))
                {
                    continue;
                }

                var clause = _clauses.ReadStatement(line.Text.Substring(at, end - at), folded.Substring(at, end - at), line.Number, at - from);
                // …，由市公交集团具体实施，市交通运输局负责行业监管: the body that does the work, as well as one that leads; not
                // after a case (未列明单位的，由各级党组织按照职责抓好落实: who does what no task names, a rule of the plan's).
                if (clause is not null && (clause.Leads.Count > 0 || (clause.Implementers.Count > 0 && !(f > 0 && IsCase(folded.Substring(start + fields[f - 1].Start, fields[f - 1].End - fields[f - 1].Start)))))
                    && clause.NotUnits.Count == 0 && clause.Unread.Count == 0
                    && (adverb == 0 || !RoleWords.HasRole(folded.Substring(end, stop - end))))
                {
                    // 具体由X负责，Y配合做好…: where the words after the clause give roles too, the task's prose reads them whole.
                    return clause;
                }
            }
        }

        return null;
    }

    // The sentences from at on give the work to one lead whose name opens them, followed by 牵头.
    private (Clause Clause, string Words)? LeadOpensSentence(SourceLine line, int at)
    {
        while (at < line.Text.Length && line.Folded[at] is ' ' or '　')
        {
            at++;
        }

        return _prose.Sentences(line, at) is { Clause.Leads.Count: 1 } prose && prose.Clause.Leads[0] is var lead
            && at + lead.Length + 2 <= line.Text.Length && string.CompareOrdinal(line.Text, at, lead, 0, lead.Length) == 0
            && string.CompareOrdinal(line.Folded, at + lead.Length, "牵头", 0, 2) == 0
            ? prose
            : null;
    }

    // The first field after the work's own words in a task of one sentence that opens with its lead and 牵头.
    private (Clause Clause, string Words)? LeadAfterWork(SourceLine line, int bodyStart)
    {
        var folded = line.Folded;
        for (var comma = folded.IndexOfAny(new[] { '，', ',' }, bodyStart); comma > bodyStart; comma = folded.IndexOfAny(new[] { '，', ',' }, comma + 1))
        {
            if (OpensWithPast(folded, comma + 1))
            {
                return null;
            }

            if (LeadOpensSentence(line, comma + 1) is { } led)
            {
                return led;
            }
        }

        return null;
    }

    // The words from at to end open with the lead's own name and say 会同 after it.
    private static bool OpensWithTogether(SourceLine line, int at, int end, string lead)
    {
        while (at < end && line.Folded[at] is ' ' or '　')
        {
            at++;
        }

        return at + lead.Length <= end && string.CompareOrdinal(line.Text, at, lead, 0, lead.Length) == 0
            && line.Folded.IndexOf("会同", at + lead.Length, end - at - lead.Length, System.StringComparison.Ordinal) >= 0;
    }

    private static string RestOfSentence(string folded, int at)
    {
        var stop = folded.IndexOfAny(new[] { '。', '；', ';' }, System.Math.Min(at, folded.Length));
        return folded.Substring(at, (stop < 0 ? folded.Length : stop) - at);
    }

    // 1.开展项目验收。由市工信局负责组织验收。: the last sentence, from no earlier than the index after, opens with 由, the
    // body, its verb and the work (and who 配合 in a later part of it). The clause's span is from the paragraph's start.
    private Clause? LastSentenceGivenBy(SourceLine line, int from, int after)
    {
        var (byStart, _) = LastSentence(line, from);
        if (byStart < after || !ClauseReader.IsAgentBy(line.Folded, byStart) || _prose.Sentences(line, byStart) is not { } directed)
        {
            return null;
        }

        var clause = new Clause(byStart - from, line.Text.Length - from);
        clause.Leads.AddRange(directed.Clause.Leads);
        clause.Supports.AddRange(directed.Clause.Supports);
        return clause;
    }

    // …负责, …牵头, …配合, …负责实施: a run of fields that ends with a role's verb, not with the work.
    private static bool EndsWithRoleVerb(string folded, int at, int end)
    {
        var part = folded.Substring(at, end - at).TrimEnd(' ', '　', '。');
        return RoleWords.Verbs.Any(v => part.EndsWith(v.Word, System.StringComparison.Ordinal) && RoleWords.IsVerbAt(part, part.Length - v.Word.Length, v.Word));
    }

    // X牵头, X牵头负责, X负责, X牵头组织, X牵头推进: a part naming who leads, with no words of the work in it.
    private static bool EndsWithLeadVerb(string folded, int at, int end)
    {
        var part = folded.Substring(at, end - at).TrimEnd(' ', '　');
        return part.Length > 3 && LeadVerbs.Any(v => part.EndsWith(v, System.StringComparison.Ordinal));
    }

    // X牵头开展…，县水利局、县卫生健康局按职责分工负责: each answers in its remit beside who leads the sentence before it,
    // and none of them leads it (alone in its sentence, 市工信局、市财政局按职责分工负责 is the sentence's accountable list).
    private static bool InTheirRemitsBesideALead(string folded, int sentenceStart, int at, int end)
    {
        var part = folded.Substring(at, end - at).TrimEnd(' ', '　');
        return InTheirRemits.Any(v => part.EndsWith(v, System.StringComparison.Ordinal))
            && RoleWords.HasRole(folded.Substring(sentenceStart, System.Math.Max(0, at - sentenceStart)), Role.Lead);
    }

    private static readonly string[] InTheirRemits = { "分工负责", "按职责负责", "依职责负责", "各负其责" };

    // 未列明单位的, 遇有特殊情况, 如遇系统升级, 发生险情时: a case the body acts in, not the task's work.
    private static bool IsCase(string field)
    {
        var words = field.Trim(' ', '　');
        return words.EndsWith("的", System.StringComparison.Ordinal) || words.EndsWith("时", System.StringComparison.Ordinal)
            || (CaseOpeners.Any(w => words.StartsWith(w, System.StringComparison.Ordinal)) && !words.StartsWith("若干", System.StringComparison.Ordinal));
    }

    private static readonly string[] CaseOpeners = { "如遇", "遇有", "遇到", "如有", "如需", "若", "如果", "一旦", "凡", "发生", "出现" };

    private static readonly System.Text.RegularExpressions.Regex WhenOrRuleBeforeBy = new(
        @"\G[ 　]*(?:(\d{4})年(?:度|起|内)?|今年|本年度?|年内|全年|(?:按照|根据|依据|遵循)[^，,。；;]{1,20}?(?:原则|要求|规定|分工|部署))[，, 　]*(?=由)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // X牵头, X牵头负责, X牵头组织: the one word that gives the lead whatever follows.
    private static bool LeadsAlone(string folded, int at, int end)
    {
        var part = folded.Substring(at, end - at).Trim(' ', '　');
        return part.Length > 3 && AloneLeadVerbs.Any(v => part.EndsWith(v, System.StringComparison.Ordinal)) && !UnitShape.OpensWithAsking(part);
    }

    private static readonly System.Text.RegularExpressions.Regex DescribedRoles = new(@"(?:牵头|负责|配合|参与|会同|协助|协同)的", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] AloneLeadVerbs = { "牵头", "牵头负责", "牵头组织", "牵头推进", "牵头实施" };

    private static readonly System.Text.RegularExpressions.Regex CountedTasksBy = new(
        @"\G[ 　]*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})项(?:任务|工作)?(?:均|都)?由", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private const int MaxSubjectPart = 400;

    private static readonly string[] LeadVerbs = { "牵头", "牵头负责", "负责", "牵头组织", "牵头推进", "主责", "负主责", "组织实施", "负责实施", "牵头实施" };

    /// <summary>
    /// A closing sentence whose every part has a unit for subject, one of them leading: <c>X要牵头建立…，Y要做好…保障。</c>,
    /// <c>X要牵头完善…，A、B、C要依法…。</c> The subject that 牵头 leads; the others, who are given their share of the work,
    /// support. A part whose subject is not a unit (各地要…) leaves the sentence to the plan's words.
    /// </summary>
    private Clause? Subjects(SourceLine line, int from, int start, int stop)
    {
        var folded = line.Folded;
        var clause = new Clause(start - from, stop - from);
        foreach (var (partStart, partEnd) in ClauseReader.SplitTopLevel(folded.Substring(start, stop - start), "，,"))
        {
            var at = start + partStart;
            while (at < start + partEnd && folded[at] is ' ' or '　')
            {
                at++;
            }

            // A part longer than any subject and its verb is words of the work (reading one of 200,000 characters cost minutes).
            if (start + partEnd - at > MaxSubjectPart)
            {
                return null;
            }

            // 在区应急管理局指导下，各街道办事处负责组织实施 (see AfterLeadingWhen).
            if (ProseReader.UnderGuidance.IsMatch(folded.Substring(at, start + partEnd - at)))
            {
                continue;
            }

            if (_clauses.Subject(line.Text.Substring(at, start + partEnd - at), folded.Substring(at, start + partEnd - at)) is not var (names, role))
            {
                return null;
            }

            (role == Role.Lead ? clause.Leads : clause.Supports).AddRange(names.Where(n => !clause.Leads.Contains(n) && !clause.Supports.Contains(n)));
        }

        return clause.Leads.Count > 0 ? clause : null;
    }

    /// <summary>
    /// The first sentence of the paragraph before <paramref name="stop"/> that is all responsibility, naming a lead
    /// (<c>县卫健局牵头，县医保局、县财政局配合。</c>).
    /// </summary>
    private Clause? EarlierRoleSentence(SourceLine line, int from, int stop)
    {
        var folded = line.Folded;
        var start = from;
        foreach (var i in ChineseText.OutsideParentheses(folded, from, stop))
        {
            if (folded[i] is not ('。' or '；' or ';'))
            {
                continue;
            }

            // 整改措施：X牵头，Y配合。: the label before the roles is no part of them.
            var opens = start;
            if (folded.IndexOfAny(new[] { '：', ':' }, start, i - start) is var colon and > 0 && colon - start is >= 2 and <= 8
                && !RoleWords.HasRole(folded.Substring(start, colon - start)))
            {
                opens = colon + 1;
            }

            // 2024年试点工作由县卫健局牵头。, 去年由X负责。: who had the work before is no lead of it now. 创建…2个，县文旅局负责，
            // 各乡镇配合。: the work, then who does it, in one sentence.
            if (i > opens + 2 && !OpensWithPast(folded, opens)
                && (_clauses.ReadStatement(line.Text.Substring(opens, i - opens), folded.Substring(opens, i - opens), line.Number) is { Leads.Count: > 0 } whole ? whole : ByClause(line, from, opens, i)) is { Leads.Count: > 0 } read
                && read.Unread.Count == 0 && read.NotUnits.Count == 0 && read.Persons.Count == 0)
            {
                var stated = new Clause(start - from, i - from) { ByConvention = read.ByConvention, LeadsListed = read.LeadsListed, Due = read.Due };
                stated.Leads.AddRange(read.Leads);
                stated.Supports.AddRange(read.Supports);
                return stated;
            }

            start = i + 1;
        }

        return null;
    }

    private static bool GivesWork(Clause clause) => clause.Leads.Count + clause.Implementers.Count > 0;

    // The bodies a later part of the task gives a share of the work to, where an earlier sentence names the task's lead:
    // they help it.
    private static Clause Share(Clause part, Clause stated)
    {
        var share = new Clause(part.Start, part.End);
        var named = part.Leads.Concat(part.Implementers).Concat(part.Supports).Where(n => !stated.Leads.Contains(n)).Distinct().ToList();
        share.Supports.AddRange(named);
        if (part.Leads.Concat(part.Implementers).Any(n => !stated.Leads.Contains(n)))
        {
            share.Remarks.Add("a later part of the task is given to " + string.Join("、", part.Leads.Concat(part.Implementers).Where(n => !stated.Leads.Contains(n)))
                + ", beside the lead an earlier sentence names (" + string.Join("、", stated.Leads) + "): read as its share, a support");
        }

        return share;
    }

    /// <summary>
    /// Responsibility written before the work at the start of a later sentence of a task that names nobody elsewhere:
    /// <c>…。由X负责，Y配合，建立…。</c> The first such sentence only, read as <see cref="Leading"/> reads a paragraph's start.
    /// </summary>
    private Clause? InnerLeading(SourceLine line, int from)
    {
        var folded = line.Folded;
        foreach (var i in ChineseText.OutsideParentheses(folded, from, folded.Length - 1))
        {
            if (folded[i] == '。' && ClauseReader.IsAgentBy(folded, i + 1) && Leading(line, i + 1, new List<Clause>()) is { } found)
            {
                var clause = new Clause(found.Start + i + 1 - from, found.End + i + 1 - from) { ByConvention = found.ByConvention, LeadsListed = found.LeadsListed, Due = found.Due };
                clause.Leads.AddRange(found.Leads);
                clause.Supports.AddRange(found.Supports);
                clause.Implementers.AddRange(found.Implementers);
                return clause.Leads.Count > 0 && found.Unread.Count == 0 ? clause : null;
            }
        }

        return null;
    }

    // The last sentence of the paragraph from `from`, without its closing stop.
    // The first 由 clause in a sentence before the paragraph's last (its fields up to the work after them).
    private Clause? EarlierBy(SourceLine line, int from)
    {
        var folded = line.Folded;
        var (lastStart, _) = LastSentence(line, from);
        var start = from;
        for (var i = from; i < lastStart; i++)
        {
            if (folded[i] is '。' or '；' or ';' or '！' or '？')
            {
                if (i > start && ByClause(line, from, start, i) is { } clause && ClauseReader.IsAgentBy(folded, from + clause.Start))
                {
                    return clause;
                }

                start = i + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// A last sentence of names alone, each with its role in brackets after it (<c>区城管局（主责）、区生态环境分局（协同）</c>),
    /// one of them marked to lead: the names of an accountable list whose marks say who leads.
    /// </summary>
    private Clause? MarkedNames(SourceLine line, int from, int start, int stop)
    {
        var folded = line.Folded.Substring(start, stop - start);
        var parts = ClauseReader.SplitTopLevel(folded, "、，,").Select(p => folded.Substring(p.Start, p.End - p.Start).Trim()).ToList();
        if (!parts.Any(p => RoleMark(p) == Role.Lead) || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        var read = _clauses.Accountable(line.Text.Substring(start, stop - start), line.Number);
        if (read.Leads.Count == 0 || read.NotUnits.Count > 0 || read.Unread.Count > 0 || read.Persons.Count > 0)
        {
            return null;
        }

        var clause = new Clause(start - from, stop - from);
        clause.Leads.AddRange(read.Leads);
        clause.Supports.AddRange(read.Supports);
        return clause;
    }

    // The role a name's closing bracket gives it: 区城管局（主责）, 区生态环境分局（协同）.
    private static Role RoleMark(string name)
    {
        var open = name.LastIndexOfAny(new[] { '（', '(' });
        return open > 1 && ChineseText.IsCloseParen(name[name.Length - 1]) && name.Length - open <= 6
            ? RoleWords.Mark(name.Substring(open + 1, name.Length - open - 2))
            : Role.None;
    }

    private static (int Start, int Stop) LastSentence(SourceLine line, int from)
    {
        var folded = line.Folded;
        var stop = ClosingStop(folded, from);
        while (stop > from && folded[stop - 1] is '。' or '；' or ';' or ' ' or '　')
        {
            stop--;
        }

        return (SentenceStart(folded, from, stop), stop);
    }

    /// <summary>
    /// Where the words of a paragraph end: before its closing stops and before a parenthesis after its last sentence
    /// that names no role (<c>…A、B为配合单位。（长期坚持）</c>, <c>（2024年12月底前完成）</c>): that one says when, and
    /// the responsibility stands in the sentence before it.
    /// </summary>
    private static int ClosingStop(string folded, int earliest)
    {
        var stop = folded.Length;
        while (stop > earliest && folded[stop - 1] is '。' or '；' or ';' or ' ' or '　')
        {
            stop--;
        }

        // …市城管局负责。6月底前完成。: a last sentence that says only when, as the parenthesis below does.
        var sentence = stop > earliest ? folded.LastIndexOf('。', stop - 1) : -1;
        if (sentence > earliest && DeadlineFinder.IsDeadlineOnly(folded.Substring(sentence + 1, stop - sentence - 1)))
        {
            return sentence + 1;
        }

        if (stop - earliest < 2 || !ChineseText.IsCloseParen(folded[stop - 1]))
        {
            return folded.Length;
        }

        var open = ClauseReader.Parentheses(folded.Substring(earliest, stop - earliest)).Where(p => p.End == stop - earliest).Select(p => earliest + p.Start).FirstOrDefault();
        if (open <= earliest || folded[open - 1] is not ('。' or '；' or ';'))
        {
            return folded.Length;
        }

        var content = folded.Substring(open + 1, stop - open - 2);
        return RoleWords.HasRole(content) || ClauseReader.HasLabel(content) || ClauseReader.HasCopula(content) ? folded.Length : open;
    }

    /// <summary>
    /// Units in 【】 before the work at the start of a task: <c>【市教育局】新建…</c>, <c>【A、B】…</c> (a list: the first
    /// listed leads, as in any list without a named lead), <c>【X牵头，各区县配合】…</c>. A bracket that is a field label
    /// (【牵头单位】X) is read with the leading fields; one holding anything that is not a unit is the plan's words.
    /// </summary>
    private Clause? Bracketed(SourceLine line, int from)
    {
        var folded = line.Folded;
        var open = from;
        while (open < folded.Length && folded[open] is ' ' or '　')
        {
            open++;
        }

        var close = open < folded.Length && folded[open] == '【' ? folded.IndexOf('】', open + 1) : -1;
        if (close < 0 || close - open > 80 || close + 1 >= folded.Length)
        {
            return null;
        }

        var content = folded.Substring(open + 1, close - open - 1);
        if (content.IndexOfAny(new[] { '：', ':' }) > 0 && ClauseReader.HasLabel(content))
        {
            // 【牵头：干部一科；配合：市委党校】深化理论武装: the fields before the work, read as the same bracket after it is.
            var fields = _clauses.ReadStatement(line.Text.Substring(open + 1, close - open - 1), content, line.Number);
            if (fields is null || fields.Leads.Count + fields.Supports.Count == 0 || fields.NotUnits.Count > 0 || fields.Unread.Count > 0)
            {
                return null;
            }

            var clause = new Clause(open - from, close + 1 - from) { ByConvention = fields.ByConvention, LeadsListed = fields.LeadsListed, Due = fields.Due, HasLabels = true };
            clause.Leads.AddRange(fields.Leads);
            clause.Supports.AddRange(fields.Supports);
            clause.Implementers.AddRange(fields.Implementers);
            clause.Persons.AddRange(fields.Persons);
            return clause;
        }

        return BracketedUnits(line, from, open, close);
    }

    /// <summary>
    /// Units in 【】 closing a task (<c>…严厉查处过期变质食品。【食品安全股】</c>, <c>【A、B】（3月底前）</c>): the bodies
    /// answering for it, as a bracket of names alone after the work is read; only where the document closes its tasks
    /// so (see <see cref="Accountability.TagsHoldUnits"/>), the task's words give no body the lead (建立由乡镇牵头的机制
    /// gives none), and nothing but a parenthesis (when, the official in charge) follows.
    /// </summary>
    private Clause? TrailingBracketed(SourceLine line, int from)
    {
        var folded = line.Folded;
        return _accountability.TagsHoldUnits && ClosingTag.Find(folded, from) is (int open, int close)
            && !StatedRules.NameABodysLead(_clauses, line.Text.Substring(from, open - from), folded.Substring(from, open - from))
            ? BracketedUnits(line, from, open, close)
            : null;
    }

    /// <summary>
    /// Bodies after a dash closing a task's line (<c>…救助范围。——县民政局、县乡村振兴服务中心</c>, <c>——县民政局 县财政局</c>):
    /// the bodies answering for it, as a closing 【】 of them is; only where the document closes its tasks so
    /// (<see cref="Accountability.DashesHoldUnits"/>) and the task's words give no body the lead.
    /// </summary>
    private Clause? TrailingDashed(SourceLine line, int from)
    {
        var folded = line.Folded;
        return _accountability.DashesHoldUnits && ClosingTag.FindDash(folded, from) is (int open, int close)
            && !StatedRules.NameABodysLead(_clauses, line.Text.Substring(from, open - from), folded.Substring(from, open - from))
            ? BracketedUnits(line, from, open, close)
            : null;
    }

    private Clause? BracketedUnits(SourceLine line, int from, int open, int close)
    {
        var folded = line.Folded;
        var content = folded.Substring(open + 1, close - open - 1);
        if (content.Length == 0 || ClauseReader.HasLabel(content) || content.IndexOf('【') >= 0)
        {
            return null;
        }

        var cell = _clauses.ReadCell(line.Text.Substring(open + 1, close - open - 1), line.Number, Role.Accountable, tableHasSupportColumn: false);
        if (cell.Leads.Count == 0 || cell.NotUnits.Count > 0 || cell.Unread.Count > 0 || cell.Persons.Count > 0)
        {
            return null;
        }

        // A closing dash's words run to the line's end, with no bracket closing them.
        var clause = new Clause(open - from, System.Math.Min(close + 1, folded.Length) - from) { ByConvention = cell.ByConvention, LeadsListed = cell.LeadsListed, Due = cell.Due };
        clause.Leads.AddRange(cell.Leads);
        clause.Supports.AddRange(cell.Supports);
        clause.Implementers.AddRange(cell.Implementers);
        return clause;
    }

    // The start of the sentence that ends at stop: after the previous 。 or ； outside parentheses.
    private static int SentenceStart(string folded, int earliest, int stop)
    {
        var depth = 0;
        for (var i = stop - 1; i >= earliest; i--)
        {
            var c = folded[i];
            if (ChineseText.IsCloseParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsOpenParen(c) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && c is '。' or '；' or ';')
            {
                return i + 1;
            }
        }

        return earliest;
    }

    public void Words(ImportedElement element, string text, string folded)
    {
        element.Targets.AddRange(TargetFinder.Find(text, folded));
        element.Due ??= DeadlineFinder.Find(text, folded, _year());
    }

    private static void AddText(ImportedElement element, string text)
    {
        if (text.Trim().Length > 0)
        {
            element.Text.Add(text.Trim());
        }
    }
}
