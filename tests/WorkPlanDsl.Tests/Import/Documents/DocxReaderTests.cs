using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlanDsl.Import.Documents;
using Xunit;
using static WorkPlanDsl.Tests.Import.Documents.WordFiles;

namespace WorkPlanDsl.Tests.Import.Documents;

public class DocxReaderTests
{
    [Fact]
    public void Word_numbering_is_written_in_front_of_each_paragraph_as_Word_counts_it()
    {
        var numbering = Numbering(
            new[] { Abstract(1, Level(0, "chineseCounting", "%1、"), Level(1, "chineseCounting", "（%2）"), Level(2, "decimal", "%3.")) },
            new[] { List(5, 1) });
        var docx = Create(
            new OpenXmlElement[]
            {
                Paragraph("2024年重点工作任务"),
                Numbered("总体要求", 5, 0),
                Numbered("加强组织领导", 5, 1),
                Numbered("完善工作机制", 5, 1),
                Numbered("建立台账", 5, 2),
                Numbered("定期调度", 5, 2),
                Numbered("重点任务", 5, 0),
                Numbered("推进医改", 5, 1),
                Numbered("第一项措施", 5, 2),
            },
            numbering);

        Assert.Equal(
            new[] { "2024年重点工作任务", "一、总体要求", "（一）加强组织领导", "（二）完善工作机制", "1.建立台账", "2.定期调度", "二、重点任务", "（一）推进医改", "1.第一项措施" },
            Paragraphs(docx));
    }

    [Theory]
    [InlineData("chineseCountingThousand", 11, "%1、", "十一、")]
    [InlineData("chineseCountingThousand", 105, "%1、", "一百零五、")]
    [InlineData("chineseCounting", 20, "（%1）", "（二十）")]
    [InlineData("ideographTraditional", 3, "%1、", "丙、")]
    [InlineData("decimalEnclosedCircle", 4, "%1", "④")]
    [InlineData("decimalFullWidth", 12, "%1．", "１２．")]
    [InlineData("upperLetter", 28, "%1.", "BB.")]
    [InlineData("lowerRoman", 9, "(%1)", "(ix)")]
    [InlineData("chineseLegalSimplified", 12, "第%1条", "第壹拾贰条 ")]
    [InlineData("decimalZero", 7, "%1.", "07.")]
    public void Each_number_format_prints_as_Word_prints_it(string format, int start, string levelText, string expected)
    {
        var numbering = Numbering(new[] { Abstract(1, Level(0, format, levelText, start)) }, new[] { List(1, 1) });
        var docx = Create(new OpenXmlElement[] { Numbered("任务", 1, 0) }, numbering);
        Assert.Equal(expected + "任务", Paragraphs(docx).Single());
    }

    [Fact]
    public void Multi_level_text_prints_every_level_it_names_and_restarts_deeper_levels()
    {
        var numbering = Numbering(
            new[] { Abstract(1, Level(0, "decimal", "%1."), Level(1, "decimal", "%1.%2"), Level(2, "decimal", "%1.%2.%3", restart: 0)) },
            new[] { List(1, 1) });
        var docx = Create(
            new OpenXmlElement[] { Numbered("a", 1, 0), Numbered("b", 1, 1), Numbered("c", 1, 2), Numbered("d", 1, 0), Numbered("e", 1, 1), Numbered("f", 1, 2) },
            numbering);

        // Level 3 says lvlRestart 0: it never restarts, so it goes on to 2 under the second 1.x.
        Assert.Equal(new[] { "1.a", "1.1 b", "1.1.1 c", "2.d", "2.1 e", "2.1.2 f" }, Paragraphs(docx));
    }

