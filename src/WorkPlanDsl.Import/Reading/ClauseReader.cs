using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Reads who leads and who supports from the words of a document, in every layout it is printed in, with one table of
/// role words (<see cref="RoleWords"/>): a parenthesis after a task (<c>(X、Y牵头,A、B按职责分工负责)</c>,
/// <c>（牵头单位：A，配合单位：B、C，各区）</c>, <c>(责任领导:张三;牵头单位:区发改局)</c>, <c>（A、B负责）</c>,
/// <c>（X会同有关部门负责）</c>), a sentence at the end of a paragraph (<c>X牵头，Y配合。</c>, <c>由X负责。</c>), a field on a
/// line of its own (<c>牵头单位：X</c>), a table cell. A parenthesis without a role word is text; a name that does not
/// look like an organisation is reported, never made a unit.
/// </summary>
internal sealed class ClauseReader
{
    private const string FieldSeparators = "，,；;。　 \u00A0\t\n";
    // ①县应急局②县大数据中心 in one cell: the measures' numbers part the names as 、 does; so does a slash (房屋局／房屋署).
    private const string NameSeparators = "、，,；; 　\u00A0\t\n/／①②③④⑤⑥⑦⑧⑨⑩";

    private readonly Accountability _accountability;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    // A document names the same bodies in every clause, and a clause is read more than once: the shape of a name is
    // judged once per document (a line of 40,000 names of 500 bodies took 15 s).
    private readonly Dictionary<string, bool> _organisations = new(StringComparer.Ordinal);

    public ClauseReader(Accountability? accountability = null) => _accountability = accountability ?? new Accountability(false);

