using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Text pasted out of Word or a PDF with a line break every N characters: a task's paragraph runs over several lines,
/// breaking a sentence, a unit's name or a responsibility bracket in two. Where the document shows that shape (at least
/// three full-width lines that stop mid-sentence and go on in an unnumbered line), such lines are joined to the next.
/// </summary>
internal static class HardWraps
{
    private const int MinimumWidth = 20;
    private const int MinimumBreaks = 3;

    // The characters a paragraph's first line is indented by (首行缩进2字符).
    private const int FirstLineIndent = 2;

    public static List<SourceLine> Join(List<SourceLine> lines) => NameEndsOnNextLine(NamesAfterLabelAtEnd(Wrapped(lines)));

    /// <summary>
    /// Names broken at a field line's end joined before anything reads fields (a card's <c>牵头单位：区大数</c> /
    /// <c>据中心</c>); <see cref="Join"/> reads them again in the paragraphs the wraps make.
    /// </summary>
    public static List<SourceLine> NameEnds(List<SourceLine> lines) => NameEndsOnNextLine(lines);

    private static List<SourceLine> Wrapped(List<SourceLine> lines)
    {
        // The widths are the lines' as printed: a bracket joined from two lines is longer than any the page holds, and
        // a clause in every task would set the width above every wrapped line.
        var paragraphs = lines.Where(l => l.Table is null).ToList();
        lines = ListGoesOnNextLine(ClosedOnTheNextLine(lines));
        if (paragraphs.Count < MinimumBreaks + 1)
        {
            return lines;
        }

        // The wrap width is the longest that several lines share, more of them than there are longer lines: a few
        // longer lines (a web page's chrome over the text) do not set it; a document of long paragraphs has none.
        var longest = WrapWidth(paragraphs.Select(l => l.Text.Length).ToList(), 2);
        var widest = WrapWidth(paragraphs.Select(l => Width(l.Text)).ToList(), 3);
        if (longest < MinimumWidth)
        {
            return lines;
        }

        // A wrapped line is filled to the wrap width, counted in characters (fixed-width exports) or in columns
        // (Word, where an ASCII character takes half a Chinese one): within a little of the document's longest line.
        bool IsFull(SourceLine line) => line.Table is null && (line.Text.Length >= longest - 2 || Width(line.Text) >= widest - 3);
        // A ledger's record opening with its code (DB-02 ｜ …) or a handed-over matter's number (第8号　关于…) starts a
        // line of its own.
        var coded = new HashSet<int>(Numbering.RecordCodes(lines, _ => true).Concat(Numbering.HandoverRecords(lines, _ => true)).Select(c => c.At));
        // A paragraph's first line is indented two characters (首行缩进), which a copy drops or prints as a space or
        // two: it is full that much short. A field line (配合单位：A、市自然资源和规划局云 | 栖分局) is a paragraph of its own.
        bool OpensParagraph(int i) => i == 0 || lines[i - 1].Table is not null || EndsSentence(lines[i - 1].Text) || !IsFull(lines[i - 1]);
        // Not a field line, unless an open bracket holds it: a field's broken last name is read by NameEndsOnNextLine,
        // and a full 责任单位 line above the next paragraph (区公安分局负责…) is not wrapped into it.
        bool IsFullAt(int i, bool inBracket = false) => IsFull(lines[i]) || (lines[i].Table is null && OpensParagraph(i) && i + 1 < lines.Count && lines[i + 1].Indent <= lines[i].Indent
            && (inBracket || !ClauseReader.HasLabel(lines[i].Folded))
            && (lines[i].Text.Length >= longest - 2 - FirstLineIndent || Width(lines[i].Text) >= widest - 3 - 2 * FirstLineIndent));
        bool Wraps(int i) => i + 1 < lines.Count && IsFullAt(i) && !FieldEndsBeforeBody(lines[i], lines[i + 1]) && !EndsSentence(lines[i].Text) && GoesOn(lines[i + 1]) && !IsField(lines[i + 1]) && !coded.Contains(i + 1);
        if (Enumerable.Range(0, lines.Count).Count(Wraps) < MinimumBreaks)
        {
            return lines;
        }

        // In a wrapped document, a full line inside a bracket goes on in the next, whatever it ends or starts with:
        // （牵头单位：X；配合单位：Y；| 完成时限：2025年10月底）。
        bool Breaks(int i) => Wraps(i) || (i + 1 < lines.Count && IsFullAt(i, inBracket: true) && Unclosed(lines[i].Text) && GoesOn(lines[i + 1]) && !coded.Contains(i + 1));

        var joined = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var first = lines[i];

            // One builder per paragraph: a document where every line looks wrapped is one paragraph, and appending
            // to a string line by line would copy it once per line (quadratic).
            StringBuilder? text = null;
            while (Breaks(i))
            {
                i++;
                (text ??= new StringBuilder(first.Text)).Append(lines[i].Text);
            }

            joined.Add(text is null || text.Length == first.Text.Length ? first : SourceLine.Of(first.Number, text.ToString()));
        }

