using System.Collections.Generic;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Plain text as blocks: every line that is not blank is a paragraph, numbered as the text numbers its lines (CR, LF
/// or CRLF end a line). The breaks that editors do not count as lines, but that end a paragraph all the same (Word's
/// manual line break copied out as a vertical tab, a form feed, U+2028, U+2029, U+0085), split the line into
/// paragraphs that share its number.
/// </summary>
public static class PlainText
{
    public static List<DocumentBlock> Blocks(string text)
    {
        var blocks = new List<DocumentBlock>();
        var number = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            number++;
            AddLine(blocks, number, text, start, i);
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return blocks;
    }

    private static void AddLine(List<DocumentBlock> blocks, int number, string text, int start, int end)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !IsParagraphBreak(text[i]))
            {
                continue;
            }

            if (!IsBlank(text, from, i))
            {
                blocks.Add(new ParagraphBlock(number, text.Substring(from, i - from)));
            }

            from = i + 1;
        }
    }

    private static bool IsParagraphBreak(char c) => c is '\v' or '\f' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
