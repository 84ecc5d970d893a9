using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Reading;

namespace WorkPlanDsl.Import;

/// <summary>A plan's work listed under the months or quarters it is due in, each period's heading with words after it.</summary>
internal readonly partial record struct Numbering
{
    // 第二季度（4—6月）：本季度未注明牵头处室的，由X牵头。: after a colon too, words about the period's own tasks are no work
    // of the month's.
    private static readonly System.Text.RegularExpressions.Regex PeriodsOwnWords = new(
        @"^(?:本季度|本月|本阶段|本期|本时段|以下|下列)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 本季度未注明牵头处室的，由X牵头; 本月各项工作均由X负责: a rule for the period's tasks, not the work of the month
    // (2月：本月启动…劝导行动（X负责）).
    private static readonly System.Text.RegularExpressions.Regex RuleForThePeriod = new(
        @"^(?:以下|下列)|(?:未注明|未明确|未列明|未标明|未标注|没有注明|未写明)[^。]*的|(?:均|统一|一律)由", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>第二季度（4—6月）　本季度所列工作未注明责任处室的，由X牵头组织。</c>: a period's heading and, after a space (or a colon
    /// and words about the period's tasks), words of its own (a rule for its tasks). Where two or more lines open with a
    /// period's heading, alone or so, each such line is parted there: the heading on its line, the words on the next, read
    /// as any paragraph is.
    /// </summary>
    private static void PeriodHeadings(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        var headings = new List<(int At, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, numbering) = lines[i];
            if (numbering.Kind != NumberingKind.None || line.Table is not null || StructureReader.PeriodHeadingEnd(line.Folded, out _) is not (var end and > 0))
            {
                continue;
            }

            var words = end;
            while (words < line.Folded.Length && line.Folded[words] is ' ' or '　' or '\t' or '\u00A0')
            {
                words++;
            }

            if (words == line.Folded.TrimEnd().Length)
            {
                headings.Add((i, -1));
            }
            else if ((words > end && line.Folded[end - 1] is not ('：' or ':'))
                || (PeriodsOwnWords.IsMatch(line.Folded.Substring(words)) && RuleForThePeriod.IsMatch(line.Folded.Substring(words))))
            {
                // 第二季度（4—6月）　本季度…, 第二季度：本季度…; not 6月底前完成…, nor 三月份以来. 1月：开展… is a month's own
                // work (see StructureReader.MonthLineTasks), and 三月：①…②… a list parted from its month where a paragraph's
                // is (SharedParagraphs): both left whole.
                headings.Add((i, Read(SourceLine.Of(line.Number, line.Text.Substring(words))).Kind == NumberingKind.None ? words : -1));
            }
        }

        if (headings.Count < 2)
        {
            return;
        }

        foreach (var (at, words) in Enumerable.Reverse(headings).Where(h => h.End > 0))
        {
            var whole = lines[at].Line;
            var heading = whole.IsLaterPart ? SourceLine.LaterPart(whole.Number, whole.Text.Substring(0, words).TrimEnd()) : SourceLine.Of(whole.Number, whole.Text.Substring(0, words).TrimEnd());
            var rest = SourceLine.LaterPart(whole.Number, whole.Text.Substring(words));
            lines[at] = (heading, None);
            lines.Insert(at + 1, (rest, Read(rest)));
        }
    }
}
