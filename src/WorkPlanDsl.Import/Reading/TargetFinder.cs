using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Finds the quantified targets a paragraph states: a metric, a comparison and a number with its unit
/// (达到80%以上, 不低于60%, 新增托位4000个, 控制在10%以内, 8/10万以内). Matching runs on the folded text; the metric and
/// the unit are taken from the original.
/// </summary>
internal static class TargetFinder
{
    private const string Number = @"(?<number>\d+(?:\.\d+)?)";
    private const string Unit = @"(?<unit>%|‰|/10万|/万|万人|万元|万个|亿元|万|元|个|张|家|所|名|人|项|次|岁|天|小时|倍|台|床|间)?";
    private const string MetricStops = "，,。；;：:、（）()“”\"";
    private const int MaxMetricLength = 24;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    // Each pattern starts at the comparison word; the metric is read backwards from there, so no position of a long
    // paragraph is tried more than once.
    private static readonly (Regex Pattern, string Operator)[] Patterns =
    {
        (new Regex(@"(?:达到|提高到|提升到|增加到|增长到|稳定在|保持在)" + Number + Unit + "(?:以上)?", RegexOptions.CultureInvariant, Timeout), ">="),
        (new Regex(@"(?:不低于|不少于)" + Number + Unit, RegexOptions.CultureInvariant, Timeout), ">="),
        (new Regex(@"(?:超过|高于|大于)" + Number + Unit, RegexOptions.CultureInvariant, Timeout), ">"),
        (new Regex(@"(?:控制在|降低到|降至|下降到|不高于|不超过)" + Number + Unit + "(?:以内|以下)?", RegexOptions.CultureInvariant, Timeout), "<="),
        (new Regex(Number + Unit + "以内", RegexOptions.CultureInvariant, Timeout), "<="),
        (new Regex(@"新增[^，,。；;\d\s]{1,20}?" + Number + @"(?<unit>万个|个|张|家|所|名|人|间|床|台)", RegexOptions.CultureInvariant, Timeout), "="),
    };

    // Words around a metric that say how hard to try or when, not what is measured: 力争, 确保, 年内 ….
    private static readonly string[] Leading = { "力争", "确保", "争取", "年内", "年底前", "全年", "到年底", "使", "将", "要" };
    private static readonly string[] Trailing = { "力争", "确保", "争取", "要", "分别", "稳定" };

    private static (int Start, int Length) Trim(string folded, int start, int length)
    {
        var changed = true;
        while (changed && length > 0)
        {
            changed = false;
            foreach (var word in Leading)
            {
                if (length > word.Length && string.CompareOrdinal(folded, start, word, 0, word.Length) == 0)
                {
                    start += word.Length;
                    length -= word.Length;
                    changed = true;
                }
            }

            foreach (var word in Trailing)
            {
                if (length > word.Length && string.CompareOrdinal(folded, start + length - word.Length, word, 0, word.Length) == 0)
                {
                    length -= word.Length;
                    changed = true;
                }
            }
        }

        return (start, length);
    }

    /// <summary>The words before the comparison, back to the previous punctuation: what is measured.</summary>
    private static (int Start, int Length) MetricBefore(string folded, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxMetricLength && MetricStops.IndexOf(folded[start - 1]) < 0 && !char.IsWhiteSpace(folded[start - 1]))
        {
            start--;
        }

        return (start, end - start);
    }

    public static List<ImportedTarget> Find(string text, string folded)
    {
        var targets = new List<ImportedTarget>();
        var taken = new List<(int Start, int End)>();
        try
        {
            foreach (var (pattern, op) in Patterns)
            {
                foreach (Match match in pattern.Matches(folded))
                {
                    if (taken.Exists(t => match.Index < t.End && t.Start < match.Index + match.Length))
                    {
                        continue;
                    }

                    var unit = match.Groups["unit"];
                    var number = match.Groups["number"];
                    var (metricStart, metricLength) = op == "=" && folded[match.Index] == '新'
                        ? (match.Index, number.Index - match.Index)
                        : MetricBefore(folded, match.Index);
                    (metricStart, metricLength) = Trim(folded, metricStart, metricLength);
                    if (metricLength < 2)
                    {
                        continue;
                    }

                    taken.Add((match.Index, match.Index + match.Length));
                    targets.Add(new ImportedTarget(
                        text.Substring(metricStart, metricLength),
                        op,
                        match.Groups["number"].Value,
                        unit.Success && unit.Length > 0 ? text.Substring(unit.Index, unit.Length) : null));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological paragraph keeps the targets found so far; the words themselves stay in the text.
        }

        targets.Sort((a, b) => text.IndexOf(a.Metric, StringComparison.Ordinal).CompareTo(text.IndexOf(b.Metric, StringComparison.Ordinal)));
        return targets;
    }
}
