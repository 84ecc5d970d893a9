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

    [Fact]
    public void A_dittos_lead_yields_to_what_names_a_task_by_its_number()
    {
        // review-73 A2: 下同 was carried before a 任务序号 table and a 同第1项 were read, and overrode both.
        var table = Import("某市2025年安全生产工作要点", "一、重点任务", "1.完善安全生产责任清单。（责任单位：市应急管理局，下同）", "2.开展安全生产执法检查。",
            "3.组织应急演练。", "4.开展消防安全专项整治。", "附件：任务分工", "任务序号\t牵头单位\t配合单位", "3\t市消防救援支队\t各区政府", "4\t市消防救援支队\t市住建局");
        Assert.Equal(new[] { "市应急管理局" }, table.Leads("2."));
        Assert.Equal(new[] { "市消防救援支队" }, table.Leads("3."));
        Assert.Equal(new[] { "市消防救援支队" }, table.Leads("4."));

        var ditto = Import("某市2025年安全生产工作要点", "一、重点任务", "1.开展消防安全专项整治。（责任单位：市消防救援支队）", "2.完善安全生产责任清单。（责任单位：市应急管理局，下同）",
            "3.开展安全生产执法检查。", "4.开展高层建筑消防隐患排查。（责任单位：同第1项）");
        Assert.Equal(new[] { "市应急管理局" }, ditto.Leads("3."));
        Assert.Equal(new[] { "市消防救援支队" }, ditto.Leads("4."));
    }

    [Fact]
    public void A_ditto_carrying_the_conventions_lead_says_so_on_each_task_it_reaches()
    {
        // review-73 C4: the carried first-listed lead had no review note on the later tasks.
        var plan = Import("2024年全市卫生健康工作任务", "一、重点任务", "1.加强疾控体系建设。（责任单位：市卫生健康委、市医保局，下同）", "2.推进医共体建设。", "3.深化医保支付方式改革。");
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("3."));
        Assert.Equal(2, plan.Result.Notes.Count(n => n.Message.Contains("carried by 下同")));
    }

    [Theory]
    [InlineData("（责任市领导：王志强副市长，下同；牵头单位：市应急管理局）")]
    [InlineData("（牵头单位：市应急管理局；督办单位：市政府督查室，下同）")]
    [InlineData("（市应急管理局负责，含所属执法队伍，下同）")]
    [InlineData("（牵头单位：市应急管理局；完成时限：2025年12月底前，下同）")]
    public void A_ditto_said_of_another_field_carries_no_lead(string clause)
    {
        // review-73 A3: the 下同 is the field's just before it: a leader's, a supervisor's, a note's, a time's.
        var plan = Import("某市2025年安全生产工作要点", "一、重点任务", "1.完善安全生产责任清单。" + clause, "2.开展安全生产执法检查。");
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
    }

    [Theory]
    [InlineData("（责任单位：市应急管理局，下同）")]
    [InlineData("（牵头单位：市应急管理局；配合单位：市公安局，下同）")]
    [InlineData("（市应急管理局负责，下同）")]
    public void A_ditto_said_of_who_does_the_task_carries_it_on(string clause)
    {
        var plan = Import("某市2025年安全生产工作要点", "一、重点任务", "1.完善安全生产责任清单。" + clause, "2.开展安全生产执法检查。");
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_count_of_the_tasks_above_takes_those_led_only_by_the_convention_and_a_count_of_measures_the_open_task()
    {
        // review-73 A4: 以上两项任务 skipped tasks 3 and 4, led only by the first-listed convention, and led tasks 1 and 2.
        var convention = Import("2024年全县农业农村重点工作任务", "一、稳定粮食生产", "1.落实粮食播种面积56万亩。", "2.建设高标准农田3万亩。",
            "3.推进农田水利设施建设。（县水利局、县财政局负责）", "4.实施化肥农药减量增效行动。（县农业农村局、县生态环境分局负责）", "以上两项任务，由县水利局、县农业农村局分别牵头。");
        Assert.Empty(convention.Leads("1."));
        Assert.Empty(convention.Leads("2."));
        Assert.Equal(new[] { "县水利局" }, convention.Leads("3."));
        Assert.Equal(new[] { "县财政局" }, convention.Supports("3."));
        Assert.Equal(new[] { "县农业农村局" }, convention.Leads("4."));

        // A5: 以上两项措施 after task 3's measures gave task 2 the lead too.
        var measures = Import("2024年全县农业农村重点工作任务", "一、稳定粮食生产", "1.落实粮食播种面积56万亩。（县农业农村局负责）", "2.建设高标准农田3万亩。",
            "3.推进农田水利设施建设：", "（1）新建改造灌溉渠道20公里；", "（2）完成小型水库除险加固5座。", "以上两项措施由县水利局牵头。");
        Assert.Empty(measures.Leads("2."));
        Assert.Equal(new[] { "县水利局" }, measures.Leads("3."));
    }

    [Theory]
    [InlineData("——以上两项由县水利局牵头，县财政局配合。", "县水利局")]
    [InlineData("以上两条由县水利局负责。", "县水利局")]
    [InlineData("上述两方面工作由县商务局牵头。", "县商务局")]
    [InlineData("以上两个项目由县供销社牵头。", "县供销社")]
    public void A_count_of_the_tasks_above_in_other_words_still_counts_them(string statement, string lead)
    {
        // review-73 A7: these gave the lead to every task above.
        var plan = Import("2024年全县重点工作任务", "一、稳定粮食生产", "1. 落实粮食播种面积56万亩。", "2. 建设高标准农田3万亩。", "3. 新建改造灌溉渠道20公里。", statement);
        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { lead }, plan.Leads("2."));
        Assert.Equal(new[] { lead }, plan.Leads("3."));
    }

    [Fact]
    public void The_first_tasks_counted_and_the_others_after_a_count_each_have_theirs()
    {
        // review-73 A7: 前两项 gave the third task the lead; A6: ，其余由B牵头 after a count made A and B co-lead the two.
        var first = Import("2024年全县重点工作任务", "一、加强组织保障", "1. 建立乡村振兴联席会议制度。", "2. 完善乡村振兴考核办法。", "3. 开展乡村振兴督查。", "前两项任务由县委农办牵头。");
        Assert.Equal(new[] { "县委农办" }, first.Leads("1."));
        Assert.Equal(new[] { "县委农办" }, first.Leads("2."));
        Assert.Empty(first.Leads("3."));

        var others = Import("2024年全县重点工作任务", "一、稳定粮食生产", "1. 落实粮食播种面积56万亩。", "2. 建设高标准农田3万亩。", "3. 新建改造灌溉渠道20公里。", "以上两项由县水利局牵头，其余由县农业农村局牵头。");
        Assert.Equal(new[] { "县农业农村局" }, others.Leads("1."));
        Assert.Equal(new[] { "县水利局" }, others.Leads("2."));
        Assert.Equal(new[] { "县水利局" }, others.Leads("3."));
    }

    [Theory]
    [InlineData("第1至2项由县发改局牵头，其余2项由县财政局牵头。")]
    [InlineData("第1至2项由县发改局牵头；其余任务由县财政局牵头。")]
    public void The_others_after_a_scope_with_a_count_or_a_stop_are_the_lists_other_tasks(string statement)
    {
        // review-73 A8: 其余3项 (and ；其余) ran into the scope's words: tasks 1–2 were co-led by both, 3–4 by none.
        var plan = Import("2024年全县重点工作任务", "一、稳增长", "1. 扩大有效投资。", "2. 促进消费。", "3. 稳定外贸。", "4. 优化营商环境。", statement);
        Assert.Equal(new[] { "县发改局", "县发改局", "县财政局", "县财政局" }, plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))).ToArray());
    }

    [Fact]
    public void A_paragraph_giving_a_parts_tasks_out_by_their_titles_gives_each_its_own()
    {
        // hostile74 h74-01: the paragraph closing a part named its tasks by what they are called; read as the last task's
        // words, it gave that task every body it named (two wrong leads) and the others none.
        var plan = Import("绵阳市2025年城市更新行动工作方案", "一、推进城镇老旧小区和城中村改造", "1.推进老旧小区改造。2025年完成改造老旧小区120个。",
            "2.推进城中村改造。启动城中村改造项目5个。", "3.完善物业管理。物业服务覆盖率达到85%以上。", "4.补齐社区服务设施。新建服务设施30处。",
            "推进老旧小区改造、城中村改造由市住建局牵头，市财政局、各区人民政府配合；完善物业管理由市住建局会同市民政局负责；补齐社区服务设施由市民政局牵头，市发展改革委配合。",
            "二、提升城市功能品质", "5.建设口袋公园和城市绿道。新建口袋公园20个。", "6.推进城市停车设施建设。新增公共停车泊位4000个。", "7.加强城市更新项目储备。建立城市更新项目库。",
            "本部分任务中，口袋公园和城市绿道建设由市城市管理局牵头；停车设施建设由市公安局交警支队、市城市管理局分别负责。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市财政局", "各区人民政府" }, plan.Supports("2."));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市民政局" }, plan.Supports("3."));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("4."));
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("5."));
        Assert.Equal(new[] { "市公安局交警支队", "市城市管理局" }, plan.Leads("6."));

        // A part's task the paragraph does not name keeps none.
        Assert.Empty(plan.Leads("7."));
    }

    [Fact]
    public void Words_naming_no_task_by_its_title_stay_the_last_tasks()
    {
        var plan = Import("某市2025年工作方案", "一、重点任务", "1.推进老旧小区改造。完成改造老旧小区120个。", "2.完善物业管理。物业服务覆盖率达到85%以上。",
            "项目建设由市住建局负责，资金保障由市财政局负责。");
        Assert.Empty(plan.Leads("1."));
    }

    [Fact]
    public void A_name_going_on_past_a_title_to_a_thing_of_the_task_names_no_task()
    {
        // review-75 A1: 老旧小区改造资金 (5 of its 7 pairs in 推进老旧小区改造) was taken for the task, and the funding
        // task's own paragraph gave 市财政局 the renovation; 城中村改造进度由市统计局牵头统计 made the statistics bureau lead it.
        var funding = Import("某市2025年城市更新行动工作方案", "一、重点任务", "1.推进老旧小区改造。2025年完成改造老旧小区120个。",
            "2.完善物业管理。物业服务覆盖率达到85%以上。", "3.强化资金保障。统筹用好各级各类资金，加大财政投入。",
            "老旧小区改造资金由市财政局负责统筹；物业管理经费由各区人民政府负责保障。");
        Assert.Empty(funding.Leads("1."));
        Assert.Empty(funding.Leads("2."));
        Assert.Equal(new[] { "市财政局" }, funding.Leads("3."));

        var statistics = Import("某市2025年城市更新行动工作方案", "未明确牵头单位的任务，均由市住建局牵头。", "一、重点任务", "1.推进老旧小区改造。2025年完成改造老旧小区120个。",
            "2.推进城中村改造。启动城中村改造项目5个。", "3.完善物业管理。物业服务覆盖率达到85%以上。（市民政局牵头）", "老旧小区改造、城中村改造进度由市统计局牵头统计。");
        Assert.Equal(new[] { "市住建局" }, statistics.Leads("1."));
        Assert.Equal(new[] { "市住建局" }, statistics.Leads("2."));
    }

    [Fact]
    public void Words_naming_only_tasks_that_give_their_own_leads_stay_the_last_tasks()
    {
        // review-75 A1 (t03): the tasks named kept their brackets, yet the paragraph was taken away from the funding task
        // above it, whose words it are.
        var plan = Import("某市2025年城市更新行动工作方案", "一、重点任务", "1.推进老旧小区改造。完成改造老旧小区120个。（市住建局牵头）",
            "2.完善物业管理。物业服务覆盖率达到85%以上。（市民政局牵头）", "3.强化资金保障。统筹用好各级各类资金，加大财政投入。",
            "老旧小区改造、物业管理由市财政局负责统筹资金保障。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("2."));
        Assert.Contains("由市财政局负责统筹资金保障", plan.Task("3.").Text);
    }

    [Fact]
    public void Titles_are_named_out_of_the_whole_plan_not_the_open_parts_last_tasks()
    {
        // review-75 A2: with the part's last 40 tasks looked at, 城镇老旧小区改造 went to task 44 (开展老旧小区改造质量回头看)
        // or, named nowhere, the paragraph was task 45's words. A3: a near title in the open part took part one's task.
        var fields = new[] { "粮食", "药品", "燃气", "电梯", "消防", "供水", "排水", "供热", "交通", "校园", "旅游", "文物", "森林", "河道",
            "矿山", "危化", "建筑", "物流", "电商", "养老", "托育", "就业", "社保", "医保", "教育", "科技", "人才", "住房", "金融", "能源", "网络",
            "数据", "广告", "餐饮", "渔业", "林业", "水利", "气象", "地震", "人防", "港口", "停车" };
        var lines = new[] { "某市2025年城市更新行动工作方案", "一、重点任务", "1.推进城镇老旧小区改造。完成改造老旧小区120个。", "2.开展城中村改造。启动城中村改造项目5个。" }
            .Concat(fields.Select((f, i) => $"{i + 3}.加强{f}领域安全监管。"))
            .Concat(new[] { "45.开展老旧小区改造质量回头看。对已改造小区开展质量抽查。", "城镇老旧小区改造由市住建局牵头，各区人民政府配合；城中村改造由市城市更新中心负责。" });
        var plan = Import(lines.ToArray());
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市城市更新中心" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("45."));

        var parts = Import("某市2025年城市更新行动工作方案", "一、推进城镇老旧小区改造", "1.推进城镇老旧小区改造。完成改造老旧小区120个。", "2.完善小区配套设施。新建充电桩500个。",
            "二、提升城市功能品质", "3.开展老旧小区改造质量回头看。对已改造小区开展质量抽查。", "4.加快城市绿道建设。新建绿道50公里。",
            "城镇老旧小区改造由市住建局牵头，各区人民政府配合；城市绿道建设由市城市管理局负责。");
        Assert.Equal(new[] { "市住建局" }, parts.Leads("1."));
        Assert.Empty(parts.Leads("3."));
        Assert.Equal(new[] { "市城市管理局" }, parts.Leads("4."));
    }

    [Fact]
    public void Fenbie_before_the_you_gives_the_bodies_one_a_title()
    {
        // review-75 A4: 分别 was looked for after 由 only, and each task got both leads.
        var plan = Import("某市2025年城市更新行动工作方案", "一、重点任务", "1.推进老旧小区改造。2025年完成改造老旧小区120个。", "2.推进城中村改造。启动城中村改造项目5个。",
            "3.完善物业管理。物业服务覆盖率达到85%以上。", "老旧小区改造、城中村改造分别由市住建局、市城市更新中心牵头；完善物业管理由市民政局负责。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市城市更新中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("3."));
    }

    [Fact]
    public void Titles_joined_by_he_and_a_title_holding_ziyou_are_named_too()
    {
        // review-75 B8: 老旧小区改造和城中村改造 matched no title, and 自由贸易试验区… was cut at the 由 of 自由: the paragraph
        // fell back to the last task's words, and 完善物业管理 was led by the bodies it does not name.
        var joined = Import("某市2025年城市更新行动工作方案", "一、重点任务", "1.推进老旧小区改造。2025年完成改造老旧小区120个。", "2.推进城中村改造。启动城中村改造项目5个。",
            "3.完善物业管理。物业服务覆盖率达到85%以上。", "老旧小区改造和城中村改造由市住建局牵头，市财政局配合；完善物业管理由市民政局负责。");
        Assert.Equal(new[] { "市住建局" }, joined.Leads("1."));
        Assert.Equal(new[] { "市住建局" }, joined.Leads("2."));
        Assert.Equal(new[] { "市民政局" }, joined.Leads("3."));

        var free = Import("某市2025年开放型经济工作方案", "一、重点任务", "1.建设自由贸易试验区联动创新区。完成制度创新成果10项。", "2.推进跨境电商综合试验区建设。新增跨境电商企业50家。",
            "3.完善物业管理。物业服务覆盖率达到85%以上。", "自由贸易试验区联动创新区建设由市商务局牵头，市发展改革委配合；跨境电商综合试验区建设由市商务局会同市邮政管理局负责。");
        Assert.Equal(new[] { "市商务局" }, free.Leads("1."));
        Assert.Empty(free.Leads("3."));
    }

    [Fact]
    public void A_closing_exception_for_the_whole_plan_comes_before_a_tasks_own_sentence()
    {
        // review-75 A9: read after 下同, the statement came after the task's own-sentence subject too, and 县数据局要加强
        // 技术保障 made 县数据局 the lead the statement gives 县发改局.
        var plan = Import("某县2024年优化营商环境重点任务分工方案", "一、优化政务服务", "1.深化“一网通办”改革。推动高频事项全程网办。县数据局要加强技术保障。",
            "2.加强政务数据共享。推进数据资源目录编制。", "二、优化市场环境", "3.加强信用体系建设。建立信用修复机制。", "4.加强统计监测分析。各乡镇负责做好基础数据报送。",
            "除第4项由县统计局牵头外，其余任务由县发改局牵头。");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县统计局" }, plan.Leads("4."));
    }

    [Fact]
    public void A_task_set_apart_from_the_rest_with_any_verb_but_support_is_not_the_rests()
    {
        // review-75 A7: only 牵头, 负责, 主办, 承办, 主责 set a task apart; 由县统计局会同县财政局推进 and 由县统计局承担 left
        // tasks 3 and 4 to 县发改局.
        var plan = Import("某县2024年优化营商环境工作要点", "一、重点任务", "1.深化“一网通办”改革。推进高频事项全程网办。", "2.推进审批制度改革。推行容缺受理、告知承诺制。",
            "3.加强统计监测分析。建立营商环境监测指标体系。", "4.开展营商环境评价。委托第三方开展评价。",
            "以上任务均由县发改局牵头，其中第3项由县统计局会同县财政局推进，第4项由县统计局承担。");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县统计局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("3."));
        Assert.DoesNotContain("县发改局", plan.Leads("4."));
    }

    [Fact]
    public void Measures_written_inline_are_counted_as_the_open_tasks()
    {
        // review-75 A8: ①…；② inline counted no measure, and 以上两项措施 gave the task above the open task its lead too.
        var plan = Import("某县2025年乡村振兴工作要点", "一、重点任务", "1.推进高标准农田建设。新建高标准农田2万亩。", "2.推进农村改厕。完成农村户厕改造3000户。",
            "3.加强耕地保护。具体措施：①落实耕地占补平衡；②开展撂荒地整治。", "以上两项措施由县自然资源局牵头，县农业农村局配合。");
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_closing_exception_for_the_whole_plan_yields_to_an_annex_and_a_set_apart_support_keeps_the_lead()
    {
        // review-74 A1: said after the plan's last task, it overrode the annex's 任务序号 table.
        var annex = Import("某县2024年优化营商环境重点任务分工方案", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。", "二、优化市场环境",
            "3.加强信用体系建设。", "4.加强统计监测分析。", "除第4项由县统计局牵头外，其余任务由县发改局牵头。", "附件：第一部分任务分工", "任务序号\t牵头单位\t配合单位",
            "1\t县政务服务局\t县数据局", "2\t县数据局\t县政务服务局");
        Assert.Equal(new[] { "县政务服务局", "县数据局", "县发改局", "县统计局" }, annex.Tasks.Select(t => string.Join("、", annex.Names(t.InEffect.Leads))).ToArray());

        // review-74 B5: 其中第3项由Y配合 set task 3 apart for its support only; it lost its lead.
        var support = Import("某县2024年工作要点", "一、重点任务", "1.深化“一网通办”改革。", "2.推进审批制度改革。", "3.加强统计监测分析。", "以上任务均由县发改局牵头，其中第3项由县统计局配合。");
        Assert.Equal(new[] { "县发改局" }, support.Leads("3."));
        Assert.Equal(new[] { "县统计局" }, support.Supports("3."));
    }

    [Theory]
    [InlineData("责任分工：市卫生健康委牵头，市医保局、市市场监管局配合。")]
    [InlineData("职责分工：市卫生健康委牵头，市医保局、市市场监管局配合。")]
    [InlineData("以上工作，市卫生健康委为牵头单位，市医保局、市市场监管局为配合单位。")]
    [InlineData("以上任务，由市卫生健康委牵头，市医保局、市市场监管局配合。")]
    public void A_part_closed_by_its_division_of_work_gives_it_to_every_task_of_the_part(string closing)
    {
        // hostile73 h73-16: 责任分工： and 以上工作， after a part's tasks gave the lead to its last task alone.
        var plan = Import("某市2025年健康城市建设工作计划", "一、完善健康服务体系", "1.推进紧密型城市医疗集团建设。", "2.实施基层医疗卫生服务能力提升工程。",
            "3.推进医学检查检验结果互认。", closing, "二、广泛开展全民健身", "4.新建改建体育公园5个。（市体育局负责）");
        foreach (var task in new[] { "1.", "2.", "3." })
        {
            Assert.Equal(new[] { "市卫生健康委" }, plan.Leads(task));
            Assert.Equal(new[] { "市医保局", "市市场监管局" }, plan.Supports(task));
        }

        Assert.Equal(new[] { "市体育局" }, plan.Leads("4."));
        Assert.Empty(plan.Supports("4."));
    }

    [Fact]
    public void A_division_line_under_each_task_stays_that_tasks()
    {
        var plan = Import("某市2025年健康城市建设工作计划", "一、完善健康服务体系", "1.推进紧密型城市医疗集团建设。", "责任分工：市卫生健康委牵头，市医保局配合。",
            "2.实施基层医疗卫生服务能力提升工程。", "责任分工：市医保局牵头。");
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市医保局" }, plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
    }

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
