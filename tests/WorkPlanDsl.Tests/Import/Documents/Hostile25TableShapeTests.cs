using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using static WorkPlanDsl.Tests.Import.Documents.WordFiles;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// Table shapes an outside run found misread: measures under one merged task cell whose leads repeat (A, B, A) or are
/// not numbered, a cell of two paragraphs that broke the written plan, and the / or — a copied-out table prints in an
/// empty cell.
/// </summary>
public class Hostile25TableShapeTests
{
    [Fact]
    public void Measures_under_a_merged_task_cell_keep_their_own_leads_when_the_leads_repeat()
    {
        var bytes = Create(new[]
        {
            Table(
                Row(Cell("序号"), Cell("重点任务"), Cell("具体举措"), Cell("牵头单位"), Cell("配合单位")),
                Row(Cell("一", merge: "restart"), Cell("实施产业链提升行动", merge: "restart"), Cell("1.编制产业链图谱"), Cell("省工信厅"), Cell("省发改委")),
                Row(Cell(string.Empty, merge: "continue"), Cell(string.Empty, merge: "continue"), Cell("2.设立专项资金20亿元"), Cell("省财政厅"), Cell("省工信厅")),
                Row(Cell(string.Empty, merge: "continue"), Cell(string.Empty, merge: "continue"), Cell("3.开展双链长制试点"), Cell("省工信厅"), Cell("各设区市人民政府"))),
        });
        var plan = ImportedModel.FromFile("plan.docx", bytes);
        var task = plan.Task("一");
        Assert.Empty(task.InEffect.Leads);
        Assert.Equal(new[] { "省工信厅" }, plan.Names(task.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "省财政厅" }, plan.Names(task.Items[1].InEffect.Leads));
        Assert.Equal(new[] { "省工信厅" }, plan.Names(task.Items[1].InEffect.Supports));
        Assert.Equal(new[] { "省工信厅" }, plan.Names(task.Items[2].InEffect.Leads));
        Assert.Equal(new[] { "各设区市人民政府" }, plan.Names(task.Items[2].InEffect.Supports));
    }

    [Fact]
    public void Unnumbered_measures_of_a_real_table_keep_their_own_leads_and_rows_naming_the_same_stay_the_tasks()
    {
        const string Page = """
            <html><body><table border="1">
            <tr><th>序号</th><th>重点任务</th><th>工作措施</th><th>牵头单位</th><th>配合单位</th></tr>
            <tr><td rowspan="2">1</td><td rowspan="2">推进政务服务标准化</td><td>编制政务服务事项实施清单</td><td>区政务服务局</td><td>区级各部门</td></tr>
            <tr><td>开展便民服务中心标准化建设</td><td>各镇（街道）</td><td>区政务服务局</td></tr>
            <tr><td rowspan="2">2</td><td rowspan="2">优化营商环境</td><td>开展评价</td><td>区发改局</td><td>区财政局</td></tr>
            <tr><td>开展整改</td><td>区发改局</td><td>区财政局</td></tr>
            </table></body></html>
            """;
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(Page));
        var first = plan.Task("1");
        Assert.Empty(first.InEffect.Leads);
        Assert.Equal(new[] { "区政务服务局" }, plan.Names(first.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "各镇（街道）" }, plan.Names(first.Items[1].InEffect.Leads));

        Assert.Equal(new[] { "区发改局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_cell_of_two_paragraphs_kept_as_words_writes_a_plan_that_compiles()
    {
        const string Page = """
            <html><body>
            <p>（一）推动工业固体废物减量化。</p>
            <p>（二）加强建筑垃圾治理。</p>
            <p>附件：任务分工</p>
            <table border="1">
            <tr><td>序号</td><td>任务内容</td><td>牵头单位</td><td>配合单位</td></tr>
            <tr><td>1</td><td>推动工业固体废物减量化</td><td>市工业和信息化局</td><td>市生态环境局</td></tr>
            <tr><td>2</td><td>加强建筑垃圾治理</td><td><p>市城市管理综合执法局</p><p>市住房城乡建设局</p></td><td>市自然资源和规划局</td></tr>
            </table></body></html>
            """;
        var read = WorkPlanDsl.Import.Documents.DocumentReader.Read("plan.html", Encoding.UTF8.GetBytes(Page));
        var result = PlanImporter.Import(read.Document!, new ImportOptions("plan.html"));
        Assert.DoesNotContain(result.Notes, n => n.Message.Contains("has an error"));
        Assert.Contains("  | 2　加强建筑垃圾治理　市城市管理综合执法局\n  | 市住房城乡建设局　市自然资源和规划局\n", result.Plan);
        var plan = ImportedModel.From(result);
        Assert.Equal(new[] { "市城市管理综合执法局", "市住房城乡建设局" }, plan.Leads("（二）"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("／")]
    public void The_mark_of_an_empty_cell_in_a_table_copied_a_cell_a_line_is_that_cell(string mark)
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县2023年营商环境工作任务", "序号", "任务内容", "牵头单位", "协同单位", "完成时限",
            "1", "开展涉企收费专项检查", "县发改局", "县市场监管局", "2023年8月",
            "2", "优化纳税缴费服务", "县税务局", mark, "2023年12月"));
        Assert.Equal(new[] { "县税务局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1"));
    }

    [Fact]
    public void Category_headings_between_the_rows_of_a_tabbed_table_are_its_sections()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市2024年稳外贸工作任务", "序号\t工作任务\t牵头单位\t配合单位", "一、稳定外贸主体",
            "1\t开展专场展会10场\t市商务局\t市贸促会", "2\t培育外贸综合服务企业5家\t市商务局\t拱北海关",
            "二、强化服务保障", "3\t压缩整体通关时间\t拱北海关\t市口岸局"));
        Assert.Equal(new[] { "稳定外贸主体", "强化服务保障" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2"));
        Assert.Equal(new[] { "拱北海关" }, plan.Leads("3"));
        Assert.Equal(new[] { "市口岸局" }, plan.Supports("3"));
    }

    [Fact]
    public void Rows_numbered_within_their_tasks_number_in_a_table_copied_a_cell_a_line_are_read()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市2024年港口工作任务", "序号", "具体任务", "责任单位", "完成时限",
            "1-1", "推进码头智能化改造", "辽港集团", "2024年12月",
            "1-2", "开通外贸集装箱航线5条", "市口岸办", "2024年12月",
            "2-1", "建设航运中心数字平台", "市交通运输局", "2024年10月"));
        Assert.Equal(new[] { "1-1", "1-2", "2-1" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市口岸办" }, plan.Leads("1-2"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("2-1"));
    }

    [Fact]
    public void The_mark_of_an_empty_cell_alone_outside_a_table_is_dropped()
    {
        var plan = ImportedModel.From(string.Join("\n", "某县2023年工作要点", "1.开展检查。（县发改局牵头）", "—", "2.优化服务。（县税务局牵头）"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.DoesNotContain("| —", plan.Result.Plan);
    }
}
