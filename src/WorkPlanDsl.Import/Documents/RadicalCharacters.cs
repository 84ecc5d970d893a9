using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Text copied out of a PDF (a viewer's copy, <c>pdftohtml</c>) often carries the font's radical glyphs for whole
/// characters: <c>⼈⺠政府</c> for 人民政府, <c>市⾃然资源局</c>, <c>⻔户⽹站</c>. They look the same and match nothing, so
/// a unit's name would differ from the same name typed elsewhere. Every block's words are read with the ideographs
/// they stand for: the Kangxi radicals and the compatibility ideographs by their Unicode decomposition, the
/// supplement's radicals that print a whole simplified character by the character.
/// </summary>
internal static class RadicalCharacters
{
    // The supplement's radicals that are whole characters (⺠ civilian 民, ⻓ simplified long 长); the others are only
    // parts of characters (⺮ bamboo, ⻏ city) and stay as printed.
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2E9F'] = '母', ['\u2EA0'] = '民', ['\u2EC1'] = '虎', ['\u2EC4'] = '西', ['\u2EC5'] = '见', ['\u2EC6'] = '角',
        ['\u2EC9'] = '贝', ['\u2ECB'] = '车', ['\u2ED1'] = '長', ['\u2ED3'] = '长', ['\u2ED4'] = '门', ['\u2ED8'] = '青',
        ['\u2ED9'] = '韦', ['\u2EDA'] = '页', ['\u2EDB'] = '风', ['\u2EDC'] = '飞', ['\u2EDD'] = '食', ['\u2EE2'] = '马',
        ['\u2EE3'] = '骨', ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟', ['\u2EE7'] = '卤', ['\u2EE8'] = '麦',
        ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEC'] = '齐', ['\u2EEE'] = '齿', ['\u2EF0'] = '龙', ['\u2EF3'] = '龟',
    };

    /// <summary><paramref name="blocks"/> with their words in ideographs; the same list where no block holds a radical.</summary>
    public static IReadOnlyList<DocumentBlock> InBlocks(IReadOnlyList<DocumentBlock> blocks)
        => blocks.Any(HoldsAny) ? blocks.Select(InBlock).ToList() : blocks;

    /// <summary>The text with every radical or compatibility glyph that stands for a character replaced by it.</summary>
    public static string ToIdeographs(string text)
    {
        if (!text.Any(IsCandidate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Ideograph(c));
        }

        return builder.ToString();
    }

    private static char Ideograph(char c)
    {
        if (Supplement.TryGetValue(c, out var character))
        {
            return character;
        }

        // ⼈ (Kangxi) and 金 (compatibility) decompose to one ideograph; a few compatibility ones leave the plane and stay.
        return c is >= '\u2F00' and <= '\u2FD5' or >= '\uF900' and <= '\uFAFF' && c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } single
            ? single[0]
            : c;
    }

    private static bool IsCandidate(char c) => c is >= '\u2E80' and <= '\u2FD5' or >= '\uF900' and <= '\uFAFF';

    private static bool HoldsAny(DocumentBlock block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Text.Any(IsCandidate),
        TableBlock table => table.Rows.Any(r => r.Cells.Any(c => c.Text.Any(IsCandidate))),
        _ => false,
    };

    private static DocumentBlock InBlock(DocumentBlock block) => block switch
    {
        ParagraphBlock paragraph when paragraph.Text.Any(IsCandidate) => new ParagraphBlock(paragraph.Line, ToIdeographs(paragraph.Text), paragraph.Marks.Select(InMark).ToList()),
        TableBlock table when HoldsAny(table) => new TableBlock(
            table.Line,
            table.Rows.Select(r => r.WithCells(r.Cells.Select(c => new TableCell(ToIdeographs(c.Text), c.IsMergedCopy)).ToList())).ToList(),
            table.Marks.ToDictionary(m => m.Key, m => m.Value.Select(InMark).ToArray())),
        _ => block,
    };

    private static MarkedWords InMark(MarkedWords mark) => new(mark.Mark, ToIdeographs(mark.Text));
}
