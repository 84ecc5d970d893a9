using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// Table shapes an outside run found lost or misread: proposal and rectification tables named by their own task
/// headers, 协责/会办 support columns, 项次 numbers, a measure whose lead cell is empty under a merged task cell,
/// Markdown cells joined by &lt;br&gt;, and rows copied out of Excel with a quoted cell of several lines.
/// </summary>
public class Hostile28TableShapeTests
{
    [Theory]
    [InlineData("提案题目")]
    [InlineData("建议标题")]
    [InlineData("建议题目")]
    [InlineData("提案名称")]
    [InlineData("施政重點")]
    [InlineData("问题清单")]
    public void A_proposal_or_rectification_table_is_read_by_its_own_task_header(string header)
    {
        var plan = Csv("序号," + header + ",主办单位,协办单位,提案者\n1,关于加快发展银发经济的建议,市民政局,市卫生健康委,张某某\n2,关于推进汉江生态廊道建设的建议,市生态环境局,市林业局,民盟襄阳市委会\n");
        Assert.Equal(new[] { "市民政局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市卫生健康委" }, plan.Supports("1"));
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("2"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("民盟") || u.Id.Contains("张某某"));
    }

    [Fact]
    public void A_column_named_for_the_proposer_or_its_number_is_no_task_column()
    {
        var plan = Csv("提案号,提案者,提案题目,主办单位\n1,张某某,关于加快发展银发经济的建议,市民政局\n");
        Assert.Equal("关于加快发展银发经济的建议", Assert.Single(plan.Tasks).Title);
    }

    [Fact]
    public void A_list_of_documents_by_their_titles_is_no_task_table()
    {
        var plan = Csv("序号,文件标题,发文字号,印发日期\n1,关于印发2024年工作要点的通知,X政办发〔2024〕1号,2024年1月5日\n");
        Assert.Empty(plan.Tasks);
    }

    [Theory]
    [InlineData("协责单位")]
    [InlineData("会办单位")]
    public void Jointly_responsible_and_jointly_handling_columns_support(string header)
    {
        var plan = Csv("序号,工作任务,主责单位," + header + "\n1,推进城市黑臭水体治理,市住房城乡建设局,市水务局、市生态环境局\n");
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市水务局", "市生态环境局" }, plan.Supports("1"));
    }

