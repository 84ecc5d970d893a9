using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A safety plan's kinds of responsibility: 主体责任 (who carries the work) beside 监管责任 and 属地责任 (who oversees it,
/// who answers for its area). The overseeing bodies support; where no 主体责任 is named, nobody leads.
/// </summary>
public class OversightResponsibilityFieldTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines.Prepend("某县2025年安全生产重点任务")));

    [Fact]
    public void The_body_carrying_the_work_leads_and_the_overseeing_ones_support()
    {
        var plan = Import(
            "（1）整治燃气隐患。完成管道改造10公里。",
            "主体责任：县燃气公司；监管责任：县住建局；属地责任：各乡镇人民政府",
            "（2）整治道路隐患。",
            "主体责任：各运输企业",
            "监管责任：县交通运输局、县公安局交警大队");
        Assert.Equal(new[] { "县燃气公司" }, plan.Leads("（1）"));
        Assert.Equal(new[] { "县住建局", "各乡镇人民政府" }, plan.Supports("（1）"));
        Assert.Equal(new[] { "各运输企业" }, plan.Leads("（2）"));
        Assert.Equal(new[] { "县交通运输局", "县公安局交警大队" }, plan.Supports("（2）"));
    }

    [Fact]
    public void Only_overseeing_bodies_named_leaves_the_task_without_a_lead()
    {
        var plan = Import(
            "（1）排查充电隐患。新建充电口500个。",
            "监管责任：县消防救援大队；属地责任：各乡镇人民政府",
            "（2）整治小作坊。",
            "行业监管责任：县市场监管局");
        Assert.Empty(plan.Leads("（1）"));
        Assert.Equal(new[] { "县消防救援大队", "各乡镇人民政府" }, plan.Supports("（1）"));
        Assert.Empty(plan.Leads("（2）"));
    }

    [Theory]
    // Near misses: 监管 as the work, and 落实属地责任 as a body's duty, are no field.
    [InlineData("（1）加强监管。责任单位：县市场监管局。", "县市场监管局")]
    [InlineData("（1）落实属地责任。（县应急局牵头，各乡镇配合）", "县应急局")]
    [InlineData("（1）整治燃气隐患。（第一责任单位：县住建局；其他责任单位：县应急局）", "县住建局")]
    public void Other_words_of_responsibility_keep_their_reading(string line, string lead)
        => Assert.Equal(new[] { lead }, Import(line).Leads("（1）"));
}
