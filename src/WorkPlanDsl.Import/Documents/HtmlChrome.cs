using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// What a government web page puts around a plan: menus, banners, breadcrumbs (当前位置), share bars, 打印/关闭窗口
/// links, font-size switches, footers, forms and scripts. Known by element (nav, header, footer, form, script…), by
/// the words sites use in class and id names, and by text that is nothing but such commands.
/// </summary>
internal static class HtmlChrome
{
    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "form", "iframe", "frame", "select", "button", "input",
        "textarea", "object", "embed", "svg", "canvas", "map", "link", "meta", "title", "audio", "video",

        // Struck-out words (a page showing a revision): no longer what the document says.
        "del", "s", "strike",
    };

    // Parts of class and id names, in English and in the pinyin that Chinese sites use (dqwz 当前位置, fx 分享…).
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread", "position", "location", "dqwz", "weizhi", "share", "bdshare",
        "bdsharebuttonbox", "fenxiang", "fx", "print", "dayin", "close", "guanbi", "footer", "foot", "header", "nav",
        "navbar", "navigation", "menu", "sidebar", "topbar", "toolbar", "copyright", "banner", "search", "login", "related",
        "xgwz", "xgxx", "xglj", "qrcode", "ewm", "erweima", "fontsize", "zihao", "pager", "pagination", "comment",
        "comments", "ad", "ads", "advert", "skip", "wza", "wzaf",
    };

    // Inside a longer name (topnav, subnav, bdsharebuttonbox, footer_wrap): long enough not to occur by chance.
    private static readonly string[] ChromeParts =
    {
        "nav", "menu", "breadcrumb", "crumb", "share", "footer", "copyright", "fenxiang", "dqwz", "toolbar", "topbar",
        "sidebar", "qrcode", "erweima", "banner",
    };

    // Only as the whole name: class="top" is a page's top bar, class="con_top" may hold the title.
    private static readonly HashSet<string> WholeNames = new(StringComparer.OrdinalIgnoreCase) { "top", "bottom", "head", "logo", "topnav", "wza" };

    private static readonly string[] CommandWords =
    {
        "打印本页", "打印此页", "打印文章", "打印", "关闭窗口", "关闭本页", "关闭", "返回顶部", "收藏本页", "收藏", "分享到", "分享",
        "字号", "字体", "默认", "大", "中", "小", "【", "】", "[", "]", "|", "丨", "：", ":", "·",
    };

    private static readonly Regex NameSplit = new("[-_\\s]+|(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant);

    public static bool IsDroppedElement(IElement element)
    {
        if (DroppedElements.Contains(element.LocalName))
        {
            return true;
        }

        // A page header is chrome; an article's own header holds its title.
        if (element.LocalName == "header" || element.LocalName == "aside")
        {
            return element.Closest("article, main") is null;
        }

        if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search")
        {
            return true;
        }

        // The last display or visibility the style declares is the one in effect (a class's display:none, then the
        // element's own display:block).
        if (element.HasAttribute("hidden") || (element.GetAttribute("style") is { } style
            && (StyleSheetRules.Last(style, "display")?.StartsWith("none", System.StringComparison.Ordinal) == true
                || StyleSheetRules.Last(style, "visibility")?.StartsWith("hidden", System.StringComparison.Ordinal) == true)))
        {
            return true;
        }

        return element.LocalName != "body" && element.LocalName != "html" && (HasChromeName(element.Id) || HasChromeName(element.GetAttribute("class")));
    }

    /// <summary>A short run of commands (【打印本页】【关闭窗口】, 字号：大 中 小): no plan text, whatever element holds it.</summary>
    public static bool IsCommandText(string text)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 0 || compact.Length > 40 || !(compact.Contains("打印") || compact.Contains("关闭") || compact.Contains("分享") || compact.Contains("字号") || compact.Contains("返回顶部")))
        {
            return false;
        }

        foreach (var word in CommandWords)
        {
            compact = compact.Replace(word, string.Empty);
        }

        return compact.Length == 0;
    }

    private static bool HasChromeName(string? name)
        => !string.IsNullOrEmpty(name) && name!.Split(' ').Any(part =>
            WholeNames.Contains(part)
            || NameSplit.Split(part).Any(word => ChromeWords.Contains(word))
            || ChromeParts.Any(p => part.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0));
}
