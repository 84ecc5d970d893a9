using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of published plans that the importer first read wrongly when scored on real documents kept outside the
/// repository (see Evaluation/README.md, "Real plans"); each written here in invented words.
/// </summary>
public class RealPlanShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("牵头单位：区发改局", "责任单位：开发区管委会、全区经济运行各专班")]
    [InlineData("牵头单位:区发改局", "责任单位:开发区管委会,全区经济运行各专班")]
    [InlineData("责任单位：开发区管委会、全区经济运行各专班", "牵头单位：区发改局")]
    public void A_lead_line_and_an_accountable_line_make_the_listed_units_supports(string first, string second)
    {
        var plan = Import("一、预期目标", "1.地区生产总值增长6%左右。", string.Empty, first, string.Empty, second, "2.一般公共预算收入增长5%。", "牵头单位：区财政局", "责任单位：区税务局");
        Assert.Equal(new[] { "区发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "开发区管委会", "全区经济运行各专班" }, plan.Supports("1."));
        Assert.Equal(new[] { "区财政局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区税务局" }, plan.Supports("2."));
        Assert.DoesNotContain("# review: lead 开发区管委会", plan.Result.Plan);
    }

    [Fact]
    public void An_accountable_line_alone_still_follows_the_convention()
    {
        var plan = Import("一、预期目标", "1.地区生产总值增长6%左右。", "责任单位：开发区管委会、区统计局");
        Assert.Equal(new[] { "开发区管委会" }, plan.Leads("1."));
        Assert.Equal(new[] { "区统计局" }, plan.Supports("1."));
        Assert.Contains("# review: lead 开发区管委会 is the first listed", plan.Result.Plan);
    }
}
