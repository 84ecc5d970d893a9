using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile79 and hostile80 blind sets and the review-79 and review-80 reviews found wrong or missing, each in a
/// few invented lines: the rule, not a set's wording.
/// </summary>
public class Hostile79And80ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("由市住建局牵头，会同市发改委、市财政局，于2025年10月底前完成。")]
    [InlineData("市住建局牵头，会同市发改委、市财政局，并于10月底前完成。")]
    [InlineData("由市住建局牵头，会同市发改委、市财政局，力争于年底前完成。")]
    [InlineData("（市住建局牵头，会同市发改委、市财政局，在10月底前完成）")]
    public void The_partners_keep_their_support_when_the_deadline_after_them_opens_with_a_preposition(string sentence)
    {
        var plan = Import("某市城市更新工作要点", "一、推进老旧小区改造", "（一）完成老旧小区改造120个。" + sentence, "（二）推进管网更新。市水务局负责。");

        Assert.Equal(new[] { "市住建局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市发改委", "市财政局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "市水务局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Months_each_holding_their_own_circled_list_are_sections_of_their_items()
    {
        var plan = Import(
            "2025年某市创文月度推进计划",
            "三月：①开展背街小巷环境整治，市城管局负责，各区政府配合；②启动文明交通劝导行动，市公安局交警支队牵头，市文明办配合。③完成公益广告刊播，市委宣传部负责。",
            "四月：①开展农贸市场整治，市市场监管局牵头，市商务局配合；②组织志愿服务集中活动，团市委负责。",
            "五月份：①推进老旧小区改造，市住建局负责；②开展校园周边环境整治，市教育局负责。");

        Assert.Equal(new[] { "三月", "四月", "五月份" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "①", "②", "③", "①", "②", "①", "②" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(
            new[] { "市城管局", "市公安局交警支队", "市委宣传部", "市市场监管局", "团市委", "市住建局", "市教育局" },
            plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))));
        Assert.Empty(plan.Tasks.ElementAt(2).InEffect.Supports);
    }

    [Fact]
    public void A_quarter_heading_with_its_own_rule_is_a_section_whose_lead_its_unnamed_tasks_have()
    {
        var plan = Import(
            "某省商务厅2023年外贸工作季度推进安排",
            "现将2023年重点工作按季度安排如下。",
            "第一季度（1—3月）",
            "①召开全省外贸工作推进会，分解下达目标任务。（对外贸易处负责）",
            "②研究出台支持外贸企业若干措施。（对外贸易处牵头，省财政厅配合）",
            "第二季度（4—6月）　本季度所列工作未注明责任处室的，由外贸发展处牵头组织。",
            "③开展跨境电商专项培训，全省举办培训10场以上。",
            "④推进综合保税区扩区。（口岸处负责）");

        Assert.Equal(new[] { "第一季度（1—3月）", "第二季度（4—6月）" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "对外贸易处" }, plan.Leads("②"));
        Assert.Equal(new[] { "外贸发展处" }, plan.Leads("③"));
        Assert.Equal(new[] { "口岸处" }, plan.Leads("④"));
    }

    [Theory]
    [InlineData("6月")]
    [InlineData("一季度")]
    public void A_month_or_quarter_alone_without_a_colon_is_no_heading(string cell)
    {
        var plan = Import("某市2024年工作要点", "1.推进老旧小区改造。（市住建局负责）", cell, "2.推进管网更新。（市水务局负责）", cell, "3.建立长效机制。（市城管局负责）");

        Assert.Empty(plan.Model.Sections);
        Assert.Equal(new[] { "市住建局", "市水务局", "市城管局" }, plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))));
    }

    [Fact]
    public void A_lettered_list_reaching_j_keeps_i_as_its_ninth_letter()
    {
        var letters = "abcdefghijk".Select((c, k) => "(" + c + ") 推进第" + (k + 1) + "项改革。区" + "甲乙丙丁戊己庚辛壬癸子"[k] + "局负责。");
        var plan = Import(new[] { "某区营商环境工作要点", "一、优化政务服务" }.Concat(letters).ToArray());

        Assert.Equal(11, plan.Tasks.Count());
        Assert.Equal(new[] { "区壬局" }, plan.Leads("(i)"));
        Assert.Equal(new[] { "区癸局" }, plan.Leads("(j)"));
        Assert.Equal(new[] { "区子局" }, plan.Leads("(k)"));
    }

    [Fact]
    public void A_roman_list_reaching_v_keeps_v_as_its_fifth_numeral()
    {
        var numerals = new[] { "i", "ii", "iii", "iv", "v", "vi" }.Select((r, k) => "(" + r + ") 开展第" + (k + 1) + "项科普活动。县" + "甲乙丙丁戊己"[k] + "局负责。");
        var plan = Import(new[] { "某县科学素质工作安排", "一、青少年科学素质提升行动" }.Concat(numerals).ToArray());

        Assert.Equal(6, plan.Tasks.Count());
        Assert.Equal(new[] { "县戊局" }, plan.Leads("(v)"));
        Assert.Equal(new[] { "县己局" }, plan.Leads("(vi)"));
    }

    [Theory]
    [InlineData("一要求真务实抓落实，杜绝形式主义。（县委办牵头）", true)]
    [InlineData("一要务实重行抓落实，杜绝形式主义。（县委办牵头）", true)]
    [InlineData("四要求是指：守纪律、讲规矩、重品行、作表率。", false)]
    [InlineData("五要素一致是基础。", false)]
    public void Yao_opens_an_item_unless_it_starts_a_counted_noun(string line, bool item)
    {
        Assert.Equal(item, WorkPlanDsl.Import.Numbering.NounOfYao(line, 1) is false);
    }

    [Fact]
    public void Partners_then_by_when_and_the_work_done_by_then_keep_their_support()
    {
        var plan = Import(
            "某部2024年标准化工作要点",
            "一、重点任务",
            "1.健全港口标准。发布5项标准。由水运局牵头，会同安全监督司、部水运科学研究院，于9月底前完成报批发布工作。",
            "2.加快新兴领域标准研制。年内立项标准不少于5项。科技司牵头，会同公路局、运输服务司，依托部科学研究院提供技术支撑，于11月底前完成需求清单编制。");

        Assert.Equal(new[] { "水运局" }, plan.Leads("1."));
        Assert.Equal(new[] { "安全监督司", "部水运科学研究院" }, plan.Supports("1."));
        Assert.Equal(new[] { "科技司" }, plan.Leads("2."));
        Assert.Equal(new[] { "公路局", "运输服务司", "部科学研究院" }, plan.Supports("2."));
    }

    [Fact]
    public void A_ministry_department_opening_the_sentence_of_roles_leads_as_a_bureau_does()
    {
        var plan = Import(
            "某部2024年工作要点",
            "一、重点任务",
            "1.保障标准制修订经费。统筹安排项目经费。财务审计司负责，科技司配合做好项目预算执行管理。",
            "2.规范合同管理。修订合同范本。法规司负责。");

        Assert.Equal(new[] { "财务审计司" }, plan.Leads("1."));
        Assert.Equal(new[] { "科技司" }, plan.Supports("1."));
    }

    [Fact]
    public void A_body_whose_task_is_oversight_leads_it()
    {
        var plan = Import(
            "某县交通运输局2025年工作要点",
            "1.加强道路运输行业监管。县交通运输局负责行业监管，各乡镇配合。",
            "2.加强建筑市场监督管理。县住建局负责监督管理。");

        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
    }

    [Fact]
    public void Labelled_fields_in_a_square_bracket_before_the_work_are_read_whole()
    {
        var plan = Import(
            "某市委组织部2026年工作要点",
            "一、重点任务",
            "（一）【牵头：干部教育科；配合：市委党校、党员教育中心】深化理论武装。举办专题研讨班4期。",
            "（二）【牵头：干部一科】优化领导班子结构。年内完成分析研判。",
            "（三）【责任科室：干部监督科、公务员管理科】从严监督管理干部。开展专项检查1次。",
            "（四）【研究室】加强调查研究。形成调研报告10篇。");

        Assert.Equal(new[] { "干部教育科" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市委党校", "党员教育中心" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "干部一科" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "干部监督科" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "公务员管理科" }, plan.Supports("（三）"));
        Assert.Equal(new[] { "研究室" }, plan.Leads("（四）"));
    }

    [Fact]
    public void A_month_with_its_own_work_after_the_colon_stays_that_month_s_task()
    {
        var plan = Import(
            "某县图书馆2022年工作安排",
            "1月：开展春节系列活动（阅读推广部负责）",
            "2月：举办元宵灯谜会（阅读推广部负责）",
            "3月：开展志愿服务月活动（办公室负责）");

        Assert.Equal(new[] { "1月", "2月", "3月" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "办公室" }, plan.Leads("3月"));
    }

    [Fact]
    public void The_body_after_the_official_over_the_work_leads_it()
    {
        var plan = Import(
            "某县医共体建设实施方案",
            "一、重点任务",
            "（一）完善内部治理。常务副县长卞某负总责，县卫生健康局具体负责推进一体化管理，年底前实现“三统一”。",
            "（二）加强人才培养。副县长 罗某某 挂帅，县人力资源和社会保障局负责招聘培训，年内招聘医师40名。",
            "（三）强化督导考核。县长负总责，年底前完成考核。");

        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县人力资源和社会保障局" }, plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
    }

    [Fact]
    public void Jutituijin_alone_answers_for_the_work_and_beside_a_lead_supports_it()
    {
        var plan = Import(
            "某市发改委2025年工作要点",
            "一、重点任务",
            "1.强化项目调度。建立重大项目月调度机制。由固定资产投资科抓总，市重大项目服务中心具体推进。",
            "2.推进项目前期工作。由市发改委具体推进，市自然资源局配合。",
            "3.加快项目开工。市发改委牵头，市重大项目服务中心具体推进，年内开工50个。");

        Assert.Equal(new[] { "固定资产投资科" }, plan.Leads("1."));
        Assert.Equal(new[] { "市重大项目服务中心" }, plan.Supports("1."));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市自然资源局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("3."));
        Assert.Equal(new[] { "市重大项目服务中心" }, plan.Supports("3."));
    }

    [Fact]
    public void A_role_word_naming_no_body_leaves_a_closing_tag_its_lead()
    {
        var plan = Import(
            "某县2025年优化营商环境重点工作清单",
            "1.建立由乡镇牵头、部门配合的企业服务联动机制。【县发改局】",
            "2.推行首席服务官制度，明确专人负责企业诉求办理。【县工信局】",
            "3.开展涉企收费专项检查。【县市场监管局】",
            "4.推进工程建设项目审批提速。【县住建局】",
            "5.优化不动产登记服务。【县自然资源局】");

        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县工信局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("5."));
    }

    [Theory]
    [InlineData("区委区政府要求区城改办要负责做好项目谋划，区自然资源局配合。", "区委区政府要求区城改办")]
    [InlineData("去年由市市场监管局牵头，今年市政务服务中心要牵头负责，市市场监管局配合。", "市市场监管局")]
    public void Who_asks_for_the_work_or_did_it_last_year_leads_nothing(string sentence, string notALead)
    {
        var plan = Import("某区城市更新行动方案", "一、重点任务", "（一）实施城中村改造。" + sentence, "（二）推进背街小巷整治。区城管局负责。");

        Assert.DoesNotContain(notALead, plan.Leads("（一）"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("要求") || (u.FullName ?? string.Empty).Contains("要求"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Bodies_after_a_dash_closing_each_task_answer_for_it()
    {
        var plan = Import(
            "某县民政局2024年重点工作任务清单",
            "一、兜牢基本民生保障底线",
            "1. 健全低收入人口动态监测机制，将符合条件的困难群众及时纳入救助范围。——县民政局、县乡村振兴服务中心",
            "2. 提高城乡低保标准，农村低保标准不低于每人每年7200元。——县民政局 县财政局",
            "3. 落实困境儿童分类保障。——县民政局",
            "4. 新建区域养老服务中心3个。——县民政局（牵头）、县住房和城乡建设局、各乡镇人民政府",
            "5. 建设“一中心四平台”——即社区综合服务平台。");

        Assert.Equal(new[] { "县民政局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县乡村振兴服务中心" }, plan.Supports("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县住房和城乡建设局", "各乡镇人民政府" }, plan.Supports("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void A_single_dash_attribution_is_no_convention_of_the_document()
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "1. 建设“一中心四平台”——县民政局", "2. 推进养老服务。（县民政局负责）");

        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_lead_mark_in_square_brackets_after_a_name_marks_that_name()
    {
        var plan = Import(
            "某部2024年农村水利工作要点",
            "一、重点任务",
            "（一）推进农村水利基础数据应用。完善信息管理系统。（规划计划司【牵头】、水文司、水利部信息中心）",
            "（二）加强灌区标准化规范化管理。开展试点。（牵头:建设与管理司 配合:农村水利水电司）");

        Assert.Equal(new[] { "规划计划司" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "水文司", "水利部信息中心" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "建设与管理司" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_task_closing_one_month_shares_no_clause_with_the_next_month_s_first_item()
    {
        var plan = Import(
            "某市创文月度推进计划",
            "五月：①开展文明交通劝导行动（市公安局牵头，市文明办配合）；②组织第一次模拟测评（市创文办组织，聘请第三方机构实施）。",
            "六月：①整治背街小巷环境卫生（市住建局、各区人民政府负责，排在前面的为牵头单位）；②开展评选活动（市市场监管局负责）。",
            "七月：①开展暑期活动（团市委负责）；②迎接实地考察（市创文办负责）。");

        Assert.Empty(plan.Tasks.ElementAt(1).InEffect.Leads);
        Assert.Equal(new[] { "市住建局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
    }

    [Fact]
    public void The_body_after_the_official_leads_also_where_other_tasks_bracket_their_roles()
    {
        var plan = Import(
            "某县医共体建设实施方案",
            "一、重点任务",
            "（一）完善内部治理。常务副县长卞某负总责，县卫生健康局具体负责推进一体化管理，年底前实现“三统一”。",
            "（二）提升乡镇卫生院服务能力。新建发热诊室10个。（县卫生健康局牵头，县发展和改革局配合）");

        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县发展和改革局" }, plan.Supports("（二）"));
    }

    [Fact]
    public void A_dash_inside_the_task_s_sentence_names_what_the_work_is_about_not_who_does_it()
    {
        var plan = Import(
            "某县2025年教育工作要点",
            "一、重点任务",
            "1. 推进义务教育优质均衡发展。——县教育局、县财政局",
            "2. 加强教师队伍建设。——县教育局、县人社局",
            "3. 实施学校基础设施补短板工程，新建改扩建学校3所——县第一中学、县实验小学、城关镇中心小学。",
            "4. 推进医共体建设，重点支持两家牵头医院——县人民医院、县中医院。");

        Assert.Equal(new[] { "县教育局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void The_body_the_work_rests_on_answers_for_nothing()
    {
        var plan = Import(
            "某县2025年就业工作要点",
            "一、重点任务",
            "1.推进智慧就业平台建设。（依托县数据局，县人社局牵头）",
            "2.开展返乡创业培训。由县人社局依托县农广校负责实施，县农业农村局配合。");

        Assert.Equal(new[] { "县人社局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县人社局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Supports("2."));
    }

    [Fact]
    public void A_quarter_s_rule_after_its_colon_is_the_quarter_s_not_the_task_above_it()
    {
        var plan = Import(
            "市卫健委2025年工作计划",
            "第一季度（1—3月）：本季度未注明牵头处室的，由规划发展处牵头。",
            "1.制定全年卫生健康工作要点。",
            "2.开展春节期间医疗保障工作。（医政医管处负责）",
            "第二季度（4—6月）：本季度未注明牵头处室的，由基层卫生处牵头。",
            "3.开展基本公共卫生服务项目中期督导。",
            "4.组织全市卫生应急演练。（卫生应急办负责）");

        Assert.Equal(new[] { "规划发展处" }, plan.Leads("1."));
        Assert.Equal(new[] { "医政医管处" }, plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
        Assert.Equal(new[] { "基层卫生处" }, plan.Leads("3."));
    }
}
