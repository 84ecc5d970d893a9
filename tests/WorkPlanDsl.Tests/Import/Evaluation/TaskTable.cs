using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>A cell as an author merges it in Word or Excel: its text, and how many rows and columns it covers.</summary>
public sealed record TableSource(string Text, int RowSpan = 1, int ColumnSpan = 1);

/// <summary>
/// A 任务分工表 as written: the title above it, then rows of cells where a merged cell is given once, in the row and
/// column where it starts (as HTML writes rowspan and colspan). Every file format and the text copied out of the table
/// are made from this one source, so each carries the same labelled tasks.
/// </summary>
public sealed class TaskTable
{
    public TaskTable(string name, string title, IReadOnlyList<IReadOnlyList<TableSource>> rows, string? after = null)
    {
        Name = name;
        Title = title;
        Rows = rows;
        After = after;
        Grid = Place(rows);
    }

    public string Name { get; }

    public string Title { get; }

    public IReadOnlyList<IReadOnlyList<TableSource>> Rows { get; }

    /// <summary>A paragraph after the table (a closing note), or none.</summary>
    public string? After { get; }

    /// <summary>Every slot of the table: the cell that covers it, and whether the slot is where that cell starts.</summary>
    public (TableSource Cell, bool IsOrigin)[,] Grid { get; }

    public int RowCount => Grid.GetLength(0);

    public int ColumnCount => Grid.GetLength(1);

    /// <summary>The document a reader makes of the table: merged cells carried to every slot they cover.</summary>
    public PlanDocument Document()
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock(1, Title) };
        var rows = new List<TableRow>();
        for (var r = 0; r < RowCount; r++)
        {
            var cells = new List<TableCell>();
            for (var c = 0; c < ColumnCount; c++)
            {
                cells.Add(new TableCell(Grid[r, c].Cell.Text, !Grid[r, c].IsOrigin));
            }

            rows.Add(new TableRow(r + 2, cells));
        }

        blocks.Add(new TableBlock(2, rows));
        if (After is not null)
        {
            blocks.Add(new ParagraphBlock(RowCount + 2, After));
        }

        return new PlanDocument(Name, blocks);
    }

    /// <summary>The table as text copied out of Word: the title, then one cell a line, each merged cell once, header first.</summary>
    public string CopiedText()
    {
        var text = new StringBuilder().Append(Title).Append('\n');
        foreach (var row in Rows)
        {
            foreach (var cell in row)
            {
                text.Append(cell.Text.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
            }
        }

        if (After is not null)
        {
            text.Append(After).Append('\n');
        }

        return text.ToString();
    }

    private static (TableSource, bool)[,] Place(IReadOnlyList<IReadOnlyList<TableSource>> rows)
    {
        var columns = rows[0].Sum(c => c.ColumnSpan);
        var grid = new (TableSource, bool)[rows.Count, columns];
        var filled = new bool[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (c < columns && filled[r, c])
                {
                    c++;
                }

                if (c + cell.ColumnSpan > columns || r + cell.RowSpan > rows.Count)
                {
                    throw new InvalidOperationException($"row {r + 1}: '{cell.Text}' does not fit the table");
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        grid[r + dr, c + dc] = (cell, dr == 0 && dc == 0);
                        filled[r + dr, c + dc] = true;
                    }
                }

                c += cell.ColumnSpan;
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (!filled[r, c])
                {
                    throw new InvalidOperationException($"row {r + 1}, column {c + 1} is not covered by any cell");
                }
            }
        }

        return grid;
    }
}