        return joined;
    }

    /// <summary>
    /// A bracket left open at a line's end and closed in the next, unnumbered line (（牵头单位：市 | 市场监管局；配合单位：市工信局）):
    /// a break inside the clause, in any document, wrapped or not. The lines are one.
    /// </summary>
    private static List<SourceLine> ClosedOnTheNextLine(List<SourceLine> lines)
    {
        List<SourceLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var at = i;
            var first = lines[i];
            StringBuilder? text = null;
            var open = first.Table is null ? Depth(first.Text) : 0;
            // （区 / 综合行政执法局牵头，…配合 / ）: a line without brackets between goes on the bracket too.
            while (open > 0 && i + 1 < lines.Count && GoesOn(lines[i + 1])
                && (ClosesFirst(lines[i + 1].Text) || (Depth(lines[i + 1].Text) == 0 && lines[i + 1].Text.IndexOfAny(Brackets) < 0
                    && i + 2 < lines.Count && GoesOn(lines[i + 2]) && ClosesFirst(lines[i + 2].Text))))
            {
                i++;
                (text ??= new StringBuilder(first.Text)).Append(lines[i].Text.TrimStart());
                open += Depth(lines[i].Text);
            }

            if (text is not null && joined is null)
            {
                joined = new List<SourceLine>(lines.Count);
                joined.AddRange(lines.Take(at));
            }

            joined?.Add(text is null ? first : SourceLine.Of(first.Number, text.ToString()));
        }

        return joined ?? lines;
    }

    /// <summary>
    /// A field whose list of names ends in 、 (配合单位：县税务局、县公安局、) or has not started (牵头单位：) and goes on in
    /// the very next line, names and nothing else (县人社局): one field. A label alone takes every such line that follows
    /// it (牵头单位： / 县水利局 / 县住房和城乡建设局, as a form or a Word list sets its names under the label), joined by 、.
    /// </summary>
    private static List<SourceLine> ListGoesOnNextLine(List<SourceLine> lines)
    {
        List<SourceLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var first = lines[i];
            if (i + 1 < lines.Count && first.Table is null && first.Text.TrimEnd() is { Length: > 0 } text
                && (text[text.Length - 1] is '、' && ClauseReader.HasLabel(first.Folded) || LabelAlone(first.Folded.TrimEnd()))
                && lines[i + 1].Number == first.Number + 1 && NamesOnly(lines[i + 1]))
            {
                joined ??= lines.Take(i).ToList();
                var field = new StringBuilder(text).Append(ListedName(lines[++i]));

                // The names set under the label one a line, flush with it (the documented form) or indented past it: a
                // name flush with the label that signs the text (清河县人民政府办公室 over its date, or the text's last
                // line) is a line of its own.
                var listed = lines[i].Indent;
                while (LabelAlone(first.Folded.TrimEnd()) && i + 1 < lines.Count && lines[i + 1].Number == lines[i].Number + 1
                    && lines[i + 1].Indent == listed && NamesOnly(lines[i + 1]) && (listed > first.Indent || !Signs(lines, i + 1)))
                {
                    field.Append(field[field.Length - 1] is '、' ? string.Empty : "、").Append(ListedName(lines[++i]));
                }

                joined.Add(SourceLine.Of(first.Number, field.ToString()));
                continue;
            }

            joined?.Add(first);
        }

        return joined ?? lines;
    }

    // 清河县人民政府办公室 / 2025年3月5日 at the text's end: the office issuing the text, set where a last listed name would be.
    // The date may say what happened on it (2025年3月5日印发, （2025年3月5日）): the body over it signs all the same. A
    // signature ends the text: a date with tasks after it (（2025年6月30日） / 2.开展农村集市专项整治) is the list's
    // deadline, and the name over it the list's last; only the text's furniture (附件：, 抄送：, （此件公开发布）) may follow.
    private static bool Signs(List<SourceLine> lines, int at)
        => at + 1 >= lines.Count || (SignatureDate.IsMatch(lines[at + 1].Folded) && EndsText(lines, at + 2)) || SignatureOffice.IsMatch(lines[at].Folded);

    private static bool EndsText(List<SourceLine> lines, int from)
        => lines.Skip(from).FirstOrDefault(l => l.Table is not null || l.Folded.Trim().Length > 0) is not { } next
            || (next.Table is null && AfterSignature.IsMatch(next.Folded));

    private static readonly System.Text.RegularExpressions.Regex AfterSignature = new(
        @"^[ 　]*(?:附件|抄送|抄报|[（(]此件|[（(]?信息公开|[（(]?联系人)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex SignatureDate = new(
        @"^[ 　]*[（(]?(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?[）)]?[ 　]*(?:印发|发布|制发|签发|公布|起施行|起执行)?[ 　]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex SignatureOffice = new(
        @"(?:人民政府|政府|委员会)办公室[ 　]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // - 法制司 under - **配合单位**：: the name, without the Markdown list's mark.
    private static string ListedName(SourceLine line) => MarkdownItem.Match(line.Text) is { Success: true } item ? line.Text.Substring(item.Length - 1).Trim() : line.Text.Trim();

    /// <summary>
    /// A label that ends a paragraph's words (…务工就业规模。责任单位：) and the names it waits for on the next line, over
    /// blank lines too, as a PDF's text prints a line break or a page's end. Read after the wraps are joined: the joined
    /// line would otherwise set the document's wrap width.
    /// </summary>
    private static List<SourceLine> NamesAfterLabelAtEnd(List<SourceLine> lines)
        => JoinedWithNext(lines, i => lines[i].Table is null && LabelAlone(LastWords(lines[i].Folded.TrimEnd()))
            && lines[i + 1].Number <= lines[i].Number + MaxBlankLines + 1 && (NamesOnly(lines[i + 1]) || ClosesOpenBracket(lines[i], lines[i + 1])));

    // …评估。（牵头单位： over 教育督导室（…）；配合单位：…）: a bracket left open after its label, closed on the next line.
    private static bool ClosesOpenBracket(SourceLine line, SourceLine next)
        => next.Table is null && Depth(line.Text) > 0 && Numbering.Read(next).Kind == NumberingKind.None && Depth(line.Text + next.Text) < Depth(line.Text);

    /// <summary>
    /// A field whose last name breaks off at the line's end and ends on the next line, over blank lines too
    /// (<c>配合单位：团县委、各乡镇人民</c> / <c>政府</c>, <c>牵头单位：县交通</c> / <c>运输局；配合单位：…</c>), as a PDF's text
    /// prints a line or a page break inside a name: where the name's start is no organisation and the two parts are one,
    /// the lines are one. A bracket closed in the next line (…市水利 / 局）) is the wraps' to join, with the paragraph.
    /// </summary>
    private static List<SourceLine> NameEndsOnNextLine(List<SourceLine> lines)
        => JoinedWithNext(lines, i => lines[i].Table is null && lines[i + 1].Number <= lines[i].Number + MaxBlankLines + 1
            && GoesOn(lines[i + 1]) && !IsField(lines[i + 1]) && !ClosesFirst(lines[i + 1].Text)
            && BrokenNameEnd(lines[i], lines[i + 1], apart: lines[i + 1].Number > lines[i].Number + 1));

    // Each line for which joins holds, with the line after it, as one line; the others as they are.
    private static List<SourceLine> JoinedWithNext(List<SourceLine> lines, System.Func<int, bool> joins)
    {
        List<SourceLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && joins(i))
            {
                joined ??= lines.Take(i).ToList();
                joined.Add(SourceLine.Of(lines[i].Number, lines[i].Text.TrimEnd() + lines[i + 1].Text.Trim()));
                i++;
                continue;
            }

            joined?.Add(lines[i]);
        }

        return joined ?? lines;
    }

    // 责任单位：…、区公安分局 filled to the width over 区公安分局负责交通组织。 or 具体措施见附件清单: a field whose last name is
    // whole ends there, unless the next line's first words go on that name as a body's part does (市自然资源和规划局 /
    // 云栖分局；配合单位：…): what follows is a sentence of its own.
    private static bool FieldEndsBeforeBody(SourceLine line, SourceLine next)
    {
        var folded = line.Folded.TrimEnd();
        var cut = folded.LastIndexOfAny(NameBreaks);
        if (cut < 0 || cut == folded.Length - 1 || !UnitShape.IsOrganisation(folded.Substring(cut + 1)) || !ClauseReader.HasLabel(folded.Substring(0, cut + 1) + "X"))
        {
            return false;
        }

        var rest = next.Folded.TrimStart();
        var end = rest.IndexOfAny(NameBreaks);
        var first = end < 0 ? rest : rest.Substring(0, end);
        return first.Length == 0 || UnitShape.LevelPrefixes.IndexOf(first[0]) >= 0 || first[0] == '各' || !UnitShape.IsOrganisation(first);
    }

    // A name's end opens with no level and no 各 (县人民政府办公室 under 牵头单位：县医保 is the signature, not its rest); over a
    // blank line it is all the line holds.
    private static bool BrokenNameEnd(SourceLine line, SourceLine next, bool apart)
    {
        var folded = line.Folded.TrimEnd();
        var cut = LastNameStart(folded) - 1;
        if (cut < 0 || cut == folded.Length - 1 || !ClauseReader.HasLabel(folded.Substring(0, cut + 1) + "X"))
        {
            return false;
        }

        var start = folded.Substring(cut + 1);
        var rest = next.Folded.Trim();
        if (rest.Length == 0)
        {
            return false;
        }

        // 各县 / （市、区）人民政府: a bracket of levels goes on the group before it, whole as it is.
        if (LevelsBracket.Match(rest) is { Success: true } levels && start.Length >= 2 && start[0] == '各' && start.All(ChineseText.IsHan))
        {
            return (!apart || RestIsNames(rest.Substring(levels.Length))) && UnitShape.IsOrganisation(start + levels.Value);
        }

        // …、各 / 县（市、区）人民政府: a group broken after its 各.
        if (start == "各")
        {
            var name = LevelsBracket.Match(rest.Substring(1)) is { Success: true } bracket ? rest.Substring(0, 1 + bracket.Length) : rest.Split(NameBreaks)[0];
            return UnitShape.IsOrganisation(start + name) && (!apart || RestIsNames(rest.Substring(name.Length)));
        }

        // 各县（市、区）人 / 民政府: a name holding its own bracket breaks after it too.
        var end = rest.IndexOfAny(NameBreaks);
        var head = end < 0 ? rest : rest.Substring(0, end);
        var whole = start + head;
        return start.Length >= 2 && head.Length > 0 && head.Length <= MaxNameEnd && start.All(c => ChineseText.IsHan(c) || "（）()、".IndexOf(c) >= 0)
            && ChineseText.IsHan(start[start.Length - 1]) && head.All(ChineseText.IsHan)
            && UnitShape.LevelPrefixes.IndexOf(head[0]) < 0 && head[0] != '各' && (!apart || RestIsNames(rest.Substring(head.Length)))
            && !UnitShape.IsOrganisation(start) && UnitShape.IsOrganisation(whole);
    }

    // Where the last name of a field's list starts: after its last separator outside a bracket (各县（市、区）人 is one).
    private static int LastNameStart(string folded)
    {
        var depth = 0;
        for (var i = folded.Length - 1; i >= 0; i--)
        {
            var c = folded[i];
            if (ChineseText.IsCloseParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsOpenParen(c))
            {
                if (depth == 0)
                {
                    return i + 1;
                }

                depth--;
            }
            else if (depth == 0 && NameBreaks.Contains(c))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // What may follow a name's end over a blank line: more names of the list (、县公路事业发展中心、各乡镇人民政府), nothing else.
    private static bool RestIsNames(string rest)
        => rest.Split(NameBreaks, System.StringSplitOptions.RemoveEmptyEntries).All(UnitShape.IsOrganisation);

    private static readonly System.Text.RegularExpressions.Regex LevelsBracket = new(
        @"^[（(][市区县镇乡街道旗、，,]{1,8}[）)][\u4E00-\u9FFF]{1,8}(?=$|[、，,；;。）)（(\s])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // What a name's broken-off end holds at most (办公室, 监督管理局, 人民政府).
    private const int MaxNameEnd = 8;

    private static readonly char[] NameBreaks = { '：', ':', '、', '，', ',', '；', ';', '　', ' ', '。', '（', '(', '）', ')' };

    // The blank lines a label at a line's end may stand above its names (a PDF's text: a line break, or a page's end and
    // its number dropped as chrome).
    private const int MaxBlankLines = 6;

    // The words after the line's last sentence stop: 责任单位： of …规模。责任单位：.
    private static string LastWords(string folded)
    {
        var stop = folded.LastIndexOfAny(new[] { '。', '；', ';', '，', ',', ' ', '　', '）', ')', '（', '(' }, System.Math.Max(0, folded.Length - 2));
        return stop < 0 ? folded : folded.Substring(stop + 1);
    }

    // 牵头单位： alone on its line, its names on the next.
    private static bool LabelAlone(string folded)
        => folded.Length > 2 && folded[folded.Length - 1] is '：' or ':'
            && RoleWords.Label(folded.Substring(0, folded.Length - 1)) is Role.Lead or Role.Accountable or Role.Support or Role.Implementer;

    private static bool NamesOnly(SourceLine line)
        => line.Table is null && Numbering.Read(line).Kind == NumberingKind.None && !ClauseReader.HasLabel(line.Folded) && CopiedTable.IsUnits(line.Text);

    private static readonly char[] Brackets = { '（', '(', '）', ')' };

    // Brackets opened less those closed.
    private static int Depth(string text) => text.Count(ChineseText.IsOpenParen) - text.Count(ChineseText.IsCloseParen);

    // A line whose first bracket closes one: it goes on with a bracket opened above it.
    private static bool ClosesFirst(string text)
    {
        foreach (var c in text)
        {
            if (ChineseText.IsOpenParen(c))
            {
                return false;
            }

            if (ChineseText.IsCloseParen(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int WrapWidth(List<int> sizes, int tolerance)
    {
        // How many lines are at most each size long, so that a run of sizes is counted at once.
        var atMost = new int[sizes.Max() + 2];
        foreach (var size in sizes)
        {
            atMost[size + 1]++;
        }

        for (var k = 1; k < atMost.Length; k++)
        {
            atMost[k] += atMost[k - 1];
        }

        int Shared(int size) => atMost[size + 1] - atMost[System.Math.Max(0, size - tolerance)];
        foreach (var size in sizes.Distinct().OrderByDescending(x => x))
        {
            // A few lines in a smaller type (a closing list of the bodies concerned, a footnote) run wider than the
            // body's: a width shared by three times as many lines a little short of it is the body's.
            var shared = Shared(size);
            if (shared >= MinimumBreaks && shared >= sizes.Count - atMost[size + 1]
                && !Enumerable.Range(size * 3 / 4, System.Math.Max(0, size - tolerance - (size * 3 / 4))).Any(narrower => Shared(narrower) >= NarrowerShare * shared))
            {
                return size;
            }
        }

        return sizes.Max();
    }

    private const int NarrowerShare = 3;

    // …。（市司法局负责）: the clause after a task's last stop ends it as the stop does; a bracket inside a wrapped sentence
    // (…市发展和改革委员会（市粮食局）| 牵头…) does not.
    private static bool EndsSentence(string text)
    {
        var last = text.TrimEnd();
        if (last.Length == 0)
        {
            return false;
        }

        // …以内。” a quoted sentence (a report's words) ends at its stop, inside the quote.
        if (last.Length > 1 && last[last.Length - 1] is '”' or '」' or '』' or '"' && last[last.Length - 2] is '。' or '！' or '？')
        {
            return true;
        }

        if (last[last.Length - 1] is '。' or '；' or ';' or '！' or '？' or '：' or ':')
        {
            return true;
        }

        if (!ChineseText.IsCloseParen(last[last.Length - 1]))
        {
            return false;
        }

        var depth = 0;
        for (var i = last.Length - 1; i >= 0; i--)
        {
            if (ChineseText.IsCloseParen(last[i]))
            {
                depth++;
            }
            else if (ChineseText.IsOpenParen(last[i]) && --depth == 0)
            {
                return i > 0 && last[i - 1] is '。' or '；' or ';' or '！' or '？';
            }
        }

        return false;
    }

    // The next line can continue the paragraph: it is text, not a table, a numbered paragraph or a bullet's (◎推動…
    // under 承辦單位：A　會辦單位：B is the next item).
    // A markdown list item (- [ ] …, - 负责：X) is an item of its own too.
    private static bool GoesOn(SourceLine line) => line.Table is null && Numbering.Read(line).Kind == NumberingKind.None && Numbering.BulletWords(line) == 0
        // 10月：开展…: a month's paragraph of a plan set out by month starts a line of its own.
        && !MarkdownItem.IsMatch(line.Folded) && !StructureReader.MonthLabel.IsMatch(line.Folded);

    private static readonly System.Text.RegularExpressions.Regex MarkdownItem = new(
        @"^[ \t]*[-*+][ \t]+\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A field of its own (牵头单位：X under the task), unless a bracket left open above holds it.
    private static bool IsField(SourceLine line) => FieldStarts.Any(f => line.Folded.StartsWith(f, System.StringComparison.Ordinal)) || LabelledField.IsMatch(line.Folded);

    // 整改时限：, 责任领导：, 整改目标：, 工作内容： opening a line: a field of a 整改 or 督办 list, never a wrapped line's rest.
    private static readonly System.Text.RegularExpressions.Regex LabelledField = new(
        @"^[ 　]*[\u4E00-\u9FFF]{0,4}(?:时限|时间|节点|单位|部门|处室|科室|领导|责任人|联系人|目标|措施|内容)[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool Unclosed(string text) => text.Count(ChineseText.IsOpenParen) > text.Count(ChineseText.IsCloseParen);

    // ——市发改委牵头…: a dash opening a line sets off who does the task above it, never a wrapped line's rest.
    // 领衔代表：, 提案者：, 分办单位： under a handed-over 建议 or 提案 are its fields too.
    private static readonly string[] FieldStarts = { "牵头", "配合", "责任", "完成时", "时间节点", "时限", "主办", "协办", "参与", "【", "[", "注", "附件", "——", "─", "领衔", "提案者", "提出单位", "分办", "会办" };

    private static int Width(string text) => text.Sum(c => c < 0x1100 ? 1 : 2);
}
