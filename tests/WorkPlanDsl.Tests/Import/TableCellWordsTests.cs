using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using static WorkPlanDsl.Tests.Import.Documents.SheetFiles;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What a task table's words say beyond its header's role words, in documents of each format: a column of the unit
/// before a change (原牵头单位), measure numbers in a unit cell, ditto marks, and a row of totals.
/// </summary>
public class TableCellWordsTests
{
    private static ImportedModel Import(string name, byte[] bytes) => ImportedModel.FromFile(name, bytes);

    private static byte[] Html(params string[][] rows)
        => Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>2024年县重点工作任务责任调整表</p><table>"
            + string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")) + "</table></body></html>");

    [Theory]
    [InlineData("原牵头单位", "调整后牵头单位")]
    [InlineData("原来的牵头单位", "现牵头单位")]
    [InlineData("调整前牵头单位", "新牵头单位")]
    [InlineData("牵头单位（变更前）", "牵头单位（变更后）")]
    public void A_column_of_the_former_lead_is_text_and_the_lead_is_the_one_after_the_change(string former, string current)
    {
        var plan = Import("t.html", Html(
            new[] { "序号", "重点任务", former, current, "配合单位" },
            new[] { "1", "推进县城供水一体化", "县住建局", "县水利局", "县发改局" },
            new[] { "2", "建设县级综合养老服务中心", "县卫健局", "县民政局", "县卫健局" }));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县发改局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2"));
        Assert.Contains(former + "：县住建局", plan.Task("1").Text);
        Assert.DoesNotContain(plan.Model.Tasks, t => t.InEffect.Leads.Contains("县住建局"));
    }

    [Theory]
    [InlineData("(1)", "(2)")]
    [InlineData("（1）", "（2）")]
    [InlineData("①", "②")]
    [InlineData("1.", "2.")]
    [InlineData("1、", "2、")]
    public void Measure_numbers_at_the_start_of_a_unit_cells_lines_are_no_part_of_a_name(string first, string second)
    {
        var docx = WordFiles.Create(new OpenXmlElement[]
        {
            WordFiles.Paragraph("2024年市医疗保障重点任务"),
            WordFiles.Table(
                WordFiles.Row(WordFiles.Cell("序号"), WordFiles.Cell("重点任务"), WordFiles.Cell("工作措施"), WordFiles.Cell("牵头单位"), WordFiles.Cell("配合单位")),
                WordFiles.Row(
                    WordFiles.Cell("1"), WordFiles.Cell("优化医疗服务"),
                    WordFiles.Cell(first + "推进预约诊疗。", moreParagraphs: second + "推行检查检验结果互认。"),
                    WordFiles.Cell(first + "市卫健委", moreParagraphs: second + "市卫健委"),
                    WordFiles.Cell(first + "市医保局", moreParagraphs: second + "市医保局、市财政局")),
                WordFiles.Row(WordFiles.Cell("2"), WordFiles.Cell("加强医保基金监管"), WordFiles.Cell("开展专项检查"), WordFiles.Cell("市医保局"), WordFiles.Cell("市卫健委"))),
        });
        var plan = Import("t.docx", docx);
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("1"));
        Assert.Equal(new[] { "市医保局", "市财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市卫健委" }, plan.Supports("2"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Any(char.IsDigit) || (u.FullName ?? u.Id).Contains('①'));
    }

