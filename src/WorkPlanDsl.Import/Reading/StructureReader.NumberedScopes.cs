using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>Paragraphs that speak of tasks by their numbers: 第4至6项由X牵头, and a list of attachments 附件：1.… 2.….</summary>
internal sealed partial class StructureReader
{
    // 附件：, 附件：1.…: the list of the document's attachments starts (with its first entry numbered).
    private static readonly System.Text.RegularExpressions.Regex AttachmentList = new(
        @"^[ 　]*附件[ 　]*[：:][ 　]*(1[.．、])?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex AttachmentEntry = new(
        @"^[ 　]*(\d{1,2})[.．、]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True where the line opens a list of attachments with its first entry (附件：1.…分工表).</summary>
    internal static bool AttachmentsListed(string folded) => AttachmentList.Match(folded) is { Success: true } list && list.Groups[1].Success;

    /// <summary>The number an entry of the list starts with (2.各单位联络员名单 → 2), however its words read; 0 where none.</summary>
    internal static int AttachmentNumber(string folded)
        => AttachmentEntry.Match(folded) is { Success: true } entry ? int.Parse(entry.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    // （1—3项由…, 第4至6项由…, 上述第7、8项任务分别由…: tasks named by their numbers, then who does them.
    private static readonly System.Text.RegularExpressions.Regex NumberedScope = new(
        @"^[ 　]*[（(]?(?:以上|上述|前述)?(第?\d{1,3}(?:[ 　]*[、，,—\-－~～至到][ 　]*第?\d{1,3}){0,30})[ 　]*(?:项|条)(?:任务|工作)?(?:均|都|分别)?由",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 1—3 → 1, 2, 3; 7、8 → 7, 8; a range of more than a hundred is no range of tasks.
    private static List<int> Numbers(string spec)
    {
        var numbers = new List<int>();
        var parts = System.Text.RegularExpressions.Regex.Matches(spec, @"\d{1,3}|[—\-－~～至到]");
        for (var i = 0; i < parts.Count; i++)
        {
            if (!char.IsDigit(parts[i].Value[0]))
            {
                continue;
            }

            var value = int.Parse(parts[i].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (i + 2 < parts.Count && !char.IsDigit(parts[i + 1].Value[0]) && char.IsDigit(parts[i + 2].Value[0]))
            {
                var to = int.Parse(parts[i + 2].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (to < value || to - value > 100)
                {
                    return new List<int>();
                }

                numbers.AddRange(Enumerable.Range(value, to - value + 1));
                i += 2;
            }
            else
            {
                numbers.Add(value);
            }
        }

        return numbers.Distinct().ToList();
    }

    // The number a task's label carries (3 of 3. or 3、), or null.
    private static int? NumberOf(ImportedElement task)
        => task.Label is { } label && Numbering.Read(SourceLine.Of(0, label + "x")) is { Kind: not NumberingKind.None } n ? n.Value : null;
}
