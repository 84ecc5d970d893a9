using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Numbering an outside run found unread (第一， 第二，; 【一】; ㈠), and a person's post and name in brackets after a unit
/// in its field.
/// </summary>
public class Hostile20ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Ordinals_opening_lines_from_the_first_are_tasks_each_with_its_own_lead()
    {
        var plan = Import(
            "某市纪委监委2024年监督检查工作要点", "三、主要任务",
            "第一，开展谈话风险排查。案件监督管理室负责。",
            "第二，开展线索处置检查。干部监督室负责。");
        Assert.Equal(new[] { "第一", "第二" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "案件监督管理室" }, plan.Leads("第一"));
        Assert.Equal(new[] { "干部监督室" }, plan.Leads("第二"));
    }

    [Theory]
    [InlineData("第二，开展线索处置检查。")]
    [InlineData("第一次会议由县政府办负责筹备。")]
    public void Ordinals_not_in_a_run_from_the_first_are_words(string line)
    {
        var plan = Import("某县2024年工作要点", "", "1. 开展谈话风险排查。（县纪委负责）", line);
        Assert.Equal(new[] { "1." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Tasks_numbered_in_black_brackets_or_parenthesized_ideographs_are_read_as_bracketed_numbers()
    {
        var plan = Import(
            "某市2024年数字经济工作要点", "",
            "【一】加快5G网络建设。（牵头单位：市工业和信息化局）",
            "【二】培育数字经济核心产业。（牵头单位：市投资促进局）",
            "",
            "㈠ 实施农村供水保障工程",
            "主责单位：县水利局（局长 赵国平）",
            "㈡ 推进中小河流治理",
            "主责单位：县水利局");
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("【一】"));
        Assert.Equal(new[] { "市投资促进局" }, plan.Leads("【二】"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("㈠"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("㈡"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("赵国平"));
    }

    [Fact]
    public void A_lead_marked_by_the_type_the_text_lost_is_read_from_no_lists_order()
    {
        var plan = Import(
            "某大学2024年工作要点", "",
            "说明：各项任务责任单位中，加下划线的为牵头单位，其余为配合单位。",
            "1. 加强师德师风建设。责任单位：人事处、党委教师工作部",
            "2. 推进智慧校园建设。责任单位：网络与信息中心",
            "3. 推进研究生教育改革。（研究生院牵头，学科建设办公室配合）");
        Assert.Empty(plan.Leads("1."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("which of 人事处、党委教师工作部 leads cannot be told"));
        Assert.Equal(new[] { "网络与信息中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "研究生院" }, plan.Leads("3."));
    }
}
