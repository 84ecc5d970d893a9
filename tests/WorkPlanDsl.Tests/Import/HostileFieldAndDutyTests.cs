using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes a hostile run found against the rules for numbered fields, sections of duties, overall responsibility,
/// addressed items and text that holds markup (invented words): no crash, no wrong lead, no task lost.
/// </summary>
public class HostileFieldAndDutyTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines), year: 2024);

    [Theory]
    [InlineData("(1)加强应急预案管理。\n配合单位：市应急局\n(2)完善演练制度。")]
    [InlineData("(1)加强应急预案管理；(2)由市应急局负责组织演练。\n一、保障措施")]
    public void A_page_starting_inside_a_list_of_measures_is_read_not_a_crash(string text)
    {
        var result = PlanImporter.Import(text, new ImportOptions("page.txt") { Year = 2024 });
        Assert.NotNull(result.Plan);
        Assert.False(WorkPlanDsl.Language.PlanCompiler.Compile(result.Plan!).HasErrors, result.Plan);
    }

    [Fact]
    public void Numbered_lines_that_name_who_does_them_between_fields_and_titles_of_work_repeated_by_year_stay_tasks()
    {
        var fields = Import(
            "一、大气污染防治",
            "（一）主要任务：",
            "1、淘汰燃煤小锅炉100台。（市生态环境局负责）",
            "2、治理建筑工地扬尘。（市住建局负责）",
            "（二）完成时限：2024年12月底",
            "二、水污染防治",
            "（一）主要任务：",
            "1、整治黑臭水体10条。（市城管局负责）",
            "（二）完成时限：2024年12月底");
        Assert.Equal(3, fields.Tasks.Count());
        Assert.Equal(new[] { "市住建局" }, fields.Names(fields.Tasks.Single(t => t.Title.StartsWith("治理建筑工地扬尘")).InEffect.Leads));

        var years = Import(
            "一、2024年",
            "（一）推进老旧小区改造：完成30个。（市住建局负责）",
            "（二）建设城市口袋公园：新建10个。（市城管局负责）",
            "二、2025年",
            "（一）推进老旧小区改造：完成40个。（市住建局负责）",
            "（二）建设城市口袋公园：新建15个。（市城管局负责）");
        Assert.Equal(4, years.Tasks.Count());
        Assert.All(years.Tasks.Where(t => t.Title.StartsWith("建设")), t => Assert.Equal(new[] { "市城管局" }, years.Names(t.InEffect.Leads)));

        var measures = Import(
            "1.推进老旧小区改造。（市住建局负责）",
            "(1)目标：完成改造50个小区。",
            "(2)措施：分批实施。",
            "2.建设口袋公园。（市城管局负责）",
            "(1)目标：新建口袋公园20个。",
            "(2)措施：利用边角地建设。");
        Assert.Equal(new[] { "市城管局" }, measures.Leads("2."));
    }

    [Fact]
    public void A_destination_is_no_purpose_and_projects_under_a_title_of_duties_name_no_one()
    {
        var destination = Import(
            "一、打造全域旅游目的地",
            "县文旅局负责创建国家全域旅游示范区。",
            "二、建设旅游集散中心",
            "县住建局负责建设旅游集散中心。");
        Assert.Equal(2, destination.Tasks.Count());

        var projects = Import(
            "二、项目及职责分工",
            "（一）县体育中心",
            "改造田径场和游泳馆，2024年10月底前投入使用。",
            "（二）市图书馆新馆",
            "建设市图书馆新馆，藏书规模达到100万册。");
        Assert.All(projects.Tasks, t => Assert.Empty(t.InEffect.Leads));
        Assert.Empty(projects.Model.Units);
    }

    [Fact]
    public void A_government_s_overall_responsibility_beside_the_body_that_does_the_work_does_not_take_its_lead()
    {
        var plan = Import(
            "1.加强扬尘管控。（市住建局负责，各县区政府负总责）",
            "2.推进燃煤锅炉淘汰。（市生态环境局牵头，各县区政府负总责）",
            "3.整治农村垃圾。（县纪委监委问责，各乡镇落实）");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("2."));

        // Who holds others to account does not do the work: those who carry it out lead.
        Assert.Equal(new[] { "各乡镇" }, plan.Leads("3."));
    }

    [Fact]
    public void An_item_addressed_to_several_bodies_that_says_which_of_them_leads_is_led_by_that_one()
    {
        var plan = Import(
            "（一）市公安局、市交通运输局：由市交通运输局牵头，做好春运组织工作。",
            "（二）市卫健委、市疾控中心：市疾控中心负责做好车站传染病监测，市卫健委指导。");
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市疾控中心" }, plan.Leads("（二）"));
        Assert.DoesNotContain("市卫健委", plan.Supports("（二）"));
    }

    [Theory]
    [InlineData("<p>临江市2024年重点工作</p>\n1.推进重大项目建设。（市发改委负责）\n2.加快工业转型升级。（市工信局负责）")]
    [InlineData("<div>\n1.推进重大项目建设。（市发改委负责）\n2.加快工业转型升级。（市工信局负责）\n</div>")]
    [InlineData("<div class=\"TRS_Editor\">\n临江市2024年重点工作任务分解\n1.推进重大项目建设。（市发改委负责）\n2.加快工业转型升级。（市工信局负责）\n</div>")]
    public void Plain_text_that_opens_with_a_tag_keeps_its_lines(string text)
    {
        var read = WorkPlanDsl.Import.Documents.DocumentReader.Read("plan.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var plan = ImportedModel.From(PlanImporter.Import(read.Document!, new ImportOptions("plan.txt") { Year = 2024 }));
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市工信局" }, plan.Leads("2."));
    }
    [Fact]
    public void Projects_over_their_fields_and_items_labelled_by_category_stay_tasks()
    {
        var projects = Import(
            "临江市2024年重点项目",
            "1.临江大道改造项目",
            "（一）责任单位：市住建局",
            "（二）完成时限：2024年12月底",
            "2.滨江公园建设项目",
            "（一）责任单位：市城管局",
            "（二）完成时限：2024年10月底");
        Assert.Equal(new[] { "1.", "2." }, projects.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市城管局" }, projects.Leads("2."));
        Assert.Empty(projects.Supports("1."));

        var categories = Import(
            "1.教育：新建中小学校10所。（市教育局负责）",
            "2.教育：新增幼儿园学位3000个。（市教育局负责）",
            "3.医疗：建设医共体5个。（市卫健委负责）",
            "4.医疗：新建村卫生室30个。（市卫健委负责）");
        Assert.Equal(4, categories.Tasks.Count());
        Assert.Equal(new[] { "市卫健委" }, categories.Leads("4."));

        // A gap line that names its doer in prose is a task, not the field's words.
        var prose = Import(
            "一、国企改革",
            "（一）改革内容：组建两个集团。",
            "1、组建市城市发展集团，市国资委负责。",
            "2、组建市文旅集团，市文旅局负责。",
            "（二）完成时限：2024年底",
            "二、财政改革",
            "（一）改革内容：预算绩效管理。",
            "（二）完成时限：2024年底");
        Assert.Contains(prose.Tasks, t => t.Title.StartsWith("组建市文旅集团"));
    }

    [Theory]
    [InlineData("一、加强火源管控。县林业局负责。\n二、强化监测预警。县气象局负责。\n重点区域：\n1 临江镇 东山林场\n2 河口镇 西岭林区\n3 大坝乡 南山林区")]
    [InlineData("一、加强火源管控。县林业局负责。\n二、强化监测预警。县气象局负责。\n1 号楼 市发改委、市财政局\n2 号楼 市教育局\n3 号楼 市卫健委")]
    public void Places_and_floors_numbered_with_a_space_are_no_tasks(string text)
    {
        var plan = ImportedModel.From(text, year: 2024);
        Assert.Equal(new[] { "一、", "二、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县林业局" }, plan.Leads("一、"));
    }

    [Fact]
    public void A_body_the_words_after_an_addressed_colon_name_besides_the_addressees_does_not_lead()
    {
        var plan = Import(
            "（一）市人社局、市医保局：支持各县区牵头建设零工市场。",
            "（二）市公安局、市司法局：在市委政法委牵头下，开展平安建设。");
        Assert.Equal(new[] { "市人社局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("（二）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("支持") || (u.FullName ?? u.Id).StartsWith("在"));
    }

    [Fact]
    public void Text_after_a_table_of_metadata_keeps_its_lines()
    {
        var read = WorkPlanDsl.Import.Documents.DocumentReader.Read("plan.txt", System.Text.Encoding.UTF8.GetBytes(
            "<table><tr><td>索引号</td><td>001/2024-12</td></tr></table>\n临江市2024年重点工作安排\n1.推进老旧小区改造（市住建局负责）\n2.建设城市停车场（市城管局负责）"));
        var plan = ImportedModel.From(PlanImporter.Import(read.Document!, new ImportOptions("plan.txt") { Year = 2024 }));
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Glued_numbers_restart_under_each_heading_and_a_list_that_lost_one_stop_keeps_its_task()
    {
        var restart = Import(
            "一、深化政务服务改革",
            "1完善政务服务事项清单。（市政务服务中心负责）",
            "2推进“一件事一次办”改革。（市政务服务中心负责）",
            "二、加强法治政府建设",
            "1完善规范性文件清理制度。（市司法局负责）",
            "2落实重大行政决策程序。（市政府办负责）");
        Assert.Equal(4, restart.Tasks.Count());
        Assert.Equal(new[] { "市政府办" }, restart.Names(restart.Tasks.Last().InEffect.Leads));

        var lost = Import(
            "1、推进老旧小区改造。（市住建局负责）",
            "2推进城市停车场建设。（市城管局负责）",
            "3、新建幼儿园5所。（市教育局负责）");
        Assert.Equal(new[] { "1、", "2", "3、" }, lost.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市城管局" }, lost.Leads("2"));
        Assert.Empty(lost.Supports("1、"));
    }

    [Fact]
    public void The_rest_of_a_ruled_list_support()
    {
        var plan = Import("1.优化跨境贸易。（市商务局、临江海关，排名第一的为牵头单位，其余为配合单位）");
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "临江海关" }, plan.Supports("1."));
    }
    [Fact]
    public void A_spaced_list_of_projects_closing_with_who_does_them_is_tasks()
    {
        var plan = Import(
            "临江市2024年为民办实事项目",
            "1 城乡居民免费体检。（市卫健委负责）",
            "2 农村饮水安全巩固提升。（市水利局负责）",
            "3 老旧小区改造。（市住建局负责）");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市水利局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_field_of_the_role_table_may_carry_a_note_without_undoing_the_fields()
    {
        var plan = Import(
            "临江市2024年重点项目推进方案",
            "一、城东污水处理厂建设",
            "（一）责任单位：市住建局",
            "（二）配合单位：市生态环境局",
            "（三）完成时限：2024年12月（由市住建局牵头验收）",
            "二、城西综合管廊建设",
            "（一）责任单位：市城管局",
            "（二）配合单位：市财政局",
            "（三）完成时限：2025年6月");
        Assert.Equal(new[] { "一、", "二、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市城管局" }, plan.Leads("二、"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("二、"));
    }

    [Fact]
    public void A_table_fragment_whose_cells_hold_their_words_on_lines_of_their_own_is_read_as_HTML()
    {
        var read = WorkPlanDsl.Import.Documents.DocumentReader.Read("table.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "<table>",
            "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>",
            "<tr><td>1</td><td>",
            "推进老旧小区改造",
            "</td><td>市住建局</td></tr>",
            "<tr><td>2</td><td>",
            "完善城市排水管网",
            "</td><td>市水务局</td></tr>",
            "</table>")));
        var plan = ImportedModel.From(PlanImporter.Import(read.Document!, new ImportOptions("table.txt") { Year = 2024 }));
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Contains(plan.Tasks, t => plan.Names(t.InEffect.Leads).SequenceEqual(new[] { "市水务局" }));
    }

    [Fact]
    public void A_level_carrying_its_own_parenthesis_is_not_glued_to_the_body_after_it()
    {
        var plan = Import(
            "1.加强基层治理。（各乡镇‹街道>、市民政局负责）",
            "2.加强卫生。（各乡镇（街道）、市卫健委负责）");
        Assert.Equal(new[] { "市民政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市卫健委" }, plan.Supports("2."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).EndsWith("市民政局") && (u.FullName ?? u.Id).StartsWith("各"));
    }

    [Theory]
    [InlineData("2处历史街区完成保护性修缮。（市住建局负责）")]
    [InlineData("2栋危房完成改造。（市住建局负责）")]
    [InlineData("2季度前完成主体工程。（市住建局负责）")]
    public void A_quantity_or_a_list_s_entry_after_a_colon_between_1_and_3_is_no_task(string line)
    {
        var plan = Import("1、实施老旧小区改造工程，其中：", line, "3、推进城市停车场建设。（市城管局负责）");
        Assert.Equal(new[] { "1、", "3、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1、"));
    }
}
