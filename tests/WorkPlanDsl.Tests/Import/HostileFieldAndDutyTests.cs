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
}
