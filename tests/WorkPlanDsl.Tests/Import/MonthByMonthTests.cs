using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan's work set out one paragraph a month (<c>1月：…（办公室、采编部）</c>, <c>7—8月：…</c>, <c>三月份：…</c>), and a
/// bracket that names the helper after a comma (<c>（少儿部，阅读推广部协助）</c>).
/// </summary>
public class MonthByMonthTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Each_months_paragraph_is_a_task_labelled_by_its_month()
    {
        var plan = Import(
            "襄平市图书馆2022年工作计划",
            "一、全年重点工作",
            "（一）推进新馆智慧化改造。（责任部门：信息技术部，配合部门：借阅部）",
            "二、月度工作安排",
            "1月：开展“文化进万家”春节系列活动；完成年度中文图书采购招标。（办公室、采编部）",
            "2月：举办“元宵灯谜会”。（阅读推广部）",
            "3月：开展“学雷锋”志愿服务月活动。（负责：阅读推广部；协助：办公室）",
            "7—8月：举办暑期少儿阅读夏令营。（少儿部，阅读推广部协助）",
            "10月：国庆期间延长开放时间。",
            "三、保障措施",
            "各部门每月25日前将当月工作完成情况报办公室汇总。");
        Assert.Equal(new[] { "（一）", "1月", "2月", "3月", "7—8月", "10月" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("开展“文化进万家”", plan.Task("1月").Title);
        Assert.Equal(new[] { "办公室" }, plan.Leads("1月"));
        Assert.Equal(new[] { "阅读推广部" }, plan.Leads("2月"));
        Assert.Equal(new[] { "阅读推广部" }, plan.Leads("3月"));
        Assert.Equal(new[] { "少儿部" }, plan.Leads("7—8月"));
        Assert.Equal(new[] { "阅读推广部" }, plan.Supports("7—8月"));
        Assert.Empty(plan.Leads("10月"));
        Assert.Empty(plan.Model.Sections.Single(s => s.Title == "月度工作安排").Declared.Leads);
    }

    [Fact]
    public void Months_that_do_not_count_up_or_stand_alone_are_no_tasks()
    {
        var plan = Import(
            "某县2024年工作要点",
            "一、重点工作",
            "1.推进项目建设。（县发改局牵头）",
            "时间安排：",
            "3月：启动。",
            "1月：总结。",
            "2.加强宣传。（县委宣传部负责）");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Month_lines_that_end_with_no_stop_are_not_joined_as_wrapped_text()
    {
        var plan = Import(
            "2024年工作计划",
            "一、全年安排",
            "1月：开展第一项活动（办公室、采编部）",
            "2月：开展第二项活动（办公室、采编部）",
            "3月：开展第三项活动（办公室、采编部）",
            "10月：开展第九项活动（办公室、采编部）");
        Assert.Equal(new[] { "1月", "2月", "3月", "10月" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_calendar_of_events_naming_nobody_is_no_tasks()
    {
        var plan = Import(
            "某中学2024学年第一学期工作计划",
            "一、重点工作",
            "1.加强党支部标准化建设。（党政办负责）",
            "2.开展开学第一课活动。（德育处负责）",
            "二、行事历",
            "9月：开学典礼；教师节表彰；新生入学教育",
            "10月：秋季运动会；期中考试",
            "11月：家长会；青年教师优质课评比",
            "12月：合唱比赛；元旦文艺汇演");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_schedule_that_repeats_the_numbered_tasks_month_by_month_is_no_tasks()
    {
        var plan = Import(
            "某县住建局2024年工作计划",
            "一、重点工作任务",
            "1.稳妥推进城镇老旧小区改造，全年改造小区30个。（城市建设股负责）",
            "2.开展房地产市场秩序专项整治。（房地产市场监管股负责）",
            "3.开展冬季燃气安全专项检查。（燃气管理办公室负责）",
            "二、月度工作安排",
            "3月：启动城镇老旧小区改造项目招标。（城市建设股）",
            "4月：开展房地产市场秩序专项整治。（房地产市场监管股）",
            "11月：开展冬季燃气安全专项检查。（燃气管理办公室）");
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Theory]
    [InlineData("（少儿部，阅读推广部协助）", "少儿部", "阅读推广部")]
    [InlineData("（县教育局，县财政局配合）", "县教育局", "县财政局")]
    [InlineData("（委机关各科室，委直属单位按职责分工负责）", null, null)]
    public void A_bracket_naming_the_helper_after_a_comma_keeps_the_unit_before_it_as_lead(string bracket, string? lead, string? support)
    {
        var plan = Import("某单位2022年工作要点", "一、重点工作", "1.举办暑期少儿阅读夏令营。" + bracket, "2.开展读书月活动。（阅读推广部负责）");
        if (lead is null)
        {
            Assert.DoesNotContain("委直属单位", plan.Leads("1."));
        }
        else
        {
            Assert.Equal(new[] { lead }, plan.Leads("1."));
            Assert.Equal(new[] { support! }, plan.Supports("1."));
        }
    }
}
