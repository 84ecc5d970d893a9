using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A numbered list of work, then a task table that is not the list restated (hostile15 h26, h27): the list keeps its
/// tasks, and the table's rows are tasks of their own, or give the list's tasks their units where they restate them.
/// </summary>
public class ListBesideOwnTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_table_of_other_work_after_the_list_is_a_section_of_its_own_named_by_its_title()
    {
        var plan = Import(
            "区教育局2024年教育工作要点",
            "一、重点任务",
            "1.坚持立德树人，深化思政课一体化建设。",
            "2.推进学前教育普惠发展，普惠性幼儿园覆盖率达到92%。",
            "3.推进教育数字化转型，深化智慧校园应用。",
            "附件",
            "2024年教育重点建设项目安排表",
            "序号 | 项目名称 | 建设内容 | 责任单位",
            "1 | 区实验小学新建项目 | 新建教学楼1.2万平方米 | 区教育基建办",
            "2 | 智慧校园建设 | 完成30所学校网络提速 | 区电化教育馆");

        Assert.Equal(new[] { "1.", "2.", "3.", "1", "2" }, plan.Model.Tasks.Select(t => t.Label).ToArray());

        // The list names nobody: its tasks get no unit of the table's, though 智慧校园 is in both.
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "区教育基建办" }, plan.Leads("1"));
        Assert.Equal(new[] { "区电化教育馆" }, plan.Leads("2"));

        var annex = plan.Model.Sections[1];
        Assert.Equal("2024年教育重点建设项目安排表", annex.Title);
        Assert.Equal("附件", annex.Text);
        Assert.All(plan.Model.Tasks.Where(t => t.Label is "1" or "2"), t => Assert.Equal(annex.Id, t.SectionId));
        Assert.DoesNotContain("附件", plan.Model.Tasks.Single(t => t.Label == "3.").Text);
    }

    [Fact]
    public void A_list_under_a_framing_heading_gives_way_to_the_task_table()
    {
        var plan = Import(
            "一、工作目标",
            "1.到年底，全市普惠性幼儿园覆盖率达到92%。",
            "2.义务教育巩固率保持在99%以上。",
            "二、任务分工",
            "序号 | 重点任务 | 牵头单位 | 配合单位",
            "1 | 扩大普惠性学前教育资源 | 市教育局 | 市发展改革委",
            "2 | 推进义务教育优质均衡 | 市教育局 | 市财政局");

        // 工作目标 frames the plan: its 1. and 2. are goals, and the table's rows are the tasks.
        Assert.Equal(new[] { "1", "2" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1"));
    }

    [Fact]
    public void A_short_row_restates_its_task_where_the_other_rows_restate_theirs_in_full()
    {
        var plan = Import(
            "县市场监督管理局2024年食品安全工作任务",
            "1.开展校园食品安全守护行动，对全县中小学校食堂开展全覆盖检查。",
            "2.开展农村集体聚餐食品安全专项整治。",
            "3.开展校园周边食品安全专项整治，规范校园周边食品经营行为。",
            "4.推进“互联网+明厨亮灶”建设。",
            "任务分工",
            "序号 | 工作任务 | 负责科室",
            "1 | 校园食品安全 | 食品安全协调科",
            "2 | 农村集体聚餐食品安全专项整治 | 食品经营监管科",
            "3 | 推进“互联网+明厨亮灶”建设 | 餐饮服务监管科");

        Assert.Equal(new[] { "1.", "2.", "3.", "4." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "食品安全协调科" }, plan.Leads("1."));
        Assert.Equal(new[] { "食品经营监管科" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Equal(new[] { "餐饮服务监管科" }, plan.Leads("4."));
    }

    [Fact]
    public void Short_rows_restate_the_tasks_numbered_as_they_are_and_whose_words_hold_theirs()
    {
        var plan = Import(
            "1.完善分类投放设施。新建和改造垃圾分类投放点300个。",
            "2.提升分类收运能力。新增厨余垃圾专用收运车辆12辆。",
            "3.推进源头减量。",
            "附件：重点任务责任表",
            "序号 | 任务 | 牵头单位 | 配合单位",
            "1 | 投放设施 | 区城市管理局 | 各街道办事处",
            "2 | 收运能力 | 区环卫中心 | ");

        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("1."));
        Assert.Equal(new[] { "区环卫中心" }, plan.Leads("2."));
    }

    [Fact]
    public void Short_rows_numbered_as_tasks_whose_words_do_not_hold_theirs_restate_nothing()
    {
        var plan = Import(
            "1.开展校园食品安全守护行动，对全县中小学校食堂开展全覆盖检查。",
            "2.开展农村集体聚餐食品安全专项整治。",
            "任务分工",
            "序号 | 工作任务 | 负责科室",
            "1 | 农村集体聚餐 | 食品经营监管科",
            "2 | 校园食品安全 | 食品安全协调科");

        // Four to seven characters could sit in any task: where the numbers do not say which, the table is its own.
        Assert.Equal(new[] { "1.", "2." }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "食品经营监管科" }, plan.Leads("1"));
    }

    [Fact]
    public void The_wrapped_end_of_the_last_task_opens_no_section()
    {
        var plan = Import(
            "1.坚持立德树人，深化思政课一体化建设。",
            "2.推进教育数字化转型，深化智慧校",
            "园应用",
            "序号 | 项目名称 | 责任单位",
            "1 | 区实验小学新建项目 | 区教育基建办",
            "2 | 城南幼儿园改扩建 | 区教育基建办");

        Assert.Empty(plan.Model.Sections);
        Assert.Contains("园应用", plan.Model.Tasks.Single(t => t.Label == "2.").Text);
    }
}
