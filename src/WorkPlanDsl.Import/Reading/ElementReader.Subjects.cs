using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Who a task's own sentences say must do it: a body opening a sentence as its subject (<c>县水利局要…</c>), after when
/// (<c>汛期到来前，县水利局要…</c>) or after a directive without a subject; the bodies a sentence only asks to help; the
/// bodies addressed before a colon (<c>市公安局：</c>).
/// </summary>
internal sealed partial class ElementReader
{
    /// <summary>
    /// The first sentence from <paramref name="from"/> on that opens with someone who must do something (X要…), where
    /// that someone is the bodies the task is given to and nobody else in the sentence must do anything: the clause and
    /// where it starts. 幼儿园要…；公安机关要…；市场监管部门要… and 市财政局要…，市审计局要… name nobody to lead, nor does a
    /// task whose earlier sentence gives its work to someone (请X…, 由X…).
    /// </summary>
    private (int At, Clause Clause)? SentenceWithSubject(SourceLine line, int from)
    {
        var folded = line.Folded;
        for (var at = from; at < folded.Length; at++)
        {
            // 2、组织实施：县农业农村局要…: a short label and its colon open the sentence as a full stop would.
            if (at != from && folded[at - 1] is not ('。' or '！' or '？')
                && !(folded[at - 1] is '：' or ':' && at - 1 - from is > 0 and <= MaxStageLabel && folded.IndexOfAny(new[] { '。', '，', ',', '；', '：', ':' }, from, at - 1 - from) < 0
                    && !Says.Any(w => folded.IndexOf(w, from, at - 1 - from, System.StringComparison.Ordinal) >= 0))
                && !SubjectAfterDirective(folded, from, at))
            {
                continue;
            }

            // 。 市科技局负责: the blanks after a stop are no part of the sentence, whose clause is quoted from its first word.
            while (at < folded.Length && folded[at] is ' ' or '　')
            {
                at++;
            }

            var sentenceStart = at;
            at = ProseReader.AfterOfficial(folded, AfterLeadingWhen(folded, at));
            if (at > sentenceStart && ProseReader.HandedOnOnceDone(folded, (sentenceStart, at), at))
            {
                at = sentenceStart;
                continue;
            }

            if (_prose.LeadField(line, at) is { } field)
            {
                // 加强文物安全巡查。市文物保护中心负责，各县（市、区）要…: the sentence opens with who leads, alone in its field.
                return (at, field);
            }

            if (at > sentenceStart && _prose.Opening(line, at) is { } afterWhen)
            {
                // 5月底前，县应急管理局会同县消防救援大队完成…: when, then the bodies and the work straight after their verb. Not
                // without the when: a later sentence may only mention a body (生态环境部会同有关部门组织评估).
                return (at, afterWhen);
            }

            if (!OpensWithModal(folded, at))
            {
                // 请市发改委督促各区…。各区要…: an earlier sentence that gives the work to someone already says who does it.
                var stop = folded.IndexOfAny(new[] { '。', '！', '？' }, at);
                var sentence = folded.Substring(at, (stop < 0 ? folded.Length : stop) - at);
                // Not the task's own words that carry it out (落实…制度, 直接责任人): only a role given to someone. A
                // directive, then the bodies that must carry it out after its comma: read from there.
                var subjectAt = Enumerable.Range(at + 1, sentence.Length).FirstOrDefault(p => p < folded.Length && SubjectAfterDirective(folded, from, p));
                var afterSubject = subjectAt > 0 ? folded.Substring(subjectAt, at + sentence.Length - subjectAt) : string.Empty;
                if (subjectAt > 0 ? afterSubject.Contains("请") || afterSubject.Contains("由")
                    : sentence.Contains("请") || sentence.Contains("由") || (RoleWords.HasRole(sentence) && GivingWords.Any(sentence.Contains)))
                {
                    // …，市农业农村局要加强督导，由各县区政府具体组织实施: who the work is given to after the subject is another.
                    return null;
                }

                at = sentenceStart;
                continue;
            }

            var end = folded.IndexOfAny(new[] { '。', '！', '？' }, at);
            end = end < 0 ? folded.Length : end;
            if (folded[at] == '各' && WholePlanWords.Any(w => folded.IndexOf(w, at, end - at, System.StringComparison.Ordinal) >= 0))
            {
                // 各区、各部门要结合实际，确保各项任务落到实处: everyone told to see to all the plan's tasks, a closing word,
                // not this one's lead (县委督查室要加强对各项任务的督查 is a body's own task).
                return null;
            }

            var supporters = new List<string>();
            for (var part = at + 1; part < end; part++)
            {
                if (folded[part - 1] is '，' or ',' or '；' or ';' && OpensWithModal(folded, part)
                    && !PurposeWords.Any(w => string.CompareOrdinal(folded, part, w, 0, w.Length) == 0))
                {
                    // …，市农业农村局、市林业局要积极配合。: a later part whose bodies only 配合 names the supports.
                    if (Supporters(line, part, end) is { } names)
                    {
                        supporters.AddRange(names);
                        continue;
                    }

                    // 县供电公司要做好…，重点活动场所要搞好预检: a later part whose subject is a place or a thing, not a body,
                    // gives no one else the work of the one body the sentence opens with (bodies addressed together,
                    // 各区县政府、市政府各部门要…, stay the plan's addressees).
                    if (SubjectNames(folded, part, end) is { } later && !later.Any(IsBodyOrKind)
                        && SubjectNames(folded, at, end) is { Count: 1 } opening && UnitShape.IsOrganisation(opening[0]) && !UnitShape.IsGroup(opening[0])
                        && !UnitShape.IsSectorDepartment(opening[0]))
                    {
                        continue;
                    }

                    return null;
                }
            }

            // 市数据局要积极支持平台建设。: the one body the sentence opens with only backs the work someone else leads.
            if (Supporters(line, at, end) is { } backing)
            {
                var support = new Clause(0, end - at);
                support.Supports.AddRange(backing.Concat(supporters).Distinct());
                return (at, support);
            }

            if (_prose.Opening(line, at, modalSubject: true) is not { } found)
            {
                return null;
            }

            found.Supports.AddRange(supporters.Where(n => !found.Leads.Contains(n) && !found.Supports.Contains(n)));
            return (at, found);
        }

        return null;
    }

