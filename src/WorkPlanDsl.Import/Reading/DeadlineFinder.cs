using System;
using System.Text.RegularExpressions;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Finds the deadline a paragraph states (6月底前, 年底前, 年内, 8月份, 三季度) and keeps its words as printed. Where a
/// paragraph names several, the one that falls latest in the plan's year is the element's deadline.
/// </summary>
internal static class DeadlineFinder
{
    // 3年内, 两年内, 半年内: a span of years counted from now, not the plan's year (2024年内 is that year).
    // 明年底前, 次年3月底前: the year is named from the plan's, and the words are kept whole so that the build reads the
    // right year (年底前 alone would be the plan's own year-end); 13月 is no month, so 3月 is not read out of it.
    // 次/翌/后 only where they start the words or follow a preposition (于次年3月底前): 一次年底检查, 此次年底前 (this
    // time), 以后年度内, 今后年内 (from now on), 滞后年底前 are the plan's own year; 明 not at the end of a word (情况说明
    // 年底前报送). 去年底 is a baseline (比去年底增长), never a deadline: see NoCount.
    private const string Relative = "(?:今|(?:(?<![\u4E00-\u9FFF\\d])|(?<=[于至到在的及和并或争前]))[翌后次]|(?<![说表证声查阐标注指透文光聪发分鲜英高简辨讲申开澄昭黎清鉴])明)";

    private const string NoCount = @"(?<![一二三两四五六七八九十几数多个半去]|(?<!\d)\d{1,2})";

    private static readonly Regex Phrase = new(
        @"(?:\d{4}年|" + Relative + @"年)?(?<!\d|去年)(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底前|底|末前|末|前|中旬前|上旬前|下旬前|中旬|上旬|下旬)"
        + @"|(?:\d{4}年?|" + Relative + "年?|" + NoCount + ")(?:年底前|年底|年内|年末|年度内|上半年|下半年)"
        + @"|(?:\d{4}年|" + Relative + @"年)?第?[一二三四]季度(?:末)?",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(500));

    private static readonly Regex Field = new(
        @"(?:\d{4}年|" + Relative + @"年)?(?<!\d|去年)(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:[0-3]?\d日)?(?:份|底前|底|末前|末|前|中旬前|上旬前|下旬前|中旬|上旬|下旬)?"
        + @"|(?:\d{4}年?|" + Relative + "年?|" + NoCount + ")(?:年底前|年底|年内|年末|年度内|上半年|下半年)"
        + @"|(?:\d{4}年|" + Relative + @"年)?第?[一二三四]季度(?:末)?",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(500));

    /// <summary>
    /// The deadline a time field or column states (<c>完成时限：2024年6月30日前</c>, <c>6月底</c>), with its digits as ASCII;
    /// null where its words name no date the plan can hold (长期坚持, 持续推进).
    /// </summary>
    public static string? FindInField(string words, int? year)
    {
        var folded = ChineseText.Fold(words);
        try
        {
            string? best = null;
            PlanDate? bestDate = null;
            foreach (Match match in Field.Matches(folded))
            {
                var date = DeadlineReader.Read(match.Value, year);
                if (best is null || (date is { } d && (bestDate is not { } b || d.CompareTo(b) > 0)))
                {
                    best = ChineseText.AsciiDigits(words.Substring(match.Index, match.Length));
                    bestDate = date;
                }
            }

            return best;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// True for words that say when and nothing else (<c>2026年9月底前完成</c>, <c>年底前</c>, <c>长期坚持</c>): the time part
    /// of a clause that gives it no label.
    /// </summary>
    public static bool IsDeadlineOnly(string folded)
    {
        var words = folded.Trim(' ', '\u3000', '。', '.', '；', ';');
        foreach (var prefix in WhenWords)
        {
            if (words.StartsWith(prefix, StringComparison.Ordinal) && words.Length > prefix.Length)
            {
                words = words.Substring(prefix.Length);
                break;
            }
        }

        foreach (var suffix in DoneWords)
        {
            if (words.EndsWith(suffix, StringComparison.Ordinal) && words.Length > suffix.Length)
            {
                words = words.Substring(0, words.Length - suffix.Length);
                break;
            }
        }

        if (Array.IndexOf(Ongoing, words) >= 0 || Recurrence.IsMatch(words))
        {
            return true;
        }

        try
        {
            var match = Field.Match(ChineseText.AsciiDigits(words));
            return match.Success && match.Index == 0 && match.Length == words.Length && match.Length > 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The length of the words that say when at the start of <paramref name="folded"/> where the rest is only what is done
    /// by then (<c>于9月底前完成报批发布工作</c>: 于9月底前), or 0.
    /// </summary>
    public static int WhenThenDone(string folded)
    {
        var words = folded.TrimStart(' ', '\u3000');
        var start = folded.Length - words.Length;
        foreach (var prefix in WhenWords)
        {
            if (words.StartsWith(prefix, StringComparison.Ordinal))
            {
                start += prefix.Length;
                break;
            }
        }

        try
        {
            var match = Field.Match(ChineseText.AsciiDigits(folded), start);
            if (!match.Success || match.Index != start)
            {
                return 0;
            }

            // Not 完成并报市政府 (a body the work goes to after) nor 完成后由X验收: the words after are the work alone.
            var end = match.Index + match.Length;
            return end < folded.Length && string.CompareOrdinal(folded, end, "完成", 0, 2) == 0 && !HandedTo.IsMatch(folded, end) ? end : 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }

    // 报市政府, 报送县委, 交由各区, 由市住建局验收: a body the work goes to (报批 is the work's own word).
    private static readonly Regex HandedTo = new(
        @"(?:报送?|送|交由?|向|由|请|经)(?:[省市县区州盟旗乡镇各]|国务院|党委|政府)", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(500));

    // 每季度开展一次, 每月调度, 每年评估一次: how often, which says when as a deadline does.
    private static readonly Regex Recurrence = new(
        @"^每(?:个)?(?:年度?|半年|季度?|月|周|旬|日|天)[\u4E00-\u9FFF\d]{0,6}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(500));

    private static readonly string[] DoneWords = { "前完成", "完成", "前" };

    // 会同A、B，于10月底前完成; 并于, 力争于年底前完成: the preposition or resolve before a date says nothing more.
    private static readonly string[] WhenWords = { "力争于", "确保于", "并于", "力争", "确保", "于", "在" };

    private static readonly string[] Ongoing = { "长期坚持", "持续推进", "长期推进", "持续开展", "长期", "持续" };

    public static string? Find(string text, string folded, int? year)
    {
        string? best = null;
        PlanDate? bestDate = null;
        try
        {
            foreach (Match match in Phrase.Matches(folded))
            {
                var date = DeadlineReader.Read(match.Value, year);
                if (best is null || (date is { } d && (bestDate is not { } b || d.CompareTo(b) > 0)))
                {
                    best = ChineseText.AsciiDigits(text.Substring(match.Index, match.Length));
                    bestDate = date;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return best;
        }

        return best;
    }
}
