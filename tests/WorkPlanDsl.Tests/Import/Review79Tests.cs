using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The wrong and lost leads a hostile review (79) found, each in a few invented lines: the rule, not the review's wording.
/// </summary>
public class Review79Tests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private const string TableHeader = "序号\t工作任务\t牵头单位\t配合单位\t完成时限";

    [Fact]
    public void A_parent_rows_lead_ends_at_the_next_row_not_numbered_under_it()
    {
        var plan = Import(
            "某市2025年智慧城市建设工作要点任务分工", TableHeader,
            "1\t推进城市大脑建设\t市大数据局\t\t",
            "1.1\t建设城市运行指挥中心\t\t市应急局\t2025年6月",
            "1.2\t接入城市视频资源\t\t市公安局\t2025年9月",
            "2\t完善智慧交通系统\t\t\t2025年12月",
            "3\t推进数字乡村建设\t市农业农村局\t市供电公司\t2025年10月");

        Assert.Equal(new[] { "市大数据局" }, plan.Leads("1.1"));
        Assert.Equal(new[] { "市大数据局" }, plan.Leads("1.2"));
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_parent_rows_lead_ends_at_a_category_row()
    {
        var plan = Import(
            "某市2025年智慧城市建设工作要点任务分工", TableHeader,
            "1\t推进城市大脑建设\t市大数据局\t\t",
            "1.1\t建设城市运行指挥中心\t\t市应急局\t2025年6月",
            "1.2\t接入城市视频资源\t\t市公安局\t2025年9月",
            "二\t智慧民生\t\t\t",
            "2.1\t推进智慧养老服务\t\t市民政局\t2025年12月");

        Assert.Equal(new[] { "市大数据局" }, plan.Leads("1.2"));
        Assert.Empty(plan.Leads("2.1"));
    }

    [Fact]
    public void A_numbered_row_naming_a_lead_and_a_support_ends_the_parent_rows_lead_above()
    {
        var plan = Import(
            "某市2025年智慧城市建设工作要点任务分工", TableHeader,
            "1\t推进城市大脑建设\t市大数据局\t\t",
            "1.1\t建设城市运行指挥中心\t\t市应急局\t2025年6月",
            "2\t推进数据要素市场化\t市发改委\t市财政局\t",
            "2.1\t培育数据交易场所\t\t\t2025年9月");

        Assert.Equal(new[] { "市大数据局" }, plan.Leads("1.1"));
        Assert.DoesNotContain("市大数据局", plan.Leads("2.1"));
    }

    [Fact]
    public void A_fu_note_inside_a_task_leaves_the_task_open_for_its_roles_bracket()
    {
        var plan = Import(
            "某县2025年美丽乡村建设工作方案", "一、重点任务",
            "1.推进农村道路硬化。新建改建农村公路50公里。",
            "附：道路建设标准见省交通运输厅有关规定。",
            "（县交通运输局牵头，县财政局配合）",
            "2.实施农村饮水安全工程。（县水利局负责）",
            "3.开展农房风貌整治。引导农户统一外立面。");

        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_fu_note_between_two_tasks_gives_no_later_task_a_lead()
    {
        var plan = Import(
            "某县2025年美丽乡村建设工作方案", "一、重点任务",
            "1.推进农村道路硬化。（县交通运输局牵头，县财政局配合）",
            "2.实施农村饮水安全工程。完成20个村供水管网改造。",
            "附：改造村名单由县水利局另行下达。",
            "3.开展农房风貌整治。（各镇负责）");

        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
        Assert.DoesNotContain("县交通运输局", plan.Leads("2."));
        Assert.DoesNotContain("县交通运输局", plan.Leads("3."));
    }

    private static ImportedModel StarMatrix(string star) => ImportedModel.FromFile("matrix.html", System.Text.Encoding.UTF8.GetBytes(
        "<html><head><meta charset=\"utf-8\"><title>2025年某区重点工作任务分工</title></head><body><h1>2025年某区重点工作任务分工</h1>"
        + "<p>说明：“●”为牵头单位，“○”为配合单位。</p>"
        + $"<p>{star}</p><table border=\"1\"><tr><td>序号</td><td>重点任务</td><td>督办</td><td>区教育局</td><td>区卫健局</td><td>区民政局</td></tr>"
        + "<tr><td>1</td><td>推进托育服务体系建设</td><td>★</td><td>○</td><td>●</td><td>○</td></tr>"
        + "<tr><td>2</td><td>推进课后服务提质</td><td></td><td>●</td><td></td><td>○</td></tr></table></body></html>"));

    [Theory]
    [InlineData("“★”为区委区政府重点督办事项。")]
    [InlineData("★表示纳入区级考核的任务。")]
    public void A_second_mark_explained_above_a_matrix_leaves_its_role_legend(string star)
    {
        var plan = StarMatrix(star);
        Assert.Equal(new[] { "区卫健局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区教育局", "区民政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区教育局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_role_word_in_a_tasks_words_that_names_no_body_leaves_the_tags_their_leads()
    {
        var plan = Import(
            "某区2025年优化营商环境重点工作清单",
            "1.完善由街道牵头、部门联动的企业走访机制。【区发改局】",
            "2.落实“一企一专员”制度，明确专人负责跟踪问题办理。【区工信局】",
            "3.开展涉企违规收费整治。【区市场监管局】",
            "4.推进工程项目审批提速。【区住建局】",
            "5.优化不动产登记服务。【区自然资源局】");

        Assert.Equal(new[] { "区市场监管局" }, plan.Leads("3."));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("4."));
        Assert.Equal(new[] { "区自然资源局" }, plan.Leads("5."));
    }

    [Fact]
    public void Two_tasks_whose_words_name_a_bodys_lead_still_make_the_tags_the_assigners()
    {
        var plan = Import(
            "某区2025年优化营商环境重点工作清单",
            "1.完善企业走访机制。（区发改局牵头）【区政府办】",
            "2.落实“一企一专员”制度。（区工信局负责）【区政府办】",
            "3.开展涉企违规收费整治。【区政府办】",
            "4.推进工程项目审批提速。【区政府办】",
            "5.优化不动产登记服务。【区政府办】");

        Assert.DoesNotContain("区政府办", plan.Leads("3."));
        Assert.DoesNotContain(plan.Tasks, t => plan.Names(t.InEffect.Leads).Contains("区政府办"));
    }

    [Fact]
    public void Two_tasks_whose_sentences_name_a_bodys_lead_before_their_tags_make_every_tag_the_assigner()
    {
        var plan = Import(
            "某区2025年优化营商环境重点工作清单",
            "1.完善企业走访机制，区发改局牵头。【区政府办】",
            "2.落实“一企一专员”制度，区工信局负责。【区政府办】",
            "3.开展涉企违规收费整治。【区市场监管局】",
            "4.推进工程项目审批提速。【区住建局】",
            "5.优化不动产登记服务。【区自然资源局】");

        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Leads("5."));
    }

    [Theory]
    [InlineData("（2025年5月31日）", "（2025年8月31日）")]
    [InlineData("2025年5月底前完成", "2025年8月31日印发")]
    public void A_date_under_a_flush_list_with_tasks_after_it_signs_nothing(string first, string second)
    {
        var plan = Import(
            "某县2025年校园食品安全整治方案", "一、重点任务",
            "1.开展学校食堂专项检查。", "牵头单位：", "县教育局", "县市场监管局", first,
            "2.开展校外托餐机构整治。", "牵头单位：", "县市场监管局", "配合单位：", "县公安局", "县商务局", second,
            "3.加强家校共治宣传。（县妇联负责）");

        Assert.Contains("县市场监管局", plan.Leads("1."));
        Assert.Contains("县市场监管局", plan.Leads("1.").Concat(plan.Supports("1.")));
        Assert.Contains("县教育局", plan.Leads("1."));
        Assert.Equal(new[] { "县公安局", "县商务局" }, plan.Supports("2."));
    }

    [Fact]
    public void A_date_saying_when_a_rule_takes_effect_in_the_plans_middle_signs_nothing()
    {
        var plan = Import(
            "某县2025年校园食品安全整治方案", "一、重点任务",
            "1.开展学校食堂专项检查。",
            "2.开展校外托餐机构整治。", "牵头单位：", "县市场监管局", "县教育局", "2025年4月起执行",
            "二、保障措施", "3.加强家校共治宣传。（县妇联负责）");

        Assert.Contains("县教育局", plan.Leads("2.").Concat(plan.Supports("2.")));
        Assert.Contains("县市场监管局", plan.Leads("2."));
    }
}
