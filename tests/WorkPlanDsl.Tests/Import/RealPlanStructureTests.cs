using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// How numbered items become tasks and copied tables become rows, in shapes the importer first missed when scored on
/// real plans kept outside the repository (see Evaluation/README.md); each written here in invented words.
/// </summary>
public class RealPlanStructureTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Labels(ImportedModel plan) => plan.Tasks.Select(t => t.Label ?? t.Id).ToArray();

    [Theory]
    [InlineData("①", "②", "③")]
    [InlineData("⑴", "⑵", "⑶")]
    [InlineData("(1)", "(2)", "(3)")]
    public void A_list_numbered_only_with_circled_or_parenthesized_digits_is_the_tasks(string one, string two, string three)
    {
        var plan = Import(
            "经代表投票，本年度五件民生实事包括：",
            one + "青山镇农贸市场改造工程；",
            two + "城区公共停车场建设项目；",
            three + "乡村道路安全防护工程。",
            "(文/通讯员 某某)");
        Assert.Equal(new[] { one, two, three }, Labels(plan));
        Assert.Equal(new[] { one, two, three }, plan.TasksWithoutLead);
    }

    [Fact]
    public void Parenthesized_digits_run_together_in_one_paragraph_are_split_into_tasks()
    {
        var plan = Import(
            "某县冲刺四季度目标",
            "⑴抓好指标调度。围绕主要指标，力争全年增长8%以上。⑵加快项目建设。推动一批项目开工。⑶培育市场主体。推动企业入库。");
        Assert.Equal(new[] { "⑴", "⑵", "⑶" }, Labels(plan));
        Assert.Equal("加快项目建设", plan.Task("⑵").Title);
    }

    [Fact]
    public void A_table_copied_one_row_a_line_with_single_spaces_is_rebuilt()
    {
        var plan = Import(
            "某某办公厅关于印发重点指标分工的通知",
            "一、各部门要抓紧制定工作方案，层层落实责任。",
            "二、各部门要按时报送进展情况。",
            "重点指标分工",
            "序号 工 作 任 务 牵头部门",
            "1 粮食产量稳定在6500亿斤以上 农业农村部",
            "2 新建改建农村公路10万公里, 其中硬化路5万公里 交通运输部",
            "3 新增城镇就业800万人 人力资源社会保障部");
        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "农业农村部" }, plan.Leads("1"));
        Assert.Equal(new[] { "交通运输部" }, plan.Leads("2"));
        Assert.Contains("其中硬化路5万公里", plan.Task("2").Title);
        Assert.Equal(new[] { "人力资源社会保障部" }, plan.Leads("3"));
    }

    [Fact]
    public void Words_with_single_spaces_that_are_no_table_stay_words()
    {
        var plan = Import("一、任务", "1.序号 工作 要求 牵头单位 都是表头的词，但这一句是正文。（市发改委负责）", "2.推进项目建设。（市住建局负责）");
        Assert.Equal(new[] { "1.", "2." }, Labels(plan));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
    }
}
