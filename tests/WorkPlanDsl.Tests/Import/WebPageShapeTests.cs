using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of real plans as a web page's text keeps them (the seeds' own source): a table whose cells each end in a bar
/// and whose rows each open with a bar alone, a report's 部门分工 field beside its 分管省领导, and
/// a kind of body after 和 that shares the place before it (各县（市、区）党委和人民政府).
/// </summary>
public class WebPageShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Row(params string[] cells) => new[] { "|" }.Concat(cells.Select(c => c + " |")).ToArray();

    [Fact]
    public void A_table_whose_bars_open_each_row_is_read_row_by_row()
    {
        var lines = new[] { "洋县人民政府关于印发洋县2024年十大民生实事项目的通知", "附件:", "|", "洋县2024年十大民生实事项目清单 |", "||||||" }
            .Concat(Row("序号", "项目名称", "建设地点", "建设时间", "2024年建设内容", "年度投资金额 (万元)", "责任单位"))
            .Concat(Row("1", "洋县中小学幼儿园基础设施提升改造项目", "相关镇 (街道)", "2024", "对马畅中小、湑水中小等学校运动场地进行改造。", "300", "教体局"))
            .Concat(Row("2", "城北小学门前道路建设项目", "纸坊街道", "2024", "建成唐塔北路延伸段道路。", "300", "住建局"))
            .Concat(Row("3", "洋县2024年老旧小区改造项目", "洋州街道", "2024", "实施西苑小区等三所老旧小区改造。", "1360", "住建局、洋州街道办事处"))
            .Concat(Row("4", "高标准农田建设项目", "谢村镇", "2024", "实施田块整治500亩。", "4930", "农业农村局"))
            .ToArray();
        var plan = Import(lines);
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("洋县中小学幼儿园基础设施提升改造项目", plan.Tasks.First().Title);
        Assert.Equal(new[] { "教体局" }, plan.Leads("1"));
        Assert.Equal(new[] { "住建局" }, plan.Leads("3"));
        Assert.Equal(new[] { "洋州街道办事处" }, plan.Supports("3"));
        Assert.Equal(new[] { "农业农村局" }, plan.Leads("4"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("纸坊") || u.Id.Contains("谢村"));
    }

    [Fact]
    public void A_barred_table_cut_inside_its_last_row_keeps_the_rows_before_it()
    {
        var lines = new[] { "某县2024年民生实事项目清单" }
            .Concat(Row("序号", "项目名称", "建设内容", "责任单位"))
            .Concat(Row("1", "中小学改造项目", "改造运动场地。", "教体局"))
            .Concat(Row("2", "城北道路建设项目", "建成道路2公里。", "住建局"))
            .Concat(Row("3", "农村公路防护工程", "实施防护工程31公里。", "交通局"))
            .Concat(new[] { "|", "4 |", "职教中心分校区建设项目 |", "改造现有教学楼和学生宿舍等," })
            .ToArray();
        var plan = Import(lines);
        Assert.Equal(new[] { "教体局" }, plan.Leads("1"));
        Assert.Equal(new[] { "交通局" }, plan.Leads("3"));
        Assert.DoesNotContain(plan.Tasks, t => t.Label == "4" && !t.InEffect.Leads.IsEmpty);
    }

    [Theory]
    [InlineData("分管省领导:林克庆", "部门分工:省财政厅牵头,省税务局配合。")]
    [InlineData("责任领导：林克庆", "部门分工：省财政厅牵头，省税务局配合。")]
    [InlineData("分管省领导：林克庆", "工作分工：省财政厅牵头，省税务局配合。")]
    public void A_division_field_under_the_leader_reads_its_roles(string leader, string division)
    {
        var plan = Import("2021年省政府工作报告重点任务分工方案", "一、主要预期目标", "1.地方一般公共预算收入增长5%左右。", leader, division,
            "2.地区生产总值增长6%以上。", leader, "部门分工:省发展改革委牵头,各地、各部门配合。");
        Assert.Equal(new[] { "省财政厅" }, plan.Leads("1."));
        Assert.Equal(new[] { "省税务局" }, plan.Supports("1."));
        Assert.Equal(new[] { "省发展改革委" }, plan.Leads("2."));
        Assert.Contains("各部门", plan.Supports("2."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("林克庆"));
    }

    [Fact]
    public void A_branch_trade_union_stays_a_body()
    {
        var plan = Import("某县2024年工会工作要点", "一、重点工作", "1.开展职工技能竞赛。（县教育系统分工会牵头，县总工会配合）");
        Assert.Equal(new[] { "县教育系统分工会" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("各县(市、区)党委和人民政府", "各县(市、区)党委和人民政府")]
    [InlineData("高新区党工委和管委会", "高新区党工委和管委会")]
    [InlineData("市委宣传部和市文明办", "市委宣传部|市文明办")]
    [InlineData("市人大常委会和政协", "市人大常委会|政协")]
    public void A_kind_of_body_after_and_shares_the_place_before_it(string supports, string expected)
    {
        var plan = Import("某市节水行动方案", "一、重点任务", "1.实施水资源消耗总量控制。（市水利局牵头，市发展改革委、" + supports + "配合）");
        Assert.Equal(new[] { "市水利局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市发展改革委" }.Concat(expected.Split('|')).ToArray(), plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "人民政府" || u.Id == "管委会" || u.Id.EndsWith("和政协"));
    }
}
