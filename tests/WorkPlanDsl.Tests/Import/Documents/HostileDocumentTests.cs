using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import.Documents;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>Files that other tools (or an attacker) make: the reader gives blocks or a failure, and never throws.</summary>
public class HostileDocumentTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void A_docx_whose_numbers_and_merges_make_no_sense_is_still_read()
    {
        var body = """
            <w:p><w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>层级越界</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr></w:pPr><w:r><w:t>没有这个列表</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>样式链接成环</w:t></w:r></w:p>
            <w:tbl>
              <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>第一行就续上</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="100000"/></w:tcPr><w:p><w:r><w:t>超宽</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """;
        var numbering = """
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%9、"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="LoopStyle"/></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
            """;
        var styles = """<w:style w:type="paragraph" w:styleId="LoopStyle"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>""";
        var read = DocumentReader.Read("odd.docx", RawDocx(body, numbering, styles));
        Assert.True(read.Document is not null, read.Error);
        var texts = read.Document!.Blocks.Select(HtmlReaderTests.Text).ToList();
        Assert.Equal("层级越界", texts[0]);
        Assert.Equal("没有这个列表", texts[1]);
        Assert.Equal("样式链接成环", texts[2]);
        var table = read.Document.Blocks.OfType<TableBlock>().Single();
        Assert.Equal(64, table.Rows.Single().Cells.Count);
        Assert.Equal("第一行就续上", table.Rows[0].Cells[0].Text);
    }

    [Fact]
    public void A_page_nested_thousands_deep_is_refused_before_it_is_parsed()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 3000)) + "一、重点任务" + string.Concat(Enumerable.Repeat("</div>", 3000)) + "</body></html>";
        var read = DocumentReader.Read("deep.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(ReadFailureKind.Damaged, read.Failure);
        Assert.Contains("nests its elements more than 2,000 deep", read.Error);

        // A page's usual depth, with paragraphs and list items no one closes, is read.
        var usual = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 60)) + string.Concat(Enumerable.Repeat("<p>一段文字<li>一项", 3000)) + "</body></html>";
        Assert.NotNull(DocumentReader.Read("usual.html", Encoding.UTF8.GetBytes(usual)).Document);
    }

    [Fact]
    public void A_docx_whose_document_part_inflates_past_any_plan_is_refused_from_the_archives_directory()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var block = new byte[1024 * 1024];
            for (var i = 0; i < 201; i++)
            {
                part.Write(block, 0, block.Length);
            }
        }

        var read = DocumentReader.Read("bomb.docx", stream.ToArray());
        Assert.Equal(ReadFailureKind.TooLarge, read.Failure);
        Assert.Contains("word/document.xml inflates to 201 MB", read.Error);
    }

    [Fact]
    public void A_docx_with_a_number_where_the_format_wants_one_is_damaged_not_a_crash()
    {
        var body = """<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="two"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc></w:tr></w:tbl>""";
        var read = DocumentReader.Read("bad.docx", RawDocx(body, null, null));
        Assert.True(read.Document is not null || read.Failure == ReadFailureKind.Damaged, read.Error);
    }

    [Fact]
    public void Html_with_absurd_spans_and_CSV_with_an_open_quote_are_read()
    {
        var html = "<html><body><table><tr><td rowspan=\"99999999\" colspan=\"99999999\">甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></body></html>";
        var table = DocxReaderTests.Read("span.html", Encoding.UTF8.GetBytes(html)).Blocks.OfType<TableBlock>().Single();
        Assert.Equal(2, table.Rows.Count);
        Assert.InRange(table.Rows[0].Cells.Count, 2, 1001);
        Assert.Equal("甲", table.Rows[1].Cells[0].Text);
        Assert.True(table.Rows[1].Cells[0].IsMergedCopy);

        var csv = DocxReaderTests.Read("open.csv", Encoding.UTF8.GetBytes("序号,任务\n1,\"没有收尾的引号\n2,下一行"));
        Assert.Equal("没有收尾的引号\n2,下一行", csv.Blocks.OfType<TableBlock>().Single().Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Spans_on_every_row_of_a_page_cover_no_more_than_a_plans_table_could()
    {
        // 200 rows of rowspan=1000 colspan=1000 took minutes and gigabytes (each span carried to a million positions).
        var rows = string.Concat(Enumerable.Range(1, 200).Select(i => "<tr><td rowspan=\"1000\" colspan=\"1000\">甲" + i + "</td><td>乙</td></tr>"));
        var table = DocxReaderTests.Read("spans.html", Encoding.UTF8.GetBytes("<html><body><table>" + rows + "</table></body></html>")).Blocks.OfType<TableBlock>().Single();
        Assert.Equal(200, table.Rows.Count);
        Assert.InRange(table.Rows.Sum(r => (long)r.Cells.Count), 400, 450_000);
        Assert.Equal("甲200", table.Rows[199].Cells.First(c => !c.IsMergedCopy).Text);
    }

    [Fact]
    public void A_long_ordered_list_numbers_every_item_by_its_place_whatever_stands_between()
    {
        var items = string.Concat(Enumerable.Range(1, 3000).Select(i => (i % 7 == 0 ? "<div>附注</div>" : string.Empty) + "<li>推进第" + i + "项工作</li>"));
        var html = "<html><body><ol start=\"3\">" + items + "<li>收尾<ol><li>子项</li></ol></li></ol></body></html>";
        var texts = DocxReaderTests.Read("list.html", Encoding.UTF8.GetBytes(html)).Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains("3.推进第1项工作", texts);
        Assert.Contains("3002.推进第3000项工作", texts);
        Assert.Contains(texts, t => t.StartsWith("3003.收尾", System.StringComparison.Ordinal));
        Assert.Contains("1.子项", texts);
    }

    [Fact]
    public void Truncated_and_corrupted_office_files_never_throw()
    {
        var random = new Random(11);
        var docx = WordFiles.Create(new DocumentFormat.OpenXml.OpenXmlElement[] { WordFiles.Paragraph("一、总体要求") });
        var xlsx = SheetReaderTests.TaskWorkbook();
        foreach (var (name, original) in new[] { ("a.docx", docx), ("a.xlsx", xlsx) })
        {
            for (var i = 0; i < 60; i++)
            {
                var bytes = (byte[])original.Clone();
                if (i % 2 == 0)
                {
                    bytes = bytes.Take(random.Next(4, bytes.Length)).ToArray();
                }
                else
                {
                    for (var k = 0; k < 8; k++)
                    {
                        bytes[random.Next(4, bytes.Length)] = (byte)random.Next(256);
                    }
                }

                var read = DocumentReader.Read(name, bytes);
                Assert.True(read.Document is not null || read.Error is { Length: > 0 });
            }
        }
    }

    [Theory]
    [InlineData("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>")]
    [InlineData("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>")]
    [InlineData("<w:x>", "</w:x>")]
    public void A_part_nested_thousands_deep_is_refused_not_a_crash(string open, string close)
    {
        // Ten thousand levels overflowed the stack inside the Open Xml SDK and ended the process (exit 134).
        var body = string.Concat(Enumerable.Repeat(open, 10_000)) + "<w:p><w:r><w:t>甲</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat(close, 10_000));
        var read = DocumentReader.Read("deep.docx", RawDocx(body, null, null));
        Assert.Null(read.Document);
        Assert.Equal(ReadFailureKind.Damaged, read.Failure);
        Assert.Contains("word/document.xml nests its elements more than 1000 deep", read.Error);

        // A document nested as deep as Word nests tables is read.
        var nested = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 20)) + "<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("<w:p/></w:tc></w:tr></w:tbl>", 20));
        Assert.NotNull(DocumentReader.Read("nested.docx", RawDocx(nested, null, null)).Document);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void A_year_no_calendar_holds_is_refused_not_thrown(int year)
    {
        var result = WorkPlanDsl.Import.PlanImporter.Import("一、重点任务\n1.推进工作，6月底前完成。（市教育局负责）", new WorkPlanDsl.Import.ImportOptions("plan.txt") { Year = year });
        Assert.Null(result.Plan);
        Assert.Contains("is not a plan's year", result.Error);
    }

    internal static byte[] RawDocx(string body, string? numbering, string? styles)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                </Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>
                """);
            Add(zip, "word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>
                """);
            Add(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
            Add(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W + "\">" + (numbering ?? string.Empty) + "</w:numbering>");
            Add(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">" + (styles ?? string.Empty) + "</w:styles>");
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
