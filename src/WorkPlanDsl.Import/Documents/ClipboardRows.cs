using System.Linq;
using System.Collections.Generic;
using System.Text;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Rows copied out of a spreadsheet (Excel's clipboard, a tab-separated export): cells separated by tabs, and a cell
/// that holds line breaks or quotes wrapped in double quotes with its quotes doubled
/// (<c>1→推进…→"市民政局（牵头）⏎市住房城乡建设局"→2024年12月</c>). Such a row spans several text lines; it is joined
/// into one, the cell's breaks kept inside it, so that the rows after it are still rows.
/// </summary>
internal static class ClipboardRows
{
    // A cell longer than this many lines is no cell but an unclosed quote (“"十四五"规划” is closed at once).
    private const int MaxLines = 40;

    public static List<LayoutLine> Join(List<LayoutLine> lines)
    {
        List<LayoutLine>? joined = null;
        var width = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var end = lines[i].Text.IndexOf('\t') >= 0 ? RowEnd(lines, i) : i;
            string? row;
            if (end == i)
            {
                width = width < 0 ? Width(lines) : width;
                (end, row) = UnquotedBreaks(lines, i, width);
            }
            else
            {
                row = Unquoted(lines, i, end);
            }

            if (end == i || row is null)
            {
                joined?.Add(lines[i]);
                continue;
            }

            joined ??= lines.GetRange(0, i);
            joined.Add(new LayoutLine(lines[i].Number, row, lines[i].AfterPageBreak));
            i = end;
        }

        return joined ?? lines;
    }

    // The last line of the row starting at `start` where a quoted cell on it runs past its end; `start` otherwise.
    private static int RowEnd(List<LayoutLine> lines, int start)
    {
        var line = start;
        var text = lines[line].Text;
        var at = 0;
        while (true)
        {
            // at: the start of a cell.
            if (at < text.Length && text[at] == '"')
            {
                var i = at + 1;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        // The quoted cell goes on on the next line.
                        if (++line >= lines.Count || line - start > MaxLines)
                        {
                            return start;
                        }

                        text = lines[line].Text;
                        i = 0;
                        continue;
                    }

                    if (text[i] != '"')
                    {
                        i++;
                        continue;
                    }

                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }

                    // A closing quote ends the cell; one followed by other words was no quoting.
                    if (i + 1 < text.Length && text[i + 1] != '\t')
                    {
                        return start;
                    }

                    at = i + 1;
                    break;
                }
            }

            var tab = text.IndexOf('\t', at);
            if (tab < 0)
            {
                return line;
            }

            at = tab + 1;
        }
    }

    // The number of tabs most rows of the text have (those with two or more): the table's width; 0 where none has.
    private static int Width(List<LayoutLine> lines)
    {
        var counts = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            var tabs = Tabs(line.Text);
            if (tabs >= 2)
            {
                counts[tabs] = counts.TryGetValue(tabs, out var n) ? n + 1 : 1;
            }
        }

        var width = 0;
        var most = 1;
        foreach (var pair in counts)
        {
            if (pair.Value > most || (pair.Value == most && width > 0 && pair.Key > width))
            {
                (width, most) = (pair.Key, pair.Value);
            }
        }

        return width;
    }

    // 2→→开展…→市人社局 over 市农业农村局→各县（市、区）人民政府→2025年12月底前: a cell holding a line break copied
    // without Excel's quotes splits its row in two; where the row falls short of the table's tabs and the lines after it,
    // none of them a row of its own (no 序号 before a tab), make up exactly what it lacks, they are one row, the break kept
    // inside the cell.
    private static (int End, string? Row) UnquotedBreaks(List<LayoutLine> lines, int start, int width)
    {
        var tabs = Tabs(lines[start].Text);
        if (width < 3 || tabs < 2 || tabs >= width)
        {
            return (start, null);
        }

        var row = new StringBuilder(lines[start].Text);
        for (var l = start + 1; l < lines.Count && l - start < MaxLines; l++)
        {
            var text = lines[l].Text;
            // 联系人：王某→电话：…, 注：…: a line of the page under a short row, not the rest of its cell.
            if (PlainText.IsBlank(text) || StartsRow(text) || Labelled(text))
            {
                break;
            }

            tabs += Tabs(text);
            row.Append('\n').Append(text);
            if (tabs == width)
            {
                return (l, row.ToString());
            }

            if (tabs > width)
            {
                break;
            }
        }

        return (start, null);
    }

    // 2→…, 十二→…, ①→…, （3）→…, 2.1→…, or →… (a 序号 merged from above): a row's start, then its tab.
    private static bool StartsRow(string text)
    {
        var tab = text.IndexOf('\t');
        if (tab == 0)
        {
            return true;
        }

        var number = tab > 0 && tab <= 6 ? text.Substring(0, tab).Trim() : string.Empty;
        return number.Length > 0 && number.All(c => char.IsDigit(c) || "一二三四五六七八九十.．（）()、".IndexOf(c) >= 0 || c is >= '①' and <= '⑳');
    }

    // Every cell a label and its value (联系人：王某→电话：1234567); not a cell's words after a colon beside the row's
    // other cells (目标：…→区民政局→2026年底).
    private static bool Labelled(string text)
        => text.Split('\t').Where(c => c.Trim().Length > 0).All(c => c.IndexOfAny(new[] { '：', ':' }) > 0);

    private static int Tabs(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += c == '\t' ? 1 : 0;
        }

        return n;
    }

    // The row's cells on one line, quoted cells unquoted with their breaks as \n; null where the row does not parse.
    private static string? Unquoted(List<LayoutLine> lines, int start, int end)
    {
        var text = new StringBuilder();
        for (var l = start; l <= end; l++)
        {
            text.Append(l > start ? "\n" : string.Empty).Append(lines[l].Text);
        }

        var row = new StringBuilder();
        var cells = text.ToString().Split('\t');
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (c > 0)
            {
                row.Append('\t');
            }

            if (cell.Length >= 2 && cell[0] == '"' && cell[cell.Length - 1] == '"')
            {
                cell = cell.Substring(1, cell.Length - 2).Replace("\"\"", "\"");
            }
            else if (cell.IndexOf('\n') >= 0)
            {
                return null;
            }

            row.Append(cell);
        }

        return row.ToString();
    }
}
