using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import;

/// <summary>A non-empty line of the document: its 1-based number, its text as printed (trimmed), and the folded text.</summary>
internal sealed class SourceLine
{
    private SourceLine(int number, string text, Documents.TableBlock? table = null)
    {
        Number = number;
        Text = text;
        Folded = Reading.RoleSentences.Rephrased(Reading.QuotedWords.Blanked(ChineseText.Fold(text)));
        Table = table;
    }

    /// <summary>A table, read as a table (its text is empty: it has no numbering, chrome or metadata of its own).</summary>
    public Documents.TableBlock? Table { get; }

    public static SourceLine Of(int number, string text) => new(number, text);

    /// <summary>
    /// A later part of a paragraph that holds two numbered tasks (<c>10. …。11. …（X牵头）</c>): its own line, with the
    /// paragraph's line number, and marked so that the clause closing the paragraph can be the first part's too.
    /// </summary>
    public static SourceLine LaterPart(int number, string text) => new(number, text) { IsLaterPart = true };

    /// <summary>True for a later part of a paragraph that holds several numbered tasks (see <see cref="LaterPart"/>).</summary>
    public bool IsLaterPart { get; private init; }

    /// <summary>
    /// The tabs a line of tab-separated cells started with before it was trimmed (⇥2⇥扩大…: a row copied out of Excel
    /// under a category printed on its group's first row only): empty cells to a table of as many columns, and mere
    /// indentation to anything else (⇥1.⇥推进…, a Word list copied as text).
    /// </summary>
    public int LeadingTabs { get; private init; }

    /// <summary>
    /// The spaces a line started with before it was trimmed: pdftotext -layout prints a form's value lines indented to
    /// their column and its labels at the margin (see Reading.FieldRecords).
    /// </summary>
    public int Indent { get; private init; }

    public static SourceLine OfTable(Documents.TableBlock table, bool rebuilt = false) => new(table.Line, string.Empty, table) { IsRebuilt = rebuilt };

    /// <summary>True for a table rebuilt from text copied out of one: its carried cells are the recogniser's reading.</summary>
    public bool IsRebuilt { get; private init; }

    public int Number { get; }

    public string Text { get; }

    /// <summary>
    /// The text with traditional characters folded to simplified, index for index; a quote holding role words blanked
    /// (<see cref="Reading.QuotedWords"/>): patterns read the document's own words only.
    /// </summary>
    public string Folded { get; }

    /// <summary>
    /// The lines the recogniser reads from a document's paragraphs, and its tables as tables. White space at either end is not the
    /// plan's words, and neither is the ASCII '?' that a damaged copy leaves where a (full-width or non-breaking)
    /// space was, as in '??? 各市卫生计生委:?'.
    /// </summary>
    public static List<SourceLine> FromBlocks(IEnumerable<Documents.DocumentBlock> blocks)
    {
        var lines = new List<SourceLine>();
        var list = blocks.ToList();
        var noColumnsBefore = 0;
        for (var b = 0; b < list.Count; b++)
        {
            var block = list[b];
            if (b >= noColumnsBefore && TwoColumns(list, b, out noColumnsBefore) is { } run)
            {
                // Two columns side by side: the left column's lines, then the right column as one paragraph.
                foreach (var (line, left, _) in run)
                {
                    Add(lines, line, left);
                }

                Add(lines, run[0].Line, string.Concat(run.Select(r => r.Right.Trim())));
                b += run.Count - 1;
                continue;
            }

            if (block is Documents.ParagraphBlock paragraph)
            {
                Add(lines, paragraph.Line, paragraph.Text);
            }
            else if (block is Documents.TableBlock { Rows.Count: > 0 } table)
            {
                lines.Add(OfTable(VisibleCells(table)));
            }
        }

        return lines;
    }