    [Fact]
    public void Lists_that_share_an_abstract_list_continue_one_another_and_a_start_override_restarts()
    {
        var restart = new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 };
        var numbering = Numbering(new[] { Abstract(1, Level(0, "chineseCounting", "%1、")) }, new[] { List(1, 1), List(2, 1), List(3, 1, restart) });
        var docx = Create(new OpenXmlElement[] { Numbered("甲", 1, 0), Numbered("乙", 2, 0), Numbered("丙", 3, 0), Numbered("丁", 3, 0) }, numbering);
        Assert.Equal(new[] { "一、甲", "二、乙", "一、丙", "二、丁" }, Paragraphs(docx));
    }

    [Fact]
    public void Numbering_that_comes_from_a_style_is_counted_and_a_paragraph_can_switch_it_off()
    {
        var styles = new Styles(
            new Style(new StyleName { Val = "标题 1" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 7 }))) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "标题 2" }, new BasedOn { Val = "Heading1" }, new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 1 }))) { Type = StyleValues.Paragraph, StyleId = "Heading2" });
        var numbering = Numbering(new[] { Abstract(3, Level(0, "chineseCounting", "%1、", styleId: "Heading1"), Level(1, "chineseCounting", "（%2）")) }, new[] { List(7, 3) });
        var off = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }, new NumberingProperties(new NumberingId { Val = 0 })),
            new Run(new Text("不编号的标题")));
        var docx = Create(new OpenXmlElement[] { Styled("总体要求", "Heading1"), Styled("工作目标", "Heading2"), off, Styled("重点任务", "Heading1") }, numbering, styles);
        Assert.Equal(new[] { "一、总体要求", "（一）工作目标", "不编号的标题", "二、重点任务" }, Paragraphs(docx));
    }

    [Fact]
    public void A_list_that_points_at_a_numbering_style_takes_that_styles_list()
    {
        // abstractNum 10 only says numStyleLink="任务列表"; the style names list 20, whose abstractNum 11 has the levels.
        var link = new AbstractNum(new NumberingStyleLink { Val = "TaskList" }) { AbstractNumberId = 10 };
        var real = Abstract(11, Level(0, "chineseCounting", "（%1）"));
        real.Append(new StyleLink { Val = "TaskList" });
        var styles = new Styles(
            new Style(new StyleName { Val = "任务列表" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 20 }))) { Type = StyleValues.Numbering, StyleId = "TaskList" });
        var numbering = Numbering(new[] { link, real }, new[] { List(20, 11), List(21, 10) });
        var docx = Create(new OpenXmlElement[] { Numbered("加强领导", 21, 0), Numbered("完善机制", 21, 0) }, numbering, styles);
        Assert.Equal(new[] { "（一）加强领导", "（二）完善机制" }, Paragraphs(docx));
    }

    [Fact]
    public void Bullets_are_not_numbers()
    {
        var numbering = Numbering(new[] { Abstract(1, Level(0, "bullet", "\uF0B7")) }, new[] { List(1, 1) });
        Assert.Equal(new[] { "要点" }, Paragraphs(Create(new OpenXmlElement[] { Numbered("要点", 1, 0) }, numbering)));
    }

    [Fact]
    public void Merged_cells_are_carried_to_every_row_and_column_they_cover()
    {
        var docx = Create(new OpenXmlElement[]
        {
            Paragraph("附件：任务分工表"),
            Table(
                Row(Cell("序号"), Cell("重点任务"), Cell("牵头单位"), Cell("配合单位"), Cell("完成时限")),
                Row(Cell("一、医疗服务", span: 5)),
                Row(Cell("1"), Cell("推进分级诊疗", merge: "restart"), Cell("医政科", merge: "restart"), Cell("规划科"), Cell("6月底前")),
                Row(Cell("2"), Cell(string.Empty, merge: "continue"), Cell(string.Empty, merge: "continue"), Cell("财务科", 1, null, "各县市区卫生健康局"), Cell("年底前"))),
            Paragraph("结束语"),
        });

        var document = Read("plan.docx", docx);
        var table = Assert.IsType<TableBlock>(document.Blocks[1]);
        Assert.Equal(4, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(5, r.Cells.Count));
        Assert.Equal(new[] { "一、医疗服务", "一、医疗服务", "一、医疗服务", "一、医疗服务", "一、医疗服务" }, table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(new[] { false, true, true, true, true }, table.Rows[1].Cells.Select(c => c.IsMergedCopy));
        Assert.Equal(new[] { "2", "推进分级诊疗", "医政科", "财务科\n各县市区卫生健康局", "年底前" }, table.Rows[3].Cells.Select(c => c.Text));
        Assert.Equal(new[] { false, true, true, false, false }, table.Rows[3].Cells.Select(c => c.IsMergedCopy));
        Assert.False(table.Rows[2].Cells[1].IsMergedCopy);

        // Lines: the paragraph is 1, the table's rows 2…5, the paragraph after it 6.
        Assert.Equal(new[] { 2, 3, 4, 5 }, table.Rows.Select(r => r.Line));
        Assert.Equal(6, document.Blocks[2].Line);
    }

    [Fact]
    public void Line_breaks_split_a_paragraph_and_headers_deleted_text_and_field_codes_are_not_text()
    {
        var paragraph = new Paragraph(
            new Run(new Text("（一）加强领导。")),
            new Run(new RunProperties(new Vanish()), new Text("隐藏的批注")),
            new DeletedRun(new Run(new DeletedText("删掉的字"))),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("各单位")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Break()),
            new Run(new Text("（区卫健局牵头）")));
        var docx = Create(new OpenXmlElement[] { paragraph }, headerText: "某某市人民政府办公室 页眉");
        Assert.Equal(new[] { "（一）加强领导。各单位", "（区卫健局牵头）" }, Paragraphs(docx));
    }

    [Fact]
    public void A_docx_with_no_text_is_empty_and_a_damaged_one_is_said_to_be()
    {
        var empty = DocumentReader.Read("empty.docx", Create(new OpenXmlElement[] { new Paragraph() }));
        Assert.Equal(ReadFailureKind.Empty, empty.Failure);

        var bytes = Create(new OpenXmlElement[] { Paragraph("一、总体要求") });
        var damaged = bytes.Take(bytes.Length / 2).ToArray();
        var read = DocumentReader.Read("damaged.docx", damaged);
        Assert.True(read.NothingDone);
        Assert.Equal(ReadFailureKind.Damaged, read.Failure);
    }

    internal static PlanDocument Read(string name, byte[] bytes)
    {
        var read = DocumentReader.Read(name, bytes);
        Assert.True(read.Document is not null, read.Error);
        return read.Document!;
    }

    private static List<string> Paragraphs(byte[] docx) => Read("plan.docx", docx).Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
}