    private static readonly System.Text.RegularExpressions.Regex DivisionLabel = new(
        @"^[ 　]*(?:责任|职责|任务|工作)?分工(?:安排)?[ 　]*[：:][ 　]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The work a lead and its partners share, after the partners: （X牵头，会同A、B组织实施）.
    private static readonly System.Text.RegularExpressions.Regex PartnersBeforeTheWork = new(
        @"(?:(?:共同|组织|抓好|联合)?(?:实施|落实|推进|推动|开展|办理))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The last character of a body's name before a modal (市住建局要, 营商环境科（市营商办）要).
    private const string BodyNameEnds = "局委办厅部院站所队社会处科室心司府）)";

    // The longest name the modal's blank moves over (a longer run is prose, not one body's name).
    private const int MaxModalSubject = 40;

    // 市住建局要牵头负责，市发改委要积极配合; X应切实履行牵头职责: a modal (and its adverb) between a body and its role
    // says the role is due, as the role alone does. Not 要负责任地…, which is no role.
    private static IEnumerable<(int At, int Length)> ModalsBeforeRoles(string folded)
    {
        for (var i = 1; i < folded.Length; i++)
        {
            if (BodyNameEnds.IndexOf(folded[i - 1]) < 0 || UnitShape.ModalWithAdverbAt(folded, i) is not (> 0 and var length)
                || RoleWords.VerbAt(folded, i + length).Role is not (Role.Lead or Role.Accountable or Role.Support or Role.Together)
                || string.CompareOrdinal(folded, i + length, "负责任", 0, 3) == 0)
            {
                continue;
            }

            yield return (i, length);
            i += length;
        }
    }

    private static readonly char[] ModalNamesStart = { '，', ',', '。', '；', ';', '：', ':', '（', '(', '）', ')', ' ', '　' };

    private static readonly System.Text.RegularExpressions.Regex LeadQualifier = new(
        @"(?:牵头(?:单位|部门|处室|科室)?|(?<![\u4E00-\u9FFF])责任(?:单位|部门|处室|科室))[：:][^；;。（(：:]{2,80}?([（(](?:按职责(?:分工)?(?:负责)?|分工负责|各负其责)[）)]|(?<=[\u4E00-\u9FFF）)])(?<![按照职责])(?<![，,][^；;。：:]{0,80})(?:按照?职责(?:分工)?(?:负责)?|分工负责|各负其责)(?=[ 　]*(?:[；;。，,）)]|$)))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 牵头单位：养老保险科、医疗保险科（按职责分工）, 牵头单位：A、B按职责分工负责: each leads in its own remit; the qualifier
    // makes none of them a support. Not after a comma (牵头单位：X，A、B按职责分工负责: A and B support X).
    // 责任单位：A、B、C（按职责分工负责）: the list answers for the work, each in its own remit; the last is no support.
    // 责任部门：安全环保部（责任人：王强）, 主责单位：县水利局（局长 赵国平）, X（联系人：吴静，电话：6217733）, X（李某，139****2233）, X（主任 林○○，分机201）,
    // X（网安支队 何勇 0796-8261xxxx）, X（各部门数据专员）:
    // the person in charge or to call inside the unit's field,
    // kept in the task's words, not a unit; so is the person in charge of a whole sentence (PersonInCharge).
    private static (string Text, string Folded) WithoutQualifiers(string text, string folded)
    {
        char[]? textChars = null;
        char[]? foldedChars = null;
        // X（王建华）: a name alone in a bracket is a person only where the clause prints its persons so: two such brackets at
        // least, or one with a post (区政府（黄埔）, 市公安局（江北）, alone, keep their words).
        var inField = PersonInField.Matches(folded).Cast<System.Text.RegularExpressions.Match>().ToList();
        var bare = NameAlone.Matches(folded).Cast<System.Text.RegularExpressions.Match>().ToList();
        if (bare.Count >= 2 || (bare.Count == 1 && inField.Count > 0))
        {
            inField.AddRange(bare);
        }

        foreach (var (modalAt, modalLength) in ModalsBeforeRoles(folded))
        {
            // The names slide over the modal and the blank goes before them, so that they stand against their verb as
            // when none was said (市住建局要牵头，会同… reads as 市住建局牵头，会同…).
            // 营商环境科（市营商办）要…: a bracket closing the name is the name's.
            var nameEnd = modalAt - 1;
            if (ChineseText.IsCloseParen(folded[nameEnd]) && folded.LastIndexOfAny(new[] { '（', '(' }, nameEnd) is var open and > 0)
            {
                nameEnd = open - 1;
            }

            var names = folded.LastIndexOfAny(ModalNamesStart, nameEnd) + 1;
            if (modalAt - names > MaxModalSubject)
            {
                continue;
            }

            textChars ??= text.ToCharArray();
            foldedChars ??= folded.ToCharArray();
            for (var i = modalAt + modalLength - 1; i >= names; i--)
            {
                var from = i - modalLength;
                textChars[i] = from >= names ? textChars[from] : ' ';
                foldedChars[i] = from >= names ? foldedChars[from] : ' ';
            }
        }

        foreach (var qualifier in LeadQualifier.Matches(folded).Cast<System.Text.RegularExpressions.Match>().Concat(inField)
            .Concat(PersonInCharge.Matches(folded).Cast<System.Text.RegularExpressions.Match>().Where(m => IsPersonInCharge(m.Groups["person"].Value))))
        {
            // Blanked in place: a line of thousands of qualifiers is not copied once for each.
            var group = qualifier.Groups[1];
            textChars ??= text.ToCharArray();
            foldedChars ??= folded.ToCharArray();
            for (var i = group.Index; i < group.Index + group.Length; i++)
            {
                textChars[i] = ' ';
                foldedChars[i] = ' ';
            }
        }

        foreach (System.Text.RegularExpressions.Match label in UnitsAndPersonsLabel.Matches(folded))
        {
            // 责任单位及责任人：区民政局（高远）、区科技局（罗敏）: the bracket after each unit is its person.
            var end = folded.IndexOfAny(new[] { '；', ';', '。', '\n' }, label.Index + label.Length);
            foreach (System.Text.RegularExpressions.Match person in BracketedPerson.Matches(folded.Substring(0, end < 0 ? folded.Length : end), label.Index + label.Length))
            {
                if (UnitShape.IsOrganisation(person.Groups[1].Value))
                {
                    continue;
                }

                textChars ??= text.ToCharArray();
                foldedChars ??= folded.ToCharArray();
                for (var i = person.Index; i < person.Index + person.Length; i++)
                {
                    textChars[i] = ' ';
                    foldedChars[i] = ' ';
                }
            }
        }

        return textChars is null ? (text, folded) : (new string(textChars), new string(foldedChars!));
    }

    private static readonly System.Text.RegularExpressions.Regex UnitsAndPersonsLabel = new(
        @"(?:单位|部门|处室|科室)(?:及|和|与|、|/|／)(?:责任人|负责人|联系人)[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex BracketedPerson = new(
        @"(?<=[\u4E00-\u9FFF])[（(]([\u4E00-\u9FFF○〇·]{2,4})[）)]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True where the field is an official put in charge (分管副院长刘建平牵头, 由院长 周建华 负总责).</summary>
    internal static bool HeadedByPerson(string field)
        => PersonInCharge.Match(field + "，") is { Success: true } match && match.Index == 0 && IsPersonInCharge(match.Groups["person"].Value);

    // 院长 周建华, not 院长办公会 or 校长办公室: a post and a person's name, not a body named after the post.
    private static bool IsPersonInCharge(string person)
    {
        var squeezed = person.Replace(" ", string.Empty).Replace("　", string.Empty);
        return !UnitShape.IsOrganisation(squeezed) && squeezed.IndexOfAny("办会室局处科部委组队所站中心司厅院".ToCharArray(), squeezed.Length - 3) < 0;
    }

    // The surnames most names in a plan's fields carry (about four in five Chinese names).
    private const string CommonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private static readonly System.Text.RegularExpressions.Regex PersonInField = new(
        @"[\u4E00-\u9FFF]([（(](?:(?:责任人|联系人|负责人|分管领导|责任领导)[：:][^（()）：:]{1,20}|副?(?:局长|主任|书记|处长|科长|院长|部长|县长|区长|市长|所长|站长|队长|召集人|护理师|联络人|经办人)[ 　]*[\u4E00-\u9FFF○〇]{1,4}"
        + @"(?:[，,、 　]+(?:分机|内线|电话|手机)[：:]?[0-9\-－]{2,16})?|(?:分机|内线)[：:]?[0-9\-－]{2,8}|(?:(?:责任人|联系人|负责人|联络员|联系电话|办公电话|电话|手机)[：:][^（()）：:，,；;]{1,20}[，,；; 　]*){1,3}|(?:[\u4E00-\u9FFF]{2,8}[ 　]+)?[\u4E00-\u9FFF]{2,4}[，,、 　]*(?:电话|手机)?[：:]?[0-9][0-9*＊xX×\-－]{6,15}|[\u4E00-\u9FFF]{0,8}(?:专员|联络员|信息员)"
        // X（黄蕾 副主任）: the name before the post.
        + @"|[\u4E00-\u9FFF]{2,3}[ 　]*(?:常务)?副?(?:局长|主任|书记|处长|科长|院长|部长|县长|区长|市长|所长|站长|队长|主席|秘书长)"
        + @")[）)])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // X（王建华）: a name alone, a common surname first, no place's or body's ending.
    private static readonly System.Text.RegularExpressions.Regex NameAlone = new(
        @"[\u4E00-\u9FFF]([（(][" + CommonSurnames + @"][\u4E00-\u9FFF]{1,2}(?<![市县区镇乡村港州省路街湖山河局办委会室处科部队所站院])[）)])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 院长 周建华 负总责，质控科具体实施: a person heads the sentence, in charge of all of it; the bodies after do the work.
    // So does 由分管副县长王志刚牵头，县教育局负责具体实施: an official leads, a body does the work; and （牵头：副市长 王志刚，
    // 市交通运输局具体负责）, the official as the lead field's.
    private static readonly System.Text.RegularExpressions.Regex PersonInCharge = new(
        @"(?:^|[，,；;。（(：:])[ 　]*((?:由|请)?(?<person>" + Official + @")[ 　]*(?:负总责|总负责|负责|牵头抓总|牵头协调|牵头)|牵头[：:][ 　]*(?<person>" + Official + @"))(?=[，,；;])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 县委常委、副县长张伟: a seat on a party committee before the post, as a county names its leader.
    private const string Official = @"(?:[\u4E00-\u9FFF]{1,6}(?:常委|党组成员|党委委员)[、 　]?)?(?:分管|主管|常务)?副?(?:局长|主任|书记|处长|科长|院长|部长|县长|区长|市长|所长|站长|队长|校长|行长|镇长|乡长|主席|秘书长|总经理|董事长)[ 　]*[\u4E00-\u9FFF]{2,3}";

    /// <summary>
    /// The responsibility clauses in parentheses of a paragraph at document line <paramref name="line"/>; with
    /// <paramref name="listEnds"/> (where a task's own words end: its paragraph's, its items'), also a bracket of unit
    /// names alone closing there (see <see cref="BareList"/>); at <paramref name="itemEnds"/> (where an item ends that
    /// keeps its own clause) also one glued to the words, where the document gives its roles glued.
    /// </summary>
    public List<Clause> Read(string text, string folded, int line = 0, IEnumerable<int>? listEnds = null, IEnumerable<int>? itemEnds = null)
    {
        var clauses = new List<Clause>();
        if (RequirementField.IsMatch(folded))
        {
            // 办理要求：承办单位主要负责同志亲自研究部署…: what is asked of whoever does the work, given to no one.
            return clauses;
        }
        folded = QuotedWords.Blanked(folded);
        (text, folded) = WithoutQualifiers(text, folded);
        folded = FieldsInSquareBrackets(folded);

        // Only a bracket that closes a task's words (…提升管理水平（A、B）；二是…) can be a bare list.
        var ends = (listEnds ?? Enumerable.Empty<int>()).ToList();
        var closing = new HashSet<int>(ends.Select(e => WordsEnd(folded, e)));
        var closingItems = new HashSet<int>((itemEnds ?? Enumerable.Empty<int>()).Select(e => WordsEnd(folded, e)));

        foreach (var (start, end) in Parentheses(folded))
        {
            var content = folded.Substring(start + 1, end - start - 2);
            if (content.IndexOf('。') is var stop and > 0 && Accountability.StatesRule(content.Substring(stop + 1)))
            {
                // (省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同): the list, a stop, then its rule: read as with a comma.
                var at = start + 1 + stop;
                folded = folded.Substring(0, at) + "，" + folded.Substring(at + 1);
                text = text.Substring(0, at) + "，" + text.Substring(at + 1);
                content = folded.Substring(start + 1, end - start - 2);
            }

            if (content.IndexOf('。') is var noteAt and > 0 && LaterTasksNote.IsMatch(content.Substring(noteAt + 1)))
            {
                // (责任单位:A、B,各县市区人民政府。以下均需各县市区人民政府负责落实,不再列出): what the bracket says after its
                // stop is of the tasks that follow, not a second list of this task's.
                var from = start + 1 + noteAt;
                var blank = new string(' ', end - 1 - from);
                folded = folded.Substring(0, from) + blank + folded.Substring(end - 1);
                text = text.Substring(0, from) + blank + text.Substring(end - 1);
                content = folded.Substring(start + 1, end - start - 2);
            }

            if (HelpersOfAField(text, folded, start, end))
            {
                // 责任单位：县交通运输局（县公路中心配合）: the bracket is the field's, read with it.
                continue;
            }

            // （市住建局、市数据局（牵头）、市科技局）: a list whose only role words mark one name is a list of names.
            var marksOnly = content.IndexOfAny(new[] { '(', '（' }) >= 0 && !HasVerb(content);
            if ((!RoleWords.HasRole(content) || marksOnly) && !HasLabel(content) && !HasCopula(content))
            {
                if (closing.Contains(end) && BareList(text, folded, start, end, line, ends.Where(e => e <= start).DefaultIfEmpty(0).Max(), closingItems.Contains(end)) is { } list)
                {
                    clauses.Add(list);
                }

                continue;
            }

            if (closing.Contains(end) && Accountability.StatesRule(content) && BareList(text, folded, start, end, line, ends.Where(e => e <= start).DefaultIfEmpty(0).Max(), closingItems.Contains(end)) is { } ruledList)
            {
                // （A、B，排名第一的为牵头单位，其余为配合单位）: the list and its rule in one bracket.
                clauses.Add(ruledList);
                continue;
            }

            if (Describes(content))
            {
                // （县发改局、县供电公司分别牵头的项目除外）: words about work a role is given elsewhere, not a clause.
                continue;
            }

            var clause = new Clause(start, end);
            Parse(text.Substring(start + 1, end - start - 2), content, clause, line, strict: false);
            if (clause.Leads.Count + clause.Supports.Count + clause.Implementers.Count == 0 && (Accountability.StatesRule(content) || content.Contains("下同")))
            {
                // （除标注“分别牵头”外，列第一位为牵头或汇总单位，下同） after a field's units: a note on the lists (its rule
                // is taken), not a clause of its own; the field before it is read as a whole.
                continue;
            }

            if (clause.Leads.Count > 0 && LeadBefore(text, folded, start) is { } leader)
            {
                // 县文化广电旅游体育局牵头（县文物保护中心具体负责）: the bracket says who does the details of the work the body
                // before it leads; they help it, and the body leads.
                clause.Supports.InsertRange(0, clause.Leads.Where(n => !clause.Supports.Contains(n) && n != leader));
                clause.Leads.Clear();
                clause.Leads.Add(leader);
                clause.ByConvention = null;
                clause.LeadsListed = false;
            }

            if (!clause.IsEmpty)
            {
                clauses.Add(clause);
            }
        }

        if (Unclosed(folded) is var open and >= 0 && folded.Length - open <= 300 && folded.Substring(open + 1).TrimEnd('\uFFFD', '?', '。', ' ') is { Length: > 0 } cut
            && (HasLabel(cut) || (cut.Length <= 60 && RoleWords.HasRole(cut))))
        {
            // （牵头单位：市留交办，配合单位：各有关单位，各区、县… where the page was cut: its fields as far as they go;
            // （县卫健局牵头 at the line's end, its close lost: its roles.
            var clause = new Clause(open, open + 1 + cut.Length);
            Parse(text.Substring(open + 1, cut.Length), cut, clause, line, strict: false);
            if (clause.Leads.Count + clause.Supports.Count > 0)
            {
                clause.Remarks.Add("the bracket from '" + text.Substring(open, System.Math.Min(12, text.Length - open)) + "' is not closed (the text may be cut): its fields read as far as they go");
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    // …。X牵头（: the one body whose lead's verb a bracket is glued to, named from the last stop or comma before it; null
    // where the words there are not one body's name.
    private string? LeadBefore(string text, string folded, int start)
    {
        var verb = start >= 4 && string.CompareOrdinal(folded, start - 4, "牵头负责", 0, 4) == 0 ? 4 : start >= 2 && string.CompareOrdinal(folded, start - 2, "牵头", 0, 2) == 0 ? 2 : 0;
        if (verb == 0)
        {
            return null;
        }

        var end = start - verb;
        var from = folded.LastIndexOfAny(new[] { '。', '；', ';', '，', ',', '：', ':', '）', ')' }, System.Math.Max(0, end - 1)) + 1;
        var name = text.Substring(from, end - from).Trim(' ', '　', '由');
        return name.Length is >= 2 and <= 30 && IsUnit(name) && !UnitShape.IsGroup(name) ? name : null;
    }

    /// <summary>True where the words are a form's field of requirements or progress (办理要求：…), which gives no one a role.</summary>
    internal static bool IsRequirementField(string folded) => RequirementField.IsMatch(folded);

    // A form's field of requirements or progress (办理要求：, 工作要求：, 进展情况：) on a line of its own.
    private static readonly System.Text.RegularExpressions.Regex RequirementField = new(
        @"^[ 　]*(?:办理要求|工作要求|有关要求|落实要求|督办要求|办理情况|进展情况|完成情况)[ 　]*[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly char[] SquareOpens = { '【', '［', '[' };
    private static readonly char[] SquareCloses = { '】', '］', ']' };

    // …办法。【牵头司局：政策法规司；参与司局：监管一司】, ［责任处室：…］: fields in square brackets after the words are read as in
    // parentheses. A bracket that opens the line (【牵头单位】X, 【X牵头】…) is a label or a lead-in, read elsewhere.
    private static string FieldsInSquareBrackets(string folded)
    {
        var open = folded.Length < 2 ? -1 : folded.IndexOfAny(SquareOpens, 1);
        if (open < 0 || folded.Substring(0, open).Trim().Length == 0)
        {
            return folded;
        }

        char[]? chars = null;
        for (; open > 0; open = folded.IndexOfAny(SquareOpens, open + 1))
        {
            // A field bracket is short: the close is looked for so far only, so a line of many opens costs no more.
            var close = folded.IndexOf(SquareCloses[System.Array.IndexOf(SquareOpens, folded[open])], open + 1, System.Math.Min(120, folded.Length - open - 1));
            if (close < 0)
            {
                continue;
            }

            var content = folded.Substring(open + 1, close - open - 1);
            if (content.IndexOfAny(new[] { '：', ':' }) > 0 && HasLabel(content))
            {
                chars ??= folded.ToCharArray();
                chars[open] = '（';
                chars[close] = '）';
            }
        }

        return chars is null ? folded : new string(chars);
    }

    /// <summary>The outermost bracket left open at the end of the words, or -1.</summary>
    private static int Unclosed(string folded)
    {
        var depth = 0;
        var start = -1;
        for (var i = 0; i < folded.Length; i++)
        {
            if (ChineseText.IsOpenParen(folded[i]))
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (ChineseText.IsCloseParen(folded[i]) && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0 ? start : -1;
    }

    /// <summary>
    /// A bracket of unit names and nothing else closing a task (<c>…改造任务。（县住建局*、县财政局、县发改局）</c>): the
    /// task's accountable list where the document states a rule for its lists (<see cref="Accountability.ReadsBareLists"/>)
    /// or where it stands after the task's last sentence, the signed names leading where the document says what the
    /// sign means. Otherwise it is not read; where its names carry a sign the document states no rule for, the task
    /// says so. One name glued to the words before it (设在县住建局（县城建办）) is a name's other name, not a list.
    /// </summary>
    private static readonly string[] PartnerWords = { "与", "向", "配合", "协助", "争取", "迎接", "迎检", "对接", "协调", "汇报", "报送", "申报", "请示", "邀请" };

    private Clause? BareList(string text, string folded, int start, int end, int line, int wordsFrom, bool closesItem)
    {
        var content = folded.Substring(start + 1, end - start - 2);
        var original = text.Substring(start + 1, end - start - 2);
        if (content.Trim().Length == 0 || content.Length > 200 || ExampleWords.Any(w => content.TrimStart().StartsWith(w, StringComparison.Ordinal)))
        {
            // （如县图书馆、县文化馆等）, （含县中心敬老院）: examples of what the task covers, not who does it.
            return null;
        }

        // （县住建局*、县财政局，2024年底前完成）, （县文广旅体局　2022年12月）: a part that is only a deadline is the list's
        // time (spaces part names as 、 does, see NameSeparators).
        var parts = SplitTopLevel(content, "，,；; 　").ToList();
        var due = parts.Where(p => DeadlineFinder.IsDeadlineOnly(content.Substring(p.Start, p.End - p.Start))).ToList();
        var rules = parts.Where(p => content.Substring(p.Start, p.End - p.Start) is var part && (Accountability.StatesRule(part) || part.Trim() == "下同" || TheRestSupport.IsMatch(part))).ToList();
        // （原牵头单位县卫健局，现牵头单位县疾控中心）: who had the work before a change is not listed for it.
        var former = parts.Where(p => Former.IsMatch(content.Substring(p.Start, p.End - p.Start))).ToList();
        var listed = parts.Except(due).Except(rules).Except(former).ToList();
        var names = listed.SelectMany(p => Names(original.Substring(p.Start, p.End - p.Start), content.Substring(p.Start, p.End - p.Start))).ToList();
        var signed = LeadMarks.HasSign(content);
        // （6月底前，市市场监管局） glued to the task's words: its deadline makes it the task's note of when and who, unless
        // the words deal with the bodies it names (与省直部门对接（6月底前，省发展改革委）, 争取…支持, 配合做好迎检).
        var afterStop = start == 0 || "。；;！？!? 　".IndexOf(folded[start - 1]) >= 0 || AfterDateAfterStop(folded, start);
        var dated = due.Count > 0 && !PartnerWords.Any(w => folded.LastIndexOf(w, start, System.Math.Min(start + 1, 60), StringComparison.Ordinal) >= 0);
        afterStop |= dated || (closesItem && ClosesClauseAsRolesDo(folded, start)) || (_accountability.BareListsCloseWords
            && LeftToTheBracket(folded, start, names.All(n => LeadMarks.Strip(n.Name).Name is var name && (UnitShape.IsDepartment(name) || UnitShape.IsGroup(name)))));
        if (names.Count == 0 || (!afterStop && names.Count < 2 && !signed) || !names.All(n => IsUnit(LeadMarks.Strip(n.Name).Name)))
        {
            return null;
        }

        var clause = new Clause(start, end);
        foreach (var (formerStart, formerEnd) in former)
        {
            clause.Remarks.Add("'" + original.Substring(formerStart, formerEnd - formerStart).Trim() + "' names who had the work before a change: not read as its lead or support");
        }

        if (_accountability.BracketsHoldSupports && afterStop && !signed)
        {
            // 说明：…括号内为配合单位: a bracket of names after the task's words is its supports, whoever leads it.
            var supportState = new State(line);
            foreach (var (partStart, partEnd) in listed)
            {
                Put(clause, supportState, Role.Support, original.Substring(partStart, partEnd - partStart), content.Substring(partStart, partEnd - partStart));
            }

            return clause.NotUnits.Count + clause.Unread.Count == 0 && clause.Supports.Count > 0 ? clause : null;
        }

        if (!_accountability.ReadsBareLists(line))
        {
            if (signed)
            {
                clause.Remarks.Add("the units in brackets (" + original.Trim() + ") carry a sign the document states no rule for: not read as the task's units");
                return clause;
            }

            // …做好准备工作。(民政局): a bracket of bodies alone after the task's last sentence is who the task is given to,
            // rule or none (the first listed leading, by the convention); glued to a word (与省直部门对接（省发改委、
            // 省财政局）) it may name the partners; where the document says what its brackets are not, it is not read;
            // nor where it names what the sentences before it build or run (重点建设胸痛中心、卒中中心。（胸痛中心、卒中中心）).
            // A name the type marks as the lead, where the document says the type marks it (（<u>县教育局</u>、县财政局） after
            // 详见县财政局公告), makes the bracket a list of units, whatever the words before it mention.
            if (!afterStop || _accountability.ListsDenied
                || (names.Any(n => folded.Substring(wordsFrom, start - wordsFrom).Contains(ChineseText.Fold(LeadMarks.Strip(n.Name).Name).Trim()))
                    && !(_accountability.LeadShownByType && _accountability.MarkedLeads(line, names.Select(n => n.Name)).Count > 0)))
            {
                return null;
            }
        }

        var state = new State(line);
        if (_accountability.SlashPartsRoles && listed.Count == 1 && listed[0] is var (from, to)
            && content.IndexOfAny(Slashes, from, to - from) is var slash and > 0 && slash > from && content.IndexOfAny(Slashes, slash + 1, to - slash - 1) < 0)
        {
            // （市财政局、湘城产业投资集团有限公司/市投资促进局） where the document says the slash parts leads from supports:
            // every name before it leads, every name after it (— for none) supports.
            Put(clause, state, Role.Lead, original.Substring(from, slash - from), content.Substring(from, slash - from));
            if (content.Substring(slash + 1, to - slash - 1).Trim('—', '-', '－', '无', ' ', '　').Length > 0)
            {
                Put(clause, state, Role.Support, original.Substring(slash + 1, to - slash - 1), content.Substring(slash + 1, to - slash - 1));
            }

            listed.Clear();
        }

        foreach (var (partStart, partEnd) in listed)
        {
            Put(clause, state, Role.Accountable, original.Substring(partStart, partEnd - partStart), content.Substring(partStart, partEnd - partStart));
        }

        if (due.Count > 0)
        {
            clause.Due = original.Substring(due[0].Start, due[0].End - due[0].Start).Trim();
        }

        Resolve(clause, state);

        // A list whose lead the document marks by type that no name of it shows still names the task's units: they are
        // read as supports, with the remark that says why none leads.
        return clause.NotUnits.Count + clause.Unread.Count == 0 && (clause.Leads.Count > 0 || clause.LeadMarkLost) ? clause : null;
    }

    private static readonly char[] Slashes = { '/', '／' };

    private static int WordsEnd(string folded, int end)
    {
        while (end > 0 && folded[end - 1] is '。' or '；' or ';' or '.' or ' ' or '　')
        {
            end--;
        }

        return end;
    }

    // …提升精细化管理水平（市妇女儿童心理咨询中心、宣传部）；: where the document closes its clauses with their roles glued
    // in a bracket, a bracket of names in that place is the clause's list, unless its sentence deals with the bodies
    // (积极对接（省发改委、省财政局）) or the bracket names the body before it another way (设在县住建局（县城建办）).
    private bool ClosesClauseAsRolesDo(string folded, int start)
    {
        return _accountability.RolesCloseClauses && LeftToTheBracket(folded, start, departments: false);
    }

    // The words before a bracket glued to them leave it to say who does them: they deal with no body, build nothing it
    // names, and do not end with a body's name the bracket names another way.
    // A bracket of departments and groups names nothing the words build (新增学位8000个（市教育局）).
    private static bool LeftToTheBracket(string folded, int start, bool departments)
    {
        if (start == 0)
        {
            return false;
        }

        var sentence = folded.LastIndexOfAny(new[] { '。', '；', ';', '！', '？' }, start - 1) + 1;
        var words = folded.Substring(sentence, start - sentence);
        return !PartnerWords.Any(words.Contains) && !(departments ? ObjectWords.Except(BuildWords) : ObjectWords).Any(words.Contains) && !UnitShape.EndsLikeBody(words) && !UnitShape.IsDealingWithBody(words);
    }

    // 建成一批综合体（县全民健身中心、县游泳馆）, 引进培育龙头企业（县茶业集团）, 指导县城管局开展整治（县城管局）: the
    // bracket names what the work builds, forms, wins or serves, or the body it directs, not who does it.
    private static readonly string[] ObjectWords =
    {
        "建设", "建成", "新建", "改造", "改扩建", "创建", "争创", "创成", "引进", "培育", "组建", "成立", "挂牌", "打造", "服务",
        "承接", "扶持", "帮助", "帮扶", "指导", "督促", "命名", "评选", "认定", "申报", "入选", "表彰", "走访", "慰问",
    };

    // What a task builds, sets up or serves, which a department never is.
    private static readonly string[] BuildWords = { "建设", "建成", "新建", "改造", "改扩建", "创建", "争创", "创成", "组建", "成立", "挂牌", "打造", "服务" };

    // …配套政策制定。（9月底前出台）（A、B）: a bracket of when alone between the last sentence and the list leaves the list
    // after the sentence's stop.
    private static bool AfterDateAfterStop(string folded, int start)
    {
        if (start < 2 || !ChineseText.IsCloseParen(folded[start - 1]))
        {
            return false;
        }

        var open = folded.LastIndexOfAny(new[] { '（', '(' }, start - 2);
        var words = open < 0 ? string.Empty : folded.Substring(open + 1, start - open - 2);
        return open >= 0 && words.Length <= 16 && DeadlineFinder.Find(words, words, null) is not null && !RoleWords.HasRole(words)
            && (open == 0 || "。；;！？!? 　".IndexOf(folded[open - 1]) >= 0);
    }

    // 其余为配合单位, 其他为协办单位: the rest of a list whose rule names its lead.
    private static readonly System.Text.RegularExpressions.Regex TheRestSupport = new(
        @"^\s*(?:其余|其他|其它|余下|其余的|其他的)(?:单位|部门)?(?:为|是|系)(?:配合|协办|参与)(?:单位|部门)?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] ExampleWords = { "如", "含", "包括", "包含", "例如", "比如", "诸如", "主要有", "其中", "即", "涉及" };

    /// <summary>
    /// Words outside parentheses that are all responsibility (<c>市发改委牵头，市财政局配合</c>, <c>由市卫健委负责</c>,
    /// <c>牵头单位：X  配合单位：Y</c>, <c>完成时限：6月底前</c>), or null where anything in them is not: a sentence of the
    /// plan that mentions a unit is not a clause.
    /// </summary>
    public Clause? ReadStatement(string text, string folded, int line, int offset = 0)
    {
        // …交易会。——X牵头，5月底前完成。: a dash sets the sentence of who does the work off from the work.
        var dashes = 0;
        while (dashes < folded.Length && folded[dashes] is '—' or '─' or '―')
        {
            dashes++;
        }

        if (dashes > 0)
        {
            text = text.Substring(dashes);
            folded = folded.Substring(dashes);
            offset += dashes;
        }

        if (DivisionLabel.Match(folded) is { Success: true } division && RoleWords.HasRole(folded.Substring(division.Length)))
        {
            // 责任分工：X牵头，Y配合: the label only says that a sentence of who does what follows (without role words,
            // 责任分工：A、B is a list under an accountable label, as 责任单位：A、B).
            text = text.Substring(division.Length);
            folded = folded.Substring(division.Length);
            offset += division.Length;
        }

        (text, folded) = WithoutQualifiers(text, folded);
        var trimmed = QuotedWords.Blanked(folded).TrimEnd('。', '；', ';', '.', ' ', '　', '：', ':');
        if (trimmed.Length == 0 || trimmed.Length > 200 || (!RoleWords.HasRole(trimmed) && !HasLabel(trimmed) && !HasCopula(trimmed)))
        {
            return null;
        }

        if (Describes(trimmed.Length > 0 && RuleNoteAt(trimmed) is var note and > 0 ? trimmed.Substring(0, note) : trimmed))
        {
            return null;
        }

        var clause = new Clause(offset, offset + trimmed.Length);
        if (!Parse(text.Substring(0, trimmed.Length), trimmed, clause, line, strict: true))
        {
            return null;
        }

        // Words in a unit's place that are no body (主要负责同志亲自抓) make the sentence the plan's prose, whatever else
        // it names: a group read out of it (各成员单位要成立工作专班) would be a wrong lead.
        return clause.IsEmpty || (clause.NotUnits.Count > 0 && !clause.HasLabels) ? null : clause;
    }

    /// <summary>
    /// True where role words are followed by 的 and a noun (原明确由县城管局牵头负责的事项, 县发改局牵头的项目): they describe
    /// a thing by who was given it, they do not give it.
    /// </summary>
    private static bool Describes(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (RoleWords.VerbAt(folded, i).Word.Length > 0 && DescribesAt(folded, i))
            {
                return true;
            }
        }

        return false;
    }

    // The thing described may open with a figure or a quoted name (负责建成的5座水厂, 牵头组织的“一网通办”评估).
    private static bool OpensThing(char c) => char.IsLetterOrDigit(c) || "“\"《「‘".IndexOf(c) >= 0;

    // How far the second body's name and role may run after 、 before their 的.
    private const int MaxJoinedRoles = 30;

    /// <summary>True where the role words at <paramref name="at"/> (牵头, 牵头负责) are followed by 的 and a noun.</summary>
    internal static bool DescribesAt(string folded, int at)
    {
        var after = at;
        while (after < folded.Length && RoleWords.VerbAt(folded, after).Word is { Length: > 0 } verb)
        {
            after += verb.Length;
        }

        // X牵头、Y配合的联席会议制度: the roles of two bodies, joined by 、, describe the thing after their 的.
        if (after > at && after < folded.Length && folded[after] == '、'
            && folded.IndexOf('的', after, System.Math.Min(MaxJoinedRoles, folded.Length - after)) is var joined and > 0
            && RoleWords.Verbs.Any(v => joined - v.Word.Length > after && string.CompareOrdinal(folded, joined - v.Word.Length, v.Word, 0, v.Word.Length) == 0 && v.Word != "会")
            && folded.IndexOfAny(new[] { '，', ',', '。', '；', ';' }, after, joined - after) < 0)
        {
            return joined + 1 < folded.Length && OpensThing(folded[joined + 1]);
        }

        // 由县发改局负责牵头编制的规划, 由市发改委牵头组织开展的审查: an action straight after the verbs (a word of work
        // or two to four characters), then 的, describes a thing as well.
        var action = after > at ? UnitShape.ActionAt(folded, after) : 0;
        for (var length = 2; action == 0 && after > at && length <= 4 && after + length < folded.Length; length++)
        {
            // 牵头组织的, 牵头组织开展的: two to four characters of work, then 的.
            if (!ChineseText.IsHan(folded[after + length - 1]) || folded[after + length - 1] == '的')
            {
                break;
            }

            if (folded[after + length] == '的')
            {
                action = length;
            }
        }

        if (action > 0 && after + action + 1 < folded.Length && folded[after + action] == '的')
        {
            after += action;
        }

        return after > at && after + 1 < folded.Length && folded[after] == '的' && OpensThing(folded[after + 1]);
    }

    /// <summary>A table cell under a header that names a role: its names, or its own role words where it has them.</summary>
    public Clause ReadCell(string text, int line, Role column, bool tableHasSupportColumn)
    {
        text = WithSupportsBracketedOut(text);
        var folded = ChineseText.Fold(text);
        var clause = new Clause(0, text.Length);
        if (column == Role.Lead && DivisionInLeadCell.Match(folded) is { Success: true, Index: > 0 } division && !RoleWords.HasRole(folded.Substring(0, division.Index))
            && folded.IndexOfAny(new[] { '，', ',' }, 0, division.Index) < 0)
        {
            // 省经信厅、省科技厅按职责分工负责 under 牵头单位 (and …，区检察院配合 after it): each leads in its own remit, as
            // 牵头单位：A、B（按职责分工） does.
            text = text.Substring(0, division.Index) + "牵头" + text.Substring(division.Index + division.Length);
            folded = folded.Substring(0, division.Index) + "牵头" + folded.Substring(division.Index + division.Length);
        }

        if (RoleWords.HasRole(folded) || HasLabel(folded))
        {
            Parse(text, folded, clause, line, strict: false, fallback: column, namedSupports: tableHasSupportColumn);
            return clause;
        }

        var state = new State(line) { NamedSupports = tableHasSupportColumn };
        if (column == Role.Time)
        {
            clause.Due = text.Trim();
            return clause;
        }

        Put(clause, state, column, text, folded);
        Resolve(clause, state);
        return clause;
    }

    private static readonly System.Text.RegularExpressions.Regex DivisionInLeadCell = new(
        @"[（(]?(?:按照?职责(?:分工)?(?:负责)?|分工负责|各负其责)[）)]?(?=[。；;，,]|[ 　]*$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 县交通运输局（县公路中心配合）: the bracket names who helps the cell's own units, as 县交通运输局，县公路中心配合 does.
    // Not 市民政局（牵头）, whose bracket marks the name before it, nor 办公室（安全生产办）, a name whole.
    private static string WithSupportsBracketedOut(string text)
        => SupportsBracketed(text) is var (own, helpers, word) ? own + "，" + helpers + word : text;

    // The cell's or field's own units and the helpers its closing bracket names, with the bracket's role word.
    private static (string Own, string Helpers, string Word)? SupportsBracketed(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('。', '；', ';', '，', ',').TrimEnd();
        if (trimmed.Length < 4 || !ChineseText.IsCloseParen(trimmed[trimmed.Length - 1]))
        {
            return null;
        }

        var (open, end) = Parentheses(trimmed).LastOrDefault();
        if (end != trimmed.Length || open == 0)
        {
            return null;
        }

        var innerText = trimmed.Substring(open + 1, end - open - 2).Trim();
        var inner = ChineseText.Fold(innerText);
        var word = SupportWordsAtEnd.FirstOrDefault(w => inner.EndsWith(w, StringComparison.Ordinal));
        return word is not null && inner.Length > word.Length + 1 && !RoleWords.HasRole(inner.Substring(0, inner.Length - word.Length))
            && LabelOf(inner).Role == Role.None
            ? (trimmed.Substring(0, open).TrimEnd(), innerText.Substring(0, innerText.Length - word.Length), word)
            : null;
    }

    /// <summary>True where the words end with a bracket naming who helps the units before it (县交通运输局（县公路中心配合）).</summary>
    internal static bool EndsWithHelpers(string text) => SupportsBracketed(text) is not null;

    // A bracket glued to the last name of a lead or accountable field, naming who helps: the field's own.
    private static bool HelpersOfAField(string text, string folded, int start, int end)
    {
        if (start == 0 || folded[start - 1] < '\u4E00' || folded[start - 1] > '\u9FFF')
        {
            return false;
        }

        var colon = folded.LastIndexOfAny(new[] { '：', ':' }, start - 1);
        if (colon < 1 || start - colon > 40 || folded.IndexOfAny(new[] { '。', '；', ';', '（', '(' }, colon, start - colon) >= 0)
        {
            return false;
        }

        var labelStart = System.Math.Max(0, colon - 8);
        var label = folded.Substring(labelStart, colon - labelStart);
        var cut = label.LastIndexOfAny(new[] { '。', '，', ',', '；', ';', ' ', '　', '）', ')' });
        return RoleWords.Label(label.Substring(cut + 1)) is Role.Lead or Role.Accountable && SupportsBracketed(text.Substring(colon + 1, end - colon - 1)) is not null;
    }

    private static readonly string[] SupportWordsAtEnd = { "配合", "协助", "协办", "参与" };

    // 主責機關：社會局及警察局 where the document says the first of a lead field leads: the names the field gave after its
    // first support.
    private void FirstOfLeadField(Clause clause, int from)
    {
        if (_accountability.LeadFieldFirstListed && clause.Leads.Count - from > 1)
        {
            clause.Supports.AddRange(clause.Leads.Skip(from + 1).Where(n => !clause.Supports.Contains(n)));
            clause.Leads.RemoveRange(from + 1, clause.Leads.Count - from - 1);
        }
    }

    /// <summary>The outermost parenthesized groups, as (open, just after close); unbalanced ones are skipped.</summary>
    internal static IEnumerable<(int Start, int End)> Parentheses(string text)
    {
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (ChineseText.IsOpenParen(text[i]) || (depth == 0 && IsSquareClause(text, i)))
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if ((ChineseText.IsCloseParen(text[i]) || text[i] is ']' or '］') && depth > 0 && --depth == 0)
            {
                yield return (start, i + 1);
            }
        }
    }

    /// <summary>
    /// A square bracket that holds a clause as a parenthesis does (<c>[责任单位:区发改(商务)局]</c>, printed so where a
    /// name holds round ones), not a tag (<c>[牵头]X[配合]Y</c>, whose bracket holds a label alone).
    /// </summary>
    private static bool IsSquareClause(string text, int at)
    {
        if (text[at] is not ('[' or '［'))
        {
            return false;
        }

        var close = text.IndexOfAny(new[] { ']', '］' }, at + 1);
        return close > at + 1 && RoleWords.Label(text.Substring(at + 1, close - at - 1).Trim()) == Role.None;
    }

    internal static bool HasLabel(string folded)
        => Fields(folded).Any(s => LabelOf(folded.Substring(s.Start, s.End - s.Start)).Role != Role.None) || SpacedLabel.IsMatch(folded);

    /// <summary>True where a field gives its names a role by a label after 为 (<c>X为牵头单位</c>).</summary>
    internal static bool HasCopula(string folded)
        => Fields(folded).Any(s => Copula(folded.Substring(s.Start, s.End - s.Start)).Role != Role.None);

    /// <summary>
    /// The fields of a clause: split at its separators, before every bracketed label inside a run, since tags are
    /// often printed with nothing between them (<c>【牵头】X【配合】A、B</c>), and at a / that a label follows.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> Fields(string folded)
    {
        foreach (var (start, end) in SplitTopLevel(folded, FieldSeparators))
        {
            var from = start;
            var depth = 0;

            // Where the field's colons stand, found once: a label run into a value is looked for at every character.
            var colonSince = -1;
            var nextColon = folded.IndexOfAny(Colons, start, end - start);
            for (var i = start; i < end; i++)
            {
                if (nextColon >= 0 && i > nextColon)
                {
                    colonSince = nextColon;
                    nextColon = folded.IndexOfAny(Colons, i, end - i);
                }

                if (ChineseText.IsOpenParen(folded[i]))
                {
                    depth++;
                }
                else if (ChineseText.IsCloseParen(folded[i]) && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0 && i > from && folded[i] is '【' or '[' && LabelOf(folded.Substring(i, end - i)).Role != Role.None)
                {
                    yield return (from, i);
                    from = i;
                }
                else if (depth == 0 && i > from && folded[i] is '/' or '／' or '|' or '｜' && LabelOf(folded.Substring(i + 1, end - i - 1).TrimStart(' ', '　')).Role != Role.None)
                {
                    // 主责单位：X/配合单位：Y/完成时限：9月底, 责任单位：X｜整改时限：…｜配合单位：Y: a / or a bar before a label
                    // ends a field as a ； does.
                    yield return (from, i);
                    from = i + 1;
                }
                else if (depth == 0 && i > from && colonSince >= from && nextColon > i && GluedLabelAt(folded, i, nextColon))
                {
                    // 牵头单位：区教育局配合单位：区文化和旅游局: a cell's wrapped lines joined, the next label run into the
                    // last field's value.
                    yield return (from, i);
                    from = i;
                }
            }

            yield return (from, end);
        }
    }

    private static readonly char[] Colons = { ':', '：' };

    // A label from at to the colon after it (the field before it labelled too: its colon seen since it began).
    private static bool GluedLabelAt(string folded, int at, int colon)
    {
        // The label starts here, not a character later (区城管局配合单位: 局配合 would read as a label too).
        var length = colon - at;
        return length is >= 2 and <= 6 && RoleWords.Label(folded.Substring(at, length)) is not (Role.None or Role.Person or Role.Time)
            && (length == 2 || RoleWords.Label(folded.Substring(at + 1, length - 1)) == Role.None);
    }

    // A field: 牵头单位：X. The label is the words before the colon.
    private static (Role Role, int ValueStart) LabelOf(string segment)
    {
        // 【牵头单位】X: the bracket ends the label as a colon does.
        if (segment.Length > 2 && segment[0] is '【' or '[' && segment.IndexOfAny(new[] { '】', ']' }) is var close and > 1)
        {
            var role = RoleWords.Label(segment.Substring(1, close - 1));
            if (role != Role.None)
            {
                var value = close + 1 < segment.Length && segment[close + 1] is ':' or '：' ? close + 2 : close + 1;
                return (role, value);
            }
        }

        var colon = segment.IndexOfAny(new[] { ':', '：' });
        if (colon <= 0)
        {
            return (Role.None, 0);
        }

        var labelled = RoleWords.Label(segment.Substring(0, colon));

        // 责任分工：A、B with no role words after it (those with them ReadStatement reads as a sentence): a list under an
        // accountable label, as 责任单位：A、B.
        return labelled == Role.None && DivisionLabel.Match(segment) is { Success: true } division && division.Length >= colon + 1
            ? (Role.Accountable, colon + 1)
            : (labelled, colon + 1);
    }

    private sealed class State
    {
        public State(int line) => Line = line;

        /// <summary>前者牵头 after two bodies given the work together: the first of them leads, the other supports.</summary>
        public bool FormerLeads { get; set; }

        /// <summary>
        /// The first name of an accountable list where it is no name the reader takes for a body (仁兴街、执法局): the
        /// first listed cannot lead for it.
        /// </summary>
        public string? FirstListedUnread { get; set; }

        /// <summary>下同 among the clause's fields: its names are the later tasks' too.</summary>
        public bool SameBelow { get; set; }

        /// <summary>A rule among the clause's fields (列第一位者为牵头单位): a 下同 beside it is the rule's.</summary>
        public bool RuleStated { get; set; }

        /// <summary>A time field among the clause's fields (完成时限：…): a 下同 after it is the time's.</summary>
        public bool TimeStated { get; set; }

        public int Line { get; }

        public List<string> Accountable { get; } = new();

        public bool NamedSupports { get; set; }

        /// <summary>True where the clause says its list has no order (排名不分先后): nobody leads by being first.</summary>
        public bool Unordered { get; set; }

        public bool AccountableByLabel { get; set; }

        /// <summary>Names given 按职责分工负责 (each in its own remit): supports beside a lead, the accountable list without one.</summary>
        public List<string> ByDivision { get; } = new();
    }

    private static readonly System.Text.RegularExpressions.Regex JointLead = new(
        @"[（(](?:(?:共同|联合|一起|双)(?:牵头|主攻|组长|主抓)(?:单位|部门|科室)?|均为(?:共同)?牵头(?:单位|部门)?|都是牵头(?:单位|部门)?)[）)]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Reads a clause's words; in strict mode, returns false where any of them is not a field, a name or a role word.
    private bool Parse(string original, string content, Clause clause, int line, bool strict, Role fallback = Role.None, bool namedSupports = false)
    {
        // Before the fields are split at spaces: 主办：市局 治安支队 is one body; 牵头单位 X　配合单位 Y are labels and their names.
        (original, content) = WithSpacedLabelsColoned(original, content);
        (original, content) = WithBrokenNamesJoined(original, content);
        var state = new State(line) { NamedSupports = namedSupports };
        var current = Role.None;
        var pending = new List<(string Original, string Folded)>();
        var together = false;
        var speaksOfLead = false;

        // 由A、B，C负责落实: a task given to bodies to carry out; 负责落实 after them makes them accountable for it.
        var givenBy = content.TrimStart().StartsWith("由", StringComparison.Ordinal);
        string? prior = null;
        foreach (var (start, end) in Fields(content))
        {
            var segment = content.Substring(start, end - start);
            var segmentOriginal = original.Substring(start, end - start);
            var previous = prior;
            prior = segment;
            if (UnitShape.RestsOnWords.Any(w => segment.TrimStart(' ', '　').StartsWith(w, StringComparison.Ordinal)) && !RoleWords.HasRole(segment))
            {
                // （依托县数据局，县人社局牵头）: the body the work rests on answers for nothing.
                continue;
            }

            if (MoneyGivenBy.IsMatch(segment) && !segment.Contains("负责") && !segment.Contains("牵头"))
            {
                // …负责组织实施，项目资金由镇财政所统筹: the funder answers for nothing of the work (资金由市财政局负责统筹
                // under a task of funding is the work itself).
                continue;
            }

            if (segment.Length > 0 && RuleNoteAt(segment) is var note and > 0)
            {
                state.Unordered |= IsUnordered(segment.Substring(note));
                // 责任单位：A、B、C（列第一位者为牵头或汇总单位，下同）: the note in the parenthesis is the document's rule,
                // not a name; the units before it are the field's.
                if (Accountability.StatesRule(segment.Substring(note)))
                {
                    _accountability.RuleFromLine = Math.Min(_accountability.RuleFromLine, line);
                }

                segment = segment.Substring(0, note);
                segmentOriginal = segmentOriginal.Substring(0, note);
            }

            if (LabelNote(segment) is var (noteStart, noteEnd))
            {
                // 责任单位（排第一位的为牵头单位）：A、B: the label's own note is the rule; the names after it are the field's.
                state.Unordered |= IsUnordered(segment.Substring(noteStart, noteEnd - noteStart));
                if (Accountability.StatesRule(segment.Substring(noteStart, noteEnd - noteStart)))
                {
                    _accountability.RuleFromLine = Math.Min(_accountability.RuleFromLine, line);
                }

                segment = segment.Remove(noteStart, noteEnd - noteStart);
                segmentOriginal = segmentOriginal.Remove(noteStart, noteEnd - noteStart);
            }

            if (Former.IsMatch(segment))
            {
                clause.Remarks.Add("'" + segmentOriginal.Trim() + "' names who had the work before a change: not read as its lead or support");
                continue;
            }

            if (IsUnordered(segment) && LabelOf(segment).Role == Role.None && !RoleWords.HasRole(segment))
            {
                state.Unordered = true;
                continue;
            }

            // A、B分别负责, 分别由A、B负责: each is accountable for its own part, none first among them.
            state.Unordered |= segment.Contains("分别负责") || segment.Contains("分别由");

            // A、B共同负责，前者牵头: of two bodies, the one named first leads after all.
            if (segment.Trim(' ', '　', '。') is "前者牵头" or "前者为牵头单位" or "由前者牵头")
            {
                state.FormerLeads = true;
                continue;
            }

            if (Accountability.StatesRule(segment) || LeadMarks.StatedIn(segment) is not null || segment.Trim('。', '.') is "下同" or "以下同" or "后同")
            {
                // （责任单位：市卫生健康委，下同）: the names hold for the tasks after it that name none; after a rule
                // (列第一位者为牵头单位，下同) it is the rule that holds.
                state.SameBelow |= segment.Trim('。', '.') is "下同" or "以下同" or "后同" && NamesWhoDoesIt(previous);
                state.RuleStated |= Accountability.StatesRule(segment) || LeadMarks.StatedIn(segment) is not null;

                if (Accountability.StatesRule(segment))
                {
                    _accountability.RuleFromLine = Math.Min(_accountability.RuleFromLine, line);
                }

                continue;
            }

            var (label, valueStart) = LabelOf(segment);

            // （…；完成时限：2024年12月底前，下同）: a 下同 after a time field is the time's.
            state.TimeStated |= label == Role.Time;

            // 牵头市领导：X is a person's field: the leader of the work, not its lead unit.
            // 周启明副市长牵头，市交通运输局负责: the official over the work is no unit, and the body that answers for it
            // is the task's accountable list all the same.
            speaksOfLead |= label != Role.Person && LeadWordOutsideNames(segment) && !OfficialsLead(segment);
            if (label == Role.Accountable && HasLeadOrSupportVerb(segment.Substring(valueStart)))
            {
                // 责任单位：X牵头，A、B配合: the field's value says itself who leads and who supports.
                clause.HasLabels = true;
                current = Role.None;
                pending.Clear();
                segment = segment.Substring(valueStart);
                segmentOriginal = segmentOriginal.Substring(valueStart);
                label = Role.None;
            }

            if (label != Role.None)
            {
                clause.HasLabels = true;
                clause.HasLeadField |= label == Role.Lead;
                pending.Clear();
                if (label is Role.Lead or Role.Accountable && SupportsBracketed(segmentOriginal.Substring(valueStart)) is var (own, helpers, _))
                {
                    // 责任单位：县交通运输局（县公路中心配合）: the field's unit, and who helps it.
                    current = label;
                    Put(clause, state, label, own, ChineseText.Fold(own));
                    Put(clause, state, Role.Support, helpers, ChineseText.Fold(helpers));
                    continue;
                }

                if (!NamesUnits(label) || !HasVerb(segment.Substring(valueStart)))
                {
                    current = label;
                    var leadsBefore = clause.Leads.Count;
                    Put(clause, state, label, segmentOriginal.Substring(valueStart), segment.Substring(valueStart));
                    if (label == Role.Lead)
                    {
                        FirstOfLeadField(clause, leadsBefore);
                    }

                    continue;
                }

                // 责任单位：X牵头，A、B配合: the verbs inside the field say who of its units does what.
                current = Role.None;
                segment = segment.Substring(valueStart);
                segmentOriginal = segmentOriginal.Substring(valueStart);
            }

            if (label == Role.None && UnknownLabel(segment))
            {
                // （主责：A；联络：B、C）: a field whose label says no role the importer knows. Its names are not the field's
                // before it, nor the role's of the words after it; the fields around it are read as they are.
                if (strict)
                {
                    clause.Remarks.Add("'" + segmentOriginal.Trim() + "': a field whose label names no role: its bodies are given none");
                }
                else
                {
                    clause.Unread.Add(segmentOriginal.Trim());
                }

                current = Role.None;
                continue;
            }

            if (Copula(segment) is { Role: not Role.None } copula)
            {
                // 区发展改革局为牵头单位, A、B为配合单位, 各街道办事处为责任主体: the label after 为 gives the names before it their role.
                foreach (var (o, f) in pending)
                {
                    Put(clause, state, DeadlineFinder.IsDeadlineOnly(f) ? Role.Time : copula.Role, o, f);
                }

                pending.Clear();
                Put(clause, state, copula.Role, segmentOriginal.Substring(0, copula.At), segment.Substring(0, copula.At));
                current = Role.None;
                together = false;
                continue;
            }

            var position = 0;
            var found = false;
            var depth = 0;
            for (var i = 0; i < segment.Length; i++)
            {
                // 市民政局（牵头）: a role inside a name's parenthesis is that name's (see Marked), not a verb of the run.
                if (ChineseText.IsOpenParen(segment[i]))
                {
                    depth++;
                }
                else if (ChineseText.IsCloseParen(segment[i]) && depth > 0)
                {
                    depth--;
                }

                var (word, role) = depth > 0 ? (string.Empty, Role.None) : RoleWords.VerbAt(segment, i);
                if (role == Role.Scope && givenBy)
                {
                    role = Role.Accountable;
                }

                if (role == Role.Accountable && RoleWords.RegulatesBesideTheDoer(word, content))
                {
                    role = Role.Oversight;
                }
                else if (role == Role.Oversight && RoleWords.InspectionIsTheWork(word, segment, i, content, segment.Substring(position, i - position)))
                {
                    role = Role.Accountable;
                }
                else if (role == Role.Accountable && RoleWords.CoordinatesBesideTheAccountable(word, content) && UnitShape.IsCoordinatingGroup(segment.Substring(position, i - position)))
                {
                    role = Role.Guidance;
                }

                if (role == Role.None)
                {
                    continue;
                }

                // 区商务局积极配合, 各乡镇主动配合: how willingly is no part of the names.
                var namesEnd = i - AdverbBefore(segment, position, i, word);
                var names = (segmentOriginal.Substring(position, namesEnd - position), segment.Substring(position, namesEnd - position));
                // X、Y会同Z负责: X and Y are the accountable list (the first leads, by the document's rule or the
                // convention), Z the partners they work with, who support.
                var split = state.NamedSupports;
                var before = clause.Supports.Count;
                if (role == Role.Lead && !together && PickedFromPending(pending, names.Item1, names.Item2) is { } others)
                {
                    // （A、B；A牵头）, （A、B，其中A牵头）: the list, then which of it leads; the others support.
                    foreach (var other in others)
                    {
                        Put(clause, state, Role.Support, other, ChineseText.Fold(other));
                    }

                    pending.Clear();
                }

                // （市人社局；市教育局、市总工会协同）: names alone in a field before the field of those who support are
                // the ones they support, accountable (alone, the lead); not where the clause has named its lead already,
                // nor across a comma, which also lists names (委机关各科室,市计生协,委直属单位按职责分工负责), nor areas
                // (（城东新区、城西片区；各乡镇配合）: where the work is done). A comma before 配合, 协助 or 协办 parts them as well
                // (（少儿部，阅读推广部协助）): a list goes on before a division's word, not before a helper's.
                var supported = role == Role.Support && !together && clause.Leads.Count == 0 && state.Accountable.Count == 0 && position == 0
                    && start > 0 && (content[start - 1] is '；' or ';' || (content[start - 1] is '，' or ',' && word is "配合" or "协助" or "协办"))
                    && pending.SelectMany(p => Names(p.Original, p.Folded)).ToList() is { Count: > 0 } bare
                    && bare.All(n => UnitShape.IsOrganisation(n.Name) && !ChineseText.Fold(n.Name).TrimEnd().EndsWith("区", StringComparison.Ordinal));
                foreach (var (o, f) in pending)
                {
                    // （长期坚持，X负责）, （每季度开展一次，X负责）: the words before the names say when, not who.
                    // 县商务局，县市场监管局配合 in a cell: the names before the field of those who help are the column's.
                    var pendingRole = DeadlineFinder.IsDeadlineOnly(f) ? Role.Time : together ? Role.Support : role == Role.Together || supported ? Role.Accountable
                        : fallback is Role.Lead or Role.Accountable && role == Role.Support && position == 0 && !IsDivision(word) ? fallback : role;
                    Put(clause, state, pendingRole, o, f);
                }

                pending.Clear();
                if (role == Role.Together)
                {
                    Put(clause, state, Role.Accountable, names.Item1, names.Item2);
                    together = true;
                }
                else if (together && role is Role.Accountable or Role.Lead or Role.Scope)
                {
                    Put(clause, state, Role.Support, names.Item1, names.Item2);
                    state.NamedSupports = split;
                    together = false;
                }
                else
                {
                    // 由国土资源部负责落实: the body a task is given to carry out is accountable for it (a scope note,
                    // 试点城市政府负责落实, names who carries everything out).
                    Put(clause, state, role == Role.Scope && names.Item2.TrimStart().StartsWith("由", StringComparison.Ordinal) ? Role.Accountable : role, names.Item1, names.Item2, verb: word);
                    if (IsDivision(word))
                    {
                        state.ByDivision.AddRange(clause.Supports.Skip(before));
                    }

                    together = false;
                }

                found = true;
                i += word.Length - 1;
                position = i + 1;
            }

            if (found)
            {
                current = Role.None;
                var rest = segmentOriginal.Substring(position).Trim('。', '.', ' ');
                if (together && PartnersBeforeTheWork.Match(rest) is { Success: true } work)
                {
                    // （X牵头，会同A、B实施）: the partners, then the work they share.
                    rest = rest.Substring(0, work.Index);
                }

                var restFolded = ChineseText.Fold(rest);
                if (together && rest.Length > 0 && Names(rest, restFolded) is { Count: > 0 } partners
                    && partners.All(n => UnitShape.IsOrganisation(n.Name) || UnitShape.IsGroup(n.Name)))
                {
                    // （X牵头，会同A、B）: the bodies the lead works together with, at the end of the part, support.
                    Put(clause, state, Role.Support, rest, restFolded);
                }
                else if (rest.Length > 0)
                {
                    if (strict)
                    {
                        return false;
                    }

                    clause.Unread.Add(rest);
                }
            }
            else if (current != Role.None)
            {
                // 配合单位：B、C，各区 — a field goes on to the next label.
                Put(clause, state, current, segmentOriginal, segment);
            }
            else
            {
                pending.Add((segmentOriginal, segment));
            }
        }

        if (pending.Count > 0 && fallback != Role.None)
        {
            // A cell's names without a role word of their own have the column's; a lead mark on one of its lines is the
            // cell's (市交通运输局（牵头） / 市财政局).
            var cellMarksLead = fallback == Role.Lead && pending.Any(p => MarksLead(Names(p.Original, p.Folded)));
            foreach (var (o, f) in pending)
            {
                Put(clause, state, fallback, o, f, cellMarksLead);
            }

            pending.Clear();
        }

        // （X牵头，Y配合，2026年9月底前完成）, X牵头，5月底前完成。: a part that is only a deadline is the clause's time,
        // without a label, in a bracket or a sentence.
        for (var p = pending.Count - 1; p >= 0; p--)
        {
            if (DeadlineFinder.IsDeadlineOnly(pending[p].Folded))
            {
                Put(clause, state, Role.Time, pending[p].Original, pending[p].Folded);
                pending.RemoveAt(p);
            }
            else if (p == pending.Count - 1 && clause.Leads.Count > 0 && DeadlineFinder.WhenThenDone(pending[p].Folded) is var when and > 0
                && !RoleWords.HasRole(pending[p].Folded) && Names(pending[p].Original, pending[p].Folded).All(n => !UnitShape.IsOrganisation(n.Name) && !UnitShape.IsGroup(n.Name)))
            {
                // 由X牵头，会同A、B，于9月底前完成报批发布工作: by when, then the work the lead and its partners do by then.
                Put(clause, state, Role.Time, pending[p].Original.Substring(0, when), pending[p].Folded.Substring(0, when));
                pending.RemoveAt(p);
            }
        }

        if (pending.Count > 0)
        {
            if (strict)
            {
                return false;
            }

            clause.Unread.Add(string.Join("，", pending.Select(p => p.Original.Trim())));
        }

        if (strict && clause.Unread.Any(u => !clause.WithoutKeyword.ContainsKey(u)))
        {
            return false;
        }

        // Words about a lead that named none that could be read (a label the table does not know, a person who
        // leads): the document gives the task's lead there, so its accountable list does not lead by the convention.
        clause.HasLeadField |= speaksOfLead && clause.Leads.Count == 0;
        Resolve(clause, state);
        return true;
    }

    // 联络单位：A, 参谋：B: a label of a few characters before a colon, which is no body's name and no word that leads into a
    // list (其中：A牵头).
    private static bool UnknownLabel(string segment)
    {
        var text = segment.TrimStart(' ', '　');
        var colon = text.IndexOfAny(new[] { '：', ':' });
        if (colon is < 1 or > 8 || colon + 1 >= text.Length)
        {
            return false;
        }

        // Only where the field names bodies (进度：按季度推进, 工作要求：… give nobody anything).
        var label = text.Substring(0, colon).Trim();
        var value = text.Substring(colon + 1);
        return label.Length > 0 && label.All(ChineseText.IsHan) && !LeadIns.Contains(label) && !UnitShape.IsOrganisation(label) && !UnitShape.IsGroup(label)
            && !RoleWords.HasRole(label) && !DeadlineFinder.IsDeadlineOnly(label) && !IsRequirementField(text)
            && Names(value, value).Any(n => UnitShape.IsOrganisation(n.Name.Trim()));
    }

    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal) { "其中", "包括", "含", "即", "如", "注", "备注", "说明", "附注" };

    // The names of the pending list that the names before a lead word leave out, where those names all come from the
    // list and leave some out; null otherwise (A、B，C牵头: C is no pick of the list, and all three lead).
    private static List<string>? PickedFromPending(List<(string Original, string Folded)> pending, string original, string folded)
    {
        if (pending.Count == 0)
        {
            return null;
        }

        var listed = pending.SelectMany(p => Names(p.Original, p.Folded)).Select(n => n.Name).ToList();
        var picked = Names(original, folded).Select(n => n.Name).ToList();
        if (picked.Count == 0 || picked.Count >= listed.Count || !picked.All(listed.Contains))
        {
            return null;
        }

        return listed.Where(n => !picked.Contains(n)).ToList();
    }

    // True where one of the names carries a lead mark of its own (市民政局（牵头）).
    /// <summary>True where a name in the cell carries the lead's mark (县公安局（牵头）, 县公安局〔牵头〕).</summary>
    internal static bool MarksLeadIn(string cell) => MarksLead(Names(cell, ChineseText.Fold(cell)));

    private static bool MarksLead(List<(string Name, bool Tail)> names)
        => names.Any(n => !n.Tail && (Marked(LeadMarks.Strip(n.Name).Name).Role == Role.Lead || JointLead.IsMatch(ChineseText.Fold(LeadMarks.Strip(n.Name).Name))));

    private void Put(Clause clause, State state, Role role, string original, string folded, bool leadMarkedBeside = false, string? verb = null)
    {
        if (role == Role.Time)
        {
            var due = original.Trim();
            if (due.Length > 0)
            {
                clause.Due = due;
            }

            return;
        }

        var names = MarkedByClosingBracket(Names(original, folded));
        if (NamesUnits(role) && names.Any(n => !n.Tail && UnitShape.IsDealingWithBody(ChineseText.Fold(n.Name))))
        {
            // （向省财政厅、市财政局汇报，县财政局牵头）: the names of a part that deals with bodies are those it reports to
            // or works with; none of them is given the work, whatever role word follows.
            clause.Unread.Add(original.Trim());
            return;
        }

        if (role == Role.Person)
        {
            clause.Persons.AddRange(names.Select(n => n.Name));
            return;
        }

        if (RoleWords.WithoutKeyword(role) is { } word)
        {
            // 加强业务指导 is the plan's words, not a body that guides.
            clause.NotUnits.AddRange(names.Where(n => !IsUnit(n.Name)).Select(n => n.Name));
            names = names.Where(n => IsUnit(n.Name)).ToList();
            if (names.Count > 0)
            {
                // The document's own verb where the names had one (县生态环境分局负责监管, not 督办).
                var named = string.Join("、", names.Select(n => n.Name)) + (verb is { Length: > 0 } ? verb : word);
                clause.Unread.Add(named);
                clause.WithoutKeyword[named] = role;
            }

            return;
        }

        for (var i = names.Count - 2; i >= 0; i--)
        {
            // 公安、交通运输部门: the departments of two fields, 部门 printed once, after the last.
            if (!IsUnit(names[i].Name) && UnitShape.IsSectorDepartment(names[i + 1].Name) && UnitShape.IsSectorDepartment(names[i].Name + "部门"))
            {
                names[i] = (names[i].Name + "部门", names[i].Tail);
            }
        }

        for (var i = 0; i + 1 < names.Count; i++)
        {
            // 人民大垸、荒湖管理区: two bodies sharing the ending printed once, after the last.
            if (!IsUnit(names[i].Name) && IsUnit(names[i + 1].Name) && UnitShape.SharesEnding(names[i].Name, names[i + 1].Name))
            {
                _known.Add(names[i].Name);
            }
        }

        // 区教育局、区公安分局（共同牵头）, …（均为牵头单位）, …（双牵头）, …（双组长单位）, …（联合主攻）: the lead the last of a run is marked with is shared by the names before it, back
        // to a name with a mark of its own; never in a list of supports.
        var sharedLeadUntil = role is Role.Support ? -1 : names.FindLastIndex(n => !n.Tail && JointLead.IsMatch(ChineseText.Fold(n.Name)));
        var sharedLeadFrom = sharedLeadUntil < 0 ? 0 : names.FindLastIndex(sharedLeadUntil - 1 < 0 ? 0 : sharedLeadUntil - 1, sharedLeadUntil,
            n => Marked(LeadMarks.Strip(n.Name).Name).Role != Role.None) + 1;
        leadMarkedBeside |= role == Role.Lead && MarksLead(names);

        // A、B、C（双牵头）: two of the three lead, and the text does not say which; none is read as lead.
        var twoOfMore = sharedLeadUntil >= 0 && sharedLeadUntil - sharedLeadFrom + 1 > 2
            && JointLead.Match(ChineseText.Fold(names[sharedLeadUntil].Name)).Value.IndexOf('双') >= 0;
        if (twoOfMore)
        {
            clause.Remarks.Add("'" + string.Join("、", names.Skip(sharedLeadFrom).Take(sharedLeadUntil - sharedLeadFrom + 1).Select(n => n.Name.Trim()))
                + "' marks two leads among more names, and does not say which two: none read as lead");
        }

        // (责任单位:仁兴街、执法局): a name of the list not read as a unit, before the first that is.
        string? unreadFirst = null;
        for (var index = 0; index < names.Count; index++)
        {
            var (signedName, tail) = names[index];

            // 县住建局*: the sign is not the name; it makes the name lead where the document says so, in a list of
            // accountable units (in a list of supports it contradicts the list, and the list's word stands).
            var (printed, sign) = LeadMarks.Strip(signedName);
            var signedLead = false;
            if (sign is { } support && _accountability.MarksSupport(support) && !tail)
            {
                // 县工业和信息化局△ where the document says △ marks a support: it helps, whatever list it stands in.
                (IsUnit(printed) ? clause.Supports : clause.NotUnits).Add(printed);
                state.NamedSupports = true;
                continue;
            }

            if (sign is { } s)
            {
                signedLead = _accountability.MarksLead(s) && !tail && role is Role.Accountable or Role.Lead or Role.Implementer;
                if (!signedLead)
                {
                    clause.Remarks.Add(_accountability.MarksLead(s)
                        ? "'" + signedName.Trim() + "' carries the lead sign in a list of supports: read as support"
                        : "'" + signedName.Trim() + "' carries a sign (" + s + ") the document states no rule for: read without it, as the list's other names");
                }
            }

            if (signedLead)
            {
                if (IsUnit(printed))
                {
                    _known.Add(printed);
                    clause.Leads.Add(printed);
                }
                else
                {
                    clause.NotUnits.Add(printed);
                }

                continue;
            }

            // 市卫健委（牵头）、市医保局: a role written after one name is that name's.
            var (name, marked) = Marked(printed);
            if (twoOfMore && index >= sharedLeadFrom && index <= sharedLeadUntil)
            {
                clause.Unread.Add(name.Trim());
                continue;
            }

            marked = marked == Role.None && index >= sharedLeadFrom && index <= sharedLeadUntil ? Role.Lead : marked;

            // 配合单位：市财政局（主）: the main one among those supporting, not a lead the field does not name.
            marked = marked == Role.Lead && role == Role.Support && name.Length < printed.Length && ChineseText.Fold(printed).TrimEnd(')', '）').EndsWith("主", StringComparison.Ordinal) ? Role.Support : marked;
            if (marked != Role.None && !tail)
            {
                if (IsUnit(name))
                {
                    _known.Add(name);
                    (marked == Role.Lead ? clause.Leads : clause.Supports).Add(name);
                    state.NamedSupports |= marked == Role.Support;
                }
                else
                {
                    clause.NotUnits.Add(name);
                }

                continue;
            }

            if (tail && ChineseText.Fold(name).Trim() is "部门" or "单位" or "机构" or "机关" or "方面" or "地方")
            {
                // 农业部等部门: "and other departments", nobody more to name.
                continue;
            }

            if (!IsUnit(name) && !tail && UnitShape.IsPlace(name) && role is Role.Lead or Role.Support or Role.Accountable or Role.Implementer)
            {
                // 配合单位：市财政局、越秀区: a district named among the units is its government.
                _known.Add(name);
            }

            if (!IsUnit(name) && !tail && role == Role.Lead && UnitShape.BodyOfOfficial(name) is { } body)
            {
                // 由市经贸委分管领导牵头, 由市安监局1名县级领导牵头: the body leads through its official.
                clause.Persons.Add(name.Trim());
                _known.Add(body);
                clause.Leads.Add(body);
                continue;
            }

            if (!IsUnit(name) && !tail && UnitShape.IsPerson(ChineseText.Fold(name).Trim()))
            {
                // 由杨志武副市长负责，市发改委牵头: the official over the work is a person, kept in the text; the body leads.
                clause.Persons.Add(name);
                continue;
            }

            if (!tail && TableReader.IsDitto(name))
            {
                // 责任单位：同上: the task above's units, which the structure reader copies (see StructureReader.Dittos).
                continue;
            }

            if (!IsUnit(name))
            {
                // 县城管局负总则 (a word the table lacks, or misprinted): words of responsibility the reader could not
                // read may give the lead, so those who only carry the work out (各乡镇落实) do not lead for them.
                clause.NotUnits.Add(name);
                unreadFirst ??= role == Role.Accountable && !tail && state.Accountable.Count == 0 ? name.Trim() : null;
                clause.HasLeadField |= !tail && (role == Role.Lead || SpeaksOfResponsibility(ChineseText.Fold(name)));
                continue;
            }

            _known.Add(name);
            if (tail || role == Role.Support || (role == Role.Scope && clause.Leads.Count + state.Accountable.Count > 0))
            {
                // 秩序处牵头，各大队负责落实: who carries out the work a lead named before them answers for supports it.
                // A collective after 等 (等各相关处室) is nobody in particular: it supports.
                clause.Supports.Add(name);
                state.NamedSupports |= !tail;
            }
            else if (role == Role.Lead)
            {
                // 牵头单位 cell 市交通运输局（牵头） / 市财政局: where the names of a lead field mark who leads, the others
                // named with them support.
                (leadMarkedBeside ? clause.Supports : clause.Leads).Add(name);
            }
            else if (role == Role.Accountable)
            {
                state.FirstListedUnread ??= state.Accountable.Count == 0 ? unreadFirst : null;
                state.Accountable.Add(name);
            }
            else if (role == Role.Implementer)
            {
                clause.Implementers.Add(name);
            }
            else if (role == Role.Scope)
            {
                // （市民政局负责落实）, with nobody named before it: the body answers for carrying the task out; after bodies
                // that answer for it each in its remit (A、B按职责分工负责，各设区市负责落实) it carries out their work. A kind
                // of body (试点城市政府负责落实, every pilot city's government) is no unit (UnitShape), so never reaches here.
                (state.ByDivision.Count > 0 ? clause.Supports : state.Accountable).Add(name);
            }
            else
            {
                clause.Unread.Add(name + (role == Role.Scope ? "负责落实" : string.Empty));
            }
        }
    }

    private static readonly char[] CopulaBreaks = { '，', ',', '、', '；', ';', '：', ':', '。', '（', '(', '“' };

    /// <summary>
    /// <c>X为牵头单位</c>, <c>A、B是配合单位</c>, <c>X作为责任主体</c>, <c>X是跟踪督查的牵头实施单位</c>: where the names end
    /// (before 为/是/作为) and the role of the label after it; <see cref="Role.None"/> where the words do not end in such a
    /// label.
    /// </summary>
    private static (int At, Role Role) Copula(string segment)
    {
        var trimmed = segment.TrimEnd('。', '.', ' ', '　');
        for (var i = trimmed.Length - 2; i >= 1; i--)
        {
            if (trimmed[i] is not ('为' or '是'))
            {
                continue;
            }

            var role = RoleWords.Label(trimmed.Substring(i + 1));

            // X是跟踪督查的牵头实施单位, 各镇政府是农村改厕的实施主体: the label after what the names are it for.
            var of = trimmed.LastIndexOf('的');
            if (!NamesUnits(role) && of > i + 1 && of - i <= 20 && trimmed.IndexOfAny(CopulaBreaks, i + 1, of - i - 1) < 0)
            {
                role = RoleWords.Label(trimmed.Substring(of + 1));
            }

            if (NamesUnits(role))
            {
                return (i > 1 && trimmed[i] == '为' && trimmed[i - 1] == '作' ? i - 1 : i, role);
            }
        }

        return (0, Role.None);
    }

    private static bool NamesUnits(Role role) => role is Role.Lead or Role.Support or Role.Accountable or Role.Implementer;

    // A role verb outside parentheses (市民政局（牵头） marks one name, see Marked).
    private static bool HasVerb(string folded)
    {
        var depth = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (ChineseText.IsOpenParen(folded[i]))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(folded[i]) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && RoleWords.VerbAt(folded, i).Role != Role.None)
            {
                return true;
            }
        }

        return false;
    }

    // A 牵头 or 配合 outside parentheses (市民政局（牵头） marks one name, see Marked).
    private static bool HasLeadOrSupportVerb(string value)
    {
        var depth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (ChineseText.IsOpenParen(value[i]))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(value[i]) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && RoleWords.VerbAt(value, i).Role is Role.Lead or Role.Support)
            {
                return true;
            }
        }

        return false;
    }

    // （责任单位：X，下同）, （X负责，下同）, （X，下同）: the 下同 is said of the field just before it; after a leader's
    // field, a supervisor's, a time, or a note on the work (含所属医疗机构, 各县负责落实) it carries no lead.
    private static bool NamesWhoDoesIt(string? field)
    {
        if (field is null)
        {
            return false;
        }

        var (label, _) = LabelOf(field);
        if (label != Role.None)
        {
            return label is Role.Lead or Role.Accountable or Role.Support;
        }

        var roles = Enumerable.Range(0, field.Length).Select(i => RoleWords.VerbAt(field, i).Role).Where(r => r != Role.None).ToList();
        return roles.Count > 0
            ? roles.All(r => r is Role.Lead or Role.Accountable or Role.Support or Role.Together)
            : field.Trim(' ', '　', '（', '(').Split('、').All(name => UnitShape.IsOrganisation(name.Trim()));
    }

    private static bool IsDivision(string word) => word is "按职责分工负责" or "按职责分工" or "按职责负责" or "按照职责分工负责" or "按照职责分工" or "按照职责负责" or "分工负责" or "各负其责";

    private static (string Name, Role Role) Marked(string name)
    {
        var folded = ChineseText.Fold(name);
        if (folded.Length < 4 || !ChineseText.IsCloseParen(folded[folded.Length - 1]))
        {
            return (name, Role.None);
        }

        var open = folded.LastIndexOfAny(new[] { '(', '（', '〔' });
        if (open <= 1)
        {
            return (name, Role.None);
        }

        if (JointLead.IsMatch(folded))
        {
            // （双牵头）, （联合主攻）: the run's shared lead (see Put), not this name's alone; in a run of supports, none.
            return (name.Substring(0, open).TrimEnd(), Role.None);
        }

        var role = RoleWords.Mark(folded.Substring(open + 1, folded.Length - open - 2).Trim());

        return role is Role.Lead or Role.Support ? (name.Substring(0, open).TrimEnd(), role) : (name, Role.None);
    }

    private bool IsUnit(string name)
    {
        if (_known.Contains(name))
        {
            return true;
        }

        if (!_organisations.TryGetValue(name, out var organisation))
        {
            organisation = UnitShape.IsOrganisation(name);
            _organisations[name] = organisation;
        }

        return organisation;
    }

    /// <summary>
    /// Bodies given the work with no role word (an item addressed to them, <c>市委宣传部、市文明办：负责…</c>): their
    /// accountable list, who leads in it decided as in any other.
    /// </summary>
    public Clause Accountable(string original, int line)
    {
        var clause = new Clause(0, original.Length);
        var state = new State(line);
        Put(clause, state, Role.Accountable, original, ChineseText.Fold(original));
        Resolve(clause, state);
        return clause;
    }

    // 问责, 追责, 督责, 督办: who holds others to account, not who does the work.
    private static bool SpeaksOfResponsibility(string folded)
        => (folded.IndexOf('负') >= 0 || folded.IndexOf('责') >= 0 || folded.Contains("牵头") || folded.Contains("抓总") || folded.Contains("主抓"))
            && !folded.Contains("问责") && !folded.Contains("追责") && folded.IndexOf('督') < 0;

    /// <summary>
    /// The sentence's subject where it is a unit or a list of them followed by a modal (要, 应, 须) and the work, or by a
    /// role verb: <c>X要牵头建立…</c> (lead), <c>A、B要做好…保障</c> (the work of a unit beside the lead: support),
    /// <c>Y配合做好…</c> (support). Null where the words before the modal or verb are not all units.
    /// </summary>
    public (List<string> Names, Role Role)? Subject(string original, string folded)
    {
        var depth = 0;
        for (var i = 2; i < folded.Length - 1; i++)
        {
            if (ChineseText.IsOpenParen(folded[i - 1]))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(folded[i - 1]) && depth > 0)
            {
                depth--;
            }

            var modal = depth > 0 ? 0 : Modals.Where(m => string.CompareOrdinal(folded, i, m, 0, m.Length) == 0).Select(m => m.Length).FirstOrDefault();
            var (verb, role) = depth > 0 ? (string.Empty, Role.None) : RoleWords.VerbAt(folded, i + modal);
            if ((modal == 0 && role is not (Role.Lead or Role.Support)) || DescribesAt(folded, i + modal))
            {
                // 县政府牵头的联席会议: the role describes a thing; it gives nobody the work.
                continue;
            }

            var names = Names(original.Substring(0, i), folded.Substring(0, i));
            if (names.Count == 0 || names.Any(n => n.Tail || !IsUnit(n.Name)))
            {
                continue;
            }

            if (i + modal + verb.Length >= folded.Length && role != Role.Support)
            {
                // 市财政局要。 is no sentence; 各区配合 is a statement, read as one.
                return null;
            }

            names.ForEach(n => _known.Add(n.Name));
            return (names.Select(n => n.Name).ToList(), role == Role.Lead ? Role.Lead : Role.Support);
        }

        return null;
    }

    // What stands between a sentence's subject and its work: 要 (must), 应, 应当, 须, 需.
    private static readonly string[] Modals = { "要", "应当", "应", "须", "需" };

    // Who of the accountable units leads: see Accountability.
    private void Resolve(Clause clause, State state)
    {
        ResolveAccountable(clause, state);
        clause.SameBelow = state.SameBelow && !state.RuleStated && !state.TimeStated && clause.Leads.Count > 0;
        if (state.FormerLeads && clause.Leads.Count is 1 or 2)
        {
            // 共同负责，前者牵头 (also under --co-leads): the document names the lead, no convention.
            if (clause.Leads.Count == 2)
            {
                clause.Supports.Insert(0, clause.Leads[1]);
                clause.Leads.RemoveAt(1);
            }

            clause.ByConvention = null;
        }
    }

    private void ResolveAccountable(Clause clause, State state)
    {
        if (clause.Leads.Count == 0 && state.Accountable.Count == 0 && state.ByDivision.Count > 0
            && !UnitShape.IsGroup(state.ByDivision[0]))
        {
            // （A、B按职责分工负责） with nobody leading: A and B are an accountable list, as （A、B负责）: who leads is
            // the document's rule or the convention; those it has support (（A、B按职责分工负责，各科室配合）) still do.
            // （督导室按职责分工负责） alone is accountable alone, and so leads.
            // A group alone, or first, each member in its own remit (各县市区卫生健康局按职责分工负责), names nobody to lead.
            clause.Supports.RemoveAll(state.ByDivision.Contains);
            state.Accountable.AddRange(state.ByDivision);
            state.NamedSupports = false;
            clause.ListedByDivision = true;
        }
        else if (clause.Leads.Count == 0 && state.Accountable.Count == 0 && state.ByDivision.Count > 0 && UnitShape.IsGroup(state.ByDivision[0])
            && state.ByDivision.Any(n => !UnitShape.IsGroup(n)))
        {
            clause.AnsweredByDivision = true;
        }

        var accountable = state.Accountable.Distinct().ToList();
        if (clause.Implementers.Count > 0 && (clause.Leads.Count > 0 || accountable.Count > 0))
        {
            // 牵头单位：X　实施单位：Y: the accountable unit has Y carry the work out.
            clause.Supports.AddRange(clause.Implementers.Where(n => !clause.Supports.Contains(n)));
            clause.Implementers.Clear();
        }

        if (accountable.Count == 0)
        {
            return;
        }

        if (clause.Leads.Count > 0 || clause.HasLeadField)
        {
            // 牵头单位：各主要指标牵头单位；责任单位：A、B: the document names a lead the reader cannot take for a unit;
            // the accountable units beside it support it all the same.
            clause.Supports.InsertRange(0, accountable);
        }
        else if (accountable.Count > 1 && _accountability.LeadShownByType && !_accountability.CoLeads
            && _accountability.MarkedLeads(state.Line, accountable) is { Count: > 0 } marked)
        {
            // 责任单位：人事处、<u>党委教师工作部</u> where the document says underlined units lead and the format kept it.
            clause.Leads.AddRange(marked);
            clause.Supports.InsertRange(0, accountable.Where(n => !marked.Contains(n)));
        }
        else if (accountable.Count > 1 && _accountability.LastListedLeads && !_accountability.CoLeads && !state.Unordered && !_accountability.NoOrder)
        {
            // 注：各项任务所列责任单位中，排在最后一位的为牵头单位: the document's own order, read as it says.
            clause.LeadsListed = true;
            clause.Leads.Add(accountable[accountable.Count - 1]);
            clause.Supports.InsertRange(0, accountable.Take(accountable.Count - 1));
        }
        else if (accountable.Count > 1 && _accountability.LeadShownByType && !_accountability.CoLeads)
        {
            // 说明：加下划线的为牵头单位: the lead was marked by the type, which the text lost; the list names nobody first.
            clause.Supports.InsertRange(0, accountable);
            clause.LeadMarkLost = true;
            clause.Remarks.Add("the document marks each list's lead by its type (underline, bold, red), which none of these names shows in what was read: which of "
                + string.Join("、", accountable) + " leads cannot be told, so none is read as the lead");
        }
        else if (state.FirstListedUnread is { } unread && !_accountability.CoLeads && !state.Unordered && !_accountability.NoOrder && !_accountability.AllListedLead)
        {
            // (责任单位:仁兴街、执法局) where 仁兴街 is no body the reader knows: the first listed is not the first it read.
            clause.Supports.InsertRange(0, accountable);
            clause.Remarks.Add("the list's first name, " + unread + ", is not read as a unit, so the first listed cannot be told: " + string.Join("、", accountable) + " not read as the lead");
        }
        else if (accountable.Count == 1 || (_accountability.RuleHolds(state.Line) && !state.Unordered && !_accountability.NoOrder && !_accountability.AllListedLead))
        {
            clause.LeadsListed = true;
            clause.Leads.Add(accountable[0]);
            clause.Supports.InsertRange(0, accountable.Skip(1));
        }
        else if (state.NamedSupports || _accountability.CoLeads || state.Unordered || _accountability.NoOrder || _accountability.AllListedLead)
        {
            // 责任处室:A、B;配合处室:C splits the accountable from the supporting: A and B are the leads it names.
            clause.LeadsListed = true;
            clause.Leads.AddRange(accountable);
        }
        else
        {
            clause.LeadsListed = true;
            clause.Leads.Add(accountable[0]);
            clause.Supports.InsertRange(0, accountable.Skip(1));
            clause.ByConvention = accountable;
        }
    }

    /// <summary>
    /// The names of a run such as <c>人事科、基药办,各县市区卫生健康局</c>: split at top-level separators and at a joining
    /// 和/及/与 between two organisations (文化和旅游部 stays whole), a leading 由/和/及 and a trailing 等 dropped, and a
    /// collective after 等 (<c>X等有关部门</c>, <c>A、B等和各省级人民政府</c>) kept as a name of its own, marked as a tail.
    /// </summary>
    private static readonly char[] OpenParens = { '（', '(' };

    // 县农业农村局（牵头）县市场监管局（配合）: a name's mark closes it, and the next name starts straight after it.
    private static IEnumerable<(int Start, int End)> AfterMarks(string folded, IEnumerable<(int Start, int End)> spans)
    {
        foreach (var (start, end) in spans)
        {
            var from = start;
            for (var i = start + 2; i < end - 1; i++)
            {
                if (ChineseText.IsCloseParen(folded[i]) && ChineseText.IsHan(folded[i + 1])
                    && folded.LastIndexOfAny(OpenParens, i - 1, i - from) is var open && open > from
                    && RoleWords.Mark(folded.Substring(open + 1, i - open - 1)) != Role.None)
                {
                    yield return (from, i + 1);
                    from = i + 1;
                }
            }

            yield return (from, end);
        }
    }

    internal static List<(string Name, bool Tail)> Names(string original, string folded)
    {
        (original, folded) = WithBrokenNamesJoined(original, folded);
        var names = new List<(string, bool)>();
        foreach (var (start, end) in LevelsOfOneGroup(folded, AfterMarks(folded, SplitTopLevel(folded, NameSeparators)).ToList()))
        {
            var name = original.Substring(start, end - start);
            var key = folded.Substring(start, end - start);
            (name, key) = TrimName(name, key);
            // 等 after a body's name is "and others" (X等有关部门); inside one it is a word (县职业中等专业学校, 高等学校).
            var etc = key.IndexOf('等');
            if (etc > 0 && etc < key.Length - 1 && !UnitShape.IsOrganisation(name.Substring(0, etc)) && UnitShape.IsOrganisation(name))
            {
                etc = -1;
            }

            // 市教育局（高等教育事务）: a 等 inside a bracket is the bracket's word, never "and others".
            if (etc > 0 && key.Substring(0, etc).Count(ChineseText.IsOpenParen) > key.Substring(0, etc).Count(ChineseText.IsCloseParen))
            {
                etc = -1;
            }

            if (etc > 0 && etc < key.Length - 1)
            {
                AddJoined(names, name.Substring(0, etc), key.Substring(0, etc), false);
                var (after, afterKey) = TrimName(name.Substring(etc + 1), key.Substring(etc + 1));
                if (after.Length >= 2)
                {
                    // A、B等省有关部门和各地级以上市人民政府: the collective after 等 and a second group joined to it.
                    AddJoined(names, after, afterKey, true);
                }

                continue;
            }

            if (etc == 0 && key.Length > 1)
            {
                var (after, _) = TrimName(name.Substring(1), key.Substring(1));
                if (after.Length >= 2)
                {
                    names.Add((after, true));
                }

                continue;
            }

            if (etc == key.Length - 1 && etc >= 0)
            {
                (name, key) = TrimName(name.Substring(0, etc), key.Substring(0, etc));
            }

            foreach (var (part, partKey) in Unglued(name, key))
            {
                AddJoined(names, part, partKey, false);
            }
        }

        return names;
    }

    /// <summary>
    /// 市交通运输局、市发展改革委、市自然资源和规划局（市交通运输局牵头）: the list, then who of it leads, in brackets
    /// after its last name; read as the list with that name marked (市交通运输局（牵头）、…), so the others support.
    /// Only where every name the bracket gives is one of the list's.
    /// </summary>
    private static List<(string Name, bool Tail)> MarkedByClosingBracket(List<(string Name, bool Tail)> names)
    {
        if (names.Count < 2 || names[names.Count - 1] is not { Tail: false } last || last.Name.Length < 4 || !ChineseText.IsCloseParen(last.Name[last.Name.Length - 1]))
        {
            return names;
        }

        var folded = ChineseText.Fold(last.Name);
        var open = folded.LastIndexOfAny(new[] { '（', '(' });
        if (open <= 0)
        {
            return names;
        }

        var inside = folded.Substring(open + 1, folded.Length - open - 2).Trim();
        var verb = LeadInBracket.FirstOrDefault(v => inside.EndsWith(v, StringComparison.Ordinal));
        if (verb is null || inside.Length <= verb.Length)
        {
            return names;
        }

        var bare = last.Name.Substring(0, open).TrimEnd();
        var list = names.Take(names.Count - 1).Select(n => n.Name).Append(bare).ToList();
        var leads = inside.Substring(0, inside.Length - verb.Length).TrimStart('由').Split('、', '，', ',').Select(n => n.Trim()).ToList();
        if (leads.Any(l => !list.Any(n => ChineseText.Fold(n).Trim() == l)))
        {
            return names;
        }

        return list.Select((n, i) => (leads.Contains(ChineseText.Fold(n).Trim()) ? n + "（牵头）" : n, names[i].Tail)).ToList();
    }

    // 牵头单位：…, X牵头: a 牵头 that is no part of a body's name (市项目牵头办负责 names no lead field).
    private static readonly string[] AdverbsBeforeRoles = { "积极", "主动", "全力", "密切" };

    // 区民政局要主动配合, 各乡镇要配合: the modal before the help goes too (not before 按职责分工: 各地各部门要按照职责分工
    // is what the plan asks of everyone).
    private static int AdverbBefore(string segment, int start, int end, string verb)
    {
        var adverb = AdverbsBeforeRoles.FirstOrDefault(a => end - a.Length > start + 1 && string.CompareOrdinal(segment, end - a.Length, a, 0, a.Length) == 0)?.Length ?? 0;
        return adverb + (verb is "配合" or "协助" && end - adverb - 1 > start + 1 && segment[end - adverb - 1] is '要' or '应' or '须' ? 1 : 0);
    }

    // 周启明副市长牵头, 由郑晓岚副市长、周启明副市长牵头: only officials before the lead's word.
    private static bool OfficialsLead(string segment)
    {
        var at = segment.IndexOf("牵头", StringComparison.Ordinal);
        var before = at > 0 ? segment.Substring(0, at).Trim().TrimStart('由').Trim() : string.Empty;
        return before.Length > 0 && before.Split('、', '，', ',') is var names && names.All(n => UnitShape.IsPerson(n.Trim()));
    }

    private static bool LeadWordOutsideNames(string segment)
    {
        for (var at = segment.IndexOf("牵头", StringComparison.Ordinal); at >= 0; at = segment.IndexOf("牵头", at + 2, StringComparison.Ordinal))
        {
            if (!RoleWords.InsideName(segment, at, "牵头"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LeadInBracket = { "牵头负责", "牵头", "为牵头单位", "为牵头部门" };

    /// <summary>
    /// 市市场监督 管理局, 市住房城乡\n建设局: a name a narrow cell or a stray space broke in two, joined where the first
    /// part is no organisation, both together are, and the second starts no body of its own (no level, no 各).
    /// </summary>
    private static (string Original, string Folded) WithBrokenNamesJoined(string original, string folded)
    {
        if (folded.IndexOfAny(Breaks) < 0)
        {
            return (original, folded);
        }

        for (var at = folded.IndexOfAny(Breaks); at > 0 && at < folded.Length - 1; at = folded.IndexOfAny(Breaks, at + 1))
        {
            var gapEnd = at;
            while (gapEnd < folded.Length && System.Array.IndexOf(Breaks, folded[gapEnd]) >= 0)
            {
                gapEnd++;
            }

            var leftStart = folded.LastIndexOfAny(PartSeparators, at - 1) + 1;
            var rightEnd = folded.IndexOfAny(PartSeparators, gapEnd);
            rightEnd = rightEnd < 0 ? folded.Length : rightEnd;
            // 牵头单位： 市林业 局 ；: the spaces after the colon and before the semicolon are no part of the name.
            while (leftStart < at && System.Array.IndexOf(Breaks, folded[leftStart]) >= 0)
            {
                leftStart++;
            }

            while (rightEnd > gapEnd && System.Array.IndexOf(Breaks, folded[rightEnd - 1]) >= 0)
            {
                rightEnd--;
            }

            // 县工业和 信息化局　　完成时限：…: the name's second part ends where the next field's gap starts.
            var nextGap = folded.IndexOfAny(Breaks, gapEnd, rightEnd - gapEnd);
            // 主办：市局 治安支队  协办：各分局: so does it where the next field's label follows the gap.
            rightEnd = nextGap > gapEnd && (CutAfterJoiner(folded, at) || NextFieldAfter(folded, nextGap, rightEnd)) ? nextGap : rightEnd;
            // 市 民政局: a level alone is never a name either.
            if (gapEnd >= folded.Length || at - leftStart < (LevelPrefixes.IndexOf(folded[leftStart]) >= 0 ? 1 : 2) || rightEnd - gapEnd < 1 || folded.IndexOfAny(Breaks, gapEnd, rightEnd - gapEnd) >= 0
                || LevelPrefixes.IndexOf(folded[gapEnd]) >= 0 || folded[gapEnd] == '各'
                || (rightEnd < folded.Length && folded[rightEnd] is '：' or ':'))
            {
                // 牵头科室：各分局　协办科室：…: the words before a colon are the next field's label, no part of a name.
                continue;
            }

            var left = folded.Substring(leftStart, at - leftStart);
            var right = folded.Substring(gapEnd, rightEnd - gapEnd);
            // 市局 治安支队: a bureau's detachment or section printed apart from it, with no level of its own, is the
            // bureau's (市局治安支队), one body.
            var ownPart = UnitShape.IsOrganisation(left) && BureauEndings.Any(e => left.EndsWith(e, StringComparison.Ordinal))
                && right.Length <= 6 && PartEndings.Any(e => right.EndsWith(e, StringComparison.Ordinal));
            if ((ownPart || !UnitShape.IsOrganisation(left)) && left.All(ChineseText.IsHan) && right.All(ChineseText.IsHan)
                && UnitShape.IsOrganisation(left + right) && !RoleWords.HasRole(left + right))
            {
                original = original.Remove(at, gapEnd - at);
                folded = folded.Remove(at, gapEnd - at);
                at = leftStart;
            }
        }

        return (original, folded);
    }

    /// <summary>
    /// （牵头单位 市生态环境局　配合单位 市医保局）: a role's whole label (a role word and 单位, 部门, 处室 or 科室) at a
    /// field's start with a space where its colon would be, written with the colon.
    /// </summary>
    private static (string Original, string Folded) WithSpacedLabelsColoned(string original, string folded)
    {
        var labels = SpacedLabel.Matches(folded);
        if (labels.Count == 0)
        {
            return (original, folded);
        }

        var originalChars = original.ToCharArray();
        var foldedChars = folded.ToCharArray();
        foreach (System.Text.RegularExpressions.Match label in labels)
        {
            var space = label.Index + label.Length - 1;
            originalChars[space] = '：';
            foldedChars[space] = '：';
        }

        return (new string(originalChars), new string(foldedChars));
    }

    private static readonly System.Text.RegularExpressions.Regex SpacedLabel = new(
        @"(?<=^|[ 　（(【\[；;，,])(?:牵头|责任|配合|协办|主办|参与|主责|协同)(?:单位|部门|处室|科室)[ 　](?=[ 　]*\p{IsCJKUnifiedIdeographs})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The words from the gap to the colon that ends the part are a field's label (协办, 完成时限).
    private static bool NextFieldAfter(string folded, int gap, int end)
        => end < folded.Length && folded[end] is '：' or ':' && RoleWords.Label(folded.Substring(gap, end - gap).Trim(' ', '　', '\t')) != Role.None;

    // 县工业和, 县住房和城乡: a name cut after its joining 和 or 与, which no name ends with.
    private static bool CutAfterJoiner(string folded, int gap) => gap > 0 && folded[gap - 1] is '和' or '与' or '及';

    private static readonly string[] BureauEndings = { "局", "厅", "委" };

    private static readonly string[] PartEndings = { "支队", "大队", "中队", "派出所", "科", "股", "室" };

    private static readonly char[] Breaks = { ' ', '　', '\u00A0', '\t', '\n', '\r' };

    // What parts names from each other besides a break.
    private static readonly char[] PartSeparators = "、，,；;/：:（）()".ToCharArray();

    // Where a second body starts inside a name, with nothing between (区财政局区税务局, 市卫健委县人民医院).
    private static string LevelPrefixes => UnitShape.LevelPrefixes;

    // What a body below another is called, whose name starts with its own place (市公安局市区分局 is one body).
    private static readonly string[] SubordinateEndings = { "分局", "分行", "支行", "分院", "分中心", "支队", "大队", "中队", "派出所", "分公司" };

    // The endings of a body that stands beside another, not over it: 市政府市民服务中心 and 区委区政府督查室 are one body,
    // the government's own.
    // Detachments under no department but their own force (市住建局市消防救援支队 is two bodies, 市公安局市区分局 one).
    private static readonly string[] OwnForces = { "消防救援", "森林消防", "武警", "武装警察" };

    private static readonly string[] PeerEndings = { "局", "办", "厅", "院", "中心", "站", "所", "社", "馆", "处", "科", "队", "委", "部", "办公室" };

    private static readonly string[] OwnerEndings = { "政府", "党委", "工委", "党工委", "管委会", "人大", "政协", "集团", "公司" };

    // Words that start with a level's character and are no level (市民, 市场, 区域, 县城): what follows is one name.
    private static readonly string[] LevelWords = { "市民", "市场", "市区", "市政", "区域", "区块", "县城", "县域", "省级", "省内", "镇区", "镇域", "乡村", "乡镇" };

    /// <summary>
    /// Two bodies printed with no separator (<c>区财政局区税务局</c>, <c>省林业局市林业局</c>): each an organisation by
    /// itself and the second starting with a level; a body below another (市公安局市区分局) stays whole.
    /// </summary>
    private static IEnumerable<(string Name, string Key)> Unglued(string name, string key)
    {
        // Beyond 60 characters the words are no run of names (and each try costs the whole length).
        if (key.Length >= 6 && key.Length <= 60 && LevelPrefixes.IndexOf(key[0]) >= 0)
        {
            for (var k = 3; k <= key.Length - 3; k++)
            {
                var first = key.Substring(0, k);
                if (LevelPrefixes.IndexOf(key[k]) >= 0 && key.IndexOfAny(new[] { '(', '（', '〔' }, 0, k) < 0
                    && PeerEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal)) && !OwnerEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal))
                    && !LevelWords.Any(w => string.CompareOrdinal(key, k, w, 0, w.Length) == 0)
                    && UnitShape.IsOrganisation(first) && UnitShape.IsOrganisation(key.Substring(k))
                    && (!SubordinateEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal)) || OwnForces.Any(f => key.IndexOf(f, k, StringComparison.Ordinal) >= 0))

                    // 区纪委区监委: one body under its two names (they sit as one), not two.
                    && !(first.EndsWith("纪委", StringComparison.Ordinal) && key.EndsWith("监委", StringComparison.Ordinal)))
                {
                    return new[] { (name.Substring(0, k), key.Substring(0, k)), (name.Substring(k), key.Substring(k)) };
                }
            }
        }

        return new[] { (name, key) };
    }

    // The levels of government a collective names, listed with 、 (各县、特区、区人民政府: each county's, special
    // district's and district's government), and the bodies of each level it may end with.
    private static readonly string[] Levels =
    {
        "县", "区", "市", "旗", "乡", "镇", "乡镇", "街道", "特区", "县市", "县区", "区县", "市区", "县市区", "自治县", "县级市",
        "省", "自治区", "直辖市", "州", "自治州", "盟", "地区", "州市", "市州", "盟市", "旗县", "旗县区",
    };

    private static readonly string[] LevelBodies = { "人民政府", "政府", "党委", "党委政府", "党委和政府", "党委和人民政府", "党工委", "管委会" };

    private static readonly string[] TownLevels = { "乡", "镇", "乡镇", "街道" };

    // A level's government or office, one of a run of them (各乡镇人民政府、街道办事处).
    private static readonly string[] LevelOffices = LevelBodies.Concat(new[] { "办事处" }).ToArray();

    // What the first of such a run may name besides a level (各开发区、镇（街道）: each development zone and town).
    private static readonly string[] Zones = { "开发区", "园区", "新区", "管理区", "功能区", "高新区", "景区" };

    /// <summary>
    /// The spans of a list with each run such as <c>各县、特区、区人民政府</c> made one span: 各 and a level, bare levels,
    /// and a level with its government, which together are one group, not 各县 and 区人民政府.
    /// </summary>
    private static IEnumerable<(int Start, int End)> LevelsOfOneGroup(string folded, List<(int Start, int End)> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var last = i;
            if (IsLevelBody(Word(i), each: true))
            {
                // 各乡镇人民政府、街道办事处: each town's government and each subdistrict's office, one group.
                while (last + 1 < spans.Count && SeparatedByEnumeration(last + 1) && IsLevelBody(Word(last + 1), each: false))
                {
                    last++;
                }
            }
            else if (IsEachLevel(Word(i)))
            {
                var j = i + 1;
                while (j < spans.Count && Levels.Contains(Word(j)) && SeparatedByEnumeration(j))
                {
                    j++;
                }

                // 各乡镇（街道）、市民政局: a level that carries its own parenthesis is a group complete in itself, and the body
                // after it is another (各县、市发改局 is one: each county's and city's bureau).
                if (j < spans.Count && SeparatedByEnumeration(j)
                    && (Levels.Any(l => LevelBodies.Any(b => Word(j) == l + b))
                        || (Levels.Any(l => Word(j).StartsWith(l, StringComparison.Ordinal) && Word(j).Length > l.Length + 1) && UnitShape.IsOrganisation(Word(j)) && !UnitShape.IsGroup(Word(j))
                            && Enumerable.Range(i, j - i).All(k => Word(k) == Raw(k)) && !TownsBeforeTheirCounty(i, j))))
                {
                    last = j;
                }
                else if (j - 1 > i && (j == spans.Count || !SeparatedByEnumeration(j)))
                {
                    // 各开发区、镇（街道）, 各县、区 closing the run: the levels alone are the group.
                    last = j - 1;
                }
            }

            yield return (spans[i].Start, spans[last].End);
            i = last;
        }

        string Raw(int k) => folded.Substring(spans[k].Start, spans[k].End - spans[k].Start).Trim();

        // 镇（街道）: a level with the level it stands for elsewhere, read as the level.
        string Word(int k)
        {
            var word = folded.Substring(spans[k].Start, spans[k].End - spans[k].Start).Trim();
            var open = word.Length > 2 && ChineseText.IsCloseParen(word[word.Length - 1]) ? word.LastIndexOfAny(new[] { '(', '（' }) : -1;
            return open > 0 && Levels.Contains(word.Substring(open + 1, word.Length - open - 2)) ? word.Substring(0, open) : word;
        }

        bool IsLevelBody(string word, bool each) => (!each || (word.Length > 1 && word[0] == '各'))
            && Levels.Any(l => LevelOffices.Any(b => word.Substring(each ? 1 : 0) == l + b));

        // 各区, 各有关区, 各相关县: each of the level (or the ones concerned).
        bool IsEachLevel(string word)
        {
            var level = word.StartsWith("各有关", StringComparison.Ordinal) || word.StartsWith("各相关", StringComparison.Ordinal) ? word.Substring(3) : word.Length > 1 && word[0] == '各' ? word.Substring(1) : null;
            return level is not null && (Levels.Contains(level) || Zones.Contains(level));
        }

        // 各乡镇、县财政局, 各街道、区公安分局交警大队: a county's or a district's body after the towns is that county's own
        // (a town has no county bodies), not each town's.
        bool TownsBeforeTheirCounty(int first, int body)
            => Enumerable.Range(first, body - first).All(k => TownLevels.Contains(k == first ? Word(k).Substring(1) : Word(k)))
                && "县区市旗".IndexOf(Word(body)[0]) >= 0;

        // 各县、特区、区人民政府 is one run; 各县，区人民政府 is two names.
        bool SeparatedByEnumeration(int k) => folded.Substring(spans[k - 1].End, spans[k].Start - spans[k - 1].End).Trim() == "、";
    }

    // A和B where both are organisations is two names; 文化和旅游部 (文化 is not one) is one.
    private static void AddJoined(List<(string, bool)> names, string name, string key, bool tail)
    {
        if (name.Length < 2)
        {
            return;
        }

        var depth = 0;
        for (var i = 0; i < key.Length - 2; i++)
        {
            // 市发展和改革委员会（市粮食和物资储备局）: a 和 inside a name's parenthesis is part of the other name it gives.
            if (ChineseText.IsOpenParen(key[i]))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(key[i]) && depth > 0)
            {
                depth--;
            }

            var joiner = i < 2 || depth > 0 ? 0 : key[i] is '和' or '及' or '与' or '暨' or '同' ? 1 : string.CompareOrdinal(key, i, "以及", 0, 2) == 0 ? 2 : 0;
            if (joiner == 0)
            {
                continue;
            }

            var left = name.Substring(0, i);
            var right = name.Substring(i + joiner);

            // 北京协和医院, 武汉協和醫院: 协和 (concord) names hospitals; 市科协和市文联, 市科协和儿童医院 are two bodies (科协,
            // 政协, 侨协: the associations 协 shortens).
            if (key[i] == '和' && key[i - 1] is '协' or '協' && AssociationStems.IndexOf(key[i - 2]) < 0 && Concord.IsMatch(key.Substring(i + 1)))
            {
                continue;
            }

            // 各县（市、区）党委和人民政府, 高新区党工委和管委会: a kind of body after 和 shares the place before it; split,
            // it is a body called 人民政府.
            if (UnitShape.IsBareKind(ChineseText.Fold(right)))
            {
                continue;
            }

            // 区政协经科与人资环委 (a committee for the economy and for population and environment): after a name that
            // starts with its level, 与 joins the fields of one body's name unless what follows starts with a level too
            // (县委宣传部与县文明办); 教育局与财政局, 国发会与环境部 are two.
            // 县住建局同县人社局: 同 (with) joins two bodies only as 与 does, before a level's name.
            if (key[i] == '同' && (right.Length == 0 || (UnitShape.LevelPrefixes.IndexOf(key[i + joiner]) < 0 && key[i + joiner] != '各')))
            {
                continue;
            }

            var ownStart = key[i] != '与' || UnitShape.LevelPrefixes.IndexOf(key[0]) < 0
                || (right.Length > 0 && (UnitShape.LevelPrefixes.IndexOf(key[i + joiner]) >= 0 || key[i + joiner] == '各'));
            if (ownStart && UnitShape.IsOrganisation(left) && UnitShape.IsOrganisation(right))
            {
                names.Add((left, tail));
                AddJoined(names, right, key.Substring(i + joiner), tail);
                return;
            }
        }

        names.Add((name, tail));
    }

    private static readonly string AssociationStems = "科政侨僑作文台臺残殘记記书書美音舞剧劇影曲杂雜摄攝民视視体體足篮籃红紅";

    private static readonly System.Text.RegularExpressions.Regex Concord = new(
        "^(?:医院|醫院|医学|醫學|医科|醫科|口腔|妇|婦|儿|兒|神经|神經|心血管|肿瘤|腫瘤)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 项目资金由镇财政所统筹, 所需经费由县财政局保障: the body the money comes from, given no part of the work.
    private static readonly System.Text.RegularExpressions.Regex MoneyGivenBy = new(
        @"^[ 　]*[\u4E00-\u9FFF]{0,8}(?:资金|经费|费用|补助|补贴|款项|奖补)由", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The words of a change of who does the work, longest first where one opens another (现调整为 before 调整为).</summary>
    internal static readonly string[] Reassigned = { "现划转至", "现划转给", "现划转", "现划归", "现移交给", "现移交至", "现移交", "现交由", "现调整为", "现变更为", "现调整由", "调整为", "调整由", "变更为", "变更由", "现改为", "改为", "移交给", "移交至", "移交", "划转至", "划转给", "划转", "划归", "交由", "现由", "改由" };

    // 原由县住建局负责, 原定由X牵头, 原牵头单位X: the body the work was given before a change, not now.
    private static readonly System.Text.RegularExpressions.Regex Former = new(
        @"^[ 　]*(?:原定?由|原来由|此前由|以前由|过去由|原牵头单位|原责任单位|原牵头部门|原责任部门|原为)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static (string Name, string Key) TrimName(string name, string key)
    {
        // [1]区行政审批局, 区大数据局[注1]: a footnote's mark beside a name is not part of it.
        if (key.IndexOf('[') >= 0 || key.IndexOf('［') >= 0)
        {
            var marks = FootnoteMark.Matches(key).Cast<System.Text.RegularExpressions.Match>().Reverse().ToList();
            foreach (var mark in marks)
            {
                name = name.Remove(mark.Index, mark.Length);
                key = key.Remove(mark.Index, mark.Length);
            }
        }

        var start = 0;
        var end = key.Length;

        // 以上任务由市商务局 / 以下任务均由市财政局: the scope words are not the name.
        if (ScopeWords.Match(key) is { Success: true } scope)
        {
            start = scope.Length;
        }

        // 明确由X, 此项工作由X, 具体由X: 由 brings in who does the work, so the name starts after it and the words
        // before it are the sentence's head (自由贸易试验区 keeps its 由). A head is words of the same sentence:
        // 完善融资服务。由X stays whole, and so no name.
        // 去年由X牵头: who did it before is named so, no body of this task (the name stays whole, and so no name).
        if (AgentStart(key, start, end) is var agent and > 0 && key.IndexOfAny(SentenceStops, start, agent - start) < 0
            && !ElementReader.PastWords.Any(w => key.IndexOf(w, start, agent - start, StringComparison.Ordinal) >= 0))
        {
            start = agent;
        }

        // 现调整为县城管局, 改为X, 移交X, 划转至X: the body the work goes to now; the words of the change are not its name
        // (移交工作组 is one: a level's name follows the words of a change).
        foreach (var word in Reassigned)
        {
            if (end - start > word.Length + 1 && string.CompareOrdinal(key, start, word, 0, word.Length) == 0
                && (UnitShape.LevelPrefixes.IndexOf(key[start + word.Length]) >= 0 || key[start + word.Length] == '各')
                && UnitShape.IsOrganisation(name.Substring(start + word.Length, end - start - word.Length)))
            {
                start += word.Length;
                break;
            }
        }

        // 依托交通运输部科学研究院提供技术支撑: the body the work rests on, named after the word that says so; 县人社局依托
        // 县农广校负责实施: the body that does the work, before it.
        foreach (var word in UnitShape.RestsOnWords)
        {
            if (end - start > word.Length + 1 && string.CompareOrdinal(key, start, word, 0, word.Length) == 0
                && UnitShape.IsOrganisation(name.Substring(start + word.Length, end - start - word.Length)))
            {
                start += word.Length;
                break;
            }

            if (key.IndexOf(word, start, end - start, StringComparison.Ordinal) is var within and > 0 && within - start >= 3
                && UnitShape.IsOrganisation(name.Substring(start, within - start)))
            {
                end = within;
                break;
            }
        }

        // 由包片单位县气象局负责, 由牵头单位市发改委: the kind of unit a sentence calls the body before its name is not
        // the name; a name that goes on after 单位 (事业单位登记管理局) is one.
        for (var i = end - 3; i >= start; i--)
        {
            if (string.CompareOrdinal(key, i, "单位", 0, 2) == 0 && i + 2 < end && "省市县区州盟旗镇乡".IndexOf(key[i + 2]) >= 0
                && key.IndexOfAny(new[] { '（', '(', '〔', '、' }, start, i - start) < 0
                && UnitShape.IsOrganisation(name.Substring(i + 2, end - i - 2)))
            {
                start = i + 2;
                break;
            }
        }

        // A leading 由 that brings in the agent goes; one that is the name's own (由由义镇政府) or no agent's (由于) stays,
        // and the name's shape then refuses it.
        // 请X牵头 loses its 请; 请示X (asking X for instructions) keeps it, and the name's shape refuses it.
        while (start < end && (char.IsWhiteSpace(key[start]) || IsAgentBy(key, start)
            || key[start] is '和' or '及' or '与' or '、' or '“' or '"' || (key[start] == '请' && ProseReader.IsAgentAt(key, start))))
        {
            start++;
        }

        // 责成X负责: the charge, not the name.
        if (end - start > 4 && string.CompareOrdinal(key, start, "责成", 0, 2) == 0)
        {
            start += 2;
        }

        // 以及X; 其中X牵头 (after the list it picks from): the words that join or pick are not the name.
        if (end - start > 2 && (string.CompareOrdinal(key, start, "以及", 0, 2) == 0
            || (string.CompareOrdinal(key, start, "其中", 0, 2) == 0 && UnitShape.IsOrganisation(name.Substring(start + 2, end - start - 2)))))
        {
            start += 2;
        }

        // 资产管理处、后勤管理处按职责协同推进, 市公安局、市国家保密局按各自职责负责: how they take part is no part of the name.
        foreach (var manner in MannerWords)
        {
            if (end - start > manner.Length + 1 && string.CompareOrdinal(key, end - manner.Length, manner, 0, manner.Length) == 0)
            {
                end -= manner.Length;
                break;
            }
        }

        // 市大数据发展管理局（以下简称市数据局）: the short name the document declares for it is no part of the name
        // (DeclaredAbbreviations reads the declaration).
        if (DeclaredAbbreviations.DeclarationAt(key, start, end) is var declaration and > 0)
        {
            end = declaration;
        }

        // 县创建工作指挥部办公室（设在县市场监督管理局）: where an office sits is no part of its name.
        if (SeatNoteAt(key, start, end) is var seat and > 0)
        {
            end = seat;
        }

        while (end > start && (char.IsWhiteSpace(key[end - 1]) || key[end - 1] is '。' or '.' or '、' or '”' or '"'
            || (ChineseText.IsCloseParen(key[end - 1]) && !key.Substring(start, end - start).Any(ChineseText.IsOpenParen))
            || (key[end - 1] is '】' or '］' or ']' && key.IndexOfAny(SquareOpens, start, end - start) < 0)))
        {
            // 市教育局）: a bracket opened on an earlier line closes after the name, and is not the name's.
            end--;
        }

        return (name.Substring(start, end - start), key.Substring(start, end - start));
    }

    /// <summary>Where a closing bracket that says where a body sits (（设在X）, （挂靠X）) opens, or -1.</summary>
    private static int SeatNoteAt(string folded, int start, int end)
    {
        if (end - start < 8 || !ChineseText.IsCloseParen(folded[end - 1]))
        {
            return -1;
        }

        var open = folded.LastIndexOfAny(new[] { '（', '(' }, end - 1, end - start);
        if (open <= start + 1 || end - open < 5)
        {
            return -1;
        }

        foreach (var seat in SeatWords)
        {
            if (string.CompareOrdinal(folded, open + 1, seat, 0, seat.Length) == 0)
            {
                return open;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a parenthesis closing the words opens, when what it holds is a note on the lists (a rule, 下同), or -1.
    /// </summary>
    private static int RuleNoteAt(string folded)
    {
        if (!ChineseText.IsCloseParen(folded[folded.Length - 1]))
        {
            return -1;
        }

        var depth = 0;
        for (var i = folded.Length - 1; i >= 0; i--)
        {
            if (ChineseText.IsCloseParen(folded[i]))
            {
                depth++;
            }
            else if (ChineseText.IsOpenParen(folded[i]) && --depth == 0)
            {
                var inside = folded.Substring(i + 1, folded.Length - i - 2);
                return Accountability.StatesRule(inside) || LeadMarks.StatedIn(inside) is not null || inside.Contains("下同") || Describes(inside) || IsUnordered(inside) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The parenthesis, brackets included, inside a field's label that holds a note on its list, or null.</summary>
    private static (int Start, int End)? LabelNote(string folded)
    {
        var colon = folded.IndexOfAny(new[] { '：', ':' });
        var open = colon > 0 ? folded.IndexOfAny(new[] { '（', '(' }, 0, colon) : -1;
        if (open <= 0 || folded.IndexOfAny(new[] { '）', ')' }, open, colon - open) is not (var close and > 0)
            || RoleWords.Label(folded.Substring(0, colon)) == Role.None)
        {
            return null;
        }

        var inside = folded.Substring(open + 1, close - open - 1);
        return Accountability.StatesRule(inside) || inside.Contains("下同") || IsUnordered(inside) ? (open, close + 1) : null;
    }

    // 排名不分先后, 不分先后, 排名不分主次: the document says its list has no order, so no unit leads by standing first.
    private static bool IsUnordered(string folded) => folded.Contains("不分先后") || folded.Contains("不分主次") || folded.Contains("不分排名");

    // [1], [注1], ［2］: a footnote's mark.
    private static readonly System.Text.RegularExpressions.Regex FootnoteMark = new(
        @"[\[［](?:注)?\d{0,3}[\]］]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly char[] SentenceStops = { '。', '；', ';', '：', ':', '！', '？', '!', '?' };

    /// <summary>Just after the last 由 that brings in an agent (outside parentheses, not the 由 of 自由), or -1.</summary>
    internal static int AgentStart(string key, int start, int end)
    {
        var found = -1;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (ChineseText.IsOpenParen(key[i]))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(key[i]) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && IsAgentBy(key, i))
            {
                found = i + 1;
            }
        }

        return found;
    }

    /// <summary>
    /// True where the 由 at <paramref name="i"/> may bring in who does the work: not the 由 of 自由, 理由, 缘由, 经由 (via),
    /// nor of 由于 (because), 由此, 由来 (由于县商务局会同有关部门开展了招商推介 names no agent), nor the second of 由由
    /// (由由义镇政府牵头: it is the name's), nor a 由 denied or past (不再由, 原定由, 此前由, 已由…负责完成). An index at the end (the empty
    /// last sentence of a bare <c>5.</c>) is no 由.
    /// </summary>
    internal static bool IsAgentBy(string key, int i)
        => i >= 0 && i < key.Length && key[i] == '由'
            && (i == 0 || key[i - 1] is not ('自' or '理' or '缘' or '经' or '由' or '不' or '原' or '曾' or '已' or '未' or '勿'))
            && (i < 2 || !FormerOrDenied.Contains(key.Substring(i - 2, 2)))
            && (i + 1 >= key.Length || key[i + 1] is not ('于' or '此' or '来' or '衷'));

    // 不再由X牵头, 原定由X负责, 此前由X承担: who no longer has the work, or had it once, is not given it; nor who must not
    // have it, or may (严禁由X负责, 不得由X牵头, 是否由X牵头另行研究).
    private static readonly HashSet<string> FormerOrDenied = new(StringComparer.Ordinal)
    {
        "不再", "不是", "并非", "而非", "原定", "原来", "此前", "过去", "以前", "曾经", "严禁", "禁止", "不得", "不准", "不宜", "杜绝", "是否", "能否", "可否",
    };

    private static readonly string[] MannerWords =
    {
        "按照各自职责", "按各自职责", "按照职责分工", "按职责分工", "依职责分工", "根据职责分工", "按照职能分工", "按职能分工", "按照职责", "按职责", "依职责", "按职能", "各司其职",
    };

    /// <summary>The words that open a note on where a body sits rather than a part of its name.</summary>
    private static readonly string[] SeatWords = { "设在", "设于", "挂靠", "挂在", "办公室设在" };

    // 以下均需…负责落实, 下同, 以下各项不再列出: words of a bracket about the tasks after it.
    private static readonly System.Text.RegularExpressions.Regex LaterTasksNote = new(
        @"^[ 　]*(?:以下|下同|下列|后同|此后|以后)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 以上工作，X为牵头单位，Y为配合单位: the group named, a comma, then who leads it.
    private static readonly System.Text.RegularExpressions.Regex ScopeWords = new(
        @"^(?:[—─―－]+[ 　]*)?[（(]?(?:以上|以下|上述|下列|本部分|本节|本章|本领域)(?:[^，,。；;由：:]{0,10}(?:由|(?<=(?:单位|部门|处室|科室))[：:])|(?:各项|几项)?(?:任务|工作|事项|措施)[，,](?=[^。；;]{2,60}?(?:为牵头|牵头|负责)))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Where a paragraph gives a lead to a group of tasks: -1 for those before (以上任务由X牵头), 1 for those after
    /// (以下任务均由X牵头), 2 for the part it stands in, before or after (本部分责任单位：X), 0 for none.
    /// </summary>
    /// <summary>Where the 由 of a scope's words stands (以上 3 项工作由X牵头: the 由), or -1.</summary>
    internal static int ScopeAgentAt(string folded)
        => ScopeWords.Match(folded) is { Success: true } match && folded[match.Index + match.Length - 1] == '由' ? match.Index + match.Length - 1 : -1;

    internal static int ScopeOf(string folded)
    {
        var match = ScopeWords.Match(folded);
        if (!match.Success || !RoleWords.HasRole(folded))
        {
            return 0;
        }

        return match.Value.Contains("以上") || match.Value.Contains("上述") ? -1 : match.Value.Contains("本") ? 2 : 1;
    }

    internal static IEnumerable<(int Start, int End)> SplitTopLevel(string text, string separators)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                if (ChineseText.IsOpenParen(text[i]))
                {
                    depth++;
                }
                else if (ChineseText.IsCloseParen(text[i]) && depth > 0)
                {
                    depth--;
                }

                if (depth > 0 || separators.IndexOf(text[i]) < 0)
                {
                    continue;
                }
            }

            if (i > start)
            {
                yield return (start, i);
            }

            start = i + 1;
        }
    }
}