    [Fact]
    public void A_two_row_header_of_main_and_joint_responsibility_gives_no_lead_where_the_main_cell_is_empty()
    {
        var html = "<table><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">指标名称</td><td colspan=\"2\">责任单位</td></tr>"
            + "<tr><td>主责单位</td><td>协责单位</td></tr>"
            + "<tr><td>1</td><td>地区生产总值增速</td><td>市发展改革委</td><td>市统计局</td></tr>"
            + "<tr><td>2</td><td>单位地区生产总值能耗降低</td><td></td><td>市发展改革委、市工业和信息化局</td></tr></table>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1"));
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "市发展改革委", "市工业和信息化局" }, plan.Supports("2"));
        Assert.Equal(2, plan.Tasks.Count());
    }

    [Fact]
    public void Item_numbers_headed_xiangci_are_the_tasks_labels()
    {
        var plan = Csv("項次,施政重點,主辦機關,協辦機關\n1,推動捷運藍線建設,交通局,都市發展局\n2,辦理市有土地活化,財政局,地政局\n");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "交通局" }, plan.Leads("1"));
    }

    [Fact]
    public void A_measure_whose_lead_cell_is_empty_under_a_merged_task_has_no_lead_and_the_others_keep_their_own()
    {
        var html = "<table><tr><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>"
            + "<tr><td rowspan=\"3\">3.推进制造业数字化转型</td><td>（1）培育智能工厂50家</td><td>省工业和信息化厅</td><td>省科技厅</td></tr>"
            + "<tr><td>（2）推动中小企业上云用数赋智</td><td>省工业和信息化厅</td><td>各设区市人民政府</td></tr>"
            + "<tr><td>（3）开展数字化转型诊断服务</td><td></td><td>省中小企业发展服务中心</td></tr></table>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));
        var items = plan.Task("3.").Items;
        Assert.Equal(new[] { "省工业和信息化厅" }, plan.Names(items[0].InEffect.Leads));
        Assert.Equal(new[] { "省科技厅" }, plan.Names(items[0].InEffect.Supports));
        Assert.Equal(new[] { "各设区市人民政府" }, plan.Names(items[1].InEffect.Supports));
        Assert.Empty(items[2].InEffect.Leads);
        Assert.Equal(new[] { "省中小企业发展服务中心" }, plan.Names(items[2].InEffect.Supports));
    }

    [Fact]
    public void Measures_whose_only_other_rows_are_blank_stay_the_tasks_under_the_one_lead()
    {
        // The second row names no unit at all: nothing says it has no lead, and it stays under the task's.
        var html = "<table><tr><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>"
            + "<tr><td rowspan=\"2\">3.推进制造业数字化转型</td><td>（1）培育智能工厂50家</td><td>省工业和信息化厅</td><td>省科技厅</td></tr>"
            + "<tr><td>（2）开展数字化转型诊断服务</td><td></td><td></td></tr></table>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(new[] { "省工业和信息化厅" }, plan.Leads("3."));
        Assert.All(plan.Task("3.").Items, i => Assert.Equal(new[] { "省工业和信息化厅" }, plan.Names(i.InEffect.Leads)));
    }

    [Fact]
    public void In_a_CSV_a_blank_lead_cell_under_a_blank_task_cell_is_the_merged_one_above()
    {
        // A spreadsheet's merges are lost in CSV: the continuation row's blanks are the task's cells, not empty ones.
        var plan = Csv("序号,项目名称,目标任务,牵头单位,配合单位\n4,基层医疗机构能力提升,建设县域医疗次中心30个,省卫生健康委,\n,,配备DR等设备500台,,省财政厅\n");
        Assert.Equal(new[] { "省卫生健康委" }, plan.Leads("4"));
        Assert.All(plan.Task("4").Items, i => Assert.Equal(new[] { "省卫生健康委" }, plan.Names(i.InEffect.Leads)));
    }

    [Fact]
    public void A_markdown_cell_of_lines_joined_by_br_names_each_body_and_a_bold_row_loses_its_stars()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
            "|---|---|---|---|---|",
            "| **一、提升城市品质** | | | | |",
            "| 1 | 新建社区卫生服务中心5个 | 市卫生健康委<br>各区人民政府 | 市发展改革委 | 2024年12月 |",
            "| 2 | 改造老旧小区30个 | 市住房城乡建设局 | 市水务局<br/>市城管局 | 2024年11月 |"));
        Assert.Equal(new[] { "市卫生健康委", "各区人民政府" }, plan.Leads("1"));
        Assert.Equal(new[] { "市水务局", "市城管局" }, plan.Supports("2"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("br"));
        Assert.DoesNotContain("**", plan.Words());
    }

    [Fact]
    public void Rows_copied_out_of_Excel_with_a_quoted_cell_of_several_lines_stay_rows()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "序号\t工作任务\t责任单位\t完成时限",
            "1\t推进养老服务设施建设\t\"市民政局（牵头）",
            "市住房城乡建设局",
            "市自然资源和规划局\"\t2024年12月",
            "2\t发展\"\"普惠\"\"托育服务\t\"市卫生健康委（牵头）、市教育局\"\t2024年11月",
            "3\t建设老年大学分校\t市教育局（牵头）、市委老干部局\t2024年8月"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市住房城乡建设局", "市自然资源和规划局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("2"));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("3"));
        Assert.Equal(3, plan.Tasks.Count());
    }

    [Fact]
    public void A_quote_that_is_the_words_own_joins_no_lines()
    {
        // "双减" opens a cell and closes inside it: no spreadsheet quoting, so the next line stays a line of its own.
        var lines = WorkPlanDsl.Import.Documents.PlainText.Blocks("1\t\"双减\"政策落实\t市教育局\n2\t推进课后服务\t市教育局\n");
        Assert.Equal(2, lines.Count(b => b is WorkPlanDsl.Import.Documents.ParagraphBlock));
    }

    private static ImportedModel Csv(string text) => ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(text));
}
