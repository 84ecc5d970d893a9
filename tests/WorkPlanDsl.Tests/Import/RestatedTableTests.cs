using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan that lists its tasks as numbered paragraphs, then restates them in a task table that names who does each
/// (set X's x02): the numbered tasks stay the plan's tasks, each led by its own words or else by the row restating it.
/// </summary>
public class RestatedTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] Restated =
    {
        "一、工作要点",
        "1.深化政策解读。对本局起草的政策文件进行全面解读，注重以图表等形式解读。",
        "2.回应社会关切。对群众普遍关注的热点问题及时、主动回应。",
        "3.做好财政信息公开。及时发布预决算和三公经费信息，接受群众监督。",
        "4.健全公开制度。局办公室要建立完善的政府信息公开制度。",
        "5.加强业务培训。每年组织一次政务公开培训。",
        "二、重点工作任务分解",
        "重点任务 | 工作内容 | 负责科室 |",
        "政策解读 | 对本局起草的政策文件进行全面解读，注重以图表等形式解读。 | 政策法规科 |",
        "回应关切 | 对群众普遍关注的热点问题及时、主动回应。 | 各业务科室 |",
        "财政信息 | 及时发布预决算和三公经费信息，接受群众监督。 | 计划财务科 |",
        "制度建设 | 局办公室要建立完善的政府信息公开制度。 | 综合科 |",
    };

    [Fact]
    public void The_numbered_tasks_stay_and_take_the_units_of_the_rows_restating_them()
    {
        var plan = Import(Restated);
        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "5." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "政策法规科" }, plan.Leads("1."));
        Assert.Equal(new[] { "各业务科室" }, plan.Leads("2."));
        Assert.Equal(new[] { "计划财务科" }, plan.Leads("3."));

        // A task's own words come first (局办公室要…); a task no row restates names nobody.
        Assert.Equal(new[] { "局办公室" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));

        // The table's words are kept as the plan's text.
        Assert.Contains("重点任务　工作内容　负责科室", plan.Result.Plan);
    }

    [Fact]
    public void A_table_whose_rows_are_not_all_the_tasks_words_is_read_as_its_own_tasks()
    {
        var lines = Restated.ToList();
        lines.Add("宣传推广 | 开展政务公开日活动，邀请群众走进机关。 | 办公室 |");
        var plan = Import(lines.ToArray());

        // One row restates no task: the table is a task table of its own, as before.
        Assert.Contains(plan.Model.Tasks, t => t.Title.StartsWith("宣传推广", System.StringComparison.Ordinal) || t.Title.StartsWith("开展政务公开日", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_whose_words_two_tasks_hold_restates_neither()
    {
        var plan = Import(
            "一、工作要点",
            "1.深化政策解读。及时回应群众关切问题。",
            "2.加强信息发布。及时回应群众关切问题。",
            "二、任务分解",
            "重点任务 | 工作内容 | 负责科室 |",
            "政策解读 | 及时回应群众关切问题。 | 政策法规科 |",
            "信息发布 | 及时回应群众关切问题。 | 综合科 |");

        // Which task a row restates cannot be told: the list keeps its tasks, the table is read as its own tasks, and
        // no numbered paragraph is given a row's unit.
        Assert.Equal(new[] { "深化政策解读", "加强信息发布", "政策解读", "信息发布" }, plan.Model.Tasks.Select(t => t.Title).ToArray());
        Assert.Empty(plan.Model.Tasks[0].InEffect.Leads);
        Assert.Empty(plan.Model.Tasks[1].InEffect.Leads);
        Assert.Equal(new[] { "政策法规科" }, plan.Names(plan.Model.Tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "综合科" }, plan.Names(plan.Model.Tasks[3].InEffect.Leads));
    }

    [Fact]
    public void A_restating_row_whose_last_cell_is_empty_is_read_in_place()
    {
        // The header has no bar at its end; a row's last bar closes its empty 配合科室.
        var plan = Import(
            "一、工作任务",
            "（一）深入学习宣传法治思想。",
            "（二）开展普法规划终期评估。",
            "（三）推进法律明白人培养工程，每个村培养不少于5名。",
            "二、责任分工",
            "序号 | 工作任务 | 负责科室 | 配合科室",
            "（一） | 深入学习宣传法治思想 | 普法与依法治理科 | 办公室",
            "（二） | 开展普法规划终期评估 | 普法与依法治理科 | ",
            "（三） | 推进法律明白人培养工程 | 各司法所 | 普法与依法治理科");
        Assert.Equal(new[] { "（一）", "（二）", "（三）" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "普法与依法治理科" }, plan.Leads("（二）"));
        Assert.Empty(plan.Supports("（二）"));
        Assert.Equal(new[] { "各司法所" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "普法与依法治理科" }, plan.Supports("（三）"));
    }
}
