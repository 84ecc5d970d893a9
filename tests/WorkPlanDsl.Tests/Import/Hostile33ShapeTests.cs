using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the thirty-third outside run found misread: measures numbered 1.1.1 under 1.1 problems, each with its own
/// field lines, and meeting minutes that give a decision to an official, a town or a body and its partners.
/// </summary>
public class Hostile33ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Measures_numbered_one_one_one_keep_their_own_fields()
    {
        var plan = Import(
            "2024年等级医院复审迎评整改工作方案",
            "1　医疗质量安全核心制度落实",
            "1.1　首诊负责制度落实不到位",
            "1.1.1　修订首诊负责制度实施细则，明确首诊交接流程。",
            "责任科室：医务部",
            "协同科室：门诊部、急诊科",
            "1.1.2　每季度对首诊病历进行专项抽查，抽查结果纳入科室绩效考核。",
            "责任科室：质量管理办公室",
            "协同科室：医务部、绩效办",
            "1.2　三级查房记录不规范",
            "责任科室：医务部",
            "具体措施：组织开展查房规范化培训。");
        // Each measure leads by its own fields, as a task of its own or as an item of 1.1; none pools the other's units.
        var measures = plan.Tasks.Select(t => (t.Label, t.InEffect)).Concat(plan.Tasks.SelectMany(t => t.Items).Select(i => (i.Label, i.InEffect)))
            .Where(m => m.Label is "1.1.1" or "1.1.2").ToList();
        Assert.Equal(2, measures.Count);
        Assert.Equal(new[] { "医务部" }, plan.Names(measures[0].InEffect.Leads));
        Assert.Equal(new[] { "门诊部", "急诊科" }, plan.Names(measures[0].InEffect.Supports));
        Assert.Equal(new[] { "质量管理办公室" }, plan.Names(measures[1].InEffect.Leads));
        Assert.DoesNotContain(plan.Tasks, t => t.InEffect.Supports.Contains("质量管理办公室"));
        Assert.Equal(new[] { "医务部" }, plan.Leads("1.2"));
    }

    [Fact]
    public void A_version_or_a_date_numbered_like_a_measure_is_no_measure()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进系统升级。（市数据局负责）",
            "1.2.3版标准于6月底前上线运行。",
            "1.2.3万户完成改造。",
            "2.完成验收。（市财政局负责）");
        // A line opening with a version or a quantity is the task's words, not a measure numbered 1.2.3.
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(plan.Tasks.SelectMany(t => t.Items));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("1."));
    }

    [Fact]
    public void Meeting_minutes_give_each_decision_to_the_body_that_does_it()
    {
        var plan = Import(
            "县政府专题会议纪要",
            "一、关于小区内违章建筑清理问题。请副县长王志强牵头协调，县城管局具体负责，城关镇、县公安局配合，依法依规拆除违章建筑。",
            "二、关于长效管理问题。改造完成的小区要同步建立长效管理机制。城关镇负责，县住建局加强业务指导。",
            "三、关于城市更新项目谋划问题。县发改局会同县住建局、县自然资源局，围绕片区综合改造等领域，谋划储备一批城市更新项目。");
        Assert.Equal(new[] { "县城管局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "城关镇", "县公安局" }, plan.Supports("一、"));
        Assert.Equal(new[] { "城关镇" }, plan.Leads("二、"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("三、"));
        Assert.Equal(new[] { "县住建局", "县自然资源局" }, plan.Supports("三、"));
    }
}
