using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Responsibility found on real published plans in shapes the recogniser did not read (rectification notices, directives
/// of a cabinet meeting, consultation and legislative plans), each tested with invented text in the same shape.
/// </summary>
public class RealPlanRoleTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_rectification_line_under_the_problem_gives_the_work_to_the_body_after_由()
    {
        // 1、problem. then 整改要求：由X负责… on its own line; 包片单位 is what the notice calls the body, not its name.
        var plan = Import(
            "1、北门广场花坛内堆放杂物。",
            "整改要求：由县园林站负责清理花坛杂物。",
            "2、滨江路人行道有流动摊点。",
            "整改措施：由包片单位县农业局督促摊主撤离，并加强巡查。",
            "3、东关小区门口污水外溢。",
            "整改要求：按照先疏通、再修复的要求，由东关片区包片单位县水务局、县住建局、县城管局负责对管网进行排查，月底前将排查结果报县创卫办。县创卫办对整改情况进行抽查。",
            "请各相关单位认真整改，整改情况及时报县创卫办。");
        Assert.Equal(new[] { "县园林站" }, plan.Leads("1、"));
        Assert.Equal(new[] { "县农业局" }, plan.Leads("2、"));
        Assert.Equal(new[] { "县水务局" }, plan.Leads("3、"));
        Assert.Equal(new[] { "县住建局", "县城管局" }, plan.Supports("3、"));
    }

    [Fact]
    public void Two_later_paragraphs_giving_a_task_to_different_bodies_name_no_lead()
    {
        var plan = Import(
            "1、南街路灯损坏。",
            "整改要求：由县供电站负责修复。",
            "整改要求：由县城管局负责修复。",
            "2、西街垃圾桶破损。",
            "整改要求：由县环卫站负责更换。");
        Assert.Empty(plan.Leads("1、"));
        Assert.Equal(new[] { "县环卫站" }, plan.Leads("2、"));
    }

    [Fact]
    public void A_directive_asking_a_body_to_do_the_work_gives_it_the_lead()
    {
        // 請X會同A及B研議, 請X督導Y (Y is supervised, not the lead), 請X先協調, 請X等相關部會務必…, 並請A與B提供協助.
        var plan = Import(
            "院長提示：",
            "一、有關南投縣長所提山區道路養護經費一節，請交通部會同財政部及主計總處研議辦理。期各機關共同努力。",
            "二、近日部分漁港淤積嚴重，請農業部督導漁業署先就淤積情形全面盤點後檢討處理。期各機關共同努力。",
            "三、有關花蓮縣政府所提觀光列車增班案，請觀光署先協調確定可行方案。期各機關共同努力。",
            "四、近來流感病例增加，請疾管署等相關部會務必掌握疫情，積極因應。期各機關共同努力。",
            "五、離島供水工程即將完工，仍請水利署及自來水公司務必掌握進度，並請國發會與環境部提供協助。期各機關共同努力。",
            "六、立法院即將開議，請各部會首長親自出席，並請大家特別注意。期各機關共同努力。",
            "七、文化資產修復案，邀請文化部列席說明。期各機關共同努力。");
        Assert.Equal(new[] { "交通部" }, plan.Leads("一、"));
        Assert.Equal(new[] { "財政部", "主計總處" }, plan.Supports("一、"));
        Assert.Equal(new[] { "農業部" }, plan.Leads("二、"));
        Assert.Empty(plan.Supports("二、"));
        Assert.Equal(new[] { "觀光署" }, plan.Leads("三、"));
        Assert.Equal(new[] { "疾管署" }, plan.Leads("四、"));
        Assert.Equal(new[] { "相關部會" }, plan.Supports("四、"));
        Assert.Equal(new[] { "水利署" }, plan.Leads("五、"));
        Assert.Equal(new[] { "自來水公司", "國發會", "環境部" }, plan.Supports("五、"));

        // Heads of bodies are persons; 邀請 invites, it does not give the work.
        Assert.Empty(plan.Leads("六、"));
        Assert.Empty(plan.Leads("七、"));
    }

    [Fact]
    public void Asking_for_instructions_or_applying_names_no_lead()
    {
        // 报请, 提请, 申请, 请示: 请 that gives nobody the work.
        var plan = Import(
            "一、完善城市道路命名。方案报请县政府研究审定。",
            "二、调整收费标准。由县发改局负责测算后提请县政府审议。",
            "三、推进项目审批。项目单位申请县自然资源局先行办理用地手续。");
        Assert.Empty(plan.Leads("一、"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("二、"));
        Assert.Empty(plan.Leads("三、"));
    }

    [Fact]
    public void A_consultation_plan_s_leading_sector_group_leads_and_the_departments_consulted_support()
    {
        // 时间安排：… 牵头界别组：X 协商部门：A、B on the line under each topic; sector groups are numbered (农业二组).
        var plan = Import(
            "二、界别协商",
            "（一）提升农村饮水安全水平",
            "时间安排：3月 牵头界别组：农业二组 协商部门：市水利局、农业局",
            "（二）推动老旧街区有机更新",
            "时间安排：6月 牵头界别组：民建组、经济一组 协商部门：市住建局，市规划局、文旅局");
        Assert.Equal(new[] { "农业二组" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市水利局", "农业局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "民建组", "经济一组" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市住建局", "市规划局", "文旅局" }, plan.Supports("（二）"));
    }

    [Fact]
    public void A_legislative_plan_s_leading_committee_leads_and_the_drafting_department_supports()
    {
        // 起草单位/调研单位 carries the work out: beside 牵头工委 it supports, alone it is accountable.
        var plan = Import(
            "一、审议项目",
            "1.城市供水管理条例",
            "起草单位：市水务局",
            "报送时间：2030年5月",
            "一审牵头工委：城建环资工委",
            "2.乡村公路养护条例",
            "调研单位：市交通运输局",
            "牵头工委：农业农村工委",
            "3.历史建筑保护办法",
            "起草单位：市文物局");
        Assert.Equal(new[] { "城建环资工委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市水务局" }, plan.Supports("1."));
        Assert.Equal(new[] { "农业农村工委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市交通运输局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市文物局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_group_after_等_joined_by_和_to_another_group_is_two_groups()
    {
        // A、B等省有关部门和各地级以上市人民政府: 和 joins two groups, as it joins two bodies.
        var plan = Import(
            "一、重点任务",
            "（一）推进园区基础设施建设。（省工信厅牵头负责）",
            "（二）完善园区配套服务。（省工信厅、省商务厅等省有关部门和各地级以上市人民政府按职责分工负责）");
        Assert.Equal(new[] { "省工信厅" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "省商务厅", "省有关部门", "各地级以上市人民政府" }, plan.Supports("（二）"));
    }

    [Fact]
    public void State_owned_enterprises_named_as_a_collective_are_a_group()
    {
        var plan = Import(
            "一、主要目标",
            "1.固定资产投资增长8%以上。",
            "牵头单位：县发改局",
            "责任单位：县财政局、各乡镇、县属各重点国企等");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局", "各乡镇", "县属各重点国企" }, plan.Supports("1."));
    }

    [Fact]
    public void A_lead_field_naming_no_unit_makes_no_lead_of_the_accountable_list_beside_it()
    {
        // 牵头单位：另行明确 names a lead the reader cannot take for a unit: the 责任单位 list supports it, and
        // its first is not made the lead by the convention, on separate lines, in either order, or in one bracket.
        var plan = Import(
            "一、主要目标",
            "1.其他指标增速高于全省平均水平。",
            "牵头单位：另行明确",
            "责任单位：县统计局、各乡镇",
            "2.财政收入增长6%。",
            "责任单位：县税务局、各乡镇",
            "牵头单位：另行明确",
            "3.外贸出口增长5%。（牵头单位：另行明确；责任单位：县商务局、各乡镇）",
            "4.社会消费品零售总额增长7%。",
            "牵头单位：县商务局",
            "责任单位：县统计局、各乡镇");
        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { "县统计局", "各乡镇" }, plan.Supports("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县税务局", "各乡镇" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Equal(new[] { "县商务局", "各乡镇" }, plan.Supports("3."));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("4."));
    }

    [Fact]
    public void The_official_over_the_work_is_a_person_and_the_body_after_him_leads()
    {
        var plan = Import(
            "1、设立综合改革试验区事宜",
            "由王某某副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。",
            "2、轨道交通项目",
            "由李四常务副市长负责,市建设局牵头,市发改委配合,尽快报批。",
            "3、污水处理厂项目",
            "由张三副市长负责,尽快完成前期工作。");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1、"));
        Assert.Equal(new[] { "相关部门" }, plan.Supports("1、"));
        Assert.Equal(new[] { "市建设局" }, plan.Leads("2、"));
        Assert.Empty(plan.Leads("3、"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("市长"));
    }

    [Fact]
    public void A_body_given_a_task_to_carry_out_is_accountable_and_others_after_its_name_are_nobody_more()
    {
        var plan = Import(
            "一、任务分工",
            "（一）关于严守耕地保护红线的问题，由国土资源部会同农业部等部门负责落实。",
            "（二）关于农村改革试点的问题。由农业部负责落实。",
            "（三）关于粮食安全的问题，由发展改革委会同财政部、农业部等部门负责。");
        Assert.Equal(new[] { "国土资源部" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "农业部" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "农业部" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "发展改革委" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "财政部", "农业部" }, plan.Supports("（三）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) == "部门");
    }

    [Fact]
    public void A_number_after_the_mark_of_a_task_is_its_words_and_a_list_of_numbers_is_not_a_task()
    {
        var plan = Import(
            " 5、公有土地登记管理要加强督导。(財政局)",
            " 6、98年元旦升旗活動相關事宜,應事先做好規劃辦理。(教育局)",
            " 7、2024年底前完成改造。(建設局)",
            " 8、3月21日下午召开专题会议，再动员、再部署。(應急局)",
            "1、2、3号楼外立面改造同步推进。");
        Assert.Equal(new[] { "5、", "6、", "7、", "8、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "應急局" }, plan.Leads("8、"));
        Assert.Equal(new[] { "財政局" }, plan.Leads("5、"));
        Assert.Equal(new[] { "教育局" }, plan.Leads("6、"));
        Assert.StartsWith("98年元旦", plan.Task("6、").Title);
    }

    [Fact]
    public void Two_bodies_whose_names_differ_by_one_rank_are_two_and_not_an_abbreviation()
    {
        var plan = Import(
            "1. 完成青少年计划。(政务司司长办公室/劳工及福利局)",
            "2. 消除环境卫生黑点。(政务司副司长办公室/相关政策局)");
        Assert.Equal(new[] { "政务司司长办公室" }, plan.Leads("1."));
        Assert.Equal(new[] { "政务司副司长办公室" }, plan.Leads("2."));
    }

    [Fact]
    public void Bodies_that_organise_the_carrying_out_with_the_lead_support_it()
    {
        var plan = Import(
            "二、主要指标",
            "(8)新增城镇就业人数2万人。(市人力社保局会同有关部门和各县区组织落实)",
            "(9)建设保障性安居工程1万套。(市建设局组织落实)");
        Assert.Equal(new[] { "市人力社保局" }, plan.Leads("(8)"));
        Assert.Equal(new[] { "有关部门", "各县区" }, plan.Supports("(8)"));
        Assert.Equal(new[] { "市建设局" }, plan.Leads("(9)"));
    }

    [Fact]
    public void A_lead_listed_again_among_the_accountable_units_only_leads()
    {
        var plan = Import(
            "序号\t主要指标\t责任单位\t牵头单位",
            "1\t地区生产总值增长6.5%以上\t区农业农村局、区经商局、区发改局、区交通局\t区发改局",
            "2\t区本级固定资产投资增长25%\t区发改局\t区发改局");
        Assert.Equal(new[] { "区发改局" }, plan.Leads("1"));
        Assert.DoesNotContain("区发改局", plan.Supports("1"));
        Assert.Empty(plan.Supports("2"));
    }

    [Fact]
    public void An_inspection_group_led_by_a_bodys_official_is_led_by_the_body()
    {
        // 由X1名县级领导带队: a person leads the group, as X's official: X is what a ledger follows up.
        var plan = Import(
            "五、督查分组",
            "（一）煤矿安全督查组。由市煤炭工业局1名县级领导带队，2名专业人员参加。",
            "（二）非煤矿山安全督查组。由市安监局带队，市公安局参加。",
            "（三）民爆器材安全督查组。由市经贸委分管领导牵头，2名专业人员参加。",
            "（四）综合督查组。由市领导带队，各成员单位派员参加。",
            "（五）旅游安全督查组。由张明副局长带队。");
        Assert.Equal(new[] { "市煤炭工业局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市安监局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "市经贸委" }, plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("领导") || (u.FullName ?? u.Id).Contains("督查组"));
    }

    [Fact]
    public void A_title_that_names_a_group_is_not_read_with_the_sentence_after_it()
    {
        // 安全检查组。由市安监局牵头，专家参加。: the title names the group the task sets up, not a second lead.
        var plan = Import(
            "一、检查安排",
            "（一）安全检查组。由市安监局牵头，专家参加。",
            "（二）市消防检查组。由市消防救援支队牵头，2名专业人员参加。");
        Assert.Equal(new[] { "市安监局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市消防救援支队" }, plan.Leads("（二）"));
    }

    [Fact]
    public void An_official_of_a_body_accountable_beside_a_lead_stays_a_person()
    {
        var plan = Import("一、任务", "1.做好检查工作。由县政府分管副县长负责，县发改局牵头。");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.DoesNotContain("县政府", plan.Supports("1."));
    }

    [Fact]
    public void A_body_said_to_be_the_lead_unit_of_the_work_it_names_leads()
    {
        var plan = Import(
            "第五条 市政府组成部门的主要负责人是跟踪督查的具体责任人。",
            "第六条 市政府办公室是跟踪督查的牵头实施单位，要采取日常督查、定期通报相结合的方式，督促有关工作的推进。",
            "第七条 企业是安全生产的责任主体，要落实全员安全生产责任制。",
            "第八条 市政府领导是跟踪督查的第一责任人，负责督促检查。");
        Assert.Equal(new[] { "市政府办公室" }, plan.Leads("第六条"));
        Assert.Empty(plan.Leads("第五条"));
        Assert.Empty(plan.Leads("第七条"));
        Assert.Empty(plan.Leads("第八条"));
    }

    [Fact]
    public void A_duty_handed_to_a_body_is_that_bodys_from_then_on()
    {
        var plan = Import(
            "转移职责",
            "1、将城市客运管理职责移交市交通运输局承担。",
            "2、将地下水取水许可先期审核职责移交市水务局承担。",
            "3、将市政设施维护职责下放辖区承担。",
            "4、将燃气管理职责移交各区承担。",
            "5、将户外广告审批职责移交市城管局承担。（市编办负责）");
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1、"));
        Assert.Equal(new[] { "市水务局" }, plan.Leads("2、"));
        Assert.Empty(plan.Leads("3、"));
        Assert.Empty(plan.Leads("4、"));
        Assert.Equal(new[] { "市编办" }, plan.Leads("5、"));
    }
}
