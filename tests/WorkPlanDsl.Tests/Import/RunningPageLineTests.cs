using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan converted with <c>pdftotext</c>: the words printed at the foot (or top) of every page come out as a line
/// between form feeds, and a page break may put them inside a task's role bracket (…（牵 / 公报… / 头单位：X）), where
/// they split the role word. After their first time they are the page's, not the plan's.
/// </summary>
public class RunningPageLineTests
{
    private const string Foot = "云峤市人民政府公报  2025年第4期（总第231期）";

    [Fact]
    public void A_running_foot_inside_a_role_bracket_leaves_the_bracket_whole()
    {
        var plan = ImportedModel.From(string.Join("\n",
            Foot,
            "云峤市人民政府关于分解落实2025年重点工作任务的通知",
            "一、优化营商环境",
            "1.深化工程建设项目审批制度改革。推行拿地即开工模式。（牵头单位：市住房和城乡建设局）",
            "2.深化信访工作法治化建设。推行信访事项分类处理清单。（牵",
            "",
            Foot,
            "\f头单位：市信访局；配合单位：市司法局、市委政法",
            "委员会）",
            "3.加强社区工作者队伍建设。落实社区工作者职业体系。（牵头单位：市民政局）",
            "",
            Foot,
            "\f4.推进城市更新行动。完成老旧小区改造30个。（牵头单位：市住房和城乡建设局）"));
        Assert.Equal(new[] { "市信访局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市司法局", "市委政法委员会" }, plan.Supports("2."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("公报"));
        Assert.DoesNotContain(plan.Tasks, t => string.Concat(t.Text).Contains("公报"));
    }

    [Fact]
    public void A_line_that_opens_two_pages_of_many_by_chance_stays()
    {
        // Ten pages, two of which happen to open with the same deadline line: a task's field, not a running head.
        var lines = Enumerable.Range(1, 10).SelectMany(page => new[]
        {
            (page is 3 or 7 ? "\f" : page > 1 ? "\f" : string.Empty) + (page is 3 or 7 ? "完成时限：2025年12月底前" : "说明：第" + page + "页"),
            page + ".推进第" + page + "项重点工作建设。（牵头单位：市发展和改革委员会）",
        });
        var plan = ImportedModel.From(string.Join("\n", new[] { "云峤市2025年重点工作安排", "一、重点任务" }.Concat(lines)));
        Assert.Equal("2025年12月底前", plan.Task("2.").Declared.Due!.Text);
        Assert.Equal("2025年12月底前", plan.Task("6.").Declared.Due!.Text);
    }

    [Fact]
    public void A_tables_header_printed_again_at_the_top_of_each_page_stays()
    {
        // pdftotext without -layout: a cell a line, the header again after each page break; the rows are read by it.
        var header = "序号\n重点任务\n牵头单位\n配合单位";
        var plan = ImportedModel.From(string.Join("\n",
            "云峤区2025年重点任务分工表",
            header,
            "1", "规范涉企行政检查", "区司法局", "区市场监督管理局",
            "2", "优化跨境贸易便利化服务", "区商务局", "区发展和改革委员会",
            "\f" + header,
            "3", "加快人工智能场景开放应用", "区科技局", "区数据局",
            "4", "提升基层医疗卫生服务能力", "区卫生健康委员会", "区医疗保障局",
            "\f" + header,
            "5", "完善住房保障体系", "区住房和城乡建设局", "区财政局"));
        Assert.Equal(5, plan.Tasks.Count());
        Assert.Equal(new[] { "区科技局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
    }

    [Fact]
    public void A_field_line_that_opens_every_page_is_the_plans()
    {
        // Three tasks a page, each with its lead on the next line, a page breaking between a task and its lead: every
        // page but the first opens with the same field line.
        var lines = Enumerable.Range(1, 9).SelectMany(k => new[]
        {
            k + ".推进第" + k + "项教育重点工作，确保按期完成。",
            (k % 3 == 0 ? "\f" : string.Empty) + "牵头单位：县教育局。",
        });
        var plan = ImportedModel.From(string.Join("\n", new[] { "县教育局2025年工作要点" }.Concat(lines)));
        Assert.Equal(9, plan.Tasks.Count());
        Assert.All(plan.Tasks, t => Assert.Equal(new[] { "县教育局" }, plan.Names(t.InEffect.Leads)));
    }
}
