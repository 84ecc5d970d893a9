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
    public void Two_parts_of_a_task_each_closing_with_their_own_sole_accountable_unit_are_both_its_leads()
    {
        var plan = Import(
            "某省污染防治工作方案",
            "（一）加强移动源污染防治。淘汰老旧柴油货车（责任单位：省交通运输厅；配合单位：省公安厅），推广新能源公交车（责任单位：省住房城乡建设厅；配合单位：省财政厅），完善排放检验监管。",
            "（二）强化生态保护修复。完成红线勘界（责任单位：省自然资源厅），开展自然保护地监督（责任单位：省生态环境厅；配合单位：省林业局）。",
            "（三）推进污水处理提质。新建管网200公里（责任单位：省住房城乡建设厅），改造泵站10座（责任单位：省住房城乡建设厅）。");

        Assert.Equal(new[] { "省交通运输厅", "省住房城乡建设厅" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "省公安厅", "省财政厅" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "省自然资源厅", "省生态环境厅" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "省林业局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "省住房城乡建设厅" }, plan.Leads("（三）"));
        Assert.Equal(2, plan.Result.Notes.Count(n => n.Message.Contains("two parts of the task each name one accountable unit")));
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
}
