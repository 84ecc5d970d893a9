using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Reading;
using Xunit;
using Xunit.Abstractions;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Hard-wrapped text joined into paragraphs: a hostile document where every line looks wrapped (same width, no
/// sentence end, the next line unnumbered) is joined into one paragraph, and that must take time linear in its size.
/// </summary>
public class HardWrapsTests
{
    private readonly ITestOutputHelper output;

    public HardWrapsTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Lines_that_all_look_wrapped_are_joined_into_one_paragraph_in_linear_time()
    {
        // 50,000 lines of one width, none ending a sentence: one paragraph of about a million characters. Joined by
        // repeated string concatenation this copies ~50 GB (tens of seconds); joined once it takes milliseconds. Time is
        // not asserted (speed is measured in benchmarks): the time is printed, and quadratic work would show as a run of
        // minutes.
        const int count = 50_000;
        var lines = Enumerable.Range(0, count).Select(i => SourceLine.Of(i + 1, "单位" + (i % 7) + "    部门" + (i % 11) + "推进落实有关工作的具体情况")).ToList();

        var watch = Stopwatch.StartNew();
        var joined = HardWraps.Join(lines);
        watch.Stop();
        output.WriteLine(count + " wrapped lines joined in " + watch.ElapsedMilliseconds + " ms");

        var paragraph = Assert.Single(joined);
        Assert.Equal(1, paragraph.Number);
        Assert.Equal(string.Concat(lines.Select(l => l.Text)), paragraph.Text);
    }

    [Fact]
    public void A_line_closed_by_the_clause_after_its_last_stop_ends_its_paragraph_however_wide()
    {
        // Lines of one width each ending 。（X负责）, the next opening with a number glued to the words: each is a task,
        // not a wrapped line of one paragraph. A bracket inside a sentence (…委员会（市粮食局）) still wraps.
        var lines = new[]
        {
            "一、重点任务",
            "1完善规范性文件清理制度。（市司法局负责）",
            "2改革行政执法体制工作。（市编委办负责）",
            "3加强行政执法队伍建设。（市司法局负责）",
            "4推进执法信息平台建设。（市数据局负责）",
        }.Select((t, i) => SourceLine.Of(i + 1, t)).ToList();
        Assert.Equal(5, HardWraps.Join(lines).Count);

        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(string.Join("\n", lines.Select(l => l.Text)), year: 2024);
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市数据局" }, plan.Leads("4"));
    }

    [Fact]
    public void A_bracket_left_open_at_a_lines_end_and_closed_in_the_next_is_one_clause_in_any_document()
    {
        // No wrap width here (short lines of every length): the break inside the clause is still a break.
        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(string.Join("\n",
            "一、强化质量安全监管",
            "1.开展产品质量监督抽查。（牵头单位：市",
            "市场监管局；配合单位：市工信局）",
            "2.推进计量器具强制检定。（牵头单位：市市场监管局；配合单位：",
            "市发改委、市住建局）",
            "3.加强特种设备安全监管。（牵头单位：市市场监管局）"), year: 2024);
        Assert.Equal(new[] { "市市场监管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市工信局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市发改委", "市住建局" }, plan.Supports("2."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "市" || u.Id == "市场监管局");
        Assert.Equal(3, plan.Tasks.Count());
    }

    [Fact]
    public void A_field_list_ending_in_a_comma_of_enumeration_goes_on_in_a_line_of_names()
    {
        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(string.Join("\n",
            "石门县2024年优化营商环境任务清单", "",
            "1. 开展“企业开办一日办结”行动",
            "   责任单位：县市场监管局",
            "   配合单位：县税务局、县公安局、",
            "   县人社局",
            "   完成时限：2024年6月底",
            "2. 开展“不动产登记便民”行动",
            "   责任单位：县自然资源局、",
            "   推行不动产登记与水电气过户联动办理。"));
        Assert.Equal(new[] { "县税务局", "县公安局", "县人社局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("2."));
        Assert.Contains("推行不动产登记", plan.Words());
    }

    [Fact]
    public void A_label_ending_a_tasks_words_takes_the_names_on_the_next_line_over_blank_lines()
    {
        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(string.Join("\n",
            "某县2024年乡村振兴工作要点", "",
            "（一）发展壮大帮扶产业。提高脱贫劳动力务工就业规模。责任单位：", "", "", "",
            "县农业农村局、县人力资源和社会保障局。", "",
            "（二）推进和美乡村建设。实施农村人居环境整治。牵头单位：",
            "县住房和城乡建设局",
            "（三）深化农村改革。主要内容如下：", "",
            "县农业农村局负责统筹，稳妥推进宅基地制度改革。",
            "（四）做好其他工作。（县民政局负责）"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县人力资源和社会保障局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("（二）"));

        // Words before a colon that are no label wait for nothing: the sentence after them is no list of names.
        Assert.DoesNotContain("县农业农村局负责统筹", plan.Names(plan.Task("（三）").InEffect.Leads));
    }

    [Fact]
    public void A_label_ending_a_wrapped_line_leaves_the_documents_wrap_width_as_it_was()
    {
        // Joined before the wraps, the line ending in 责任单位： would be the document's longest and no line would look
        // wrapped: every task's bracket would stay broken over lines.
        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From(string.Join("\n",
            "某市2024年政府工作报告重点工作任务分解方案",
            "一、着力扩大有效需求",
            "1.全年实施500万元以上项目1200个，完成重点项目投资680亿",
            "元，争取专项债券资金80亿元以上。（牵头市领导：王某；牵",
            "头单位：市发展改革委；责任单位：市财政局、市住房城乡建设局）",
            "2.开展消费提振年活动，社会消费品零售总额增长百分之六，新培",
            "育夜间经济集聚区3个。（牵头市领导：刘某；牵头单位：市商务局",
            "；责任单位：市文化旅游广电局、市市场监督管理局）",
            "3.推动文旅深度融合，创建国家4A级旅游景区2家，接待游客人次增长",
            "10%。（牵头市领导：刘某；牵头单位：市文化旅游广电局；责任单位：",
            "市交通运输局、市财政局）",
            "4.新认定高新技术企业120家，全社会研发经费投入强度达到2.3%以",
            "上。（牵头市领导：陈某；牵头单位：市科技局；责任单位：市财政局）"));
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市文化旅游广电局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市交通运输局", "市财政局" }, plan.Supports("3."));
        Assert.Equal(new[] { "市科技局" }, plan.Leads("4."));
    }
}
