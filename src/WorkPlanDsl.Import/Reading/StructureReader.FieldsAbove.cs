using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Fields written above their task: <c>责任单位：市交通运输局</c> on the line straight above <c>8.打通城市断头路…</c>, a
/// blank line between it and the task before. Read as under the task before, each task took the next one's units. They
/// head their tasks where one such field stands straight under a heading (it can be no task's but the
/// next), every task under that heading has fields above it (else a field under the heading is the heading's, for all
/// its tasks), and the document writes fewer fields straight under other lines than above its tasks; every such field
/// is then moved under the task it heads.
/// </summary>
internal sealed partial class StructureReader
{
    private void FieldsAboveTheirTasks(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None)
        {
            return;
        }

        var runs = new List<(int Start, int Task)>();
        for (var i = 0; i < body.Count; i++)
        {
            if (!IsRoleField(body[i]) || (i > 0 && body[i - 1].Line.Number >= body[i].Line.Number - 1 && body[i - 1].Line.Table is null && body[i - 1].Numbering.Kind == _taskKind))
            {
                continue;
            }

            var j = i + 1;
            while (j < body.Count && IsRoleField(body[j]) && body[j].Line.Number == body[j - 1].Line.Number + 1)
            {
                j++;
            }

            var blankAbove = i == 0 || body[i - 1].Line.Number < body[i].Line.Number - 1;
            if (!blankAbove || j >= body.Count || body[j].Line.Table is not null || body[j].Numbering.Kind != _taskKind
                || body[j].Line.Number != body[j - 1].Line.Number + 1 || (j + 1 < body.Count && IsRoleField(body[j + 1]) && body[j + 1].Line.Number == body[j].Line.Number + 1))
            {
                i = j - 1;
                continue;
            }

            runs.Add((i, j));
            i = j;
        }

        // A field under a heading over tasks that name none (牵头单位：X, then 1.… 2.…) is the heading's: only where every
        // task under that heading has fields above it are they the tasks'.
        for (var r = 0; r < runs.Count; r++)
        {
            var heading = runs[r].Start - 1;
            while (heading >= 0 && !IsHeadingLine(body, heading))
            {
                heading--;
            }

            var end = heading + 1;
            while (end < body.Count && !IsHeadingLine(body, end))
            {
                end++;
            }

            var tasks = Enumerable.Range(heading + 1, end - heading - 1).Count(k => body[k].Line.Table is null && body[k].Numbering.Kind == _taskKind);
            if (runs.Count(x => x.Start > heading && x.Start < end) < tasks)
            {
                runs.RemoveAll(x => x.Start > heading && x.Start < end);
                r = -1;
            }
        }

        // A document that writes its fields under the lines before them, with no blank line between, writes them under
        // their tasks.
        var under = Enumerable.Range(1, System.Math.Max(0, body.Count - 1)).Count(i => IsRoleField(body[i]) && !IsRoleField(body[i - 1])
            && body[i - 1].Line.Table is null && body[i - 1].Line.Number == body[i].Line.Number - 1);
        // Straight under a heading: no task above it to be a field of.
        var evidence = runs.Any(x => IsHeadingLine(body, x.Start - 1));
        if (!evidence || runs.Count < 2 || under >= runs.Count)
        {
            return;
        }

        for (var r = runs.Count - 1; r >= 0; r--)
        {
            var (start, task) = runs[r];
            var fields = body.GetRange(start, task - start);
            body.RemoveRange(start, task - start);
            body.InsertRange(start + 1, fields);
        }
    }

    private bool IsHeadingLine(List<(SourceLine Line, Numbering Numbering)> body, int at)
        => at >= 0 && at < body.Count && body[at].Line.Table is null && body[at].Numbering.Kind is not (NumberingKind.None or NumberingKind.Damaged or NumberingKind.ItemLead)
            && body[at].Numbering.Kind != _taskKind;

    private static bool IsRoleField((SourceLine Line, Numbering Numbering) entry)
    {
        var folded = entry.Line.Folded.Trim();
        var colon = folded.IndexOfAny(new[] { '：', ':' });
        return entry.Line.Table is null && entry.Numbering.Kind == NumberingKind.None && colon is > 1 and <= 8 && folded.Length - colon > 2
            && RoleWords.Label(folded.Substring(0, colon)) is Role.Lead or Role.Accountable or Role.Support;
    }
}
