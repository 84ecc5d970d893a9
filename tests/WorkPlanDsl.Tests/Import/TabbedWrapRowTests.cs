using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A spreadsheet copied as tab-separated rows, whose wrapped cells come out as a line of their own under their row with
/// its number cell empty (<c>⇥完成沿线征地拆迁⇥⇥县自然资源局</c>, <c>⇥⇥⇥管委会、各乡镇⇥⇥⇥</c>).
/// </summary>
public class TabbedWrapRowTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Wrapped_cells_on_a_line_under_their_row_go_on_in_it_and_the_rows_after_stay_rows()
    {
        var plan = Import(
            "清溪县2021年重点工作督查台账",
            "序号\t督办事项\t责任领导\t责任单位\t办结时限",
            "1\t推进国道改扩建工程，一季度\t刘志强\t县交通运输局（牵头）\t2021年12月底",
            "\t完成沿线征地拆迁\t\t县自然资源局\t",
            "2\t建设标准厂房二期，新增厂房\t陈光明\t县工业园区管委会\t2021年10月底",
            "\t面积8万平方米\t\t\t",
            "3\t全年引进亿元以上产业项目20个\t陈光明\t县商务局（牵头）、县工业园区\t2021年12月底",
            "\t\t\t管委会、各乡镇\t",
            "4\t实施城区雨污分流改造\t刘志强\t县住房城乡建设局（牵头）、\t2021年11月底",
            "\t\t\t县水利局、县城管局\t",
            "5\t新建高标准农田3万亩\t张国庆\t县农业农村局\t2021年12月底",
            "",
            "说明：责任单位中标注“（牵头）”的为牵头单位。");
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("推进国道改扩建工程，一季度完成沿线征地拆迁", plan.Tasks.First().Title);
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("1"));
        Assert.Equal("建设标准厂房二期，新增厂房面积8万平方米", plan.Tasks.ElementAt(1).Title);
        Assert.Equal(new[] { "县商务局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县工业园区管委会", "各乡镇" }, plan.Supports("3"));
        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县水利局", "县城管局" }, plan.Supports("4"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("5"));
    }

    [Fact]
    public void A_wrapped_last_cell_after_tabs_alone_keeps_the_rows_after_it()
    {
        var plan = Import(
            "某县2021年重点工作台账",
            "序号\t任务内容\t牵头单位\t配合单位",
            "1\t国道改造工程\t县交通运输局\t县财政局、",
            "\t\t\t县自然资源局",
            "2\t县医院迁建\t县卫健局\t县住建局",
            "3\t污水管网\t县水务局\t县住建局");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县财政局", "县自然资源局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县水务局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_wrapped_line_without_a_tab_after_it_that_leaves_the_lead_cell_empty_goes_on_in_its_row()
    {
        var plan = Import(
            "某县2024年重点项目推进台账",
            "序号\t建设内容\t牵头单位\t配合单位",
            "1\t完成国道路基施工\t县交通运输局\t县财政局",
            "\t完成沿线征地拆迁\t\t县自然资源局",
            "2\t完成县医院主体封顶\t县卫健局\t县住建局");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("完成国道路基施工完成沿线征地拆迁", plan.Task("1").Title);
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局", "县自然资源局" }, plan.Supports("1"));
    }

    [Fact]
    public void A_row_whose_cell_broke_onto_a_line_with_no_tab_before_it_is_one_row()
    {
        var plan = Import(
            "关于2024年重点工作任务分工方案",
            "序号\t工作任务\t牵头单位\t配合单位",
            "1\t推进老旧小区改造工作，重点做好",
            "加装电梯\t市住建局\t市财政局",
            "2\t推进垃圾分类\t市城管局\t市商务局");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("推进老旧小区改造工作，重点做好加装电梯", plan.Task("1").Title);
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("1"));
    }

    [Fact]
    public void A_cell_past_a_header_that_ends_with_the_lead_column_is_no_second_lead()
    {
        var plan = Import(
            "序号\t项目名称\t牵头单位",
            "1\t国道改造工程\t县交通运输局\t县财政局",
            "2\t县医院迁建\t县卫健局\t县住建局");
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Contains("# review: row 2 has cells past the header's last column (牵头单位): 县住建局 read in no role", plan.Result.Plan);
    }

    [Fact]
    public void A_paragraph_indented_by_a_tab_after_the_table_is_no_wrap_of_its_last_row()
    {
        var plan = Import(
            "某县2021年重点工作台账",
            "序号\t督办事项\t责任领导\t责任单位\t办结时限",
            "1\t推进国道改扩建工程\t刘志强\t县交通运输局\t2021年12月底",
            "2\t新建高标准农田3万亩\t张国庆\t县农业农村局\t2021年12月底",
            "\t各责任单位要于每季度末报送进展情况。");
        Assert.Equal("新建高标准农田3万亩", plan.Tasks.Last().Title);
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("2"));
    }
}
