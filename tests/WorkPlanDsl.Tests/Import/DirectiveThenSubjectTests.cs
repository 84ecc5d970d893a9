using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Prose tasks whose subject comes after a directive and its comma (严格落实党政同责，市委农办要会同…), and sentences
/// whose later part only gives bodies to support (…，市农业农村局、市林业局要积极配合).
/// </summary>
public class DirectiveThenSubjectTests
{
    private static ImportedModel Import(string task)
        => ImportedModel.From("关于做好2024年全市粮食安全工作的实施意见\n\n一、稳定粮食播种面积。市农业农村局要会同市自然资源和规划局，将目标任务分解到县。\n\n" + task);

    [Fact]
    public void The_bodies_after_a_directive_and_its_comma_do_the_task()
    {
        var plan = Import("二、压实粮食安全责任。严格落实粮食安全党政同责，市委农办要会同市农业农村局做好年度考核工作，考核结果报市委、市政府。");
        Assert.Equal(new[] { "市委农办" }, plan.Leads("二、"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Supports("二、"));
    }

    [Fact]
    public void A_later_part_that_only_supports_names_the_supports()
    {
        var plan = Import("二、加强耕地保护。市自然资源和规划局要严格落实耕地占补平衡，坚决遏制耕地“非农化”，市农业农村局、市林业局要积极配合。");
        Assert.Equal(new[] { "市自然资源和规划局" }, plan.Leads("二、"));
        Assert.Equal(new[] { "市农业农村局", "市林业局" }, plan.Supports("二、"));
    }

    [Theory]
    [InlineData("二、加强耕地保护。市自然资源和规划局要严格落实耕地占补平衡，市农业农村局要加强技术指导。")]
    [InlineData("二、加强审计。县财政局在资金到位后，市审计局要加强审计。")]
    [InlineData("二、推进重点项目。关于重点项目推进问题，项目办要盯住进度不放。")]
    public void Two_bodies_each_with_work_or_a_body_before_the_comma_name_no_lead(string task)
    {
        var plan = Import(task);
        Assert.Empty(plan.Leads("二、"));
    }
}
