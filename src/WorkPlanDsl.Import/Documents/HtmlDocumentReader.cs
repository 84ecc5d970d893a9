using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// An HTML page, as saved from a government site, as blocks: the page's main content where it has an obvious
/// container (<c>TRS_Editor</c>, <c>zoom</c>, <c>article</c>…, with the page's <c>h1</c> title in front), chrome dropped
/// (<see cref="HtmlChrome"/>), paragraphs from block elements, <c>&lt;br&gt;</c> starting a new one, and data tables
/// with rowspan and colspan carried to every position they cover. Tables used for page layout are read as flow.
/// </summary>
internal static class HtmlDocumentReader
{
    private static readonly string[] ContentNames =
    {
        "trs_editor", "trs_autoadd", "trs_ueditor", "zoom", "article", "content", "pages_content", "xxgk", "detail", "zhengwen",
        "zw", "newstext", "news_content", "art_con", "artcon", "main-text", "maintext", "text", "view", "wzcon", "con",
    };

    public static bool LooksLikeHtml(byte[] bytes) => LooksLikeHtml(HtmlCharset.Latin1(bytes, 2048));

    public static bool LooksLikeHtml(string text)
    {
        var head = text.Length > 2048 ? text.Substring(0, 2048) : text;
        head = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\u00EF', '\u00BB', '\u00BF').ToLowerInvariant();
        // A fragment a web application keeps (a JSP or template file: <%@ page …%>, then <div> and a <table>) is HTML too,
        // where its table carries the plan; text that only opens with a tag (<p>标题</p> then plain lines) keeps its lines.
        return head.StartsWith("<", StringComparison.Ordinal)
            && (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.Contains("<html") || head.Contains("<body") || head.Contains("<head")
                || (head.Contains("<table") && (head.Contains("</td>") || head.Contains("</th>")) && MostLinesAreMarkup(head)));
    }

    // A page's source has a tag on nearly every line; text after a table of metadata (<table>…索引号…</table> then the
    // plan's lines) has none on its own lines, and its line breaks are its paragraphs.
    private static bool MostLinesAreMarkup(string head)
    {
        // A line of a cell's words between <td> and </td> is the page's too.
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var inCell = false;
        var markup = 0;
        foreach (var line in lines)
        {
            if (line.IndexOf('<') >= 0 || inCell)
            {
                markup++;
            }

            var open = Math.Max(line.LastIndexOf("<td", StringComparison.Ordinal), line.LastIndexOf("<th", StringComparison.Ordinal));
            var close = Math.Max(line.LastIndexOf("</td", StringComparison.Ordinal), line.LastIndexOf("</th", StringComparison.Ordinal));
            inCell = open >= 0 || close >= 0 ? open > close : inCell;
        }

        return markup * 10 >= lines.Count * 9;
    }

    public static DocumentReadResult Read(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var decoded = HtmlCharset.Decode(bytes);
        return decoded.Text is null
            ? DocumentReadResult.Failed(ReadFailureKind.NotADocument, decoded.Error!)
            : Read(name, decoded.Text, decoded.Note, cancellationToken);
    }

    public static DocumentReadResult Read(string name, string html, ImportNote? encodingNote, CancellationToken cancellationToken)
    {
        if (Depth(html) > MaxDepth)
        {
            return DocumentReadResult.Failed(ReadFailureKind.Damaged,
                "the page nests its elements more than " + MaxDepth.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + " deep, which no saved page does: not read (open it in a browser and save it again, or copy its text into a .txt)");
        }

        var document = new HtmlParser().ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.QuerySelectorAll("meta[name=generator]").Any(m => (m.GetAttribute("content") ?? string.Empty).TrimStart().StartsWith("pdftohtml", System.StringComparison.OrdinalIgnoreCase)))
        {
            return Conversions.PdfToHtml();
        }

        var notes = new List<ImportNote>();
        if (encodingNote is not null)
        {
            notes.Add(encodingNote);
        }

        StyleSheetRules.Inline(document);
        var body = (IElement?)document.Body ?? document.DocumentElement;
        DropChrome(body, body.TextContent.Length);
        var walker = new HtmlWalker(cancellationToken);
        var content = MainContent(body);
        if (content is not null)
        {
            var title = body.QuerySelectorAll("h1").FirstOrDefault(h => !content.Contains(h) && h.TextContent.Trim().Length > 0);
            if (title is not null)
            {
                walker.Walk(title);
                walker.Flush();
            }

            notes.Add(new ImportNote(1, NoteSeverity.Note, "read the page's main content (" + Describe(content) + "); the rest of the page is left out"));
            walker.Walk(content);
        }
        else
        {
            walker.Walk(body);
        }

