using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The <c>一是、二是</c>, <c>①②</c> and <c>（1）（2）</c> items inside a paragraph: where they stand, whether they count up as
/// items do, and whether each names its own lead.
/// </summary>
internal sealed partial class ElementReader
{
    /// <summary>
    /// 关于5月份工作，局长强调要重点抓好以下八项工作：一是…。二是…。三是…: a record of a meeting that announces the work it
    /// lists; its items are the work whoever does it. Not the achievements it lists before (两项重大活动组织得较为圆满：一是召开了…).
    /// </summary>
    internal static bool AnnouncesWorkItems(SourceLine line)
    {
        var folded = line.Folded;
        var markers = ItemMarkers(folded, 0, 1, out _);
        if (markers.Count < 3 || markers[0].Start < 2 || folded[markers[0].Start - 1] is not ('：' or ':'))
        {
            return false;
        }

        var from = System.Math.Max(0, markers[0].Start - 1 - 16);
        return WorkAnnounced.IsMatch(folded.Substring(from, markers[0].Start - 1 - from));
    }

    private static readonly System.Text.RegularExpressions.Regex WorkAnnounced = new(
        @"(?:抓好|做好|落实|推进|完成|突出|开展|部署)(?:以下|好)?(?:[0-9一二三四五六七八九十两]+(?:项|个方面|件))?(?:重点)?(?:工作|任务|事项)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// True where a paragraph lists its work as 一是…（责任单位：X）；二是…（责任单位：Y）: two items or more, at least two and
    /// half of them naming who leads them. A document numbering nothing else has these items as its tasks.
    /// </summary>
    internal static bool ListsLedItems(SourceLine line)
    {
        var folded = line.Folded;
        var markers = ItemMarkers(folded, 0, 1, out _);
        if (markers.Count < 2)
        {
            return false;
        }

        var reader = new ClauseReader();
        var led = markers.Select((m, k) => (Start: m.Start, End: k + 1 < markers.Count ? markers[k + 1].Start : folded.Length))
            .Count(item => reader.Read(line.Text.Substring(item.Start, item.End - item.Start), folded.Substring(item.Start, item.End - item.Start)).Any(c => c.Leads.Count > 0));
        return led >= 2 && led * 2 >= markers.Count;
    }

    /// <summary>
    /// ①…（民二庭负责）；②…（破产审判庭负责）: measures inside a task's paragraph, each naming who leads it. Only where two
    /// or more do and at least half of them: a paragraph counting its targets ①②③ keeps them as its words.
    /// </summary>
    private List<(int Start, int Length)>? LedCircledItems(SourceLine line, int from)
    {
        var folded = line.Folded;
        var markers = new List<(int Start, int Length)>();
        var expected = '①';
        for (var i = from; i < folded.Length && expected <= '⑳'; i++)
        {
            if (folded[i] == expected && (i == from || SentenceEnds.IndexOf(folded[i - 1]) >= 0))
            {
                markers.Add((i, 1));
                expected++;
            }
        }

        if (markers.Count < 2)
        {
            return null;
        }

        var led = markers.Select((m, k) => (m.Start, End: k + 1 < markers.Count ? markers[k + 1].Start : folded.Length))
            .Count(item => _clauses.Read(line.Text.Substring(item.Start, item.End - item.Start), folded.Substring(item.Start, item.End - item.Start), line.Number).Any(c => c.Leads.Count > 0));
        return led >= 2 && led * 2 >= markers.Count ? markers : null;
    }

    /// <summary>
    /// Where 一是、二是… start (at the start, or after a sentence), numbered on from <paramref name="first"/>. Documents
    /// misnumber them (一是、二是、二是、四是): a number one off the expected one, after a sentence, is still the next item.
    /// </summary>
    private static List<(int Start, int Length)> ItemMarkers(string folded, int from, int first, out List<(string Label, int Expected)> misnumbered, bool yao = true)
    {
        var markers = new List<(int, int)>();
        misnumbered = new List<(string, int)>();
        var expected = first;
        var afterLeadIn = false;
        // 一要…二要…三要 (a speech's or a plan's way of saying 一是): the same items, said so throughout.
        var mark = '\0';
        for (var i = from; i < folded.Length - 1; i++)
        {
            // 围绕全市中心工作，一是…；二是…: the first item may follow a lead-in's comma, where a second follows it.
            var leadIn = i > from && markers.Count == 0 && expected == 1 && folded[i - 1] is '，' or ',';
            // 一要…（A牵头），二要…（B牵头）: the next item after a comma, where it says the number that comes next.
            var afterComma = i > from && markers.Count > 0 && folded[i - 1] is '，' or ',';
            if (!ChineseText.IsNumeral(folded[i]) || (i > from && SentenceEnds.IndexOf(folded[i - 1]) < 0 && !leadIn && !afterComma))
            {
                continue;
            }

            var end = i;
            while (end < folded.Length && end - i < 4 && ChineseText.IsNumeral(folded[end]))
            {
                end++;
            }

            if (end >= folded.Length || folded[end] is not ('是' or '要') || (folded[end] == '要' && (!yao || Numbering.NounOfYao(folded, end))) || (mark != '\0' && folded[end] != mark) || ChineseText.ParseNumeral(folded.Substring(i, end - i)) is not { } value)
            {
                continue;
            }

            if (afterComma && (value != expected || folded[end] != mark))
            {
                continue;
            }

            // A paragraph may start with any item (二是 goes on from the paragraph before); inside one, they count up.
            // 四要素一致是基础。一要…: a paragraph's own list, said after its lead-in, counts from one again.
            if (value == expected || (markers.Count == 0 && i == from && value >= 1) || (markers.Count == 0 && value == 1 && mark == '\0' && folded[end] == '要'))
            {
                mark = folded[end];
                afterLeadIn = leadIn;
                markers.Add((i, end + 1 - i));
                expected = value + 1;
                i = end;
            }
            else if (markers.Count > 0 && i > from && System.Math.Abs(value - expected) == 1)
            {
                misnumbered.Add((folded.Substring(i, end + 1 - i), expected));
                markers.Add((i, end + 1 - i));
                expected++;
                i = end;
            }
        }

        if ((afterLeadIn || mark == '要') && markers.Count < 2)
        {
            markers.Clear();
        }

        // 三要素核验是基础。一是…二是…: a paragraph opening on a word of 要 (三要素, 两要件) is no 一要 list; its 是 items are.
        if (mark == '要' && markers.Count == 0)
        {
            return ItemMarkers(folded, from, first, out misnumbered, yao: false);
        }

        return markers;
    }
}
