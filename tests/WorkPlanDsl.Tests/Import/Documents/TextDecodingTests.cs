using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using Xunit;
using Xunit.Abstractions;

namespace WorkPlanDsl.Tests.Import.Documents;

public class TextDecodingTests
{
    internal const string Simplified = """
        2024年某某市卫生健康重点工作任务
        一、总体要求
        （一）加强组织领导。各单位要提高认识，确保各项任务落实到位。（办公室牵头，各科室配合）
        （二）完善工作机制。建立健全联系协调机制，定期研究解决重点难点问题。（医政科负责）
        二、重点任务
        （三）推进医疗服务体系建设。扩大优质医疗资源覆盖，提升基层服务能力，6月底前完成。（医政科牵头，规划科配合）
        """;

    internal const string Traditional = """
        2023年臺北市衛生局重點工作計劃
        一、總體要求
        （一）加強組織領導。各單位要提高認識，確保各項任務落實到位。（衛生局牽頭，各區公所配合）
        （二）完善工作機制。建立健全聯繫協調機制，定期研究解決重點難點問題。（醫事處負責）
        二、重點任務
        （三）推進醫療服務體系建設。擴大優質醫療資源覆蓋，提升基層服務能力。（醫事處牽頭，企劃處配合）
        """;

    private readonly ITestOutputHelper output;