        walker.Flush();
        if (walker.Blocks.Count == 0)
        {
            return DocumentReadResult.Failed(ReadFailureKind.Empty, "the document is empty: the page has no text");
        }

        return DocumentReadResult.Read(new PlanDocument(name, walker.Blocks, notes));
    }

    // A site's page nests a few dozen levels; reading costs time with the square of the depth (100,000 nested <div>
    // took three minutes), so a page far past any site's is refused before it is parsed.
    private const int MaxDepth = 2000;

    // How deep the page's container elements nest, counted from its tags alone (elements a parser closes by itself,
    // <p>, <li>, <td>…, and void ones are not counted; a stray close tag takes nothing below zero).
    private static int Depth(string html)
    {
        var depth = 0;
        var max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 12 && char.IsLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !Containers.Contains(html.Substring(start, end - start)))
            {
                continue;
            }

            var selfClosing = html.IndexOf('>', end) is var close and > 0 && html[close - 1] == '/';
            depth = closing ? System.Math.Max(0, depth - 1) : selfClosing ? depth : depth + 1;
            max = System.Math.Max(max, depth);
        }

        return max;
    }

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "b", "i", "u", "s", "em", "strong", "font", "a", "section", "article", "main", "table", "tbody", "ul", "ol",
        "blockquote", "center", "small", "big", "sup", "sub", "label", "dl", "details", "nav", "header", "footer", "aside", "form", "fieldset",
    };

    private static void DropChrome(IElement root, int pageLength)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || root.Contains(element) == false)
            {
                continue;
            }

            var byTag = element.LocalName is "script" or "style" or "noscript" or "template" or "nav" or "footer" or "form" or "iframe";
            if (HtmlChrome.IsDroppedElement(element) && (byTag || element.TextContent.Length * 10 < pageLength * 3))
            {
                element.Remove();
            }
            else if (element.LocalName is "a" or "span" or "div" or "p" or "td" or "li" && HtmlChrome.IsCommandText(element.TextContent))
            {
                element.Remove();
            }
        }
    }

    /// <summary>
    /// The element a site keeps the article in: <c>main</c>, <c>article</c> or a class or id sites use for it, holding most
    /// of the page's text; the innermost such element that still holds nearly all of it.
    /// </summary>
    private static IElement? MainContent(IElement body)
    {
        var total = Text(body).Length;
        if (total == 0)
        {
            return null;
        }

        var candidates = body.QuerySelectorAll("*").Where(IsContentContainer).ToList();
        var best = candidates.OrderByDescending(c => Text(c).Length).FirstOrDefault();
        if (best is null || Text(best).Length * 10 < total * 4)
        {
            return null;
        }

        var length = Text(best).Length;
        while (true)
        {
            var inner = candidates.Where(c => c != best && best.Contains(c) && Text(c).Length * 10 >= length * 8).OrderByDescending(c => Text(c).Length).FirstOrDefault();
            if (inner is null)
            {
                return best;
            }

            best = inner;
        }
    }

    private static bool IsContentContainer(IElement element)
    {
        if (element.LocalName is "main" or "article")
        {
            return true;
        }

        if (element.LocalName is not ("div" or "td" or "section"))
        {
            return false;
        }

        return Names(element).Any(n => ContentNames.Any(c => n.Equals(c, StringComparison.OrdinalIgnoreCase)));
    }

    private static IEnumerable<string> Names(IElement element)
    {
        var id = element.Id;
        if (!string.IsNullOrEmpty(id))
        {
            yield return id!;
        }

        foreach (var name in element.ClassList)
        {
            yield return name;
        }
    }

    private static string Text(IElement element) => new string(element.TextContent.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Describe(IElement element)
        => "<" + element.LocalName
            + (string.IsNullOrEmpty(element.Id) ? string.Empty : " id=\"" + element.Id + "\"")
            + (element.ClassName is { Length: > 0 } c ? " class=\"" + c + "\"" : string.Empty) + ">";

    /// <summary>True for a table that lays out a page rather than holding data: it holds tables, or it has one column.</summary>
    internal static bool IsLayoutTable(IHtmlTableElement table)
        => table.QuerySelector("table") is not null || table.Rows.All(r => r.Cells.Length <= 1);
}
