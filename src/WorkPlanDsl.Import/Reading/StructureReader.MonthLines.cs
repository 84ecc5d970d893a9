using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A plan's work set out month by month, one paragraph a month (<c>1月：开展…（办公室、采编部）</c>, <c>7—8月：…</c>,
/// <c>三月份：…</c>): each paragraph is a task labelled by its month, whether or not it names who does it. Three or more
/// such paragraphs in a row, their months counting up, and nothing numbered among them.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly Dictionary<int, (string Label, int BodyStart)> _monthLines = new();

    private static readonly System.Text.RegularExpressions.Regex MonthLabel = new(
        @"^[ 　]*(?<label>(?<from>\d{1,2}|[一二三四五六七八九十]{1,3})(?:[—–\-－~～至](?<to>\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?)[ 　]*[：:]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void MonthLineTasks(List<(SourceLine Line, Numbering Numbering)> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var run = new List<(int At, System.Text.RegularExpressions.Match Month)>();
            var last = 0;
            for (var j = i; j < body.Count && body[j].Line.Table is null && body[j].Numbering.Kind == NumberingKind.None
                && MonthLabel.Match(body[j].Line.Folded) is { Success: true } month && Month(month.Groups["from"].Value) is var from and > 0 && from > last && from <= 12; j++)
            {
                run.Add((j, month));
                last = month.Groups["to"].Success ? Month(month.Groups["to"].Value) : from;
            }

            if (run.Count >= 3)
            {
                foreach (var (at, month) in run)
                {
                    var label = body[at].Line.Text.Substring(month.Groups["label"].Index, month.Groups["label"].Length);
                    _monthLines[at] = (label, month.Length);
                }
            }

            i += System.Math.Max(run.Count, 1) - 1;
        }
    }

    private static int Month(string value)
        => char.IsDigit(value[0]) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : ChineseText.ParseNumeral(value) ?? 0;

    private void OpenMonthLine(SourceLine line, string label, int bodyStart)
    {
        _fieldsOfSubHeading = false;
        _task = _elements.Task(line, label, bodyStart);
        Tasks.Add(_task);
        _paragraphTasks.Clear();
        _paragraphTasks.Add(_task);
        if (_heading is not null)
        {
            _headingTasks.Add(_task);
        }
    }
}
