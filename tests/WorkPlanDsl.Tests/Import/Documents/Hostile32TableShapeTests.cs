using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using W = WorkPlanDsl.Tests.Import.Documents.WordFiles;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// Table shapes the thirty-second outside run found lost: task tables laid out inside a borderless table of one
/// column, a rectification ledger headed 整改问题, and a table a heading cuts in two whose second part prints no header.
/// </summary>
public class Hostile32TableShapeTests
{
    private static TableRow TaskRow(string number, string task, string lead)
        => W.Row(W.Cell(number), W.Cell(task), W.Cell(lead));

    [Fact]
    public void Task_tables_laid_out_inside_a_one_column_table_are_read_as_tables()
    {
        TableCell Part(string heading, params TableRow[] rows)
        {
            var cell = new TableCell(new TableCellProperties(), W.Paragraph(heading));
            cell.Append(W.Table(new[] { W.Row(W.Cell("编号"), W.Cell("任务内容"), W.Cell("责任单位")) }.Concat(rows).ToArray()));
            cell.Append(W.Paragraph(string.Empty));
            return cell;
        }

        var layout = W.Table(
            W.Row(Part("一、大气污染防治", TaskRow("1", "深入开展大气污染防治攻坚", "市生态环境局"), TaskRow("2", "加强施工扬尘污染治理", "市住房城乡建设局"))),
            W.Row(Part("二、水污染防治", TaskRow("3", "全面落实河湖长制", "市水利局"))));
        var plan = ImportedModel.FromFile("plan.docx", W.Create(new DocumentFormat.OpenXml.OpenXmlElement[] { W.Paragraph("江州市生态环境保护工作要点"), layout }));
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市水利局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_task_table_with_a_small_table_in_one_cell_stays_a_table()
    {
        var cell = new TableCell(new TableCellProperties(), W.Paragraph("建设标准厂房"));
        cell.Append(W.Table(W.Row(W.Cell("一期"), W.Cell("二期")), W.Row(W.Cell("3万平方米"), W.Cell("2万平方米"))));
        cell.Append(W.Paragraph(string.Empty));
        var table = W.Table(
            W.Row(W.Cell("序号"), W.Cell("项目名称"), W.Cell("建设内容"), W.Cell("责任单位")),
            W.Row(W.Cell("1"), W.Cell("智能装备产业园"), cell, W.Cell("县经开区管委会")),
            W.Row(W.Cell("2"), W.Cell("县第二中学扩建"), W.Cell("新建教学楼"), W.Cell("县教育局")));
        var plan = ImportedModel.FromFile("plan.docx", W.Create(new[] { table }));
        Assert.Equal(new[] { "县经开区管委会" }, plan.Leads("1"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("2"));
    }

    [Theory]
    [InlineData("整改问题")]
    [InlineData("巡视反馈问题")]
    [InlineData("审计发现问题")]
    public void A_rectification_ledger_is_read_by_the_problems_it_answers(string header)
    {
        var plan = ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(
            "序号," + header + ",责任单位,责任人,整改时限\n1,部分乡镇专项转移支付资金未及时拨付到位,市财政局（牵头）、各县（市、区）人民政府,刘晓燕,2024年9月30日\n"
            + "2,保障性住房分配和使用管理不规范,市民政局、市住房城乡建设局（牵头）,王建国,2024年9月30日\n"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市民政局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_progress_reports_column_of_problems_stays_text()
    {
        var plan = ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(
            "序号,重点任务,牵头单位,完成情况,存在问题\n1,推进老旧小区改造,市住房城乡建设局,完成80%,资金缺口较大\n"));
        Assert.Equal("推进老旧小区改造", Assert.Single(plan.Tasks).Title);
    }

    [Fact]
    public void A_table_a_heading_cuts_in_two_is_read_whole_where_the_second_part_goes_on_numbering()
    {
        var html = "<h3>一、综合交通基础设施建设</h3><table><tr><th>编号</th><th>具体任务</th><th>责任单位</th><th>协同单位</th></tr>"
            + "<tr><td>1</td><td>加快城市停车设施建设</td><td>市住房城乡建设局</td><td>市自然资源和规划局</td></tr></table>"
            + "<h3>二、运输服务与安全保障</h3><table>"
            + "<tr><td>2</td><td>优化城市公交线网</td><td>市交通运输局</td><td>市公交集团</td></tr>"
            + "<tr><td>3</td><td>开展城市交通拥堵综合治理</td><td>市公安局</td><td>市交通运输局</td></tr></table>"
            + "<h3>三、附表</h3><table><tr><td>7</td><td>统计数据</td><td>12</td><td>15</td></tr></table>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Supports("3"));
    }
}