    [Fact]
    public void Ditto_marks_in_a_unit_column_repeat_the_row_above_with_a_note()
    {
        var strings = new[] { "序号", "工作任务", "牵头单位", "配合单位", "同上", "〃", "\"" };
        var rows = new[]
        {
            Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3)),
            Row(2, Number("A2", "1"), Inline("B2", "开展薄弱村帮扶"), Shared("C2", 5), Inline("D2", "县财政局")),
            Row(3, Number("A3", "2"), Inline("B3", "推进产权制度改革"), Inline("C3", "县农业农村局"), Inline("D3", "县自然资源局")),
            Row(4, Number("A4", "3"), Inline("B4", "发展集体经济"), Shared("C4", 4), Shared("D4", 5)),
            Row(5, Number("A5", "4"), Inline("B5", "建设冷链物流设施"), Shared("C5", 5), Inline("D5", "县商务局")),
            Row(6, Number("A6", "5"), Inline("B6", "推进数字乡村建设"), Shared("C6", 6), Shared("D6", 6)),
        };
        var plan = Import("ditto.xlsx", Create(strings, new NumberingFormat[0], new uint[] { 0 }, new SheetSpec("Sheet1", rows, new string[0])));
        Assert.Empty(plan.Leads("1"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("3"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("5"));
        Assert.Equal(new[] { "县商务局" }, plan.Supports("5"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id is "同上" or "〃");
        var notes = plan.Result.Notes.Select(n => n.Message).ToList();
        Assert.Contains(notes, n => n.StartsWith("'〃' (ditto) in 牵头单位 has no row above", System.StringComparison.Ordinal));
        Assert.Contains(notes, n => n == "'同上' (ditto) in 牵头单位 is read as the row above's: 县农业农村局");
        Assert.Contains(notes, n => n == "'〃' (ditto) in 配合单位 is read as the row above's: 县自然资源局");
    }

    [Fact]
    public void A_remark_naming_one_of_the_listed_units_as_lead_picks_it_out_of_the_list()
    {
        var docx = WordFiles.Create(new OpenXmlElement[]
        {
            WordFiles.Paragraph("某县2025年县域商业重点项目清单"),
            WordFiles.Table(
                WordFiles.Row(WordFiles.Cell("序号"), WordFiles.Cell("项目名称"), WordFiles.Cell("责任单位"), WordFiles.Cell("备注")),
                WordFiles.Row(WordFiles.Cell("1"), WordFiles.Cell("城乡商贸物流园"), WordFiles.Cell("县商务局、县供销社、城关镇人民政府"), WordFiles.Cell("县供销社牵头")),
                WordFiles.Row(WordFiles.Cell("2"), WordFiles.Cell("产地集配中心"), WordFiles.Cell("县商务局、县农业农村局"), WordFiles.Cell("县农业农村局为牵头单位")),
                WordFiles.Row(WordFiles.Cell("3"), WordFiles.Cell("冷链物流骨干网"), WordFiles.Cell("县商务局、县交通运输局"), WordFiles.Cell("资金由县财政局统筹安排")),
                WordFiles.Row(WordFiles.Cell("4"), WordFiles.Cell("农贸市场改造"), WordFiles.Cell("县市场监管局、县商务局"), WordFiles.Cell("县财政局牵头筹资")),
                WordFiles.Row(WordFiles.Cell("5"), WordFiles.Cell("职工消费季"), WordFiles.Cell("县商务局、县总工会"), WordFiles.Cell("县总工会牵头组织职工消费"))),
        });
        var plan = Import("t.docx", docx);
        Assert.Equal(new[] { "县供销社" }, plan.Leads("1"));
        Assert.Equal(new[] { "县商务局", "城关镇人民政府" }, plan.Supports("1"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县商务局" }, plan.Supports("2"));

        // A remark about someone else (the funder, a body not in the list) picks no lead: the list's first by the convention.
        Assert.Equal(new[] { "县商务局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("4"));

        // A remark about who leads a part of the work (organising the spending) is not who leads the project.
        Assert.Equal(new[] { "县商务局" }, plan.Leads("5"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "县财政局");
    }

    [Theory]
    [InlineData("合计")]
    [InlineData("总  计")]
    [InlineData("小计")]
    public void A_row_of_totals_is_no_task(string total)
    {
        var docx = WordFiles.Create(new OpenXmlElement[]
        {
            WordFiles.Paragraph("2024年度市直部门绩效考核细则"),
            WordFiles.Table(
                WordFiles.Row(WordFiles.Cell("序号"), WordFiles.Cell("考核内容"), WordFiles.Cell("分值"), WordFiles.Cell("责任单位")),
                WordFiles.Row(WordFiles.Cell("1"), WordFiles.Cell("完成年度节能降碳目标"), WordFiles.Cell("10"), WordFiles.Cell("市发改委")),
                WordFiles.Row(WordFiles.Cell("2"), WordFiles.Cell("城镇新增就业1.5万人"), WordFiles.Cell("6"), WordFiles.Cell("市人社局")),
                WordFiles.Row(WordFiles.Cell(total, span: 2), WordFiles.Cell("16"), WordFiles.Cell(string.Empty))),
        });
        var plan = Import("t.docx", docx);
        Assert.Equal(new[] { "1", "2" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1"));
    }

    [Fact]
    public void A_numbered_row_naming_no_unit_over_rows_numbered_in_decimals_under_it_is_their_section()
    {
        var csv = "序号,重点任务,牵头单位,配合单位,完成时限\r\n1,推进项目建设,,,\r\n1.1,新开工重大项目100个,市发改委,各县市区政府,2024年6月\r\n"
            + "1.2,竣工投产项目80个,市发改委,,2024年12月\r\n2,优化营商环境,,,\r\n2.1,推进政务服务标准化,市数据局,,2024年12月\r\n3,加强统计监测,市统计局,,2024年12月\r\n";
        var plan = Import("t.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "推进项目建设", "优化营商环境" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "1.1", "1.2", "2.1", "3" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Empty(plan.TasksWithoutLead);
        Assert.Equal(new[] { "市统计局" }, plan.Leads("3"));
    }
}
