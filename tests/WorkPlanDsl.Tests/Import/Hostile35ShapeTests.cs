using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes from the thirty-fifth and thirty-sixth outside rounds: a bare list whose lead carries its own mark, the
/// one-character marks of a narrow cell (（牵）, （配）), one body alone 按职责分工负责, and 抓好落实 — who carries the
/// work out, the lead only where nobody else leads it.
/// </summary>
public class Hostile35ShapeTests
{
    private static ImportedModel Task(string words) => ImportedModel.From(string.Join("\n", "某市2024年工作要点", "一、重点任务", "（一）" + words));

    [Theory]
    [InlineData("推进产教融合实训基地建设。完善配套政策。（市住房城乡建设局、市数据局（牵头）、市科技局）", "市数据局", "市住房城乡建设局|市科技局")]
    [InlineData("开展满意度第三方评估。健全工作机制。（市交投集团（牵头）、市农业农村局）", "市交投集团", "市农业农村局")]
    [InlineData("落实十八项核心制度。责任科室：护理部（配）、医务部（牵）、门诊部（配）", "医务部", "护理部|门诊部")]
    [InlineData("强化院感防控。（院感科（牵）、护理部（参））", "院感科", "护理部")]
    public void A_mark_on_one_name_of_a_list_makes_it_the_lead(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void A_list_with_a_note_on_one_name_but_no_mark_follows_the_convention()
    {
        var plan = Task("推进数据共享。（市科技局、市数据局（2024年新组建））");
        Assert.Equal(new[] { "市科技局" }, plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("推进老年教育。（督导室按职责分工负责）", "督导室", "")]
    [InlineData("推进校舍安全排查。（县民政局按职责分工负责，县财政局配合）", "县民政局", "县财政局")]
    public void One_body_alone_in_its_own_remit_leads(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Length == 0 ? System.Array.Empty<string>() : supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void A_group_alone_in_its_own_remit_still_names_no_lead()
        => Assert.Empty(Task("加强危化品运输监管。（区安委会各成员单位按职责分工负责）").Leads("（一）"));

    [Theory]
    [InlineData("持续深化理论武装。举办专题读书班2期。机关工委宣传部抓好落实。", "机关工委宣传部", "")]
    [InlineData("常态化开展警示教育。组织旁听庭审。机关纪工委抓好落实，各部门机关纪委配合。", "机关纪工委", "各部门机关纪委")]
    [InlineData("推进改革。县发改局牵头，各乡镇抓好落实。", "县发改局", "各乡镇")]
    public void Who_sees_the_work_carried_out_leads_only_where_nobody_else_does(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Length == 0 ? System.Array.Empty<string>() : supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void Carrying_out_under_a_section_that_names_its_lead_supports()
    {
        var plan = ImportedModel.From(string.Join("\n", "某市2025年工作要点", "二、推进会展（市商务局牵头）", "1.推进会展。各县区抓好落实。", "2.办好展会。市会展中心抓好落实。"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各县区" }, plan.Supports("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市会展中心" }, plan.Supports("2."));
    }

    [Theory]
    [InlineData("推动污水接管。承办单位：水利局　会办单位：卫生局", "水利局", "卫生局")]
    [InlineData("推动污水接管。承辦單位：水利處　會辦單位：衛生局、財政稅務局", "水利處", "衛生局|財政稅務局")]
    [InlineData("扩大共餐据点。主責機關：社會局；協力機關：警察局", "社會局", "警察局")]
    [InlineData("修订招投标管理办法。【责任单位：项目建设科｜整改时限：2024年6月底｜配合单位：计划财务科】", "项目建设科", "计划财务科")]
    [InlineData("修订招投标管理办法。责任单位：项目建设科 | 配合单位：计划财务科", "项目建设科", "计划财务科")]
    [InlineData("开展燃气排查。牵 头 单 位：县住房和城乡建设局　配 合 单 位 ：县应急管理局", "县住房和城乡建设局", "县应急管理局")]
    [InlineData("实施企业倍增。责任单位：县工业和 信息化局　　完成时限：6月底　　配合单位：县财政局", "县工业和信息化局", "县财政局")]
    public void Fields_parted_by_bars_or_spaces_and_labels_spaced_out_are_read(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void Spaced_labels_on_lines_of_their_own_are_the_tasks_fields()
    {
        var plan = ImportedModel.From(string.Join("\n", "某县2024年工作要点", "一、安全", "（一）开展燃气安全隐患排查整治。",
            "牵 头 单 位：县住房和城乡建设局", "配 合 单 位 ：县应急管理局、县市场监督管理局", "（二）加强校园安全。", "责 任 单 位：县教育局"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县应急管理局", "县市场监督管理局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Spaced_characters_that_are_no_label_stay_as_they_are()
    {
        var plan = ImportedModel.From(string.Join("\n", "某县2024年工作要点", "一、安全", "（一）推 进 县 城：建设步行街。"));
        Assert.Contains("推 进 县 城", plan.Words());
    }

    [Fact]
    public void Other_accountable_units_alone_support_and_name_no_lead()
    {
        var plan = Task("推动平台经济规范健康发展。其他责任单位：市住房城乡建设局、市科技局");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Equal(new[] { "市住房城乡建设局", "市科技局" }, plan.Supports("（一）"));
    }

    [Fact]
    public void The_main_accountable_unit_leads_and_the_others_support()
    {
        var plan = Task("落实市场准入负面清单。主要责任单位：市科技局　其他责任单位：市住房城乡建设局");
        Assert.Equal(new[] { "市科技局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Supports("（一）"));
    }

    [Fact]
    public void A_bracket_inside_the_words_giving_part_of_the_work_yields_to_the_closing_clause()
    {
        var plan = Task("健全政企沟通机制。召开政企座谈会（由市工商业联合会承办会务）。（市发展和改革委员会负责）");
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("（一）"));
        Assert.Empty(plan.Supports("（一）"));
    }

    [Fact]
    public void A_dash_line_under_a_quoted_task_names_who_does_it_in_a_wrapped_document()
    {
        // Lines of about the same length, as a report's copy prints them: the dash lines must not be read as wrapped.
        var plan = ImportedModel.From(string.Join("\n",
            "某市2024年《政府工作报告》重点工作任务分工",
            "一、主要预期目标",
            "（1）“地区生产总值增长6%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内。”",
            "——市发改委牵头，市统计局、市财政局、市人社局配合。",
            "二、全力扩大有效需求",
            "（2）“实施重点项目建设攻坚行动，全年安排市级重点项目300个，完成投资1200亿元以上。”",
            "——市发展和改革委员会负责。",
            "（3）“加快城市更新和老旧小区改造，新开工改造城镇老旧小区180个，加装电梯200部。”",
            "——市住建局牵头，市自然资源和规划局、市财政局配合。",
            "（4）“推动文旅体深度融合，办好国际马拉松和乡村文化旅游节，接待游客增长10%。”",
            "（5）“推进重点流域水污染治理，国省考断面水质优良率稳定在90%以上，劣五类水体清零。”",
            "——以上两项由市生态环境局牵头，市水利局配合。"));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("（1）"));
        Assert.Equal(new[] { "市统计局", "市财政局", "市人社局" }, plan.Supports("（1）"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("（2）"));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("（3）"));
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("（4）"));
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("（5）"));
        Assert.Equal(new[] { "市水利局" }, plan.Supports("（5）"));
    }

    [Fact]
    public void Points_counted_as_qi_yi_are_tasks_each_with_its_own_lead()
    {
        var plan = ImportedModel.From(string.Join("\n", "某集团2024年工作要点", "一、优化布局",
            "其一，优化国有资本布局结构。推动非主业资产剥离。责任部门：战略发展部（牵头）/投资运营部",
            "其二，提升重大项目投资效益。严格投资决策。责任部门：投资运营部（牵头）/财务管理部",
            "二、深化改革",
            "其一，深化三项制度改革。推行任期制和契约化管理。责任部门：人力资源部（牵头）/董事会办公室"));
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "战略发展部" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "投资运营部" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "人力资源部" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
    }

    [Fact]
    public void A_years_promises_numbered_shi_shi_yi_are_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n", "某县2024年十件民生实事项目实施方案",
            "实事一：新建改扩建城区公办幼儿园3所。由县教育局组织实施，县财政局配合。",
            "实事二：实施农村供水保障提升工程。县水利局为责任单位。",
            "实事三：建设全民健身场地设施。由县文化和旅游局牵头，县体育运动中心配合。"));
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "县教育局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "县水利局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "县文化和旅游局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
    }

    [Theory]
    [InlineData("培育文旅市场主体。设立专项资金。市文化广电和旅游局、市财政局共同负责，前者牵头。")]
    [InlineData("培育文旅市场主体。（市文化广电和旅游局、市财政局共同负责，前者牵头）")]
    public void Of_two_given_the_work_together_the_former_leads_where_the_document_says_so(string words)
    {
        var plan = Task(words);
        Assert.Equal(new[] { "市文化广电和旅游局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("（一）"));
    }

    [Fact]
    public void The_former_leads_under_co_leads_too_and_no_convention_is_noted()
    {
        var text = string.Join("\n", "某市2024年工作要点", "一、重点任务", "（一）培育文旅市场主体。市文化广电和旅游局、市财政局共同负责，前者牵头。");
        var plan = ImportedModel.From(text, new WorkPlanDsl.Import.ImportOptions("plan.txt") { CoLeads = true });
        Assert.Equal(new[] { "市文化广电和旅游局" }, plan.Leads("（一）"));
        Assert.DoesNotContain(WorkPlanDsl.Import.PlanImporter.Import(text, "plan.txt").Notes, n => n.ToString("plan.txt").Contains("convention"));
    }
}
