using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task-level heading that only names a kind of work (<c>（一）约束性指标</c>) over unnumbered lines that each close with
/// who does them (<c>耕地保有量保持在2000.9万亩。（市国土局牵头）</c>, then <c>单位工业增加值用水量…。（市水利局、…按职责分工负责）</c>):
/// each line is a task of its own, and the heading their section. Read as one task, the heading took every line's bodies,
/// and the second line's lead became its support.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly HashSet<int> _closedLineHeadings = new();
    private readonly HashSet<int> _closedLines = new();

    private void ClosedLineTasks(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None)
        {
            return;
        }

        for (var i = 0; i < body.Count; i++)
        {
            var (line, numbering) = body[i];
            if (numbering.Kind != _taskKind || line.Table is not null || Claimed(i) || !NamesAKindOfWork(line.Folded.Substring(numbering.BodyStart).Trim()))
            {
                continue;
            }

            var end = i + 1;
            while (end < body.Count && body[end].Numbering.Kind == NumberingKind.None && body[end].Line.Table is null && !Claimed(end))
            {
                end++;
            }

            var lines = Enumerable.Range(i + 1, end - i - 1).ToList();
            var closed = lines.Count(j => ClosesWithWhoDoesIt(body[j].Line));

            // The document's last line may be a copy's cut: it closes with nothing.
            if (closed >= 2 && (closed == lines.Count || (closed == lines.Count - 1 && end == body.Count && !ClosesWithWhoDoesIt(body[end - 1].Line))))
            {
                _closedLineHeadings.Add(i);
                _closedLines.UnionWith(lines);
            }

            i = end - 1;
        }
    }

    private bool Claimed(int at)
        => _measureHeadings.Contains(at) || _measureItems.Contains(at) || _measureTasks.Contains(at) || _leafTasks.Contains(at) || _leafSections.Contains(at)
            || _annexTitles.ContainsKey(at) || _groupClosingFields.Contains(at);

    // 约束性指标, 重点项目: a short name with no sentence, role or field in it.
    private static bool NamesAKindOfWork(string folded)
        => folded.Length is > 0 and <= 20 && folded.IndexOfAny(new[] { '。', '；', ';', '，', ',', '：', ':', '（', '(' }) < 0 && !RoleWords.HasRole(folded);

    // …。（市国土局牵头）: a line of work whose last words are a bracket giving it to a body; a bracket of names alone
    // (…增长11%（市发改委）) where the document reads such brackets so.
    private bool ClosesWithWhoDoesIt(SourceLine line)
    {
        var folded = line.Folded.TrimEnd().TrimEnd('。');
        if (folded.Length < 4 || folded[folded.Length - 1] is not ('）' or ')'))
        {
            return false;
        }

        var open = folded.LastIndexOfAny(new[] { '（', '(' });
        return open >= 4 && _elements.Clauses.Read(line.Text.Substring(0, folded.Length), folded, line.Number, new[] { folded.Length })
            .Any(c => c.Start >= open && c.Leads.Count > 0);
    }

    private void OpenClosedLineHeading(SourceLine line, Numbering numbering)
    {
        OpenSection(line, numbering, readHeading: false);
    }

    private void OpenClosedLine(SourceLine line)
    {
        _fieldsOfSubHeading = false;
        _task = _elements.Task(line, null!, 0);
        Tasks.Add(_task);
        _paragraphTasks.Clear();
        _paragraphTasks.Add(_task);
        _groupTasks.Add(_task);
        if (_heading is not null)
        {
            _headingTasks.Add(_task);
        }
    }
}
