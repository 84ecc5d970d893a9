using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>Paragraphs that speak of tasks by their numbers: 第4至6项由X牵头, and a list of attachments 附件：1.… 2.….</summary>
internal sealed partial class StructureReader
{
    // 附件：, 附：, 附件：1.…: the list of the document's attachments starts (with its first entry numbered).
    private static readonly System.Text.RegularExpressions.Regex AttachmentList = new(
        @"^[ 　]*附件?[ 　]*[：:][ 　]*(1[.．、])?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex AttachmentEntry = new(
        @"^[ 　]*(\d{1,2})[.．、]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True where the line opens a list of attachments with its first entry (附件：1.…分工表).</summary>
    internal static bool AttachmentsListed(string folded) => AttachmentList.Match(folded) is { Success: true } list && list.Groups[1].Success;

    /// <summary>
    /// True where a 附：/附件： line (not a numbered list of attachments) is a note inside the open task, not an annex: the
    /// task's roles bracket follows it (附：户厕改造标准见省厅文件。 / （县农业农村局牵头，县卫健局配合）), or the next task
    /// does (附：村名单另行印发。 / 3.开展村庄清洁行动). An annex (附：县领导分工 / 副县长 X：负责第一条) holds no next task.
    /// </summary>
    private bool NoteInTask(List<(SourceLine Line, Numbering Numbering)> body, int at)
    {
        if (_task is null || AttachmentsListed(body[at].Line.Folded))
        {
            return false;
        }

        if (at + 1 < body.Count && body[at + 1] is { Line.Table: null, Numbering.Kind: NumberingKind.None } next && RolesBracket.IsMatch(next.Line.Folded.Trim())
            && new ClauseReader().Read(next.Line.Text, next.Line.Folded).Any(c => c.Leads.Count + c.Supports.Count > 0))
        {
            return true;
        }

        for (var j = at + 1; j < body.Count; j++)
        {
            if (body[j].Line.Table is not null)
            {
                return false;
            }

            if (body[j].Numbering.Kind != NumberingKind.None)
            {
                return body[j].Numbering.Kind == _taskKind && body[j].Numbering.Value == _lastTaskNumber + 1;
            }
        }

        return false;
    }

    // （县农业农村局牵头，县卫健局配合）: a line that is a roles bracket alone.
    private static readonly System.Text.RegularExpressions.Regex RolesBracket = new(
        @"^[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)][。；;]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The number an entry of the list starts with (2.各单位联络员名单 → 2), however its words read; 0 where none.</summary>
    internal static int AttachmentNumber(string folded)
        => AttachmentEntry.Match(folded) is { Success: true } entry ? int.Parse(entry.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    // A task's number in a sentence that speaks of it: 4, 第4, 第（四）, （五）, 第一; a Chinese numeral alone is a count
    // (以上三项工作由…), not a number, unless it goes on a range or list (第一、二项).
    // 第（3）项 and 第③项 name tasks numbered (3) and ③ (or 3.).
    private const string ScopeNumber = @"(?:第?\d{1,4}|第[（(]?[一二三四五六七八九十]{1,3}[）)]?|[（(][一二三四五六七八九十]{1,3}[）)]|第[（(]\d{1,3}[）)]|第[\u2460-\u2473])";

    private const string NextScopeNumber = @"(?:第?\d{1,4}|第?[（(]?[一二三四五六七八九十]{1,3}[）)]?|第?[（(]\d{1,3}[）)]|第?[\u2460-\u2473])";

    // 第1—3项、第6项: a list of numbers may say 项 after each of its parts; 第（四）（五）项: bracketed numbers need no mark
    // between them.
    private const string ScopeJoint = @"(?:[ 　]*(?:项|条)?[ 　]*[、，,—\-－~～至到和及][ 　]*|(?<=[）)])[ 　]*(?=第?[（(]))";

    private const string ScopeBody = "(?:" + "(" + ScopeNumber + "(?:" + ScopeJoint + NextScopeNumber + @"){0,30})[ 　]*(?:项|条)(?:任务|工作|活动)?"
        + "|任务(" + NextScopeNumber + @"(?:[ 　]*[、，,—\-－~～至到和及][ 　]*(?:任务)?" + NextScopeNumber + @"){0,30}))"
        + @"(?:[ 　]*[（(](?<except>(?:[^（）()]|[（(][^（）()]{1,4}[）)]){1,30}?)除外[）)][ 　]*)?"
        // 第15—22项中未明确责任科室的，由X牵头: the scope's tasks that name none, which are the only ones a scope leads.
        + @"(?:中?(?:未明确|未列明|未注明|未写明|没有明确)[^，,。；;由]{0,8}的)?(?:(?:[，,][ 　]*)?(?:均|都|分别)?由(?!于)|[：:](?=[ 　]*[^：:，,；;。]{2,30}?(?:牵头|负责|承办|主办))"
        // 其中第（一）项县委宣传部配合: with 第 and nothing but bodies before 配合, no 由 is needed to give support.
        + @"|(?<=第[^由：:，,；;。]{1,30}[项条])(?=[ 　]*[^由：:，,；;。（(]{2,40}?(?:配合|协助)(?:[ 　]*[。；;，,]?[ 　]*$|[。；;]|[，,][ 　]*(?=第)))"
        // 第1、6项：耕地保护股、各乡镇人民政府；: a colon and the bodies alone, under a rule stated for the list (see BareList).
        + @"|(?<bare>[：:])(?=[ 　]*[^：:，,；;。由]{2,80}?(?:[；;。，,]|$)))";

    // （1—3项由…, 第4至6项由…, 上述第7、8项任务分别由…, 本部分第（五）项由…, 上述第（一）至（三）项工作由…, 会议明确：第一项由…, 其中，第1项由…,
    // 重点工作第1—3项由…: tasks named by
    // their numbers, then who does them; also after a colon, where a body and its role follow (a division list at the end,
    // 第1—3项：A牵头，B配合 / 第4项、第6项：C负责), not the words of a task numbered 第一项：.
    private static readonly System.Text.RegularExpressions.Regex NumberedScope = new(
        @"^[ 　]*(?:[\u4E00-\u9FFF]{1,8}[：:，,][ 　]*)?[（(]?(?:以上|上述|前述|本部分|本节|本章)?(?:(?:重点|主要)(?:工作|任务)|工作任务)?" + ScopeBody, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // …配合；第6项由县教育局牵头, …牵头负责，第（四）项由…: the next scope of a sentence that gives several, after a stop.
    private static readonly System.Text.RegularExpressions.Regex LaterScope = new(
        @"(?<=[；;，,。]|[（(](?=第))[ 　]*(?:其中[，,]?[ 　]*)?(?:以上|上述|前述)?(?=第|任务|[（(][一二三四五六七八九十\d])" + ScopeBody, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 说明：除, （本部分除, 除上述: how a statement that sets tasks apart opens, after a label, a bracket or its part's word.
    private const string ExceptionOpening = @"^[ 　]*(?:[\u4E00-\u9FFF]{1,8}[：:][ 　]*)?[（(]?(?:本部分|本节|本章|以下)?除(?:以上|上述|前述)?";

    // 除第4项由X牵头外，: an exception, with its own lead, before the scope it is taken from.
    private static readonly System.Text.RegularExpressions.Regex ExceptionFirst = new(
        ExceptionOpening + "(?<numbers>" + NextScopeNumber + "(?:" + ScopeJoint + NextScopeNumber + @"){0,10})[ 　]*(?:项|条)(?:任务|工作)?"
        + @"(?:(?:均|都|(?<each>分别))?由(?<who>[^，,。；;由]{2,60}?(?:牵头|负责|承办|主办)(?:负责)?))?(?:以)?外[，,][ 　]*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // ，其余任务由B牵头 after a scope's words: where they end.
    // ，其余3项由B牵头 too: the count only says how many the others are.
    private static readonly System.Text.RegularExpressions.Regex OthersAfterScope = new(
        @"[，,；;][ 　]*(?=(?:其余|其他|其它)(?:各项|的)?(?:\d{1,2}项|[两二三四五六七八九十]{1,2}项)?(?:任务|工作|事项)?(?:均|都)?由)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 其余任务由X牵头, 其他各项工作均由X负责, 均由X牵头: after an exception, the tasks it leaves.
    private static readonly System.Text.RegularExpressions.Regex TheOtherTasks = new(
        @"^[ 　]*(?:(?:其余|其他|其它)(?:各项|的)?(?:\d{1,2}项|[两二三四五六七八九十]{1,2}项)?(?:任务|工作|事项)?(?:均|都)?|均|都|一律)由(?<words>[^。；;]{2,80}?)[。；;]?[）)]?[。；;]?[ 　]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 其余任务由X牵头，第3项由Y牵头 and 以上任务均由X牵头，其中第3项由Y牵头: the rest first, then where the tasks set apart
    // from it begin (said without any, the statement names no task by its number and is not read here). Only as a line
    // opens: after 除第3项外， the exception's reader takes the rest itself.
    private static readonly System.Text.RegularExpressions.Regex RestFirst = new(
        @"^[ 　]*(?:(?:其余|其他|其它)(?:各项|的)?(?:任务|工作|事项)?|(?:各项|全部|所有|(?:以上|上述)(?:各项)?)(?:任务|工作|事项))(?:均|都)?由", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex GivesLead = new("牵头|负责|主办|承办|主责", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 其中第3项由Y配合, 第4项由Y协助: words that give support and nothing else.
    private static readonly System.Text.RegularExpressions.Regex GivesSupport = new("配合|协助|参与|协办", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A task set apart from the rest is the rest's only where its words give support alone (第3项由Y配合); 由Y会同Z推进,
    // 由Y承担, 由Y组织开展 give it to Y, whatever the verb.
    private static bool SetApartForSupportOnly(string words)
    {
        var folded = ChineseText.Fold(words);
        return GivesSupport.IsMatch(folded) && !GivesLead.IsMatch(folded);
    }

    private static readonly System.Text.RegularExpressions.Regex SetApartAfterRest = new(
        @"[，,；;][ 　]*(?:其中[，,]?[ 　]*)?(?=(?:以上|上述)?(?:第|任务[\d一二三四五六七八九十（(]))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Tasks a statement names by their numbers, whether it says 分别, and its words from 由 (the bodies and their roles);
    /// with <paramref name="AllBut"/>, every task of the list but those numbers (其余任务由X牵头 after an exception).
    /// </summary>
    private sealed record NumberScope(List<int> Numbers, string Spec, bool Each, string Words, bool AllBut = false);

    // 本部分除第2项…, 以上…: a statement of one part only.
    private static readonly string[] PartWords = { "本部分", "本节", "本章", "以上", "上述", "以下" };

    // 除第3项外…, 说明：除第4项由X牵头外…: a statement about tasks by their numbers, read or not.
    private static readonly System.Text.RegularExpressions.Regex ExceptionStatement = new(ExceptionOpening + "第", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 由各社区居委会负责组织: the role, not the work it names after it.
    private static readonly System.Text.RegularExpressions.Regex WorkAfterRole = new(
        @"(负责|牵头|承办)(?:组织实施|组织|实施|落实|推进|完成)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The scopes a line opening with one gives, each with its numbers, whether it says 分别, and its words from 由 to the
    /// next scope (以上第1—5项由A牵头，B配合；第6项由C牵头: 1–5 are A's with B, 6 is C's alone).
    /// </summary>
    private static List<NumberScope> NumberedScopes(SourceLine line) => NumberedScopes(line, 0);

    // More exceptions than this before one scope is no statement a plan makes: not read (and never a deep recursion).
    private const int MostExceptions = 20;

    // 副县长 沈秋禾：负责第三条至第五条。其中，…: a leader's share of a division by person; the scopes that give the
    // bodies follow it (or are the share itself: 负责第六条、第七条，分别由A、B承办).
    private static readonly System.Text.RegularExpressions.Regex LeaderShare = new(
        @"^[^。；;：:]{2,40}[：:][ 　]*(?:负责|分管|联系|牵头负责|包抓|领办)(?=[ 　]*第)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex ShareOnly = new(
        @"^[ 　]*" + ScopeNumber + "(?:" + ScopeJoint + NextScopeNumber + @"){0,30}[ 　]*(?:项|条)(?:任务|工作)?[ 　]*[。；;]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static List<NumberScope> NumberedScopes(SourceLine line, int exceptions)
    {
        if (exceptions == 0 && LeaderShare.Match(line.Folded) is { Success: true } share)
        {
            // The leader is a person, never a body of the tasks: only the sentences after the share are read.
            var rest = line.Text.Substring(share.Length);
            var shareOnly = ShareOnly.Match(ChineseText.Fold(rest));
            return NumberedScopes(SourceLine.Of(line.Number, shareOnly.Success ? rest.Substring(shareOnly.Length) : rest), exceptions);
        }

        if (ExceptionFirst.Match(line.Folded) is { Success: true } exception)
        {
            if (exceptions == MostExceptions)
            {
                return new List<NumberScope>();
            }

            // 除第4项由县统计局牵头外，第1至5项任务由县发改局牵头: the scope after the comma less the exception, and the
            // exception with its own words, as 第1至5项任务（第4项除外）由…；第4项由… reads.
            var after = line.Text.Substring(exception.Length);
            var rest = NumberedScopes(SourceLine.Of(line.Number, after), exceptions + 1);
            var except = Numbers(exception.Groups["numbers"].Value);
            var setApart = new List<NumberScope>();
            if (rest.Count == 0 && TheOtherTasks.Match(ChineseText.Fold(after)) is { Success: true } others)
            {
                // 除第4、5项…外，其余任务由X牵头: every other task of the list; 其余任务由X牵头，第3项由Y牵头: and the tasks
                // set apart after it, each with its own words.
                var words = after.Substring(others.Groups["words"].Index, others.Groups["words"].Length);
                var allBut = new List<int>(except);
                if (LaterScope.Match(ChineseText.Fold(words)) is { Success: true } later)
                {
                    var named = NumberedScopes(SourceLine.Of(line.Number, words.Substring(later.Index).TrimStart('，', ',', ' ', '　')), exceptions + 1);
                    words = words.Substring(0, later.Index).TrimEnd('，', ',');
                    setApart.AddRange(named);
                    allBut.AddRange(named.SelectMany(scope => scope.Numbers));
                }

                rest.Add(new NumberScope(allBut, exception.Groups["numbers"].Value, false, words, AllBut: true));
            }

            if (rest.Count == 0 || except.Count == 0)
            {
                return new List<NumberScope>();
            }

            rest.Where(scope => !scope.AllBut).ToList().ForEach(scope => scope.Numbers.RemoveAll(except.Contains));
            rest.InsertRange(0, setApart);
            if (exception.Groups["who"] is { Success: true } who)
            {
                var each = exception.Groups["each"].Success;
                rest.Insert(0, new NumberScope(except, exception.Groups["numbers"].Value, each, (each ? "分别由" : "由") + line.Text.Substring(who.Index, who.Length)));
            }

            return rest;
        }

        if (exceptions == 0 && RestFirst.Match(line.Folded) is { Success: true } restFirst
            && SetApartAfterRest.Match(line.Folded, restFirst.Length) is { Success: true } setApartAt)
        {
            var named = NumberedScopes(SourceLine.Of(line.Number, line.Text.Substring(setApartAt.Index + setApartAt.Length)), exceptions + 1);
            if (named.Count == 0 || named.Any(scope => scope.AllBut))
            {
                return new List<NumberScope>();
            }

            // 其中第3项由Y配合: a task set apart only for its support is still one of the rest, led by X.
            var words = line.Text.Substring(restFirst.Length, setApartAt.Index - restFirst.Length);
            named.Add(new NumberScope(named.Where(scope => !SetApartForSupportOnly(scope.Words)).SelectMany(scope => scope.Numbers).Distinct().ToList(), named[0].Spec, false, words, AllBut: true));
            return named;
        }

        var scopes = new List<NumberScope>();
        if (NumberedScope.Match(line.Folded) is not { Success: true } first)
        {
            return scopes;
        }

        var othersAt = -1;
        var apartScopes = new List<NumberScope>();
        var starts = new List<System.Text.RegularExpressions.Match> { first };
        starts.AddRange(LaterScope.Matches(line.Folded, first.Length).Cast<System.Text.RegularExpressions.Match>());
        for (var k = 0; k < starts.Count; k++)
        {
            var spec = starts[k].Groups[1].Success ? starts[k].Groups[1].Value : starts[k].Groups[2].Value;
            var numbers = Numbers(spec);

            // 第1至5项任务（第4项除外）由…: the tasks the bracket sets apart are said of elsewhere.
            if (starts[k].Groups["except"].Success)
            {
                var except = Numbers(starts[k].Groups["except"].Value);
                numbers.RemoveAll(except.Contains);
            }

            // 以上3项工作由X负责: after 以上, a number alone without 第 counts the tasks above, it does not name one; so too
            // after a lead-in and its comma (全年计划完成，3项由…), unless 第 or a range says it names tasks.
            var leadIn = k == 0 && starts[k].Value.IndexOfAny(new[] { '，', ',' }) is var comma and >= 0 && comma < starts[k].Groups[spec == starts[k].Groups[1].Value ? 1 : 2].Index - starts[k].Index;
            if (numbers.Count == 0 || ((Counted.IsMatch(starts[k].Value.TrimStart(' ', '　', '（', '(')) || leadIn) && !spec.Contains('第') && numbers.Count == 1))
            {
                return new List<NumberScope>();
            }

            // The scope's words run to the next scope or the sentence's end: 第四项经X同意后由Y承办 after a ；, not a scope
            // itself, is no part of the one before.
            var from = starts[k].Index + starts[k].Length - 1;
            var to = k + 1 < starts.Count ? starts[k + 1].Index : line.Text.Length;
            var stop = line.Folded.IndexOfAny(new[] { '；', ';', '。' }, from, to - from);

            // 第1至2项由A牵头，其余任务由B牵头 (or ；其余…): the scope's words end where the other tasks' start.
            if (OthersAfterScope.Match(line.Folded, from, to - from) is { Success: true } others && (stop < 0 || others.Index <= stop))
            {
                to = others.Index;
                othersAt = others.Index + others.Length;
            }
            else
            {
                to = stop >= 0 ? stop : to;
            }

            // 分别由A、B牵头, and 由A、B分别牵头: each its own.
            // 第2项由A、B分别负责建筑工地和道路扬尘: with one task, each body has a part of it, not a task of its own.
            var each = numbers.Count > 1 && (starts[k].Value.Contains("分别") || line.Folded.IndexOf("分别", from, to - from, System.StringComparison.Ordinal) >= 0);
            // 第4项：C负责: the words after the colon are the clause, as after 由.
            from += line.Folded[from] is '：' or ':' or '项' or '条' ? 1 : 0;
            var words = (each ? "分别" : string.Empty) + WorkAfterRole.Replace(ScopeWordsEnd(line.Text.Substring(from, to - from)), "$1");
            if (starts[k].Groups["bare"].Success)
            {
                // 第一项：加强组织领导 is a task's own words, not a list of its bodies.
                if (!BareList(words))
                {
                    continue;
                }

                words = "责任单位：" + words;
            }

            scopes.Add(new NumberScope(numbers, spec, each, words));
            // （第28项由Y牵头）, 其中第4项由Y牵头, 第1至5项由X牵头，第3项由Y牵头: a task an earlier scope named, set apart with a
            // lead of its own (其中第1项由Y配合 adds to it instead).
            if (k > 0 && GivesLead.IsMatch(ChineseText.Fold(words)) && scopes.Take(scopes.Count - 1).Any(earlier => numbers.All(earlier.Numbers.Contains))
                // 由区住建局、区城管局分别负责建筑工地和道路扬尘 names no lead it can read: the range before it keeps the task.
                && new ClauseReader().ReadStatement(words, ChineseText.Fold(words), line.Number) is { Leads.Count: > 0 })
            {
                apartScopes.Add(scopes[scopes.Count - 1]);
            }
        }

        // 以上第27—29项由X负责，Y配合（第28项由Y牵头，X配合）, 第1至5项由X牵头，其中第4项由Y牵头: the tasks set apart leave the
        // scope before them, with their own words.
        foreach (var apart in apartScopes)
        {
            scopes.Where(scope => !apartScopes.Contains(scope)).ToList().ForEach(scope => scope.Numbers.RemoveAll(apart.Numbers.Contains));
        }

        scopes = apartScopes.Concat(scopes.Where(scope => !apartScopes.Contains(scope) && scope.Numbers.Count > 0)).ToList();

        if (othersAt >= 0 && scopes.Count > 0 && TheOtherTasks.Match(line.Folded.Substring(othersAt)) is { Success: true } theOthers)
        {
            scopes.Add(new NumberScope(scopes.SelectMany(scope => scope.Numbers).Distinct().ToList(), scopes[0].Spec, false,
                line.Text.Substring(othersAt + theOthers.Groups["words"].Index, theOthers.Groups["words"].Length), AllBut: true));
        }

        return scopes;
    }

    // The scope's words without the stops and the bracket that closes the statement around them (（第28项由Y牵头）); a
    // name's own bracket stays (机关党委（人事股）).
    private static string ScopeWordsEnd(string words)
    {
        var end = words.TrimEnd().Length;
        while (end > 0 && "。.；;，,（(".IndexOf(words[end - 1]) >= 0
            || (end > 0 && ChineseText.IsCloseParen(words[end - 1]) && words.Take(end).Count(ChineseText.IsCloseParen) > words.Take(end).Count(ChineseText.IsOpenParen)))
        {
            end--;
        }

        return words.Substring(0, end);
    }

    // 耕地保护股、各乡镇人民政府: organisations alone and no word of a role, whose role the list's stated rule gives; no
    // date beside a name (办公室（2024年12月底前）).
    private static bool BareList(string words)
    {
        var folded = ChineseText.Fold(words);
        return !RoleWords.HasRole(folded) && ClauseReader.Names(words, folded) is { Count: > 0 } names
            && names.All(n => UnitShape.IsOrganisation(n.Name) && !n.Name.Any(char.IsDigit));
    }

    // （一）, （五）（六）, （七）至（九）, 1.: the numbers a restated line of roles opens with.
    private static readonly System.Text.RegularExpressions.Regex RestatedNumbers = new(
        @"^[ 　]*(?<first>[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.．、])(?:[ 　]*(?<joint>[、，,至到—\-－~～])?[ 　]*(?<more>[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.．、]))*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A list after the tasks that numbers them again with only who does each (附：责任分工 then （一）市商务局牵头，市财政局
    /// 配合； （五）（六）市文化广电旅游局牵头…; （七）至（九）市商务局牵头…): two lines or more in a row, each a number an
    /// earlier task bears and a sentence of roles alone. Read as 第（一）项：…, for those tasks, not as tasks again; the
    /// plan keeps the line as the document printed it.
    /// </summary>
    private void RestatedRoles(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var clauses = new ClauseReader();
        var restated = new List<(int At, SourceLine Line)>();
        var seen = new HashSet<(NumberingKind, int)>();
        for (var i = 0; i < body.Count; i++)
        {
            var (line, numbering) = body[i];
            if (numbering.Kind is not (NumberingKind.Parenthesized or NumberingKind.Arabic) || line.Table is not null)
            {
                continue;
            }

            if (seen.Contains((numbering.Kind, numbering.Value)) && RestatedNumbers.Match(line.Folded) is { Success: true } numbers
                && numbers.Length < line.Folded.Length && !line.Folded.Substring(numbers.Length).TrimEnd('。', '；', ';').Contains('。')
                && clauses.ReadStatement(line.Text.Substring(numbers.Length), line.Folded.Substring(numbers.Length), line.Number) is { Leads.Count: > 0, NotUnits.Count: 0, Unread.Count: 0, HasLabels: false })
            {
                var parts = new[] { numbers.Groups["first"].Value }.Concat(numbers.Groups["more"].Captures.Cast<System.Text.RegularExpressions.Capture>().Select(c => c.Value))
                    .Select(n => n.TrimEnd('.', '．', '、')).ToList();
                var joints = numbers.Groups["joint"].Captures.Cast<System.Text.RegularExpressions.Capture>().Select(c => c.Value).ToList();
                var spec = parts[0];
                for (var k = 1; k < parts.Count; k++)
                {
                    spec += (k - 1 < joints.Count && joints[k - 1] is "至" or "到" or "—" or "-" or "－" or "~" or "～" ? "至" : "、") + parts[k];
                }

                restated.Add((i, SourceLine.Of(line.Number, "第" + spec + "项：" + line.Text.Substring(numbers.Length).TrimStart())));
                _restatedWords[restated[restated.Count - 1].Line] = line;
                continue;
            }

            seen.Add((numbering.Kind, numbering.Value));
        }

        // Two in a row at least: one line alone may be a task whose words are all roles.
        for (var k = 0; k < restated.Count; k++)
        {
            var inRun = (k > 0 && restated[k - 1].At == restated[k].At - 1) || (k + 1 < restated.Count && restated[k + 1].At == restated[k].At + 1);
            if (inRun)
            {
                body[restated[k].At] = (restated[k].Line, Numbering.None);
            }
        }
    }

    // 以上两项任务，由A、B分别牵头; 上述3项工作均由X负责; ——以上两条由X负责; 以上两个项目由X牵头: a statement closing the
    // tasks just above it, by how many they are. 前两项任务由X牵头: the open list's first tasks, by how many.
    // ，其余由B牵头 after it: the list's other tasks that name no lead.
    private static readonly System.Text.RegularExpressions.Regex OthersAfterCount = new(
        @"[，,][ 　]*(?:其余|其他|其它)(?:各项|的)?(?:任务|工作|事项)?(?:均|都)?由(?<rest>.{2,60})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex CountedScope = new(
        @"^[ 　]*(?:[—─―－]+[ 　]*)?[（(]?(?:以上|上述|前述|(?<first>前))(?<count>[两二三四五六七八九十]|\d{1,2})(?:项|条|个|方面)(?:任务|工作|措施|事项|内容|项目)?[ 　]*[，,]?[ 　]*(?:均|都|(?<each>分别))?由(?<words>[^。；;]{2,80}?)[。；;]?[）)]?[。；;]?[ 　]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads a statement closing the tasks just above it by their count (以上两项任务，由A、B分别牵头): the last tasks of the
    /// open list that name no lead, as many as it counts, get its bodies, respectively where it says 分别 and names as many leads as tasks. False
    /// where the line is no such statement.
    /// </summary>
    private bool CountedTasksAbove(SourceLine line)
    {
        if (CountedScope.Match(line.Folded) is not { Success: true } statement)
        {
            return false;
        }

        if (_task is null)
        {
            // A second 以上两项… straight after the first, or one with no task above it: which tasks it counts is not plain.
            Text(line.Text);
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about the tasks above it, where no task stands just above it: no lead read from it"));
            return true;
        }

        var countText = statement.Groups["count"].Value;
        var count = char.IsDigit(countText[0]) ? int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture) : ChineseText.ParseNumeral(countText) ?? 0;
        var tasks = Tasks;
        var words = line.Text.Substring(statement.Groups["words"].Index, statement.Groups["words"].Length);
        string? others = null;
        if (OthersAfterCount.Match(ChineseText.Fold(words)) is { Success: true } othersAt)
        {
            others = words.Substring(othersAt.Groups["rest"].Index, othersAt.Groups["rest"].Length);
            words = words.Substring(0, othersAt.Index);
        }

        var each = statement.Groups["each"].Success || words.Contains("分别");
        // 分别由A、B负责: every body named, each its own task's lead; otherwise the words' leads and supports, every task's.
        var holder = each ? null : _elements.Heading(SourceLine.Of(line.Number, words), 0, wholeLine: true);
        var leads = holder?.Leads ?? EachLeads(words).Select(name => _elements.Heading(SourceLine.Of(line.Number, name + "牵头"), 0, wholeLine: true).Leads)
            .Where(lead => lead.Count == 1).Select(lead => lead[0]).ToList();
        Text(line.Text);
        var open = _task;
        _task = null;
        if (statement.Value.Contains("措施") && open is not null && leads.Count > 0 && MeasuresOf(open) >= count)
        {
            // 3.推进… / （1）… / （2）… / 以上两项措施由X牵头: the measures counted are the open task's, not the tasks above it.
            MeasuresCounted(line, open, count, holder, leads);
            return true;
        }

        // A task led only by the convention's reading of its list (（A、B负责）) names no lead itself: the statement's word
        // on it is the document's, as a 以上任务由X牵头 is.
        static bool NamesNoLead(ImportedElement t) => t.Leads.Count == 0 || t.LedOnlyByTheList;
        if (count < 2 || tasks.Count(NamesNoLead) < count || leads.Count == 0 || (each && leads.Count != count))
        {
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about the " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tasks above it that could not be matched to them: no lead read from it"));
            return true;
        }

        // 4.…（X负责） then 以上三项工作由Y负责: the count is of the tasks above that name no lead of their own, in a run
        // straight above it (only tasks that name their own may follow the run); 1、3 around a led 2 are not plain.
        var unled = tasks.Select((t, at) => (t, at)).Where(x => NamesNoLead(x.t)).ToList();
        var run = statement.Groups["first"].Success ? unled.Take(count).ToList() : unled.Skip(unled.Count - count).ToList();
        var above = run.Select(x => x.t).ToList();
        if (run.Count == count && run.Zip(run.Skip(1), (a, b) => b.at == a.at + 1).Any(next => !next))
        {
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about the " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tasks above it, where tasks that name their own lead stand between them: no lead read from it"));
            return true;
        }

        if (others is not null)
        {
            // 以上两项由A牵头，其余由B牵头: every other task of the list that names no lead is B's.
            var rest = _elements.Heading(SourceLine.Of(line.Number, others), 0, wholeLine: true);
            foreach (var task in tasks.Where(t => NamesNoLead(t) && !above.Contains(t)))
            {
                task.ListedSupport();
                rest.Leads.ForEach(task.AddLead);
                rest.Supports.ForEach(task.AddSupport);
            }
        }

        for (var i = 0; i < above.Count; i++)
        {
            above[i].ListedSupport();
            if (holder is null)
            {
                above[i].AddLead(leads[i]);
            }
            else
            {
                holder.Leads.ForEach(above[i].AddLead);
                holder.Supports.ForEach(above[i].AddSupport);
            }
        }

        return true;
    }

    // How many measures the task holds: its items, or its lines numbered （1） or ① (kept as its words), or the ① ② it
    // writes inline (具体措施：①落实耕地占补平衡；②开展撂荒地整治。).
    private static int MeasuresOf(ImportedElement task)
    {
        if (task.Children.Count > 0)
        {
            return task.Children.Count;
        }

        var lines = task.Text.Count(t => Numbering.Read(SourceLine.Of(0, t)).Kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled);
        return lines > 0 ? lines : (task.Title + string.Concat(task.Text)).Where(c => c is >= '①' and <= '⑳' or >= '⑴' and <= '⒇').Distinct().Count();
    }

    // The open task's last measures, as many as the statement counts: their task's lead where the statement gives one
    // for all of them, each its own where it says 分别 and names as many.
    private void MeasuresCounted(SourceLine line, ImportedElement task, int count, ImportedElement? holder, List<string> leads)
    {
        var measures = task.Children.Skip(task.Children.Count - count).ToList();
        var taskNamesNoLead = task.Leads.Count == 0 || task.LedOnlyByTheList;

        // Measures kept as the task's words, or all of its items: the statement is the task's.
        if (holder is not null && taskNamesNoLead && (task.Children.Count == 0 || (measures.Count == count && measures.Count == task.Children.Count)))
        {
            task.ListedSupport();
            GiveAll(holder, task);
            return;
        }

        if (measures.Count != count || (holder is null && leads.Count != count))
        {
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about the " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " measures above it that could not be matched to them: no lead read from it"));
            return;
        }

        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].Leads.Count > 0)
            {
                continue;
            }

            if (holder is null)
            {
                measures[i].AddLead(leads[i]);
            }
            else
            {
                GiveAll(holder, measures[i]);
            }
        }
    }

    // The statement's bodies, each in its role, to one element.
    private static void GiveAll(ImportedElement holder, ImportedElement element)
    {
        holder.Leads.ForEach(element.AddLead);
        holder.Supports.ForEach(element.AddSupport);
    }

    // A分别牵头, 由A、B分别负责: the bodies before the role, in order; none where any is no organisation.
    private static List<string> EachLeads(string words)
    {
        var folded = ChineseText.Fold(words);
        var role = System.Text.RegularExpressions.Regex.Match(folded, @"(?:分别)?(?:牵头负责|牵头|负责|承办|主办)");
        if (!role.Success || role.Index == 0 || role.Index + role.Length < folded.TrimEnd('。', '；', ';', ' ').Length - 2)
        {
            return new List<string>();
        }

        var bodies = words.Substring(0, role.Index).Replace("分别", string.Empty);
        var names = ClauseReader.Names(bodies, ChineseText.Fold(bodies)).Where(n => !n.Tail).Select(n => n.Name).ToList();
        return names.Count > 1 && names.All(UnitShape.IsOrganisation) ? names : new List<string>();
    }

    // The lines read as 第（一）项：…, each with the line the document printed.
    private readonly Dictionary<SourceLine, SourceLine> _restatedWords = new();

    private static readonly System.Text.RegularExpressions.Regex Counted = new(@"^(?:以上|上述|前述)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // （一） names a task numbered （一）, 3 one numbered 3. (or (3), ③); 第一 either.
    private static bool SameKind(string spec, ImportedElement task) => SameKind(spec, LabelNumbering(task).Kind);

    private static bool SameKind(string spec, NumberingKind kind)
    {
        var (bracketedNumeral, digits) = SpecForms.GetValue(spec, SpecForm).Value;
        if (bracketedNumeral)
        {
            return kind is NumberingKind.Parenthesized or NumberingKind.Damaged;
        }

        return !digits || kind is not (NumberingKind.Parenthesized or NumberingKind.Chinese or NumberingKind.Damaged);
    }

    // How a scope's numbers are printed, read once per scope: a statement of 其余 is matched against every task.
    private static System.Runtime.CompilerServices.StrongBox<(bool BracketedNumeral, bool Digits)> SpecForm(string spec)
    {
        var folded = CircledAsDigits(ChineseText.Fold(spec));
        return new((System.Text.RegularExpressions.Regex.IsMatch(folded, @"[（(][一二三四五六七八九十]"), folded.Any(char.IsDigit)));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, System.Runtime.CompilerServices.StrongBox<(bool BracketedNumeral, bool Digits)>> SpecForms = new();

    // The tasks of a list by their numbers, indexed as the list grows: a plan of thousands of scope lines looks each up once.
    private sealed class NumberIndex
    {
        private readonly List<ImportedElement> _tasks;
        private readonly Dictionary<int, List<ImportedElement>> _byNumber = new();
        private int _indexed;

        public NumberIndex(List<ImportedElement> tasks) => _tasks = tasks;

        public List<ImportedElement> Of(int number)
        {
            for (; _indexed < _tasks.Count; _indexed++)
            {
                if (NumberOf(_tasks[_indexed]) is { } n)
                {
                    if (!_byNumber.TryGetValue(n, out var list))
                    {
                        _byNumber[n] = list = new List<ImportedElement>();
                    }

                    list.Add(_tasks[_indexed]);
                }
            }

            return _byNumber.TryGetValue(number, out var found) ? found : new List<ImportedElement>();
        }
    }

    private readonly Dictionary<List<ImportedElement>, NumberIndex> _numberIndexes = new();

    private NumberIndex IndexOf(List<ImportedElement> tasks)
    {
        if (!_numberIndexes.TryGetValue(tasks, out var index))
        {
            _numberIndexes[tasks] = index = new NumberIndex(tasks);
        }

        return index;
    }

    /// <summary>
    /// Statements by number in the words before the first task (除第2、4项分别由A、B牵头外，其余任务由C牵头): read once
    /// the tasks are there, over all the plan's tasks where no number repeats.
    /// </summary>
    public void ReadStatementsBefore(IEnumerable<SourceLine> preface)
    {
        PlanTasksByNumber? plan = null;
        foreach (var line in preface.Where(l => l.Table is null && RoleWords.HasRole(l.Folded)))
        {
            if (NumberedScopes(line) is { Count: > 0 } scopes)
            {
                // Numbered once across the plan, its tasks are one list whichever headings they stand under.
                (plan ??= new PlanTasksByNumber(this)).Apply(line, scopes);
            }
            else if (ExceptionStatement.IsMatch(line.Folded))
            {
                _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about tasks by their numbers that could not be read: no lead read from it"));
            }
        }
    }

    /// <summary>
    /// The plan's tasks once they are all there, for statements said of the whole plan: which numbers repeat, judged
    /// once, and the tasks a statement may lead (not those under a heading that names its own lead), in one list whose
    /// number index every statement shares.
    /// </summary>
    private sealed class PlanTasksByNumber
    {
        private readonly StructureReader _reader;
        private readonly bool _numbersRepeat;
        private readonly List<ImportedElement> _open;

        public PlanTasksByNumber(StructureReader reader)
        {
            _reader = reader;
            _numbersRepeat = NumbersRepeatIn(reader.AllTasks());
            _open = reader._plan.PlanTasks.Concat(reader._plan.Sections.Where(s => s.Leads.Count == 0).SelectMany(x => x.Children)).ToList();
        }

        // 除第2项由X牵头外，其余任务由Y牵头 said of the whole plan where the numbering starts again under each heading:
        // which task 2 is meant is not plain. Says so, and reads nothing.
        public void Apply(SourceLine line, List<NumberScope> scopes)
        {
            if (_numbersRepeat)
            {
                _reader.NumbersRepeatNote(line);
                return;
            }

            _reader.ApplyScopes(line, scopes, _open);
        }
    }

    private bool _numbersRepeated;

    private List<ImportedElement> AllTasks() => _plan.PlanTasks.Concat(_plan.Sections.SelectMany(x => x.Children)).ToList();

    private static bool NumbersRepeatIn(List<ImportedElement> tasks)
    {
        var numbers = tasks.Select(NumberOf).Where(n => n is not null).ToList();
        return numbers.Count != numbers.Distinct().Count();
    }

    private void NumbersRepeatNote(SourceLine line)
        => _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about tasks by their numbers, where the numbering starts again under each heading: which tasks it names is not plain, so no lead is read from it"));

    // The same, for a statement in the body: judged over the tasks read so far (once a number repeats, it always will).
    private bool NumbersRepeat(SourceLine line)
    {
        if (!_numbersRepeated && !(_numbersRepeated = NumbersRepeatIn(AllTasks())))
        {
            return false;
        }

        NumbersRepeatNote(line);
        return true;
    }

    // The last statement with an exception read after a section's tasks, how many tasks the plan had then, and how many
    // such statements the plan has made.
    private (SourceLine Line, List<NumberScope> Scopes, int TasksBefore, int Said)? _closingStatement;

    // Statements by number read before the tasks they name, with the section they stand in.
    private readonly List<(SourceLine Line, List<NumberScope> Scopes, ImportedElement? Section)> _laterScopes = new();

    // Gives each scope's tasks that name no lead its bodies, respectively where the words say so and the names match the
    // numbers.
    // 三、责任分工 then 第（一）至（三）项由X牵头, before a 四、保障措施 numbered （一）（二）（三） again: a statement in a part
    // of its own speaks of the tasks above it, where each number it names is one task of the parts before it.
    private readonly Dictionary<ImportedElement, List<ImportedElement>> _tasksAbove = new();

    private List<ImportedElement>? TasksAbove(ImportedElement section, List<NumberScope> scopes)
    {
        if (section.Children.Count > 0 || scopes.Any(scope => scope.AllBut) || _plan.Sections.IndexOf(section) is not (var at and > 0))
        {
            return null;
        }

        // Read once a part: every statement of a 责任分工 part looks at the same tasks, and each list is indexed by number.
        if (!_tasksAbove.TryGetValue(section, out var above))
        {
            _tasksAbove[section] = above = _plan.PlanTasks.Concat(_plan.Sections.Take(at).SelectMany(s => s.Children)).ToList();
        }

        return scopes.All(scope => scope.Numbers.All(n => IndexOf(above).Of(n).Count(t => SameKind(scope.Spec, t)) == 1)) ? above : null;
    }

    private void ApplyScopes(SourceLine line, List<NumberScope> scopes, List<ImportedElement> tasks)
    {
        if (scopes.FirstOrDefault(scope => NamesAHeadingToo(scope, tasks)) is { } heading)
        {
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement names " + heading.Spec + ", which may be the heading so numbered or the task: no lead read from it"));
            return;
        }

        foreach (var scope in scopes)
        {
            var (numbers, each) = (scope.Numbers, scope.Each);
            if (NamesOnlyTasksOfAnotherKind(scope, tasks))
            {
                if (_otherKindNoted.Add(line.Number))
                {
                    _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, OtherKindNote + scope.Spec + "…), but the tasks it may mean are numbered otherwise: no lead read from it"));
                }

                continue;
            }

            if (!scope.AllBut && ScopeTasks(scope, tasks).Count == 0 && scope.Numbers.Any(n => AllLists().Count(l => IndexOf(l).Of(n).Any(t => SameKind(scope.Spec, t))) > 1))
            {
                _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement names " + scope.Spec + ", which more than one part of the plan numbers so: no lead read from it"));
                continue;
            }

            var holder = _elements.Heading(SourceLine.Of(line.Number, scope.Words), 0, wholeLine: true);
            var respectively = each && holder.Leads.Count == numbers.Count && numbers.Count > 1;
            if (!scope.AllBut && holder.Leads.Count == 0 && holder.Supports.Count == 0 && ScopeTasks(scope, tasks).Count > 0)
            {
                // 其中第4项由县统计局承担, 第2项由A、B分别负责…: words about the task whose role is not read; said, whatever
                // leads the task.
                _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement gives " + scope.Spec + " to words whose role could not be read (" + scope.Words.Trim() + "): no lead read for it"));
            }

            // 其中第（一）项由县委宣传部配合 after the range that led it: support alone adds to a task whatever leads it.
            var supportOnly = !scope.AllBut && holder.Leads.Count == 0 && holder.Supports.Count > 0;
            foreach (var task in supportOnly ? ScopeTasks(scope, tasks) : UnledScopeTasks(scope, tasks))
            {
                if (respectively)
                {
                    // 第12、13项分别由A、B负责，C、D配合: each its own lead, and the supports said after them both's;
                    // …，分别由C、D配合: each its own support too.
                    var at = numbers.IndexOf(NumberOf(task)!.Value);
                    task.AddLead(holder.Leads[at]);
                    if (SupportsRespectively(scope.Words, holder.Supports.Count, numbers.Count))
                    {
                        task.AddSupport(holder.Supports[at]);
                    }
                    else
                    {
                        holder.Supports.ForEach(task.AddSupport);
                    }
                }
                else if (!each)
                {
                    holder.Leads.ForEach(task.AddLead);
                    holder.Supports.ForEach(task.AddSupport);
                }
            }
        }
    }

    // 分别由A、B牵头，分别由C、D配合: a second 分别 pairs the supports with the tasks as the first paired the leads.
    private static bool SupportsRespectively(string words, int supports, int tasks)
    {
        var first = words.IndexOf("分别", System.StringComparison.Ordinal);
        return supports == tasks && first >= 0 && words.IndexOf("分别", first + 2, System.StringComparison.Ordinal) >= 0;
    }

    private const string OtherKindNote = "a statement names tasks by their numbers (";

    // The lines whose statement has said so: once a line.
    private readonly HashSet<int> _otherKindNoted = new();

    // 除第2项…外，其余… over tasks numbered （一）（二）: the numbers are there, printed otherwise, so which tasks are meant
    // is not plain. For 其余 the first task of the statement's kind ends the look.
    private bool NamesOnlyTasksOfAnotherKind(NumberScope scope, List<ImportedElement> tasks)
        => scope.AllBut
            ? tasks.Count > 0 && !tasks.Any(t => NumberOf(t) is { } n && !scope.Numbers.Contains(n) && SameKind(scope.Spec, t))
                && tasks.Any(t => NumberOf(t) is { } n && !scope.Numbers.Contains(n))
            : ScopeTasks(scope.Numbers, scope.Spec, tasks).Count == 0 && scope.Numbers.Any(n => IndexOf(tasks).Of(n).Count > 0);

    // 第三项 in a plan of headings 一、二、三、 over tasks 1. 2. 3.: the heading three or the task three, not plain.
    private bool NamesAHeadingToo(NumberScope scope, List<ImportedElement> tasks)
    {
        // 任务三 names a task by its name, never a heading.
        var spec = CircledAsDigits(ChineseText.Fold(scope.Spec));
        if (spec.Any(char.IsDigit) || spec.IndexOfAny(new[] { '（', '(' }) >= 0 || spec.IndexOf('第') < 0)
        {
            return false;
        }

        // Every number a heading over tasks of its own (第一、二项 where there is no 一、 names tasks).
        if (!scope.Numbers.All(n => _plan.Sections.Any(s => s.Children.Count > 0 && LabelNumbering(s) is { Kind: NumberingKind.Chinese } heading && heading.Value == n)))
        {
            return false;
        }

        return scope.AllBut || ScopeTasks(scope, tasks).Any(t => LabelNumbering(t).Kind != NumberingKind.Chinese);
    }

    // True where the open part (section, or the plan's own list) holds a task the scope names: for 其余, any task at all.
    private bool InOpenPart(NumberScope scope)
        => scope.AllBut ? Tasks.Any(t => NumberOf(t) is { } n && !scope.Numbers.Contains(n) && SameKind(scope.Spec, t))
            : scope.Numbers.Any(n => IndexOf(Tasks).Of(n).Any(t => SameKind(scope.Spec, t)));

    // The tasks a scope names: in the open section (or the plan's own), else the one task anywhere with that number and
    // kind; a number two sections share names neither.
    private List<ImportedElement> ScopeTasks(List<int> numbers, string spec) => ScopeTasks(numbers, spec, Tasks);

    // The tasks a scope names that name no lead yet. For 其余 the lead is looked at first: once one statement has led
    // the list, each later one costs a glance per task rather than reading every task's number again.
    private IEnumerable<ImportedElement> UnledScopeTasks(NumberScope scope, List<ImportedElement> tasks)
        => scope.AllBut
            ? tasks.Where(t => t.Leads.Count == 0 && NumberOf(t) is { } n && !scope.Numbers.Contains(n) && SameKind(scope.Spec, t)).ToList()
            : ScopeTasks(scope, tasks).Where(t => t.Leads.Count == 0);

    // Every task of the list but the scope's numbers, for 其余; otherwise the tasks its numbers name.
    private List<ImportedElement> ScopeTasks(NumberScope scope, List<ImportedElement> tasks)
        => scope.AllBut
            ? tasks.Where(t => NumberOf(t) is { } n && !scope.Numbers.Contains(n) && SameKind(scope.Spec, t)).ToList()
            : ScopeTasks(scope.Numbers, scope.Spec, tasks);

    private List<ImportedElement> ScopeTasks(List<int> numbers, string spec, List<ImportedElement> tasks)
    {
        var here = numbers.SelectMany(n => IndexOf(tasks).Of(n)).Where(t => SameKind(spec, t)).ToList();
        if (here.Count > 0)
        {
            return here;
        }

        // A second task with the number ends the search: where numbering restarts, it is found in the next part.
        return numbers.Select(n => AllLists().SelectMany(l => IndexOf(l).Of(n)).Where(t => SameKind(spec, t)).Take(2).ToList())
            .Where(found => found.Count == 1).SelectMany(found => found).ToList();
    }

    // The plan's own list of tasks and each section's.
    private IEnumerable<List<ImportedElement>> AllLists() => new[] { _plan.PlanTasks }.Concat(_plan.Sections.Select(x => x.Children));

    // ③ → 3: a circled number names the task numbered so.
    private static string CircledAsDigits(string spec)
        => spec.Any(c => c is >= '\u2460' and <= '\u2473')
            ? System.Text.RegularExpressions.Regex.Replace(spec, "[\u2460-\u2473]", m => (m.Value[0] - '\u2460' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : spec;

    // 1—3 → 1, 2, 3; 7、8 → 7, 8; （一）至（三） → 1, 2, 3; a range of more than a hundred is no range of tasks.
    private static List<int> Numbers(string spec)
    {
        var numbers = new List<int>();
        spec = CircledAsDigits(spec);
        var parts = System.Text.RegularExpressions.Regex.Matches(spec, @"\d{1,4}|[一二三四五六七八九十]{1,3}|[—\-－~～至到]");
        int Value(string part) => char.IsDigit(part[0]) ? int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) : ChineseText.ParseNumeral(part) ?? 0;
        bool IsNumber(string part) => char.IsDigit(part[0]) || "一二三四五六七八九十".IndexOf(part[0]) >= 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (!IsNumber(parts[i].Value))
            {
                continue;
            }

            var value = Value(parts[i].Value);
            if (i + 2 < parts.Count && !IsNumber(parts[i + 1].Value) && IsNumber(parts[i + 2].Value))
            {
                var to = Value(parts[i + 2].Value);
                if (to < value || to - value > 100)
                {
                    return new List<int>();
                }

                numbers.AddRange(Enumerable.Range(value, to - value + 1));
                i += 2;
            }
            else
            {
                numbers.Add(value);
            }
        }

        return numbers.Distinct().Where(n => n > 0).ToList();
    }

    // The number a task's label carries (3 of 3. or 3、, 1 of 任务一), or null.
    private static int? NumberOf(ImportedElement task) => LabelNumbering(task) is { Kind: not NumberingKind.None } numbering ? numbering.Value : null;

    // The numbering a task's label reads as (3. or 3、, 任务一 as 任务一：), read once per task: statements by number look
    // tasks up over and over.
    private static Numbering LabelNumbering(ImportedElement task)
    {
        if (task.Label is not { } label)
        {
            return Numbering.None;
        }

        return LabelNumberings.GetValue(task, _ =>
        {
            var numbering = Numbering.Read(SourceLine.Of(0, label + "x"));
            return new System.Runtime.CompilerServices.StrongBox<Numbering>(numbering.Kind == NumberingKind.None ? Numbering.Read(SourceLine.Of(0, label + "：x")) : numbering);
        }).Value;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ImportedElement, System.Runtime.CompilerServices.StrongBox<Numbering>> LabelNumberings = new();
}
