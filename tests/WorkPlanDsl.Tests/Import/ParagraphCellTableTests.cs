using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task table as plain <c>pdftotext</c> (no <c>-layout</c>) prints it: a cell a paragraph, a blank line after each, the
/// header's wrapped cells (序 / 号, 完成时 / 限) first and out of the columns' order because they are centred, then each
/// row's number, words, unit cells and deadline (hostile94 07 found 9 of 23 rows).
/// </summary>
public class ParagraphCellTableTests
{
    // The header as poppler prints a row whose two-line cells are centred: those first, then the one-line cells.
    private static readonly string[] CentredHeader = { "序\n号", "完成时\n限", "工作任务", "牵头单位", "配合单位" };

    private static string Paragraphs(IEnumerable<string> cells) => string.Join("\n\n", cells) + "\n";

    private static string Document(params string[] cells) => Paragraphs(new[]
    {
        "某县人民政府办公室关于印发某县第四次全国农业普查实施方案的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《某县第四次全国农业普查实施方案》印发给你们，请认真贯彻落实。",
        "附件\n\n某县第四次全国农业普查重点任务分工表\n序\n号",
    }.Concat(CentredHeader.Skip(1)).Concat(cells));

    private static ImportedModel Import(params string[] cells) => ImportedModel.From(Document(cells));

    [Fact]
    public void Each_cell_is_read_by_what_it_holds_whatever_order_the_header_printed_in()
    {
        var plan = Import(
            "1", "制定全县普查实施方案和工作细\n则，明确各阶段工作任务。", "县统计局", "县农业农村局", "2025 年\n10 月底\n前",
            "2", "落实普查经费，将普查所需经费列\n入年度财政预算。", "县财政局", "县统计局", "2025 年\n11 月底\n前",
            "3", "开展普查区划分和清查摸底，绘制\n普查小区图。", "县统计局", "各乡镇人民政府\n县自然资源局", "2026 年\n4 月底前",
            "4", "开展普查登记质量抽查，抽查结果\n全县通报。", "国家统计局椤川调\n查队", "县统计局", "2026 年\n7 月底前");

        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县统计局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "各乡镇人民政府", "县自然资源局" }, plan.Supports("3"));
        // A name the column cut over two lines is one name, and a national bureau's survey team is one body.
        Assert.Equal(new[] { "国家统计局椤川调查队" }, plan.Leads("4"));
        Assert.StartsWith("制定全县普查实施方案和工作细则", plan.Task("1").Title);
        Assert.Contains("2025年10月底前", plan.Result.Plan);
    }

    [Fact]
    public void A_row_printing_fewer_unit_cells_than_the_table_has_names_nobody_and_says_so()
    {
        // Row 2's 牵头单位 is empty and prints nothing: its one cell of names could stand under either column.
        var plan = Import(
            "1", "制定全县普查实施方案。", "县统计局", "县农业农村局", "2025 年\n10 月底\n前",
            "2", "做好普查物资采购、场地保障等后\n勤工作。", "县财政局\n县机关事务服务中心", "2026 年\n3 月底前",
            "3", "做好普查档案收集、整理和归档。", "县档案馆", "—", "2027 年\n6 月底前");

        Assert.Empty(plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Contains(plan.Result.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("row 2 prints 1 cells of names"));
        Assert.Equal(new[] { "县档案馆" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));
    }

    [Fact]
    public void The_header_printed_again_on_a_later_page_and_inside_a_cell_is_passed_over()
    {
        var plan = Import(
            "1", "制定全县普查实施方案。", "县统计局", "县农业农村局", "2025 年\n10 月底\n前",
            "2", "提供户籍人口和农村人口变动资\n料。", "县公安局", "县统计局", "2025 年\n12 月底\n前",
            "—4—",
            "序\n号",
            "完成时\n限",
            "工作任务", "牵头单位", "配合单位",
            "3", "提供村（居）民委员会名录和行政\n区划资料。", "县民政局", "县统计局", "2025 年\n12 月底\n前",
            "—5—",
            "序\n号\n4",
            "工作任务", "牵头单位", "配合单位",
            "对普查工作中成绩突出的集体和个\n人按规定予以表彰。", "县统计局\n县人力资源和社会\n保障局", "—", "完成时\n限\n2027 年\n6 月底前");

        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县民政局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县统计局" }, plan.Supports("3"));
        // Two names in the 牵头 cell, one cut over two lines; a dash in 配合.
        Assert.Equal(new[] { "县统计局", "县人力资源和社会保障局" }, plan.Leads("4"));
        Assert.Empty(plan.Supports("4"));
    }

    [Fact]
    public void What_follows_the_last_row_is_the_documents_and_cells_printed_out_of_place_are_left_out()
    {
        var plan = Import(
            "1", "制定全县普查实施方案。", "县统计局", "县农业农村局", "2025 年\n10 月底\n前",
            "2", "提供林地面积、林业经营主体和林\n下经济资料。", "县林业局", "县统计局", "2025 年\n12 月底\n前",
            // A row's cells poppler printed after the next row's: they stand under no row here.
            "各乡镇人民政府\n2026 年\n县人力资源和社会保障 3 月底前\n局",
            "3", "开展数据审核汇总和质量评估。", "县统计局", "县农业农村局", "2026 年\n9 月底前",
            "注：牵头单位栏空白的，由县农业普查领导小组办公室另行明确。",
            "抄送：县委办公室，县人大常委会办公室。");

        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县林业局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县统计局" }, plan.Supports("2"));
        Assert.Equal(new[] { "县统计局" }, plan.Leads("3"));
        Assert.DoesNotContain("抄送", plan.Task("3").Title + plan.Task("3").Text);
        Assert.Contains(plan.Result.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("after row 2's cells"));
    }

    [Fact]
    public void A_task_named_as_a_place_is_the_rows_first_paragraph_of_names()
    {
        // A 重点项目 list: the project's name looks like a body's (县城北客运站), and the row prints no other words.
        var text = Paragraphs(new[]
        {
            "某县2025年重点项目分工表",
            "序号", "项目名称", "牵头单位", "配合单位", "完成时限",
            "1", "县城北客运站", "县交通运输局", "县公安局", "2025 年\n12 月底前",
            "2", "县第二人民医院", "县卫生健康局", "县财政局", "2025 年\n10 月底前",
            "3", "建设县城污水处理厂三期工程。", "县住房和城乡建设局", "县生态环境局", "2025 年\n9 月底前",
        });

        var plan = ImportedModel.From(text);

        Assert.Equal("县城北客运站", plan.Task("1").Title);
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县公安局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_header_printed_in_the_columns_order_reads_the_same()
    {
        var text = Paragraphs(new[]
        {
            "某区2025年重点工作任务分工表",
            "序号", "工作任务", "责任单位", "完成时限",
            "1", "推进老旧小区改造，完成改造小区\n12个。", "区住房和城乡建设局", "2025 年\n12 月底前",
            "2", "新建社区嵌入式养老服务站3个。", "区民政局", "2025 年\n10 月底前",
            "3", "开展全民健身赛事活动。", "区文化和旅游局", "全年",
        });

        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区文化和旅游局" }, plan.Leads("3"));
    }
}
