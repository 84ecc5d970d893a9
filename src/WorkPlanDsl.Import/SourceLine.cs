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
    /// The document's non-empty lines. White space at either end is not the plan's words, and neither is the ASCII '?'
    /// that a damaged copy leaves where a (full-width or non-breaking) space was, as in '??? 各市卫生计生委:?'.
    /// </summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            number++;
            var trimmed = Trim(text.Substring(start, i - start));
            if (trimmed.Length > 0)
            {
                lines.Add(new SourceLine(number, trimmed));
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
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
