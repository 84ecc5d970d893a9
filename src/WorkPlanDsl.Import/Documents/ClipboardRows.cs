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
        for (var i = 0; i < lines.Count; i++)
        {
            var end = lines[i].Text.IndexOf('\t') >= 0 ? RowEnd(lines, i) : i;
            if (end == i || Unquoted(lines, i, end) is not { } row)
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
