using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table a heading or a page cuts in two, whose second part prints no header (一、… then its rows 1–7, 二、… then
/// rows 8–13 under no header): the second part's columns are the first's, where it has as many and its first row goes
/// on numbering the first's rows. It is given the first part's header again, so it is read as the same table.
/// </summary>
internal static class ContinuedTables
{
    // How many paragraphs may stand between the parts (a heading, a page's chrome).
    private const int MaxBetween = 3;

    private const int MinTaskWords = 5;

    public static IReadOnlyList<DocumentBlock> WithHeaders(IReadOnlyList<DocumentBlock> blocks)
    {
        List<DocumentBlock>? result = null;
        TableBlock? last = null;
        TableColumns? columns = null;
        var between = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is not TableBlock table)
            {
                between++;
                result?.Add(block);
                continue;
            }

            var own = TableColumns.Find(table.Rows);
            if (own is null && last is not null && columns is not null && between <= MaxBetween && Continues(last, columns, table))
            {
                result ??= blocks.Take(i).ToList();
                var header = last.Rows.Skip(columns.HeaderStart).Take(columns.HeaderRows)
                    .Select(r => new TableRow(table.Line, r.Cells.Select(c => new TableCell(c.Text, c.IsMergedCopy)).ToArray()));
                var joined = new TableBlock(table.Line, header.Concat(table.Rows).ToList(), table.Marks);
                result.Add(joined);
                last = joined;
                between = 0;
                continue;
            }

            result?.Add(block);
            if (own is not null)
            {
                (last, columns) = (table, own);
            }
            else
            {
                (last, columns) = (null, null);
            }

            between = 0;
        }

        return result ?? blocks;
    }

    // As many cells a row, and the first row's number the one after the last row's of the table above.
    private static bool Continues(TableBlock above, TableColumns columns, TableBlock table)
    {
        var width = above.Rows[above.Rows.Count - 1].Cells.Count;
        var number = columns.Index(ColumnKind.Number);
        if (number < 0 || number >= width || table.Rows.Count == 0 || table.Rows.Any(r => r.Cells.Count != width))
        {
            return false;
        }

        // A task's words, not a name (3 | 张三 | 市教育局 | 电话: a list of contacts numbered on).
        var task = columns.TaskColumn;
        if (task < 0 || task >= width || table.Rows.Any(r => task >= r.Cells.Count || r.Cells[task].Text.Trim().Length < MinTaskWords))
        {
            return false;
        }

        var lastNumber = above.Rows.Select(r => number < r.Cells.Count ? PageChrome.BareNumber(ChineseText.Fold(r.Cells[number].Text).Trim()) : null).LastOrDefault(n => n is not null);
        var first = PageChrome.BareNumber(ChineseText.Fold(table.Rows[0].Cells[number].Text).Trim());
        return lastNumber is { } n && first == n + 1;
    }
}
