using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes an outside run of invented plans found misread: tasks numbered 任务一： with a 主要内容： field, tasks lettered
/// A. B., a bracket whose ） stands alone on a wrapped line, and copied tables whose rows start at 5 or end with a blank.
/// </summary>
public class Hostile19ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Fields_under_a_task_numbered_by_name_are_that_tasks_not_a_record_of_their_own()
    {
        var plan = Import(
            "某集团2024年度重点工作项目清单", "",
            "任务一：安全生产治本攻坚行动", "主要内容：开展隐患排查整治。", "牵头单位：安全环保部", "",
            "任务二：高速公路智慧化改造", "主要内容：完成门架系统升级。", "牵头单位：信息化管理中心");
        Assert.Equal(new[] { "安全生产治本攻坚行动", "高速公路智慧化改造" }, plan.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "安全环保部" }, plan.Leads("任务一"));
        Assert.Equal(new[] { "信息化管理中心" }, plan.Leads("任务二"));
    }

    [Fact]
    public void Tasks_lettered_from_A_are_tasks_each_with_its_own_lead()
    {
        var plan = Import(
            "某公司2024年工作要点", "一、重点任务",
            "A. 实施技术攻关。（主办：科技创新部；协办：各子公司）",
            "B．建设研究院。（人力资源部负责）",
            "C、推进数字化转型。（主办：数字化中心）");
        Assert.Equal(new[] { "A.", "B．", "C、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "科技创新部" }, plan.Leads("A."));
        Assert.Equal(new[] { "人力资源部" }, plan.Leads("B．"));
        Assert.Equal(new[] { "数字化中心" }, plan.Leads("C、"));
    }

    [Theory]
    [InlineData("1. 推进技术攻关。", "A．完成课题立项。（科技创新部负责）")]
    [InlineData("一、重点任务", "B．建设研究院。（人力资源部负责）")]
    public void Letters_beside_numbers_or_not_from_A_are_no_tasks(string first, string lettered)
    {
        var plan = Import("某公司2024年工作要点", "", first, lettered, "C．推进数字化转型。");
        Assert.DoesNotContain(plan.Tasks, t => t.Label is "A．" or "B．" or "C．");
    }

    [Fact]
    public void A_bracket_closed_alone_on_a_wrapped_line_keeps_its_names_whole()
    {
        var plan = Import(
            "某区2024年城市管理工作要点", "",
            "３．整治违法建设，全年拆除存量违建10万平方米。（区",
            "综合行政执法局牵头，区自然资源分局、各街道办事处配合",
            "）",
            "４．规范户外广告设置。（区城管局负责）");
        Assert.Equal(new[] { "区综合行政执法局" }, plan.Leads("３．"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("４．"));
    }

    [Fact]
    public void A_copied_table_continued_from_an_earlier_page_reads_its_blank_cells()
    {
        var plan = Import(
            "序号", "项目名称", "建设内容", "牵头单位", "配合单位", "完成时限",
            "5", "农村饮水安全巩固", "改造农村供水管网80公里", "县水利局", "县财政局", "2024年11月",
            "6", "就业技能培训", "开展职业技能培训3000人次", "县人力资源社会保障局", "", "2024年12月");
        Assert.Equal(new[] { "县人力资源社会保障局" }, plan.Leads("6"));
        Assert.Empty(plan.Supports("6"));
    }

    [Fact]
    public void A_blank_line_between_rows_does_not_hide_the_blank_cells_inside_them()
    {
        var plan = Import(
            "序号", "项目名称", "牵头单位", "配合单位", "完成时限",
            "1", "城区学校扩容", "县教育局", "县发展改革局", "2024年8月",
            "2", "乡镇卫生院提标改造", "县卫生健康局", "县财政局", "2024年12月",
            "",
            "3", "城乡公交一体化", "县交通运输局", "", "2024年6月",
            "4", "老年助餐服务", "县民政局", "各乡镇人民政府", "2024年10月");
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));
    }

    [Fact]
    public void Items_each_naming_their_bodies_keep_the_last_clause_for_the_last_item()
    {
        var plan = Import(
            "某县2024年高标准农田建设方案", "",
            "（一）建设任务。一是加快新建。新建高标准农田5万亩（县农业农村局负责）。二是推进改造提升（县水利局负责）。三是完善灌排设施（县自然资源局负责）。",
            "（二）管护任务。一是落实管护责任。二是保障管护资金。（县财政局负责）");
        var first = plan.Task("（一）");
        Assert.Empty(first.Declared.Leads);
        Assert.Equal(new[] { "县自然资源局" }, plan.Names(first.Items.Last().InEffect.Leads));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_courts_divisions_are_bodies()
    {
        var plan = Import(
            "某市中级人民法院2024年工作要点", "",
            "1. 深化诉源治理。（牵头部门：立案庭，配合部门：各基层人民法院、诉讼服务中心）",
            "2. 推进涉企案件快审。（民二庭牵头，立案庭、执行局配合）",
            "3. 依法打击拒执犯罪。执行局要会同刑事审判庭，及时移送拒执犯罪线索。");
        Assert.Equal(new[] { "立案庭" }, plan.Leads("1."));
        Assert.Equal(new[] { "民二庭" }, plan.Leads("2."));
        Assert.Equal(new[] { "立案庭", "执行局" }, plan.Supports("2."));
        Assert.Equal(new[] { "执行局" }, plan.Leads("3."));
        Assert.Equal(new[] { "刑事审判庭" }, plan.Supports("3."));
    }

    [Fact]
    public void Names_a_line_each_in_a_table_with_a_content_and_a_deadline_column_and_a_header_printed_again()
    {
        var plan = Import(
            "序号", "项目名称", "建设内容", "牵头单位", "配合单位", "完成时限",
            "1", "城区学校扩容", "新建城东小学", "县教育局", "县发展改革局", "县住建局", "2024年8月",
            "2", "乡镇卫生院提标改造", "改造乡镇卫生院5所", "县卫生健康局", "县财政局", "2024年12月",
            "— 2 —",
            "序号", "项目名称", "建设内容", "牵头单位", "配合单位", "完成时限",
            "3", "老年助餐服务", "建设老年食堂20个", "县民政局", "各乡镇人民政府", "2024年10月",
            "4", "农村饮水安全巩固", "改造供水管网80公里", "县水利局", "县财政局", "各乡镇人民政府", "2024年11月");
        Assert.Equal(new[] { "县教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县发展改革局", "县住建局" }, plan.Supports("1"));
        Assert.Equal("2024年8月", plan.Task("1").Declared.Due!.Text);
        Assert.Equal(new[] { "县水利局" }, plan.Leads("4"));
    }
}
