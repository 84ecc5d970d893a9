using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The header of a table copied one cell a line whose narrow cells wrapped, a piece a line (<c>责任</c> / <c>领导</c> /
/// <c>责任</c> / <c>科室</c> / <c>第二季度</c> / <c>完成情况</c>): where its rows show how many columns it has (the first
/// row's lines from its 序号 to the next, which no later row exceeds: rows under a merged cell print fewer), the pieces
/// are joined back into that many header cells, a word's ending to the words before it and a piece no column is named by
/// to the piece after it. Nothing is joined unless the joins give exactly the rows' width.
/// </summary>
internal static class HeaderFragments
{
    // Pieces a wrapped header cell ends with, never a column's whole name on their own.
    private static readonly string[] Endings = { "单位", "部门", "处室", "科室", "股室", "领导", "人", "任务", "情况", "时限", "时间", "节点", "措施", "内容", "目标", "号", "类别" };

    // How many lines a header may run to: beyond it the lines are no header.
    private const int MaxHeaderLines = 24;

    public static List<SourceLine> Join(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        string[]? joinedPieces = null;
        List<SourceLine>? joinedHeader = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Table is not null || TableColumns.Classify(lines[i].Text) != ColumnKind.Number || CopiedTable.Number(lines[i]) is not null)
            {
                continue;
            }

            var first = i + 1;
            while (first < lines.Count && first - i <= MaxHeaderLines && IsHeaderPiece(lines[first]))
            {
                first++;
            }

            // The header printed again at the top of a later page is joined as it was the first time, however few rows
            // the page holds.
            var pieces = lines.Skip(i).Take(first - i).ToList();
            var header = joinedPieces is not null && pieces.Select(p => p.Text.Trim()).SequenceEqual(joinedPieces) && first < lines.Count && CopiedTable.Number(lines[first]) is not null
                ? joinedHeader!.Select((h, k) => SourceLine.Of(pieces[System.Math.Min(k, pieces.Count - 1)].Number, h.Text)).ToList()
                : null;

            // A page of a longer table starts at its own row (108 / 继续全面推进素质教育 / …).
            var width = header is null && first < lines.Count && CopiedTable.Number(lines[first]) is { } firstRow ? RowWidth(lines, first, firstRow) ?? 0 : 0;
            if (header is null && (width == 0 || first - i <= width || first - i > 2 * width))
            {
                continue;
            }

            // Every row a line short of the header where a category column's cell is merged down from above the page or
            // printed once over its rows.
            if (header is null && Joined(pieces) is { } joined
                && (joined.Count == width || (joined.Count == width + 1 && joined.Count(h => TableColumns.Classify(h.Text) == ColumnKind.Category) == 1)))
            {
                header = joined;
                joinedPieces = pieces.Select(p => p.Text.Trim()).ToArray();
                joinedHeader = joined;
            }

            if (header is not null)
            {
                result ??= new List<SourceLine>(lines);
                var offset = result.Count - lines.Count;
                result.RemoveRange(i + offset, first - i);
                result.InsertRange(i + offset, header);
            }

            i = first - 1;
        }

        return result ?? lines;
    }

    private static bool IsHeaderPiece(SourceLine line)
    {
        var text = line.Folded.Trim();
        return line.Table is null && text.Length is > 0 and <= 10 && CopiedTable.Number(line) is null && !text.Any(c => "。，,；;：:、".IndexOf(c) >= 0);
    }

    // The lines from the first row's 序号 to the next's, where no later row has more; null where one has, or there is one
    // row only.
    private static int? RowWidth(List<SourceLine> lines, int first, int firstRow)
    {
        var starts = new List<int> { first };
        for (var k = first + 1; k < lines.Count && k - starts[starts.Count - 1] <= MaxHeaderLines; k++)
        {
            // A table, or the header printed again at the top of the next page: the rows end before it.
            if (lines[k].Table is not null || (TableColumns.Classify(lines[k].Text) == ColumnKind.Number && CopiedTable.Number(lines[k]) is null))
            {
                break;
            }

            if (CopiedTable.Number(lines[k]) == firstRow + starts.Count)
            {
                starts.Add(k);
            }
        }

        // A row under a category merged down prints fewer lines than the first, never more.
        var widths = starts.Zip(starts.Skip(1), (a, b) => b - a).ToList();
        return widths.Count > 0 && widths[0] >= 3 && widths[0] == widths.Max() ? widths[0] : null;
    }

    private static List<SourceLine>? Joined(List<SourceLine> pieces)
    {
        var cells = pieces.Select(p => (Line: p, Text: p.Text.Trim())).ToList();

        // 责任 / 领导: a word's ending goes back to the words it ends.
        for (var k = cells.Count - 1; k > 1; k--)
        {
            if (Endings.Contains(cells[k].Text) && TableColumns.Classify(cells[k - 1].Text) != ColumnKind.Number
                && TableColumns.Classify(cells[k - 1].Text + cells[k].Text) != ColumnKind.None)
            {
                cells[k - 1] = (cells[k - 1].Line, cells[k - 1].Text + cells[k].Text);
                cells.RemoveAt(k);
            }
        }

        // 第二季度 / 完成情况: a piece naming no column goes on to the next.
        for (var k = cells.Count - 2; k > 0; k--)
        {
            if (TableColumns.Classify(cells[k].Text) == ColumnKind.None && TableColumns.Classify(cells[k].Text + cells[k + 1].Text) != ColumnKind.None)
            {
                cells[k] = (cells[k].Line, cells[k].Text + cells[k + 1].Text);
                cells.RemoveAt(k + 1);
            }
        }

        return cells.Count == pieces.Count ? null : cells.Select(c => SourceLine.Of(c.Line.Number, c.Text)).ToList();
    }
}
