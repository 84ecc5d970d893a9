using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes an outside run found misread: a group whose name holds brackets after a field (cut into a second lead), a
/// damaged character where a separator was or anywhere (the plan file could not be exported), 主要负责, courts' divisions,
/// square brackets, a group given a duty by a colon, and a part's lead said with 统筹推进.
/// </summary>
public class Hostile22ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("1．依法严厉打击涉黑涉恶犯罪，主责单位为刑侦支队，各县（市、区）公安局配合。")]
    [InlineData("1．依法严厉打击涉黑涉恶犯罪，主责单位：刑侦支队，各县（市、区）公安局配合。")]
    public void A_groups_bracket_after_a_field_is_its_names_not_the_fields_end(string line)
    {
        var plan = Import("××市公安局2024年工作要点", line);
        Assert.Equal(new[] { "刑侦支队" }, plan.Leads("1．"));
        Assert.Equal(new[] { "各县（市、区）公安局" }, plan.Supports("1．"));
    }

    [Fact]
    public void A_damaged_character_is_a_separator_between_fields_and_the_plan_it_writes_is_valid()
    {
        var result = WorkPlanDsl.Import.PlanImporter.Import(string.Join("\n",
            "某市2022年数字经济工作要点", "一、产业",
            "3．培育软件和信息技术服务业。（牵头单位：市工业和信息化局\uFFFD配合单位：市大数据局）",
            "8．建设智慧城市运行管理中心\uFFFD\uFFFD（牵头单位：市大数据局）"), "plan.txt");
        var plan = ImportedModel.From(result);
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("3．"));
        Assert.Equal(new[] { "市大数据局" }, plan.Supports("3．"));
        Assert.Equal(new[] { "市大数据局" }, plan.Leads("8．"));
        Assert.DoesNotContain('\uFFFD', result.Plan!);
        Assert.Contains("□□", result.Plan);
        Assert.DoesNotContain(WorkPlanDsl.Language.PlanCompiler.Compile(result.Plan!).Diagnostics, d => d.Id == WorkPlanDsl.Language.Diagnostics.DiagnosticIds.NotUtf8);
        Assert.Contains(result.Notes, n => n.Message.Contains("U+FFFD"));
    }

    [Fact]
    public void Principal_bodies_lead_together()
    {
        var plan = Import("某市2022年数字化转型重点任务", "（五）开展数字化转型人才培训1万人次。主要负责：市经济信息委、市大数据发展局。");
        Assert.Equal(new[] { "市经济信息委", "市大数据发展局" }, plan.Leads("（五）"));
    }

    [Fact]
    public void Courts_divisions_named_for_their_field_are_bodies()
    {
        var plan = Import(
            "某市中级人民法院2024年工作要点", "一、服务大局",
            "2．加强知识产权司法保护。承办部门：知识产权庭",
            "3．服务保障都市圈建设。承办部门：研究室　协办部门：各业务庭",
            "4．加强未成年人保护。承办部门：少年家事庭");
        Assert.Equal(new[] { "知识产权庭" }, plan.Leads("2．"));
        Assert.Equal(new[] { "各业务庭" }, plan.Supports("3．"));
        Assert.Equal(new[] { "少年家事庭" }, plan.Leads("4．"));
    }

    [Theory]
    [InlineData("［", "］")]
    [InlineData("[", "]")]
    public void Fields_in_square_brackets_leave_no_bracket_on_a_name(string open, string close)
    {
        var plan = Import("某省教育厅2025年工作要点", "一、思政", "1．推进大中小学思政课一体化建设。" + open + "责任处室：思想政治工作处，配合处室：基础教育处、职业教育处" + close);
        Assert.Equal(new[] { "思想政治工作处" }, plan.Leads("1．"));
        Assert.Equal(new[] { "基础教育处", "职业教育处" }, plan.Supports("1．"));
    }

    [Fact]
    public void A_group_given_a_duty_by_a_colon_leads_it_but_not_one_only_urged()
    {
        var plan = Import(
            "××市校园足球方案", "二、职责分工",
            "1.市财政局：负责落实校园足球专项经费。",
            "2.各区县教育局：负责本辖区校园足球普及工作。",
            "3.各有关部门：要加强协作。",
            "4.各地：负责做好宣传。");
        Assert.Equal(new[] { "各区县教育局" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_parts_lead_said_with_tongchou_tuijin_is_its_tasks_lead()
    {
        var plan = Import("某镇2023年工作要点", "三、增进民生福祉", "以下各项由镇社会事务办统筹推进。", "7．新增城镇就业岗位1200个。", "8．做好困难群众救助帮扶工作。");
        Assert.Equal(new[] { "镇社会事务办" }, plan.Leads("7．"));
        Assert.Equal(new[] { "镇社会事务办" }, plan.Leads("8．"));
    }

    [Theory]
    [InlineData("8．推进园区建设，责任单位：市发改委（市粮食局）市财政局。", "市发改委")]
    [InlineData("3．推进养老服务，牵头单位：区民政局（2024年12月底前）完成，配合单位：区财政局。", "区民政局")]
    [InlineData("4．整治市容环境，牵头单位：区城管局（区综合执法局）配合单位：区住建局。", "区城管局")]
    public void Only_levels_in_brackets_go_on_a_groups_name(string line, string lead)
    {
        var plan = Import("某市2024年工作要点", line);
        Assert.Equal(new[] { lead }, plan.Leads(line.Substring(0, 2)));
    }

    [Fact]
    public void A_group_addressed_with_a_colon_does_not_lead_where_the_line_names_a_lead()
    {
        var plan = Import("某市教育工作要点", "1. 各区县教育局：负责本辖区学位保障，市教育局牵头统筹，市发改委配合。");
        Assert.DoesNotContain("各区县教育局", plan.Leads("1."));
    }

    [Theory]
    [InlineData("3. 推进教育均衡。牵头单位：市\uFFFD阳区教育局；配合单位：市财政局。")]
    public void A_damaged_character_inside_a_name_does_not_cut_it(string line)
    {
        var plan = Import("某市2024年工作要点", line);
        Assert.Equal(new[] { "市□阳区教育局" }, plan.Leads("3."));
    }

    [Theory]
    [InlineData("1. 推进招商引资，区商务局牵头，经开区管委会协助。", "经开区管委会")]
    [InlineData("1. 打击经济犯罪，区公安分局牵头，经侦大队协助。", "经侦大队")]
    [InlineData("1. 推进后勤保障，办公室牵头，经总务处协助。", "总务处")]
    public void Jing_goes_off_a_helpers_name_only_where_it_means_through(string line, string support)
    {
        var plan = Import("某区2024年工作要点", line);
        Assert.Equal(new[] { support }, plan.Supports("1."));
    }
}
