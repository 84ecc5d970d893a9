using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task-level line that only names who does the work under it (<c>4、茄子河区政府负责:</c> over <c>(1)</c>…<c>(3)</c>), and
/// a division of the work body by body worded <c>县教育局：牵头负责第（一）（二）项任务，参与第（四）项任务。</c>.
/// </summary>
public class BodyRoleHeadingAndDivisionTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Measures_under_a_line_that_only_names_their_body_are_that_bodys_tasks()
    {
        var plan = Import(
            "某市大气污染防治工作方案",
            "一、职责分工",
            "1、茄子河区政府负责:",
            "(1)对杨扬大街两侧的40台锅炉进行集中整治。",
            "(2)组织吉伟煤焦公司完成煤气初冷工艺改造。",
            "(3)加强农村环境保护。",
            "2、市经委负责:对焦化、钢铁等不符合产业政策的企业实施相应管理。",
            "3、市建设局负责:",
            "(1)组织实施城市供热管网建设。",
            "(2)加强项目环保工程质量管理。",
            "4、加强宣传引导，营造良好氛围。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "(1)", "(2)", "(3)", "2、", "(1)", "(2)", "4、" }, tasks.Select(t => t.Label).ToArray());
        Assert.All(tasks.Take(3), t => Assert.Equal(new[] { "茄子河区政府" }, plan.Names(t.InEffect.Leads)));
        Assert.Equal(new[] { "市经委" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.All(tasks.Skip(4).Take(2), t => Assert.Equal(new[] { "市建设局" }, plan.Names(t.InEffect.Leads)));
        // The heading's body gives nothing to a later task of the heading's own level.
        Assert.Empty(tasks[6].InEffect.Leads);
    }

    [Fact]
    public void A_line_with_its_own_work_over_measures_keeps_them_as_its_words()
    {
        var plan = Import(
            "某市大气污染防治工作方案",
            "1、市建设局负责城市供热管网建设:",
            "(1)组织实施城市供热管网建设。",
            "(2)加强项目环保工程质量管理。",
            "2、市经委负责:对焦化企业实施相应管理。");
        Assert.Equal(new[] { "1、", "2、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市建设局" }, plan.Leads("1、"));
    }

    [Fact]
    public void A_division_by_body_in_bracketed_numbers_gives_each_task_its_roles()
    {
        var plan = Import(
            "某县学前教育行动方案",
            "一、主要任务",
            "（一）新建改扩建公办幼儿园。新增学位3600个。",
            "（二）实施乡镇中心幼儿园提质工程。",
            "（三）科学规划幼儿园布局。",
            "（四）开展城镇小区配套幼儿园治理。",
            "二、职责分工",
            "县教育局：牵头负责第（一）（二）项任务，参与第（三）（四）项任务。",
            "县自然资源局：牵头负责第（三）项任务，参与第（一）项任务。",
            "县住房城乡建设局：牵头负责第（四）项任务。",
            "各乡镇人民政府：负责第（一）项任务中本辖区幼儿园建设用地保障，参与第（四）项任务。");
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县自然资源局", "各乡镇人民政府" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县教育局" }, plan.Supports("（三）"));
        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "县教育局", "各乡镇人民政府" }, plan.Supports("（四）"));
    }

    [Fact]
    public void A_plan_arranged_by_body_reads_a_body_with_its_other_name_and_a_group_as_headings()
    {
        var plan = Import(
            "某县2016年政府工作报告重点工作任务分解",
            "一、县发展和改革局",
            "1.完成全社会固定资产投资180亿元。",
            "二、县经济和信息化局（县中小企业局）",
            "2.规模以上工业增加值增长9%。",
            "3.新增规模以上工业企业15家（县统计局配合）。",
            "三、各乡镇人民政府",
            "4.完成年度脱贫任务。",
            "四、县教育局",
            "5.新建改扩建中小学校舍8万平方米。");
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县经济和信息化局（县中小企业局）" }, plan.Leads("2."));
        Assert.Equal(new[] { "县经济和信息化局（县中小企业局）" }, plan.Leads("3."));
        Assert.Equal(new[] { "县统计局" }, plan.Supports("3."));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("4."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("5."));
    }

    [Fact]
    public void A_group_heading_before_any_body_heading_heads_nothing()
    {
        var plan = Import(
            "某县2016年重点工作",
            "一、各乡镇人民政府",
            "1.完成年度脱贫任务。",
            "二、保障措施",
            "2.加强组织领导。");
        Assert.Empty(plan.Leads("1."));
    }

    [Fact]
    public void Duties_with_no_subject_under_a_heading_that_opens_with_a_body_are_that_bodys()
    {
        var plan = Import(
            "某区救助帮困系统职责分工",
            "(一)区民政局作为主管部门总体负责救助帮困系统的运行、维护和安全。",
            "1.负责起草救助帮困系统的管理办法。",
            "2.负责协调本区各部门的救助帮困工作。",
            "3.负责检查、督促各成员单位对系统的使用。",
            "(二)区信访办负责“救助信访”模块的维护。",
            "1.负责及时汇总、分析救助信访情况。",
            "2.负责与相关部门沟通。");
        Assert.All(plan.Tasks.Take(3), t => Assert.Equal(new[] { "区民政局" }, plan.Names(t.InEffect.Leads)));
        Assert.All(plan.Tasks.Skip(3), t => Assert.Equal(new[] { "区信访办" }, plan.Names(t.InEffect.Leads)));
    }

    [Fact]
    public void Work_under_a_heading_that_opens_with_a_body_is_not_its_duty_list_when_the_items_do_not_say_so()
    {
        var plan = Import(
            "某区2024年重点工作",
            "(一)区民政局作为主管部门总体负责养老服务体系建设。",
            "1.新建社区养老服务中心5个。",
            "2.开展养老机构安全检查。（区应急局负责）",
            "3.推进家庭养老床位建设。");
        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { "区应急局" }, plan.Leads("2."));
    }

    [Fact]
    public void The_body_an_item_is_addressed_to_leads_beside_a_list_that_answers_by_division()
    {
        var plan = Import(
            "江州市2020年优化营商环境任务分工",
            "一、政务服务",
            "1) 市政务服务管理局：牵头推进“一网通办”，市大数据中心配合。",
            "2) 市市场监管局：推进企业开办“一日办结”，市公安局、市税务局按职责分工负责。",
            "3) 压缩不动产登记时间，市自然资源局、市税务局按职责分工负责。");
        Assert.Equal(new[] { "市市场监管局" }, plan.Leads("2)"));
        Assert.Equal(new[] { "市公安局", "市税务局" }, plan.Supports("2)").OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain("lead 市公安局 is the first listed", plan.Result.Plan);
        // No body the item is addressed to: the list's first leads by the convention, as before.
        Assert.Equal(new[] { "市自然资源局" }, plan.Leads("3)"));
    }

    [Fact]
    public void A_heading_saying_whose_remit_the_problems_fall_in_gives_them_that_body()
    {
        // real71 x10: an inspection report's 一、属住建局职责范围： over its problems named no one (the report inspects, so a
        // body's name alone over them is whom it is about; 属…职责范围 says whose they are).
        var plan = Import(
            "5月14、15日,县创建办组织人员,对县城区市容市貌进行实地督查,现将督查中发现问题通报如下:",
            "一、属住建局职责范围:",
            "(一)江滨官邸等房产项目工地",
            "1、工地围挡尚未按要求布置公益广告。",
            "2、建筑材料堆放不规范。",
            "二、属城关派出所职责范围:",
            "(一)人民路",
            "1、主要交通路口协管员履职情况时紧时松。",
            "三、县城管局",
            "(一)文山路",
            "1、占道经营屡禁不止。");
        string[] LeadsOf(string start) => plan.Names(plan.Tasks.Single(t => t.Title.StartsWith(start, System.StringComparison.Ordinal)).InEffect.Leads);
        Assert.Equal(new[] { "住建局" }, LeadsOf("工地围挡"));
        Assert.Equal(new[] { "住建局" }, LeadsOf("建筑材料"));
        Assert.Equal(new[] { "城关派出所" }, LeadsOf("主要交通路口"));

        // A body's name alone over an inspection's problems is whom they are about: no lead.
        Assert.Empty(LeadsOf("占道经营"));
    }

    [Fact]
    public void A_heading_naming_a_kind_of_body_leads_nothing_and_a_heading_note_is_said_once()
    {
        // review-73 A9: ◆县级医院： (every hospital of a county) led the tasks under it; and the note on the heading above
        // was printed once for each of its tasks.
        var plan = Import("2024年全市卫生健康重点任务", "◆市卫生健康委员会：", "1. 深化公立医院改革。", "2. 推进分级诊疗。", "◆县级医院：", "3. 提升急诊急救能力。",
            "4. 配备CT等大型医用设备。", "◆乡镇卫生院：", "5. 规范基本公共卫生服务。");
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("1."));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
        Assert.Single(plan.Result.Notes, n => n.Message.Contains("read from the heading"));
    }

    [Fact]
    public void A_body_that_also_follows_its_own_work_still_does_it()
    {
        // review-73 C1: a paragraph mentioning 调度…实施情况 after its subject's work was read as a closing overseer's.
        var plan = Import("2024年全县河湖治理工作要点", "一、落实河长制", "各乡镇要建立河道巡查台账，每月对河道整治推进情况进行检查，发现问题及时整改。",
            "二、推进农村水系连通", "县水利局要加快实施水系连通工程，按月调度项目实施情况。", "三、加强督查", "县政府督查室将对各项任务进展情况按月督查通报。");
        string[] LeadsOf(string title) => plan.Names(plan.Tasks.Single(t => t.Title == title).InEffect.Leads);
        Assert.Equal(new[] { "各乡镇" }, LeadsOf("落实河长制"));
        Assert.Equal(new[] { "县水利局" }, LeadsOf("推进农村水系连通"));
        Assert.DoesNotContain(plan.Tasks, t => t.Title == "加强督查" && !t.InEffect.Leads.IsEmpty);
    }

    [Fact]
    public void A_remit_heading_naming_a_level_or_a_kind_leads_nothing_and_a_townships_government_heading_leads()
    {
        // review-74 A5: 属于乡镇职责范围 made a unit 于乡镇; B4: ◆乡镇人民政府： no longer led.
        var remit = Import("某县2024年安全生产重点工作", "一、属于县级职责范围内的问题", "1.县城污水处理厂提标改造滞后。", "二、属于乡镇职责范围内的问题", "2.农村生活垃圾清运不及时。");
        Assert.DoesNotContain(remit.Tasks, t => !t.InEffect.Leads.IsEmpty);

        var towns = Import("2024年全市卫生健康重点任务", "◆市卫生健康委员会：", "1. 深化公立医院改革。", "◆乡镇人民政府：", "2. 规范基本公共卫生服务。");
        Assert.Equal(new[] { "乡镇人民政府" }, towns.Leads("2."));
    }
}
