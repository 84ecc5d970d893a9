using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes found misread in the session of the twenty-ninth outside run: a body that must work with partners and
/// whose only work is the partners' verb (<c>X要会同Y抓好落实</c>).
/// </summary>
public class Hostile29ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_body_that_must_work_with_partners_leads_when_their_verb_is_the_whole_work()
    {
        var plan = Import(
            "一、优化营商环境",
            "1.深化“一件事一次办”改革。县政务服务中心要会同县市场监管局抓好落实。",
            "2.推进审批改革。县住建局要会同县自然资源局，抓好落实。",
            "3.开展惠企政策兑现。县工信局要会同县财政局配合县发改局做好兑现工作。");
        Assert.Equal(new[] { "县政务服务中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "县市场监管局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("2."));

        // The partners join another's work: who leads it the words do not say plainly; not the body that must act.
        Assert.DoesNotContain("县工信局", plan.Leads("3."));
    }

    [Fact]
    public void A_category_named_in_the_number_column_with_its_subtotal_opens_a_section()
    {
        var plan = Import(
            "2025年重点项目推进计划表",
            "序号\t项目名称\t建设内容\t年度投资（万元）\t责任单位",
            "一、工业项目小计\t\t\t30000\t",
            "1\t年产5万吨新材料项目\t新建厂房3万平方米\t20000\t县工信局",
            "2\t智能装备产业园\t建设标准厂房\t10000\t县经开区管委会",
            "二、社会事业项目\t\t\t8000\t",
            "3\t县第二中学扩建\t新建教学楼\t5000\t县教育局",
            "合计\t\t\t38000\t");
        Assert.Equal(new[] { "工业项目", "社会事业项目" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "年产5万吨新材料项目", "智能装备产业园", "县第二中学扩建" }, plan.Tasks.Select(t => t.Title));
        Assert.Equal(new[] { "县经开区管委会" }, plan.Leads("2"));
    }

    [Fact]
    public void A_short_name_the_document_declares_is_the_alias_of_its_body_and_no_part_of_its_name()
    {
        var plan = Import(
            "本方案由市发展和改革委员会（以下简称市发改委）负责统筹协调。",
            "一、重点任务",
            "1.推进涉企数据共享应用。由市大数据发展管理局（以下简称“市数据局”）牵头，市发改委配合。",
            "2.建设公共数据平台。由市数据局牵头。");
        var data = Assert.Single(plan.Model.Units, u => u.Id == "市大数据发展管理局");
        Assert.Equal(new[] { "市数据局" }, data.Aliases);
        Assert.Contains(plan.Model.Units, u => u.Id == "市发展和改革委员会" && u.Aliases.Contains("市发改委"));
        Assert.Equal(new[] { "市大数据发展管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Supports("1."));
        Assert.Equal(new[] { "市大数据发展管理局" }, plan.Leads("2."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("简称") || (u.FullName ?? string.Empty).Contains("简称"));
    }

    [Theory]
    [InlineData("由县委组织部牵头负责，县人社局配合做好政策指导。", "县委组织部")]
    [InlineData("由县委组织部组织开展干部培训。", "县委组织部")]
    [InlineData("由市委宣传部组织开展宣讲活动。", "市委宣传部")]
    [InlineData("由县发改委组织开展专项检查。", "县发改委")]
    public void A_body_whose_name_holds_an_action_word_is_not_cut_at_it(string sentence, string lead)
    {
        var plan = Import("一、任务", "1.开展干部教育培训。" + sentence);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
    }

    [Fact]
    public void Tasks_numbered_in_square_brackets_and_sections_by_legal_numerals_are_read()
    {
        var plan = Import(
            "壹、经济发展",
            "【1】推进产业园区扩能。责任单位：区发改局",
            "【2】加快招商引资。责任单位：区商务局",
            "贰、社会民生",
            "【3】完善养老服务体系。责任单位：区民政局",
            "叁、生态环境",
            "【4】实施大气污染防治。责任单位：区生态环境分局");
        Assert.Equal(new[] { "经济发展", "社会民生", "生态环境" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "【1】", "【2】", "【3】", "【4】" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("【3】"));
    }

    [Fact]
    public void The_lead_named_in_brackets_after_a_list_leads_and_the_others_support()
    {
        var plan = Import(
            "一、任务",
            "1.加快高速公路建设（市交通运输局、市发展改革委、市自然资源和规划局（市交通运输局牵头）负责）",
            "2.整治道路运输市场秩序（责任单位：市公安局、市交通运输局（市交通运输局牵头））",
            "3.建设城市物流配送中心（责任单位：市商务局、市邮政管理局（市财政局牵头））");
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市发展改革委", "市自然资源和规划局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("2."));

        // A body the list does not hold: the bracket is not read as a mark of the list.
        Assert.DoesNotContain("市财政局", plan.Leads("3."));
    }

    [Fact]
    public void Tasks_lettered_in_brackets_from_a_are_read()
    {
        var plan = Import(
            "二零二四年施政報告 — 運輸及物流局的新措施",
            "(a) 推展智慧出行，擴展「香港出行易」。（負責：運輸署；協助：數字政策辦公室）",
            "(b) 研究電子道路收費。（負責：運輸署）",
            "(c) 推動新型運輸系統。（負責：路政署；協助：運輸署、土木工程拓展署）");
        Assert.Equal(new[] { "(a)", "(b)", "(c)" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "路政署" }, plan.Leads("(c)"));
        Assert.Equal(new[] { "運輸署", "土木工程拓展署" }, plan.Supports("(c)"));
    }

    [Fact]
    public void A_lone_bracketed_letter_numbers_nothing()
    {
        var plan = Import("一、任务", "1.推进数据共享（b）类数据开放。由市数据局牵头。");
        Assert.Equal("1.", Assert.Single(plan.Tasks).Label);
    }

    [Fact]
    public void A_body_charged_with_the_work_leads_without_the_word_that_charges_it()
    {
        var plan = Import(
            "一、任务",
            "（一）加快重点项目开工建设。责成县发展改革委会同县自然资源和规划局于8月底前拿出解决方案。",
            "（二）切实解决执行难。责成执行局于6月底前完成积案清理。");
        Assert.Equal(new[] { "县发展改革委" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县自然资源和规划局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "执行局" }, plan.Leads("（二）"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.StartsWith("责成"));
    }

    [Fact]
    public void A_closing_word_on_all_the_tasks_gives_the_last_one_no_lead()
    {
        var plan = Import(
            "一、任务",
            "（9）加强应急物资储备。〔市应急管理局负责〕",
            "（10）开展防灾减灾宣传教育，组织开展防灾减灾日活动。",
            "",
            "各区、各部门要结合实际，细化工作措施，确保各项任务落到实处。");
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("（9）"));
        Assert.Empty(plan.Leads("（10）"));
    }

    [Fact]
    public void A_directive_asking_a_body_and_its_partner_to_analyse_gives_it_the_lead()
    {
        var plan = Import(
            "二、存在的主要问题和整改要求",
            "（一）外贸进出口承压。请省商务厅会同西安海关分析研判形势，帮助企业稳订单拓市场。",
            "（二）营商环境投诉办理不及时。由省政务服务中心负责，建立投诉办理限时办结机制。");
        Assert.Equal(new[] { "省商务厅" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "西安海关" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("（主责部门：急诊医学科；协办部门：重症医学科、医务部）", "急诊医学科")]
    [InlineData("（主办：市局 治安支队）", "市局治安支队")]
    [InlineData("（责任单位：区纪委区监委）", "区纪委区监委")]
    public void Bodies_named_in_ways_a_rule_of_names_refused_or_split_are_read_whole(string clause, string lead)
    {
        var plan = Import("一、任务", "1.开展专项工作" + clause);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
    }

    [Fact]
    public void Sections_numbering_their_tasks_each_their_own_way_keep_every_task()
    {
        var plan = Import(
            "一、经济发展",
            "1.推进产业园区扩能。责任单位：区发改局",
            "2.加快招商引资。责任单位：区商务局",
            "二、社会治理",
            "（1）加强网格化管理。责任单位：区委政法委",
            "（2）推进矛盾纠纷化解。责任单位：区司法局",
            "三、生态环境",
            "①实施大气污染防治。责任单位：区生态环境分局",
            "②推进河湖长制。责任单位：区水利局",
            "四、保障措施",
            "（一）加强组织领导。",
            "（二）强化督查考核。");
        Assert.Equal(6, plan.Tasks.Count());
        Assert.Equal(new[] { "区司法局" }, plan.Leads("（2）"));
        Assert.Equal(new[] { "区水利局" }, plan.Leads("②"));
        Assert.All(plan.Model.Sections, s => Assert.Empty(s.Declared.Leads));
    }

    [Fact]
    public void A_closing_clause_followed_by_when_and_how_well_is_read()
    {
        var plan = Import(
            "一、任务",
            "一是加快高标准农田建设。新建高标准农田8万亩。县农业农村局会同县水利局负责，确保10月底前全部完工。",
            "二是推进农机购置补贴。县农业农村局负责，力争年底前兑付到位。",
            "三是推进农业保险扩面。县财政局负责，确保县农业农村局配合做好数据核对。");
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("一是"));
        Assert.Equal(new[] { "县水利局" }, plan.Supports("一是"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("二是"));

        // The part after the comma names a role: not a mere by-when, and not cut away.
        Assert.DoesNotContain("县农业农村局", plan.Leads("三是"));
    }
}