    // 严格落实党政同责，市委农办要会同…: a directive without a subject, then a comma and the bodies that must carry it out;
    // the first such part of a sentence opens it as a full stop would. Not where the directive has a subject of its own.
    private static bool SubjectAfterDirective(string folded, int from, int at)
    {
        if (folded[at - 1] is not ('，' or ',') || !OpensWithModal(folded, at))
        {
            return false;
        }

        var start = System.Math.Max(from, folded.LastIndexOfAny(new[] { '。', '！', '？', '：', ':' }, at - 1) + 1);
        // Not an occasion with its own body (县财政局在资金到位后，), nor a topic (关于重点项目推进问题，).
        var before = folded.Substring(start, at - 1 - start).Trim();
        if (ProseReader.MeetingDecided.IsMatch(before))
        {
            // 会议要求，县人社局要…: what the meeting asked opens the sentence; the body after it must do the work.
            return true;
        }

        return before.Length is >= 4 and <= 40 && UnitShape.LevelPrefixes.IndexOf(before[0]) < 0 && before[0] != '各'
            && !BodyOrTopicWords.Any(w => before.IndexOf(w, System.StringComparison.Ordinal) >= 0) && before.IndexOfAny(new[] { '，', ',', '；', ';' }) < 0
            && !Enumerable.Range(0, before.Length).Any(i => UnitShape.ModalAt(before, i) > 0)
            && !RoleWords.HasRole(before, Role.Lead, Role.Support, Role.Accountable, Role.Together) && before.IndexOf('由') < 0 && !PurposeWords.Any(w => before.StartsWith(w, System.StringComparison.Ordinal));
    }

    // Words that make the part before the comma a body's own occasion or a topic, not a directive without a subject.
    private static readonly string[] BodyOrTopicWords = { "关于", "对于", "针对", "局", "委", "办", "厅", "政府", "部门", "单位", "中心" };

    // The names before the modal verb of the part from `part` (县财政局要…, 重点活动场所要…); null where none stands within reach.
    private static List<string>? SubjectNames(string folded, int part, int end)
    {
        for (var i = part + 1; i < System.Math.Min(end, part + 40); i++)
        {
            if (UnitShape.ModalAt(folded, i) > 0)
            {
                var subject = folded.Substring(part, i - part).Trim();
                return ClauseReader.Names(subject, subject).Select(n => n.Name.Trim()).Where(n => n.Length > 0).ToList();
            }
        }

        return null;
    }

    // A body, a group, or a kind of them (助餐机构, 供水单位, 经营企业): someone who may be given work.
    private static bool IsBodyOrKind(string name)
        => UnitShape.IsOrganisation(name) || UnitShape.IsGroup(name) || KindEndings.Any(e => name.EndsWith(e, System.StringComparison.Ordinal));

    private static readonly string[] KindEndings = { "机构", "单位", "企业", "部门", "组织", "主体", "经营者", "个人", "人员", "学校", "医院" };

