using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Statements that give several tasks their lead at once, by number, by count or by what the tasks lack
/// (第1至2项由A牵头，其余任务由B牵头; 未明确牵头单位的事项，由X牵头): each read of the tasks it names and no others, and a
/// statement that could name other tasks reads nothing, with a warning (the review of fc001d2 found each of these).
/// </summary>
public class StatementsOverSeveralTasksTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] FourTasks = { "一、重点任务", "1.深化“一网通办”改革。", "2.推进工程建设项目审批制度改革。", "3.加强统计监测分析。", "4.加强信用体系建设。" };

    [Theory]
    [InlineData("未明确牵头单位的事项，由县安委办牵头。")]
    [InlineData("凡未明确牵头单位的，均由县安委办牵头。")]
    [InlineData("（未明确牵头单位的，由县安委办牵头）")]
    [InlineData("未明确牵头单位的，由县安委办牵头负责。")]
    [InlineData("未明确牵头单位的，由县安委办牵头，各乡镇配合。")]
    [InlineData("其中，未明确牵头单位的任务由县安委办牵头。")]
    public void A_lead_for_the_tasks_naming_none_is_never_a_second_lead_of_the_task_above_it(string statement)
    {
        var plan = Import("某县2024年安全生产重点工作要点", "一、城乡建设", "1.推进老旧小区改造。", "2.加强燃气安全管理。", "3.开展打非治违专项行动。（县应急局牵头）", statement);
        Assert.Equal(new[] { "县安委办" }, plan.Leads("1."));
        Assert.Equal(new[] { "县安委办" }, plan.Leads("2."));
        Assert.Equal(new[] { "县应急局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_parts_lead_for_its_tasks_naming_none_leads_that_part_only()
    {
        var plan = Import("某县要点", "一、城乡建设", "1.推进老旧小区改造。", "2.加强燃气安全管理。（县城管局牵头）", "本部分未明确牵头单位的，由县住建局牵头。",
            "二、应急管理", "3.健全安全生产责任体系。", "4.开展打非治违专项行动。（县应急局牵头）");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Theory]
    [InlineData("除第3项外，其余任务由县发改局牵头，第3项由县统计局牵头。", true)]
    [InlineData("除第3项外，其余任务由县发改局牵头，第3项由县统计局牵头。", false)]
    [InlineData("第3项由县统计局牵头，其余任务由县发改局牵头。", false)]
    [InlineData("第1、2、4项由县发改局牵头，其余任务由县统计局牵头。", true)]
    public void The_other_tasks_and_the_tasks_set_apart_each_get_their_own_lead(string statement, bool before)
    {
        var plan = before ? Import(new[] { "某县方案", statement }.Concat(FourTasks).ToArray()) : Import(new[] { "某县方案" }.Concat(FourTasks).Append(statement).ToArray());
        foreach (var task in new[] { "1.", "2.", "4." })
        {
            Assert.Equal(new[] { "县发改局" }, plan.Leads(task));
        }

        Assert.Equal(new[] { "县统计局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_plan_wide_statement_leaves_the_tasks_of_a_heading_that_names_its_own_lead()
    {
        var plan = Import("某县方案", "除第2项由县统计局牵头外，其余任务由县发改局牵头。", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强统计监测分析。",
            "二、优化法治环境（县司法局牵头）", "3.规范行政执法行为。", "4.开展涉企执法检查。");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县统计局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县司法局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_chinese_number_that_is_also_a_headings_names_neither()
    {
        var plan = Import("某县方案", "除第三项由县统计局牵头外，其余任务由县发改局牵头。", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。",
            "二、优化市场环境", "3.加强信用体系建设。", "三、加强统计监测", "4.加强统计监测分析。");
        Assert.All(new[] { "1.", "2.", "3.", "4." }, task => Assert.Empty(plan.Leads(task)));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("may be the heading"));
    }

    [Theory]
    [InlineData("第1至3项由县司法局牵头。", "县司法局", "县司法局")]
    [InlineData("除第2项由县公安局牵头外，其余任务由县司法局牵头。", "县司法局", "县公安局")]
    public void A_statement_before_a_parts_tasks_whose_numbering_starts_again_names_that_parts_tasks(string statement, string first, string second)
    {
        var plan = Import("某县方案", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。", "3.推进“一件事一次办”。",
            "二、优化法治环境", statement, "1.规范行政执法行为。", "2.开展涉企执法检查。", "3.推进公正司法。");
        var tasks = plan.Tasks.ToList();
        Assert.All(tasks.Take(3), t => Assert.True(t.InEffect.Leads.IsEmpty));
        Assert.Equal(new[] { first }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Equal(new[] { second }, plan.Names(tasks[4].InEffect.Leads));
    }

    [Fact]
    public void A_statement_naming_a_task_of_an_earlier_part_and_one_to_come_gives_both()
    {
        var plan = Import("某县方案", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。", "二、优化法治环境",
            "第1项由县政务服务中心牵头，第4项由县司法局牵头。", "3.规范行政执法行为。", "4.开展涉企执法检查。");
        Assert.Equal(new[] { "县政务服务中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "县司法局" }, plan.Leads("4."));
    }

    [Theory]
    [InlineData("第（3）项由县行政审批局牵头。")]
    [InlineData("第③项由县行政审批局牵头。")]
    [InlineData("第3项由县行政审批局牵头。")]
    public void A_task_named_by_a_bracketed_or_circled_number_is_that_task_and_not_the_one_above(string statement)
    {
        var plan = Import("某县方案", "一、重点任务", "1.深化“一网通办”改革。（县政务服务中心牵头）", "2.加强政务数据共享。", "3.推进“一件事一次办”。", "4.规范行政执法行为。", statement);
        Assert.Equal(new[] { "县行政审批局" }, plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void Respectively_after_the_names_gives_each_task_its_own()
    {
        var plan = Import("某县方案", "一、重点任务", "1.深化“一网通办”改革。", "2.加强政务数据共享。", "3.推进“一件事一次办”。", "第1、3项由县行政审批局、县财政局分别牵头。");
        Assert.Equal(new[] { "县行政审批局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("3."));
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void Thousands_of_exceptions_in_one_statement_are_no_statement_and_no_crash()
    {
        // The review's 1.1 MB line of 除第N项由…外，: a recursion per exception overflowed the stack.
        var statement = string.Concat(Enumerable.Range(1, 5000).Select(n => "除第" + n + "项由县统计局牵头外，")) + "其余任务由县发改局牵头。";
        var plan = Import(new[] { "某县方案" }.Concat(FourTasks).Append(statement).ToArray());
        Assert.Equal(4, plan.Tasks.Count());
        Assert.All(new[] { "1.", "2.", "3.", "4." }, task => Assert.Empty(plan.Leads(task)));
    }

    [Fact]
    public void A_count_of_tasks_above_across_a_task_with_its_own_lead_or_said_twice_gives_no_lead()
    {
        // Review of this day's change (review-72): 以上两项 reached past a led task to an earlier one, and a second
        // statement straight after the first became the section's lead.
        var plan = Import("某县方案", "一、稳增长", "1.推进重大项目建设。", "2.加强项目要素保障。", "3.抓好项目谋划储备。（县财政局负责）", "4.推进项目开工。",
            "以上两项任务，由县发改委牵头。", "二、惠民生", "5.扩大城镇就业。", "6.提高养老服务水平。", "以上两项任务，由县人社局牵头。", "以上两项任务，由县民政局牵头。");
        Assert.Empty(plan.Leads("2."));
        Assert.Empty(plan.Leads("4."));
        Assert.Equal(new[] { "县人社局" }, plan.Leads("5."));
        Assert.DoesNotContain(plan.Model.Sections, s => !s.Declared.Leads.IsEmpty);
    }
}
