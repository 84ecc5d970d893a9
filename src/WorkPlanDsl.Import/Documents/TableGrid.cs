using System.Collections.Generic;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A table being laid out on its grid: each reader places cells at (row, column) with their spans, and a merged cell
/// is carried to every position it covers, marked as a copy, so that the rows come out whole.
/// </summary>
internal sealed class TableGrid
{
    private readonly List<TableCell?[]> rows = new();
    private readonly List<int> lines = new();
    private int width;

    public int RowCount => rows.Count;

    /// <summary>Starts a new row, cited by notes as <paramref name="line"/>; returns its index.</summary>
    public int AddRow(int line)
    {
        rows.Add(new TableCell?[width]);
        lines.Add(line);
        return rows.Count - 1;
    }

    public bool IsTaken(int row, int column) => row < rows.Count && column < rows[row].Length && rows[row][column] is not null;

    public TableCell? Get(int row, int column) => row >= 0 && row < rows.Count && column < rows[row].Length ? rows[row][column] : null;

    /// <summary>Places a cell and its copies over <paramref name="columnSpan"/> columns and <paramref name="rowSpan"/> rows (rows are added as needed).</summary>
    public void Place(int row, int column, string text, int columnSpan = 1, int rowSpan = 1, bool isMergedCopy = false)
    {
        for (var r = row; r < row + rowSpan; r++)
        {
            while (r >= rows.Count)
            {
                AddRow(lines.Count == 0 ? 1 : lines[lines.Count - 1] + 1);
            }

            for (var c = column; c < column + columnSpan; c++)
            {
                Set(r, c, new TableCell(text, isMergedCopy || r != row || c != column));
            }
        }
    }

    /// <summary>Sets one position, replacing what a span from elsewhere put there.</summary>
    public void Set(int row, int column, TableCell cell)
    {
        if (column >= width)
        {
            width = column + 1;
        }

        var cells = rows[row];
        if (column >= cells.Length)
        {
            // Doubling: a row filled cell by cell (a CSV record) grew by one each time, copying the row at every cell.
            System.Array.Resize(ref cells, System.Math.Max(width, cells.Length * 2));
            rows[row] = cells;
        }

        cells[column] = cell;
    }

    /// <summary>
    /// The rows, every one as wide as the widest, positions no cell covers left empty; rows with no text at all dropped,
    /// and columns with no text in any row (a spreadsheet's trailing <c>,,,,</c>), which say nothing and made every
    /// column-wise judgement pay for them.
    /// </summary>
    public List<TableRow> ToRows()
    {
        var kept = new List<int>();
        for (var c = 0; c < width; c++)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                if (c < rows[r].Length && rows[r][c] is { } cell && !IsBlank(cell.Text))
                {
                    kept.Add(c);
                    break;
                }
            }
        }

        var empty = new TableCell(string.Empty);
        var result = new List<TableRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new TableCell[kept.Count];
            var anyText = false;
            for (var k = 0; k < kept.Count; k++)
            {
                var c = kept[k];
                var cell = c < rows[r].Length ? rows[r][c] : null;
                cells[k] = cell ?? empty;
                anyText |= !IsBlank(cells[k].Text);
            }

            if (anyText)
            {
                result.Add(new TableRow(lines[r], cells));
            }
        }

        return result;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
