using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import;

/// <summary>The numbering styles a plan document uses at the start of a paragraph.</summary>
internal enum NumberingKind
{
    None,

    /// <summary><c>一、</c>: sections, or tasks in a document that has nothing below them.</summary>
    Chinese,

    /// <summary><c>(一)</c> or <c>（一）</c>.</summary>
    Parenthesized,

    /// <summary><c>1.</c>, <c>1．</c> or <c>1、</c>.</summary>
    Arabic,

    /// <summary><c>一是</c>: a sub-item.</summary>
    ItemLead,

    /// <summary><c>(1)</c> or <c>（1）</c>: measures, or the tasks where they carry who is accountable.</summary>
    ParenArabic,

    /// <summary><c>①</c>…<c>⑳</c>: as <see cref="ParenArabic"/>.</summary>
    Circled,

    /// <summary><c>1）</c> or <c>1)</c>, a closing parenthesis only: the level below <c>(1)</c>, read as <see cref="ParenArabic"/> is.</summary>
    ArabicParen,

    /// <summary>A number that a damaged copy turned into garbage: <c>?。ǘ┓</c> where <c>（二）</c> stood.</summary>
    Damaged,

    /// <summary><c>1.1</c>, <c>2.3</c>: tasks numbered within the <see cref="DecimalHeading"/> they follow.</summary>
    Decimal,

    /// <summary><c>1 </c> before <c>1.1</c>: a heading, known only by the decimal numbers after it (see <see cref="Numbering.InContext"/>).</summary>
    DecimalHeading,

    /// <summary><c>第三条</c>: an article of a plan written as rules.</summary>
    Article,

    /// <summary><c>第二章</c>: the chapter that holds articles.</summary>
    Chapter,
}

