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

    [Fact]
    public void Named_items_that_come_before_any_plain_number_go_on_after_an_items_numbered_measures()
    {
        var plan = Import(
            "某县生态环境问题整改清单",
            "问题1：污水管网混接问题。",
            "整改措施：开展排查整治。",
            "责任单位：县住建局（牵头），县水利局",
            "问题2：扬尘污染问题。",
            "整改措施：",
            "1.开展工地扬尘专项检查。（责任单位：县住建局）",
            "2.加强渣土运输管理。（责任单位：县城市管理局，县公安局配合）",
            "责任人：张某",
            "问题3：秸秆焚烧问题。",
            "整改措施：加强巡查。",
            "牵头单位：县农业农村局",
            "问题4：噪声扰民问题。",
            "整改措施：加强执法。",
            "责任单位：县公安局");

        Assert.Equal(new[] { "县住建局" }, plan.Leads("问题1"));
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县公安局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("问题3"));
        Assert.Empty(plan.Supports("问题3"));
        Assert.Equal(new[] { "县公安局" }, plan.Leads("问题4"));
    }

    [Fact]
    public void Named_items_after_a_plain_number_are_still_that_tasks_words()
    {
        var plan = Import(
            "某县2024年重点项目推进方案",
            "1.推进交通基础设施建设。（县交通运输局牵头）",
            "项目一：国道改线工程。",
            "项目二：县乡公路提质工程。",
            "2.推进水利设施建设。（县水利局牵头）");

        Assert.Equal(new[] { "1.", "2." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("任务一是开展精准招商。")]
    [InlineData("任务书：按要求填写。")]
    [InlineData("Ⅰ类水质达标率100%。")]
    public void Words_that_only_start_like_a_named_or_roman_number_are_no_number(string text)
        => Assert.Equal(NumberingKind.None, Numbering.Read(SourceLine.Of(1, text)).Kind);
}
