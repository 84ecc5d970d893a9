using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What a review of this session's first build found worse than before, each mended: tab-indented numbered lines, the
/// long name a declared short name belongs to, a body's own sentence about 各项任务, annex tables of other work with as
/// many rows as the tasks, a numbered list of contacts after a task table, and drawn tables that are no task tables.
/// </summary>
public class Review32Tests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Numbered_lines_indented_by_tabs_stay_tasks()
    {
        var plan = Import(
            "一、重点任务",
            "\t1.\t推进厕所革命。（牵头单位：县农业农村局）",
            "\t2.\t推进污水治理。（牵头单位：县生态环境局）");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "县生态环境局" }, plan.Leads("2."));
    }

    [Theory]
    [InlineData("市政府联合市大数据发展管理局（以下简称市数据局）开展工作。")]
    [InlineData("市政府依托市大数据发展管理局（以下简称市数据局）建设平台。")]
    [InlineData("市政府新组建市大数据发展管理局（以下简称市数据局）。")]
    public void A_declared_short_name_belongs_to_the_body_not_the_words_before_it(string declaration)
    {
        var plan = Import(declaration, "一、任务", "1.建设数据平台。（牵头单位：市数据局）", "2.推进数据共享。（牵头单位：市大数据发展管理局）");
        var unit = Assert.Single(plan.Model.Units, u => u.Aliases.Contains("市数据局"));
        Assert.Equal("市大数据发展管理局", unit.Id);
        Assert.Equal(plan.Leads("1."), plan.Leads("2."));
    }

    [Fact]
    public void A_bodys_own_sentence_about_all_the_tasks_still_gives_it_the_task()
    {
        var plan = Import(
            "一、保障措施",
            "1. 加强督查考核。县委督查室要加强对各项任务落实情况的督查。",
            "2. 做好合法性审查。县司法局要做好本方案的合法性审查。");
        Assert.Equal(new[] { "县委督查室" }, plan.Leads("1."));
        Assert.Equal(new[] { "县司法局" }, plan.Leads("2."));
    }

    [Fact]
    public void An_annex_of_other_work_with_as_many_rows_as_the_tasks_keeps_its_rows()
    {
        var plan = Import(
            "一、重点任务",
            "1. 推进高标准农田建设。（牵头单位：县农业农村局）",
            "2. 推进灌区改造。（牵头单位：县水利局）",
            "附件：重点任务责任分工表",
            "序号\t工作内容\t责任单位\t完成时限",
            "1\t高标准农田建设验收\t县财政局\t12月",
            "2\t灌区改造资金审计\t县审计局\t11月");
        Assert.Contains(plan.Model.Units, u => u.Id == "县审计局");
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1."));
    }

    [Fact]
    public void A_numbered_list_of_contacts_after_a_task_table_is_no_continuation()
    {
        var html = "<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>"
            + "<tr><td>1</td><td>推进老旧小区改造</td><td>市住房城乡建设局</td><td>市财政局</td></tr>"
            + "<tr><td>2</td><td>加快城市停车设施建设</td><td>市城市管理局</td><td>市公安局</td></tr></table>"
            + "<p>附：联络员名单</p><table><tr><td>3</td><td>张三</td><td>市教育局</td><td>13800000000</td></tr></table>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(2, plan.Tasks.Count());
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("张三"));
    }

    [Fact]
    public void A_drawn_schedule_is_no_task_table()
    {
        var plan = Import(
            "一、重点任务",
            "1. 建设政务云平台。（牵头单位：市大数据局）",
            "二、进度安排",
            "┌──────┬──────────┬──────────────┐",
            "│阶段  │时间      │工作内容      │",
            "├──────┼──────────┼──────────────┤",
            "│启动  │3月       │制定方案      │",
            "├──────┼──────────┼──────────────┤",
            "│验收  │11-12月   │组织验收      │",
            "└──────┴──────────┴──────────────┘");
        Assert.Single(plan.Tasks);
    }
}
