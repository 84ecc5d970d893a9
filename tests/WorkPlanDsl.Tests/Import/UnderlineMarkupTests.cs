using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A Word plan turned into Markdown (pandoc) and saved as text keeps its underlines as <c>[X]{.underline}</c> or
/// <c>&lt;u&gt;X&lt;/u&gt;</c>: where the document says underlined units lead, those are the marks it means.
/// </summary>
public class UnderlineMarkupTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Underline_markup_marks_the_lead_the_legend_names()
    {
        var plan = Import(
            "# 某县2025年水利工作要点", "",
            "（责任单位中加下划线的为牵头单位）", "",
            "## 一、防汛抗旱", "",
            "**1.** 完善山洪预警体系。新建自动雨量站12处。（责任单位：县应急管理局、[县水利局]{.underline}、县气象局）", "",
            "**2.** 开展河道清障行动。清理河道障碍物。（责任单位：[县自然资源局]{.ul}、[县水利局]{.ul}、县林业局）", "",
            "**3.** 推进灌区改造。完成续建配套。（责任单位：<u>县农业农村局</u>、县财政局）");
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县应急管理局", "县气象局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县自然资源局", "县水利局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县林业局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("3."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).IndexOfAny(new[] { '[', '{', '<' }) >= 0);
    }

    [Fact]
    public void Without_the_legend_the_markup_is_only_taken_off_the_names()
    {
        var plan = Import(
            "某县2025年水利工作要点",
            "一、防汛抗旱",
            "1. 完善山洪预警体系。（县应急管理局牵头，[县水利局]{.underline}配合）",
            "2. 开展河道清障行动。（责任单位：县自然资源局、[县水利局]{.underline}）");
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县水利局" }, plan.Supports("1."));
        // No legend: the underline says nothing of who leads, the list is read by the convention.
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("2."));
    }

    [Fact]
    public void Square_brackets_that_are_no_markup_stay_as_printed()
    {
        var plan = Import(
            "某县2025年水利工作要点",
            "（责任单位中加下划线的为牵头单位）",
            "一、防汛抗旱",
            "1. 完善山洪预警体系[1]。（责任单位：县应急管理局、县水利局）",
            "[1] 见《山洪灾害防治项目实施方案》{附表}。");
        Assert.Empty(plan.Leads("1."));
        Assert.Contains("山洪预警体系[1]", plan.Words());
    }
}
