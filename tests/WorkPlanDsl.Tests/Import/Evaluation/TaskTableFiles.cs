using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>
/// A task table as the files offices publish it in: .docx (vertical merges as vMerge, horizontal as gridSpan), .xlsx
/// (merged ranges), .html (rowspan/colspan) and .csv (as Excel saves a sheet: a merged range's text in its first cell).
/// </summary>
public static class TaskTableFiles
{
    public static byte[] Docx(TaskTable table)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body(Paragraph(table.Title));
            var grid = new W.TableGrid(Enumerable.Range(0, table.ColumnCount).Select(_ => new W.GridColumn { Width = "1800" }));
            var xml = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })), grid);
            for (var r = 0; r < table.RowCount; r++)
            {
                var row = new W.TableRow();
                for (var c = 0; c < table.ColumnCount;)
                {
                    var (cell, isOrigin) = table.Grid[r, c];
                    var properties = new W.TableCellProperties();
                    if (cell.ColumnSpan > 1)
                    {
                        properties.Append(new W.GridSpan { Val = cell.ColumnSpan });
                    }

                    if (cell.RowSpan > 1)
                    {
                        properties.Append(isOrigin ? new W.VerticalMerge { Val = W.MergedCellValues.Restart } : new W.VerticalMerge());
                    }

                    row.Append(new W.TableCell(properties, isOrigin ? Paragraph(cell.Text) : new W.Paragraph()));
                    c += cell.ColumnSpan;
                }

                xml.Append(row);
            }

            body.Append(xml);
            if (table.After is not null)
            {
                body.Append(Paragraph(table.After));
            }

            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();

        // A line break inside a cell is a <w:br/> in the same paragraph, as Word writes Shift+Enter.
        static W.Paragraph Paragraph(string text)
        {
            var run = new W.Run();
            foreach (var (line, i) in text.Split('\n').Select((line, i) => (line, i)))
            {
                if (i > 0)
                {
                    run.Append(new W.Break());
                }

                run.Append(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve });
            }

            return new W.Paragraph(run);
        }
    }

    public static byte[] Xlsx(TaskTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, new[] { table.Title }));
            for (var r = 0; r < table.RowCount; r++)
            {
                var r1 = r;
                data.Append(Row((uint)(r + 2), Enumerable.Range(0, table.ColumnCount).Select(c => table.Grid[r1, c].IsOrigin ? table.Grid[r1, c].Cell.Text : null).ToArray()));
            }

            var merges = new MergeCells();
            merges.Append(new MergeCell { Reference = "A1:" + Column(table.ColumnCount - 1) + "1" });
            for (var r = 0; r < table.RowCount; r++)
            {
                for (var c = 0; c < table.ColumnCount; c++)
                {
                    var (cell, isOrigin) = table.Grid[r, c];
                    if (isOrigin && (cell.RowSpan > 1 || cell.ColumnSpan > 1))
                    {
                        merges.Append(new MergeCell { Reference = $"{Column(c)}{r + 2}:{Column(c + cell.ColumnSpan - 1)}{r + 1 + cell.RowSpan}" });
                    }
                }
            }

            merges.Count = (uint)merges.ChildElements.Count;
            sheetPart.Worksheet = new Worksheet(data, merges);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "任务分工表" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();

        static Row Row(uint index, string?[] texts)
        {
            var row = new Row { RowIndex = index };
            for (var c = 0; c < texts.Length; c++)
            {
                var cell = new Cell { CellReference = Column(c) + index };
                if (texts[c] is { } text)
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(text));
                }

                row.Append(cell);
            }

            return row;
        }
    }

    public static string Html(TaskTable table)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(table.Title)).Append("</title></head>\n<body>\n");
        html.Append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 通知公告</div>\n");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(table.Title)).Append("</h1>\n<table border=\"1\">\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td");
                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                html.Append('>').Append(WebUtility.HtmlEncode(cell.Text).Replace("\n", "<br>")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        if (table.After is not null)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(table.After)).Append("</p>\n");
        }

        html.Append("<div class=\"footer\">主办单位：某某市人民政府办公室 网站标识码：0000000000 ICP备00000000号</div>\n</body></html>\n");
        return html.ToString();
    }

    public static string Csv(TaskTable table)
    {
        var csv = new StringBuilder();
        csv.Append(Field(table.Title)).Append(',', table.ColumnCount - 1).Append("\r\n");
        for (var r = 0; r < table.RowCount; r++)
        {
            var r1 = r;
            csv.Append(string.Join(",", Enumerable.Range(0, table.ColumnCount).Select(c => table.Grid[r1, c].IsOrigin ? Field(table.Grid[r1, c].Cell.Text) : string.Empty))).Append("\r\n");
        }

        return csv.ToString();

        static string Field(string text)
            => text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);
}