    private static readonly System.Text.RegularExpressions.Regex NumberStart = new(
        @"^[ \u3000]*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A fixed-width page printing two columns side by side (計畫內容 on the left, 預期成果 on the right, each with its
    /// own 1. and (1)): at least four consecutive lines, each with one wide gap, the second column starting at the same
    /// printed column (give or take four), and both columns numbering their own lines. Null where the lines are not
    /// such a run. <paramref name="noRunBefore"/> is the block before which no run can start where this one fails: a
    /// run that ended where the gaps end (not where the second column moved) holds every run starting inside it, and
    /// those number fewer lines, so thousands of gapped lines are scanned once, not once per line.
    /// </summary>
    private static List<(int Line, string Left, string Right)>? TwoColumns(List<Documents.DocumentBlock> blocks, int from, out int noRunBefore)
    {
        var run = new List<(int Line, string Left, string Right)>();
        var column = -1;
        var moved = false;
        var b = from;
        for (; b < blocks.Count && blocks[b] is Documents.ParagraphBlock paragraph; b++)
        {
            var text = paragraph.Text.TrimEnd();
            var gaps = Documents.PageColumns.Gap.Matches(text);
            if (gaps.Count != 1)
            {
                break;
            }

            var at = gaps[0].Index + gaps[0].Length;
            var printed = Width(text.Substring(0, at));
            if (column >= 0 && System.Math.Abs(printed - column) > 4)
            {
                moved = true;
                break;
            }

            column = column < 0 ? printed : column;
            run.Add((paragraph.Line, text.Substring(0, gaps[0].Index), text.Substring(at)));
        }

        noRunBefore = moved ? from + 1 : b;
        return run.Count >= 4 && run.Count(r => NumberStart.IsMatch(r.Left)) >= 2 && run.Any(r => NumberStart.IsMatch(r.Right)) ? run : null;
    }

    // Columns a fixed-width font gives the text: two for a CJK or full-width character, one for the rest.
    private static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += (c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6'))) ? 2 : 1;
        }

        return width;
    }

    private static void Add(List<SourceLine> lines, int number, string text)
    {
        var trimmed = Reading.SpacedLabels.Joined(Trim(Visible(text)));
        var tabs = 0;
        while (tabs < text.Length && text[tabs] == '\t')
        {
            tabs++;
        }

        if (trimmed.Length > 0)
        {
            var indent = 0;
            while (indent < text.Length && text[indent] is ' ' or '\u3000')
            {
                indent++;
            }

            // ⇥面积8万平方米⇥⇥⇥ or ⇥⇥⇥县自然资源局: one cell's words between tabs, or after two or more, are a row of a tabbed
            // copy too, not a paragraph indented by one.
            var row = trimmed.IndexOf('\t') >= 0 || tabs >= 2 || (tabs > 0 && text.TrimEnd(' ', '\u3000', '\r', '\n').EndsWith("\t", System.StringComparison.Ordinal));
            lines.Add(new SourceLine(number, trimmed) { LeadingTabs = row ? tabs : 0, Indent = indent });
        }
    }

    private static string Trim(string line)
    {
        var end = line.Length;
        while (end > 0 && (IsSpace(line[end - 1]) || line[end - 1] == '?'))
        {
            end--;
        }

        // Leading '?' only where it stands for indentation: a run of them ending in white space.
        var start = 0;
        var probe = 0;
        while (probe < end && (IsSpace(line[probe]) || line[probe] == '?'))
        {
            probe++;
            if (IsSpace(line[probe - 1]))
            {
                start = probe;
            }
        }

        while (start < end && IsSpace(line[start]))
        {
            start++;
        }

        // '??' glued to the words (??一、…, ??(一)…, ??为深入…): the full-width indent, each space a '?'. A single '?'
        // before misdecoded bytes (?。ǘ┓) is a damaged number, and stays.
        var marks = start;
        while (marks < end && line[marks] == '?')
        {
            marks++;
        }

        if (marks - start >= 2 && marks < end && (IsIdeograph(line[marks]) || line[marks] is '(' or '（' or '《' or '“' || (line[marks] >= '0' && line[marks] <= '9')))
        {
            start = marks;
        }

        return line.Substring(start, end - start);
    }

    /// <summary>
    /// The text without the characters that print as nothing (zero-width space and joiners, word joiner, a BOM inside
    /// the text, direction marks, variation selectors): editors and WeChat put them inside words (市人力资源\u200B和社会保障局), where a reader sees none.
    /// </summary>
    private static string Visible(string text)
    {
        if (text.IndexOfAny(Invisible) < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (System.Array.IndexOf(Invisible, c) < 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Documents.TableBlock VisibleCells(Documents.TableBlock table)
        => table.Rows.All(r => r.Cells.All(c => c.Text.IndexOfAny(Invisible) < 0))
            ? table
            : new Documents.TableBlock(table.Line, table.Rows
                .Select(r => r.WithCells(r.Cells.Select(c => new Documents.TableCell(Visible(c.Text), c.IsMergedCopy)).ToList()))
                .ToList(), table.Marks);

    // Also the marks that set a run's direction (left-to-right, right-to-left, their embeddings and isolates) and the
    // selectors of an emoji's or a character's variant: a copy from a web page or a chat carries them before numbers.
    private static readonly char[] Invisible =
    {
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u061C', '\u180E', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069', '\uFE0E', '\uFE0F',
    };

    private static bool IsIdeograph(char c) => c >= '\u4E00' && c <= '\u9FFF';

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';
}
