using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile95 blind set found missing, in a few invented lines each: a division whose statements open with
/// the part they speak of (重点工作第1—3项由…), and a task under a part that names its lead whose own sentence gives the
/// work to another body.
/// </summary>
public class Hostile95ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("重点工作")]
    [InlineData("重点任务")]
    [InlineData("主要任务")]
    public void A_division_statement_may_open_with_the_part_it_speaks_of(string part)
    {
        var plan = Import(
            "一、重点工作",
            "1.编制建设规划。明确建设区域。",
            "2.做好项目前期工作。完成初步设计。",
            "3.严格招标投标管理。依法公开招标。",
            "二、责任分工",
            part + "第1—2项由县农业农村局牵头，县自然资源局配合；第3项由县公共资源交易中心负责。");

        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县公共资源交易中心" }, plan.Leads("3."));
    }

    [Fact]
    public void A_task_s_own_sentence_that_gives_its_work_plainly_outweighs_its_part_s_lead()
    {
        var plan = Import(
            "一、强化应急管理和安全培训（牵头处室：安全生产监督处；配合单位：各市属国有企业）",
            "1.修订完善应急预案。督促企业修订综合应急预案。",
            "2.加强安全教育培训。将安全生产纳入企业领导人员培训内容，由党建工作处负责组织企业负责人专题培训，安全生产监督处配合。",
            "二、其他",
            "3.推进信息化。（规划发展处负责）");

        Assert.Equal(new[] { "安全生产监督处" }, plan.Leads("1."));
        Assert.Equal(new[] { "党建工作处" }, plan.Leads("2."));
        Assert.Equal(new[] { "安全生产监督处" }, plan.Supports("2."));
    }

    [Fact]
    public void A_body_only_mentioned_under_a_part_that_names_its_lead_takes_nothing_from_it()
    {
        // 所需资金由市财政局保障: a resource, not the task given.
        var plan = Import(
            "一、强化应急管理（牵头处室：安全生产监督处）",
            "1.组织开展应急演练。各企业每年至少组织1次综合应急演练，所需资金由市财政局保障。",
            "二、其他",
            "2.推进信息化。（规划发展处负责）");

        Assert.Equal(new[] { "安全生产监督处" }, plan.Leads("1."));
    }
}
