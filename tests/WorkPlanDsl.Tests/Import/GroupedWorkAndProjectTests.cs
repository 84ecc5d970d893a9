using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Headings that group the work by who leads it (一、市发展改革委牵头的工作（共4项）), projects numbered 项目一：, and a
/// deadline and a body in a bracket glued to the task's words.
/// </summary>
public class GroupedWorkAndProjectTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_heading_naming_who_leads_its_work_gives_its_tasks_that_lead()
    {
        var plan = Import(
            "华阳市2024年政府工作报告重点任务分解", "",
            "一、市发展改革委牵头的工作（共2项）",
            "1. 全年地区生产总值增长6%左右。",
            "2. 完成固定资产投资增长8%。（市统计局配合）",
            "二、由市财政局负责的任务",
            "3. 一般公共预算收入增长5%。（市税务局配合）",
            "三、其他工作",
            "4. 做好经济普查数据发布。（市统计局负责）",
            "5. 办好十件民生实事。");
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市统计局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市统计局" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void A_heading_of_work_that_names_no_body_gives_no_lead()
    {
        var plan = Import(
            "某市2024年工作要点", "",
            "一、需要牵头的工作",
            "1. 完善工作机制。",
            "二、群众反映强烈的问题",
            "2. 开展专项整治。");
        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void Projects_numbered_by_name_are_tasks_each_with_its_own_fields()
    {
        var plan = Import(
            "江北区2024年重点项目清单", "",
            "项目一：建设区级养老服务综合体",
            "牵头领导：区委常委、副区长 孙立",
            "牵头单位：区民政局",
            "责任单位：区发展改革局、区财政局",
            "",
            "项目二：实施中小学食堂改造提升",
            "牵头单位：区教育局",
            "",
            "项目三：推进农贸市场标准化改造",
            "责任人：区商务局局长 褚红");
        Assert.Equal(new[] { "建设区级养老服务综合体", "实施中小学食堂改造提升", "推进农贸市场标准化改造" }, plan.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "区民政局" }, plan.Names(plan.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "区教育局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Empty(plan.Tasks.ElementAt(2).InEffect.Leads);
    }

    [Fact]
    public void A_deadline_and_a_body_in_a_bracket_glued_to_the_words_name_who_does_the_task()
    {
        var plan = Import(
            "某市2024年质量工作要点", "",
            "1. 开展重点工业产品质量安全监督抽查（6月底前，市市场监管局）。",
            "2. 与省直部门对接（省发展改革委）。");
        Assert.Equal(new[] { "市市场监管局" }, plan.Leads("1."));
        Assert.Equal("6月底前", plan.Task("1.").Declared.Due!.Text);
        Assert.Empty(plan.Leads("2."));
    }
}