/// <summary>How a paragraph is numbered: the kind, the label as printed, its value and where the body starts.</summary>
internal readonly partial record struct Numbering(NumberingKind Kind, string Label, int Value, int BodyStart)
{
    public static Numbering None => new(NumberingKind.None, string.Empty, 0, 0);

    // 1.1 (or 1-1, as Taiwan's plans number, and a county's 1-1．) then a space or the words, but not a quantity (1.5万,
    // 2.5倍, 3.8%, 1.5公里, 1-3季度).
    private static readonly System.Text.RegularExpressions.Regex DecimalNumber = new(
        // 3.1成 is a value (3.1成, 1.5万); 3.1　成立… with a space between is a number and its words.
        @"^(\d{1,2})(?:[.．](\d{1,2})[.．]?|[-－](\d{1,2})[.．、]?)(?:[ \t\u3000\u00A0]+(?=[\u4E00-\u9FFF（(【“])(?![万亿千百倍元年月日])|(?=[\u4E00-\u9FFF（(【“])(?![万亿千百倍个元年月日公米吨亩台户人家次项所座条件只辆名成余多平立季周天期批]))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 1.1.1 then a space or the words (not a version, 1.1.1版).
    private static readonly System.Text.RegularExpressions.Regex ThirdLevel = new(
        @"^\d{1,2}[.．]\d{1,2}[.．](\d{1,2})[.．]?[ \t\u3000\u00A0]*(?=[\u4E00-\u9FFF（(【“])(?![万亿千百倍个元年月日版])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // -1 after 一 (一-1), then a space and the words.
    private static readonly System.Text.RegularExpressions.Regex ChineseNumeralDash = new(
        @"\G[-－](\d{1,2})[ \t\u3000\u00A0]+(?=[\u4E00-\u9FFF（(【“])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 第三条 and 第二章 (第一项, items numbered as articles; 第1条, 第12项 in Arabic digits), then a space, a 、 or the
    // words; not a list of items a role is given to (第4项、第6项：, 第1—3项：, 第7项至第9项：).
    private static readonly System.Text.RegularExpressions.Regex RuleNumber = new(
        @"^第([一二三四五六七八九十百零〇两]{1,6}|\d{1,3})(条|章|项)(?![、，,和及与至到][ \t\u3000]*第|[—\-－~～])[ \t\u3000\u00A0、：:]*(?=\S)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 1 夯实数字基础设施: a number, a space and words.
    private static readonly System.Text.RegularExpressions.Regex SpacedNumber = new(
        @"^(\d{1,2})[ \t\u3000\u00A0]+(?=[\u4E00-\u9FFF])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// What only the paragraphs around a line tell: <c>1 夯实数字基础设施</c> is a heading where the next numbered
    /// paragraph is <c>1.1</c>; elsewhere it is a sentence starting with a number.
    /// </summary>
    public static void InContext(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        Translations(lines);
        LooseChineseNumbers(lines);
        BracketNumbers(lines);
        MisprintedBrackets(lines);
        Records(lines);
        LoneNumbers(lines);
        PeriodHeadings(lines);
        SharedParagraphs(lines);
        NumbersBeforeQuantities(lines);
        GluedNumbers(lines);
        NamedInsideNumbered(lines);
        Letters(lines);
        Handovers(lines);
        Codes(lines);
        Checklists(lines);
        NoteItems(lines);
        var following = NextNumbered(lines);
        var heading = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];

            // 1. 市容环境序化行动（牵头单位：…） over 1.1, 1.2: a heading numbered as its tasks' first part, not a task;
            // 5. between the headings 4. and 6. with no 5.1 under it holds the work itself, a task of that level.
            if (numbering.Kind == NumberingKind.Chinese)
            {
                heading = -1;
            }
            else if (numbering.Kind == NumberingKind.Arabic && line.Table is null)
            {
                if (following[i] is { Kind: NumberingKind.Decimal } sub
                    && ChineseText.Fold(sub.Label).Replace('．', '.').StartsWith(numbering.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", System.StringComparison.Ordinal))
                {
                    lines[i] = (line, numbering with { Kind = NumberingKind.DecimalHeading, BodyStart = WordsAfter(line.Folded, numbering.BodyStart) });
                    heading = numbering.Value;
                }
                else if (heading > 0 && numbering.Value == heading + 1)
                {
                    lines[i] = (line, numbering with { Kind = NumberingKind.Decimal, BodyStart = WordsAfter(line.Folded, numbering.BodyStart) });
                    heading = numbering.Value;
                }

                continue;
            }

            if (numbering.Kind != NumberingKind.None || line.Table is not null || SpacedNumber.Match(line.Folded) is not { Success: true } spaced)
            {
                continue;
            }

            var next = following[i];
            if (next.Kind == NumberingKind.Decimal && next.Label.StartsWith(spaced.Groups[1].Value + ".", System.StringComparison.Ordinal))
            {
                lines[i] = (line, new Numbering(NumberingKind.DecimalHeading, line.Text.Substring(0, spaced.Groups[1].Length), int.Parse(spaced.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), spaced.Length));
            }
        }

        BulletLists(lines);
    }

    private static int WordsAfter(string folded, int at)
    {
        while (at < folded.Length && folded[at] is ' ' or '\u3000' or '\t' or '\u00A0')
        {
            at++;
        }

        return at;
    }

    // The marks a list of work is set with at a line's start (not markdown's - * # >, nor ※ of a note, nor · inside a name).
    private const string ListBullets = "◆★◎●▲□■◇○☆▶►✓→◉▪•❖➢➤√△▷◈✔✦✧▸◢◥";

    // Where a bullet line's words start (its mark and spaces skipped), or 0 where it is no bullet of a list.
    internal static int BulletWords(SourceLine line)
    {
        var folded = line.Folded;
        var at = 0;
        while (at < folded.Length && folded[at] is ' ' or '\u3000' or '\t' or '\u00A0')
        {
            at++;
        }

        if (at >= folded.Length - 1 || ListBullets.IndexOf(folded[at]) < 0)
        {
            return 0;
        }

        var words = at + 1;
        while (words < folded.Length && folded[words] is ' ' or '\u3000' or '\t' or '\u00A0')
        {
            words++;
        }

        return words < folded.Length && (ChineseText.IsHan(folded[words]) || folded[words] is '“' or '「' or '《' or '（' or '(') ? words : 0;
    }

    /// <summary>
    /// Work listed by bullets (<c>◆开展城乡环境综合整治。…（县城市管理局负责）</c>) rather than numbers: each bullet is a
    /// task where the list stands straight under a section, a sub-heading or a heading line (一、稳增长 then ◆…（A负责）
    /// ◆…（B负责）), numbered as 1. 2. are; under a numbered task it is a measure of that task, numbered as ① is, so that a
    /// task naming its own lead keeps its bullets as its words and one naming nobody hands its work to the bullets that
    /// name their bodies (see StructureReader.MeasuresOwningTheirWork). A second mark under the first (★ task, ● its
    /// points) is the first's measures. A list is read so only where some bullet's lines (or the line that closes the
    /// list, 以上三项工作由X牵头) name who leads, and never in a preamble or a section framing the plan (保障措施); a list
    /// under a heading that names its own lead, its bullets naming nobody, stays that heading's words.
    /// </summary>
    private static void BulletLists(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var bullets = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Numbering.Kind == NumberingKind.None && lines[i].Line.Table is null && BulletWords(lines[i].Line) is > 0 and var words
                && !IsFieldLine(lines[i].Line, words))
            {
                bullets.Add(i);
            }
        }

        if (bullets.Count == 0)
        {
            return;
        }

        var isBullet = new HashSet<int>(bullets);
        var reader = new Reading.ClauseReader();

        // A bullet's lines: its own and the unnumbered lines under it, up to the next bullet or number.
        bool BlockNamesLead(int at)
        {
            for (var j = at; j < lines.Count && (j == at || (lines[j].Numbering.Kind == NumberingKind.None && !isBullet.Contains(j))) && lines[j].Line.Table is null; j++)
            {
                if (NamesLead(reader, lines[j].Line))
                {
                    return true;
                }
            }

            return false;
        }

        // The lists, by the numbered line they stand under (-1: none), in order: found in one pass, so that a document
        // of many bullets and no number costs no more than it holds.
        var under = new Dictionary<int, int>();
        var above = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (isBullet.Contains(i))
            {
                under[i] = above;
            }
            else if (lines[i].Numbering.Kind != NumberingKind.None || lines[i].Line.Table is not null)
            {
                above = i;
            }
        }

        var lists = bullets.GroupBy(i => under[i]).ToList();
        var named = lists.ToDictionary(l => l.Key, l => l.Any(BlockNamesLead));
        var namedKinds = new HashSet<NumberingKind>(named.Where(n => n.Value && n.Key >= 0).Select(n => lines[n.Key].Numbering.Kind));
        var numberedAfter = new bool[lines.Count + 1];
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            numberedAfter[i] = numberedAfter[i + 1] || lines[i].Numbering.Kind != NumberingKind.None;
        }

        foreach (var list in lists)
        {
            var parent = list.Key < 0 || lines[list.Key].Line.Table is not null ? None : lines[list.Key].Numbering;
            var measures = parent.Kind is NumberingKind.Arabic or NumberingKind.ParenArabic or NumberingKind.Decimal or NumberingKind.Article;
            var tasks = parent.Kind is NumberingKind.None or NumberingKind.Chinese or NumberingKind.Parenthesized;
            if (!(measures || tasks))
            {
                continue;
            }

            // A preamble's bullets (before the first number) and a 保障措施's or 工作目标's are the plan's words, whoever
            // they name (◆成立工作专班，县发改局负责日常工作 is no task of the plan).
            if (parent.Kind == NumberingKind.None ? numberedAfter[list.Last()]
                : tasks && Reading.StructureReader.Framing(lines[list.Key].Line, parent))
            {
                continue;
            }

            var parentNames = list.Key >= 0 && tasks && parent.Kind != NumberingKind.None && NamesLead(reader, lines[list.Key].Line);
            if (!named[list.Key])
            {
                // 二、推进… with its bullets naming nobody, in a plan whose other lists name who leads theirs: its tasks
                // too, with no lead (not its heading's words led by none).
                if (measures || parentNames || parent.Kind == NumberingKind.None || !namedKinds.Contains(parent.Kind))
                {
                    continue;
                }
            }

            // 一、…（牵头单位：X） or （一）…（X牵头） over bullets that name their own bodies: the heading's tasks are
            // those bullets; a （一） task that names its lead over bullets, its measures.
            var asMeasures = measures || (parent.Kind == NumberingKind.Parenthesized && parentNames);
            var top = BulletMark(lines[list.First()].Line);
            var count = 0;
            var sub = 0;
            foreach (var at in list)
            {
                var line = lines[at].Line;
                var words = BulletWords(line);
                var label = line.Text.Substring(0, words).Trim();
                if (!asMeasures && BulletMark(line) != top)
                {
                    // ● under ★: the points of the ★ task above.
                    lines[at] = (line, new Numbering(NumberingKind.Circled, label, ++sub, words));
                    continue;
                }

                sub = 0;
                lines[at] = (line, new Numbering(asMeasures ? NumberingKind.Circled : NumberingKind.Arabic, label, ++count, words));
            }
        }
    }

    private static char BulletMark(SourceLine line) => line.Folded.TrimStart(' ', '\u3000', '\t', '\u00A0')[0];

    // ● 牵头单位：教务处: a field set with a bullet is the item's field, no item of its own.
    private static bool IsFieldLine(SourceLine line, int words)
        => new Reading.ClauseReader().ReadStatement(line.Text.Substring(words), line.Folded.Substring(words), line.Number) is { Leads.Count: > 0 } or { Supports.Count: > 0 };

    // A line that names who leads: a clause (（X负责）), fields (牵头单位：X), or a sentence or a part set off by spaces
    // that is all responsibility (包片领导：张三　　由镇农业站组织实施，镇财政所配合。).
    private static bool NamesLead(Reading.ClauseReader reader, SourceLine line)
    {
        if (reader.Read(line.Text, line.Folded).Any(c => c.Leads.Count > 0) || reader.ReadStatement(line.Text, line.Folded, line.Number) is { Leads.Count: > 0 })
        {
            return true;
        }

        var folded = line.Folded;
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i == folded.Length || folded[i] is '。' or '；' or ';' || (folded[i] == '\u3000' && i + 1 < folded.Length && folded[i + 1] == '\u3000'))
            {
                if (i - start >= 4 && reader.ReadStatement(line.Text.Substring(start, i - start), folded.Substring(start, i - start), line.Number) is { Leads.Count: > 0 })
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// A. B. C. (and 第一，第二，) number tasks only as a list does: each after the one before it (A first), at least two,
    /// and no 1. 2. beside them (there they are a task's own points, its words).
    /// </summary>
    private static void Letters(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        RomanOrLetter(lines);
        Runs(lines, n => n.Kind == NumberingKind.Arabic && n.Label.Length > 0 && Letter(n.Label[0], upper: true) > 0);
        Runs(lines, n => n.Kind == NumberingKind.Arabic && n.Label.Length > 0 && Letter(n.Label[0], upper: false) > 0 && n.Label[0] is not ('l' or 'o'));
        Runs(lines, n => n.Kind == NumberingKind.Arabic && n.Label.Length > 1 && n.Label[0] == '第');
        Runs(lines, n => n.Kind == NumberingKind.Arabic && n.Label.Length == 2 && n.Label[1] == '、' && Stem(n.Label[0]) > 0);

        // (a) (b) (c) (Hong Kong's and a court's lists): numbered as (1) (2) are, beside 1. 2. too, where they run from (a).
        Runs(lines, n => n.Kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen && n.Label.Any(c => Letter(c, upper: false) > 0), besideArabic: true);
    }

    /// <summary>
    /// (i), (v) and (x) are letters and Roman numerals both: (i) after (h) is the ninth letter, (v) after (iv) the fifth
    /// numeral. Each is read by the bracketed number before it; with none, (i) opens a Roman list and (v), (x) stay letters.
    /// </summary>
    private static void RomanOrLetter(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        string? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            if (numbering.Kind != NumberingKind.ParenArabic)
            {
                continue;
            }

            // ⑴ is one character: a number, never a letter.
            var label = numbering.Label.Length > 2 ? numbering.Label.Substring(1, numbering.Label.Length - 2).Trim().ToLowerInvariant() : string.Empty;
            if (label is "i" or "v" or "x" && previous is { } before)
            {
                var roman = System.Array.IndexOf(RomanNumerals, label) + 1;
                var romanBefore = System.Array.IndexOf(RomanNumerals, before) + 1;
                var letter = Letter(label[0], upper: false);
                if (before.Length == 1 && Letter(before[0], upper: false) == letter - 1 && numbering.Value != letter)
                {
                    lines[i] = (line, numbering with { Value = letter });
                }
                else if (romanBefore == roman - 1 && before != "h" && numbering.Value != roman)
                {
                    lines[i] = (line, numbering with { Value = roman });
                }
            }

            previous = label;
        }
    }

    // The lines numbered one way (inRun: A. B., or 第一， 第二，) stay numbered only as a run from the first, beside no
    // plain 1. 2.
    private static void Runs(List<(SourceLine Line, Numbering Numbering)> lines, System.Func<Numbering, bool> inRun, bool besideArabic = false)
    {
        var numbered = Enumerable.Range(0, lines.Count).Where(i => inRun(lines[i].Numbering)).ToList();
        if (numbered.Count == 0)
        {
            return;
        }

        // I. after H. is the ninth letter, not the Roman one: the run counts by the numbers read, or by the letters.
        int AsLetter(int at) => lines[at].Numbering is { Kind: NumberingKind.Arabic, Label.Length: > 0 } n
            ? Letter(n.Label[0], upper: true) is > 0 and var upper ? upper : Letter(n.Label[0], upper: false) is > 0 and var lower ? lower : n.Value
            : lines[at].Numbering.Value;
        bool Counts(System.Func<int, int> value) => value(numbered[0]) == 1
            && numbered.Select((at, k) => value(at) == (k == 0 ? 1 : value(numbered[k - 1]) + 1) || value(at) == 1).All(ok => ok);
        var arabic = !besideArabic && lines.Any(l => l.Numbering.Kind == NumberingKind.Arabic && !inRun(l.Numbering));
        var runs = numbered.Count >= 2 && (Counts(at => lines[at].Numbering.Value) || Counts(AsLetter));
        if (!arabic && runs)
        {
            return;
        }

        foreach (var at in numbered)
        {
            lines[at] = (lines[at].Line, None);
        }
    }

    /// <summary>
    /// 项目一：, 事项二：, 行动三：, 工程四： after a task numbered 1. (or 1、): the projects of that task, its words, not
    /// tasks beside it. 任务一： stays a task's number wherever it stands, and so does a name whose list began before any
    /// 1. (问题1： … 问题4： then its measures 1. 2. 3., then 问题5：): there the 1. are inside the named items.
    /// </summary>
    private static void NamedInsideNumbered(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var arabicSeen = false;
        var namedFirst = new HashSet<string>(System.StringComparer.Ordinal);
        var partsNumbered = lines.Any(l => l.Numbering.Kind is NumberingKind.Chinese or NumberingKind.Parenthesized);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            var byName = numbering.Kind == NumberingKind.Arabic && NumberedByName.IsMatch(numbering.Label + "：x");
            var name = byName ? numbering.Label.TrimEnd(NameNumerals) : string.Empty;
            if (byName && !arabicSeen)
            {
                namedFirst.Add(name);
            }

            if (byName && name == "专题" && NumberedBeforeNextNamed(lines, i, name))
            {
                // 专题一： over 1. 2. 3.: a plan's heading over its tasks, a part of it where no other heading numbers its
                // parts; beside such headings, words of the part it stands in.
                lines[i] = (line, partsNumbered ? None : numbering with { Kind = NumberingKind.Chinese });
            }
            else if (byName && arabicSeen && !numbering.Label.StartsWith("任务", System.StringComparison.Ordinal) && !namedFirst.Contains(name))
            {
                lines[i] = (line, None);
            }
            else if (numbering.Kind == NumberingKind.Arabic && !byName)
            {
                arabicSeen = true;
            }
        }
    }

    private static readonly char[] NameNumerals = "0123456789一二三四五六七八九十".ToCharArray();

    // Whether the numbered line next after the named line at `at` is a 1. (not by name).
    private static bool NumberedBeforeNextNamed(List<(SourceLine Line, Numbering Numbering)> lines, int at, string name)
    {
        // The next numbered line: a 1. after a heading of a higher part (二、保障措施) is that part's, not the name's.
        for (var k = at + 1; k < lines.Count; k++)
        {
            var numbering = lines[k].Numbering;
            if (numbering.Kind != NumberingKind.None)
            {
                return numbering.Kind == NumberingKind.Arabic && !numbering.Label.StartsWith(name, System.StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// 一：, 一. and 一． number parts only as a list does: two or more lines counting up from 一 one by one. Alone or out
    /// of order they are a ratio or a figure wrapped onto a line of its own (<c>一：一比例配套</c>, <c>六:三:一的比例</c>,
    /// <c>一.五倍</c>), or a list inside a sentence.
    /// </summary>
    private static void LooseChineseNumbers(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var loose = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].Numbering.Kind == NumberingKind.Chinese && lines[i].Numbering.Label.TrimEnd() is { Length: > 0 } label && "：:.．".IndexOf(label[label.Length - 1]) >= 0)
            .ToList();
        if (loose.Count == 0)
        {
            return;
        }

        var values = loose.Select(i => lines[i].Numbering.Value).ToList();
        if (values.Count >= 2 && values[0] == 1 && values.Zip(values.Skip(1), (a, b) => b == a + 1).All(x => x))
        {
            return;
        }

        foreach (var i in loose)
        {
            lines[i] = (lines[i].Line, None);
        }
    }

    // 11完善规范性文件…: a number with the work's first word straight after it, no stop between.
    private static readonly System.Text.RegularExpressions.Regex GluedNumber = new(
        @"^[ \t\u3000\u00A0]*(\d{1,2})(?=[\u4E00-\u9FFF])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 1 实施…: a number and a space after the line's own indent (SpacedNumber, indented).
    private static readonly System.Text.RegularExpressions.Regex LeadingSpacedNumber = new(
        @"^[ \t\u3000\u00A0]*(\d{1,2})[ \t\u3000\u00A0]+(?=[\u4E00-\u9FFF])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] MoreWorkWords = { "改革", "清理", "修订", "修改", "整治", "整合", "研究", "落实", "组织", "开发", "加大", "发展", "实行", "推广", "开通", "完成", "举办", "对标" };

    private static bool StartsWork(string folded, int at)
        => Reading.UnitShape.ActionAt(folded, at) > 0 || MoreWorkWords.Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0);

    /// <summary>
    /// Paragraphs numbered with no stop after the number (<c>11完善规范性文件定期清理制度。</c>, a copy that lost the 、):
    /// where the document numbers no paragraph with 1. or 1、 itself, and two or more such paragraphs count up one by one
    /// (from 1 again under each 一、 heading), each opening with a word of work (完善, 推进 …) after its number, they are
    /// the document's 1. tasks. A number before a quantity or a date (12个, 2024年) is no such word, nor is one alone. A
    /// number and a space (<c>1 实施…</c>, <c>1 城乡居民免费体检。（市卫健委负责）</c>) counts where three or more count up, each
    /// opening with a word of work or closing with who does it, and not in a document of 1.1 decimals. In a document that
    /// numbers with 1. itself, see <see cref="OneGluedNumber"/>.
    /// </summary>
    private static void GluedNumbers(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        if (lines.Any(l => l.Numbering.Kind == NumberingKind.Decimal))
        {
            return;
        }

        if (lines.Any(l => l.Numbering.Kind == NumberingKind.Arabic))
        {
            OneGluedNumber(lines);
            return;
        }

        var glued = new List<(int Index, int Value, int Length)>();
        var spaced = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            if (numbering.Kind != NumberingKind.None || line.Table is not null)
            {
                continue;
            }

            if (GluedNumber.Match(line.Folded) is { Success: true } number && StartsWork(line.Folded, number.Length))
            {
                glued.Add((i, int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), number.Length));
            }
            else if (LeadingSpacedNumber.Match(line.Folded) is { Success: true } space && Measures.IndexOf(line.Folded[space.Length]) < 0
                && (StartsWork(line.Folded, space.Length) || new Reading.ClauseReader().Read(line.Text, line.Folded).Any(c => c.Leads.Count > 0)))
            {
                // 1 实施10条“断头路”畅通工程; or 1 城乡居民免费体检。（市卫健委负责） (a list whose 、 became a space): three or
                // more counting up, each opening with a word of work or closing with who does it (not 1 号楼, 1 月,
                // 1 临江镇 东山林场).
                glued.Add((i, int.Parse(space.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), space.Length));
                spaced++;
            }
        }

        // Counting up one by one, or from 1 again under the next 一、 heading.
        bool Follows((int Index, int Value, int Length) a, (int Index, int Value, int Length) b)
            => b.Value == a.Value + 1 || (b.Value == 1 && Enumerable.Range(a.Index + 1, b.Index - a.Index - 1).Any(k => lines[k].Numbering.Kind == NumberingKind.Chinese));

        if (glued.Count < (spaced > 0 ? 3 : 2) || glued.Zip(glued.Skip(1), Follows).Any(x => !x))
        {
            return;
        }

        foreach (var (index, value, length) in glued)
        {
            var line = lines[index].Line;
            lines[index] = (line, new Numbering(NumberingKind.Arabic, line.Text.Substring(0, length).Trim(), value, length));
        }
    }

    // 1.6月底前完成…, 2.2024年…: a date straight after the first task's number is its words (not 1.2月度调度, a decimal).
    private static readonly System.Text.RegularExpressions.Regex DateAfterNumber = new(
        @"^(?:(?:[1-9]|1[0-2])月[底份中上下初末前内至\d—\-－]|(?:19|20)\d\d年)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex YearBeforeName = new(
        @"^(?:19|20)\d\d(?:[（(“""《]|[\u4E00-\u9FFF](?<![年月日个项件次万亿元届]))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The first words after a number, enough to tell a date, a year or a quantity from the work.
    private static string WordsAt(string folded, int at) => folded.Substring(at, System.Math.Min(8, folded.Length - at));

    // 2个, 3年, 5%: a quantity after a number, not the work.
    private static readonly string Measures = "个项件次年月日号万亿元%％家所条座名人户台套批期届轮遍倍米吨亩公千百处栋类季平级辆种层场支部份周天小";

    /// <summary>
    /// One paragraph of a 1、 list that lost its 、 (<c>2推进城市停车场建设。</c> between <c>1、</c> and <c>3、</c>): task 2,
    /// where the number is the one missing between its neighbours and words, not a quantity, follow it.
    /// </summary>
    private static void OneGluedNumber(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var following = NextNumbered(lines);
        var previous = Numbering.None;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            // Not after a line that opens a list of its own (1、实施老旧小区改造工程，其中： then 2处历史街区…).
            if (numbering.Kind == NumberingKind.None && line.Table is null && previous.Kind == NumberingKind.Arabic
                && GluedNumber.Match(line.Folded) is { Success: true } number && Measures.IndexOf(line.Folded[number.Length]) < 0
                && i > 0 && !lines[i - 1].Line.Folded.TrimEnd().EndsWith("：", System.StringComparison.Ordinal) && !lines[i - 1].Line.Folded.TrimEnd().EndsWith(":", System.StringComparison.Ordinal))
            {
                var value = int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var next = following[i];
                if (value == previous.Value + 1 && next.Kind == NumberingKind.Arabic && next.Value == value + 1)
                {
                    numbering = new Numbering(NumberingKind.Arabic, line.Text.Substring(0, number.Length).Trim(), value, number.Length);
                    lines[i] = (line, numbering);
                }
            }

            if (numbering.Kind != NumberingKind.None)
            {
                previous = numbering;
            }
        }
    }

    // 2.50个小区新增充电设施: a task's number with a quantity straight after it, read as 2.50 without its neighbours.
    private static readonly System.Text.RegularExpressions.Regex NumberThenQuantity = new(
        @"^(\d{1,3})[.．](?=\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A paragraph starting like a decimal (<c>2.50个小区…</c>, <c>2.10月底前…</c>) after the task <c>1.</c> and before
    /// <c>3.</c> or anything not numbered so: task 2, whose words start with a quantity or a date; so too a first task
    /// whose words start with a date (<c>1.6月底前…</c>). Elsewhere a decimal at a paragraph's start is its words.
    /// </summary>
    private static void NumbersBeforeQuantities(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var following = NextNumbered(lines);
        var previous = Numbering.None;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            if (numbering.Kind == NumberingKind.None && line.Table is null && NumberThenQuantity.Match(line.Folded) is { Success: true } number)
            {
                var value = int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var next = following[i];
                var words = WordsAt(line.Folded, number.Length);
                // 1.2024中国…节开幕式 before 2.: a year opening the first task's name, where the next task is 2.
                var taskTwoFollows = value == 1 && YearTaskTwoFollows(lines, i);
                var first = value == 1 && (DateAfterNumber.IsMatch(words) || (YearBeforeName.IsMatch(words) && ((next.Kind == NumberingKind.Arabic && next.Value == 2) || taskTwoFollows)));
                if (((previous.Kind == NumberingKind.Arabic && previous.Value == value - 1) || first)
                    && (next.Kind != NumberingKind.Arabic || next.Value == value + 1 || taskTwoFollows))
                {
                    numbering = new Numbering(NumberingKind.Arabic, line.Text.Substring(0, number.Length), value, number.Length);
                    lines[i] = (line, numbering);
                }
            }

            if (numbering.Kind != NumberingKind.None)
            {
                previous = numbering;
            }
        }
    }

    // How far 2.2024年… may stand after 1.2024中国… (the first task's fields between them).
    private const int TaskTwoWithin = 40;

    // 1.2024中国…开幕式, its fields, then 2.2024年…论坛: the second task also opens with a year, so it is not numbered yet.
    private static bool YearTaskTwoFollows(List<(SourceLine Line, Numbering Numbering)> lines, int at)
    {
        for (var k = at + 1; k < lines.Count && k <= at + TaskTwoWithin; k++)
        {
            var folded = lines[k].Line.Folded;
            if (lines[k].Numbering.Kind != NumberingKind.None && lines[k].Numbering.Kind != NumberingKind.Decimal)
            {
                return false;
            }

            if (NumberThenQuantity.Match(folded) is { Success: true } number)
            {
                var words = WordsAt(folded, number.Length);
                return number.Groups[1].Value == "2" && (DateAfterNumber.IsMatch(words) || YearBeforeName.IsMatch(words));
            }
        }

        return false;
    }

    /// <summary>
    /// For each line, the numbering of the next numbered line after it (none at the end): one pass from the back, so that
    /// a document of many numbered-looking lines costs no more than it holds.
    /// </summary>
    private static Numbering[] NextNumbered(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var next = new Numbering[lines.Count];
        var found = Numbering.None;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            next[i] = found;
            if (lines[i].Numbering.Kind != NumberingKind.None)
            {
                found = lines[i].Numbering;
            }
        }

        return next;
    }

    /// <summary>
    /// Two numbered tasks in one paragraph (<c>10. 深化…。11. 推动…（X牵头）</c>, a copy that lost a line break): where
    /// the next paragraph numbered the same way skips a number, and that number stands in this paragraph after a
    /// sentence's end, numbered the same way, the paragraph is split there; so too in the last paragraph numbered
    /// that way (⑴…。⑵…。⑶… run together). Where the next paragraph follows in sequence, a number after a 。 is the
    /// task's own words (its steps 1. 2. inside it).
    /// </summary>
    private static void SharedParagraphs(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var last = new Dictionary<NumberingKind, int>();
        // 三月：①…②… then 四月：①…②…: where a list numbered from 1 opened after a paragraph's own words, the next such
        // paragraph may open its own list from 1 again, until a paragraph of its own is numbered that way.
        var afterWords = new HashSet<NumberingKind>();
        var splitParagraphs = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var listAt = lines[i].Line.Table is not null ? null
                : lines[i].Numbering.Kind == NumberingKind.None
                    ? ListAfterWords(lines[i].Line, 0, kind => last.ContainsKey(kind) && !afterWords.Contains(kind) ? null : 1, firstStopOnly: false)
                    : lines[i].Numbering.Kind == NumberingKind.Chinese
                        ? ListAfterWords(lines[i].Line, lines[i].Numbering.BodyStart, kind => kind is NumberingKind.Arabic or NumberingKind.Parenthesized ? (last.TryGetValue(kind, out var v) ? v + 1 : 1) : null, firstStopOnly: true)
                        : null;
            if (listAt is { } list)
            {
                // 大会公布了十件实事。 1、…。 2、…, or 一、保障供水安全。1.新建水厂…（X牵头）2.改造管网…: the words before
                // the list stay a paragraph (or a heading) of their own.
                var whole = lines[i].Line;
                var words = whole.Text.Substring(0, list).TrimEnd();
                var first = whole.IsLaterPart ? SourceLine.LaterPart(whole.Number, words) : SourceLine.Of(whole.Number, words);
                var rest = SourceLine.LaterPart(whole.Number, whole.Text.Substring(list));
                lines[i] = (first, lines[i].Numbering);
                lines.Insert(i + 1, (rest, Read(rest)));
                if (lines[i].Numbering.Kind != NumberingKind.None)
                {
                    last[lines[i].Numbering.Kind] = lines[i].Numbering.Value;
                }
                else
                {
                    afterWords.Add(lines[i + 1].Numbering.Kind);
                    splitParagraphs.Add(whole.Number);
                }

                continue;
            }

            var (line, numbering) = lines[i];
            if (numbering.Kind != NumberingKind.None)
            {
                last[numbering.Kind] = numbering.Value;
                if (!splitParagraphs.Contains(line.Number))
                {
                    afterWords.Remove(numbering.Kind);
                }
            }
            if (numbering.Kind is not (NumberingKind.Arabic or NumberingKind.Parenthesized or NumberingKind.Chinese or NumberingKind.ParenArabic or NumberingKind.Circled) || line.Table is not null)
            {
                continue;
            }

            var next = lines.Skip(i + 1).Select(l => l.Numbering).FirstOrDefault(n => n.Kind == numbering.Kind);
            bool InSequence(int value) => next.Kind == numbering.Kind && next.Value <= value + 1;
            if (InSequence(numbering.Value))
            {
                continue;
            }

            // Every number that follows in the paragraph, found in one pass over it: a line of thousands of tasks run
            // together is split in time linear in its length.
            var cuts = new List<int>();
            var expected = numbering.Value;
            var from = numbering.BodyStart;
            while (EmbeddedNext(line, numbering.Kind, expected + 1, from) is var (at, bodyStart))
            {
                cuts.Add(at);
                expected++;
                from = at + bodyStart;
                if (InSequence(expected))
                {
                    break;
                }
            }

            // …（市发改委）。 二、主要工作任务 4、…: a page that ran its paragraphs together ran the next part's heading into
            // the last task before it; the heading is parted there, and read (with its tasks) as the next line.
            var headingAt = numbering.Kind != NumberingKind.Chinese && last.TryGetValue(NumberingKind.Chinese, out var part)
                ? RunInHeading(line, part + 1, numbering.Kind, expected + 1, cuts.Count > 0 ? from : numbering.BodyStart)
                : null;
            if (headingAt is { } heading)
            {
                cuts.Add(heading);
            }

            if (cuts.Count == 0)
            {
                continue;
            }

            var firstText = line.Text.Substring(0, cuts[0]).TrimEnd();
            lines[i] = (line.IsLaterPart ? SourceLine.LaterPart(line.Number, firstText) : SourceLine.Of(line.Number, firstText), numbering);
            var parts = new List<(SourceLine Line, Numbering Numbering)>(cuts.Count);
            for (var k = 0; k < cuts.Count; k++)
            {
                var text = k + 1 < cuts.Count ? line.Text.Substring(cuts[k], cuts[k + 1] - cuts[k]).TrimEnd() : line.Text.Substring(cuts[k]);
                var later = SourceLine.LaterPart(line.Number, text);
                parts.Add((later, Read(later)));
            }

            lines.InsertRange(i + 1, parts);
            i += headingAt is null ? parts.Count : parts.Count - 1;
            last[numbering.Kind] = expected;
        }
    }

    /// <summary>
    /// Where a paragraph holds, after its words, a list that runs together: an unnumbered one a list numbered from one
    /// (a news item: <c>大会公布了十件惠民实事。 1、…。 2、…</c>, or <c>任务如下：1.…；2.…</c>) where no paragraph before
    /// was numbered that way (then the numbers are steps inside a task of that list); a heading the tasks after its
    /// first sentence (<c>一、保障供水安全。1.…2.…</c>), numbered on from the last. Where the list's first number starts,
    /// if the one after it follows after a sentence's end: <paramref name="expected"/> gives the first number of a kind,
    /// or null for a kind that cannot be the list.
    /// </summary>
    private static int? ListAfterWords(SourceLine line, int from, System.Func<NumberingKind, int?> expected, bool firstStopOnly)
    {
        var folded = line.Folded;
        if (firstStopOnly && HeadingNameEnd(folded, from) is { } space)
        {
            // 一、主要工作目标 1、地区生产总值增长11%（市发改委）。 2、…: a page that ran its paragraphs together with spaces
            // keeps the heading's short name apart from its first task by a space alone.
            foreach (var kind in ListKinds)
            {
                if (expected(kind) is { } value && NumberAt(line, kind, value, space) is var (at, bodyStart) && EmbeddedNext(line, kind, value + 1, at + bodyStart) is not null)
                {
                    return at;
                }
            }
        }

        foreach (var i in ChineseText.OutsideParentheses(folded, from, folded.Length - 1))
        {
            if (folded[i] is '。' or '；' or ';' or '！' or '？' or '：' or ':')
            {
                foreach (var kind in ListKinds)
                {
                    if (expected(kind) is { } value && NumberAt(line, kind, value, i + 1) is var (at, bodyStart) && EmbeddedNext(line, kind, value + 1, at + bodyStart) is not null)
                    {
                        return at;
                    }
                }

                if (firstStopOnly)
                {
                    return null;
                }
            }
        }

        return null;
    }

    // Where the part heading numbered `part` (二、) stands after a sentence's end from `from` on, its short name then a
    // space then the task numbered `next` of `kind` after it; or null.
    private static int? RunInHeading(SourceLine line, int part, NumberingKind kind, int next, int from)
    {
        var folded = line.Folded;
        foreach (var i in ChineseText.OutsideParentheses(folded, from, folded.Length - 1))
        {
            if (folded[i] is '。' or '；' or ';' or '！' or '？' && NumberAt(line, NumberingKind.Chinese, part, i + 1) is var (at, bodyStart)
                && HeadingNameEnd(folded, at + bodyStart) is { } space && NumberAt(line, kind, next, space) is not null)
            {
                return at;
            }
        }

        return null;
    }

    // Where a heading's short name (no stop, no bracket, at most 20 characters) ends at a space, or null.
    private static int? HeadingNameEnd(string folded, int from)
    {
        for (var i = from; i < folded.Length && i <= from + 20; i++)
        {
            if (folded[i] is ' ' or '　' or '\u00A0')
            {
                return i > from ? i : null;
            }

            if (folded[i] is '。' or '；' or ';' or '，' or ',' or '：' or ':' or '（' or '(' or '！' or '？')
            {
                return null;
            }
        }

        return null;
    }

    private static (int Value, int Length)? RomanNumeral(string text)
    {
        int Of(char c) => c is >= '\u2160' and <= '\u216B' ? c - '\u2160' + 1 : c is >= '\u2170' and <= '\u217B' ? c - '\u2170' + 1
            : c is '\u216C' or '\u217C' ? 50 : c is '\u216D' or '\u217D' ? 100 : 0;
        var length = 0;
        while (length < text.Length && length < 4 && Of(text[length]) > 0)
        {
            length++;
        }

        if (length == 0)
        {
            return null;
        }

        var value = 0;
        for (var i = 0; i < length; i++)
        {
            var v = Of(text[i]);
            value += i + 1 < length && v < Of(text[i + 1]) ? -v : v;
        }

        return value > 0 ? (value, length) : null;
    }

    private static readonly string[] RomanNumerals = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv" };

    // In brackets, one case throughout, then the words: (iii) 建设…, （IV）开展….
    private static readonly System.Text.RegularExpressions.Regex BracketedRoman = new(
        @"^[（(]((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV))[）)][ \t\u3000]*(?=[\u4E00-\u9FFF“「])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // One case throughout (iv, IV; not Iv), a stop after it, then the words.
    private static readonly System.Text.RegularExpressions.Regex AsciiRoman = new(
        @"^((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV))[.．、][ \t\u3000]*(?=[\u4E00-\u9FFF])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Where the words start after a number's stop (a space or two may stand between), or 0 where no Han word follows.
    private static int OcrWordsAt(string text, int from)
    {
        var at = from;
        while (at < text.Length && at < from + 2 && text[at] is ' ' or '\u3000')
        {
            at++;
        }

        return at < text.Length && ChineseText.IsHan(text[at]) ? at : 0;
    }

    private static int? DingbatCircled(char c)
        => c is >= '\u2776' and <= '\u277F' ? c - '\u2776' + 1
            : c is >= '\u2780' and <= '\u2789' ? c - '\u2780' + 1
            : c is >= '\u278A' and <= '\u2793' ? c - '\u278A' + 1
            : c is >= '\u24EB' and <= '\u24F4' ? c - '\u24EB' + 11
            : c is >= '\u24F5' and <= '\u24FE' ? c - '\u24F5' + 1
            : null;

    private static readonly NumberingKind[] ListKinds = { NumberingKind.Arabic, NumberingKind.Chinese, NumberingKind.Parenthesized, NumberingKind.ParenArabic, NumberingKind.Circled };

    // Where the number `value` (of `kind`) starts after a sentence's end or a closing clause outside parentheses, from
    // `from` on, and where its words start after it; null where it does not.
    private static (int At, int BodyStart)? EmbeddedNext(SourceLine line, NumberingKind kind, int value, int from)
    {
        var folded = line.Folded;
        var depth = 0;
        for (var i = from; i < folded.Length - 1; i++)
        {
            var c = folded[i];
            if (ChineseText.IsOpenParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(c) && depth > 0)
            {
                // （省发改委负责）（二）公共财政收入…: a task's closing clause with the next task glued after it.
                if (--depth == 0 && NumberAt(line, kind, value, i + 1) is { } afterClause)
                {
                    return afterClause;
                }
            }
            else if (depth == 0 && c is '。' or '；' or ';' or '！' or '？')
            {
                if (NumberAt(line, kind, value, i + 1) is { } afterStop)
                {
                    return afterStop;
                }
            }
        }

        return null;
    }

    // The number `value` of `kind` at `from`, spaces skipped, if it stands there: where it starts and where its words do.
    private static (int At, int BodyStart)? NumberAt(SourceLine line, NumberingKind kind, int value, int from)
    {
        var folded = line.Folded;
        var at = from;
        while (at < folded.Length && folded[at] is ' ' or '　' or '\u00A0')
        {
            at++;
        }

        if (at >= folded.Length)
        {
            return null;
        }

        // A number is read from its first characters: a bounded piece keeps a long paragraph linear.
        var piece = line.Text.Substring(at, System.Math.Min(16, line.Text.Length - at));
        var candidate = Read(SourceLine.Of(line.Number, piece));
        return candidate.Kind == kind && candidate.Value == value && candidate.BodyStart < piece.Length ? (at, candidate.BodyStart) : null;
    }

    // 序号 3 alone on a line, then 任务：… on the next: a task table typed as records, one field a line; so too a
    // meeting's decisions tracked by their number (列管编号：1130301, then 案由：…).
    private static readonly System.Text.RegularExpressions.Regex RecordNumber = new(
        @"^[ \t\u3000\u00A0]*(?:序号|列管编号|管制编号|追踪编号)[ \t\u3000\u00A0:：]*(\d{1,3}|\d{5,9})[ \t\u3000\u00A0]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex RecordTask = new(
        @"^[ \t\u3000\u00A0]*(?:(?:重点|工作|主要)?任务(?:内容|名称)?|案[ \t\u3000\u00A0]*由)[ \t\u3000\u00A0]*[:：][ \t\u3000\u00A0]*(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A task table typed as records (<c>序号 3</c> on a line, <c>任务：…</c> on the next, then <c>责任处室：…</c> and the
    /// other fields on their own lines): the 任务 line is task 3, the fields under it are read as any field lines are, and
    /// the 序号 line, which only carries the number, goes.
    /// </summary>
    private static void Records(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            var next = lines[i + 1];
            if (numbering.Kind != NumberingKind.None || line.Table is not null || next.Line.Table is not null || next.Numbering.Kind != NumberingKind.None
                || RecordNumber.Match(line.Folded) is not { Success: true } number || RecordTask.Match(next.Line.Folded) is not { Success: true } task)
            {
                continue;
            }

            var value = int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            lines[i + 1] = (next.Line, new Numbering(NumberingKind.Arabic, number.Groups[1].Value, value, task.Length));
            lines.RemoveAt(i);
        }
    }

    // DB-01, RW-2024-03, A1, ZX02 at a line's start, then the item (after its field's name, 督办事项：): a ledger's record
    // codes (letters, a year perhaps, a count).
    private static readonly System.Text.RegularExpressions.Regex RecordCode = new(
        @"^[ \t\u3000]*(?<label>(?<key>[A-Z]{1,4})[-－—_]?(?:(?:19|20)\d\d[-－—_])?(?<n>\d{1,4}))(?:[ \t\u3000]*[｜|、：:．.][ \t\u3000]*|[ \t\u3000]+)"
        + @"(?:(?:督办|办理|整改|落实|重点|工作|主要)?(?:事项|任务|项目)(?:名称|内容)?[ \t\u3000]*[：:][ \t\u3000]*)?(?=[\u4E00-\u9FFF【（(])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The lines of <paramref name="lines"/> that open with a record's code (<c>DB-01 ｜ 督办事项：…</c>, <c>A1 推进…</c>),
    /// where the codes of one prefix count up by one from the first, at least two of them: the index, the count and the
    /// code's length. A code that does not count (G20 峰会, 5G 基站) is none.
    /// </summary>
    internal static List<(int At, int Value, int Label, int Length)> RecordCodes(IReadOnlyList<SourceLine> lines, System.Func<int, bool> eligible)
        => RecordRuns(lines, eligible, RecordCode, (before, after) => after == before + 1, ownNumbers: true);

    // A ledger's records numbered by their codes, as 1. 2. are, on lines numbered no other way.
    private static void Codes(List<(SourceLine Line, Numbering Numbering)> lines)
        => AsNumbered(lines, RecordCodes(lines.Select(l => l.Line).ToList(), i => lines[i].Numbering.Kind == NumberingKind.None));

    // The lines whose opening the pattern matches (groups key, n and label), at least two of one key whose numbers n
    // follow one another as the list's kind has them: the index, the number (the record's own, or its count in the run),
    // where the label ends and where the record's words start.
    private static List<(int At, int Value, int Label, int Length)> RecordRuns(
        IReadOnlyList<SourceLine> lines, System.Func<int, bool> eligible, System.Text.RegularExpressions.Regex pattern, System.Func<int, int, bool> follows, bool ownNumbers)
    {
        var found = new List<(int At, string Key, int Number, int Label, int Length)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Table is null && eligible(i) && pattern.Match(lines[i].Folded) is { Success: true } record
                && int.TryParse(record.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                var label = record.Groups["label"];
                found.Add((i, record.Groups["key"].Value, number, label.Index + label.Length, record.Length));
            }
        }

        return found.GroupBy(r => r.Key, System.StringComparer.Ordinal).Select(g => g.ToList())
            .Where(run => run.Count >= 2 && run.Zip(run.Skip(1), (a, b) => follows(a.Number, b.Number)).All(ok => ok))
            .SelectMany(run => run.Select((r, k) => (r.At, ownNumbers ? r.Number : k + 1, r.Label, r.Length))).OrderBy(r => r.At).ToList();
    }

    // Records numbered as 1. 2. are, their label as printed.
    private static void AsNumbered(List<(SourceLine Line, Numbering Numbering)> lines, List<(int At, int Value, int Label, int Length)> records)
    {
        foreach (var (at, value, label, length) in records)
        {
            var line = lines[at].Line;
            lines[at] = (line, new Numbering(NumberingKind.Arabic, line.Text.Substring(0, label).Trim(), value, length));
        }
    }

    // 01 alone on a line: a number printed as a two-digit badge above its item's title.
    private static readonly System.Text.RegularExpressions.Regex LoneNumber = new(
        @"^\d\d$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Items numbered <c>01</c>, <c>02</c>… each alone on its line, the item's title on the next (the layout of a news
    /// page listing projects): where such lines count up from 01 (at least two of them, zero-padded, each followed by a
    /// line that is no number, and no other number between them), each title line is the task with that number and the
    /// number's own line goes.
    /// </summary>
    private static void LoneNumbers(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var at = new List<int>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            var next = lines[i + 1];
            if (numbering.Kind == NumberingKind.None && line.Table is null && next.Line.Table is null && next.Numbering.Kind == NumberingKind.None
                && LoneNumber.IsMatch(line.Folded)
                && int.Parse(line.Folded, System.Globalization.CultureInfo.InvariantCulture) == at.Count + 1
                && !LoneNumber.IsMatch(next.Line.Folded))
            {
                at.Add(i);
            }
        }

        // Badges with numbered items between them (01 就业增收, then 1．… 2．…) head parts of the list, not its items.
        if (at.Count < 2 || Enumerable.Range(at[0], at[at.Count - 1] - at[0]).Any(i => lines[i].Numbering.Kind != NumberingKind.None))
        {
            return;
        }

        for (var k = at.Count - 1; k >= 0; k--)
        {
            var i = at[k];
            var label = lines[i].Line.Text;
            lines[i + 1] = (lines[i + 1].Line, new Numbering(NumberingKind.Arabic, label, k + 1, 0));
            lines.RemoveAt(i);
        }
    }

    public static Numbering Read(SourceLine line)
    {
        var bare = ReadBare(line);
        if (bare.Kind is not (NumberingKind.None or NumberingKind.Damaged or NumberingKind.ItemLead) && line.Table is null
            && bare.BodyStart < line.Folded.Length - 2 && ListMarks.IndexOf(line.Folded[bare.BodyStart]) >= 0 && ChineseText.IsHan(line.Folded[bare.BodyStart + 1]))
        {
            // 1.◆市交通运输局：…: a mark between the number and the words is neither.
            return bare with { BodyStart = bare.BodyStart + 1 };
        }

        if (bare.Kind != NumberingKind.None || line.Table is not null || BulletPrefix(line.Folded) is not (> 0 and var prefix))
        {
            return bare;
        }

        // ● 1. 开展…, #### 一、…, - **（一）** 推进…: a bullet or a markdown mark before the number is not the number.
        var inner = ReadBare(SourceLine.Of(line.Number, line.Text.Substring(prefix)));
        if (inner.Kind is NumberingKind.None or NumberingKind.Damaged or NumberingKind.ItemLead)
        {
            return None;
        }

        var bodyStart = prefix + inner.BodyStart;
        var folded = line.Folded;
        while (bodyStart < folded.Length - 1 && (folded[bodyStart] is ' ' or '\u3000' || (folded[bodyStart] is '*' or '_' && folded[bodyStart + 1] == folded[bodyStart])))
        {
            bodyStart += folded[bodyStart] is '*' or '_' ? 2 : 1;
        }

        return inner with { BodyStart = bodyStart };
    }

    /// <summary>The marks a list prints before an item or a body's name (●, ◆, ■, ★, ▶), never part of the words.</summary>
    internal const string ListMarks = "●■◆◇□○▪►▶★☆◎▲△";

    // Bullets and markdown marks (a list's ●, ■, ◆, a heading's ####, an item's - or *, bold's **, a social post's ✅),
    // with spaces.
    private const string Bullets = "●■◆◇□○•·▪►▶★☆※-*#>✅☑✔";

    private static int BulletPrefix(string folded)
    {
        var at = 0;
        var marks = 0;
        while (at < folded.Length && at < 12 && (Bullets.IndexOf(folded[at]) >= 0 || folded[at] is ' ' or '\u3000' or '\t' or '\u00A0'))
        {
            marks += Bullets.IndexOf(folded[at]) >= 0 ? 1 : 0;
            at++;
        }

        return marks > 0 && at < folded.Length ? at : 0;
    }

    private static Numbering ReadBare(SourceLine line)
    {
        var text = line.Folded;
        if (text.Length == 0 || line.Table is not null)
        {
            return None;
        }

        // ㈠ ㈡ … ㈩ (the parenthesized ideographs of one character) and 【一】: numbered as （一） is.
        if (text[0] is >= '\u3220' and <= '\u3229' && text.Length > 1)
        {
            return new Numbering(NumberingKind.Parenthesized, line.Text.Substring(0, 1), text[0] - '\u3220' + 1, 1);
        }

        if (text[0] == '【' && BracketedNumeral.Match(text) is { Success: true } bracketed && ChineseText.ParseNumeral(bracketed.Groups[1].Value) is { } bracketedValue)
        {
            return new Numbering(NumberingKind.Parenthesized, line.Text.Substring(0, bracketed.Length), bracketedValue, bracketed.Length);
        }

        // 【任务3】完善…, 【项目一】: a task by name and number in the bracket, numbered as 任务3： is.
        if (text[0] == '【' && BracketedTaskWord.Match(text) is { Success: true } bracketedTask
            && (int.TryParse(bracketedTask.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var taskNumber) ? taskNumber : ChineseText.ParseNumeral(bracketedTask.Groups[1].Value)) is { } namedValue)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, text.IndexOf('】') + 1), namedValue, bracketedTask.Length);
        }

        // 【1】, 【12】: numbered as (1) is.
        if (text[0] == '【' && BracketedDigits.Match(text) is { Success: true } bracketedDigits)
        {
            var value = int.Parse(bracketedDigits.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new Numbering(NumberingKind.ParenArabic, line.Text.Substring(0, text.IndexOf('】') + 1), value, bracketedDigits.Length);
        }

        // 第一，开展… 第二，…: ordinals opening lines, numbered as 1. 2. are where they run from 第一 (see Ordinals).
        if (text[0] == '第' && OrdinalOpening.Match(text) is { Success: true } ordinal && ChineseText.ParseNumeral(ordinal.Groups[1].Value) is { } ordinalValue)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, ordinal.Groups[1].Index + ordinal.Groups[1].Length), ordinalValue, ordinal.Length);
        }

        // (一) and （一）
        if (ChineseText.IsOpenParen(text[0]))
        {
            // ( 一 ), （ 二）: a copy's spaces inside the brackets.
            var first = 1;
            while (first < text.Length && first < 3 && text[first] is ' ' or '\u3000')
            {
                first++;
            }

            var close = first;
            while (close < text.Length && close < first + 5 && ChineseText.IsNumeral(text[close]))
            {
                close++;
            }

            var numeral = text.Substring(first, close - first);
            while (close > first && close < text.Length && close < first + 8 && text[close] is ' ' or '\u3000')
            {
                close++;
            }

            if (close > first && close < text.Length && ChineseText.IsCloseParen(text[close]) && ChineseText.ParseNumeral(numeral) is { } value)
            {
                return new Numbering(NumberingKind.Parenthesized, line.Text.Substring(0, close + 1), value, close + 1);
            }

            // (—)负责看台… before (二): a dash typed or recognised for the 一 it looks like; it numbers nothing else.
            if (close == first && first + 1 < text.Length && text[first] is '—' or '─' or '－' && ChineseText.IsCloseParen(text[first + 1]))
            {
                return new Numbering(NumberingKind.Parenthesized, line.Text.Substring(0, first + 2), 1, first + 2);
            }

            // (i) 举办…, (ii) 推进…, （iv）: a Roman numeral in brackets, numbered as (1) (2) are; (i) alone after (h) is
            // still a run's restart there (see Letters).
            if (BracketedRoman.Match(text) is { Success: true } bracketedRoman && (bracketedRoman.Groups[1].Length > 1 || text[1] is 'i' or 'I'))
            {
                var romanValue = System.Array.IndexOf(RomanNumerals, bracketedRoman.Groups[1].Value.ToLowerInvariant()) + 1;
                return new Numbering(NumberingKind.ParenArabic, line.Text.Substring(0, bracketedRoman.Groups[1].Length + 2), romanValue, bracketedRoman.Length);
            }

            // (a) 推展…, （b）研究…: a letter in brackets, numbered as (1) is where the letters run from (a) (see Letters).
            if (text.Length > 3 && Letter(text[1], upper: false) > 0 && ChineseText.IsCloseParen(text[2]))
            {
                var body = 3;
                while (body < text.Length && body < 5 && text[body] is ' ' or '\u3000')
                {
                    body++;
                }

                if (body < text.Length && (ChineseText.IsHan(text[body]) || text[body] is '“' or '「'))
                {
                    return new Numbering(NumberingKind.ParenArabic, line.Text.Substring(0, 3), Letter(text[1], upper: false), body);
                }
            }

            var digits = 1;
            while (digits < text.Length && digits < 5 && text[digits] >= '0' && text[digits] <= '9')
            {
                digits++;
            }

            if (digits > 1 && digits < text.Length - 1 && ChineseText.IsCloseParen(text[digits]))
            {
                return new Numbering(NumberingKind.ParenArabic, line.Text.Substring(0, digits + 1), int.Parse(text.Substring(1, digits - 1), System.Globalization.CultureInfo.InvariantCulture), digits + 1);
            }

            return None;
        }

        // ① … ⑳
        if (text[0] >= '\u2460' && text[0] <= '\u2473' && text.Length > 1)
        {
            return new Numbering(NumberingKind.Circled, line.Text.Substring(0, 1), text[0] - '\u2460' + 1, 1);
        }

        // ❶ … ❿, ➀ … ➉, ➊ … ➓ (dingbats), ⓫ … ⓴ and ⓵ … ⓾: other fonts' circled numbers, the same list.
        if (text.Length > 1 && DingbatCircled(text[0]) is { } dingbat)
        {
            return new Numbering(NumberingKind.Circled, line.Text.Substring(0, 1), dingbat, 1);
        }

        // ㉑ … ㉟ and ㊱ … ㊿: the circled numbers past twenty, in blocks of their own.
        if (text[0] >= '\u3251' && text[0] <= '\u325F' && text.Length > 1)
        {
            return new Numbering(NumberingKind.Circled, line.Text.Substring(0, 1), text[0] - '\u3251' + 21, 1);
        }

        if (text[0] >= '\u32B1' && text[0] <= '\u32BF' && text.Length > 1)
        {
            return new Numbering(NumberingKind.Circled, line.Text.Substring(0, 1), text[0] - '\u32B1' + 36, 1);
        }

        // ⑴ … ⒇, one character for (1) … (20); ⒈ … ⒛ for 1. … 20.
        if (text[0] >= '\u2474' && text[0] <= '\u2487' && text.Length > 1)
        {
            return new Numbering(NumberingKind.ParenArabic, line.Text.Substring(0, 1), text[0] - '\u2474' + 1, 1);
        }

        if (text[0] >= '\u2488' && text[0] <= '\u249B' && text.Length > 1)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, 1), text[0] - '\u2488' + 1, 1);
        }

        // l.全力…, l. 推进… (a scan's recognition reads 1 as a small L): 1., where words follow.
        if (text[0] == 'l' && text.Length > 2 && text[1] is '.' or '．' or '、' && OcrWordsAt(text, 2) is var words and > 0)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, 2), 1, words);
        }

        // i. ii. iii. iv. (or I. II.) in letters before the words: numbered as 1. 2. 3. are.
        if (text[0] is 'i' or 'v' or 'x' or 'I' or 'V' or 'X' && AsciiRoman.Match(text) is { Success: true } ascii)
        {
            var value = System.Array.IndexOf(RomanNumerals, ascii.Groups[1].Value.ToLowerInvariant()) + 1;
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, ascii.Groups[1].Length + 1), value, ascii.Length);
        }

        // A． B、 C. (a company's copy), a. b. (a page's <ol type="a">): numbered as 1. 2. 3. are, where the letters run
        // from A (see Letters).
        // Not l. or o., an OCR's 1. and 0.
        if ((Letter(text[0], upper: true) > 0 || (Letter(text[0], upper: false) > 0 && text[0] is not ('l' or 'o'))) && text.Length > 2 && text[1] is '.' or '．' or '、')
        {
            var body = 2;
            while (body < text.Length && body < 4 && text[body] is ' ' or '\u3000')
            {
                body++;
            }

            if (body < text.Length && ChineseText.IsHan(text[body]))
            {
                return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, 2).Trim(), System.Math.Max(Letter(text[0], upper: true), Letter(text[0], upper: false)), body);
            }
        }

        // 甲、乙、丙、 (the heavenly stems, as Word's ideographTraditional numbers a list, typed): numbered as 1. 2. 3. are,
        // where the stems run from 甲 (see Letters); not 甲、乙双方, the parties of a contract.
        if (Stem(text[0]) > 0 && text.Length > 2 && text[1] == '、' && ChineseText.IsHan(text[2]) && Stem(text[2]) == 0)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, 2), Stem(text[0]), 2);
        }

        // a) b) c) (a list lettered as 1) 2) 3) is numbered): numbered as 1） is, where the letters run from a) (see Letters).
        if (Letter(text[0], upper: false) > 0 && text.Length > 3 && text[1] is ')' or '）')
        {
            var body = 2;
            while (body < text.Length && body < 4 && text[body] is ' ' or '\u3000')
            {
                body++;
            }

            if (body < text.Length && (ChineseText.IsHan(text[body]) || text[body] is '“' or '（' or '('))
            {
                return new Numbering(NumberingKind.ArabicParen, line.Text.Substring(0, 2), Letter(text[0], upper: false), body);
            }
        }

        // Ⅰ. Ⅱ、 ⅲ. (Roman numeral characters, a school's or a company's copy): numbered as 1. 2. 3. are.
        // ⅩⅢ． ⅩⅣ． past Ⅻ, where a font has no character of its own: the characters' values summed, a smaller before a
        // larger taken from it.
        if (RomanNumeral(text) is var (roman, length) && text.Length > length + 1 && text[length] is '.' or '．' or '、' or ' ' or '\u3000')
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, length + 1).Trim(), roman, length + 1);
        }

        // 任务一：, 任务2：, 项目一：, 行动一： (a plan's tasks, projects or actions by name and number), 问题1： (a
        // rectification list's problems), 督办事项一： (a supervision list's items), 专题一： (a study plan's sessions),
        // 实事一： (a year's promises to the
    // public, 民生实事): numbered as 1. 2. are.
        // 措施1-1　推動…, 任务2-3 (a measure numbered within its strategy): numbered as 1-1 is.
        if (text[0] is '措' or '任' && text.Length > 3 && text[1] is '施' or '务' && DecimalNumber.Match(text.Substring(2)) is { Success: true } namedDecimal
            && namedDecimal.Groups[3].Success)
        {
            return new Numbering(NumberingKind.Decimal, line.Text.Substring(0, 2 + namedDecimal.Length).TrimEnd(), int.Parse(namedDecimal.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), 2 + namedDecimal.Length);
        }

        if (text[0] is '任' or '项' or '事' or '行' or '工' or '问' or '督' or '实' or '措' or '专' && NumberedByName.Match(text) is { Success: true } named
            && (ChineseText.ParseNumeral(named.Groups[1].Value) ?? (int.TryParse(named.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (int?)null)) is { } taskValue)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, named.Groups[1].Index + named.Groups[1].Length), taskValue, named.Length);
        }

        // 第三条 and 第二章
        if (text[0] == '第' && RuleNumber.Match(text) is { Success: true } rule && NumeralOrDigits(rule.Groups[1].Value) is { } ruleValue)
        {
            var kind = rule.Groups[2].Value == "章" ? NumberingKind.Chapter : NumberingKind.Article;
            return new Numbering(kind, line.Text.Substring(0, rule.Groups[1].Length + 2), ruleValue, rule.Length);
        }

        // 其一，优化…; 其二，深化…: a company's or a speech's points, counted as 一是 counts them.
        if (text.Length > 3 && text[0] == '其' && ChineseText.IsNumeral(text[1]) && text[2] is '，' or ',' or '、' && ChineseText.ParseNumeral(text.Substring(1, 1)) is { } point)
        {
            return new Numbering(NumberingKind.ItemLead, line.Text.Substring(0, 3), point, 3);
        }

        // 一、 and 一是
        if (ChineseText.IsNumeral(text[0]))
        {
            var end = 0;
            while (end < text.Length && end < 5 && ChineseText.IsNumeral(text[end]))
            {
                end++;
            }

            if (end < text.Length && ChineseText.ParseNumeral(text.Substring(0, end)) is { } value)
            {
                // 一、, and in less formal copies 一．, 一. or 一：(a village's rules, a forum's post; see LooseChineseNumbers).
                if (text[end] == '、' || (text[end] is '．' or '.' or '：' or ':' && end + 1 < text.Length && ChineseText.IsHan(text[end + 1]) && !ChineseText.IsNumeral(text[end + 1])))
                {
                    return new Numbering(NumberingKind.Chinese, line.Text.Substring(0, end + 1), value, end + 1);
                }

                if (text[end] == '是')
                {
                    return new Numbering(NumberingKind.ItemLead, line.Text.Substring(0, end + 1), value, end + 1);
                }

                // 一要压实企业主体责任…: a speech's or a plan's 一是, on a line of its own; not 四要素一致是基础 (a count of
                // a noun of 要).
                if (text[end] == '要' && end + 1 < text.Length && ChineseText.IsHan(text[end + 1]) && !NounOfYao(text, end))
                {
                    return new Numbering(NumberingKind.ItemLead, line.Text.Substring(0, end + 1), value, end + 1);
                }

                // 一) 城镇新增就业…: a copy (or an OCR) that lost the opening bracket of （一）.
                if (text[end] is ')' or '）' && end + 1 < text.Length && text[end + 1] is not (')' or '）'))
                {
                    return new Numbering(NumberingKind.Parenthesized, line.Text.Substring(0, end + 1), value, end + 1);
                }

                // 一-1 擴大托育…: Taiwan's plans number a section's items after its own number.
                if (ChineseNumeralDash.Match(text, end) is { Success: true } dash)
                {
                    return new Numbering(NumberingKind.Decimal, line.Text.Substring(0, end + dash.Length).TrimEnd(), int.Parse(dash.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), end + dash.Length);
                }
            }

            return None;
        }

        if (text[0] == '[' && PaddedBracketNumber.Match(text) is { Success: true } padded)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, padded.Groups[1].Length + 2), int.Parse(padded.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), padded.Length);
        }

        if (text[0] is 'N' && NoNumber.Match(text) is { Success: true } no)
        {
            return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, no.Groups[1].Index + no.Groups[1].Length), int.Parse(no.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), no.Length);
        }

        // 1. 1． 1、 (but not 2020年, 1.5万 or 3.8%)
        if (text[0] >= '0' && text[0] <= '9')
        {
            if (ThirdLevel.Match(text) is { Success: true } measure)
            {
                // 1.1.1 under 1.1: a measure of the decimal task, at the level ① stands at.
                return new Numbering(NumberingKind.Circled, line.Text.Substring(0, measure.Length).TrimEnd(), int.Parse(measure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), measure.Length);
            }

            if (DecimalNumber.Match(text) is { Success: true } dotted)
            {
                var within = dotted.Groups[2].Success ? dotted.Groups[2].Value : dotted.Groups[3].Value;
                return new Numbering(NumberingKind.Decimal, line.Text.Substring(0, dotted.Length).TrimEnd(), int.Parse(within, System.Globalization.CultureInfo.InvariantCulture), dotted.Length);
            }

            // Any number of digits (a plan may have 1000 tasks), up to what an int holds.
            var end = 0;
            while (end < text.Length && end < 10 && text[end] >= '0' && text[end] <= '9')
            {
                end++;
            }

            // 1* . and 2*.: a number marked as a new measure by a star, the dot after it.
            var dot = end;
            if (end > 0 && end < text.Length && text[end] is '*' or '＊')
            {
                dot = end + 1;
                while (dot < text.Length && text[dot] == ' ')
                {
                    dot++;
                }

                if (dot >= text.Length || text[dot] is not ('.' or '．'))
                {
                    dot = end;
                }
            }

            // 1﹒ (a small full stop, U+FE52) as 1．; 1。在… (an ideographic full stop, a copy's) before the words.
            if (end <= 9 && dot < text.Length && (text[dot] is '.' or '．' or '、' or '\uFE52' || (text[dot] == '。' && dot + 1 < text.Length && ChineseText.IsHan(text[dot + 1])))
                && (dot + 1 >= text.Length || !(text[dot + 1] >= '0' && text[dot + 1] <= '9') || (text[dot] == '、' && !NumberListGoesOn(text, dot + 1))))
            {
                return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, dot + 1), int.Parse(text.Substring(0, end), System.Globalization.CultureInfo.InvariantCulture), dot + 1);
            }

            // 7,推进… (a scan's recognition reads the stop after a number as a comma): the number of a task, where words
            // and not a figure follow it.
            if (end <= 2 && end + 1 < text.Length && text[end] == ',' && ChineseText.IsHan(text[end + 1]))
            {
                return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, end + 1), int.Parse(text.Substring(0, end), System.Globalization.CultureInfo.InvariantCulture), end + 1);
            }

            // 3：推进…, 5，加强…, 11､落实… (a half-width 、), 13 、开展…: a task's number typed with another stop, words
            // right after it (not 8：30, a time).
            var stop = end < text.Length && text[end] == ' ' && end + 1 < text.Length && text[end + 1] == '、' ? end + 1 : end;
            if (end is > 0 and <= 2 && stop + 1 < text.Length && text[stop] is '，' or '：' or ':' or '､' or '、' && (stop > end || text[stop] != '、') && ChineseText.IsHan(text[stop + 1]))
            {
                return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, stop + 1), int.Parse(text.Substring(0, end), System.Globalization.CultureInfo.InvariantCulture), stop + 1);
            }

            // 1） and 1): a small number closed by a parenthesis, with words after it; 1)、 with a list comma after it too.
            if (end <= 3 && end < text.Length - 1 && text[end] is ')' or '）')
            {
                var closed = end + 1 + (text[end + 1] == '、' && end + 2 < text.Length ? 1 : 0);
                return new Numbering(NumberingKind.ArabicParen, line.Text.Substring(0, closed), int.Parse(text.Substring(0, end), System.Globalization.CultureInfo.InvariantCulture), closed);
            }

            return None;
        }

        // A damaged number: replacement or question marks, then misdecoded bytes up to a box-drawing character.
        if (text[0] is '?' or '？' or '\uFFFD')
        {
            for (var i = 1; i < text.Length && i < 8; i++)
            {
                if (ChineseText.IsBoxDrawing(text[i]) || ChineseText.IsCloseParen(text[i]))
                {
                    return new Numbering(NumberingKind.Damaged, line.Text.Substring(0, i + 1), 0, i + 1);
                }
            }
        }

        return None;
    }

    // 三 or 3: a number written in Chinese numerals or in digits.
    private static int? NumeralOrDigits(string number)
        => ChineseText.ParseNumeral(number) ?? (int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (int?)null);

    /// <summary>
    /// 四要素, 两要件, 三要点: the 要 at <paramref name="yao"/> starts a noun (a count of them), not an item's 一要. 要求,
    /// 要务, 要地 are nouns only where the word ends there (四要求：, 三要务是…): 一要求真务实 is an item asking for 求真务实.
    /// </summary>
    internal static bool NounOfYao(string folded, int yao)
        => yao + 1 < folded.Length
            && ("素件点".IndexOf(folded[yao + 1]) >= 0
                || ("务求害地闻".IndexOf(folded[yao + 1]) >= 0 && (yao + 2 >= folded.Length || !ChineseText.IsHan(folded[yao + 2]) || "是为的和与及一".IndexOf(folded[yao + 2]) >= 0)));

    private static int Stem(char c) => "甲乙丙丁戊己庚辛壬癸".IndexOf(c) + 1;

    // A letter's place in the alphabet (1 for a or the full-width ａ a copy typed in a Chinese input method), or 0.
    internal static int Letter(char c, bool upper)
        => upper
            ? c is >= 'A' and <= 'Z' ? c - 'A' + 1 : c is >= '\uFF21' and <= '\uFF3A' ? c - '\uFF21' + 1 : 0
            : c is >= 'a' and <= 'z' ? c - 'a' + 1 : c is >= '\uFF41' and <= '\uFF5A' ? c - '\uFF41' + 1 : 0;

    private static readonly System.Text.RegularExpressions.Regex BracketedTaskWord = new(
        @"^【[ 　]*(?:任务|项目|事项|行动|工程|措施|问题|重点任务|工作)[ 　]*([0-9]{1,3}|[一二三四五六七八九十]{1,3})[ 　]*】[ 　]*(?=[\u4E00-\u9FFF“（(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex BracketedDigits = new(
        @"^【[ 　]*([0-9]{1,3})[ 　]*】[ 　]*(?=[\u4E00-\u9FFF“（(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex BracketedNumeral = new(
        @"^【([一二三四五六七八九十]{1,3})】[ 　]*(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 第一，第二、 at a line's start, and a speech's 第一件事， 第二项工作：; not 第一次, 第一批 (the comma or 、 right after
    // the numeral or the count).
    private static readonly System.Text.RegularExpressions.Regex OrdinalOpening = new(
        @"^第([一二三四五六七八九十]{1,3})(?:件事|件大事|项工作)?[，,、：:][ 　]*(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // [01] 推进…, [10] …: a number of two digits or three in square brackets (a list zero-padded from [01]; see
    // BracketNumbers).
    private static readonly System.Text.RegularExpressions.Regex PaddedBracketNumber = new(
        @"^\[(\d{2,3})\][ \t\u3000]*(?=[\u4E00-\u9FFF“（(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Items numbered [01] [02] … [10] are numbered as 1. 2. are only where the list is zero-padded ([01] among them): a
    /// footnote's [10] or [12] at a page's foot, in a document whose notes run [1] [2] …, is no item.
    /// </summary>
    /// <summary>
    /// 8）… then （9）… then 10）…: a number printed with the other bracket between its neighbours, each one less and one
    /// more, is the list's, misprinted; read as a level of its own it took the rest of the list under it.
    /// </summary>
    private static void MisprintedBrackets(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        static bool Bracketed(NumberingKind kind) => kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen;
        var numbered = Enumerable.Range(0, lines.Count).Where(i => lines[i].Line.Table is null && lines[i].Numbering.Kind != NumberingKind.None).ToList();
        for (var k = 1; k + 1 < numbered.Count; k++)
        {
            var (before, here, after) = (lines[numbered[k - 1]].Numbering, lines[numbered[k]].Numbering, lines[numbered[k + 1]].Numbering);
            if (Bracketed(here.Kind) && Bracketed(before.Kind) && before.Kind == after.Kind && here.Kind != before.Kind
                && before.Value + 1 == here.Value && here.Value + 1 == after.Value)
            {
                lines[numbered[k]] = (lines[numbered[k]].Line, here with { Kind = before.Kind });
            }
        }
    }

    private static void BracketNumbers(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        bool Bracketed(Numbering n) => n.Kind == NumberingKind.Arabic && n.Label.StartsWith("[", System.StringComparison.Ordinal);
        if (lines.Any(l => Bracketed(l.Numbering) && l.Numbering.Label.StartsWith("[0", System.StringComparison.Ordinal)))
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (Bracketed(lines[i].Numbering))
            {
                lines[i] = (lines[i].Line, None);
            }
        }
    }

    // No.1　推进…, NO.2 实施…: a project's number after No. (the dot written: NO2 浓度 is nitrogen dioxide).
    private static readonly System.Text.RegularExpressions.Regex NoNumber = new(
        @"^(?:No|NO)[.．][ \t]*(\d{1,3})(?:[ \t\u3000]+|[：:、．.][ \t\u3000]*)(?=[\u4E00-\u9FFF“（(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Not 项目1、项目2同步推进: a list of names with numbers; a title may open with such a word (问题2：项目资金拨付滞后).
    private static readonly System.Text.RegularExpressions.Regex NumberedByName = new(
        @"^(?:任务|项目|事项|行动|工程|问题|督办事项|督办件|实事|措施|专题)([一二三四五六七八九十]{1,3}|\d{1,3})(?:[：:、．.｜|](?!\d)[ 　]*|[ \t　]+(?=[\u4E00-\u9FFF“])|(?<=(?:任务|事项)\d\d|(?:任务|事项)\d\d\d)(?=[\u4E00-\u9FFF“][^|｜]{5,}$)(?![个项件次万亿千百元年月日天名人家座条批所期周岁户台套处]))(?!(?:任务|项目|事项|行动|工程|问题|实事|措施|专题)[一二三四五六七八九十\d])(?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex DayAfterNumber = new(
        @"^(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])日", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 6、98年元旦升旗, 2、2024年底前: a year after 、 starts the task's words; 1、2、3号楼 and 4、5月份 list numbers.
    private static bool NumberListGoesOn(string text, int at)
    {
        var start = at;
        while (at < text.Length && text[at] >= '0' && text[at] <= '9')
        {
            at++;
        }

        // 1、2024年…, and 1、2024古城元宵灯会…: a year opening the words, not a list of numbers; 4、3月21日下午召开…: a day.
        return !(at < text.Length && text[at] == '年' && at - start is 2 or 4)
            && !(at - start == 4 && YearBeforeName.IsMatch(WordsAt(text, start)))
            && !(at - start <= 2 && DayAfterNumber.IsMatch(WordsAt(text, start)));
    }
}
