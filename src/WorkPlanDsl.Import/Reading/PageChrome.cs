using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// What a web page wraps around a plan: site names and menus, 责任编辑, 转载请注明, 本站小编, footers with 主办单位 and
/// ICP numbers. Matched on the folded text, so traditional pages are recognised too; long paragraphs are never chrome.
/// </summary>
internal static class PageChrome
{
    private const int MaxLength = 160;

    private static readonly string[] Starts =
    {
        "责任编辑", "转载请注明", "本站小编", "美章网", "管理维护", "网站标识码", "备案序号", "版权所有",
        "Copyright", "copyright", "技术支持", "网站地图", "关于我们", "网站帮助", "隐私申明", "隐私声明", "联系我们", "打印本页",
        "关闭窗口", "上一篇", "下一篇", "扫一扫", "分享到", "【字体", "字体：", "字号：", "浏览次数", "点击数", "当前位置",
        "（此件公开发布）", "(此件公开发布)", "【打印", "【关闭",
    };

    private static readonly string[] FooterWords = { "维护", "标识码", "ICP", "备案", "版权", "承办", "网站", "技术支持", "联系电话", "地址" };

    private static readonly string[] Contains = { "ICP备", "公网安备", "资料文库", "转载请注明" };

    // Pages that print pinyin after damaged characters (網(wǎng)站) hide their menu words behind it.
    private static readonly Regex Pinyin = new(@"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]|\s", RegexOptions.CultureInvariant);

    // A page number printed by a PDF or a Word copy (— 2 —, - 2 -, 第2页, 第2页共9页, 2/9): it breaks a paragraph, a
    // bracket or a name in two (（责任单位：市 | — 2 — | 市场监督管理局）), a table's rows likewise, and is never the
    // plan's words. Matched on folded text without white space (— 2 — and —2— alike).
    private static readonly Regex PageNumber = new(
        @"^(?:[—–―\-－]+\d{1,4}[—–―\-－]+|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}/\d{1,4})$", RegexOptions.CultureInvariant);

    // A number alone (3, 3., 3、): a 序号 cell, or a table's row number on a line of its own in text copied out of one.
    private static readonly Regex Bare = new(@"^(\d{1,6})[.、．]?$", RegexOptions.CultureInvariant);

    // 一、扩大有效投资……………1, 第二章 总则........3: a table of contents' entry, its leader and its page.
    // Only a heading's entry (一、, （一）, 第一章, or words alone): 1.城镇新增就业人数……3000 is an indicator and its value.
    private static readonly Regex ContentsEntry = new(
        @"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+[章节部分篇]|[^\d（(]).*?(?:[…⋯]{2,}|[.．·・]{4,}|[-—－]{4,})[ \t　]*\d{1,3}[ \t　]*$",
        RegexOptions.CultureInvariant);

    /// <summary>True where the words are only a page number, in any of the forms PDFs and Word copies print.</summary>
    public static bool IsPageNumber(string text) => PageNumber.IsMatch(WithoutSpaces(ChineseText.Fold(text)));