    // 市农业农村局、市林业局要积极配合(做好…), 市财政局要做好资金保障, 市数据局要积极支持平台建设: bodies whose part of a
    // sentence is only to support or to back the work; null where it says more.
    private static List<string>? Supporters(SourceLine line, int part, int end)
    {
        var folded = line.Folded;
        var modal = -1;
        for (var i = part + 1; i < System.Math.Min(end, part + 40) && modal < 0; i++)
        {
            modal = UnitShape.ModalAt(folded, i) > 0 ? i : -1;
        }

        if (modal < 0)
        {
            return null;
        }

        var stop = folded.IndexOfAny(new[] { '，', ',', '；', ';' }, modal);
        stop = stop < 0 || stop > end ? end : stop;
        var after = folded.Substring(modal + UnitShape.ModalAt(folded, modal), stop - modal - UnitShape.ModalAt(folded, modal));
        // …，县教育局要积极配合，确保就业率…, …要积极配合，加强督导检查: what the sentence is for, or the supporters' own
        // work, may follow them; not a role given to anyone (…要积极配合，由县林业局牵头…).
        if (!SupportOnly.IsMatch(after) || (stop < end && !PurposeWords.Concat(new[] { "力争" }).Any(w => string.CompareOrdinal(folded, stop + 1, w, 0, w.Length) == 0)
            && (RoleWords.HasRole(folded.Substring(stop, end - stop)) || folded.IndexOf('由', stop, end - stop) >= 0)))
        {
            return null;
        }

        var names = ClauseReader.Names(line.Text.Substring(part, modal - part), folded.Substring(part, modal - part));
        return names.Count > 0 && names.All(n => !n.Tail && UnitShape.IsOrganisation(n.Name)) ? names.Select(n => n.Name).ToList() : null;
    }

