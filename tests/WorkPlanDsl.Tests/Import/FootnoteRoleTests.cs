using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Word footnotes flattened to text: the notes under a page's rule are the words of the paragraphs carrying their marks,
/// not of the last paragraph above the rule; notes that do not all find their one mark stay where they are.
/// </summary>
public class FootnoteRoleTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Each_note_under_the_rule_is_the_role_of_the_paragraph_with_its_mark()
    {
        var plan = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区[1]。完成改造12个。",
            "　　（二）新增停车泊位[2]。新增泊位600个[3]。",
            "　　（三）建设口袋公园[4]。建成8个。",
            "——————————",
            "[1] 责任单位：县住建局（牵头），县财政局。",
            "[2] 县公安局交警大队负责，县城管局配合。",
            "[3] 统计口径：县统计局年报。",
            "[4] 由县园林中心负责。",
            "— 1 —",
            "　　（四）开展送戏下乡[5]。全年演出60场。",
            "——————————",
            "［5］县文旅局牵头，各乡镇配合。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县公安局交警大队" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县城管局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县园林中心" }, plan.Leads("（三）"));
        Assert.Empty(plan.Supports("（三）"));
        Assert.Equal(new[] { "县文旅局" }, plan.Leads("（四）"));
    }

    [Fact]
    public void A_note_whose_mark_stands_twice_or_nowhere_leaves_the_page_as_printed()
    {
        // [2] is marked on two paragraphs: which one it is the note of the text does not say; nothing is moved.
        var twice = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区[1]。完成改造12个。（县住建局负责）",
            "　　（二）新增停车泊位[2]。新增泊位600个[2]。（县城管局负责）",
            "——————————",
            "[1] 县财政局负责。",
            "[2] 县公安局负责。");
        Assert.Equal(new[] { "县住建局" }, twice.Leads("（一）"));
        Assert.DoesNotContain("县财政局", twice.Leads("（一）"));

        // A list of references after the plan: no line carries the marks, so none is any paragraph's note.
        var references = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区。完成改造12个。（县住建局负责）",
            "——————————",
            "[1] 县政府办公室关于老旧小区改造的通知。",
            "[2] 县财政局关于资金管理的办法。");
        Assert.Equal(new[] { "县住建局" }, references.Leads("（一）"));
        Assert.Empty(references.Supports("（一）"));
    }

    [Fact]
    public void Marks_without_a_rule_over_their_notes_are_not_moved()
    {
        var plan = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区[1]。完成改造12个。（县住建局负责）",
            "　　（二）新增停车泊位。新增泊位600个。",
            "[1] 县财政局负责。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（一）"));
        Assert.DoesNotContain("县财政局", plan.Leads("（一）"));
    }

    [Fact]
    public void A_word_footnote_giving_the_work_to_bodies_is_the_tasks_and_another_is_no_words_of_it()
    {
        // hostile74 h74-10: a .docx whose footnotes say who leads each task; footnotes were left out, text and all.
        var bytes = Documents.WordFiles.Create(
            new DocumentFormat.OpenXml.OpenXmlElement[]
            {
                Documents.WordFiles.Paragraph("国家林业和草原局2025年森林草原防火工作要点"),
                Documents.WordFiles.Paragraph("一、压实防火责任"),
                Documents.WordFiles.WithFootnote("（一）落实地方政府属地责任。", 1, "指导各地逐级签订防火责任书。"),
                Documents.WordFiles.WithFootnote("（二）开展输配电设施隐患排查", 2, "。会同国家能源局开展隐患排查治理。"),
                Documents.WordFiles.WithFootnote("（三）加强草原火灾防控。", 3, "开展草原火灾隐患排查整治。"),
            },
            footnotes: new[] { "牵头单位：森林草原防火司；配合单位：生态保护修复司。", "输配电设施指穿越林区、草原的电力线路、变压器等设施。", "草原管理司负责。" });
        var plan = ImportedModel.FromFile("plan.docx", bytes);
        Assert.Equal(new[] { "森林草原防火司" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "生态保护修复司" }, plan.Supports("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.DoesNotContain("变压器", plan.Result.Plan);
        Assert.Equal(new[] { "草原管理司" }, plan.Leads("（三）"));
    }

    [Fact]
    public void Word_footnotes_that_define_give_a_source_or_tell_what_was_done_give_no_task_its_bodies()
    {
        // review-75 A5: a note passed where it held any role word; a definition (是指由区人民政府负责划定), a data source and
        // a past study each made the body it names the task's lead, over the plan's own rule.
        var bytes = Documents.WordFiles.Create(
            new DocumentFormat.OpenXml.OpenXmlElement[]
            {
                Documents.WordFiles.Paragraph("某市2025年城市更新工作方案"),
                Documents.WordFiles.Paragraph("一、重点任务"),
                Documents.WordFiles.WithFootnote("（一）推进城市更新规划编制", 1, "。完成专项规划编制。"),
                Documents.WordFiles.WithFootnote("（二）划定城市更新单元", 2, "。划定单元20个。"),
                Documents.WordFiles.WithFootnote("（三）实施老旧小区改造", 3, "。改造老旧小区120个。"),
                Documents.WordFiles.Paragraph("（四）完善物业管理。牵头单位：市民政局。"),
            },
            footnotes: new[] { "2024年，市发展改革委牵头开展了城市更新前期研究，形成研究报告。", "城市更新单元是指由区人民政府负责划定、实施统一规划的区域。", "数据来源：市统计局，由市统计局负责解释。" });
        var plan = ImportedModel.FromFile("plan.docx", bytes);
        Assert.Empty(plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
        Assert.Equal("划定城市更新单元", plan.Task("（二）").Title);
    }
}
