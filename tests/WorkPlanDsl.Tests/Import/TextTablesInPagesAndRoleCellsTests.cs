using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables in shapes the hostile65 set found unread: a text table with a dashed rule under its header, the same
/// table inside a web page's &lt;pre&gt;, a 责任分工 column whose cells say who leads and who helps (牵头：X / 配合：Y), a
/// 说明 row under the rows, and a matrix whose header names the units themselves (● / ○ under them). Invented tables.
/// </summary>
public class TextTablesInPagesAndRoleCellsTests
{
    private const string RuledTable = """
        序号    重点任务                                  牵头单位              配合单位              完成时间
        ----------------------------------------------------------------------------------------------------
        1       编制全区“无废城市”建设实施方案          区生态环境分局        区发展和改革局        2024年3月
                                                                              区工业和信息化局

        2       开展一般工业固体废物产生源排查，建立    区工业和信息化局      区生态环境分局        2024年5月
                重点企业名录

        3       推进工业园区固废集中贮存设施建设        区经济开发区管委会    区生态环境分局        2024年10月
                                                                              各街道办事处
        """;

    private static void AssertRuledTableRead(ImportedModel plan)
    {
        Assert.Equal(new[] { "1", "2", "3" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区生态环境分局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区发展和改革局", "区工业和信息化局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区工业和信息化局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区经济开发区管委会" }, plan.Leads("3"));

        // A group on the line under a whole name is a name of its own, not the end of the one above.
        Assert.Equal(new[] { "区生态环境分局", "各街道办事处" }, plan.Supports("3"));
    }

    [Fact]
    public void A_text_table_with_a_rule_under_its_header_is_read_as_a_table()
        => AssertRuledTableRead(ImportedModel.From(RuledTable));

    [Fact]
    public void The_same_table_inside_a_pre_of_a_web_page_is_read_as_a_table()
        => AssertRuledTableRead(ImportedModel.FromFile("page.html", Encoding.UTF8.GetBytes(
            "<html><body><p>现将2024年度重点任务分解如下：</p><pre>" + System.Net.WebUtility.HtmlEncode(RuledTable) + "</pre><p>各牵头单位按季度报送进展。</p></body></html>")));

    [Fact]
    public void A_duty_division_column_holding_role_lines_gives_each_row_its_roles_and_a_note_row_is_no_task()
    {
        var csv = "霞屿县2024年农村供水保障重点工作任务分解表,,,\r\n,,,\r\n序号,工作任务,责任分工,完成时限\r\n"
            + "1,实施农村供水提升工程。,\"牵头：县水利局\n配合：县发展和改革局、县财政局\",2024年12月底前\r\n"
            + "2,规范单村供水工程。,\"牵头：各乡镇人民政府\n指导：县水利局\",2024年10月底前\r\n"
            + "3,加强水质检测。,责任：县疾病预防控制中心、县水利局,每季度\r\n"
            + "说明：,\"1.“牵头”单位负总责；\n2.“配合”单位积极配合。\",,\r\n";
        var plan = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县发展和改革局", "县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("2"));
        Assert.Equal(new[] { "县疾病预防控制中心" }, plan.Leads("3"));
        Assert.Contains("“牵头”单位负总责", plan.Result.Plan);
    }

    [Fact]
    public void A_matrix_whose_header_names_the_units_gives_each_row_the_units_its_marks_name()
    {
        var csv = "澜溪理工大学2025年工作要点任务责任矩阵,,,,,\n"
            + "说明：表中“●”为牵头单位，“○”为参与单位。,,,,,\n"
            + "序号,工作任务,党委组织部,教务处,人事处,各学院\n"
            + "1,开展处级以上干部专题培训,●,,,○\n"
            + "2,新增国家级一流本科课程5门,,●,,○\n"
            + "3,实施高层次人才引育计划,○,,●,○\n"
            + "4,开展校园文化活动,,○,,○\n";
        var plan = ImportedModel.FromFile("matrix.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "党委组织部" }, plan.Leads("1"));
        Assert.Equal(new[] { "各学院" }, plan.Supports("1"));
        Assert.Equal(new[] { "教务处" }, plan.Leads("2"));
        Assert.Equal(new[] { "人事处" }, plan.Leads("3"));
        Assert.Equal(new[] { "党委组织部", "各学院" }, plan.Supports("3"));
        Assert.Empty(plan.Leads("4"));

        // Columns of bodies that hold words, not marks, are no matrix.
        var words = ImportedModel.FromFile("words.csv", Encoding.UTF8.GetBytes("序号,工作任务,党委组织部,教务处\n1,开展培训,负责组织,提供场地\n"));
        Assert.Empty(words.Leads("1"));
    }
}
