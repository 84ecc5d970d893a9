using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A table set like a table of contents: a header line whose column names stand apart by a leader
/// (<c>项目名称……………………责任单位</c>), then one row a line, its cells apart the same way
/// (<c>１．城区新建公办幼儿园3所……………县教育局</c>, the leader of dots, middle dots, ellipses or dashes). A row whose leader
/// ends the line has an empty last cell. The header is what makes it a table: without one, a line
/// <c>一、扩大有效投资……1</c> is a contents entry and <c>1.城镇新增就业人数……3000</c> an indicator with its value.
/// </summary>
internal static class LeaderTable
{
    public static List<DocumentBlock> Blocks(List<LayoutLine> lines, Func<List<LayoutLine>, List<DocumentBlock>> rest)
    {
        var blocks = new List<DocumentBlock>();
        var from = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Header(lines[i].Text) is not { } header || Read(lines, i, header) is not var (table, next))
            {
                continue;
            }

            blocks.AddRange(rest(lines.GetRange(from, i - from)));
            blocks.Add(table);
            from = next;
            i = next - 1;
        }

        if (from == 0)
        {
            return rest(lines);
        }

        blocks.AddRange(rest(lines.GetRange(from, lines.Count - from)));
        return blocks;
    }

    /// <summary>
    /// The same lists among a document's paragraphs (a Word file or a web page sets them as paragraphs): each becomes a
    /// table; every other block stays as it is.
    /// </summary>
    public static IReadOnlyList<DocumentBlock> InBlocks(IReadOnlyList<DocumentBlock> blocks)
    {
        if (!blocks.Any(b => b is ParagraphBlock p && Header(p.Text) is not null))
        {
            return blocks;
        }

        var lines = new List<LayoutLine>();
        var result = new List<DocumentBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ParagraphBlock paragraph || Header(paragraph.Text) is not { } header)
            {
                result.Add(blocks[i]);
                continue;
            }

            var end = i + 1;
            while (end < blocks.Count && blocks[end] is ParagraphBlock)
            {
                end++;
            }

            var run = blocks.Skip(i).Take(end - i).Cast<ParagraphBlock>().Select(p => new LayoutLine(p.Line, p.Text, false)).ToList();
            if (Read(run, 0, header) is var (table, next))
            {
                result.Add(table);
                i += next - 1;
            }
            else
            {
                result.Add(blocks[i]);
            }
        }

        return result;
    }

    // The header: two or more column names, each a name a task table uses, the first the work's.
    private static List<string>? Header(string text)
    {
        var cells = Cells(text);
        if (cells is null || cells.Count < 2 || cells.Any(c => c.Length is 0 or > 12))
        {
            return null;
        }

        var kinds = cells.Select(c => Reading.TableColumns.Classify(c)).ToList();
        return kinds[0] is Reading.ColumnKind.Task or Reading.ColumnKind.Content && kinds.Skip(1).All(k => k != Reading.ColumnKind.None)
            && kinds.Skip(1).Any(Reading.TableColumns.NamesUnits)
            ? cells
            : null;
    }

    // The rows under the header, up to the first line without a leader; at least two of them.
    private static (TableBlock Table, int Next)? Read(List<LayoutLine> lines, int start, List<string> header)
    {
        var rows = new List<TableRow> { new(lines[start].Number, header.Select(h => new TableCell(h)).ToList()) };
        var i = start + 1;
        for (; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (Cells(lines[i].Text) is not { } cells || cells[0].Length == 0)
            {
                break;
            }

            while (cells.Count < header.Count)
            {
                cells.Add(string.Empty);
            }

            // 3．建设水库……县水务局……2024年底……县财政局 under two columns: the row stays in the list, and the words no
            // column names are put before the reviewer rather than guessed at.
            rows.Add(new TableRow(lines[i].Number, cells.Take(header.Count).Select(c => new TableCell(c)).ToList())
            {
                Unheaded = cells.Skip(header.Count).Where(c => c.Length > 0).ToArray(),
            });
        }

        // Blank lines after the last row are the text's.
        while (i > start + 1 && lines[i - 1].IsBlank)
        {
            i--;
        }

        return rows.Count >= 3 ? (new TableBlock(lines[start].Number, WithNumbersApart(rows)), i) : null;
    }

    // １６．全民健身中心建设…………… with nothing after its leader is still a numbered row, not a heading across the table:
    // where every row opens with its number, the numbers are a column of their own.
    private static List<TableRow> WithNumbersApart(List<TableRow> rows)
    {
        var numbers = rows.Skip(1).Select(r => RowNumber.Match(r.Cells[0].Text)).ToList();
        if (numbers.Any(m => !m.Success))
        {
            return rows;
        }

        var apart = new List<TableRow> { new(rows[0].Line, new[] { new TableCell("序号") }.Concat(rows[0].Cells).ToList()) };
        for (var i = 1; i < rows.Count; i++)
        {
            var text = rows[i].Cells[0].Text;
            var number = numbers[i - 1].Groups[1].Value;
            apart.Add(new TableRow(rows[i].Line, new[] { new TableCell(number), new TableCell(text.Substring(numbers[i - 1].Length)) }.Concat(rows[i].Cells.Skip(1)).ToList())
            {
                Unheaded = rows[i].Unheaded,
            });
        }

        return apart;
    }

    private static readonly System.Text.RegularExpressions.Regex RowNumber = new(
        @"^((?:[0-9０-９]{1,3}[.．、]|[（(](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、))\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The words of the line between its leaders, or null where it has none. A leader is a run of one character: four
    // or more dots, middle dots or dashes, or two or more ellipses (……); 2.1万 or a dash in words (——) is none.
    private static List<string>? Cells(string text)
    {
        var cells = new List<string>();
        var from = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            var end = i;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            var run = end - i;
            if (c is '…' or '⋯' ? run >= 2 : IsLeaderDot(c) && run >= 4)
            {
                cells.Add(text.Substring(from, i - from).Trim(' ', '\u3000', '\t', '\u00A0'));
                from = end;
            }

            i = end;
        }

        if (cells.Count == 0)
        {
            return null;
        }

        cells.Add(text.Substring(from).Trim(' ', '\u3000', '\t', '\u00A0'));
        return cells;
    }

    private static bool IsLeaderDot(char c) => c is '.' or '．' or '·' or '・' or '-' or '－' or '—' or '_' or '＿';
}
