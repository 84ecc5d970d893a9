using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The shapes the fourth holdout set (Evaluation/Holdout4) found the recogniser missing or misreading; invented lines.
/// </summary>
public class FourthHoldoutShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_short_name_is_not_read_as_another_bodys_name_by_loose_likeness()
    {
        // 区林业局 has the first and last character of 区农业农村和林业局 and its characters in order, but it drops whole
        // words: it is a body of its own as printed, not an abbreviation.
        var plan = Import(
            "一、任务",
            "1.推进林下经济发展。责任单位：区林业局、区科技局。",
            "2.发展特色种植。责任单位：区农业农村和林业局（牵头）、区商务局。");
        Assert.Equal(new[] { "区林业局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区农业农村和林业局" }, plan.Leads("2."));
    }

    [Fact]
    public void The_initials_of_each_word_are_still_an_abbreviation()
    {
        var plan = Import(
            "一、任务",
            "1.完善信息系统。（牵头科室：规划信息科）",
            "2.上线数据平台。（牵头科室：规信科）");
        Assert.Equal(plan.Leads("1."), plan.Leads("2."));
    }
}
