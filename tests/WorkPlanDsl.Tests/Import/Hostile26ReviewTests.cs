using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What a review of the shapes taught from the 24th to 26th outside runs found in their first build: verbs cutting names
/// apart, a heading before another table read as a category of the first, a banner rule eating a task, sub-headings named
/// from prose, names closing a task that are what it builds, set-up verbs inside an office's name, inspection plans.
/// </summary>
public class Hostile26ReviewTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Verbs_that_close_a_part_only_are_no_verbs_inside_names_or_before_their_work()
    {
        var plan = Import(
            "某县2024年工作要点",
            "1.推进城乡融合发展。（县城乡统筹发展局负责）",
            "2.推进社保卡应用。（市社保卡办理服务中心负责，市人社局配合）",
            "3.保障项目资金。（县财政局统筹安排资金，县交通运输局负责）",
            "4.推进政务服务。群众可在县政务服务中心办理相关业务。");
        Assert.Equal(new[] { "县城乡统筹发展局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市社保卡办理服务中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_heading_before_another_tables_header_ends_the_table()
    {
        var plan = Import(
            "某市2024年稳外贸稳外资工作任务",
            "一、稳外贸",
            "序号\t工作任务\t牵头单位\t配合单位",
            "1\t开展专场展会10场\t市商务局\t市贸促会",
            "二、联系方式",
            "单位\t联系人\t电话",
            "市商务局\t张某\t12345678");
        Assert.DoesNotContain(plan.Tasks, t => t.Title is "单位" or "市商务局" or "工作任务");
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1"));
    }

    [Fact]
    public void One_unit_beside_an_empty_lead_cell_still_leads_and_measures_sharing_a_lead_stay_the_tasks()
    {
        var plan = ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,工作任务,牵头单位,责任单位,完成时限",
            "1,做好全市统计调查工作,,市统计局,2024年12月")));
        Assert.Equal(new[] { "市统计局" }, plan.Leads("1"));

        var table = Import(
            "某市2024年优化营商环境工作任务",
            "| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |",
            "| 1 | 优化政务服务 | 1.推行一网通办 | 市政务服务局 | 市大数据局 |",
            "| | | 2.推行一窗受理 | 市政务服务局 | 市直各部门 |",
            "| 2 | 加强要素保障 | 3.保障用地需求 | 市自然资源局 | 市发改委 |");
        Assert.Equal(new[] { "市政务服务局" }, table.Leads("1"));
    }

    [Fact]
    public void A_task_ending_in_wen_jian_after_a_page_number_is_no_banner()
    {
        var plan = Import(
            "某县2024年法治政府建设工作要点",
            "1.推进政府立法工作。（县司法局牵头）",
            "— 2 —",
            "3.全面清理涉企规范性文件",
            "对现行有效的规范性文件进行全面清理。（县司法局牵头，县直各部门配合）");
        Assert.Contains(plan.Tasks, t => t.Label == "3.");
        Assert.Equal(new[] { "县直各部门" }, plan.Supports("3."));
        Assert.Empty(plan.Supports("1."));
    }

    [Fact]
    public void Sub_headings_that_name_bodies_only_in_prose_stay_words_of_their_part()
    {
        var plan = Import(
            "某县2024年优化营商环境工作要点",
            "一、重点任务",
            "（一）降低企业成本",
            "1.规范涉企收费。（县市场监管局负责）",
            "2.降低企业用电用气成本。（县发改局负责）",
            "（二）加强督查考核。县委督查室、县政府督查室负责定期督查通报。",
            "二、保障措施",
            "（一）强化宣传引导。县委宣传部负责宣传报道，营造良好氛围。",
            "（二）加强组织领导。成立工作专班，由县发改局负责日常工作。");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label));
    }

    [Fact]
    public void Names_closing_a_task_that_are_what_it_builds_lead_nothing()
    {
        var plan = Import(
            "某县2024年重点民生项目",
            "1.推进教育优质均衡发展。新建、改扩建学校3所。县第一中学、城关小学、县实验幼儿园。",
            "2.推进体育设施建设。年内建成投用。县体育中心。",
            "3.开展完整社区建设试点。东门社区、西门社区。",
            "4.推进工业园区建设。县工业园。");
        Assert.Empty(plan.Model.Tasks.SelectMany(t => t.InEffect.Leads));
    }

    [Fact]
    public void Setting_up_a_body_is_no_part_of_its_name_and_whom_help_serves_is_no_group()
    {
        var plan = Import(
            "某县2024年改革工作要点",
            "1.深化国企改革。（组建改革工作专班具体负责）",
            "2.加大融资支持。（市地方金融监管局牵头，各金融机构为民营企业提供融资支持）",
            "3.化解信访积案。（县信访局负责转交有关部门办理）");
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.StartsWith("组建") || u.Id.Contains("为民营企业") || u.Id.StartsWith("转交"));
        Assert.Equal(new[] { "市地方金融监管局" }, plan.Leads("2."));
    }

    [Theory]
    [InlineData("关于开展2024年度“双随机一公开”联合抽查的通知")]
    [InlineData("县委第一巡察组2024年巡察工作安排")]
    public void Bodies_an_inspection_plan_heads_its_items_with_are_what_it_inspects(string title)
    {
        var plan = Import(title, "一、县教育局", "1.听取县教育局党组工作汇报。", "2.调阅会议记录。", "二、县卫生健康局", "3.听取工作汇报。");
        Assert.Empty(plan.Model.Tasks.SelectMany(t => t.InEffect.Leads));
    }

    [Fact]
    public void A_division_mark_after_a_responsibility_of_another_kind_is_not_a_fields()
    {
        var plan = Import("某市2024年安全生产工作要点", "4.开展燃气整治。（主体责任：各燃气企业（按职责分工负责）；监管责任：市住建局）");
        Assert.DoesNotContain("各燃气企业", plan.Leads("4."));
    }

    [Fact]
    public void Bans_questions_and_words_glued_to_a_body_name_no_lead()
    {
        var plan = Import(
            "株洲市2024年工作要点",
            "一、总体",
            "1.推进甲。严禁由市教育局负责。",
            "2.推进乙。不得由市教育局牵头。",
            "3.推进丙。是否由市教育局牵头，另行研究。",
            "4.推进丁。尚未由市教育局牵头。",
            "5.推进戊。各县市区对市政府负责。",
            "6.推进己。市教育局委托市财政局负责。",
            "7.推进庚。2024年市教育局牵头。",
            "8.推进辛。原则上市教育局牵头。",
            "9.推进壬。杜绝市教育局牵头。",
            "10.推进癸。（市教育局牵头）");
        Assert.Empty(plan.Tasks.Where(t => t.Label != "10.").SelectMany(t => t.InEffect.Leads));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("10."));
    }
}
