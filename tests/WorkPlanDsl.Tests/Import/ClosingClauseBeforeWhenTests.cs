using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A paragraph whose responsibility bracket is followed by one that only says when (<c>（区发改局负责）（长期）</c>, a
/// table's columns run on as text): the role bracket still closes the paragraph, and a bracket inside the words that
/// gives a body a part of the work (<c>（由区工商联承办会务）</c>) names no lead beside it.
/// </summary>
public class ClosingClauseBeforeWhenTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("（长期）")]
    [InlineData("（2025年6月底前）")]
    [InlineData("（2025年底前）（持续推进）")]
    [InlineData("")]
    public void A_side_duty_in_the_words_gives_way_to_the_closing_clause(string when)
    {
        var plan = Import(
            "某区2025年优化营商环境工作措施",
            "一、重点任务",
            "（一）健全政企沟通机制。每季度召开企业座谈会（由区工商联承办会务），建立问题收集办理闭环。（区发改局负责）" + when,
            "（二）优化涉企检查。推行综合查一次。（区司法局负责）（长期坚持）");
        Assert.Equal(new[] { "区发改局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "区司法局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_closing_clause_before_a_when_bracket_keeps_its_supports()
    {
        var plan = Import(
            "某区2025年优化营商环境工作措施",
            "一、重点任务",
            "（一）培养民营经济代表人士。实施新生代企业家培养计划。（区委统战部牵头，区工商联配合）（2025年12月底前）");
        Assert.Equal(new[] { "区委统战部" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "区工商联" }, plan.Supports("（一）"));
    }
}
