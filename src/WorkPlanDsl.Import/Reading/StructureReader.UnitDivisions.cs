using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The division of the work given body by body after the tasks: <c>县发改局：牵头第1、4、9项；配合第2、6项。</c>, then
/// <c>县市场监管局：牵头第2、3、8项…</c>. Each body's line gives it a role in the tasks it numbers; a task two lines lead has
/// two leads.
/// </summary>
internal sealed partial class StructureReader
{
    private static readonly System.Text.RegularExpressions.Regex UnitDivision = new(
        @"^[ 　]*(?<unit>[^：:，,。；;、\s]{2,30})[：:][ 　]*(?<parts>(?:(?:牵头负责|牵头|配合|负责|参与|协办|主办|协助)[ 　]*第[^；;。，,]{1,60}?项(?:任务|工作)?(?:中[^；;。，,]{1,30})?[ 　]*[；;，,]?[ 　]*)+)[。；;]?[ 　]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex DivisionPart = new(
        @"(?<role>牵头负责|牵头|配合|负责|参与|协办|主办|协助)[ 　]*(?<spec>第[^；;。，,]{1,60}?)项(?:任务|工作)?(?<part>中[^；;。，,]{1,30})?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The tasks given roles by such lines: another line may add to what one gave, never to what the task said itself.
    private readonly HashSet<ImportedElement> _dividedTasks = new();

    private bool DivisionOfABody(SourceLine line)
    {
        if (UnitDivision.Match(line.Folded) is not { Success: true } division || !UnitShape.IsOrganisation(division.Groups["unit"].Value))
        {
            return false;
        }

        var unit = line.Text.Substring(division.Groups["unit"].Index, division.Groups["unit"].Length).Trim();
        Text(line.Text);
        foreach (System.Text.RegularExpressions.Match part in DivisionPart.Matches(division.Groups["parts"].Value))
        {
            var role = part.Groups["role"].Value;
            var spec = part.Groups["spec"].Value;
            // 负责第（一）项任务中本辖区用地保障: a part of the task, beside its lead.
            var lead = role is "牵头" or "牵头负责" or "负责" or "主办" && !part.Groups["part"].Success;
            var holder = _elements.Heading(SourceLine.Of(line.Number, "（" + unit + (lead ? "牵头" : "配合") + "）"), 0, wholeLine: true);
            foreach (var task in ScopeTasks(Numbers(spec), spec))
            {
                if (lead && (task.Leads.Count == 0 || _dividedTasks.Contains(task)))
                {
                    holder.Leads.ForEach(task.AddLead);
                    _dividedTasks.Add(task);
                }
                else if (!lead && (task.Supports.Count == 0 || _dividedTasks.Contains(task)))
                {
                    holder.Supports.ForEach(task.AddSupport);
                    _dividedTasks.Add(task);
                }
            }
        }

        _task = null;
        return true;
    }
}
