using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import;

internal readonly partial record struct Numbering
{
    // 注：, 说明：1.…: a note's label, alone on its line or with its first item after it.
    private static readonly Regex NoteLabel = new(@"^[ 　]*(?:注|说明|备注|附注|填表说明|填报说明)[ 　]*[：:][ 　]*(?:(1)[.．、]|$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The numbered items of a note (注： / 1.牵头单位栏列两个单位的… / 2.…, or 说明：1.… / 2.…): the note's words, not tasks or
    /// a level of the plan. Without this, a note's three items under a table became the plan's task level, and the
    /// tasks above it text.
    /// </summary>
    private static void NoteItems(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Line.Table is not null || lines[i].Numbering.Kind != NumberingKind.None || NoteLabel.Match(lines[i].Line.Folded) is not { Success: true } label)
            {
                continue;
            }

            var expected = label.Groups[1].Success ? 2 : 1;
            var k = i + 1;
            var kind = NumberingKind.None;
            var tasksBefore = 0;
            while (k < lines.Count && lines[k].Line.Table is null && lines[k].Numbering.Kind is NumberingKind.Arabic or NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled
                && (kind == NumberingKind.None || lines[k].Numbering.Kind == kind) && lines[k].Numbering.Value == expected)
            {
                if (kind == NumberingKind.None)
                {
                    kind = lines[k].Numbering.Kind;
                    tasksBefore = LastValueBefore(lines, i, kind);
                }

                // 1.… 2.… then 注：1.… 2.… then 3.… 4.…: items that go on from the numbers before the note are those tasks' next.
                if (tasksBefore > 0 && expected > tasksBefore)
                {
                    break;
                }

                lines[k] = (lines[k].Line, None);
                expected++;
                k++;
            }

            i = k - 1;
        }
    }

    // The value of the last line numbered `kind` before `at`, 0 where none is.
    private static int LastValueBefore(List<(SourceLine Line, Numbering Numbering)> lines, int at, NumberingKind kind)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (lines[k].Line.Table is null && lines[k].Numbering.Kind == kind)
            {
                return lines[k].Numbering.Value;
            }
        }

        return 0;
    }
}
