using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// An .xlsx workbook as blocks: for each visible sheet with data, its name as a paragraph (unless it is the name Excel
/// gave, Sheet1 or 工作表1) and its cells as a table, values as Excel shows them (shared and inline strings, numbers
/// and dates in their cell formats), merged ranges carried to every cell they cover. A row's line is its row number
/// in the sheet.
/// </summary>
internal static class XlsxReader
{
    public static DocumentReadResult Read(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var package = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbookPart = package.WorkbookPart;
            var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbookPart is null || sheets is null)
            {
                return DocumentReadResult.Failed(ReadFailureKind.Damaged, "the .xlsx has no workbook");
            }

            var strings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? Array.Empty<string>();
            var formats = new CellFormats(workbookPart);
            var blocks = new List<DocumentBlock>();
            var notes = new List<ImportNote>();
            foreach (var sheet in sheets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sheetName = sheet.Name?.Value ?? string.Empty;
                if (sheet.State is not null && sheet.State.Value != SheetStateValues.Visible)
                {
                    notes.Add(new ImportNote(1, NoteSeverity.Note, "the hidden sheet '" + sheetName + "' is left out"));
                    continue;
                }

                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part || part.Worksheet is null)
                {
                    continue;
                }

                var rows = Rows(part.Worksheet, sheetName, strings, formats, notes, cancellationToken);
                if (rows.Count > 0)
                {
                    // Sheet1, 工作表1: the name Excel or WPS gave says nothing (it would be the plan's title).
                    if (!DefaultSheetName.IsMatch(sheetName.Trim()))
                    {
                        blocks.Add(new ParagraphBlock(rows[0].Line, sheetName));
                    }

                    blocks.Add(new TableBlock(rows[0].Line, rows));
                }
            }

            if (blocks.Count == 0)
            {
                return DocumentReadResult.Failed(ReadFailureKind.Empty, "the document is empty: no visible sheet of the workbook holds data");
            }

            return DocumentReadResult.Read(new PlanDocument(name, blocks, notes));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file made by another tool may break the format anywhere (a number where none is allowed, a part
            // missing); whatever the SDK throws, the file is damaged for this reader (too large where memory ran out)
            // and nothing else breaks.
            return DocumentReadResult.Thrown(".xlsx", e);
        }

    }

    private static readonly System.Text.RegularExpressions.Regex DefaultSheetName = new(@"^(Sheet|工作表)\s*\d{1,3}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// The most cells a sheet's table is laid out on (its used rows times its used columns): two hundred times the
    /// widest task table seen (500 rows of 20 columns). A sheet past it is no plan's table; its first rows are read.
    /// </summary>
    internal const int MaxCells = 2_000_000;

    /// <summary>
    /// The sheet's table, laid out on the rows and columns that hold a value: an empty row or column between them, and
    /// all after the last, take no place, so a stray cell at XFD1048576 adds one row and one column, not a million
    /// rows of 16,384 columns. A merged range is carried to the used rows and columns it covers, no further.
    /// </summary>
    private static List<TableRow> Rows(Worksheet worksheet, string sheetName, string[] strings, CellFormats formats, List<ImportNote> notes, CancellationToken cancellationToken)
    {
        var values = new Dictionary<(int Row, int Column), string>();
        var nextRow = 1;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? Enumerable.Empty<Row>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rowNumber = (int?)row.RowIndex?.Value ?? nextRow;
            nextRow = rowNumber + 1;
            var nextColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var (r, c) = cell.CellReference?.Value is { } reference && Reference(reference) is { } at ? at : (rowNumber, nextColumn);
                nextColumn = c + 1;
                var text = formats.Shown(cell, strings);
                if (text.Length > 0)
                {
                    values[(r, c)] = text;
                }
            }
        }

        if (values.Count == 0)
        {
            return new List<TableRow>();
        }

        var rows = values.Keys.Select(k => k.Row).Distinct().OrderBy(r => r).ToList();
        var columns = values.Keys.Select(k => k.Column).Distinct().OrderBy(c => c).ToList();
        if ((long)rows.Count * columns.Count > MaxCells)
        {
            var kept = Math.Max(1, MaxCells / columns.Count);
            notes.Add(new ImportNote(rows[kept], NoteSeverity.Warning,
                "the sheet '" + sheetName + "' holds values over " + rows.Count.ToString("N0", CultureInfo.InvariantCulture) + " rows and "
                + columns.Count.ToString("N0", CultureInfo.InvariantCulture) + " columns, more than any plan's table: only its first "
                + kept.ToString("N0", CultureInfo.InvariantCulture) + " rows are read (to row " + rows[kept - 1].ToString(CultureInfo.InvariantCulture) + ")"));
            rows.RemoveRange(kept, rows.Count - kept);
            var last = rows[kept - 1];
            foreach (var key in values.Keys.Where(k => k.Row > last).ToList())
            {
                values.Remove(key);
            }

            columns = values.Keys.Select(k => k.Column).Distinct().OrderBy(c => c).ToList();
        }

        var rowAt = new Dictionary<int, int>();
        var grid = new TableGrid();
        foreach (var r in rows)
        {
            rowAt[r] = grid.AddRow(r);
        }

        var columnAt = new Dictionary<int, int>();
        for (var i = 0; i < columns.Count; i++)
        {
            columnAt[columns[i]] = i;
        }

        foreach (var pair in values)
        {
            grid.Place(rowAt[pair.Key.Row], columnAt[pair.Key.Column], pair.Value);
        }

        // Ranges that overlap (Excel never writes them) could together cover the grid many times over: a budget.
        var budget = (long)rows.Count * columns.Count;
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (merge.Reference?.Value is not { } range || range.Split(':') is not { Length: 2 } ends
                || Reference(ends[0]) is not { } from || Reference(ends[1]) is not { } to)
            {
                continue;
            }

            values.TryGetValue(from, out var text);
            var (firstRow, lastRow) = Within(rows, from.Row, to.Row);
            var (firstColumn, lastColumn) = Within(columns, from.Column, to.Column);
            for (var r = firstRow; r <= lastRow; r++)
            {
                for (var c = firstColumn; c <= lastColumn; c++)
                {
                    if ((rows[r], columns[c]) != from)
                    {
                        if (--budget < 0)
                        {
                            notes.Add(new ImportNote(rows[r], NoteSeverity.Warning, "the sheet '" + sheetName + "' has merged ranges that overlap: the rest of them are not carried"));
                            return grid.ToRows();
                        }

                        grid.Set(r, c, new TableCell(text ?? string.Empty, isMergedCopy: true));
                    }
                }
            }
        }

        return grid.ToRows();
    }

    /// <summary>The indexes of the first and last of the sorted <paramref name="used"/> within [from, to]; empty (1, 0) where none is.</summary>
    private static (int First, int Last) Within(List<int> used, int from, int to)
    {
        var first = used.BinarySearch(from);
        first = first < 0 ? ~first : first;
        var last = used.BinarySearch(to);
        last = last < 0 ? ~last - 1 : last;
        return first <= last ? (first, last) : (1, 0);
    }

    /// <summary>"B12" as (12, 1): the row number and the 0-based column; null for what is not a cell reference.</summary>
    internal static (int Row, int Column)? Reference(string reference)
    {
        var i = 0;
        var column = 0;
        while (i < reference.Length && char.ToUpperInvariant(reference[i]) is >= 'A' and <= 'Z' && i < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && i < reference.Length && int.TryParse(reference.Substring(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row, column - 1)
            : null;
    }

    /// <summary>A shared or inline string: its text, or its runs' texts; phonetic guides are not the text.</summary>
    internal static string ItemText(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                text.Append(t.Text);
            }
            else if (child is Run run)
            {
                text.Append(run.Text?.Text);
            }
        }

        return text.ToString();
    }
}
