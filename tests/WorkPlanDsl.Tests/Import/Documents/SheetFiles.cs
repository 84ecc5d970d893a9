using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>Makes .xlsx workbooks with OpenXml: shared and inline strings, number formats, merged ranges, hidden sheets.</summary>
internal static class SheetFiles
{
    public sealed record SheetSpec(string Name, Row[] Rows, string[] Merges, bool Hidden = false);

    public static byte[] Create(string[] sharedStrings, NumberingFormat[] customFormats, uint[] cellFormatIds, params SheetSpec[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(sharedStrings.Select(s => new SharedStringItem(new Text(s))));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(customFormats.Cast<OpenXmlElement>()),
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(cellFormatIds.Select(id => new CellFormat { NumberFormatId = id, ApplyNumberFormat = true })));
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var worksheet = new Worksheet(new SheetData(spec.Rows));
                if (spec.Merges.Length > 0)
                {
                    worksheet.Append(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                var sheet = new Sheet { Name = spec.Name, SheetId = sheetId++, Id = workbook.GetIdOfPart(part) };
                if (spec.Hidden)
                {
                    sheet.State = SheetStateValues.Hidden;
                }

                sheetList.Append(sheet);
            }
        }

        return stream.ToArray();
    }

    public static Row Row(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    public static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    public static Cell Inline(string reference, string text) => new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    public static Cell Number(string reference, string value, uint style = 0) => new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };
}
