using System.Collections.Generic;

namespace WorkPlanDsl.Import.Documents;

/// <summary>Plain text as blocks: every line that is not blank is a paragraph, numbered as the text numbers its lines.</summary>
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
            if (!IsBlank(text, start, i))
            {
                blocks.Add(new ParagraphBlock(number, text.Substring(start, i - start)));
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return blocks;
    }

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