    private static readonly System.Text.RegularExpressions.Regex SupportOnly = new(
        @"^(?:积极|主动|全力|密切|认真|大力)?(?:(?:做好)?(?:配合|协助|协同配合)(?:工作|(?:做好|开展|抓好|推进|落实|完成)[^，,；;。由]{1,20})?|支持(?:配合)?[^，,；;。由]{0,20}|(?:做好|提供)[^，,；;。由]{1,12}(?:保障|支持|支撑)(?:工作)?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The longest label before a colon that opens a task's words (动员部署, 总结验收, 组织实施).
    private const int MaxStageLabel = 8;

    // 群众说：, 有人提出：: what someone said, never a label over the work.
    private static readonly string[] Says = { "说", "称", "认为", "指出", "提出", "强调", "建议", "反映", "表示", "希望", "要求", "留言", "问", "答", "呼吁", "呼声" };

    // 汛期到来前，县水利局要…, 6月底前，各乡镇要…, 在汛期，…: a sentence may say when before whom; the subject follows the
    // comma. Only a short phrase that ends in a word of time, with no role or modal in it.
    private static int AfterLeadingWhen(string folded, int at)
    {
        var comma = folded.IndexOfAny(new[] { '，', ',', '。', '；', ';', '：', ':' }, at);

        // 在区应急管理局指导下，各街道办事处负责组织实施: the body under whose guidance the work is done guides it; the
        // subject after the comma does the work.
        if (comma > at && folded[comma] is '，' or ',' && ProseReader.UnderGuidance.IsMatch(folded.Substring(at, comma - at)))
        {
            return comma + 1;
        }

        if (comma < 0 || comma - at > 16 || comma - at < 2 || folded[comma] is not ('，' or ','))
        {
            return at;
        }

        // 各乡镇在制定方案时，要…: a body before its occasion is the subject, not a time.
        var phrase = folded.Substring(at, comma - at);
        if (phrase.IndexOfAny(new[] { '在', '于', '当' }, 1) >= 0)
        {
            return at;
        }

        return LeadingTimes.Any(t => phrase.EndsWith(t, System.StringComparison.Ordinal)) && !RoleWords.HasRole(phrase)
            && !Enumerable.Range(0, phrase.Length).Any(i => UnitShape.ModalAt(phrase, i) > 0)
            ? comma + 1
            : at;
    }

    private static readonly string[] LeadingTimes = { "前", "后", "时", "期间", "底", "年内", "以前", "以后", "之前", "之后", "汛期", "期内" };

    // …，以满足学生学习需要, …，确保项目需要: what the work is for closes the sentence; 企业要…, 市审计局要…, 以上各单位要…,
    // 使用单位要… is someone else who must.
    private static readonly string[] PurposeWords =
        { "以满足", "以便", "以确保", "以保障", "以适应", "以提高", "以促进", "以免", "为了", "确保", "从而", "进而", "使其", "使之" };

    // 幼儿园要, 市财政局要, 各区、县（市）要, 教务处、财务资产处…等相关单位要: words without a stop, then a modal (not 要求,
    // a demand on others).
    private static bool OpensWithModal(string folded, int at)
    {
        for (var i = at + 2; i < folded.Length && i < at + 40; i++)
        {
            if (folded[i] is '，' or ',' or '。' or '；' or ';' or '：' or ':')
            {
                return false;
            }

            if (UnitShape.ModalAt(folded, i) > 0)
            {
                return true;
            }

            // 各乡镇在制定方案时，要…: the occasion's comma is inside the subject's sentence.
            if (ProseReader.WhenEnd(folded, i) is > 0 and var after)
            {
                return UnitShape.ModalAt(folded, after) > 0;
            }
        }

        return false;
    }

    // 市公安局：, 市公安局、市交通局, 民政部门: before a colon at the start of an item: bodies the document names, by
    // their level (not 中心城区：, a place) or their field. 市公安局。负责…: the same with a full stop, where the next sentence opens with what
    // it is given to do; 市公安局 alone, an item of a section of duties (三、职责分工 then (一)市公安局 and its work below).
    private static (string Words, int After)? AddressedBodies(SourceLine line, int bodyStart, bool amongDuties = false)
    {
        var folded = line.Folded;
        var colon = folded.IndexOfAny(new[] { '：', ':', '。' }, bodyStart);
        if (colon < 0 && amongDuties)
        {
            colon = folded.TrimEnd().Length;
        }

        var alone = folded.Substring(colon + (colon < folded.Length ? 1 : 0)).Trim().Length == 0;
        if (colon <= bodyStart + 1 || colon - bodyStart > 30 || (alone && !amongDuties)
            || (!alone && folded[colon] == '。' && RoleWords.VerbAt(folded, colon + 1).Role is not (Role.Accountable or Role.Lead)))
        {
            return null;
        }

        var words = line.Text.Substring(bodyStart, colon - bodyStart).Trim();
        var names = ClauseReader.Names(words, ChineseText.Fold(words));

        // 财政局：负责安排…, 发改委：负责…, 公安局：实施…: a county's own bureau named without its level, where the words
        // after the colon give it the work or open with what it does.
        var work = colon + 1;
        while (work < folded.Length && folded[work] is ' ' or '　')
        {
            work++;
        }

        var givesWork = !alone && folded[colon] is '：' or ':' && work < folded.Length
            && (RoleWords.VerbAt(folded, work).Role is Role.Accountable or Role.Lead || string.CompareOrdinal(folded, work, "承担", 0, 2) == 0
                || UnitShape.ActionAt(folded, work) > 0);
        // 2.各区县教育局：负责本辖区…: a group of bodies given a duty of its own, in so many words (负责, 牵头), as a body is.
        var givesDuty = givesWork && RoleWords.VerbAt(folded, work).Role is Role.Accountable or Role.Lead
            && folded.IndexOf("牵头", work + 2, System.StringComparison.Ordinal) < 0 && folded.IndexOf("配合", work, System.StringComparison.Ordinal) < 0;
        return names.Count > 0 && names.All(n => !n.Tail && UnitShape.IsOrganisation(n.Name)
                && (!UnitShape.IsGroup(n.Name) || givesDuty)
                && (UnitShape.LevelPrefixes.IndexOf(ChineseText.Fold(n.Name)[0]) >= 0 || UnitShape.IsSectorDepartment(n.Name) || (givesWork && UnitShape.IsOfficeWithoutLevel(n.Name))
                    || (givesDuty && UnitShape.IsGroup(n.Name)) || (givesDuty && NationalCompanyInPlace(n.Name)))
                && RoleWords.Label(ChineseText.Fold(n.Name)) == Role.None)
            ? (words, System.Math.Min(colon + 1, line.Text.Length))
            : null;
    }

    // 国网云岭县供电公司, 中国移动云岭分公司: a national company's office in the place, given its duty as a body is.
    private static bool NationalCompanyInPlace(string name)
    {
        var folded = ChineseText.Fold(name);
        return (folded.StartsWith("国网", System.StringComparison.Ordinal) || folded.StartsWith("中国", System.StringComparison.Ordinal))
            && (folded.EndsWith("公司", System.StringComparison.Ordinal) || folded.EndsWith("分行", System.StringComparison.Ordinal) || folded.EndsWith("支行", System.StringComparison.Ordinal))
            && folded.IndexOfAny(UnitShape.LevelPrefixes.ToCharArray(), 2) > 0;
    }
}
