using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Reads what stands around the plan's body: the title (over several lines, or inside a notice that 印发s the plan),
/// the publication date (发布日期:2024-04-01, or the date under a notice), the issuer (the signature above that date),
/// the year, the source (信息来源, or the document number 国发〔2019〕3号), and drops the notice's addressees and body.
/// What is left of the head is the plan's preface.
/// </summary>
internal static class MetadataReader
{
    private static readonly Regex PublishedLine = new(@"发布日期[:：]\s*(?<y>\d{4})[-年/.](?<m>\d{1,2})[-月/.](?<d>\d{1,2})", RegexOptions.CultureInvariant);
    private static readonly Regex SourceInLine = new(@"(?:信息)?来源[:：]\s*(?<source>[^\s:：]+?)(?=\s|发布|$)", RegexOptions.CultureInvariant);
    private static readonly Regex DocumentNumber = new(@"^[\u4E00-\u9FFF]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$", RegexOptions.CultureInvariant);
    private static readonly Regex DateLine = new(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$", RegexOptions.CultureInvariant);
    private static readonly Regex ChineseDateLine = new(@"^(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$", RegexOptions.CultureInvariant);
    private static readonly Regex TitleYear = new(@"(?<y>(?:19|20)\d{2})年", RegexOptions.CultureInvariant);
    private static readonly Regex Quoted = new(@"《(?<title>[^《》]{4,80})》", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads metadata from the head (the lines before the body) and from every line (dates, signatures); returns the
    /// head's lines that remain, the preface. <paramref name="consumed"/> receives every line read as metadata.
    /// </summary>
    public static List<SourceLine> Read(List<SourceLine> head, List<SourceLine> all, ImportedPlan plan, HashSet<SourceLine> consumed)
    {
        ReadDatesAndSignatures(all, plan, consumed);

        var remaining = head.Where(l => !consumed.Contains(l)).ToList();

        // 索 引 号: / 发布机构: / 名 称: X / 发文日期: …: a government site's table of the document's particulars, whose
        // 名称 (or 标题) is the title; the block is no part of the plan.
        var particulars = remaining.TakeWhile(l => Particular.IsMatch(l.Folded)).ToList();
        string? particularTitle = null;
        if (particulars.Count >= 3)
        {
            foreach (var line in particulars)
            {
                consumed.Add(line);

                // The value as printed (名稱：…年度工作要點 stays traditional); the label as folded.
                var particular = Particular.Match(line.Folded);
                var value = line.Text.Substring(particular.Groups["value"].Index).Trim();
                switch (Squeeze(particular.Groups["label"].Value))
                {
                    case "名称" or "标题" when value.Length > 0:
                        particularTitle ??= value;
                        break;
                    case "文号" or "发文字号" when value.Length > 0:
                        plan.Source ??= value;
                        break;
                    case "发文日期" or "成文日期" when Regex.Match(line.Folded, @"(?<y>\d{4})\D(?<m>\d{1,2})\D(?<d>\d{1,2})") is { Success: true } date:
                        plan.Published ??= Date(date);
                        break;
                }
            }

            remaining = remaining.Skip(particulars.Count).ToList();
        }

        var titleLines = remaining.TakeWhile(IsTitleLike).ToList();
        if (particularTitle is not null && (titleLines.Count == 0 || !titleLines.Any(l => Squeeze(l.Folded) == Squeeze(particularTitle))))
        {
            remaining.Insert(0, SourceLine.Of(particulars[0].Number, particularTitle));
            titleLines = new List<SourceLine> { remaining[0] };
        }

        // 视窗 / loading... / the site's name, then 关于…的督查专报: a web page's chrome before the document's own title.
        if (!titleLines.Any(l => DocumentTitle.IsMatch(l.Folded.Trim()))
            && remaining.Take(MaxChromeLines).FirstOrDefault(l => IsTitleLike(l) && DocumentTitle.IsMatch(l.Folded.Trim())) is { } named)
        {
            titleLines = new List<SourceLine> { named };
        }

        // 视窗 / loading... / 某市人民政府 The People's Government, then the title: a Chinese title holds no Latin words.
        var latin = titleLines.FindLastIndex(l => LatinWord.IsMatch(l.Text));
        if (latin >= 0 && latin < titleLines.Count - 1)
        {
            titleLines = titleLines.Skip(latin + 1).ToList();
        }

        string? title = titleLines.Count > 0 ? string.Concat(titleLines.Select(l => l.Text)) : null;
        var folded = title is null ? string.Empty : ChineseText.Fold(title);
        var notice = folded.Contains("关于印发") && folded.Contains("通知");
        remaining = remaining.Where(l => !titleLines.Contains(l)).ToList();

        if (notice)
        {
            // The notice's own words (addressees, "现印发给你们") are not the plan; the plan's title is the one it prints.
            var addressee = remaining.FindIndex(l => IsAddressee(l));
            var body = addressee < 0 ? new List<SourceLine>() : remaining.Skip(addressee).TakeWhile(l => !IsRepeatedTitle(l, null) && LooksLikeNoticeBody(l)).ToList();
            var quoted = body.Select(l => Quoted.Match(l.Text)).FirstOrDefault(m => m.Success);
            title = quoted?.Groups["title"].Value ?? Between(title!, "印发", "的通知");
            remaining = remaining.Where(l => !body.Contains(l)).ToList();
        }

        plan.Title = title;
        if (title is not null && TitleYear.Match(ChineseText.Fold(title)) is { Success: true } year)
        {
            plan.Year = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        return remaining.Where(l => !IsAddressee(l) && !IsRepeatedTitle(l, plan.Title)).ToList();
    }

    /// <summary>Dates, signatures, 发布日期 lines and document numbers anywhere in the document; marks them consumed.</summary>
    private static void ReadDatesAndSignatures(List<SourceLine> all, ImportedPlan plan, HashSet<SourceLine> consumed)
    {
        for (var i = 0; i < all.Count; i++)
        {
            var line = all[i];
            var text = line.Folded;
            if (PublishedLine.Match(text) is { Success: true } published)
            {
                plan.Published ??= Date(published);
                if (SourceInLine.Match(text) is { Success: true } source)
                {
                    plan.Source ??= line.Text.Substring(source.Groups["source"].Index, source.Groups["source"].Length);
                }

                consumed.Add(line);
            }
            else if (DocumentNumber.IsMatch(text))
            {
                plan.Source ??= line.Text;
                consumed.Add(line);
            }
            else if (DateOf(text) is { } date)
            {
                plan.Published ??= date;
                consumed.Add(line);
                if (i > 0 && IsSignature(all[i - 1]) && !consumed.Contains(all[i - 1]))
                {
                    plan.Issuer ??= all[i - 1].Text;
                    consumed.Add(all[i - 1]);
                }
            }
        }
    }

    private static string? DateOf(string text)
    {
        if (DateLine.Match(text) is { Success: true } date)
        {
            return Date(date);
        }

        if (ChineseDateLine.Match(text) is { Success: true } chinese)
        {
            var year = string.Concat(chinese.Groups["y"].Value.Select(c => "〇一二三四五六七八九".IndexOf(c) is var d and >= 0 ? (char)('0' + d) : '0'));
            var month = ChineseText.ParseNumeral(chinese.Groups["m"].Value);
            var day = ChineseText.ParseNumeral(chinese.Groups["d"].Value);
            return month is { } m && day is { } d2 ? Format(int.Parse(year, CultureInfo.InvariantCulture), m, d2) : null;
        }

        return null;
    }

    private static string? Date(Match match)
        => Format(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));

    private static string? Format(int year, int month, int day)
        => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    // A short line naming an organisation, directly above a date: the issuer's signature.
    private static bool IsSignature(SourceLine line)
        => line.Text.Length <= 30 && line.Folded.IndexOfAny("。，,：:；;、".ToCharArray()) < 0 && Numbering.Read(line).Kind == NumberingKind.None;

    private static readonly Regex Particular = new(
        @"^[ 　]*(?<label>索[ 　]*引[ 　]*号|发布机构|发文机关|名[ 　]*称|标[ 　]*题|分[ 　]*类|主题分类|发文日期|成文日期|发布日期|文[ 　]*号|发文字号|有[ 　]*效[ 　]*性|主[ 　]*题[ 　]*词)[ 　]*[:：](?<value>.*)$",
        RegexOptions.CultureInvariant);

    // How far into the head a document's title may stand behind a web page's chrome.
    private const int MaxChromeLines = 8;

    // 关于…的通知, …工作要点, …实施方案, …任务清单, …督查专报: what a document's title is.
    private static readonly Regex DocumentTitle = new(
        @"^关于\S{4,}|(?:方案|要点|通知|计划|规划|清单|专报|意见|安排|报告|办法|细则|措施|分工|分解表|任务表|一览表|进度表|公告|通报|纪要)$", RegexOptions.CultureInvariant);

    private static readonly Regex LatinWord = new(@"[A-Za-z]{3,}", RegexOptions.CultureInvariant);

    private static bool IsTitleLike(SourceLine line)
        => line.Text.Length <= 48 && line.Folded.IndexOfAny("。，,：:；;".ToCharArray()) < 0 && Numbering.Read(line).Kind == NumberingKind.None;

    // 各市卫生计生委,委直属各单位,委机关各处(室、局): — whom a notice is addressed to.
    private static bool IsAddressee(SourceLine line)
        => line.Text.Length <= 200 && (line.Folded.EndsWith("：", StringComparison.Ordinal) || line.Folded.EndsWith(":", StringComparison.Ordinal)) && line.Folded.Contains("各");

    private static bool LooksLikeNoticeBody(SourceLine line)
        => IsAddressee(line) || line.Folded.Contains("印发") || line.Folded.Contains("请结合") || line.Folded.Contains("请认真") || line.Folded.Contains("现将");

    private static bool IsRepeatedTitle(SourceLine line, string? title)
        => title is not null && Squeeze(line.Folded) == Squeeze(ChineseText.Fold(title));

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"')).ToArray());

    private static string Between(string text, string after, string before)
    {
        var start = ChineseText.Fold(text).IndexOf(after, StringComparison.Ordinal);
        var end = ChineseText.Fold(text).LastIndexOf(before, StringComparison.Ordinal);
        return start >= 0 && end > start + after.Length ? text.Substring(start + after.Length, end - start - after.Length) : text;
    }
}
