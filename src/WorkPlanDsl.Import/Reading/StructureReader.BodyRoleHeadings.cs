using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task-level line that only says who does the work under it (<c>4、茄子河区政府负责:</c> over <c>(1)</c>…<c>(9)</c>,
/// none of which names anyone): the measures are the tasks, each that body's, and the line their heading. A line of the
/// same level that holds its own work (<c>5、市经委负责:对焦化…实施相应管理。</c>) stays a task, and ends the heading.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly HashSet<int> _bodyRoleHeadings = new();
    private bool _bodyRoleHeadingOpen;

    // 茄子河区政府负责:, 由市建设局牵头： — a clause naming a lead, then a colon, and nothing after it.
    private static bool IsBodyRoleHeading((SourceLine Line, Numbering Numbering) paragraph, ClauseReader reader)
    {
        var words = paragraph.Line.Folded.Substring(paragraph.Numbering.BodyStart).Trim();
        if (words.Length is < 4 or > 40 || words[words.Length - 1] is not ('：' or ':') || words.IndexOfAny(new[] { '。', '；', ';' }) >= 0)
        {
            return false;
        }

        var clause = "（" + words.Substring(0, words.Length - 1) + "）";
        return RoleWords.HasRole(clause) && reader.Read(clause, clause, 0, new[] { clause.Length }).Any(c => c.Leads.Count > 0 && c.Unread.Count == 0);
    }

    private void OpenBodyRoleHeading(SourceLine line, Numbering numbering)
    {
        CloseHeading();
        Text(line.Text);
        var holder = _elements.Heading(SourceLine.Of(line.Number, "（" + line.Text.Substring(numbering.BodyStart).Trim().TrimEnd('：', ':') + "）"), 0, wholeLine: true);
        _heading = holder.Leads.Count > 0 ? holder : null;
        _bodyRoleHeadingOpen = _heading is not null;
        _task = null;
    }

    // The next line of the heading's own level ends what it gives.
    private void EndBodyRoleHeading(Numbering numbering)
    {
        if (_bodyRoleHeadingOpen && numbering.Kind == _taskKind)
        {
            CloseHeading();
            _bodyRoleHeadingOpen = false;
        }
    }
}