    public TextDecodingTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void UTF8_with_and_without_a_byte_order_mark_is_read_without_a_note()
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(Simplified), Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Simplified)).ToArray() })
        {
            var document = Read("plan.txt", bytes);
            Assert.Equal(Lines(Simplified), Paragraphs(document));
            Assert.Empty(document.Notes);
        }
    }

    [Fact]
    public void GBK_bytes_are_read_as_GB18030_with_a_note_that_says_so_and_why()
    {
        var document = Read("plan.txt", CodePages.Gbk.GetBytes(Simplified));
        Assert.Equal(Lines(Simplified), Paragraphs(document));
        var note = Assert.Single(document.Notes);
        Assert.Equal(NoteSeverity.Note, note.Severity);
        Assert.StartsWith("read as GB18030: it is not UTF-8", note.Message);
    }

    [Fact]
    public void Big5_bytes_are_read_as_Big5_never_as_GBK_mojibake()
    {
        var document = Read("plan.txt", CodePages.Big5.GetBytes(Traditional));
        Assert.Equal(Lines(Traditional), Paragraphs(document));
        var note = Assert.Single(document.Notes);
        Assert.Equal(NoteSeverity.Note, note.Severity);
        Assert.StartsWith("read as Big5", note.Message);
    }

    [Fact]
    public void Simplified_text_that_Big5_also_decodes_is_still_read_as_GB18030()
    {
        // Only GB2312 characters whose byte pairs are valid Big5 too: both decoders accept the bytes.
        var text = string.Concat(Enumerable.Repeat("加强组织领导工作推进建设发展服务管理部门单位完成重点", 3));
        var bytes = CodePages.Gbk.GetBytes(text);
        var document = Read("plan.txt", bytes);
        Assert.Equal(text, Paragraphs(document).Single());
        Assert.StartsWith("read as GB18030: it is not UTF-8; read as GB18030, 100% of its Chinese characters are common ones, read as Big5 ", document.Notes.Single().Message);
    }

    [Fact]
    public void Big5_without_punctuation_is_still_read_as_Big5()
    {
        // Full-width punctuation falls in GBK's user-defined area and gives Big5 away; here there is none.
        var text = "加強組織領導完善工作機制推進醫療服務體系建設擴大優質醫療資源覆蓋提升基層服務能力衛生局牽頭各區公所配合";
        var document = Read("plan.txt", CodePages.Big5.GetBytes(text));
        Assert.Equal(text, Paragraphs(document).Single());
        var note = document.Notes.Single();
        Assert.Equal(NoteSeverity.Note, note.Severity);
        Assert.StartsWith("read as Big5: it is not UTF-8", note.Message);
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_or_a_single_ASCII_character_is_still_found()
    {
        // No NUL byte at all: the text is judged like a legacy code page, and only UTF-16 gives common characters.
        var text = "加强组织领导完善工作机制推进医疗服务体系建设扩大优质医疗资源覆盖提升基层服务能力";
        var document = Read("plan.txt", new UnicodeEncoding(false, false).GetBytes(text));
        Assert.Equal(text, Paragraphs(document).Single());
        Assert.StartsWith("read as UTF-16 LE", document.Notes.Single().Message);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-32le-bom")]
    [InlineData("utf-32be-bom")]
    public void A_byte_order_mark_decides_without_a_note(string form)
    {
        var encoding = form switch
        {
            "utf-16le-bom" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16be-bom" => new UnicodeEncoding(true, true),
            "utf-32le-bom" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        var document = Read("plan.txt", encoding.GetPreamble().Concat(encoding.GetBytes(Simplified)).ToArray());
        Assert.Equal(Lines(Simplified), Paragraphs(document));
        Assert.Empty(document.Notes);
    }

    [Theory]
    [InlineData(false, "UTF-16 LE")]
    [InlineData(true, "UTF-16 BE")]
    public void UTF16_without_a_byte_order_mark_is_told_by_where_its_NUL_bytes_fall(bool bigEndian, string name)
    {
        var document = Read("plan.txt", new UnicodeEncoding(bigEndian, false).GetBytes(Simplified));
        Assert.Equal(Lines(Simplified), Paragraphs(document));
        Assert.StartsWith("read as " + name + ": it has no byte-order mark", document.Notes.Single().Message);
    }

    [Fact]
    public void A_short_text_in_a_legacy_encoding_is_a_guess_and_says_so_as_a_warning()
    {
        var document = Read("plan.txt", CodePages.Gbk.GetBytes("一、总体要求"));
        Assert.Equal("一、总体要求", Paragraphs(document).Single());
        var note = document.Notes.Single();
        Assert.Equal(NoteSeverity.Warning, note.Severity);
        Assert.Contains("the encoding is a guess: read as GB18030", note.Message);
        Assert.Contains("save the document as UTF-8", note.Message);
    }

    [Fact]
    public void Random_bytes_empty_files_and_white_space_are_refused()
    {
        var random = new Random(7);
        var withNuls = new byte[8192];
        random.NextBytes(withNuls);
        var withoutNuls = withNuls.Select(b => b == 0 ? (byte)0x81 : b).ToArray();

        Assert.Equal(ReadFailureKind.NotADocument, DocumentReader.Read("random.txt", withNuls).Failure);
        var noNul = DocumentReader.Read("random.txt", withoutNuls);
        Assert.Equal(ReadFailureKind.NotADocument, noNul.Failure);
        Assert.Equal("not a text document: its bytes are not UTF-8, UTF-16, GB18030 or Big5 text", noNul.Error);
        Assert.Equal(ReadFailureKind.Empty, DocumentReader.Read("empty.txt", Array.Empty<byte>()).Failure);
        Assert.Equal(ReadFailureKind.Empty, DocumentReader.Read("blank.txt", Encoding.UTF8.GetBytes(" \r\n\u3000\t\n")).Failure);
        Assert.True(DocumentReader.Read("empty.txt", Array.Empty<byte>()).NothingDone);
    }

    [Fact]
    public void A_20_MB_text_is_refused_at_once_as_no_single_plan()
    {
        var line = Encoding.UTF8.GetBytes(Simplified);
        var bytes = new byte[20 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i += line.Length)
        {
            Array.Copy(line, 0, bytes, i, Math.Min(line.Length, bytes.Length - i));
        }

        // The cut may split a character: the last bytes are made plain ASCII.
        for (var i = bytes.Length - 4; i < bytes.Length; i++)
        {
            bytes[i] = (byte)'\n';
        }

        var watch = Stopwatch.StartNew();
        var read = DocumentReader.Read("huge.txt", bytes);
        watch.Stop();
        output.WriteLine("20 MB of UTF-8 text refused in " + watch.ElapsedMilliseconds + " ms");
        Assert.Equal(ReadFailureKind.TooLarge, read.Failure);
        Assert.StartsWith("the document holds 7,", read.Error);
    }

    internal static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();

    private static string[] Paragraphs(PlanDocument document) => document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();

    private static PlanDocument Read(string name, byte[] bytes) => DocxReaderTests.Read(name, bytes);
}

public class DamagedTextTests
{
    [Fact]
    public void A_UTF8_text_with_a_damaged_byte_stays_UTF8_with_a_warning_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(TextDecodingTests.Simplified).ToList();
        var third = Encoding.UTF8.GetBytes(string.Join("\n", TextDecodingTests.Simplified.Split('\n').Take(2)) + "\n").Length;
        bytes.Insert(third + 3, 0xFF);
        var document = DocxReaderTests.Read("plan.txt", bytes.ToArray());
        var note = document.Notes.Single();
        Assert.Equal(NoteSeverity.Warning, note.Severity);
        Assert.Equal(3, note.Line);
        Assert.Equal("read as UTF-8, but 1 of its byte sequences are not valid UTF-8 and are read as U+FFFD '\uFFFD' (the first at line 3)", note.Message);
        Assert.StartsWith("（\uFFFD一）加强组织领导。", document.Blocks.OfType<ParagraphBlock>().ElementAt(2).Text);
    }

    [Fact]
    public void A_lone_surrogate_in_UTF16_is_replaced_and_said_not_a_refusal()
    {
        // A lone high surrogate (00 D8 little-endian) that no encoder would write: built byte by byte.
        var utf16 = new UnicodeEncoding(false, false);
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(utf16.GetBytes("一、总体要求\n（一）加强领导")).Concat(new byte[] { 0x00, 0xD8 }).Concat(utf16.GetBytes("。\n")).ToArray();
        var document = DocxReaderTests.Read("plan.txt", bytes);
        Assert.Equal("（一）加强领导\uFFFD。", document.Blocks.OfType<ParagraphBlock>().Last().Text);
        Assert.Contains("(the first at line 2)", document.Notes.Single().Message);
    }

    [Fact]
    public void Breaks_that_are_not_lines_end_a_paragraph_and_keep_the_line_number()
    {
        var document = DocxReaderTests.Read("plan.txt", Encoding.UTF8.GetBytes("一、总体要求\n（一）加强领导\v（办公室牵头）\u2028\u3000\n二、重点任务\f（二）推进改革"));
        Assert.Equal(
            new[] { (1, "一、总体要求"), (2, "（一）加强领导"), (2, "（办公室牵头）"), (3, "二、重点任务"), (3, "（二）推进改革") },
            document.Blocks.OfType<ParagraphBlock>().Select(p => (p.Line, p.Text)));
    }
}
