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
/// An .xlsx workbook as blocks: for each visible sheet with data, its name as a paragraph and its cells as a table,
/// values as Excel shows them (shared and inline strings, numbers and dates in their cell formats), merged ranges
/// carried to every cell they cover. A row's line is its row number in the sheet.
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

                var rows = Rows(part.Worksheet, strings, formats, cancellationToken);
                if (rows.Count > 0)
                {
                    blocks.Add(new ParagraphBlock(rows[0].Line, sheetName));
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
            // missing); whatever the SDK throws, the file is damaged for this reader and nothing else breaks.
            return DocumentReadResult.Failed(ReadFailureKind.Damaged, "the .xlsx cannot be read, it is damaged: " + e.Message);
        }

    }

    private static List<TableRow> Rows(Worksheet worksheet, string[] strings, CellFormats formats, CancellationToken cancellationToken)
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

        var firstRow = values.Keys.Min(k => k.Row);
        var lastRow = values.Keys.Max(k => k.Row);
        var firstColumn = values.Keys.Min(k => k.Column);
        var lastColumn = values.Keys.Max(k => k.Column);
        var grid = new TableGrid();
        for (var r = firstRow; r <= lastRow; r++)
        {
            grid.AddRow(r);
        }

        foreach (var pair in values)
        {
            grid.Place(pair.Key.Row - firstRow, pair.Key.Column - firstColumn, pair.Value);
        }

        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            if (merge.Reference?.Value is not { } range || range.Split(':') is not { Length: 2 } ends
                || Reference(ends[0]) is not { } from || Reference(ends[1]) is not { } to)
            {
                continue;
            }

            values.TryGetValue(from, out var text);
            for (var r = Math.Max(from.Row, firstRow); r <= Math.Min(to.Row, lastRow); r++)
            {
                for (var c = Math.Max(from.Column, firstColumn); c <= Math.Min(to.Column, lastColumn); c++)
                {
                    if ((r, c) != from)
                    {
                        grid.Set(r - firstRow, c - firstColumn, new TableCell(text ?? string.Empty, isMergedCopy: true));
                    }
                }
            }
        }

        return grid.ToRows();
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
