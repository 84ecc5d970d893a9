using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Type marks a converter writes into plain text (and Markdown's <c>**bold**</c>): a Word file turned into Markdown by
/// pandoc and saved as text keeps an underline as <c>[市生态环境局]{.underline}</c> (older pandoc: <c>{.ul}</c>) or as
/// <c>&lt;u&gt;…&lt;/u&gt;</c>. The marks are the only place the text shows which unit the document underlined (说明：带下划线的为牵头单位), so the
/// paragraph keeps its words without the markup and carries them as underlined, as a .docx paragraph would.
/// </summary>
internal static class TextMarkup
{
    // [words]{.underline} and <u>words</u>: syntax no plan prints as its own words. Words without brackets or a line end.
    private static readonly Regex Underlined = new(
        @"\[(?<words>[^\[\]\r\n{}]{1,60})\]\{\.(?:underline|ul)\}|<u>(?<words>[^<>\r\n]{1,60})</u>", RegexOptions.CultureInvariant);

    // **words** (Markdown's bold, as a plan kept in a .md file or pasted from one prints it): opened after the line's
    // start, a space, a bracket, a colon, a separator, a pipe, a tag or inside a sentence (由**市数据局牵头**), never
    // before a separator (县住建局**、县财政局** is two signs); closed anywhere (**县发改局**牵头).
    private static readonly Regex Bold = new(
        @"(?<=^|[\s（(：:、，,；;|>\p{IsCJKUnifiedIdeographs}])\*\*(?<words>[^*\s、，,；;|][^*\r\n|]{0,59}?)\*\*(?!\*)", RegexOptions.CultureInvariant);

    /// <summary>The blocks, each paragraph with underline or bold markup read as marks and taken off its words.</summary>
    public static List<DocumentBlock> Read(List<DocumentBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock paragraph && paragraph.Marks.Count == 0 && (Underlined.IsMatch(paragraph.Text) || (paragraph.Text.Contains("**") && Bold.IsMatch(paragraph.Text))))
            {
                var marks = new List<MarkedWords>();
                var text = Underlined.Replace(paragraph.Text, m =>
                {
                    marks.Add(new MarkedWords(TypeMark.Underline, m.Groups["words"].Value));
                    return m.Groups["words"].Value;
                });
                text = Bold.Replace(text, m =>
                {
                    marks.Add(new MarkedWords(TypeMark.Bold, m.Groups["words"].Value));
                    return m.Groups["words"].Value;
                });
                blocks[i] = new ParagraphBlock(paragraph.Line, text, marks);
            }
        }

        return blocks;
    }
}
