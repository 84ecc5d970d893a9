using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Lays out an HTML element tree as a browser shows it, in blocks: block elements and <c>&lt;br&gt;</c> end a
/// paragraph, white space collapses (a line break between two Chinese characters is no space), <c>&lt;ol&gt;</c> items
/// get their numbers, and a data table becomes a <see cref="TableBlock"/>.
/// </summary>
internal sealed class HtmlWalker
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
        "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "tr", "td", "th", "table", "tbody", "thead",
        "tfoot", "caption", "header", "aside", "body", "html", "fieldset", "legend", "details", "summary",
    };

    private readonly StringBuilder current = new();
    private readonly List<MarkedWords> marks = new();
    private readonly Dictionary<IElement, (IElement Item, int Number)> numbered = new();
    private readonly CancellationToken cancellationToken;
    private readonly bool insideCell;

    // Inside a <dd> that gives a <dt>'s value: its line breaks part names, not paragraphs.
    private bool inDefinition;
    private int line;
    private int flushes;

    public HtmlWalker(CancellationToken cancellationToken, bool insideCell = false)
    {
        this.cancellationToken = cancellationToken;
        this.insideCell = insideCell;
    }

    public List<DocumentBlock> Blocks { get; } = new();

    /// <summary>The paragraphs' texts, for a table cell.</summary>
    public IEnumerable<string> Paragraphs => Blocks.OfType<ParagraphBlock>().Select(p => p.Text);

    public void Walk(INode node, bool preformatted = false)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data, preformatted);
                return;
            case IElement element:
                WalkElement(element, preformatted);
                return;
        }
    }

    // The number of the list item being read while nothing else has been written after it.
    private string? heldNumber;

    public void Flush()
    {
        var text = current.ToString().Trim(' ', '\t', '\r', '\n');
        current.Clear();
        flushes++;
        if (text.Trim().Length > 0)
        {
            line++;
            Blocks.Add(new ParagraphBlock(line, text, marks.Count > 0 ? marks.ToArray() : null));
        }

        marks.Clear();
    }

    private void WalkElement(IElement element, bool preformatted)
    {
        var tag = element.LocalName;
        if (tag == "br")
        {
            if (inDefinition)
            {
                // <dt>协同部门</dt><dd>区财政局<br>区委机要保密局</dd>: one field's names, a line each.
                current.Append('、');
                return;
            }

            Flush();
            return;
        }

        if (tag == "pre" && !insideCell && !preformatted && PreformattedTable(element))
        {
            return;
        }

        if (tag == "table" && element is IHtmlTableElement table)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Flush();
            if (insideCell)
            {
                // A table inside a cell: its rows as lines of the cell's text.
                foreach (var row in table.Rows)
                {
                    var cells = row.Cells.Select(c => CellText(c, marks)).Where(t => t.Length > 0);
                    current.Append(string.Join(" ", cells));
                    Flush();
                }
            }
            else if (HtmlDocumentReader.IsLayoutTable(table))
            {
                foreach (var child in element.ChildNodes)
                {
                    Walk(child, preformatted);
                    Flush();
                }
            }
            else
            {
                Table(table);
            }

            return;
        }

        // <dt>牵头部门</dt><dd>区大数据发展中心</dd>: a field and its value, one line 牵头部门：区大数据发展中心 as a
        // document prints it.
        var definition = tag == "dd" && element.PreviousElementSibling is { LocalName: "dt" } term && IsFieldName(term);
        var block = BlockElements.Contains(tag);
        // <li><p>实施…</p>: the item's number opens the paragraph inside it, as a browser shows it, not a line of its own.
        if (block && !definition && !(heldNumber is not null && current.ToString() == heldNumber))
        {
            Flush();
        }

        heldNumber = null;

        if (definition)
        {
            var text = current.ToString().TrimEnd();
            current.Clear().Append(text).Append(text.EndsWith("：", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal) ? string.Empty : "：");
        }

        var wasInDefinition = inDefinition;
        inDefinition |= definition;

        if (tag == "li" && element.ParentElement is IHtmlOrderedListElement list && OrderedNumber(list, element) is { } number)
        {
            current.Append(number);
            heldNumber = current.ToString();
        }

        var pre = preformatted || tag is "pre" or "textarea";
        var mark = block ? null : MarkOf(element);
        var (start, flushed) = (current.Length, flushes);
        foreach (var child in element.ChildNodes)
        {
            Walk(child, pre);
        }

        inDefinition = wasInDefinition;
        if (mark is { } type && flushed == flushes && current.ToString(start, current.Length - start).Trim() is { Length: > 0 } words)
        {
            marks.Add(new MarkedWords(type, words));
        }

        if (block && !(tag == "dt" && element.NextElementSibling is { LocalName: "dd" } && IsFieldName(element)))
        {
            Flush();
        }
    }

    // <b>, <strong>, <u>, red type and the styles a web editor writes for them (font-weight:bold, text-decoration:underline); a
    // style that says otherwise (<b style="font-weight:normal">, as Google Docs writes) wins over the tag.
    private static TypeMark? MarkOf(IElement element)
    {
        string? weight = null;
        string? decoration = null;
        var red = element.LocalName == "font" && IsRed(element.GetAttribute("color"));
        foreach (var declaration in (element.GetAttribute("style") ?? string.Empty).Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var property = declaration.Substring(0, colon).Trim().ToLowerInvariant();
            var value = declaration.Substring(colon + 1).Trim().ToLowerInvariant();
            if (property == "font-weight")
            {
                weight = value;
            }
            else if (property is "text-decoration" or "text-decoration-line")
            {
                decoration = value;
            }
            else if (property == "color")
            {
                red = IsRed(value);
            }
        }

        if (decoration is not null ? decoration.Contains("underline") : element.LocalName == "u")
        {
            return TypeMark.Underline;
        }

        var bold = weight is not null
            ? weight is "bold" or "bolder" or "700" or "800" or "900"
            : element.LocalName is "b" or "strong";
        return bold ? TypeMark.Bold : red ? TypeMark.Red : null;
    }

    // A <dt> short enough to be a field's name (牵头部门), not a paragraph that heads its definition.
    private static bool IsFieldName(IElement term) => term.TextContent.Trim().Length is > 0 and <= 12;

    // red, #f00, #ff0000, rgb(255, 0, 0): the colours an editor writes for red type.
    private static bool IsRed(string? colour)
        => colour is not null && System.Text.RegularExpressions.Regex.IsMatch(colour.Trim(), @"^(?:red|#f00|#ff0000|rgb\(\s*255\s*,\s*0\s*,\s*0\s*\))$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // <pre> holding a table set out with spaces (序号    重点任务    牵头单位 over a dashed rule): read as the same text in a
    // file is, so that its columns are found; a <pre> of anything else is read line by line.
    private bool PreformattedTable(IElement element)
    {
        var blocks = PlainText.Blocks(element.TextContent);
        if (!blocks.OfType<TableBlock>().Any())
        {
            return false;
        }

        Flush();
        var offset = line;
        foreach (var block in blocks)
        {
            Blocks.Add(block switch
            {
                TableBlock t => new TableBlock(offset + t.Line, t.Rows.Select(r => new TableRow(offset + r.Line, r.Cells) { Unheaded = r.Unheaded }).ToList(),
                    t.Marks.ToDictionary(m => offset + m.Key, m => m.Value)),
                ParagraphBlock p => new ParagraphBlock(offset + p.Line, p.Text, p.Marks.Count > 0 ? p.Marks : null),
                _ => block,
            });
            line = System.Math.Max(line, offset + (block is TableBlock table ? table.Rows.Select(r => r.Line).DefaultIfEmpty(block.Line).Max() : block.Line));
        }

        return true;
    }

    // A plan's largest tables hold some tens of thousands of positions.
    private const long MaxGridCells = 200_000;

    /// <summary>A data table on its grid: each cell at the first free column, carried over its rowspan and colspan.</summary>
    private void Table(IHtmlTableElement table)
    {
        var grid = new TableGrid();
        var rows = table.Rows.ToList();
        foreach (var _ in rows)
        {
            line++;
            grid.AddRow(line);
        }

        // Spans carry a cell to every position they cover; a page whose spans would cover more than any plan's table
        // (rowspan="1000" colspan="1000" on every row) has the spans past the budget read as one position each.
        long budget = MaxGridCells;
        var marked = new Dictionary<int, MarkedWords[]>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            var rowMarks = new List<MarkedWords>();
            foreach (var cell in rows[r].Cells)
            {
                while (grid.IsTaken(r, column))
                {
                    column++;
                }

                var columnSpan = Math.Min(Math.Max(cell.ColumnSpan, 1), 1000);
                var rowSpan = cell.RowSpan == 0 ? rows.Count - r : Math.Min(Math.Max(cell.RowSpan, 1), rows.Count - r);
                if ((long)columnSpan * rowSpan > budget)
                {
                    columnSpan = 1;
                    rowSpan = 1;
                }

                budget -= (long)columnSpan * rowSpan;
                grid.Place(r, column, CellText(cell, rowMarks), columnSpan, rowSpan);
                column += columnSpan;
            }

            if (rowMarks.Count > 0)
            {
                marked[line - rows.Count + 1 + r] = rowMarks.ToArray();
            }
        }

        var tableRows = grid.ToRows();
        if (tableRows.Count > 0)
        {
            Blocks.Add(new TableBlock(tableRows[0].Line, tableRows, marked));
        }
    }

    // The cell's paragraphs joined by line breaks; the words its type sets apart (<strong>区市场监管局</strong>) go to
    // its row's marks.
    private string CellText(IHtmlTableCellElement cell, List<MarkedWords> rowMarks)
    {
        var walker = new HtmlWalker(cancellationToken, insideCell: true);
        foreach (var child in cell.ChildNodes)
        {
            walker.Walk(child);
        }

        walker.Flush();
        rowMarks.AddRange(walker.Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Marks));
        return string.Join("\n", walker.Paragraphs);
    }

    /// <summary>Collapses white space as a browser does; a line break between two wide characters (CJK) disappears.</summary>
    private void Append(string data, bool preformatted)
    {
        if (preformatted)
        {
            var lines = data.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    Flush();
                }

                current.Append(lines[i]);
            }

            return;
        }

        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                current.Append(c);
                continue;
            }

            var hasBreak = false;
            while (i < data.Length && data[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                hasBreak |= data[i] is '\n' or '\r';
                i++;
            }

            var before = current.Length > 0 ? current[current.Length - 1] : '\0';
            var after = i < data.Length ? data[i] : '\0';
            i--;
            if (current.Length == 0 || before == ' ')
            {
                continue;
            }

            if (hasBreak && IsWide(before) && (after == '\0' || IsWide(after)))
            {
                continue;
            }

            current.Append(' ');
        }
    }

    private static bool IsWide(char c) => (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF');

    private string? OrderedNumber(IHtmlOrderedListElement list, IElement item)
    {
        var type = list.GetAttribute("type") ?? "1";
        if (type is not ("1" or "a" or "A" or "i" or "I"))
        {
            return null;
        }

        // The item after the one numbered last in its list takes the next number; counting the list's items for each
        // made a list of 40,000 items quadratic.
        var previous = item.PreviousElementSibling;
        while (previous is not null && previous.LocalName != "li")
        {
            previous = previous.PreviousElementSibling;
        }

        var reversed = list.HasAttribute("reversed");
        var start = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s
            : reversed ? list.Children.Count(c => c.LocalName == "li") : 1;
        var step = reversed ? -1 : 1;
        var number = int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var own) ? own
            : previous is null ? start
            : numbered.TryGetValue(list, out var last) && last.Item == previous ? last.Number + step
            : start + (step * list.Children.Where(c => c.LocalName == "li").ToList().IndexOf(item));
        numbered[list] = (item, number);

        // 1. 繁荣发展文化事业 over its own <ol> of 1. 实施… 2. 开展…: a list of lists, as an office suite exports a plan's
        // 一、 and （一） levels whose Chinese numbers it lost; the outer items head the inner ones.
        if (type == "1" && item.Children.Any(c => c is IHtmlOrderedListElement) && number >= 1 && IsListOfLists(list))
        {
            // Under a heading the page numbers 一、 itself (<h2>二、重点任务</h2>), the outer items are its （一） level.
            var depth = list.Ancestors<IElement>().Count(a => a.LocalName is "ol" or "ul") + (listsUnderChineseHeadings[list] ? 1 : 0);
            if (depth <= 1)
            {
                var chinese = NumberText.Format(number, "chineseCounting");
                return depth == 0 ? chinese + "、" : "（" + chinese + "）";
            }
        }

        // <ol type="a">, type="i": the letters and Roman numerals a browser shows, as a copy of the page prints them.
        return type switch
        {
            "a" or "A" when number is >= 1 and <= 26 => ((char)((type == "a" ? 'a' : 'A') + number - 1)).ToString() + ".",
            "i" or "I" when number is >= 1 and <= 15 => (type == "i" ? Roman[number - 1] : Roman[number - 1].ToUpperInvariant()) + ".",
            _ => number.ToString(CultureInfo.InvariantCulture) + ".",
        };
    }

    // Half of its items or more hold a list of their own (a last item with sub-items is still an item of the list): judged
    // once per list, since a list may hold 40,000 items.
    private bool IsListOfLists(IHtmlOrderedListElement list)
    {
        if (!listsOfLists.TryGetValue(list, out var holds))
        {
            var items = list.Children.Where(c => c.LocalName == "li").ToList();
            holds = items.Count(i => i.Children.Any(c => c is IHtmlOrderedListElement)) * 2 >= items.Count;
            listsOfLists[list] = holds;
            listsUnderChineseHeadings[list] = Blocks.OfType<ParagraphBlock>().Any(b => ChineseHeading.IsMatch(b.Text));
        }

        return holds;
    }

    private readonly Dictionary<IElement, bool> listsOfLists = new();

    private readonly Dictionary<IElement, bool> listsUnderChineseHeadings = new();

    private static readonly System.Text.RegularExpressions.Regex ChineseHeading = new(
        "^[ 　]*[一二三四五六七八九十]{1,3}、", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] Roman = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv" };
}
