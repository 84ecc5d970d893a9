using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan set out by department, each heading a body's name with the count of its tasks (<c>一、县发展和改革局（3项）</c>):
/// the tasks under it that name no lead are the body's, as under the name alone. A topic with a count is no body.
/// </summary>
public class BodyHeadingWithCountTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_department_heading_with_its_task_count_leads_its_tasks()
    {
        var plan = Import(
            "某县2025年部门重点工作任务",
            "一、县发展和改革局（2项）",
            "1．推进重大项目前期工作。新谋划储备项目40个。（配合：县自然资源局）",
            "2．编制年度国民经济和社会发展计划。",
            "二、县教育局（共2项）",
            "3．推进义务教育优质均衡发展。新建学校2所。",
            "4．加强教师队伍建设。招聘教师120名。（配合：县人社局）");
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("1．"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("1．"));
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("2．"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("3．"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("4．"));
    }

    [Fact]
    public void A_topic_with_a_count_names_no_lead()
    {
        var plan = Import(
            "某县2025年重点工作任务",
            "一、数字政府建设（2项）",
            "1．推进政务数据共享。完成数据目录编制。",
            "2．建设一体化政务服务平台。");
        Assert.Empty(plan.Leads("1．"));
        Assert.Empty(plan.Leads("2．"));
    }
}
