using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A plan's work listed under the months or quarters it is due in (<c>三月：</c>, <c>第二季度（4—6月）</c>, <c>下半年</c>
/// on a line of their own over numbered tasks), in a plan with no section level of its own: each period is a section
/// of the tasks under it. Two or more such headings in a row, counting up through the year.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly Dictionary<int, string> _periodHeadings = new();

    // 三月：, 7—8月：, 第二季度（4—6月）, 一季度：, 上半年：. A month or 一季度 needs its colon or a bracket of months to be a
    // heading (6月 alone is a table's deadline cell copied a cell a line); 第二季度 and 上半年 say what they are.
    private static readonly Regex PeriodHeading = new(
        @"^[ 　]*(?<label>(?:(?<ordinal>第)?(?<quarter>[一二三四1-4])季度|(?<from>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[—–\-－~～至](?<to>[0-9]{1,2}|[一二三四五六七八九十]{1,3}))?月份?|(?<half>[上下])半年)(?<months>[（(][^（）()]{1,12}[）)])?)(?:[ 　]*(?<colon>[：:]))?",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Where a period's heading at the line's start ends (its label, months and colon), or -1 where the line opens with
    /// none; <paramref name="order"/> is the period's first month.
    /// </summary>
    internal static int PeriodHeadingEnd(string folded, out int order)
    {
        order = 0;
        if (PeriodHeading.Match(folded) is not { Success: true } period
            || !(period.Groups["colon"].Success || period.Groups["months"].Success || period.Groups["ordinal"].Success || period.Groups["half"].Success))
        {
            return -1;
        }

        order = period.Groups["quarter"].Success ? (Month(period.Groups["quarter"].Value) * 3) - 2
            : period.Groups["half"].Success ? (period.Groups["half"].Value == "上" ? 1 : 7)
            : Month(period.Groups["from"].Value);
        return order is > 0 and <= 12 ? period.Length : -1;
    }

    /// <summary>三月：, 第二季度（4—6月） alone on a line: a period over the work listed under it.</summary>
    internal static bool IsPeriodHeading(SourceLine line)
        => PeriodHeadingEnd(line.Folded, out _) is var end and > 0 && end == line.Folded.TrimEnd().Length;

    private void PeriodHeadings(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None || body.Any(b => b.Numbering.Kind == _sectionKind && _sectionKind != NumberingKind.None))
        {
            return;
        }

        var headings = new List<(int At, string Label)>();
        var last = 0;
        for (var i = 0; i + 1 < body.Count; i++)
        {
            if (body[i].Line.Table is null && body[i].Numbering.Kind == NumberingKind.None && IsPeriodHeading(body[i].Line)
                && NumberingAfter(body, i) == _taskKind && PeriodHeadingEnd(body[i].Line.Folded, out var order) is var end and > 0 && order > last)
            {
                headings.Add((i, body[i].Line.Text.Substring(0, end).Trim().TrimEnd('：', ':')));
                last = order;
            }
        }

        if (headings.Count >= 2)
        {
            headings.ForEach(h => _periodHeadings[h.At] = h.Label);
        }
    }

    // The numbering of the next numbered line after i, over the paragraphs of a period's own words (本季度未注明…的，由X牵头).
    private static NumberingKind NumberingAfter(List<(SourceLine Line, Numbering Numbering)> body, int i)
    {
        for (var j = i + 1; j < body.Count && j <= i + 3; j++)
        {
            if (body[j].Numbering.Kind != NumberingKind.None || body[j].Line.Table is not null)
            {
                return body[j].Numbering.Kind;
            }
        }

        return NumberingKind.None;
    }

    private void OpenPeriodHeading(SourceLine line, string period)
    {
        // The period's name without its colon is the section's title; the tasks before it are no part of the paragraphs
        // after it.
        OpenSection(SourceLine.Of(line.Number, period), Numbering.None, readHeading: false);
        _paragraphTasks.Clear();
    }
}
