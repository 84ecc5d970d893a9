using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A field line closing a sub-heading's group of tasks: <c>（一）村庄规划编制</c>, then <c>1．</c> <c>2．</c> <c>3．</c>, then
/// <c>牵头单位：县规划局　责任单位：县国土资源局</c> before <c>（二）</c>. Where the document writes its fields only so (no field
/// line stands between two tasks of a group anywhere), the line is the group's, not its last task's.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly HashSet<int> _groupClosingFields = new();
    private readonly List<ImportedElement> _groupTasks = new();

    private void GroupClosingFields(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None)
        {
            return;
        }

        bool IsGroupHeading(Numbering n) => (n.Kind is NumberingKind.Parenthesized or NumberingKind.Chinese || (IsDottedHeading(n) && _sectionKind != n.Kind)) && n.Kind != _taskKind;
        bool IsField(int at) => body[at].Line.Table is null && RoleField(body[at]) != Role.None;

        var closing = new List<int>();
        var tasksInGroup = 0;
        var fieldInGroup = false;
        for (var i = 0; i < body.Count; i++)
        {
            var numbering = body[i].Numbering;
            if (IsGroupHeading(numbering) || body[i].Line.Table is not null)
            {
                tasksInGroup = 0;
                fieldInGroup = false;
                continue;
            }

            if (numbering.Kind == _taskKind)
            {
                if (fieldInGroup)
                {
                    // A field line between two tasks: the document gives each task its own fields.
                    return;
                }

                tasksInGroup++;
                continue;
            }

            if (!IsField(i))
            {
                continue;
            }

            var end = i;
            while (end + 1 < body.Count && IsField(end + 1))
            {
                end++;
            }

            var next = end + 1 < body.Count ? body[end + 1].Numbering : Numbering.None;
            if (tasksInGroup >= 2 && !fieldInGroup && (end + 1 == body.Count || IsGroupHeading(next) || next.Kind == _sectionKind))
            {
                closing.AddRange(body.Skip(i).Take(end - i + 1).Select(p => p.Line.Number));
            }

            fieldInGroup = true;
            i = end;
        }

        _groupClosingFields.UnionWith(closing);
    }

    // The field line closing the group: for each of its tasks, none of which names anyone itself.
    private bool GroupField(SourceLine line)
    {
        // A task whose own sentences give it to a body (市教育局要…) keeps the old reading: the fields are the last task's.
        if (!_groupClosingFields.Contains(line.Number) || _groupTasks.Count < 2
            || _groupTasks.Any(t => t.Leads.Count + t.Supports.Count > 0 || t.Subject is not null || t.Prose is not null))
        {
            return false;
        }

        var holder = _elements.Heading(line, 0, wholeLine: true);
        if (holder.Leads.Count + holder.Supports.Count == 0)
        {
            return false;
        }

        Text(line.Text);
        foreach (var task in _groupTasks)
        {
            holder.Leads.ForEach(task.AddLead);
            holder.Supports.ForEach(task.AddSupport);
            _elements.Review(task, line, NoteSeverity.Note, "the fields after the last of its part's tasks read for each of them (the document gives no task its own)");
        }

        _task = null;
        _groupTasks.Clear();
        return true;
    }
}
