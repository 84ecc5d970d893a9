using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task whose responsibility is written as a ditto (（同上）, （责任单位同上）, （同第3项）, 责任单位：同上): it has the
/// roles of the task above it, or of the task with that number, as a table's 同上 cell has the row above's.
/// </summary>
internal sealed partial class StructureReader
{
    private const string DittoRoles = @"(?:责任|牵头|主办|承办|配合)?(?:单位|部门|处室|科室|分工|分工安排|责任单位)?";

    private const string DittoTarget = @"同(?:上|前|上一?项|第[ 　]*([0-9一二三四五六七八九十百]{1,4})[ 　]*(?:项|条|点)?(?:任务|工作)?)";

    // The whole of a bracket (or of a role field's value) is the ditto; 同上年 or 同第一季度 are words, not dittos.
    private static readonly System.Text.RegularExpressions.Regex DittoBracket = new(
        @"[（(][ 　]*" + DittoRoles + @"[ 　：:]*" + DittoTarget + @"[ 　。]*[）)][ 　。；;]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex DittoField = new(
        @"^[ 　]*(?:责任单位|牵头单位|责任部门|牵头部门|责任分工|承办单位|主办单位)[ 　]*[：:][ 　]*" + DittoTarget + @"[ 　。；;]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void ApplyDittos()
    {
        var tasks = AllTasks().OrderBy(t => t.Line).ToList();

        // 同第3项: the nearest task numbered 3 before the ditto (numbers that restart in each section mean this section's),
        // kept as the tasks go by, so that a plan of dittos is read in one pass.
        var lastNumbered = new Dictionary<int, ImportedElement>();
        for (var k = 0; k < tasks.Count; k++)
        {
            var task = tasks[k];
            if (task.Leads.Count + task.Supports.Count + task.Implementers.Count == 0 && Ditto(task) is { } ditto)
            {
                var source = ditto.Number is { } number ? lastNumbered.TryGetValue(number, out var numbered) ? numbered : null : k > 0 ? tasks[k - 1] : null;
                if (source is null || source.Leads.Count + source.Supports.Count == 0)
                {
                    _elements.Review(task, SourceLine.Of(task.Line, string.Empty), NoteSeverity.Note,
                        "'" + ditto.Words + "' (ditto) names " + (source is null ? "no task this document has" : "task " + source.Label?.Trim() + ", which names no one") + ": no lead read");
                }
                else
                {
                    source.Leads.ForEach(task.AddLead);
                    source.Supports.ForEach(task.AddSupport);
                    task.HasLeadField |= source.HasLeadField;
                    task.Due ??= source.Due;
                    _notes.Add(new ImportNote(task.Line, NoteSeverity.Note, "'" + ditto.Words + "' (ditto) is read as the responsibility of task " + source.Label?.Trim()));
                }
            }

            if (task.Label is { } label && LabelNumber(label) is { } value)
            {
                lastNumbered[value] = task;
            }
        }
    }

    private static (string Words, int? Number)? Ditto(ImportedElement task)
    {
        foreach (var text in new[] { task.Title }.Concat(task.Text))
        {
            var folded = ChineseText.Fold(text);
            var match = DittoBracket.Match(folded);
            if (!match.Success)
            {
                match = DittoField.Match(folded);
            }

            if (match.Success)
            {
                var number = match.Groups[1];
                return (match.Value.Trim(), number.Success ? ChineseText.ParseNumeral(number.Value) ?? ParseDigits(number.Value) ?? -1 : null);
            }
        }

        return null;
    }

    private static int? ParseDigits(string text)
        => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    // The number a task's label gives (3. → 3, （三） → 3, 1.3 → 3: the last part of a decimal number).
    private static int? LabelNumber(string label)
    {
        var folded = ChineseText.Fold(label);
        if (System.Text.RegularExpressions.Regex.Match(folded, @"(\d+)\D*$") is { Success: true } digits)
        {
            return ParseDigits(digits.Groups[1].Value);
        }

        var numeral = new string(folded.Where(c => "一二三四五六七八九十百".IndexOf(c) >= 0).ToArray());
        return numeral.Length > 0 ? ChineseText.ParseNumeral(numeral) : null;
    }
}
