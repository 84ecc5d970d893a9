using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile80 leftovers, the hostile81 blind set and the review-81 review found wrong or missing, each in a few
/// invented lines: the rule, not a set's wording.
/// </summary>
public class Hostile81ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] UnitNames(ImportedModel plan) => plan.Names(plan.Model.Units.Select(u => u.Id));

    [Fact]
    public void A_second_part_closing_with_its_own_unit_is_a_share_of_the_task_not_a_second_lead()
    {
        // review-82 A6: 做好改造工作宣传报道（县融媒体中心负责） made the media centre a co-lead of the renovation.
        var plan = Import(
            "某县2024年工作要点",
            "一、重点任务",
            "（一）推进老旧小区改造。完成改造小区30个（县住建局负责）；做好改造工作宣传报道（县融媒体中心负责）。",
            "（二）加强移动源污染防治。淘汰老旧柴油货车（责任单位：县交通运输局；配合单位：县公安局），推广新能源公交车（责任单位：县住建局；配合单位：县财政局）。");

        Assert.Equal(new[] { "县住建局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县融媒体中心" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县公安局", "县住建局", "县财政局" }, plan.Supports("（二）"));
    }

    [Fact]
    public void A_later_part_naming_one_unit_stays_a_support_where_the_first_list_named_several_by_the_convention()
    {
        var plan = Import(
            "某区市容改善计划",
            "1. 改善市容：消除环境卫生黑点75%（责任单位：区城管局、区住建局），鼠患黑点数目减半（责任单位：区卫健局）。");

        Assert.Equal(new[] { "区城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区住建局", "区卫健局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("two parts of the task"));
    }

    [Fact]
    public void Every_name_of_a_bracket_each_marked_lead_leads()
    {
        // The names are tried as words dealing with a body (向省财政厅, 市财政局汇报) at every cut, now without copying
        // the whole list at each: the cuts must still find no such words here.
        var names = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".Select(c => "市" + c + "务局").ToArray();
        var plan = Import("某市工作要点", "一、总体任务", "（一）推进建设工作。（" + string.Join("、", names.Select(n => n + "（牵头）")) + "）");

        Assert.Equal(names, plan.Leads("（一）"));
    }

    [Fact]
    public void A_group_given_a_field_beside_the_office_stays_a_support()
    {
        var plan = Import("某街道工作要点", "1.推进“红色物业”建设。责任科室：党建工作办公室；责任社区：各社区");

        Assert.Equal(new[] { "党建工作办公室" }, plan.Leads("1."));
        Assert.Equal(new[] { "各社区" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("一是推进医共体建设；二是推进药品耗材集中带量采购，由县医保局负责。")]
    [InlineData("其中，药品耗材集中带量采购由县医保局负责。")]
    [InlineData("推进药品耗材集中带量采购，由县医保局负责。")]
    [InlineData("二是推进药品耗材集中带量采购（县医保局负责）。")]
    public void A_later_part_given_to_a_body_is_its_share_beside_the_lead_an_earlier_sentence_names(string later)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）深化医药卫生体制改革。县卫健局牵头，县财政局配合。" + later, "（二）推进其他工作。县发改局负责。");

        Assert.Equal(new[] { "县卫健局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县财政局", "县医保局" }, plan.Supports("（一）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("a later part of the task is given to 县医保局"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_last_sentence_alone_naming_who_does_the_task_still_leads_it()
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）深化医药卫生体制改革。推进医共体建设，完善分级诊疗。推进药品耗材集中带量采购，由县医保局负责。");

        Assert.Equal(new[] { "县医保局" }, plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("3.新建改扩建学校3所（2025年底前完工）——县第一中学、县实验小学、城关镇中心小学")]
    [InlineData("3.推进医疗卫生服务能力提升，重点建设两家医院；——县人民医院、县中医院")]
    public void A_dash_after_a_bracket_or_a_semicolon_inside_the_sentence_names_what_the_work_is_for(string line)
    {
        var plan = Import(
            "县政府2025年民生实事",
            "1.实施城乡低保提标扩面，及时将困难群众纳入保障范围。——县民政局、县财政局",
            "2.开展职业技能提升行动，全年培训5000人次。——县人社局、县财政局",
            line,
            "4.推进农村饮水安全工程。（县水利局负责）");

        Assert.Equal(new[] { "县民政局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Supports("3."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("4."));
    }

    [Fact]
    public void A_dash_after_a_bracket_that_follows_a_full_stop_still_closes_the_task()
    {
        var plan = Import(
            "县政府2025年民生实事",
            "1.实施城乡低保提标扩面。（长期坚持）——县民政局、县财政局",
            "2.开展职业技能提升行动。——县人社局、县财政局");

        Assert.Equal(new[] { "县民政局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("利用县人力资源市场建设零工驿站，县人社局负责。")]
    [InlineData("依托县人力资源市场建设零工驿站，县人社局负责。")]
    public void The_resource_the_work_uses_is_no_body_of_the_task(string sentence)
    {
        var plan = Import("县人社局2025年工作要点", "一、重点工作", "（一）建设零工市场。" + sentence, "（二）开展就业援助。会同县残联开展就业援助，县就业服务中心负责。");

        Assert.Equal(new[] { "县人社局" }, plan.Leads("（一）"));
        Assert.Empty(plan.Supports("（一）"));
        Assert.DoesNotContain(UnitNames(plan), u => u.Contains("利用") || u.Contains("市场"));
        Assert.Equal(new[] { "县就业服务中心" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Work_transferred_now_is_led_by_the_body_it_goes_to_under_its_own_name()
    {
        var plan = Import("县政府2025年重点工作分工", "一、提升治理能力", "（一）加强公墓审批管理。原由县民政局负责的公墓审批工作，现划转县行政审批局负责。");

        Assert.Equal(new[] { "县行政审批局" }, plan.Leads("（一）"));
        Assert.DoesNotContain(UnitNames(plan), u => u.StartsWith("现", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("（一）推进城乡公交一体化。由县公交公司具体实施，县交通运输局负责行业监管。", "县公交公司", new string[0])]
    [InlineData("（一）推进城市燃气管网改造。由县城投公司牵头实施，县住建局负责行业监管，县财政局配合。", "县城投公司", new[] { "县财政局" })]
    [InlineData("（一）加强道路运输市场监管。县交通运输局负责行业监管，各乡镇配合。", "县交通运输局", new[] { "各乡镇" })]
    public void The_authority_over_a_trade_watches_the_body_that_does_the_work_and_leads_where_the_oversight_is_the_work(string line, string lead, string[] supports)
    {
        var plan = Import("县政府2025年工作要点", "一、重点工作", line);

        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("县委常委、副县长张伟负总责，各街道办事处具体实施。")]
    [InlineData("县委常委、副县长张伟负总责，各街道办事处具体实施，县住建局指导。")]
    [InlineData("副县长张伟负总责，各街道办事处具体实施。")]
    public void An_official_named_by_two_posts_is_a_person_and_the_body_after_does_the_work(string sentence)
    {
        var plan = Import("县政府2025年工作要点", "一、重点工作", "（一）推进城区棚户区改造。" + sentence);

        Assert.Equal(new[] { "各街道办事处" }, plan.Leads("（一）"));
        Assert.DoesNotContain(UnitNames(plan), u => u.Contains("张伟"));
    }

    [Fact]
    public void Months_whose_own_work_opens_with_this_month_are_still_the_months_tasks()
    {
        var plan = Import(
            "县文明办2025年文明创建工作月历",
            "1月：开展新春走基层志愿服务活动（县文明办牵头，团县委配合）。",
            "2月：本月启动“文明交通”劝导行动（县公安局交警大队负责）。",
            "3月：开展学雷锋志愿服务月活动（县文明办负责）。",
            "4月：本月完成文明单位复查（各创建单位负责）。");

        var tasks = plan.Tasks.ToList();
        Assert.Equal(4, tasks.Count);
        Assert.Equal(new[] { "县公安局交警大队" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "各创建单位" }, plan.Names(tasks[3].InEffect.Leads));
    }

    [Theory]
    [InlineData("本部分第（五）项由区司法局负责；其余各项由区委政法委牵头，区公安分局配合。")]
    [InlineData("本部分第五项由区司法局负责，其余各项由区委政法委牵头，区公安分局配合。")]
    public void A_part_closing_with_one_of_its_tasks_set_apart_gives_that_task_its_own_lead(string closing)
    {
        var plan = Import(
            "某区2024年基层治理工作要点",
            "一、健全机制",
            "（一）深化街道管理体制改革。厘清街道职责清单。（区委社会工作部负责）",
            "二、建设平安",
            "（四）深化网格化服务管理。优化网格划分。",
            "（五）推进矛盾纠纷多元化解。建设三级调处化解中心。",
            "（六）加强社会治安防控体系建设。推进“雪亮工程”。",
            closing);

        Assert.Equal(new[] { "区司法局" }, plan.Leads("（五）"));
        Assert.Empty(plan.Supports("（五）"));
        Assert.Equal(new[] { "区委政法委" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "区公安分局" }, plan.Supports("（六）"));
    }

    [Fact]
    public void A_part_closing_with_one_task_named_leaves_the_others_unled()
    {
        var plan = Import(
            "某区2024年基层治理工作要点",
            "一、建设平安",
            "（一）深化网格化服务管理。优化网格划分。",
            "（二）推进矛盾纠纷多元化解。建设三级调处化解中心。",
            "本部分第（二）项由区司法局负责。");

        Assert.Equal(new[] { "区司法局" }, plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("（由县就业工作领导小组统筹，县人力资源和社会保障局具体负责，县财政局配合）", "县人力资源和社会保障局", new[] { "县财政局" })]
    [InlineData("（由县人力资源和社会保障局统筹，各乡镇具体实施）", "县人力资源和社会保障局", new[] { "各乡镇" })]
    public void The_body_that_coordinates_beside_the_one_answering_in_detail_directs_and_does_not_lead(string bracket, string lead, string[] supports)
    {
        var plan = Import("某县2023年稳就业工作安排", "一、支持创业带动就业", "1.加大创业担保贷款支持。全年发放创业担保贷款1.5亿元。" + bracket);

        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Fact]
    public void A_body_that_watches_the_doer_is_quoted_with_the_documents_own_verb()
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）推进污水处理厂运营。此项工作由县工业园区管委会负责，县生态环境局负责监管。");

        Assert.Equal(new[] { "县工业园区管委会" }, plan.Leads("（一）"));
        Assert.Empty(plan.Supports("（一）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("县生态环境局负责监管"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("县生态环境局督办"));
    }

    [Fact]
    public void The_roles_written_in_the_measures_of_a_table_with_no_column_of_units_are_read()
    {
        var csv = string.Join("\n",
            "序号,重点任务,具体措施,完成时限",
            "1,压实安全生产责任,制定县级部门安全生产权力和责任清单，清单经县安全生产委员会审议后印发。（县应急管理局牵头，县司法局配合）,2025年4月",
            "2,开展隐患排查整治,聚焦危险化学品等重点行业开展专项排查整治。县应急管理局负责，县公安局参与。,2025年12月",
            "3,推进基层应急能力建设,每个乡镇建成一支应急救援队伍。（各乡镇人民政府负责，县应急管理局加强指导）,2025年9月",
            "4,建设应急物资储备库,储备防汛抗旱物资，储备库由县城投公司代建。,2025年12月");
        var plan = ImportedModel.FromFile("tasks.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县司法局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县公安局" }, plan.Supports("2"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));
        Assert.Empty(plan.Leads("4"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("does not look like an organisation"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'县应急管理局加强指导': 指导 (guidance)"));
    }

    [Fact]
    public void A_name_with_its_own_brackets_marked_bold_is_the_lead_the_bold_marks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市2024年河湖长制工作要点",
            "说明：责任单位中加粗的为牵头单位。",
            "",
            "| 序号 | 工作任务 | 责任单位 | 完成时间 |",
            "|:---:|---|---|:---:|",
            "| 1 | 组织开展市级河湖长巡河调研。 | **市河长办**、各县（市、区）河长办 | 全年 |",
            "| 2 | 建设幸福河湖示范段。 | **各县（市、区）人民政府**、市水利局 | 2024年12月 |"), "plan.md");

        Assert.Equal(new[] { "市河长办" }, plan.Leads("1"));
        Assert.Equal(new[] { "各县（市、区）人民政府" }, plan.Leads("2"));
        Assert.Equal(new[] { "市水利局" }, plan.Supports("2"));
    }

    [Theory]
    [InlineData("1. Improve the safety accountability system. Revise the all-staff safety responsibility rules. (Lead: EHS Dept.; Support: HR Dept., all workshops)")]
    [InlineData("1. Ｉｍｐｒｏｖｅ ｔｈｅ ｓａｆｅｔｙ ａｃｃｏｕｎｔａｂｉｌｉｔｙ ｓｙｓｔｅｍ.")]
    public void A_paragraph_printed_again_in_english_under_the_same_number_is_its_translation(string english)
    {
        var plan = Import(
            "2025年度安全环保工作计划",
            "一、安全生产 / I. Occupational Safety",
            "1. 完善安全生产责任体系。修订全员安全生产责任制。（牵头部门：安全环保部；配合部门：人力资源部、各生产车间）",
            english,
            "2. 开展机械伤害专项治理。逐台排查安全联锁。（牵头部门：设备部；配合部门：冲压车间）",
            "2. Carry out a special campaign against mechanical injuries. (Lead: Maintenance Dept.; Support: Stamping Workshop)");

        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "人力资源部", "各生产车间" }, plan.Supports("1."));
        Assert.Equal(new[] { "冲压车间" }, plan.Supports("2."));
    }

    [Theory]
    [InlineData("责任单位：县农业农村局（牵头）县市场监管局（配合）")]
    [InlineData("完成20个美丽乡村建设，县农业农村局牵头、县市场监管局配合。")]
    [InlineData("完成20个美丽乡村建设，县农业农村局主责、县市场监管局协同。")]
    public void A_lead_and_its_helpers_written_without_a_comma_between_them_are_read(string words)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）推进农业农村工作。" + words, "（二）推进其他工作。（县发改局负责）");

        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县市场监管局" }, plan.Supports("（一）"));
        Assert.DoesNotContain(UnitNames(plan), u => u.Contains("局县"));
    }

    [Theory]
    [InlineData("由县财政局安排专项资金500万元，县文旅局组织实施。")]
    [InlineData("报县政府同意后，由县财政局拨付资金，县文旅局组织实施。")]
    public void The_body_that_carries_the_work_out_after_the_one_that_pays_for_it_leads(string words)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）推进文旅项目建设。" + words, "（二）推进其他工作。（县发改局负责）");

        Assert.Equal(new[] { "县文旅局" }, plan.Leads("（一）"));
        Assert.Empty(plan.Supports("（一）"));
    }

    [Fact]
    public void An_annex_naming_the_tasks_short_in_words_of_its_own_gives_them_their_units()
    {
        var plan = Import(
            "某市2026年科技创新重点任务",
            "一、强化企业创新主体地位",
            "（一）实施高新技术企业倍增计划。建立高新技术企业培育库，全年新认定高新技术企业260家。",
            "（二）加快培育科技型中小企业。完善梯次培育机制，全年评价入库科技型中小企业1200家。",
            "（三）高标准建设某市实验室。完成实验室一期建设，引进领军团队5个。",
            "（四）推进概念验证中心和中试基地建设。建设概念验证中心3家、中试基地5家。",
            "（五）营造崇尚创新的社会氛围。办好全国科技活动周。",
            "（六）加强知识产权保护。建设知识产权保护中心。",
            "附件",
            "某市2026年科技创新重点任务清单",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t高新技术企业倍增\t市科学技术局\t市财政局、市税务局\t2026年12月",
            "2\t科技型中小企业培育\t市科学技术局\t各区人民政府\t2026年10月",
            "3\t某市实验室建设\t市科学技术局、某市高新区管委会\t市发展和改革委员会\t2026年12月",
            "4\t概念验证中心和中试基地建设\t市工业和信息化局\t市科学技术局\t2026年12月",
            "5\t科技创新券跨区域通兑\t市科学技术局\t各区人民政府\t2026年9月");

        Assert.Equal(new[] { "（一）", "（二）", "（三）", "（四）", "（五）", "（六）" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市科学技术局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市科学技术局", "某市高新区管委会" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("科技创新券跨区域通兑"));
    }

    [Theory]
    [InlineData("改造资金由县财政局统筹。", new string[0])]
    [InlineData("由县住建局负责，改造资金由县财政局统筹。", new[] { "县住建局" })]
    [InlineData("所需经费由县财政局保障，县住建局组织实施。", new[] { "县住建局" })]
    public void The_body_the_money_comes_from_is_given_no_part_of_the_work(string words, string[] leads)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）改造城镇老旧小区28个。" + words, "（二）推进其他工作。（县发改局负责）");

        Assert.Equal(leads, plan.Leads("（一）"));
        Assert.DoesNotContain("县财政局", plan.Supports("（一）"));
    }

    [Fact]
    public void An_annex_row_goes_to_the_task_whose_title_it_names_and_a_row_no_task_claims_alone_to_none()
    {
        // review-82 A1: 大气污染防治攻坚 took （一）推进产业绿色转型, whose words only mention air pollution, from the row that
        // names its title.
        var plan = Import(
            "某县2025年生态环境保护工作要点",
            "一、主要任务",
            "（一）推进产业绿色转型。淘汰落后产能，协同推进减污降碳和大气污染防治。",
            "（二）打好蓝天保卫战。加强工业废气治理，严控施工扬尘。",
            "（三）打好碧水保卫战。全面落实河湖长制。",
            "（四）打好净土保卫战。开展土壤污染状况调查。",
            "（五）加强农村环境整治。推进农村生活污水治理。",
            "二、保障措施",
            "加强组织领导。",
            "附件：重点任务责任分工表",
            "序号\t重点任务\t牵头单位",
            "1\t大气污染防治攻坚\t县生态环境分局",
            "2\t河湖长制落实\t县水利局",
            "3\t土壤污染状况调查\t县自然资源局",
            "4\t农村生活污水治理\t县住建局",
            "5\t产业绿色转型升级\t县工业和信息化局");

        Assert.Equal(new[] { "县工业和信息化局" }, plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（三）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("大气污染防治攻坚"));
    }

    [Fact]
    public void An_annex_of_projects_is_work_of_its_own()
    {
        var plan = Import(
            "某县2025年乡村振兴重点工作方案",
            "一、重点任务",
            "（一）推进农村公路提质改造。加快农村公路建设，完善路网结构。",
            "（二）保障农村供水安全。推进城乡供水一体化。",
            "（三）治理农村生活污水。推进乡镇污水处理设施建设。",
            "二、保障措施",
            "（一）加强组织领导。",
            "附件：2025年重点项目清单",
            "序号\t项目名称\t建设规模\t责任单位",
            "1\t农村公路提质改造工程\t改造农村公路50公里\t县交通运输局",
            "2\t城乡供水一体化工程\t新建水厂1座\t县水利局",
            "3\t乡镇污水处理设施建设项目\t新建污水处理站5座\t县住建局");

        Assert.Equal(new[] { "农村公路提质改造工程", "城乡供水一体化工程", "乡镇污水处理设施建设项目" }, plan.Tasks.Select(t => t.Title).Where(t => t.EndsWith("工程") || t.EndsWith("项目")));
        Assert.Empty(plan.Tasks.First().InEffect.Leads);
    }

    [Theory]
    [InlineData("（县市场监管局负责监管，县教育局负责）", "县市场监管局")]
    [InlineData("（由县教育局负责，县市场监管局负责监管）", "县教育局")]
    public void Oversight_named_first_is_the_tasks_work_and_named_after_the_doer_is_no_part_of_it(string bracket, string lead)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）加强校园食品安全监管。开展学校食堂检查。" + bracket);

        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
    }

    [Fact]
    public void A_county_bureau_that_coordinates_the_townships_doing_the_work_leads_it()
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）推进基层医疗卫生服务能力提升。（县卫健委统筹推进，各乡镇卫生院具体负责）");

        Assert.Equal(new[] { "县卫健委" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "各乡镇卫生院" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("2024年试点工作由县卫健局牵头，县医保局配合。今年全面推开DRG付费改革，由县医保局负责。", "县医保局")]
    [InlineData("一是推进垃圾分类，县城管局牵头，各街道配合；二是建设回收网点，由县商务局负责。", null)]
    public void An_earlier_sentence_of_history_or_of_an_item_is_not_the_tasks_roles(string words, string? lead)
    {
        var plan = Import("某县2025年工作要点", "一、重点任务", "（一）深化改革。" + words, "（二）推进其他工作。（县发改局负责）");

        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("a later part of the task is given to"));
        if (lead is not null)
        {
            Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        }
    }

    [Fact]
    public void A_clause_after_the_last_items_stop_is_the_tasks_though_an_earlier_item_names_its_own()
    {
        // review-82 B1.
        var plan = Import("某县2025年工作要点", "一、重点任务", "（一）推进乡村振兴。一是巩固脱贫成果（县乡村振兴局负责）；二是发展特色产业；三是建设和美乡村。（县农业农村局牵头，各乡镇配合）");

        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（一）"));
    }

    [Fact]
    public void Money_a_body_leads_the_handing_out_of_is_its_work()
    {
        // review-82 B2.
        var plan = Import("某县2025年工作要点", "一、重点任务", "（一）做好惠民惠农财政补贴资金“一卡通”管理。补贴资金由县财政局牵头，县农业农村局、县民政局配合。");

        Assert.Equal(new[] { "县财政局" }, plan.Leads("（一）"));
    }

    [Fact]
    public void A_remark_handing_the_rows_work_to_another_body_gives_it_the_lead()
    {
        var csv = string.Join("\n",
            "序号,重点工作,牵头单位,配合单位,备注",
            "1,新增城镇就业5000人,区人社局,区发改局,",
            "2,培育限额以上商贸企业30家,区发改局,区统计局,经区政府常务会议研究，该项工作牵头单位调整为区商务局，区发改局、区统计局配合。",
            "3,加强问题整改,区住建局,,以问题整改为重点");
        var plan = ImportedModel.FromFile("ledger.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "区人社局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区商务局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区发改局", "区统计局" }, plan.Supports("2"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("the 备注 gives the work to another lead"));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("3"));
    }
}
