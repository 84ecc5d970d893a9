using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import;

/// <summary>A bilingual plan's paragraphs printed again in another language under the same number.</summary>
internal readonly partial record struct Numbering
{
    /// <summary>
    /// <c>1. 完善安全生产责任体系。…</c> then <c>1. Improve the safety accountability system. …</c>: the second is the first's
    /// translation under the same number, its words and no task of its own.
    /// </summary>
    private static void Translations(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        Numbering? lastChinese = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            if (numbering.Kind == NumberingKind.None || line.Table is not null)
            {
                continue;
            }

            // Folded, so that full-width letters (Ｉｍｐｒｏｖｅ) count as the Latin they are.
            var foreign = IsForeign(line.Folded.Substring(numbering.BodyStart));
            if (foreign && lastChinese is { } chinese && chinese.Kind == numbering.Kind && chinese.Label == numbering.Label)
            {
                lines[i] = (line, None);
                continue;
            }

            lastChinese = foreign ? null : numbering;
        }
    }

    // Words in Latin letters with no Chinese in them: Improve the safety accountability system.
    private static bool IsForeign(string words)
    {
        var start = words.Substring(0, System.Math.Min(words.Length, 60));
        return !start.Any(ChineseText.IsHan) && start.Count(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') >= 8;
    }
}
