using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes a hostile run found against the rules for brackets after a task, places and groups among units, officials,
/// decision lists and long paragraphs (invented words): no wrong lead, no invented unit, no lost task.
/// </summary>
public class HostileBracketAndPlaceTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines), year: 2024);

    private static string[] UnitNames(ImportedModel plan) => plan.Model.Units.Select(u => u.FullName ?? u.Id).ToArray();

    [Fact]
    public void Brackets_of_examples_objects_or_lessons_name_nobody()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进公共文化设施免费开放。（如县图书馆、县文化馆等）",
            "2.实施敬老院改造提升工程。（含县中心敬老院、城关镇敬老院）",
            "3.加强专科建设，重点建设胸痛中心、卒中中心。（胸痛中心、卒中中心、创伤中心）",
            "4.开齐开足国家规定课程。（体育课、音乐课、美术课）",
            "5.加强中小学生安全教育。（安全教育课、法治教育课）",
            "6.推进基层医疗机构标准化建设。（县卫健局）");
        foreach (var label in new[] { "1.", "2.", "3.", "4.", "5." })
        {
            Assert.Empty(plan.Leads(label));
        }

        Assert.Equal(new[] { "县卫健局" }, plan.Leads("6."));
        Assert.DoesNotContain(UnitNames(plan), n => n.StartsWith("如") || n.StartsWith("含") || n.EndsWith("课") || n.EndsWith("中心"));
    }

    [Theory]
    [InlineData("注：括号内为配合单位，牵头单位均为县发改局。")]
    [InlineData("说明：各项任务后括号内为督办单位。")]
    public void A_note_that_the_brackets_hold_supporters_or_supervisors_keeps_them_from_leading(string note)
    {
        var plan = Import(note, "一、重点任务", "1.深化“放管服”改革。（县行政审批局、县市场监管局）");
        Assert.Empty(plan.Leads("1."));
    }

    [Fact]
    public void A_note_that_the_lists_have_no_order_makes_every_bracketed_unit_lead()
    {
        var plan = Import("注：括号内单位排名不分先后。", "一、重点任务", "（二）开展窗口服务评议。（区纪委监委、区政务服务中心）");
        Assert.Equal(new[] { "区纪委监委", "区政务服务中心" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Phrases_posts_and_kinds_of_government_are_no_units()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进县城供热管网改造，由县委书记任组长的领导小组负责落实。",
            "2.落实河湖管护，由属地政府负责落实。",
            "3.加强督查督办。（牵头单位：县政府办；配合单位：县委常委、县委办主任王某）",
            "4.完善社区服务，由区委常委、组织部部长刘某负责，区民政局牵头。",
            "5.改厕任务分别由县住建局、县农业农村局负责，年底前完成改厕3000户。");
        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县政府办" }, plan.Leads("3."));
        Assert.Empty(plan.Supports("3."));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("4."));
        Assert.Equal(new[] { "县住建局", "县农业农村局" }, plan.Leads("5."));
        Assert.DoesNotContain(UnitNames(plan), n => n.Contains("常委") || n.Contains("的") || n.StartsWith("属地"));
    }

    [Fact]
    public void Kinds_of_area_are_no_places_and_groups_of_project_bodies_are_groups()
    {
        var plan = Import(
            "一、重点任务",
            "1.加快起步区建设。（牵头单位：市发改委；配合单位：起步区、棚改区、越秀区）",
            "2.做好项目统计入库工作。（牵头单位：市统计局；配合单位：各项目业主单位、各项目实施单位）");
        Assert.Equal(new[] { "越秀区" }, plan.Supports("1."));
        Assert.Equal(new[] { "各项目业主单位", "各项目实施单位" }, plan.Supports("2."));
    }

    [Fact]
    public void A_bracket_closed_on_the_next_line_gives_each_body_one_name()
    {
        var plan = Import(
            "一、重点任务",
            "1.完善留学人员服务体系。（牵头单位：市留学办",
            "配合单位：市财政局、市教育局）",
            "2.做好留学人员子女入学。（牵头单位：市教育局；配合单位：市留学办）");
        Assert.Equal(new[] { "市教育局" }, plan.Leads("2."));
        Assert.DoesNotContain(UnitNames(plan), n => n.EndsWith("）"));
        Assert.Single(UnitNames(plan), n => n == "市教育局");
    }

    [Fact]
    public void A_list_of_numbers_after_a_tasks_mark_is_its_words()
    {
        var plan = Import(
            "一、重点任务",
            "2、加快棚户区改造，1、2、3号楼于6月底前完成主体施工。",
            "4、5号楼于年底前交付使用。（县城投公司）",
            "3、推进保障性住房建设。（县住建局）");
        Assert.Equal(new[] { "2、", "3、" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_decision_list_keeps_its_rows_around_a_row_that_says_none_or_cannot_be_placed()
    {
        var pipes = Import(
            "序号 | 决策事项名称 | 承办单位 | 计划完成时间 |",
            "1 | 区公交线网优化方案 | 区交通运输局 | 2023.06 |",
            "2 | 无 |",
            "3 | 区生活垃圾分类实施方案 | 区城管局 | 2023.10 |");
        Assert.Equal(new[] { "区交通运输局" }, pipes.Leads("1"));
        Assert.Equal(new[] { "区城管局" }, pipes.Leads("3"));

        var cells = Import(
            "序号 |", "决策事项名称 |", "承办单位 |",
            "1 |", "区公交线网优化方案 |", "区交通运输局 |",
            "2 |", "区属国有企业改革方案 |", "按职责分工 |",
            "3 |", "区生活垃圾分类实施方案 |", "区城管局 |");
        Assert.Equal(new[] { "1", "2", "3" }, cells.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(cells.Leads("2"));
        Assert.Equal(new[] { "区城管局" }, cells.Leads("3"));

        var longCategory = Import(
            "序号 |", "决策事项名称 |", "承办单位 |",
            "一、涉及经济社会发展全局的重大规划，包括国民经济和社会发展规划、国土空间规划、生态环境保护、综合交通、教育、卫生健康、应急管理等重要专项规划和区域规划 |",
            "1 |", "县国土空间总体规划 |", "县自然资源局 |",
            "二、重大公共政策 |",
            "1 |", "县义务教育阶段学区划分方案 |", "县教育局 |");
        Assert.Equal(new[] { "县自然资源局" }, longCategory.Names(longCategory.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "县教育局" }, longCategory.Names(longCategory.Tasks.Last().InEffect.Leads));
    }

    [Theory]
    [InlineData("省林业局市林业局县人民医院")]
    [InlineData("县民政局，配合单位：县财政局（牵头单位：")]
    [InlineData("，明确分工，县民政局牵头，县财政局配合，县住建局、县教育局分别负责")]
    public void A_long_paragraph_of_one_shape_repeated_imports_whole(string piece)
    {
        // 40,000 characters of one shape in one paragraph: each rule's work stays bounded (a quadratic rule took minutes).
        var paragraph = "1.推进工作（牵头单位：" + string.Concat(Enumerable.Repeat(piece, 40_000 / piece.Length));
        var plan = Import("一、重点任务", paragraph, "2.完成改造。（县住建局负责）");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
    }

    [Fact]
    public void Who_convenes_or_heads_a_trip_and_what_was_done_last_year_name_no_unit()
    {
        var plan = Import(
            "一、议定事项",
            "1.关于城区供水问题，由县长召集县水利局、县住建局研究，抓紧拿出方案。",
            "2.关于招商问题，由县委、县政府主要领导带队，县商务局负责，赴外招商。",
            "3.推进道路建设。去年，由县城投公司负责，建成道路5公里。今年继续推进。",
            "4.推进规划编制。由县发改局负责牵头编制的规划已于3月完成。");
        Assert.DoesNotContain(UnitNames(plan), n => n.Contains("召集") || n.Contains("带队") || n.Contains("领导"));
        Assert.DoesNotContain("县城投公司", plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_topic_a_signature_or_a_heading_of_measures_is_no_bodys_name_over_tasks()
    {
        var plan = Import(
            "一、推进数字化建设",
            "数字政府",
            "1.建设政务服务平台。",
            "2.推进数据共享。",
            "县人民政府办公室",
            "1.抄送县委办、县人大办。");
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));

        var measures = Import(
            "二、新建特色学校10所,年内投资1000万元。",
            "市民政局",
            "一、新建养老服务站20个,年内建成。",
            "保障措施",
            "一、市财政局要保障资金，年内拨付5000万元。");
        var tasks = measures.Tasks.ToList();
        Assert.Equal(new[] { "市民政局" }, measures.Names(tasks[1].InEffect.Leads));
        Assert.DoesNotContain("市民政局", measures.Names(tasks[2].InEffect.Leads));
    }

    [Fact]
    public void Contact_lines_before_the_first_task_are_no_tasks()
    {
        var plan = Import(
            "(1)联系人：县发改局张三，电话12345678。",
            "(2)联系人：县财政局李四，电话87654321。",
            "一、推进项目建设",
            "1.完成投资100亿元。（县发改局）");
        Assert.Equal(new[] { "1." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_task_cell_with_a_count_stays_a_cell_and_a_body_acting_on_others_is_no_name()
    {
        var table = Import(
            "序号", "责任单位", "工作任务",
            "1", "市发改委", "推进重大项目建设(30项)",
            "2", "市住建局", "实施城市更新行动");
        Assert.Equal(new[] { "市发改委" }, table.Leads("1"));
        Assert.Equal("推进重大项目建设(30项)", table.Task("1").Title);
        Assert.Empty(table.Model.Sections);

        var plan = Import(
            "一、主要指标",
            "(1)新增城镇就业1.5万人。(市人社局督促各县区组织落实)",
            "(2)完成造林1万亩。(市林业局统筹各县区组织落实)");
        Assert.DoesNotContain(UnitNames(plan), n => n.Contains("督促") || n.Contains("统筹"));
    }

    [Fact]
    public void One_lists_own_no_order_note_is_that_lists_and_words_of_principle_or_a_first_stage_are_no_past()
    {
        var plan = Import(
            "一、重点任务",
            "1.发展电商。建设站点。",
            "责任单位：县商务局、县邮政局（不分先后）",
            "2.推进养老服务。建设站点。",
            "责任单位：县民政局、县卫健局",
            "3.推进改造。原则上,由县住建局负责,年底前完成。",
            "4.推进调研。前期,由县发改局负责,年内完成论证。");
        Assert.Equal(new[] { "县商务局", "县邮政局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县卫健局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("4."));
    }
    [Theory]
    [InlineData("5.")]
    [InlineData("1、")]
    [InlineData("一、重点任务\n（二）强化考核巡查。（牵头单位：市安委办）\n5.\n完善安全生产考核办法。")]
    public void A_number_with_nothing_after_it_is_read_not_a_crash(string text)
    {
        // Found by ImporterPropertyTests (seed 6LYBzIYDEmX1): a number alone on its line; looking for a last sentence
        // that opens with 由 read one character past the empty line's end.
        var result = WorkPlanDsl.Import.PlanImporter.Import(text, new WorkPlanDsl.Import.ImportOptions("document.txt") { Year = 2024 });
        Assert.True(result.Plan is not null || !string.IsNullOrEmpty(result.Error));
        if (result.Plan is not null)
        {
            Assert.False(WorkPlanDsl.Language.PlanCompiler.Compile(result.Plan).HasErrors, result.Plan);
        }
    }
}
