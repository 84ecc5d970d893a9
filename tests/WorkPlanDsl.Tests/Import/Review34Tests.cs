using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What the review of the thirty-fourth round found the new rules got wrong: a town's name wrapped before its
/// government, past work and another level's work read as the task's roles, and a co-lead statement that speaks of
/// another document or of one part only.
/// </summary>
public class Review34Tests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_towns_name_wrapped_before_its_government_is_one_name_and_a_short_task_line_stays_the_tasks()
    {
        var plan = Import(
            "某县2024年城镇建设任务分工表",
            "序号", "重点任务", "牵头单位", "配合单位",
            "1", "推进县城道路改造", "县住房和城乡建设局", "县交通运输局",
            "2", "推进城关片区棚户区改造", "城关", "镇人民政府", "县住房和城乡建设局",
            "3", "打造乡村振兴示范带", "茶山", "县农业农村局", "茶山镇");
        Assert.Equal(new[] { "城关镇人民政府" }, plan.Leads("2"));
        Assert.Equal("推进城关片区棚户区改造", plan.Task("2").Title);
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("3"));
    }

    [Fact]
    public void Past_work_and_another_levels_work_give_the_task_no_roles()
    {
        var plan = Import(
            "某县2024年工作要点",
            "一、重点任务",
            "（一）推进水毁工程修复。2023年，县交通运输局负责，县公安局配合，完成国省道水毁路段修复。今年重点做好汛前隐患排查。",
            "（二）做好综合绩效评价。省发展和改革委员会会同省财政厅、省统计局，围绕高质量发展指标制定了考核办法，我县要对标对表。",
            "（三）引进高层次人才。引进博士15名，县人社局负责，县教育局配合做好服务保障。");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Equal(new[] { "县人社局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县教育局" }, plan.Supports("（三）"));
    }

    [Theory]
    [InlineData("说明：《县委县政府2024年民生实事》附件中所列责任单位均为牵头单位；本清单中，列第一位的为牵头单位。")]
    [InlineData("说明：本部分所列责任单位均为牵头单位。")]
    public void A_co_lead_statement_of_another_document_or_of_one_part_leaves_the_lists_first_listed(string statement)
    {
        var plan = Import(
            "某县2024年重点工作任务清单",
            statement,
            "一、城乡建设",
            "（一）推进城区道路改造。责任单位：县住房和城乡建设局、县交通运输局");
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Supports("（一）"));
    }

    [Fact]
    public void A_list_marked_all_leads_after_its_last_name_makes_each_a_lead_and_a_time_before_a_body_is_no_name()
    {
        var plan = Import(
            "某县2024年重点工作任务清单",
            "一、城乡建设",
            "（一）推进城区道路改造。责任单位：县住房和城乡建设局、县交通运输局",
            "（二）推进城乡供水一体化。责任单位：县水利局、县住房和城乡建设局（均为牵头单位）",
            "（三）推进高铁站前广场项目。前期县交通运输局负责完成了项目可研，今年重点推进开工建设。");
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县水利局", "县住房和城乡建设局" }, plan.Leads("（二）"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.StartsWith("前期", System.StringComparison.Ordinal));
        Assert.Empty(plan.Leads("（三）"));
    }
}
