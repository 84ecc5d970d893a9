using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using WorkPlanDsl.Import.Documents;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>The reader goes by what the bytes are; the extension only decides where the bytes could be either.</summary>
public class FormatSniffingTests
{
    private static readonly byte[] OleHeader = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    [Theory]
    [InlineData("plan.doc", "WordDocument", "a Word 97-2003 document (.doc) is not read: convert it with `libreoffice --headless --convert-to docx plan.doc`")]
    [InlineData("任务表.xls", "Workbook", "an Excel 97-2003 workbook (.xls) is not read: convert it with `libreoffice --headless --convert-to xlsx 任务表.xls`")]
    [InlineData("plan.docx", "EncryptedPackage", "the document is password-protected")]
    [InlineData("my plan.doc", "WordDocument", "`libreoffice --headless --convert-to docx \"my plan.doc\"`")]
    public void An_OLE_compound_file_is_told_by_its_streams_and_refused_with_the_conversion(string name, string stream, string message)
    {
        var bytes = OleHeader.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes(stream)).Concat(new byte[200]).ToArray();
        var read = DocumentReader.Read(name, bytes);
        Assert.True(read.NothingDone);
        Assert.Contains(message, read.Error);
    }

    [Fact]
    public void A_PDF_is_refused_with_the_pdftotext_command_whatever_it_is_called()
    {
        foreach (var name in new[] { "plan.pdf", "plan.txt", "plan" })
        {
            var read = DocumentReader.Read(name, Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
            Assert.Equal(ReadFailureKind.NeedsConversion, read.Failure);
            Assert.Contains("pdftotext -layout " + name + " ", read.Error);
        }
    }

    [Theory]
    [InlineData("plan.rtf", "{\\rtf1\\ansi 一、总体要求}", "an RTF document is not read")]
    [InlineData("photo.txt", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR", "not a text document: it is a PNG image")]
    [InlineData("page.mht", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n", "a web archive (.mht) is not read")]
    public void Other_formats_are_named(string name, string content, string message)
    {
        var read = DocumentReader.Read(name, content.Select(c => (byte)c).ToArray());
        Assert.True(read.NothingDone);
        Assert.Contains(message, read.Error);
    }

    [Fact]
    public void A_txt_that_is_a_docx_is_read_as_a_docx_with_a_note()
    {
        var docx = WordFiles.Create(new OpenXmlElement[] { WordFiles.Paragraph("一、总体要求") });
        var document = DocxReaderTests.Read("plan.txt", docx);
        Assert.Equal("一、总体要求", Assert.IsType<ParagraphBlock>(document.Blocks.Single()).Text);
        Assert.Contains(document.Notes, n => n.Message == "'plan.txt' is a Word document (.docx), not what its extension .txt says; read as .docx");
    }

    [Fact]
    public void A_doc_or_docx_that_is_an_HTML_page_is_read_as_HTML_with_a_note()
    {
        foreach (var name in new[] { "plan.doc", "plan.docx", "plan.txt" })
        {
            var document = DocxReaderTests.Read(name, Encoding.UTF8.GetBytes("<html><body><p>一、总体要求</p><p>（一）加强领导</p></body></html>"));
            Assert.Equal(new[] { "一、总体要求", "（一）加强领导" }, document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
            Assert.Contains(document.Notes, n => n.Message.StartsWith("'" + name + "' is an HTML page, not what its extension", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_web_application_s_page_fragment_is_read_as_HTML_and_text_that_only_opens_with_a_bracket_is_not()
    {
        var fragment = "<%@ page language=\"java\" contentType=\"text/html; charset=UTF-8\"%>\n<div class=\"check-box\">\n<table>\n"
            + "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>\n<tr><td>1</td><td>推进河道保洁</td><td>县城管局</td></tr>\n</table>\n</div>";
        var document = DocxReaderTests.Read("page.txt", Encoding.UTF8.GetBytes(fragment));
        Assert.Contains(document.Blocks, b => b is TableBlock);
        Assert.Contains(document.Notes, n => n.Message.StartsWith("'page.txt' is an HTML page", System.StringComparison.Ordinal));

        // Text that opens with an angle bracket and only speaks of a div or a paragraph is text.
        var text = DocxReaderTests.Read("plan.txt", Encoding.UTF8.GetBytes("<2025年工作要点>\n一、重点任务\n1.制定<p>标签规范，统一div布局。（县大数据局）"));
        Assert.DoesNotContain(text.Blocks, b => b is TableBlock);
        Assert.Contains(text.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("<p>标签规范"));
    }

    [Fact]
    public void An_HTML_page_pdftohtml_made_from_a_PDF_is_refused_with_the_pdftotext_command()
    {
        // pdftohtml keeps the PDF's drawing order, a fragment a line: a table's cells cannot be put back into rows.
        var page = "<html><head><meta name=\"generator\" content=\"pdftohtml 0.36\"/></head><body>序号<br/>重点任务<br/>牵头单位<br/>"
            + "1<br/>推进老旧小区改造<br/>县财政局<br/>县住房和城乡建设局<br/></body></html>";
        var read = DocumentReader.Read("plan.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(ReadFailureKind.NeedsConversion, read.Failure);
        Assert.Contains("pdftotext -layout", read.Error);

        // Another generator's page is read.
        var other = DocumentReader.Read("plan.html", Encoding.UTF8.GetBytes(page.Replace("pdftohtml 0.36", "Microsoft Word 15")));
        Assert.Null(other.Failure);
    }

    [Fact]
    public void A_zip_that_is_no_office_document_and_an_OpenDocument_are_refused()
    {
        Assert.Contains("a zip archive: unpack it", DocumentReader.Read("plan.docx", Zip(("plan.txt", "一、总体要求"))).Error);
        var odt = DocumentReader.Read("plan.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")));
        Assert.Equal(ReadFailureKind.NeedsConversion, odt.Failure);
        Assert.Contains("--convert-to docx plan.odt", odt.Error);
        Assert.Equal(ReadFailureKind.Damaged, DocumentReader.Read("plan.docx", Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip")).Failure);
    }

    [Fact]
    public void A_plain_text_named_docx_is_read_as_text_with_a_note()
    {
        var document = DocxReaderTests.Read("plan.docx", Encoding.UTF8.GetBytes("一、总体要求\n（一）加强领导\n"));
        Assert.Equal(2, document.Blocks.Count);
        Assert.Contains(document.Notes, n => n.Message == "'plan.docx' is plain text, not what its extension .docx says; read as text");
    }

    // A plan saved under a table's name splits into no fields: read as one table it gave a section of one cell per
    // paragraph and no tasks.
    [Fact]
    public void A_plan_named_csv_with_no_separated_fields_is_read_as_text_with_a_note()
    {
        var bytes = Encoding.UTF8.GetBytes("2024年工作要点\n一、重点任务\n1.推进甲项工作。（牵头单位：市教育局）\n2.推进乙项工作。（牵头单位：市民政局）\n");
        var document = DocxReaderTests.Read("plan.csv", bytes);
        Assert.DoesNotContain(document.Blocks, b => b is TableBlock);
        Assert.Contains(document.Notes, n => n.Message == "'plan.csv' has too few lines split into fields by commas, semicolons or tabs to be a table; read as text");

        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.FromFile("plan.csv", bytes);
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_csv_with_separated_fields_is_still_a_table()
    {
        var document = DocxReaderTests.Read("plan.csv", Encoding.UTF8.GetBytes("序号,重点任务,牵头单位\n1,推进甲项工作,市教育局\n"));
        Assert.Single(document.Blocks.OfType<TableBlock>());
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }
}
