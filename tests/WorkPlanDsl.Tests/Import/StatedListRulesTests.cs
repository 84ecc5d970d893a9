using System;
using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The rules a document states once for its unit lists (a sign marks the lead, the first listed leads, the brackets
/// hold the accountable units), found wherever they stand, also in a 注/说明 after the last task; bare bracketed lists
/// read by them, and never without one. Invented lines.
/// </summary>
public class StatedListRulesTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_sign_the_note_at_the_end_defines_makes_the_signed_units_lead()
    {
        var plan = Import(
            "一、重点任务",
            "1.改造老旧小区。完成改造小区10个。（县住建局*、县财政局、县发改局）",
            "2.打通断头路。打通断头路3条。（县交通运输局*、县住建局*、县公安局交警大队）",
            "3.整治易涝点。整治易涝点5处。（县水利局、县住建局*、县城管局）",
            "4.新建学校。新建小学1所。（县教育局＊、县自然资源局（县林业局）、县住建局）",
            "5.修复山体。修复山体3处。（县自然资源局（县林业局）*、县水利局）",
            "6.推进垃圾分类。覆盖率达到90%。（各街道办事处*、县城管局）",
            "7.整治市容。常态化开展整治。（县城管局）",
            "8.完善医疗服务。新建社区卫生服务中心2个。（县卫健局、县发改局）",
            "9.完善物业服务。推动物业服务全覆盖。",
            "10.建设停车场。新增泊位500个。（县城管局、县住建局*，2024年底前完成）",
            "二、保障措施",
            "县财政局要统筹资金。",
            "注：各项任务后括号内为责任单位，其中带*号的为牵头单位，其余为配合单位。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局", "县发改局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县交通运输局", "县住建局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县公安局交警大队" }, plan.Supports("2."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县水利局", "县城管局" }, plan.Supports("3."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("4."));
        Assert.Equal(new[] { "县自然资源局（县林业局）" }, plan.Leads("5."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Leads("6."));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("7."));

        // No unit of 8.'s list carries the sign: the note rules nothing for it, so its first listed leads by the
        // convention, and the plan says so.
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("8."));
        Assert.Contains("# review: lead 县卫健局 is the first listed of 县卫健局、县发改局 (none of them carries the document's lead sign", plan.Result.Plan);
        Assert.Empty(plan.Leads("9."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("10."));
        Assert.Equal(new[] { "县城管局" }, plan.Supports("10."));
        Assert.StartsWith("2024年底前", plan.Task("10.").InEffect.Due?.Text);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).IndexOfAny(new[] { '*', '＊' }) >= 0);
    }

    [Fact]
    public void A_sign_with_no_stated_rule_is_kept_off_the_name_and_makes_nobody_lead()
    {
        var plan = Import(
            "一、重点任务",
            "1.改造老旧小区。完成改造小区10个。（县住建局*、县财政局）",
            "2.打通断头路。打通断头路3条。（责任单位：县交通运输局、县住建局★）");

        // A bare list is read only by a rule the document states; signed without one, it is a note, not a lead.
        Assert.Empty(plan.Leads("1."));
        Assert.Contains("carry a sign the document states no rule for", plan.Result.Plan);

        // In a labelled list the names are read as the list's, the sign off them, and the plan says what it did not read.
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县住建局" }, plan.Supports("2."));
        Assert.Contains("'县住建局★' carries a sign (★) the document states no rule for", plan.Result.Plan);
    }

    [Fact]
    public void The_first_listed_rule_stated_in_a_note_after_the_tasks_reads_their_bare_lists()
    {
        var plan = Import(
            "一、政治建设",
            "（一）加强理论学习。完善学习制度。（市委宣传部、市委组织部、各县（市、区）委）",
            "（二）严明政治纪律。加强监督检查。（市纪委监委）",
            "（三）推进基层党建。整顿软弱涣散党组织。（各县（市、区）委、市委组织部）",
            "（四）推动党建与业务融合。开展示范点培育。（市直机关工委牵头，市直各单位党组（党委）具体落实）",
            "（五）落实意识形态责任制。加强阵地管理。（市委宣传部、市委网信办，各县（市、区）委）",
            "（六）强化督促检查。每半年开展一次专项检查。",
            "注：以上各项工作后括号内所列单位中，排名第一的为牵头单位，其余为配合单位；未列明单位的，由各级党组织按照职责抓好落实。");
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市委组织部", "各县（市、区）委" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "市纪委监委" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "各县（市、区）委" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市直机关工委" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "市直各单位党组（党委）" }, plan.Supports("（四）"));
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("（五）"));
        Assert.Equal(new[] { "市委网信办", "各县（市、区）委" }, plan.Supports("（五）"));
        Assert.Empty(plan.Leads("（六）"));
        Assert.DoesNotContain("# review: lead", plan.Result.Plan);
    }

    [Fact]
    public void The_first_listed_rule_stated_in_a_closing_paragraph_holds_for_the_tasks_before_it()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进项目建设。开工项目20个。（市发展改革委、市财政局负责）",
            "2.优化营商环境。压缩审批时限。（市行政审批局、市市场监管局负责）",
            "二、工作要求",
            "上述各项任务中，排在第一位的部门为牵头部门，其他部门按职责分工配合。");
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市行政审批局" }, plan.Leads("2."));

        // The document's own rule, not the convention: no task is marked for review.
        Assert.DoesNotContain("# review: lead", plan.Result.Plan);
    }

    [Fact]
    public void Brackets_of_names_glued_to_words_or_naming_a_names_other_name_are_not_read()
    {
        var none = Import(
            "一、重点任务",
            "1.改造老旧小区。加强与上级部门（省住建厅、省财政厅）对接。",
            "2.新建学校。新建小学1所，争取省教育厅（省财政厅）",
            "3.推进对接。加强与省直部门对接（省发改委、省财政厅）。");
        Assert.Empty(none.Leads("1."));
        Assert.Empty(none.Leads("2."));
        Assert.Empty(none.Leads("3."));

        var ruled = Import(
            "一、重点任务",
            "1.改造老旧小区。领导小组办公室设在县住建局（县城建办）。",
            "2.新建学校。新建小学1所。（县教育局、县财政局）",
            "注：排在第一位的为牵头单位。");
        Assert.Empty(ruled.Leads("1."));
        Assert.Equal(new[] { "县教育局" }, ruled.Leads("2."));
    }

    [Fact]
    public void A_bureaus_fields_on_one_line_read_its_offices_and_never_its_persons()
    {
        var plan = Import(
            "一、重点工作任务",
            "1.加快保障性住房建设。建设保障性租赁住房300套。",
            "责任股室：住房保障中心★、计划财务股　　分管领导：副局长 张某某　　完成时限：2024年12月底",
            "2.强化工程质量监管。监督抽查在建项目100项次。",
            "责任股室：建设工程质量安全监督站★、建筑业管理股★",
            "3.推广绿色建筑。新建建筑全面执行绿色建筑标准。",
            "责任股室：建筑节能与科技股",
            "4.建设美丽乡村示范点。打造示范点5个。",
            "分管领导：副局长 李某某　　完成时限：2024年11月底",
            "二、月度工作安排",
            "1月：召开全县工作会议。（办公室★、建筑业管理股）",
            "2月：开展复工复产检查。（建设工程质量安全监督站）",
            "说明：“责任股室”中标注★的为牵头股室，其余为配合股室。");
        Assert.Equal(new[] { "住房保障中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "计划财务股" }, plan.Supports("1."));
        Assert.Equal(new[] { "建设工程质量安全监督站", "建筑业管理股" }, plan.Leads("2."));
        Assert.Equal(new[] { "建筑节能与科技股" }, plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("某"));

        // The month lines schedule the work: not tasks, and their brackets give nobody a lead.
        Assert.Equal(4, plan.Tasks.Count());
        Assert.All(plan.Model.Sections, s => Assert.True(s.Declared.Leads.IsEmpty));
    }

    [Fact]
    public void A_name_may_quote_its_campaign_and_start_with_a_projects_noun()
    {
        var plan = Import(
            "一、重点任务",
            "1.开展建设评估。开展年度评估。（牵头单位：市生态环境局；责任单位：市“无废城市”建设工作领导小组各成员单位）",
            "2.规范消防审验。压缩审验时限。（责任单位：建设工程消防审验股）",
            "3.开展宣传。开展“无废细胞”创建活动。");
        Assert.Equal(new[] { "市“无废城市”建设工作领导小组各成员单位" }, plan.Supports("1."));
        Assert.Equal(new[] { "建设工程消防审验股" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_portal_breadcrumb_is_not_the_plans_title()
    {
        var plan = Import(
            "首页 > 信息公开 > 部门信息公开 > 计划总结",
            "云溪县住房和城乡建设局2024年工作计划",
            "一、重点工作任务",
            "1.加快保障性住房建设。建设保障性租赁住房300套。（责任股室：住房保障中心）");
        Assert.Equal("云溪县住房和城乡建设局2024年工作计划", plan.Model.Title);
    }

    [Fact]
    public void Brackets_of_names_after_a_tasks_last_sentence_are_its_units_by_the_convention()
    {
        var plan = Import(
            "一、重点任务",
            "1.改造老旧小区。完成改造小区10个。（县住建局、县财政局）",
            "2.新建学校。新建小学1所。（县教育局）",
            " 3、春節將近,有關勞軍活動要儘早規劃辦理。(民政局)");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "民政局" }, plan.Leads("3、"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("states no rule"));
    }

    [Fact]
    public void A_bracket_after_each_bullet_of_one_task_is_one_list_whose_first_leads()
    {
        var plan = Import(
            "一、重点任务",
            "1. 改善市容：",
            "- 消除环境卫生黑点75%。(区城管局/区住建局)",
            "- 鼠患黑点数目减半。(区卫健局)",
            "- 翻新道路构筑物111个。(区交通局)");
        Assert.Equal(new[] { "区城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区住建局", "区卫健局", "区交通局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_lead_stated_once_for_every_task_leads_those_that_name_none_and_the_brackets_said_to_be_supports_support()
    {
        var plan = Import(
            "2024年县乡村振兴重点工作任务分工方案",
            "说明：各项任务均由县乡村振兴局牵头，括号内为配合单位。",
            "一、重点任务",
            "1. 巩固脱贫攻坚成果。（县农业农村局、县财政局）",
            "2. 推进易地搬迁后续扶持。（县发改局）",
            "3. 加强防返贫监测。县民政局牵头，县医保局配合。",
            "二、保障措施（县委组织部牵头）",
            "4. 配强驻村工作队。（县人社局）");
        Assert.Equal(new[] { "县乡村振兴局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县农业农村局", "县财政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县乡村振兴局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县发改局" }, plan.Supports("2."));

        // A task or a heading that names its own lead keeps it.
        Assert.Equal(new[] { "县民政局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县委组织部" }, plan.Leads("4."));
        Assert.Equal(new[] { "县人社局" }, plan.Supports("4."));
        Assert.Contains(plan.Result.Notes, n => n.Line == 2 && n.Message.Contains("县乡村振兴局 is the lead of the 2 task(s)"));
    }

    [Fact]
    public void Words_that_look_like_a_plan_wide_lead_and_are_not_give_no_lead()
    {
        // 各牵头单位 is who leads each task, a person is no unit, a rule of another document or
        // of one part is not this plan's, and a task's own sentence speaks for that task.
        foreach (var said in new[]
        {
            "说明：各项任务由各牵头单位负责落实。",
            "说明：各项任务均由分管副县长牵头。",
            "说明：《县“十四五”规划》所列各项任务由县发改局牵头。",
        })
        {
            var plan = Import(said, "一、重点任务", "1. 巩固脱贫攻坚成果。", "2. 推进易地搬迁后续扶持。");
            Assert.Empty(plan.Leads("1."));
            Assert.Empty(plan.Leads("2."));
        }

        var inTask = Import("一、重点任务", "1. 统筹推进。各项工作由县发改局牵头抓总。", "2. 推进易地搬迁后续扶持。");
        Assert.Empty(inTask.Leads("2."));

        // Brackets said to hold supports never make their first listed the lead.
        var supportsOnly = Import("注：括号内为配合单位。", "一、重点任务", "1. 巩固脱贫攻坚成果。（县农业农村局、县财政局）");
        Assert.Empty(supportsOnly.Leads("1."));
        Assert.Equal(new[] { "县农业农村局", "县财政局" }, supportsOnly.Supports("1."));
    }

    [Fact]
    public void A_lead_stated_for_every_task_but_some_leaves_those_out_and_one_naming_tasks_is_no_rule_for_all()
    {
        // hostile66 W1, W2: 除第2项外 gave task 2 the plan's lead; 上述第3项…，其余各项… gave task 3 both.
        var except = Import(
            "说明：除第2项外，各项任务均由县发改委牵头，括号内为配合单位。",
            "一、重点任务",
            "1.推进重大项目建设。（县财政局）",
            "2.加强耕地保护。（县自然资源局、县农业农村局）",
            "3.优化营商环境。（县市场监管局）");
        Assert.Equal(new[] { "县发改委" }, except.Leads("1."));
        Assert.Empty(except.Leads("2."));
        Assert.Equal(new[] { "县自然资源局", "县农业农村局" }, except.Supports("2."));
        Assert.Equal(new[] { "县发改委" }, except.Leads("3."));

        var rest = Import(
            "一、重点任务",
            "1.推进重大项目建设。（县财政局）",
            "2.加强耕地保护。（县自然资源局）",
            "3.改善农村人居环境。（县城管局）",
            "说明：上述第3项任务由县住建局牵头，其余各项任务均由县乡村振兴局牵头。");
        Assert.DoesNotContain("县乡村振兴局", rest.Leads("3."));

        // Joint leads said once, and a task that names its own lead otherwise (另有明确的除外).
        var joint = Import(
            "说明：各项任务均由县发改局、县财政局共同牵头（另有明确的除外）。",
            "一、重点任务",
            "1.推进重大项目建设。",
            "2.加强统计监测。（县统计局牵头）");
        Assert.Equal(new[] { "县发改局", "县财政局" }, joint.Leads("1."));
        Assert.Equal(new[] { "县统计局" }, joint.Leads("2."));
    }

    [Fact]
    public void A_lead_stated_for_the_tasks_that_name_no_lead_is_a_lead_stated_for_every_task()
    {
        // hostile66 L3: 未标明牵头单位的任务，均由X牵头 under a table of 责任分工 cells.
        var table = ImportedModel.FromFile("tasks.csv", System.Text.Encoding.UTF8.GetBytes(
            "序号,工作任务,责任分工\n1,改善乡村学校办学条件,\"牵头：县教育局\n配合：县财政局\"\n2,提升乡镇卫生院服务能力,配合：县医保局\n说明：未标明牵头单位的任务，均由县乡村振兴局牵头。,,\n"));
        Assert.Equal(new[] { "县教育局" }, table.Leads("1"));
        Assert.Equal(new[] { "县乡村振兴局" }, table.Leads("2"));
        Assert.Equal(new[] { "县医保局" }, table.Supports("2"));

        var text = Import(
            "注：未明确牵头单位的，由县发改局牵头。",
            "一、重点任务",
            "1.推进重大项目建设。",
            "2.加强统计监测。（县统计局牵头）");
        Assert.Equal(new[] { "县发改局" }, text.Leads("1."));
        Assert.Equal(new[] { "县统计局" }, text.Leads("2."));

        // hostile68 W4: straight after the last task, the statement was that task's words and made it co-led.
        var after = Import(
            "一、重点任务",
            "1.完善督查督办机制。",
            "2.做好财政资金保障。（县财政局配合）",
            "3.完善社会救助体系。（县民政局牵头）",
            "未明确牵头单位的，由县政府办牵头。");
        Assert.Equal(new[] { "县政府办" }, after.Leads("1."));
        Assert.Equal(new[] { "县政府办" }, after.Leads("2."));
        Assert.Equal(new[] { "县民政局" }, after.Leads("3."));

        // Review of b978c24: a task's own sentence about matters that name no lead is that task's, not the plan's word.
        var own = Import(
            "一、重点任务",
            "1.深化“一网通办”改革。",
            "2.健全部门协调机制。对职责交叉、未明确牵头单位的事项，由县政府办牵头协调确定。",
            "3.规范中介服务。");
        Assert.Empty(own.Leads("1."));
        Assert.Empty(own.Leads("3."));

        // hostile68 r6_10: the task the statement sets apart with a lead of its own has that lead.
        var apart = Import(
            "说明：除第2项由县统计局牵头外，各项任务均由县发改局牵头，括号内为配合单位。",
            "一、重点任务",
            "1.深化“一网通办”改革。（县财政局）",
            "2.加强统计监测分析。（县财政局）",
            "3.加强信用体系建设。（县市场监管局）");
        Assert.Equal(new[] { "县发改局" }, apart.Leads("1."));
        Assert.Equal(new[] { "县统计局" }, apart.Leads("2."));
        Assert.Equal(new[] { "县财政局" }, apart.Supports("2."));
        Assert.Equal(new[] { "县发改局" }, apart.Leads("3."));
    }

    [Fact]
    public void A_slash_the_document_says_parts_leads_from_supports_makes_every_name_before_it_lead()
    {
        var plan = Import(
            "（各项任务责任单位以“/”分隔：“/”前为牵头单位，“/”后为配合单位；“—”表示无配合单位。）",
            "一、重点任务",
            "1.开展驻点招商。全年拜访企业300家次。（市投资促进局/—）",
            "2.强化基金招商。以投带引重点项目10个。（市财政局、湘城产业投资集团有限公司/市投资促进局）",
            "3.优化招商政策。修订招商引资优惠政策。（市发展和改革委员会/市财政局、市司法局）");
        Assert.Equal(new[] { "市投资促进局" }, plan.Leads("1."));
        Assert.Empty(plan.Supports("1."));
        Assert.Equal(new[] { "市财政局", "湘城产业投资集团有限公司" }, plan.Leads("2."));
        Assert.Equal(new[] { "市投资促进局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("3."));
        Assert.Equal(new[] { "市财政局", "市司法局" }, plan.Supports("3."));
    }

    [Fact]
    public void A_sign_the_legend_says_marks_a_support_makes_the_signed_names_support_and_the_unmarked_lead()
    {
        // hostile65 d07: the inverse of the usual ★/* legend.
        var plan = Import(
            "说明：各项任务“责任单位”中，名称后标注“△”的为配合单位，未标注的为牵头单位。",
            "一、重点任务",
            "（一）整合县域中职教育资源。（责任单位：县教育局、县机构编制委员会办公室△、县财政局△）",
            "（二）组建县域产教联合体。（责任单位：县教育局、县工业和信息化局、县农业农村局△）",
            "（三）加强“双师型”教师队伍建设。（责任单位：县教育局△、县人力资源和社会保障局△）");
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县机构编制委员会办公室", "县财政局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县教育局", "县工业和信息化局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Supports("（二）"));
        Assert.Empty(plan.Leads("（三）"));
        Assert.Equal(new[] { "县教育局", "县人力资源和社会保障局" }, plan.Supports("（三）"));
    }

    [Fact]
    public void A_lead_stated_for_every_task_is_not_given_where_the_tasks_own_words_or_numbers_say_otherwise()
    {
        // Review of 0309764: a table's 序号 (2, not 2.) was read as no number, so 除第2项外 left task 2 the plan's lead;
        // numbering that starts again made 除第2项外 two tasks. A task whose own words give it to a body keeps that body.
        var table = ImportedModel.FromFile("tasks.csv", System.Text.Encoding.UTF8.GetBytes(
            "说明：除第2项外，各项任务均由县发改局牵头。,,\n序号,重点任务,配合单位\n1,推进老旧小区改造,县财政局\n2,加强农村公路建设,县交通局\n3,推进数字政府建设,县大数据局\n"));
        Assert.Equal(new[] { "县发改局" }, table.Leads("1"));
        Assert.Empty(table.Leads("2"));
        Assert.Equal(new[] { "县发改局" }, table.Leads("3"));

        var own = Import(
            "说明：各项任务均由县乡村振兴局牵头，括号内为配合单位。",
            "一、重点任务",
            "1. 巩固脱贫攻坚成果。（县农业农村局、县财政局）",
            "2. 加强防返贫监测，由县民政局会同县医保局建立健全监测帮扶机制。",
            "3. 开展“四下基层”活动。县委组织部要组织党员干部下沉一线，帮助群众解决实际困难。");
        Assert.Equal(new[] { "县乡村振兴局" }, own.Leads("1."));
        Assert.Equal(new[] { "县民政局" }, own.Leads("2."));
        Assert.Equal(new[] { "县委组织部" }, own.Leads("3."));

        var restarting = Import(
            "说明：除第2项外，其余各项任务均由县农业农村局牵头，括号内为配合单位。",
            "一、村庄清洁",
            "1.开展村庄清洁行动。（县住建局）",
            "2.推进厕所改造。（县卫健局）",
            "二、污水治理",
            "1.推进农村生活污水治理。（县生态环境分局）",
            "2.建设污水管网10公里。（县水利局）");
        Assert.DoesNotContain(restarting.Model.Tasks, t => !t.InEffect.Leads.IsEmpty);
        Assert.Contains(restarting.Result.Notes, n => n.Message.Contains("numbers several tasks so"));

        // 其余 after the exception is every other task.
        var rest = Import(
            "说明：除第2项外，其余各项任务均由县农业农村局牵头，括号内为配合单位。",
            "一、重点任务",
            "1.开展村庄清洁行动。（县住建局）",
            "2.推进厕所改造。（县卫健局）",
            "3.推进农村生活污水治理。（县生态环境分局）");
        Assert.Equal(new[] { "县农业农村局" }, rest.Leads("1."));
        Assert.Empty(rest.Leads("2."));
        Assert.Equal(new[] { "县农业农村局" }, rest.Leads("3."));
    }

    [Fact]
    public void A_legend_that_brackets_hold_leads_and_supports_is_no_legend_that_they_hold_supports()
    {
        foreach (var legend in new[] { "说明：括号内第一个为牵头单位，其余为配合单位。", "说明：括号内为牵头和配合单位，排在第一位的为牵头单位。" })
        {
            var plan = Import(legend, "一、任务", "1.开展村庄清洁行动，清理垃圾杂物。（县住建局、县财政局）");
            Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
            Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
        }
    }

    [Fact]
    public void A_slash_list_with_its_deadline_in_the_bracket_is_read()
    {
        var plan = Import(
            "（“/”前为牵头单位，“/”后为配合单位。）",
            "一、重点任务",
            "1.开展驻点招商。全年拜访企业300家次。（市投资促进局/市商务局，2025年6月底前）",
            "2.强化基金招商。以投带引重点项目10个。（2025年底前，市财政局/市投资促进局）");
        Assert.Equal(new[] { "市投资促进局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市投资促进局" }, plan.Supports("2."));
    }

    [Fact]
    public void A_lead_said_of_the_tasks_above_takes_the_place_of_a_lead_read_only_by_the_convention()
    {
        // hostile66 W3: 以上任务由X牵头 after two tasks whose brackets state no rule: their first listed led by the
        // convention, against the lead the document names.
        var plan = Import(
            "一、重点任务",
            "1.开展农村改厕。（县卫健委、县农业农村局）",
            "2.推进垃圾分类。（县城管局、各乡镇）",
            "以上任务由县乡村振兴局牵头。",
            "3.整治村容村貌。（县住建局、县自然资源局）");
        Assert.Equal(new[] { "县乡村振兴局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县卫健委", "县农业农村局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县乡村振兴局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("3."));

        // Under a rule the document states, the first listed is the document's lead, not the convention's: it stays.
        var ruled = Import(
            "注：括号内排在第一位的为牵头单位。",
            "一、重点任务",
            "1.开展农村改厕。（县卫健委、县农业农村局）",
            "以上任务由县乡村振兴局牵头。");
        Assert.Equal(new[] { "县卫健委" }, ruled.Leads("1."));
    }

    [Fact]
    public void Tasks_numbered_in_full_width_or_other_digits_are_told_apart_by_a_stated_exception()
    {
        // Re-read of 440d1f3..5c35da1: a label's full-width digit (２．) was parsed as it stood, and the import failed.
        var plan = Import(
            "说明：除第2项外，各项任务均由县发改局牵头。",
            "一、重点任务",
            "１．推进重大项目建设。",
            "２．加强耕地保护。",
            "٣. 优化营商环境。");
        Assert.Null(plan.Result.Error);
        Assert.Equal(new[] { "县发改局" }, plan.Leads("１．"));
        Assert.Empty(plan.Leads("２．"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("٣."));
    }

    [Fact]
    public void Units_said_to_hold_below_lead_the_later_tasks_of_their_part_that_name_none()
    {
        // hostile71 x10: （责任单位：市卫生健康委，下同） led its own task only.
        var plan = Import("某市方案", "一、医疗卫生", "1.推进医共体建设。（责任单位：市卫生健康委，下同）", "2.加强基层能力建设。",
            "3.深化医保支付方式改革。（责任单位：市医保局）", "4.完善应急体系。", "二、社会保障", "5.扩大参保覆盖面。");
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市医保局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void Below_after_a_rule_holds_the_rule_and_not_the_names()
    {
        var plan = Import("某省方案", "一、任务", "1.推进A工作。（省发改委、省财政厅，列第一位者为牵头单位，下同）", "2.推进B工作。", "3.推进C工作。（省教育厅、省人社厅）");
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "省教育厅" }, plan.Leads("3."));
    }

    [Fact]
    public void Bodies_leading_in_their_remits_after_a_parts_word_all_lead_its_tasks()
    {
        // hostile71 x10: 按职责分工 read as their role, supports, and the 牵头负责 after it lost.
        var plan = Import("某市方案", "一、健全社会保障体系", "本部分由市人力资源社会保障局、市民政局按职责分工牵头负责。",
            "（一）扩大社会保险覆盖面。", "（二）发展养老服务。新增床位1500张，由市民政局负责。");
        Assert.Equal(new[] { "市人力资源社会保障局", "市民政局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Below_after_a_time_field_holds_the_time_and_not_the_names()
    {
        // Review-72: （责任单位：县住建局；完成时限：2024年12月底前，下同） gave the later tasks 县住建局.
        var plan = Import("某县方案", "一、任务", "1.推进项目开工。（责任单位：县住建局；完成时限：2024年12月底前，下同）", "2.强化监测调度。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
    }
}
