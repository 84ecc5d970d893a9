using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What a hostile run found against the rules that read who must do a task from its opening words and that rebuild
/// copied table rows: each a lead the document does not give, a body cut short, or a task lost.
/// </summary>
public class HostileSubjectAndTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("1.市政府应急办要落实24小时值班制度。", "市政府应急办")]
    [InlineData("1.区政府应急管理局要开展风险普查。", "区政府应急管理局")]
    [InlineData("1.县城管局要加强占道经营整治。", "县城管局")]
    [InlineData("1.办公室要安排好假期值班。", "办公室")]
    [InlineData("1.财务室要做好假期经费管理。", "财务室")]
    [InlineData("1.各县（市、区）人民政府要落实属地责任。", "各县（市、区）人民政府")]
    public void A_body_whose_name_holds_a_modals_character_keeps_its_whole_name(string task, string lead)
        => Assert.Equal(new[] { lead }, Import("一、重点任务", task).Leads("1."));

    [Theory]
    [InlineData("1.县政府要闻发布平台建设。")]
    [InlineData("1.区政府要素保障专班运行。")]
    [InlineData("1.市民政局需求调查。")]
    [InlineData("1.县政府须知事项公开。")]
    [InlineData("1.市政府应收账款清理。")]
    [InlineData("1.县政府将军山景区开发。")]
    [InlineData("1.市审计局认为县财政局要规范专项资金管理。")]
    [InlineData("1.群众反映市城管局要加强管理。")]
    [InlineData("1.“市公安局要加强巡逻”的整改要求落实情况跟踪。")]
    [InlineData("1.加油站要落实安全生产主体责任。")]
    [InlineData("1.村卫生室要做好基本公共卫生服务。")]
    [InlineData("1.市级医院要开展对口帮扶。")]
    [InlineData("1.市场监管所要加强日常巡查。")]
    [InlineData("1.物流中心要加强安全管理。")]
    [InlineData("1.市公安局要把该项工作交由各分局负责。")]
    [InlineData("1.市公安局要把巡逻工作交给各分局负责。")]
    [InlineData("1.市政务服务局要将企业开办事项下放至各区办理。")]
    [InlineData("1.市发改委要把项目审批权限委托给各区发改局行使。")]
    [InlineData("1.市城管局要安排各街道具体负责。")]
    [InlineData("1.各县直部门要做好防汛工作。")]
    [InlineData("1.各乡镇卫生院要做好救护准备。")]
    [InlineData("1.各区属企业要做好物资储备。")]
    [InlineData("1.市、区两级公安机关要加大打击力度。")]
    [InlineData("1.市县两级政府要加强组织领导。")]
    [InlineData("1.市司法局应诉工作要进一步规范。")]
    [InlineData("1.市卫健委需方满意度要持续提高。")]
    [InlineData("1.『市教育局要减轻学生负担』的呼声要积极回应。")]
    public void Words_that_only_look_like_a_body_that_must_do_it_name_no_lead(string task)
        => Assert.Empty(Import("一、重点任务", task).Leads("1."));

    [Fact]
    public void A_later_by_clause_names_who_decides_a_question()
        => Assert.Equal(new[] { "市政府" }, Import("一、重点任务", "1.市财政局要不要承担兜底责任，由市政府研究确定。").Leads("1."));

    [Fact]
    public void A_field_under_the_task_wins_over_the_body_its_words_open_with()
    {
        var plan = Import(
            "一、重点任务",
            "（一）加强校园食品安全。市市场监管局要开展校园食堂检查。",
            "责任单位：市教育局",
            "（二）加强农贸市场监管。市市场监管局要加强农贸市场监管。",
            "（责任单位：市商务局）");
        Assert.Equal(new[] { "市教育局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void An_earlier_sentence_giving_the_work_to_someone_keeps_a_later_subject_from_leading()
        => Assert.DoesNotContain("各区", Import("一、重点任务", "（二）强化项目服务。请市发改委督促各区落实项目服务。各区要建立项目台账。").Leads("（二）"));

    [Fact]
    public void The_departments_of_two_fields_share_one_printed_ending()
    {
        var plan = Import("一、重点任务", "1.加强部门协作。（公安、交通运输部门负责）", "2.推进联合执法。（市林业局、市应急管理局负责）");
        Assert.Equal(new[] { "公安部门" }, plan.Leads("1."));
        Assert.Equal(new[] { "交通运输部门" }, plan.Supports("1."));
        Assert.Equal(new[] { "市应急管理局" }, plan.Supports("2."));
    }

    [Fact]
    public void Short_and_long_table_rows_keep_their_cells_under_their_columns()
    {
        var plan = Import(
            "2024年重点任务分工表",
            "序号 | 重点任务 | 牵头单位 | 配合单位",
            "1 | 推进产业园区建设 | 市发改委 | 市财政局",
            "2 | 加快5G基站建设 | 市工信局 |",
            "3 | 推进数字政府建设 | 市大数据局 | 市财政局 | 市委网信办",
            "4 | 体育中心 | 市体育局 |",
            "5 | 加强食品安全监管 | 市市场监管局 | 市卫健委");
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市工信局" }, plan.Leads("2"));
        Assert.Equal("加快5G基站建设", plan.Task("2").Title);
        Assert.Equal(new[] { "市大数据局" }, plan.Leads("3"));
        Assert.Equal(new[] { "市财政局", "市委网信办" }, plan.Supports("3"));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("4"));
        Assert.Equal(new[] { "市市场监管局" }, plan.Leads("5"));
    }

    [Fact]
    public void A_table_of_the_schedule_does_not_hide_numbered_tasks_that_open_with_their_bodies()
    {
        var plan = Import(
            "某大学2024年春季学期开学工作安排",
            "一、开学准备",
            "1.教务处要在开学前完成课表编排和教材征订。",
            "2.学生处负责做好学生返校报到组织工作。",
            "二、开学工作日程",
            "起止日期 | 主要工作 | 责任处室",
            "2月24日 | 教职工返校 | 人事处",
            "2月26日 | 正式上课 | 教务处");
        Assert.Equal(new[] { "教务处" }, plan.Leads("1."));
        Assert.Equal(new[] { "学生处" }, plan.Leads("2."));
        Assert.Contains(plan.Tasks, t => t.Title == "正式上课");
    }

    [Fact]
    public void The_items_beside_a_schedule_numbered_deeper_are_tasks()
    {
        var plan = Import(
            "一、时间安排",
            "（一）学生休假时间",
            "1.在校学生于1月19日开始放假。",
            "2.助学班学生另行安排。",
            "二、具体要求",
            "（一）保卫处要做好假期安全保卫工作。",
            "（二）后勤处要做好水电设施检修。");
        Assert.Equal(new[] { "保卫处" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "后勤处" }, plan.Leads("（二）"));
    }
    [Fact]
    public void A_row_without_a_support_cell_keeps_its_date_in_the_date_column_and_an_unplaceable_row_is_said()
    {
        var plan = Import(
            "分工表",
            "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
            "1 | 任务甲 | 市发改委 | 市财政局 | 2024年6月底",
            "2 | 任务乙 | 市人社局 | 2024年12月底",
            "3 | 任务丙 | 市住建局 | 周八 | 13800000000 | 备用",
            "4 | 任务丁 | 市商务局 | 市财政局 | 2024年9月底");
        Assert.Equal(new[] { "市人社局" }, plan.Leads("2"));
        Assert.Equal("2024年12月底", plan.Task("2").Declared.Due!.Text);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("could not be placed under the header"));
    }
    [Fact]
    public void A_row_that_lost_a_merged_leader_or_category_cell_keeps_its_bodies_under_their_columns()
    {
        var leaders = Import(
            "2024年重点项目推进计划",
            "序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限",
            "1 | 推进城东片区改造 | 张副市长 | 市住建局 | 市财政局 | 2024年12月",
            "2 | 推进老旧小区改造 | 市住建局 | 市城管局 | 2024年10月",
            "3 | 推进口袋公园建设 | 市城管局 | 2024年9月");
        Assert.Equal(new[] { "市住建局" }, leaders.Leads("2"));
        Assert.Equal(new[] { "市城管局" }, leaders.Supports("2"));
        Assert.Equal(new[] { "市城管局" }, leaders.Leads("3"));

        var categories = Import(
            "类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管市领导 |",
            "四、教育文化 | 14.改扩建泉山学校 | 完成教学楼建设。 | 市教育局 | 刘某 |",
            "15.推进学校塑胶运动场地建设 | 完成13处塑胶运动场地。 | 市教育局 | 刘某 |",
            "16.推进义务教育课后服务 | 实行课后服务全覆盖。 | 市教育局 | 刘某 |");
        Assert.Contains(categories.Tasks, t => t.Title.Contains("推进学校塑胶运动场地建设") && categories.Names(t.InEffect.Leads).SequenceEqual(new[] { "市教育局" }));
    }
}
