using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// The words a PDF prints at the top or the foot of every page (<c>榆汀市人民政府公报 2025年第4期（总第231期）</c>, the
/// plan's name), as <c>pdftotext</c> copies them: the first or last line of a page, between form feeds. A page break
/// puts them inside a sentence or a bracket (<c>…（牵</c> / <c>…公报…</c> / <c>头单位：市信访局）</c>), where they split a
/// role word. Tables read their own (see <see cref="LayoutTable"/>); here they leave the paragraphs, all but the first.
/// </summary>
internal static class RunningLines
{
    // A running head is a line of a page's margin, not a paragraph.
    private const int MaxLength = 60;

    /// <summary>The paragraphs of <paramref name="blocks"/> without the running lines of <paramref name="lines"/> after their first.</summary>
    public static List<DocumentBlock> Without(List<DocumentBlock> blocks, List<LayoutLine> lines)
    {
        var repeats = Repeats(lines);
        return repeats.Count == 0
            ? blocks
            : blocks.Where(b => !(b is ParagraphBlock paragraph && repeats.Contains((paragraph.Line, PlainText.Unspaced(paragraph.Text))))).ToList();
    }

    // The page edges whose words stand at the edge of half the pages or more: every one after the first in the
    // document. Words that open two pages of thirty by chance (完成时限：12月底前) stay.
    private static HashSet<(int Line, string Key)> Repeats(List<LayoutLine> lines)
    {
        var breaks = PageBreaks(lines);
        var edges = Edges(lines, breaks);
        var seen = new HashSet<string>();
        var pages = breaks.Count + 1;
        var counts = edges.GroupBy(e => e.Key).Where(g => g.Count() >= System.Math.Max(2, (pages + 1) / 2)).Select(g => g.Key).ToList();
        var repeats = new HashSet<(int Line, string Key)>();
        if (counts.Count == 0)
        {
            return repeats;
        }

        var running = new HashSet<string>(counts);
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var key = PlainText.Unspaced(line.Text);
            if (running.Contains(key) && !seen.Add(key) && edges.Contains((line.Number, key)))
            {
                repeats.Add((line.Number, key));
            }
        }

        return repeats;
    }

    // The lines that open a page: after a form feed; in text copied without them, after a page's number on a line of its
    // own (— 3 —, - 3 -, 第3页), which ends the page it numbers.
    private static HashSet<int> PageBreaks(List<LayoutLine> lines)
    {
        var breaks = new HashSet<int>(lines.Where(l => l.AfterPageBreak).Select(l => l.Number));
        if (breaks.Count > 0)
        {
            return breaks;
        }

        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && Reading.PageChrome.IsPageNumber(lines[i].Text))
            {
                breaks.Add(lines[i + 1].Number);
            }
        }

        return breaks;
    }

    // The first and the last line of each page that has a break before or after it.
    private static HashSet<(int Line, string Key)> Edges(List<LayoutLine> lines, HashSet<int> breaks)
    {
        var edges = new HashSet<(int Line, string Key)>();
        if (breaks.Count == 0)
        {
            return edges;
        }

        LayoutLine? first = null;
        LayoutLine? last = null;
        foreach (var line in lines)
        {
            if (breaks.Contains(line.Number))
            {
                Add(first);
                Add(last);
                (first, last) = (null, null);
            }

            if (!line.IsBlank)
            {
                first ??= line;
                last = line;
            }
        }

        Add(first);
        Add(last);
        return edges;

        void Add(LayoutLine? edge)
        {
            if (edge is not null && PlainText.Unspaced(edge.Text) is { Length: > 0 and <= MaxLength } key && !IsTableHeader(edge.Text) && !IsPlansWords(key))
            {
                edges.Add((edge.Number, key));
            }
        }
    }

    // 序号 重点任务 牵头单位 at the top of every page, or 序号 alone (a header a cell a line): a table's header printed
    // again, which the table readers use to find its rows; it stays.
    private static bool IsTableHeader(string text)
        => text.Split(new[] { ' ', '\u3000', '\t' }, System.StringSplitOptions.RemoveEmptyEntries).Any(word => Reading.TableColumns.Classify(word) != Reading.ColumnKind.None);

    // 牵头单位：县教育局。 or 3.推进… opening many pages: a field, a sentence or a task of the plan, which a page may
    // open or close by chance however often; a page's own words are a name and an issue, not fields or sentences.
    private static bool IsPlansWords(string key)
    {
        var folded = ChineseText.Fold(key);
        return folded.IndexOfAny(new[] { '：', ':', '。', '；', ';' }) >= 0 || Reading.RoleWords.HasRole(folded)
            || Numbering.Read(SourceLine.Of(0, key)).Kind != NumberingKind.None;
    }
}
