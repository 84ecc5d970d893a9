using System;
using System.Globalization;
using System.Text.RegularExpressions;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Binding;

/// <summary>
/// Works out the date a worded deadline means in the plan's year: 6月底前, 12月份, 9月中旬, 年底前, 年内, 上半年,
/// 三季度, 2025年6月底, 明年底前. Where the words name several dates (6月底前完成初稿，12月底前完成), the latest one counts.
/// </summary>
public static class DeadlineReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    // A year named from the plan's own (明年底前 in a 2024 plan is the end of 2025): without this, 年底 inside
    // 明年底前 read as the plan's year-end, a date a year early.
    // 次/翌/后/去 only where they start the words or follow a preposition (于次年3月底前): 一次年底检查, 此次年底前 (this
    // time), 以后年度内, 今后年内 (from now on) are the plan's own year; 明 not at the end of a word (说明年底前).
    private const string Relative = "(?<r>[今本当]|(?:(?<![\u4E00-\u9FFF0-9])|(?<=[于至到在的及和并或争前]))[翌后去次]|(?<![说表证声查阐标注指透文光聪发分鲜英高简辨讲申开澄昭黎清鉴])明)";

    private static readonly Regex Month = new(
        @"(?:(?<y>[0-9]+)年|" + Relative + "年)?(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?<d>[0-9]+)日|(?<p>上旬|中旬))?",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Quarter = new(
        @"(?:(?<y>[0-9]+)年|" + Relative + "年)?第?(?<q>[一二三四1-4])季度", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Half = new(
        @"(?:(?<y>[0-9]+)年?|" + Relative + "年)?(?<h>上半年|下半年)", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex YearEnd = new(
        @"(?:(?<y>[0-9]+)|" + Relative + "年?)?(?:年底|年末|年[内內]|年度[内內]|全年)", RegexOptions.CultureInvariant, Timeout);

    // A match right after a numeral is part of a longer number the words do not define as a date: 13月, 20255年底,
    // 二〇二五年底, 3年内 (within three years). It gives no date rather than a wrong one.
    private const string Numerals = "0123456789〇零一二三四五六七八九十百千两";

    public static PlanDate? Read(string text, int? planYear)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Full-width digits (６月底前) are what Chinese input methods type, and digits of every script mean their value:
        // folded to 0-9 first, the patterns match only what they parse.
        text = DecimalDigits.ToAscii(text);

        PlanDate? latest = null;
        try
        {
            foreach (Match m in Month.Matches(text))
            {
                if (Year(text, m, planYear) is not { } year)
                {
                    continue;
                }

                var month = MonthNumber(m.Groups["m"].Value);
                var last = DateTime.DaysInMonth(year, month);
                var day = m.Groups["d"].Success ? (int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0)
                    : m.Groups["p"].Value == "上旬" ? 10
                    : m.Groups["p"].Value == "中旬" ? 20
                    : last;
                if (day >= 1 && day <= last)
                {
                    latest = Later(latest, new PlanDate(year, month, day));
                }
            }

            foreach (Match m in Quarter.Matches(text))
            {
                if (Year(text, m, planYear) is { } year)
                {
                    var quarter = "一二三四".IndexOf(m.Groups["q"].Value[0]) is var q and >= 0 ? q + 1 : m.Groups["q"].Value[0] - '0';
                    latest = Later(latest, PlanDate.EndOfMonth(year, quarter * 3));
                }
            }

            foreach (Match m in Half.Matches(text))
            {
                if (Year(text, m, planYear) is { } year)
                {
                    latest = Later(latest, PlanDate.EndOfMonth(year, m.Groups["h"].Value == "上半年" ? 6 : 12));
                }
            }

            foreach (Match m in YearEnd.Matches(text))
            {
                if (Year(text, m, planYear) is { } year)
                {
                    latest = Later(latest, PlanDate.EndOfMonth(year, 12));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return latest;
        }

        return latest;
    }

    private static int? Year(string text, Match match, int? planYear)
    {
        if (match.Index > 0 && Numerals.IndexOf(text[match.Index - 1]) >= 0)
        {
            return null;
        }

        var relative = match.Groups["r"];
        if (relative.Success)
        {
            return planYear + relative.Value[0] switch
            {
                '明' or '次' or '翌' => 1,
                '后' => 2,
                '去' => -1,
                _ => 0,
            };
        }

        var group = match.Groups["y"];
        if (!group.Success)
        {
            return planYear;
        }

        return group.Length == 4 && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 ? year : null;
    }

    private static int MonthNumber(string text) => text switch
    {
        "十" => 10,
        "十一" => 11,
        "十二" => 12,
        _ when text.Length == 1 && "一二三四五六七八九".IndexOf(text[0]) is var i and >= 0 => i + 1,
        _ => int.Parse(text, CultureInfo.InvariantCulture),
    };

    private static PlanDate Later(PlanDate? current, PlanDate candidate)
        => current is { } c && c.CompareTo(candidate) >= 0 ? c : candidate;
}
