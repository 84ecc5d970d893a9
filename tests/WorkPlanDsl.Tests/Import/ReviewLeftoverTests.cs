using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Cases the thirty-fourth review left wrong in every build: work already done or handed on once built, an action's
/// object read as a body, and two bodies glued where the second is a detachment of its own force.
/// </summary>
public class ReviewLeftoverTests
{
    private static ImportedModel Task(string words) => ImportedModel.From(string.Join("\n", "某县2024年民生实事", "一、城市建设", "（一）" + words));

    [Theory]
    [InlineData("推进县一中新校区建设。项目前期工作已由县发展和改革局负责完成，今年确保主体工程完工。")]
    [InlineData("新建城区公厕20座。建成后移交县城市管理局负责日常运营管理。")]
    [InlineData("新建城区公厕20座。验收合格后，移交县城市管理局负责管护。")]
    public void Work_done_already_or_handed_on_once_built_names_no_lead(string words)
        => Assert.Empty(Task(words).Leads("（一）"));

    [Theory]
    [InlineData("理顺城市客运管理体制。将城市客运管理职责移交市交通运输局承担。", "市交通运输局")]
    [InlineData("理顺医保管理体制。该项职责在机构改革后划转县医疗保障局承担。", "县医疗保障局")]
    public void A_duty_handed_to_a_body_now_is_still_that_bodys(string words, string lead)
        => Assert.Equal(new[] { lead }, Task(words).Leads("（一）"));

    [Fact]
    public void Who_pays_beside_who_leads_leaves_the_lead()
        => Assert.Equal(new[] { "县住建局" }, Task("新建口袋公园5个。县住建局负责，所需资金由县财政局负责统筹。").Leads("（一）"));

    [Fact]
    public void An_actions_object_ending_like_a_school_is_no_body()
    {
        var plan = Task("加强家校协同。加强家校配合，办好家长学校，县教育局负责，县妇联配合。");
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县妇联" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("开展金融服务。（建设银行、农业银行负责）", "建设银行", "农业银行")]
    [InlineData("做好统筹服务。（县统筹办负责，县财政局配合）", "县统筹办", "县财政局")]
    [InlineData("建设污水处理厂。（建设管理处牵头，计划财务处配合）", "建设管理处", "计划财务处")]
    public void A_bank_or_an_office_named_for_an_action_stays_a_body(string words, string lead, string support)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(new[] { support }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("开展整治。责任单位：市住房和城乡建设局市消防救援支队", "市住房和城乡建设局", "市消防救援支队")]
    [InlineData("開展整治。責任單位：市住房和城鄉建設局市消防救援支隊", "市住房和城鄉建設局", "市消防救援支隊")]
    public void A_fire_and_rescue_detachment_glued_after_a_bureau_is_a_body_of_its_own(string words, string lead, string support)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(new[] { support }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("开展整治。责任单位：市公安局市区分局", "市公安局市区分局")]
    [InlineData("开展整治。责任单位：市公安局交通警察支队", "市公安局交通警察支队")]
    public void A_police_branch_after_its_bureau_stays_one_body(string words, string lead)
        => Assert.Equal(new[] { lead }, Task(words).Leads("（一）"));

    [Fact]
    public void A_defect_of_the_recogniser_is_an_error_to_report_not_an_exception()
    {
        // A block without text stands for any defect: no reader makes one.
        var document = new PlanDocument("plan.docx", new DocumentBlock[] { new ParagraphBlock(1, "某县2024年工作要点"), new ParagraphBlock(2, null!) });
        var result = PlanImporter.Import(document, new ImportOptions("plan.docx"));
        Assert.Null(result.Plan);
        Assert.Contains("defect of the importer", result.Error);
    }

    [Theory]
    [InlineData("做好移交。（移交工作组负责）")]
    [InlineData("做好服务。（局负责）")]
    [InlineData("做好服务。（办负责，县财政局配合）")]
    public void Short_and_one_character_names_never_stop_the_import(string words)
    {
        var result = PlanImporter.Import(string.Join("\n", "某县2024年民生实事", "一、城市建设", "（一）" + words), "plan.txt");
        Assert.Null(result.Error);
        Assert.NotNull(result.Plan);
    }
}
