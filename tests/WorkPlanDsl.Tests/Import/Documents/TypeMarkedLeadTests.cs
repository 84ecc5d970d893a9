using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using static WorkPlanDsl.Tests.Import.Documents.WordFiles;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// A document that says its leads are set in bold or underlined (加粗的为牵头单位, 加下划线的为牵头单位): where the format
/// keeps the type (.html, .docx), the marked units lead; where it does not (text), no list's lead is read from its order.
/// </summary>
public class TypeMarkedLeadTests
{
    private const string Page = """
        <html><body>
        <p>说明：各项任务责任单位中，加下划线的为牵头单位，其余为配合单位。</p>
        <p>1. 加强师德师风建设。责任单位：人事处、<u>党委教师工作部</u></p>
        <p>2. 推进智慧校园建设。责任单位：各职能部门、<span style="text-decoration: underline">网络与信息中心</span></p>
        <p>3. 加强心理健康教育。责任单位：<u>学生工作部</u>、<u>校医院</u>、各学院</p>
        <p>4. 完善校友工作。责任单位：校友工作办公室、<b>发展规划处</b></p>
        <p>5. 推进招生改革。责任单位：招生就业处、教务处</p>
        </body></html>
        """;

    [Fact]
    public void Underlined_units_lead_in_a_page_that_says_so_and_the_others_support()
    {
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(Page));
        Assert.Equal(new[] { "党委教师工作部" }, plan.Leads("1."));
        Assert.Equal(new[] { "人事处" }, plan.Supports("1."));
        Assert.Equal(new[] { "网络与信息中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "学生工作部", "校医院" }, plan.Leads("3."));
        Assert.Equal(new[] { "各学院" }, plan.Supports("3."));

        // Bold is not what this page marks its leads with, and a list with no mark names no lead.
        Assert.Empty(plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void Bold_marks_leads_where_the_page_says_bold_and_bold_headings_change_nothing()
    {
        var page = Page.Replace("加下划线的为牵头单位", "加粗的为牵头单位").Replace("<u>", "<strong>").Replace("</u>", "</strong>")
            .Replace("text-decoration: underline", "font-weight: 700").Replace("<p>1.", "<p><b>一、重点任务</b></p><p>1.");
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "党委教师工作部" }, plan.Leads("1."));
        Assert.Equal(new[] { "网络与信息中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "发展规划处" }, plan.Leads("4."));
        Assert.Equal(new[] { "校友工作办公室" }, plan.Supports("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void Underlined_runs_of_a_docx_lead_where_the_document_says_so()
    {
        static Paragraph Marked(string before, string marked, string after) => new(
            new Run(new Text(before) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new Underline { Val = UnderlineValues.Single }), new Text(marked)),
            new Run(new Text(after) { Space = SpaceProcessingModeValues.Preserve }));

        var docx = Create(new OpenXmlElement[]
        {
            Paragraph("某大学2024年工作要点"),
            Paragraph("说明：责任单位中加下划线的为牵头单位。"),
            Marked("1. 加强师德师风建设。责任单位：人事处、", "党委教师工作部", string.Empty),
            Marked("2. 推进智慧校园建设。责任单位：", "网络与信息中心", "、各职能部门"),
            new Paragraph(new Run(new RunProperties(new Underline { Val = UnderlineValues.None }), new Text("3. 推进招生改革。责任单位：招生就业处、教务处"))),
        });
        var plan = ImportedModel.FromFile("plan.docx", docx);
        Assert.Equal(new[] { "党委教师工作部" }, plan.Leads("1."));
        Assert.Equal(new[] { "人事处" }, plan.Supports("1."));
        Assert.Equal(new[] { "网络与信息中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "各职能部门" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void Marks_without_a_stated_meaning_change_no_reading()
    {
        var page = Page.Replace("<p>说明：各项任务责任单位中，加下划线的为牵头单位，其余为配合单位。</p>", string.Empty);
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(page));

        // Without the statement, the national convention: the first listed leads.
        Assert.Equal(new[] { "人事处" }, plan.Leads("1."));
        Assert.Equal(new[] { "校友工作办公室" }, plan.Leads("4."));
    }

    [Theory]
    [InlineData("<p>说明：加下划线的为配合单位，加粗的为牵头单位。</p><p>1. 加强师德师风建设。责任单位：<u>人事处</u>、<b>党委教师工作部</b></p>", "党委教师工作部")]
    [InlineData("<p>说明：加粗的为牵头单位。</p><p><b>1. 加强师德师风建设。责任单位：人事处、党委教师工作部</b></p>", null)]
    [InlineData("<p>说明：加粗的为牵头单位。</p><p>1. 加强师德师风建设。<b>责任单位：人事处、党委教师工作部</b></p>", null)]
    [InlineData("<p>说明：加粗的为牵头单位。</p><p>1. 加强师德师风建设。责任单位：<b>人事处、党委教师工作部</b></p>", null)]
    [InlineData("<p>说明：加粗的为牵头单位。</p><p>1. 压实<b>人事处</b>责任。责任单位：人事处、党委教师工作部</p>", null)]
    [InlineData("<p>说明：加粗的为牵头单位。</p><p>1. 加强师德师风建设。责任单位：<b style=\"font-weight:normal\">人事处</b>、党委教师工作部</p>", null)]
    [InlineData("<p>说明：加粗的为牵头单位。</p><p>1. 加强师德师风建设。责任单位：<span style=\"mso-bidi-font-weight:bold\">人事处</span>、党委教师工作部</p>", null)]
    [InlineData("<p>说明：加下划线的为牵头单位。</p><p>1. 加强师德师风建设。责任单位：人事处、<ins>党委教师工作部</ins></p>", null)]
    public void Only_a_name_set_apart_by_the_stated_type_and_by_itself_leads(string body, string? lead)
    {
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes("<html><body>" + body + "</body></html>"));
        Assert.Equal(lead is null ? System.Array.Empty<string>() : new[] { lead }, plan.Leads("1."));
    }
}
