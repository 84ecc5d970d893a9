using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlanDsl.Benchmarks.Inputs;
using WorkPlanDsl.Import.Documents;
using Sheet = DocumentFormat.OpenXml.Spreadsheet;

namespace WorkPlanDsl.Benchmarks;

/// <summary>
/// The importer's document readers on one plan (the Wuxi seed, 70 tasks) in each format, with a task table of 1,000
/// rows where the format holds tables, and a 20 MB text that is refused.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class DocumentReaderBenchmarks
{
    private byte[] _bytes = System.Array.Empty<byte>();

    [Params("text-utf8", "text-gbk", "text-utf16", "docx", "html", "xlsx", "csv", "text-20MB")]
    public string Format { get; set; } = string.Empty;

    private string Name => Format switch
    {
        "docx" => "plan.docx",
        "html" => "plan.html",
        "xlsx" => "plan.xlsx",
        "csv" => "plan.csv",
        _ => "plan.txt",
    };

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(PlanInputs.Root, "tests", "WorkPlanDsl.Tests", "Seeds", "003_27d72c036dccbe36.txt"));
        var paragraphs = seed.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
        var table = Enumerable.Range(1, 1000).Select(i => new[]
        {
            i.ToString(CultureInfo.InvariantCulture), "推进第" + i.ToString(CultureInfo.InvariantCulture) + "项重点工作，完善工作机制", "医政科", "规划科、财务科", "6月底前",
        }).Prepend(new[] { "序号", "重点任务", "牵头单位", "配合单位", "完成时限" }).ToArray();
        _bytes = Format switch
        {
            "text-utf8" => Encoding.UTF8.GetBytes(seed),
            "text-gbk" => CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(seed),
            "text-utf16" => new UnicodeEncoding(false, false).GetBytes(seed),
            "docx" => Docx(paragraphs, table),
            "html" => Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><div class=\"TRS_Editor\">"
                + string.Concat(paragraphs.Select(p => "<p>" + p + "</p>"))
                + "<table>" + string.Concat(table.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")) + "</table></div></body></html>"),
            "xlsx" => Xlsx(table),
            "csv" => Encoding.UTF8.GetBytes(string.Join("\r\n", table.Select(r => string.Join(",", r.Select(c => "\"" + c + "\""))))),
            _ => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(seed, 20 * 1024 * 1024 / Encoding.UTF8.GetByteCount(seed) + 1))),
        };
    }

    [Benchmark]
    public int Read() => DocumentReader.Read(Name, _bytes).Document?.Blocks.Count ?? -1;

    private static byte[] Docx(IEnumerable<string> paragraphs, string[][] table)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
            body.Append(new Table(table.Select(r => new DocumentFormat.OpenXml.Wordprocessing.TableRow(r.Select(c => new DocumentFormat.OpenXml.Wordprocessing.TableCell(new Paragraph(new Run(new Text(c)))))))));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static byte[] Xlsx(string[][] table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Sheet.Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Sheet.Worksheet(new Sheet.SheetData(table.Select((r, i) => new Sheet.Row(r.Select(c => (OpenXmlElement)new Sheet.Cell(new Sheet.InlineString(new Sheet.Text(c))) { DataType = Sheet.CellValues.InlineString })) { RowIndex = (uint)(i + 1) })));
            workbook.Workbook.AppendChild(new Sheet.Sheets(new Sheet.Sheet { Name = "任务分工表", SheetId = 1, Id = workbook.GetIdOfPart(part) }));
        }

        return stream.ToArray();
    }
}
