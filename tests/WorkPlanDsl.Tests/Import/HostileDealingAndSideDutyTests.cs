using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Bodies a clause or a task's words name without giving them the work (a hostile-input run found each giving a lead the
/// document never names): those reported to or worked with, those described by who set a thing up, those who no longer
/// have the work, those with a side duty beside the body that does it. Invented lines.
/// </summary>
public class HostileDealingAndSideDutyTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines), year: 2024);

    [Theory]
    [InlineData("（向省财政厅、市财政局汇报，县财政局牵头，各预算单位配合）")]
    [InlineData("（积极对接省财政厅、市财政局，县财政局牵头）")]
    [InlineData("（与省财政厅、市财政局对接，县财政局牵头）")]
    [InlineData("（协调省财政厅、市财政局，县财政局负责）")]
    [InlineData("（报市财政局审核，县财政局负责）")]
    [InlineData("（县财政局牵头，向省财政厅、市财政局汇报）")]
    public void Bodies_a_clause_reports_to_or_works_with_are_given_nothing(string clause)
    {
        var plan = Import("一、加强预算管理", "1.争取上级资金。" + clause);
        Assert.Equal(new[] { "县财政局" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Supports("1."), s => s.Contains("财政厅") || s.Contains("市财政局"));
        Assert.DoesNotContain("向省财政厅", plan.Result.Plan!.Split('\n').Where(l => l.StartsWith("unit ")));
    }

    [Fact]
    public void A_name_after_a_preposition_is_no_unit_but_a_place_called_so_is()
    {
        // 向阳街道 starts with 向 and is a name: only a preposition before a level's body (向省…) makes words of reporting.
        var plan = Import("一、任务", "1.推进社区治理。（向阳街道、县民政局负责）");
        Assert.Equal(new[] { "向阳街道" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("2.参与由市发改委牵头组织的重大项目安全评价审查。")]
    [InlineData("2.积极参加由县爱卫办牵头组织的集中清理行动。")]
    [InlineData("2.做好由县委组织部牵头组织的干部培训。")]
    [InlineData("2.参与县发改局牵头组织的项目审查。")]
    [InlineData("2.由县住建局牵头组织开展的海绵城市试点已通过验收。")]
    public void A_body_that_describes_a_thing_by_who_organises_it_is_not_the_tasks_lead(string task)
    {
        var plan = Import("一、重点任务", "1.完善工作机制。（牵头单位：县委办）", task);
        Assert.Equal(new[] { "县委办" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void Who_no_longer_has_the_work_or_had_it_once_is_not_given_it()
    {
        var plan = Import(
            "一、推进全民健身",
            "1.建设全民健身中心。此项工作不再由县教育局牵头，改由县文化旅游体育局牵头，县住建局配合。",
            "2.推进学校体育场馆开放。原定由县体育局牵头的工作，机构改革后由县教育局负责。");
        Assert.Equal(new[] { "县文化旅游体育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县住建局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("2."));
    }

    [Theory]
    [InlineData("（县疾控中心负责技术指导，县爱卫办负责组织实施）", "县爱卫办", "")]
    [InlineData("（县卫健局负责督促检查，县爱卫办负责）", "县爱卫办", "")]
    [InlineData("（县财政局负责资金保障，县爱卫办负责）", "县爱卫办", "县财政局")]
    [InlineData("（县疾控中心提供技术指导，县爱卫办负责）", "县爱卫办", "")]
    [InlineData("（县疾控中心负责技术指导，各乡镇负责组织实施）", "各乡镇", "")]
    [InlineData("（县疾控中心负责对病媒防制工作进行业务指导，县爱卫办负责）", "县爱卫办", "")]
    [InlineData("（县卫健局负责对各乡镇进行监督检查，县爱卫办负责）", "县爱卫办", "")]
    public void A_side_duty_beside_the_work_does_not_lead_it(string clause, string lead, string support)
    {
        var plan = Import("一、重点任务", "1.推进病媒生物防制。" + clause);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(support.Length == 0 ? System.Array.Empty<string>() : new[] { support }, plan.Supports("1."));
    }

    [Fact]
    public void A_body_that_only_guides_work_aimed_at_others_leads_nothing()
    {
        // 幼儿园要… then 卫生健康部门负责对…进行业务指导: the kindergartens do the work, the department guides it.
        var plan = Import("一、重点任务", "（一）加强卫生保健工作。幼儿园要严格落实卫生保健制度。卫生健康部门负责对幼儿园卫生保健工作进行业务指导。");
        Assert.Empty(plan.Leads("（一）"));
    }

    [Fact]
    public void A_body_that_does_the_concrete_work_is_named_whole()
    {
        // 具体负责 is a word of responsibility: 县爱卫办具体 is no name to drop.
        var plan = Import("一、重点任务", "1.推进病媒生物防制。（县卫健局负责统筹协调，县爱卫办具体负责）");
        Assert.Contains("县爱卫办", plan.Leads("1.").Concat(plan.Supports("1.")));
    }

    [Fact]
    public void An_assessor_in_a_rubric_is_no_lead()
    {
        var plan = Import(
            "一、经济发展（30分）",
            "1.招商引资。引进亿元以上项目3个得5分。（考核责任单位：县商务局）",
            "二、社会民生（20分）",
            "2.就业创业。城镇新增就业2000人得5分。（数据由县人社局提供，县考核办负责核定）",
            "3.安全生产。未发生较大以上事故得5分，由县应急局负责认定。");
        Assert.Empty(plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_clause_for_tasks_named_by_their_numbers_gives_them_their_lead_respectively_where_it_says_so()
    {
        var plan = Import(
            "一、加强水利基础设施建设",
            "1.实施灌区节水改造项目。",
            "2.推进小型水库除险加固。",
            "3.实施农村供水保障工程。",
            "（1—3项由县水利局负责）",
            "二、强化河湖管理保护",
            "4.深化河湖长制。",
            "5.推进河道采砂规范管理。",
            "第4至5项由县河长办牵头，各乡镇人民政府配合。",
            "三、提升防灾能力",
            "6.修订防汛抗旱应急预案。",
            "7.加强山洪灾害监测预警。（县水利局负责）",
            "8.开展应急演练。",
            "上述第6、8项任务分别由县应急局、县气象局负责。");
        Assert.All(new[] { "1.", "2.", "3." }, l => Assert.Equal(new[] { "县水利局" }, plan.Leads(l)));
        Assert.All(new[] { "4.", "5." }, l => Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports(l)));
        Assert.Equal(new[] { "县河长办" }, plan.Leads("5."));
        Assert.Equal(new[] { "县应急局" }, plan.Leads("6."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("7."));
        Assert.Equal(new[] { "县气象局" }, plan.Leads("8."));
    }

    [Fact]
    public void The_supports_of_a_clause_for_the_tasks_above_go_with_its_lead()
    {
        var plan = Import(
            "一、完善综合交通网络",
            "1.加快推进高速公路建设。",
            "2.实施国省干线公路改造提升。（责任单位：市公路事业发展中心）",
            "以上任务均由市交通运输局负责，各县市区人民政府配合。");
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各县市区人民政府" }, plan.Supports("1."));
        Assert.Equal(new[] { "市公路事业发展中心" }, plan.Leads("2."));
    }

    [Fact]
    public void Who_had_the_work_before_a_change_is_not_given_it_and_the_words_of_the_change_are_no_name()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进城市照明设施改造。（原由县住建局负责，现调整为县城管局负责）",
            "2.推进疾病预防控制体系改革。（原牵头单位县卫健局，现牵头单位县疾控中心）",
            "3.城市排水设施维护。（划转至县城管局负责）",
            "4.户外广告审批。（改为县行政审批局负责）");
        Assert.Equal(new[] { "县城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县疾控中心" }, plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县行政审批局" }, plan.Leads("4."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("调整为") || u.Id.Contains("改为") || u.Id.Contains("划转"));
    }

    [Fact]
    public void Two_bodies_joined_by_tong_or_by_measure_numbers_are_two()
    {
        var plan = Import("一、重点任务", "1.推进就业服务。（县住建局同县人社局共同负责）", "2.推进应急指挥。（①县应急局②县大数据中心）");
        Assert.Contains("县人社局", plan.Leads("1.").Concat(plan.Supports("1.")));
        Assert.Equal(new[] { "县应急局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县大数据中心" }, plan.Supports("2."));

        // 同 inside a name stays: 大同市人民政府, 县协同创新中心 are one body; 移交工作组 is a name, not a change's words.
        var city = Import("一、重点任务", "1.推进区域合作。（大同市人民政府负责）", "2.推进产学研合作。（县协同创新中心牵头，县财政局同各乡镇配合）", "3.做好移交。（移交工作组负责）");
        Assert.Equal(new[] { "大同市人民政府" }, city.Leads("1."));
        Assert.Equal(new[] { "县协同创新中心" }, city.Leads("2."));
        Assert.Equal(new[] { "县财政局", "各乡镇" }, city.Supports("2."));
        Assert.Equal(new[] { "移交工作组" }, city.Leads("3."));
    }
}
