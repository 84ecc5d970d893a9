using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the blind sets hostile98–100 found read wrong: a copied table row printing one body where the table has a
/// lead and a support column (which it is, nobody can tell), a remark the row does not print, an official who leads beside the body that answers for
/// the work, fields written above their task, a cell's work run into the names beside it, a body that must help
/// another (要主动配合) in a later sentence, bodies that only guide before the list that does the work, and the end of
/// a name broken over a cell's lines.
/// </summary>
public class Hostile98To100ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] Header = { "重点任务分工表", "", "序号", "重点任务", "牵头单位", "配合单位", "完成时限", "备注" };

    [Fact]
    public void A_row_printing_one_other_body_under_a_lead_and_a_support_column_names_nobody_and_says_so()
    {
        var plan = Import(Header.Concat(new[]
        {
            "1", "推进老旧小区改造，完成改造120个", "县住房和城乡建设局", "县财政局、县发展和改革局", "2025年12月底", "新增",
            "2", "实施城区雨污分流改造工程", "县住房和城乡建设局", "2025年10月底",
            "3", "开展农村人居环境整治提升行动", "县农业农村局", "各乡镇人民政府", "长期坚持", "续建",
            "4", "加快建设县城供水管网", "县水务集团", "2025年11月底",
        }).ToArray());

        // 县水务集团 leads where 配合单位 is empty, supports 县农业农村局 where that lead is merged down: not told apart.
        Assert.Empty(plan.Leads("4"));
        Assert.Empty(plan.Supports("4"));
        Assert.Contains(plan.Result.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("row 4 prints one body (县水务集团)"));

        // The row above's lead printed again is the lead, whichever way the row was cut.
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));

        // The remark of row 1 (新增) is no remark of row 2, which prints none.
        Assert.DoesNotContain("新增", plan.Task("2").Text);
    }

    [Fact]
    public void A_row_printing_a_list_or_a_group_under_a_lead_merged_down_stays_its_support()
    {
        var plan = Import(Header.Take(7).Concat(new[]
        {
            "1", "推进老旧小区改造", "县住房和城乡建设局", "县财政局", "2025年12月底",
            "2", "实施城区雨污分流改造工程", "县水利局、县城市管理局", "2025年10月底",
            "3", "开展农村人居环境整治", "县农业农村局", "县生态环境局", "长期坚持",
            "4", "推进农村厕所改造", "各乡镇人民政府", "2025年11月底",
        }).ToArray());

        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县水利局", "县城市管理局" }, plan.Supports("2"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("4"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports("4"));
    }

    [Fact]
    public void An_official_who_leads_leaves_the_body_that_answers_for_the_work_its_lead()
    {
        var plan = Import(
            "某市2024年重点工作分工",
            "一、重点任务",
            "1.加快推进港口三期建设。（周启明副市长牵头，市交通运输局负责）",
            "2.培育新能源产业集群。（郑晓岚副市长、周启明副市长牵头，市工业和信息化局、市发展改革委负责，市高新区管委会配合）",
            "3.推进老旧小区改造。（市住建局牵头，市财政局负责）");

        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市工业和信息化局", "市发展改革委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市高新区管委会" }, plan.Supports("2."));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("3."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("副市长") || (u.FullName ?? string.Empty).Contains("副市长"));
    }

    [Fact]
    public void Fields_written_straight_above_their_tasks_are_theirs()
    {
        var plan = Import(
            "某市城市更新行动实施方案",
            "",
            "（一）提升城市交通品质",
            "",
            "责任单位：市交通运输局、市公安局交通警察支队",
            "1.打通城市断头路。每年打通断头路不少于6条。",
            "",
            "责任单位：市住房和城乡建设局",
            "2.建设城市慢行系统。同步建设非机动车道和人行步道。",
            "",
            "责任单位：市交通运输局（牵头）、市城市管理局",
            "3.推进停车设施建设。新增公共停车泊位3000个。",
            "",
            "（二）增强城市安全韧性",
            "",
            "4.实施排水防涝工程。（市水务局负责）");

        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市城市管理局" }, plan.Supports("3."));
        Assert.Equal(new[] { "市水务局" }, plan.Leads("4."));
    }

    [Fact]
    public void Fields_under_their_tasks_stay_theirs_whatever_the_blank_lines()
    {
        var plan = Import(
            "某市城市更新行动实施方案",
            "",
            "（一）提升城市交通品质",
            "",
            "1.打通城市断头路。每年打通断头路不少于6条。",
            "责任单位：市交通运输局",
            "",
            "2.建设城市慢行系统。同步建设非机动车道和人行步道。",
            "责任单位：市住房和城乡建设局",
            "",
            "3.推进停车设施建设。新增公共停车泊位3000个。",
            "责任单位：市城市管理局");

        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_row_printing_the_support_of_the_row_above_again_shares_its_lead()
    {
        var plan = Import(Header.Take(7).Concat(new[]
        {
            "1", "推进老旧小区改造", "市住房和城乡建设局", "市财政局", "2025年12月底",
            "2", "推进既有住宅加装电梯", "市财政局", "2025年10月底",
            "3", "完善小区配套设施", "市财政局", "2025年11月底",
        }).ToArray());

        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("2"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_field_under_a_heading_over_tasks_naming_none_is_the_headings()
    {
        var plan = Import(
            "某市营商环境实施方案",
            "",
            "一、优化政务服务",
            "",
            "牵头单位：市发展和改革委员会",
            "1.推进政务服务一网通办。",
            "2.推进证照分离改革。",
            "",
            "二、优化市场环境",
            "",
            "牵头单位：市市场监督管理局",
            "3.推进经营主体登记确认制。",
            "4.开展涉企收费专项整治。");

        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("2."));
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("4."));
    }

    [Fact]
    public void How_willingly_a_body_helps_is_no_part_of_its_name()
    {
        var plan = Import(
            "某区2024年生态环境工作要点",
            "一、重点任务",
            "1.发展绿色交通。新增新能源公交车30辆。（区交通运输局负责，区公安分局交警大队、区商务局积极配合）",
            "2.推进河道整治。（区水务局牵头，各街道办事处主动配合）");

        Assert.Equal(new[] { "区公安分局交警大队", "区商务局" }, plan.Supports("1."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("2."));
    }

    [Fact]
    public void A_body_that_must_help_another_in_a_later_sentence_supports_the_body_it_helps()
    {
        var plan = Import(
            "某区2024年组织工作要点",
            "一、重点任务",
            "1.扎实开展党纪学习教育。坚持学纪相统一。区委组织部要配合区纪委监委，抓好读书班等重点环节。",
            "2.优化人才服务保障。区人社局要主动配合区委人才办，做好人才公寓分配等服务保障。",
            "3.加强新经济组织党建工作。由区委两新工委牵头，区市场监督管理局、区民政局要主动配合，抓好党建。",
            "4.加强开放型经济运行监测。（区商务局负责）",
            "各地各部门要按照职责分工，细化工作举措，确保各项任务落地见效。");

        Assert.Equal(new[] { "区纪委监委" }, plan.Leads("1."));
        Assert.Equal(new[] { "区委组织部" }, plan.Supports("1."));
        Assert.Equal(new[] { "区委人才办" }, plan.Leads("2."));
        Assert.Equal(new[] { "区人社局" }, plan.Supports("2."));
        Assert.Equal(new[] { "区市场监督管理局", "区民政局" }, plan.Supports("3."));
        Assert.Empty(plan.Supports("4."));
    }

    [Fact]
    public void Bodies_that_only_guide_leave_the_work_to_the_list_after_them()
    {
        var plan = Import(
            "某区2024年生态环境工作要点",
            "一、重点任务",
            "1.推进治理。加大力度，完成目标。",
            "2.开展绿色生活创建行动。区委宣传部、区文明办指导，区直机关工委、区教育局、团区委等单位负责组织开展创建活动。",
            "3.开展节水行动。区水务局负责业务指导。");

        Assert.Equal(new[] { "区直机关工委" }, plan.Leads("2."));
        Assert.Equal(new[] { "区教育局", "团区委" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void The_end_of_a_name_the_document_prints_whole_from_a_start_that_is_no_body_leads_nothing()
    {
        string[] tasks =
        {
            "某区2025年城市更新重点任务",
            "一、重点任务",
            "1.盘活低效工业用地。（牵头单位：市自然资源和规划局楠溪分局）",
            "2.推进城中村改造。（牵头单位：规划局楠溪分局）",
            "3.编制片区规划。（牵头单位：楠溪分局）",
        };

        var plan = Import(tasks);
        Assert.Equal(new[] { "市自然资源和规划局楠溪分局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'规划局楠溪分局' is the end of 市自然资源和规划局楠溪分局, whose start (市自然资源和) is no body"));
        Assert.Equal(new[] { "楠溪分局" }, plan.Leads("3."));

        // 发展和改革委员会 beside 市发展和改革委员会 (and 澄岚市 at a line's end): a start that is a level alone leaves the
        // shorter name its own.
        var level = Import("澄岚市", "2025年重点任务", "一、重点任务", "1.推进改造。（牵头单位：市发展和改革委员会）", "2.推进建设。（牵头单位：发展和改革委员会）");
        Assert.Equal(new[] { "发展和改革委员会" }, level.Leads("2."));
    }

    [Fact]
    public void A_help_aimed_at_another_body_or_after_a_body_named_before_gives_the_task_nothing()
    {
        var plan = Import(
            "某县2024年工作要点",
            "一、重点任务",
            "1.推进医共体建设。县卫健委负责医共体建设。县医保局要配合县财政局，做好医保基金预算。",
            "2.促进农民工就业。县人社局牵头。同时，县农业农村局要配合县乡村振兴局，做好脱贫人口就业帮扶。",
            "3.推进人才培训。县自然资源局负责用地保障，县人社局要配合县教育局，做好人才培训。");

        Assert.Equal(new[] { "县卫健委" }, plan.Leads("1."));
        Assert.DoesNotContain("县乡村振兴局", plan.Leads("2."));
        Assert.DoesNotContain("县人社局", plan.Supports("3."));
    }

    [Fact]
    public void A_keyed_annex_whose_keys_cannot_all_be_read_makes_no_tasks_of_its_rows()
    {
        var plan = Import(
            "某县乡村振兴重点工作方案",
            "",
            "一、重点任务",
            "（一）产业发展",
            "1.发展特色农业。",
            "2.培育龙头企业。",
            "（二）人居环境",
            "3.推进厕所革命。",
            "4.整治农村生活污水。",
            "",
            "附件",
            "重点任务分工表",
            "条目",
            "主要内容",
            "牵头单位",
            "配合单位",
            "1-2",
            "产业",
            "县农业农村局",
            "县商务局",
            "第3条",
            "厕所",
            "县住建局",
            "县卫健委",
            "4",
            "污水",
            "县生态环境局",
            "县水利局");

        Assert.Equal(new[] { "1.", "2.", "3.", "4." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Theory]
    [InlineData("完成低效工业用地再楠溪分局")]
    [InlineData("完成县政务服务中心")]
    [InlineData("区城市管理局（牵市自然资源和规划局楠溪分局")]
    public void A_cells_work_run_into_a_name_is_no_organisation(string words)
        => Assert.False(UnitShape.IsOrganisation(words));
}
