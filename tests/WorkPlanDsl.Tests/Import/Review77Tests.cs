using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The wrong leads a hostile review (77) found, each in a few invented lines: the rule, not the review's wording.
/// </summary>
public class Review77Tests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("2.开展城乡环境整治。（牵头单位：县住建局；成员单位：县城管局、县交通运输局）", "县住建局")]
    [InlineData("2.开展城乡环境整治。（组长单位：县卫健委；成员单位：县住建局、县城管局）", "县卫健委")]
    [InlineData("2.开展城乡环境整治。（牵头单位：县水利局，成员单位：县住建局、县城管局）", "县水利局")]
    public void The_member_bodies_in_a_tasks_own_bracket_support_it(string task, string lead)
    {
        var plan = Import("某县创建工作方案", "一、重点任务", "1.推进创建国家卫生县城。（县卫健委负责）", task);
        Assert.Equal(new[] { lead }, plan.Leads("2."));
        Assert.DoesNotContain("县城管局", plan.Leads("2."));
        Assert.Contains("县城管局", plan.Supports("2."));
    }

    [Fact]
    public void Member_bodies_on_a_tasks_field_line_support_it()
    {
        var plan = Import("某县创建工作方案", "一、重点任务", "1.加强食品安全监管。", "牵头单位：县市场监管局", "成员单位：县公安局、县农业农村局", "2.开展病媒防制。（县卫健委负责）");
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县公安局", "县农业农村局" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("2025年3月5日印发")]
    [InlineData("（2025年3月5日）")]
    public void The_body_signing_over_a_date_that_says_what_was_done_is_no_name_of_the_list_above(string date)
    {
        var plan = Import(
            "2025年某县食品安全工作要点", "一、重点任务", "1.加强校园食品安全监管。", "配合单位：县教育局", "牵头单位：", "县市场监管局",
            "2.开展农村集市专项整治。", "配合单位：县公安局、县农业农村局", "牵头单位：", "县市场监管局", "县食品安全委员会", date);
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_paragraph_under_a_later_parts_task_gives_no_earlier_parts_tasks_their_bodies()
    {
        var plan = Import(
            "2025年某市数字化工作要点", "一、数字政府（市政务服务中心牵头）", "1.推进政务系统建设。", "2.强化经费保障。", "二、数字健康",
            "3.推进智慧医院建设。全市二级以上医院全部接入平台。", "系统建设由市大数据局负责；经费保障由市财政局负责。");
        Assert.DoesNotContain("市大数据局", plan.Leads("1."));
        Assert.DoesNotContain("市财政局", plan.Leads("2."));
        Assert.Contains(plan.Result.Plan!.Split('\n'), l => l.StartsWith("# review:") && l.Contains("earlier part"));
    }

    [Fact]
    public void A_closing_tag_beside_a_lead_the_words_name_is_who_assigned_the_item_not_its_lead()
    {
        var plan = Import(
            "2025年某市重点督办事项", "一、督办事项", "1.加快推进棚户区改造。（市住建局牵头）【市政府办公室】", "2.解决学位紧张问题。（市教育局牵头）【市人大常委会】",
            "3.整治农贸市场周边交通秩序。（市公安局牵头）【市政协】", "4.推进城区停车场建设。【市政府办公室】", "5.推进背街小巷改造。【市人大常委会】",
            "6.推进公厕改造。【市政协】");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
        Assert.Empty(plan.Leads("6."));
    }

    [Fact]
    public void Two_leads_marked_after_three_names_lead_none_of_them()
    {
        var plan = Import(
            "2025年某区工作要点", "一、重点任务", "1.推进校园周边环境整治。（责任单位：区教育局、区卫健局、区民政局（双牵头））",
            "2.推进托育服务。（责任单位：区卫健局、区民政局（双牵头），区教育局配合）");
        Assert.Empty(plan.Leads("1."));
        Assert.Contains(plan.Result.Plan!.Split('\n'), l => l.StartsWith("# review:") && l.Contains("two leads"));
        Assert.Equal(new[] { "区卫健局", "区民政局" }, plan.Leads("2."));
    }

    private static ImportedModel Matrices(string heading1, string legend, string heading2) => ImportedModel.FromFile("matrix.html", System.Text.Encoding.UTF8.GetBytes(
        "<html><head><meta charset=\"utf-8\"><title>2025年某市重点工作任务分工</title></head><body><h1>2025年某市重点工作任务分工</h1>"
        + $"<p>{heading1}</p><table border=\"1\"><tr><td>序号</td><td>重点任务</td><td>市发改委</td><td>市财政局</td><td>市住建局</td></tr>"
        + "<tr><td>1</td><td>推进城市更新项目前期工作</td><td>●</td><td>○</td><td>●</td></tr><tr><td>2</td><td>推进保障性住房建设</td><td>○</td><td>●</td><td>●</td></tr></table>"
        + $"<p>{legend}</p><p>{heading2}</p><table border=\"1\"><tr><td>序号</td><td>重点任务</td><td>市发改委</td><td>市财政局</td><td>市住建局</td></tr>"
        + "<tr><td>3</td><td>推进重大项目建设</td><td>●</td><td>○</td><td></td></tr><tr><td>4</td><td>推进老旧小区改造</td><td></td><td>○</td><td>●</td></tr></table></body></html>"));

    [Fact]
    public void A_matrix_whose_heading_gives_its_marks_another_meaning_takes_no_role_legend()
    {
        var plan = Matrices("一、2024年任务完成情况（●为已完成，○为推进中）", "说明：“●”表示牵头单位，“○”表示配合单位。", "二、2025年重点任务分工");
        Assert.Empty(plan.Leads("1"));
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("3"));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("4"));
    }

    [Fact]
    public void A_legend_said_of_the_table_below_is_the_lower_tables()
    {
        var plan = Matrices("一、项目推进情况", "说明：下表中“●”表示牵头单位，“○”表示配合单位。", "二、重点任务分工");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("3"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("3"));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("4"));
    }

    [Fact]
    public void A_counted_area_centre_in_a_run_together_row_is_the_thing_built_not_a_body()
    {
        var plan = Import("2025年某市社会治理重点项目", "序号项目名称牵头单位配合单位完成时限", "1推进平安社区建设市委政法委市公安局2025年12月",
            "2加快推进全省首个省域医疗中心市卫健委2025年12月", "3推进平安校园建设市教育局市公安局2025年10月");
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("2"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("医疗中心"));
    }

    [Theory]
    [InlineData("——")]
    [InlineData("")]
    public void Measures_under_a_task_each_naming_its_own_lead_give_the_task_none(string dash)
    {
        var plan = Import(
            "2025年某市工业稳增长工作方案", "一、推进产业升级", "1.实施技术改造提升行动。", dash + "实施技改项目50个。市工信局牵头，市财政局配合。",
            dash + "培育专精特新企业20家。市科技局牵头，5月底前完成。", "2.加快数字化转型。市工信局牵头，市大数据局配合，6月底前完成。");
        Assert.Empty(plan.Leads("1."));
        Assert.Contains(plan.Result.Plan!.Split('\n'), l => l.StartsWith("# review:") && l.Contains("none the task's"));
        Assert.Equal(new[] { "市工信局" }, plan.Leads("2."));
    }

    [Fact]
    public void The_last_topic_before_another_part_stays_a_task()
    {
        var plan = Import(
            "2025年某市理论学习中心组学习计划", "一、学习专题", "专题一：深入学习贯彻党的二十届三中全会精神（市委宣传部牵头）", "专题二：推进中国式现代化市域实践（市委政研室牵头）",
            "专题三：统筹发展和安全（市委政法委牵头）", "二、保障措施", "1.加强组织领导。各部门要高度重视，精心组织。", "2.强化督促检查。（市委督查室牵头）");
        Assert.Equal(new[] { "市委政研室" }, plan.Leads("专题二"));
        Assert.Equal(new[] { "市委政法委" }, plan.Leads("专题三"));
    }

    [Fact]
    public void Topics_over_numbered_tasks_are_the_plans_parts()
    {
        var plan = Import(
            "2025年某市专项整治工作方案", "专题一：校园食品安全整治", "1.开展学校食堂全覆盖检查。（市市场监管局牵头，市教育局配合）", "2.推进明厨亮灶建设。（市市场监管局牵头）",
            "专题二：农村假冒伪劣食品整治（市农业农村局牵头）", "3.开展农村集市专项检查。", "4.建立农村食品经营户档案。");
        Assert.Equal(new[] { "市市场监管局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("3."));
        Assert.Equal(2, plan.Model.Sections.Count());
    }

    [Fact]
    public void Tasks_numbered_by_the_heavenly_stems_are_tasks_each_with_its_lead()
    {
        var plan = Import(
            "2025年某县重点工作", "一、重点任务", "甲、推进县城扩容提质。（县住建局牵头）", "乙、加快工业园区建设。（县工信局牵头，县自然资源局配合）",
            "丙、实施乡村振兴示范工程。（县农业农村局牵头）");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("甲、"));
        Assert.Equal(new[] { "县工信局" }, plan.Leads("乙、"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("乙、"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("丙、"));
    }

    [Fact]
    public void A_margin_number_of_mixed_width_digits_numbers_its_line_as_the_others_do()
    {
        var plan = Import(
            "  1    2025年某县农业农村工作要点",
            "  2",
            "  3    一、粮食生产",
            "  4    （一）稳定粮食播种面积。全县粮食播种面积稳定在50万亩以上。（县农业农村局牵头）",
            "  5",
            "  6    （二）加强高标准农田建设。新建高标准农田2万亩。（县农业农村局牵头，县财政局配合）",
            "  7    （三）推进撂荒地整治。（县自然资源局牵头）",
            "  8",
            "  9    二、乡村建设",
            " 1０    （四）实施农村人居环境整治。（县住建局牵头）",
            " 11    （五）推进农村公路建设。（县交通运输局牵头）",
            " 1２    （六）加强农村供水保障。（县水利局牵头）",
            " 13",
            " 14    （七）推进数字乡村建设。（县工信局牵头）",
            " 15    （八）加强乡村治理。（县委组织部牵头）");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("（五）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（六）"));
    }

    [Theory]
    [InlineData("1.推进登记信息核验。目标是四要素一致。一要确保人、证、照、址一致（县市场监管局牵头），二要加强登记信息核验（县公安局牵头）。")]
    [InlineData("1.推进登记信息核验。四要素一致是基础。一要确保人、证、照、址一致（县市场监管局牵头），二要加强登记信息核验（县公安局牵头）。")]
    public void Items_said_with_yao_after_a_comma_each_keep_their_own_lead(string task)
    {
        var plan = Import("2025年某县政务服务工作要点", "一、重点任务", task, "2.推进电子证照应用。（县数据局牵头）");
        Assert.False(plan.Leads("1.").Contains("县市场监管局") && plan.Leads("1.").Contains("县公安局"));
        Assert.Equal(new[] { "县数据局" }, plan.Leads("2."));
    }

    [Fact]
    public void Items_said_with_yao_on_lines_of_their_own_are_tasks_each_with_its_lead()
    {
        var plan = Import(
            "2025年某县安全生产工作要点", "一、压实安全责任", "一要压实企业主体责任，开展全员安全生产责任制落实情况检查。（县应急管理局牵头）",
            "二要强化部门监管责任，制定年度监督检查计划。（县安委办牵头，各行业主管部门配合）", "三要落实属地管理责任。（各乡镇负责）",
            "二、开展专项整治", "一是开展燃气安全专项整治。（县住建局牵头）", "二是开展道路交通安全整治。（县公安局牵头）");
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("一要"));
        Assert.Equal(new[] { "县安委办" }, plan.Leads("二要"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("一是"));
        Assert.All(plan.Model.Sections, s => Assert.Empty(s.Declared.Leads));
    }

    [Fact]
    public void A_second_paragraphs_yao_items_count_from_one_again_and_keep_their_own_leads()
    {
        var plan = Import(
            "2025年某县政务服务工作要点", "一、重点任务", "两要件核验是前提。一是全面推行电子证照应用（县数据局牵头）；二是推进高频事项一次办（县政务服务中心牵头）。",
            "四要素一致是基础。一要确保人、证、照、址一致（县市场监管局牵头），二要加强登记信息核验（县公安局牵头）。");
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));
        Assert.Contains(plan.Result.Plan!.Split('\n'), l => l.StartsWith("# review:") && l.Contains("县公安局"));
    }

    [Fact]
    public void A_last_sentence_that_says_only_when_leaves_the_lead_the_sentence_before_gives()
    {
        var plan = Import("2025年某市城市管理工作要点", "一、重点任务", "1.推进垃圾分类。市城管局牵头，各区配合。", "2.加强城市管理。市城管局负责。6月底前完成。",
            "3.开展市容整治。（市住建局负责）");
        Assert.Equal(new[] { "市城管局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_group_closing_with_what_it_takes_in_is_a_name()
    {
        var plan = Import("2025年某县工作要点", "一、重点任务", "1.推进垃圾分类。", "牵头单位：县住建局", "配合单位：县城管局、各乡镇（包括城关街道）",
            "2.推进农村改厕。（县农业农村局牵头，各乡镇（包含社区）配合）");
        Assert.Equal(new[] { "县城管局", "各乡镇（包括城关街道）" }, plan.Supports("1."));
        Assert.Equal(new[] { "各乡镇（包含社区）" }, plan.Supports("2."));
    }
}
