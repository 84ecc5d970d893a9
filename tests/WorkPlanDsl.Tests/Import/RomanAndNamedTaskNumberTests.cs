using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Tasks numbered with Roman numeral characters (Ⅰ. Ⅱ.) or by name (任务一：), and scopes that name them so.</summary>
public class RomanAndNamedTaskNumberTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Roman_numeral_characters_number_the_tasks()
    {
        var plan = Import(
            "某中学2024学年德育工作计划",
            "Ⅰ. 加强班主任队伍建设，每月召开班主任例会。（政教处负责）",
            "Ⅱ. 开展“文明班级”评比活动。政教处牵头，团委、各年级组配合。",
            "Ⅲ、开展家校共育，召开家长会2次。");

        Assert.Equal(new[] { "Ⅰ.", "Ⅱ.", "Ⅲ、" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "政教处" }, plan.Leads("Ⅰ."));
        Assert.Equal(new[] { "团委", "各年级组" }, plan.Supports("Ⅱ."));
        Assert.Empty(plan.Leads("Ⅲ、"));
    }

    [Fact]
    public void Tasks_numbered_by_name_take_their_units_from_a_sentence_naming_them_so()
    {
        var plan = Import(
            "某县2024年招商引资攻坚年活动方案",
            "一、主要任务",
            "任务一：开展产业链精准招商，全年引进亿元以上项目30个。",
            "任务二：开展以商招商。",
            "任务三：优化项目服务。",
            "二、责任分工",
            "任务一由县投资促进中心牵头，县工业和信息化局配合；任务二由县工商业联合会牵头；任务三由县行政审批服务局负责。");

        Assert.Equal(new[] { "任务一", "任务二", "任务三" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县投资促进中心" }, plan.Leads("任务一"));
        Assert.Equal(new[] { "县工业和信息化局" }, plan.Supports("任务一"));
        Assert.Equal(new[] { "县工商业联合会" }, plan.Leads("任务二"));
        Assert.Equal(new[] { "县行政审批服务局" }, plan.Leads("任务三"));
    }

    [Theory]
    [InlineData("任务一是开展精准招商。")]
    [InlineData("任务书：按要求填写。")]
    [InlineData("Ⅰ类水质达标率100%。")]
    public void Words_that_only_start_like_a_named_or_roman_number_are_no_number(string text)
        => Assert.Equal(NumberingKind.None, Numbering.Read(SourceLine.Of(1, text)).Kind);
}