    /// <summary>The number where the words are only a number (<c>3</c>, <c>3.</c>, <c>３、</c>), else null.</summary>
    public static int? BareNumber(string text)
        => Bare.Match(ChineseText.Fold(text).Trim()) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string WithoutSpaces(string text) => text.Any(char.IsWhiteSpace) ? new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()) : text;

    /// <summary>
    /// The numbers of the lines a page printed at its top under the last page's number: the issuer's banner
    /// (<c>××市人民政府办公室文件</c>), which a page break may put inside a sentence or a unit's name
    /// (<c>（牵头单位：市经济</c> / <c>— 2 —</c> / <c>××市人民政府办公室文件</c> / <c>和信息化委员会；…）</c>).
    /// </summary>
    public static IEnumerable<int> Banners(List<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            // An issuer's name and 文件, not a task's words (3.全面清理涉企规范性文件).
            if (lines[i].Table is null && IsPageNumber(lines[i].Text) && lines[i + 1] is { Table: null } next
                && WithoutSpaces(next.Folded) is { Length: > 2 and <= 40 } banner && banner.EndsWith("文件", StringComparison.Ordinal)
                && banner.IndexOfAny(new[] { '，', ',', '。', '；', ';', '：', ':', '、', '（', '(' }) < 0 && Numbering.Read(next).Kind == NumberingKind.None
                && Issuers.Any(w => banner.IndexOf(w, StringComparison.Ordinal) is var at && at > 0 && at + w.Length + 2 == banner.Length))
            {
                yield return next.Number;
            }
        }
    }

    /// <summary>
    /// A site's owner line beside its footer (<c>主办：X　承办：Y</c> over <c>网站标识码：… ICP备…</c>): chrome, though 主办 and
    /// 承办 alone are a task's fields as often. Only next to a line of the site's own footer: a task's <c>主办：X</c> over a
    /// page's number (<c>— 3 —</c>) stays the task's.
    /// </summary>
    public static IEnumerable<int> SiteOwners(List<SourceLine> lines, ISet<int> chrome)
    {
        bool IsSiteFooter(int at) => at >= 0 && at < lines.Count && chrome.Contains(lines[at].Number)
            && SiteFooterWords.Any(w => lines[at].Folded.IndexOf(w, StringComparison.Ordinal) >= 0);

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Folded.TrimStart(' ', '　');
            if (lines[i].Table is null && text.Length <= MaxLength && SiteOwnerWords.Any(w => text.StartsWith(w, StringComparison.Ordinal))
                && (IsSiteFooter(i - 1) || IsSiteFooter(i + 1) || OwnersToTheEnd(lines, i)))
            {
                yield return lines[i].Number;
            }
        }
    }

    // The page's last lines naming who runs the site and who builds it (主办：漳州市人民政府办公室　承办：…网站管理中心, with
    // 网站标识码 or 联系电话 beside them, or 承办 on a line of its own): the site's, with nothing after them but more of the
    // same; a task's fields name 主办 and 协办, and its task comes after them. Both 主办 and 承办 are named.
    private static bool OwnersToTheEnd(List<SourceLine> lines, int at)
    {
        var last = LastWords(lines);
        var first = last + 1;
        while (first > 0 && last - first < 3 && lines[first - 1].Table is null
            && FooterStarts.Any(w => lines[first - 1].Folded.TrimStart(' ', '　').StartsWith(w, StringComparison.Ordinal)))
        {
            first--;
        }

        if (at < first || at > last)
        {
            return false;
        }

        var block = string.Concat(Enumerable.Range(first, last - first + 1).Select(j => lines[j].Folded));
        return block.Contains("主办") && block.Contains("承办") && !block.Contains("协办");
    }

    private static readonly string[] FooterStarts = { "主办", "承办", "主管", "网站标识码", "联系电话", "地址", "版权", "技术支持", "ICP" };

    private static int LastWords(List<SourceLine> lines)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].Table is null && lines[last].Text.Trim().Length == 0)
        {
            last--;
        }

        return last;
    }

    // Folded: 主辦 reads 主办.
    private static readonly string[] SiteOwnerWords = { "主办", "承办", "主管" };

    private static readonly string[] SiteFooterWords =
    {
        "ICP", "网站", "公网安备", "打印本页", "关闭窗口", "备案", "版权", "关于我们", "联系我们", "隐私", "使用帮助", "技术支持", "Copyright", "copyright", "分辨率",
    };

    private static readonly string[] Issuers = { "人民政府", "政府", "办公室", "办公厅", "委员会", "党委", "县委", "市委", "区委", "省委", "局", "厅", "委" };

    public static bool IsChrome(SourceLine line)
    {
        var text = Pinyin.Replace(line.Folded, string.Empty);
        // A table of contents at the top repeats the headings with their pages: its entries are no sections.
        if ((text.Length <= 80 && ContentsEntry.IsMatch(text)) || text is "目录" or "目  录" or "目 录")
        {
            return true;
        }

        // #### 一、… is a markdown note's numbered heading, not a page's anchor.
        if ((text.StartsWith("#", StringComparison.Ordinal) && Numbering.Read(line).Kind == NumberingKind.None) || PageNumber.IsMatch(text))
        {
            return true;
        }

        if (text.Length > MaxLength)
        {
            return false;
        }

        // 主办单位：X and 承办单位：X are fields of a task as often as a site's footer: a footer says more (维护, 标识码,
        // ICP, 版权 …).
        if (text.StartsWith("主办单位", StringComparison.Ordinal) || text.StartsWith("承办单位", StringComparison.Ordinal))
        {
            return FooterWords.Any(w => text.IndexOf(w, 4, StringComparison.Ordinal) >= 0);
        }

        // 首页 > 信息公开 > 部门信息公开 > 计划总结: the page's breadcrumb, without its 当前位置.
        if (text.StartsWith("首页", StringComparison.Ordinal) && text.IndexOfAny(new[] { '>', '＞', '»', '›', '→' }) is > 1 and < 6)
        {
            return true;
        }

        return Starts.Any(s => text.StartsWith(s, StringComparison.Ordinal))
            || Contains.Any(c => text.Contains(c))
            || text.EndsWith("范文", StringComparison.Ordinal)
            || (text.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c)) && !ClosesABracket(text));
    }

    // ） or ）。 alone: the end of a bracket a wrapped line opened (HardWraps joins it), no chrome.
    private static bool ClosesABracket(string text)
        => text.Trim().TrimEnd('。', '；', ';', '.') is { Length: 1 } close && ChineseText.IsCloseParen(close[0]);
}
