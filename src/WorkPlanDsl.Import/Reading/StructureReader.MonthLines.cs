using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A plan's work set out month by month, one paragraph a month (<c>1月：开展…（办公室、采编部）</c>, <c>7—8月：…</c>,
/// <c>三月份：…</c>): each paragraph is a task labelled by its month, whether or not it names who does it. Three or more
/// such paragraphs in a row, their months counting up, nothing numbered among them, half of them at least naming who does
/// their work, and not a schedule of the numbered tasks' own work.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly Dictionary<int, (string Label, int BodyStart)> _monthLines = new();

    /// <summary>1月：, 7—8月：, 三月份：: a month's paragraph opening.</summary>
    internal static readonly System.Text.RegularExpressions.Regex MonthLabel = new(
        @"^[ 　]*(?<label>(?<from>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[—–\-－~～至](?<to>[0-9]{1,2}|[一二三四五六七八九十]{1,3}))?月份?)[ 　]*[：:]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void MonthLineTasks(List<(SourceLine Line, Numbering Numbering)> body)
    {
        PeriodHeadings(body);
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

            // A calendar of events (9月：开学典礼；教师节表彰) gives no work to anyone: half the months at least name who does theirs.
            if (run.Count >= 3 && run.Count(r => NamesWhoDoesIt(body[r.At].Line)) * 2 >= run.Count && !RepeatsTheTasks(body, run.Select(r => r.At).ToList()))
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

    // 3月：启动城镇老旧小区改造项目招标 beside 2.稳妥推进城镇老旧小区改造: a schedule of the numbered tasks' work, month by
    // month, not work of its own. So read where a third of the months or more share six characters running with the rest.
    private static bool RepeatsTheTasks(List<(SourceLine Line, Numbering Numbering)> body, List<int> months)
    {
        const int Run = 6;
        var inMonths = new HashSet<int>(months);
        var elsewhere = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < body.Count; i++)
        {
            if (!inMonths.Contains(i) && body[i].Line.Table is null)
            {
                foreach (var piece in Pieces(body[i].Line.Folded))
                {
                    for (var at = 0; at + Run <= piece.Length; at++)
                    {
                        elsewhere.Add(piece.Substring(at, Run));
                    }
                }
            }
        }

        var repeating = months.Count(m => Pieces(body[m].Line.Folded).Any(piece => Enumerable.Range(0, System.Math.Max(0, piece.Length - Run + 1)).Any(at => elsewhere.Contains(piece.Substring(at, Run)))));
        return repeating * 3 >= months.Count;
    }

    // The runs of Chinese characters: the words, not their punctuation or figures.
    private static IEnumerable<string> Pieces(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var han = i < folded.Length && folded[i] >= '\u4E00' && folded[i] <= '\u9FFF';
            if (han && start < 0)
            {
                start = i;
            }
            else if (!han && start >= 0)
            {
                yield return folded.Substring(start, i - start);
                start = -1;
            }
        }
    }

    // A clause naming bodies, or a closing bracket of bodies alone (（办公室、采编部）).
    private bool NamesWhoDoesIt(SourceLine line)
    {
        if (_elements.Clauses.Read(line.Text, line.Folded, line.Number).Any(c => c.Leads.Count + c.Supports.Count > 0))
        {
            return true;
        }

        var folded = line.Folded.TrimEnd().TrimEnd('。');
        if (folded.Length < 4 || folded[folded.Length - 1] is not ('）' or ')') || folded.LastIndexOfAny(new[] { '（', '(' }) is not (var open and > 0))
        {
            return false;
        }

        return CopiedTable.IsUnits(line.Text.Substring(open + 1, folded.Length - open - 2));
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
