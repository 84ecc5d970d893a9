using System.Collections.Generic;

namespace WorkPlanDsl.Import;

/// <summary>A non-empty line of the document: its 1-based number, its text as printed (trimmed), and the folded text.</summary>
internal sealed class SourceLine
{
    private SourceLine(int number, string text)
    {
        Number = number;
        Text = text;
        Folded = ChineseText.Fold(text);
    }

    public int Number { get; }

    public string Text { get; }

    /// <summary>The text with traditional characters folded to simplified, index for index.</summary>
    public string Folded { get; }

    /// <summary>
    /// The lines the recogniser reads from a document's paragraphs; a table reaches it as one line per row, cells
    /// separated by a full-width space, until tables are recognised as tables. White space at either end is not the
    /// plan's words, and neither is the ASCII '?' that a damaged copy leaves where a (full-width or non-breaking)
    /// space was, as in '??? 各市卫生计生委:?'.
    /// </summary>
    public static List<SourceLine> FromBlocks(IEnumerable<Documents.DocumentBlock> blocks)
    {
        var lines = new List<SourceLine>();
        foreach (var block in blocks)
        {
            if (block is Documents.ParagraphBlock paragraph)
            {
                Add(lines, paragraph.Line, paragraph.Text);
            }
            else if (block is Documents.TableBlock table)
            {
                foreach (var row in table.Rows)
                {
                    Add(lines, row.Line, string.Join("\u3000", System.Linq.Enumerable.Select(row.Cells, c => c.Text)));
                }
            }
        }

        return lines;
    }

    private static void Add(List<SourceLine> lines, int number, string text)
    {
        var trimmed = Trim(text);
        if (trimmed.Length > 0)
        {
            lines.Add(new SourceLine(number, trimmed));
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

        return line.Substring(start, end - start);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';
}
