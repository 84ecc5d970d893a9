using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Bold type in an HTML table's cells (&lt;strong&gt;, &lt;b&gt;, font-weight:bold|700) marks the lead where the document
/// says so (责任单位中字体加粗的为牵头单位), as it does in a paragraph; without the rule bold is emphasis.
/// </summary>
public class BoldLeadCellTests
{
    private static ImportedModel Html(string name, string body)
        => ImportedModel.FromFile(name, Encoding.UTF8.GetBytes("<html><body><p>柳溪县2025年重点任务清单</p>" + body + "</body></html>"));

    [Fact]
    public void Bold_units_in_an_html_cell_lead_where_the_document_says_bold_marks_the_lead()
    {
        var plan = Html("bold.html", "<p>说明：责任单位中字体加粗的为牵头单位，其余为配合单位。</p>"
            + "<table><tr><td><b>序号</b></td><td><b>重点任务</b></td><td><b>责任单位</b></td><td><b>完成时限</b></td></tr>"
            + "<tr><td>1</td><td>推进政务服务事项全程网办。</td><td>县数据资源局、<strong>县行政审批局</strong></td><td>2025年12月</td></tr>"
            + "<tr><td>2</td><td>开展涉企收费专项检查。</td><td><span style=\"font-weight:700\">县市场监管局</span>、<b>县发展改革局</b>、县财政局</td><td>2025年9月</td></tr>"
            + "<tr><td>3</td><td>建立企业诉求快速响应机制。</td><td>县工商联</td><td>2025年6月</td></tr>"
            + "<tr><td>4</td><td>推行惠企政策免申即享。</td><td>县财政局、县税务局</td><td>2025年10月</td></tr>"
            + "</table>");

        Assert.Equal(new[] { "县行政审批局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县数据资源局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县市场监管局", "县发展改革局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("2"));
        Assert.Equal(new[] { "县工商联" }, plan.Leads("3"));
        // Two units and neither bold: the rule names no lead among them.
        Assert.Contains("4", plan.TasksWithoutLead);
    }

    [Fact]
    public void Bold_units_in_an_html_cell_without_a_stated_rule_are_emphasis()
    {
        var plan = Html("emphasis.html", "<p>责任单位排在第一位的为牵头单位。</p>"
            + "<table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>"
            + "<tr><td>1</td><td>推进政务服务事项全程网办。</td><td>县数据资源局、<strong>县行政审批局</strong></td></tr>"
            + "</table>");

        Assert.Equal(new[] { "县数据资源局" }, plan.Leads("1"));
    }
}
