using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Who does the numbered tasks, said of them by their numbers (hostile16): a closing sentence giving several ranges, each
/// its own bodies; a table of task numbers and units with no words of its own; a lead field whose bodies each lead in
/// their own remit.
/// </summary>
public class ResponsibilityByNumberTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Each_range_of_a_closing_sentence_gives_its_own_bodies()
    {
        var plan = Import(
            "1.实施城市道路“白改黑”工程，完成改造道路8条。",
            "2.推进老旧小区改造，改造小区22个。",
            "3.实施城区学校扩容工程，新增学位2400个。",
            "4.推进县人民医院新院区建设，年内主体完工。",
            "5.建设全民健身中心1个。",
            "以上第1—2项由县住房和城乡建设局牵头，县自然资源局、县城市管理局配合；第3项由县教育局牵头；第4项由县卫生健康局牵头；第5项由县文化体育和旅游局牵头，城关镇人民政府配合。各项工程于2024年12月底前完成。");

        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县自然资源局", "县城市管理局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("3."));
        Assert.Empty(plan.Supports("3."));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("4."));
        Assert.Equal(new[] { "县文化体育和旅游局" }, plan.Leads("5."));
        Assert.Equal(new[] { "城关镇人民政府" }, plan.Supports("5."));
    }

    [Fact]
    public void Ranges_of_bracketed_chinese_numbers_after_commas_are_read_each_for_its_tasks()
    {
        var plan = Import(
            "一、重点任务",
            "（一）开展儿童青少年近视防控。",
            "（二）落实中小学生每天校内体育活动2小时。",
            "（三）加强中小学心理健康教育。",
            "（四）做好学校传染病防控。",
            "（五）开展学校食品安全专项检查。",
            "二、职责分工",
            "上述第（一）至（三）项工作由市教育局牵头负责，第（四）项由市卫生健康委员会牵头、市疾病预防控制中心配合，第（五）项由市市场监督管理局牵头。");

        Assert.Equal(new[] { "市教育局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "市疾病预防控制中心" }, plan.Supports("（四）"));
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("（五）"));
    }

    [Fact]
    public void A_table_of_task_numbers_gives_the_list_its_units_and_adds_no_tasks()
    {
        var plan = Import(
            "二、重点任务",
            "1.推进工业固体废物源头减量，开展清洁生产审核企业40家。",
            "2.推动建筑垃圾资源化利用。",
            "3.加快生活垃圾分类。",
            "4.加强危险废物环境监管。",
            "三、任务分工",
            "任务序号 | 牵头单位 | 配合单位",
            "1 | 市工业和信息化局 | 市生态环境局",
            "2—3 | 市住房和城乡建设局 | 市城市管理局");

        Assert.Equal(new[] { "1.", "2.", "3.", "4." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市生态环境局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("3."));

        // No row numbers task 4: it names nobody.
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_copied_table_of_bracketed_number_ranges_gives_the_tasks_it_numbers()
    {
        var plan = Import(
            "（一）开展重大事故隐患判定标准宣贯。",
            "（二）推动企业建立隐患自查自改自报机制。",
            "（三）开展城镇燃气安全专项整治。",
            "（四）推进老旧燃气管道更新改造。",
            "附件：任务分工",
            "任务序号 | 牵头单位 | 配合单位",
            "（一）—（二） | 市应急管理局 | 市交通运输局",
            "（三）、（四） | 市住房和城乡建设局 |");

        Assert.Equal(4, plan.Model.Tasks.Count());
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("（四）"));
        Assert.Empty(plan.Supports("（四）"));
    }

    [Fact]
    public void A_number_two_sections_share_gives_neither_a_rows_units()
    {
        var plan = Import(
            "一、稳就业",
            "1.实施高校毕业生就业促进计划。",
            "二、强保障",
            "1.推进企业职工基本养老保险全国统筹。",
            "三、任务分工",
            "任务序号 | 牵头单位 | 配合单位",
            "1 | 就业促进科 | 办公室");

        Assert.Equal(new[] { "1.", "1." }, plan.TasksWithoutLead);
    }

    [Theory]
    [InlineData("牵头单位：养老保险科、医疗保险科（按职责分工）")]
    [InlineData("牵头单位：养老保险科、医疗保险科(按职责分工)")]
    public void Bodies_leading_each_in_their_remit_all_lead(string field)
    {
        var plan = Import(
            "一、完善社会保障体系",
            field,
            "1.推进企业职工基本养老保险全国统筹。",
            "2.开展社保基金管理风险专项整治。（责任单位：基金监督科）",
            "3.推进医保支付方式改革。（牵头单位：医疗保险科、养老保险科（按职责分工））");

        Assert.Equal(new[] { "养老保险科", "医疗保险科" }, plan.Leads("1."));
        Assert.Empty(plan.Supports("1."));
        Assert.Equal(new[] { "基金监督科" }, plan.Leads("2."));
        Assert.Equal(new[] { "医疗保险科", "养老保险科" }, plan.Leads("3."));
    }

    [Fact]
    public void Bodies_given_the_work_by_division_without_a_lead_label_stay_an_accountable_list()
    {
        var plan = Import("1.做好医保工作。（责任单位：养老保险科、医疗保险科（按职责分工））");
        Assert.Equal(new[] { "养老保险科" }, plan.Leads("1."));
        Assert.Equal(new[] { "医疗保险科" }, plan.Supports("1."));
    }

    [Fact]
    public void A_table_of_task_numbers_past_nine_hundred_and_ninety_nine_still_gives_each_its_units()
    {
        var lines = new System.Collections.Generic.List<string> { "一、重点任务" };
        lines.AddRange(Enumerable.Range(1, 1001).Select(n => n + ".推进第" + n + "项工作。"));
        lines.Add("二、任务分工");
        lines.Add("任务序号 | 牵头单位 | 配合单位");
        lines.AddRange(Enumerable.Range(1, 1001).Select(n => n + " | " + (n % 2 == 0 ? "市财政局" : "市教育局") + " | 市发展改革委"));
        var plan = Import(lines.ToArray());

        Assert.Equal(1001, plan.Model.Tasks.Count());
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1001."));
    }

    [Fact]
    public void A_table_naming_tasks_by_section_and_number_gives_each_sections_own()
    {
        var plan = Import(
            "一、深化医药卫生体制改革",
            "1.推进紧密型县域医共体建设。",
            "2.深化公立医院薪酬制度改革。",
            "二、提升公共卫生服务能力",
            "1.加强疾病预防控制体系建设。",
            "2.做好重点传染病防控。",
            "附：重点工作分工",
            "任务序号 | 牵头处室 | 配合处室",
            "一、1—2 | 体制改革处 | 财务处",
            "二、2 | 疾病预防控制处 | ");

        Assert.Equal(new[] { "体制改革处" }, plan.Names(plan.Model.Tasks[1].InEffect.Leads));
        Assert.Empty(plan.Model.Tasks[2].InEffect.Leads);
        Assert.Equal(new[] { "疾病预防控制处" }, plan.Names(plan.Model.Tasks[3].InEffect.Leads));
    }

    [Fact]
    public void A_list_after_the_tasks_numbering_them_again_with_only_their_roles_gives_them_their_roles()
    {
        var plan = Import(
            "某市促进消费若干措施",
            "一、扩大商品消费",
            "（一）支持汽车消费。开展汽车促消费活动。",
            "（二）促进二手车流通。落实二手车交易登记跨省通办。",
            "（三）促进家电家居消费。开展家电以旧换新。",
            "二、扩大服务消费",
            "（四）发展夜间经济。打造夜间消费集聚区。",
            "（五）丰富文旅消费。举办文旅消费季。",
            "附：责任分工",
            "（一）市商务局牵头，市财政局、市公安局配合；",
            "（二）市公安局牵头，市商务局配合；",
            "（三）市商务局、市财政局负责；",
            "（四）（五）市文化广电旅游局牵头，各区县人民政府配合。");

        Assert.Equal(new[] { "（一）", "（二）", "（三）", "（四）", "（五）" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市商务局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市财政局", "市公安局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市文化广电旅游局" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "各区县人民政府" }, plan.Supports("（五）"));

        // The list stays in the plan as the document printed it.
        Assert.Contains("（四）（五）市文化广电旅游局牵头，各区县人民政府配合。", plan.Result.Plan);
        Assert.DoesNotContain("第（一）项", plan.Result.Plan);
    }

    [Fact]
    public void One_line_numbered_again_with_roles_alone_is_still_a_task()
    {
        var plan = Import("某县工作要点", "一、重点工作", "1.推进项目建设。", "2.优化营商环境。", "二、保障措施", "1.县财政局负责资金保障。", "2.加强督查考核。");
        Assert.Equal(4, plan.Model.Tasks.Count());
    }

    [Fact]
    public void The_division_given_body_by_body_gathers_each_tasks_roles()
    {
        var plan = Import(
            "某县2024年优化营商环境重点任务",
            "一、重点任务",
            "1.深化投资项目审批制度改革。",
            "2.推进“证照分离”改革全覆盖。",
            "3.推行“一件事一次办”。",
            "4.加强重大项目要素保障。",
            "5.加强企业用工服务。",
            "二、职责分工",
            "县发改局：牵头第1、4项；配合第2项。",
            "县市场监管局：牵头第2、3项。",
            "县行政审批局：牵头第3项；配合第1项。",
            "县人社局：配合第5项。");

        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县行政审批局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县发改局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县市场监管局", "县行政审批局" }, plan.Leads("3."));
        Assert.Empty(plan.Leads("5."));
        Assert.Equal(new[] { "县人社局" }, plan.Supports("5."));
    }

    [Fact]
    public void A_range_that_sets_a_task_apart_leaves_it_to_the_scope_that_names_it()
    {
        // hostile65 d01: 以上第1至5项任务（第4项除外）由X牵头；第4项由Y牵头, in a 职责分工 section after the tasks.
        var plan = Import(
            "一、提升市容环境品质",
            "1.实施主次干道“净化”工程。",
            "2.规范户外广告和店招标牌。",
            "3.整治违规占道经营。",
            "4.优化城区停车秩序。",
            "5.开展背街小巷环境提升。",
            "二、职责分工",
            "以上第1至5项任务（第4项除外）由市城市管理局牵头，市公安局交通管理支队配合；第4项由市交通运输局牵头，市城市管理局配合。");
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市公安局交通管理支队" }, plan.Supports("3."));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("4."));
        Assert.Equal(new[] { "市城市管理局" }, plan.Supports("4."));
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("5."));
    }

    [Fact]
    public void A_range_of_bracketed_numerals_that_sets_one_apart_and_a_note_naming_tasks_give_them_their_leads()
    {
        // hostile66 W7: the exception's own brackets broke the range; a one-character 注： before the numbers was not read.
        var plan = Import(
            "一、重点任务",
            "（一）深化“一网通办”。",
            "（二）加强统计监测。",
            "（三）推进信用建设。",
            "以上第（一）至（三）项任务（第（二）项除外）由县发改局牵头；第（二）项由县统计局牵头。");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县统计局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("（三）"));

        var noted = Import(
            "一、重点任务",
            "1.巩固脱贫攻坚成果。",
            "2.推进易地搬迁后续扶持。",
            "3.加强防返贫监测。",
            "注：第1、2项任务均由县乡村振兴局牵头。");
        Assert.Equal(new[] { "县乡村振兴局" }, noted.Leads("1."));
        Assert.Equal(new[] { "县乡村振兴局" }, noted.Leads("2."));
        Assert.Empty(noted.Leads("3."));
    }

    [Fact]
    public void An_exception_with_its_own_lead_before_the_range_it_is_taken_from_leads_its_task_alone()
    {
        // hostile66 L4: 除第4项由Y牵头外，第1至5项… was kept as task 5's words, giving it X and the others nothing.
        var plan = Import(
            "一、重点任务",
            "1.深化“一网通办”。",
            "2.压减审批时限。",
            "3.规范中介服务。",
            "4.加强统计监测。",
            "5.推进信用建设。",
            "除第4项由县统计局牵头外，第1至5项任务由县发改局牵头，县政务服务中心配合。");
        foreach (var label in new[] { "1.", "2.", "3.", "5." })
        {
            Assert.Equal(new[] { "县发改局" }, plan.Leads(label));
            Assert.Equal(new[] { "县政务服务中心" }, plan.Supports(label));
        }

        Assert.Equal(new[] { "县统计局" }, plan.Leads("4."));
        Assert.Empty(plan.Supports("4."));

        // An exception with no scope after it gives the other tasks nothing.
        var alone = Import("一、重点任务", "1.深化“一网通办”。", "2.压减审批时限。", "除第2项由县统计局牵头外，其他工作按原分工推进。");
        Assert.Empty(alone.Leads("1."));
    }

    [Fact]
    public void An_exception_before_the_other_tasks_leaves_its_tasks_to_their_own_words_or_gives_them_its_lead()
    {
        string[] Tasks(params string[] closing) => new[] { "一、重点任务", "1.深化“一网通办”改革。", "2.推进工程建设项目审批制度改革。", "3.加强信用体系建设。", "4.加强统计监测分析。", "5.开展营商环境评价。" }.Concat(closing).ToArray();

        // hostile68 W2: 除第3项外 with no lead of its own left task 3 the statement as its words, and so the lead.
        var none = Import(Tasks("说明：除第3项外，第1至5项任务由县发改局牵头。"));
        Assert.Empty(none.Leads("3."));
        Assert.Equal(new[] { "县发改局" }, none.Leads("5."));

        // W3: 分别 over the exception's numbers, and 其余 for every other task.
        var each = Import(Tasks("除第4、5项分别由县统计局、县审计局牵头外，其余任务由县发改局牵头。"));
        Assert.Equal(new[] { "县发改局" }, each.Leads("1."));
        Assert.Equal(new[] { "县发改局" }, each.Leads("3."));
        Assert.Equal(new[] { "县统计局" }, each.Leads("4."));
        Assert.Equal(new[] { "县审计局" }, each.Leads("5."));

        var all = Import(Tasks("说明：除第3项由县住建局牵头外，均由县乡村振兴局牵头。"));
        Assert.Equal(new[] { "县乡村振兴局" }, all.Leads("2."));
        Assert.Equal(new[] { "县住建局" }, all.Leads("3."));

        // A statement about numbers the reader cannot follow is no task's words: it leads nothing, and says so.
        var unread = Import(Tasks("除第3项外，按照职责分工由有关部门牵头。"));
        Assert.Empty(unread.Leads("5."));
        Assert.Contains(unread.Result.Notes, n => n.Message.Contains("could not be read"));
    }

    [Fact]
    public void The_rest_said_first_and_the_tasks_set_apart_after_it_each_have_their_own_lead()
    {
        // review-71 S6: 其余…由X牵头，第3项由Y牵头 and 各项任务由X牵头，其中第3项由Y牵头 gave no task a lead and no note.
        string[] Plan(string before, string after) => new[] { "某县2024年优化营商环境重点任务分工方案", before, "一、重点任务", "1.深化“一网通办”改革。", "2.推进工程建设项目审批制度改革。", "3.加强统计监测分析。", "4.加强信用体系建设。", after };
        foreach (var (before, after) in new[]
        {
            ("其余任务由县发改局牵头，第3项由县统计局牵头。", string.Empty),
            ("各项任务由县发改局牵头，其中第3项由县统计局牵头。", string.Empty),
            (string.Empty, "以上任务均由县发改局牵头，其中，第3项由县统计局牵头。"),
        })
        {
            var plan = Import(Plan(before, after));
            Assert.Equal(new[] { "县发改局", "县发改局", "县统计局", "县发改局" }, plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))).ToArray());
        }

        // A task that names its own lead keeps it; 分别 over the tasks set apart gives each its own.
        var own = Import("一、重点任务", "1.深化“一网通办”改革。（县政务服务局牵头）", "2.推进工程建设项目审批制度改革。", "3.加强统计监测分析。", "4.加强信用体系建设。",
            "其余任务由县发改局牵头，第3、4项分别由县统计局、县市场监管局牵头。");
        Assert.Equal(new[] { "县政务服务局", "县发改局", "县统计局", "县市场监管局" }, own.Tasks.Select(t => string.Join("、", own.Names(t.InEffect.Leads))).ToArray());

        // Words after the comma that set no task apart (第一阶段) make no statement about every task.
        var alone = Import("一、重点任务", "1.深化“一网通办”改革。", "2.推进工程建设项目审批制度改革。", "各项任务由县政府统一部署，第一阶段完成摸底。");
        Assert.Empty(alone.Leads("1."));
    }

    [Fact]
    public void A_statement_whose_numbers_are_printed_otherwise_than_the_tasks_leads_none_and_says_so()
    {
        // review-71 S5: 第2项 over tasks numbered （一）–（四） gave nothing and no note.
        foreach (var statement in new[] { "除第2项由县统计局牵头外，其余任务由县发改局牵头。", "第2项由县统计局牵头。" })
        {
            var plan = Import("某县2024年优化营商环境重点任务分工方案", statement, "一、优化政务服务", "（一）深化“一网通办”改革。", "（二）加强统计监测分析。",
                "二、优化法治环境", "（三）规范行政执法行为。", "（四）开展涉企执法检查。");
            Assert.DoesNotContain(plan.Tasks, t => !t.InEffect.Leads.IsEmpty);
            Assert.Single(plan.Result.Notes, n => n.Message.Contains("numbered otherwise"));
        }

        // Printed alike, the same statement is read.
        var alike = Import("某县2024年优化营商环境重点任务分工方案", "除第（二）项由县统计局牵头外，其余任务由县发改局牵头。", "一、优化政务服务", "（一）深化“一网通办”改革。", "（二）加强统计监测分析。");
        Assert.Equal(new[] { "县统计局" }, alike.Leads("（二）"));
        Assert.Equal(new[] { "县发改局" }, alike.Leads("（一）"));
        Assert.DoesNotContain(alike.Result.Notes, n => n.Message.Contains("numbered otherwise"));
    }

    [Fact]
    public void An_exception_said_after_the_plans_last_task_is_the_plans_where_the_numbering_runs_on()
    {
        // review-71 S1: after the last heading's tasks, 其余 led only that heading's tasks, and tasks 1 and 2 had nothing.
        var plan = Import("某县2024年优化营商环境重点任务分工方案", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。",
            "二、优化市场环境", "3.加强信用体系建设。", "4.加强统计监测分析。", "除第4项由县统计局牵头外，其余任务由县发改局牵头。");
        Assert.Equal(new[] { "县发改局", "县发改局", "县发改局", "县统计局" }, plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))).ToArray());

        // Where each part closes with such a statement of its own, the last is its part's, and a part with none keeps none.
        var parts = Import("某县2024年优化营商环境重点任务分工方案", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。",
            "除第1项由县政务服务局牵头外，其余任务由县数据局牵头。", "二、优化市场环境", "3.加强信用体系建设。", "4.加强统计监测分析。",
            "三、优化法治环境", "5.规范行政执法行为。", "6.开展涉企执法检查。", "除第6项由县司法局牵头外，其余任务由县执法局牵头。");
        Assert.Equal(new[] { "县政务服务局", "县数据局", string.Empty, string.Empty, "县执法局", "县司法局" }, parts.Tasks.Select(t => string.Join("、", parts.Names(t.InEffect.Leads))).ToArray());

        // A task after the statement makes it a statement of the plan's middle: its part's alone.
        var middle = Import("某县2024年优化营商环境重点任务分工方案", "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强政务数据共享。",
            "二、优化市场环境", "3.加强信用体系建设。", "4.加强统计监测分析。", "除第4项由县统计局牵头外，其余任务由县发改局牵头。", "三、优化法治环境", "5.规范行政执法行为。");
        Assert.Equal(new[] { string.Empty, string.Empty, "县发改局", "县统计局", string.Empty }, middle.Tasks.Select(t => string.Join("、", middle.Names(t.InEffect.Leads))).ToArray());
    }

    [Fact]
    public void A_statement_by_number_before_the_tasks_it_names_is_read_once_they_are_there()
    {
        // hostile70 W2, W3, L2: before the tasks, in the notice or under a heading, in brackets or after 本部分, such a
        // statement was lost, or read as the heading's own leads (both for every task).
        var notice = Import("某县2024年优化营商环境重点任务分工方案", "", "除第2、4项分别由县统计局、县审计局牵头外，其余任务由县发改局牵头。",
            "一、重点任务", "1.深化“一网通办”改革。", "2.推进工程建设项目审批制度改革。", "3.加强信用体系建设。", "4.加强统计监测分析。");
        Assert.Equal(new[] { "县发改局" }, notice.Leads("1."));
        Assert.Equal(new[] { "县统计局" }, notice.Leads("2."));
        Assert.Equal(new[] { "县发改局" }, notice.Leads("3."));
        Assert.Equal(new[] { "县审计局" }, notice.Leads("4."));

        foreach (var statement in new[] { "（除第2项由县财政局牵头外，其余任务均由县发改局牵头）", "本部分除第2项由县财政局牵头外，其余任务均由县发改局牵头。" })
        {
            var part = Import("一、营商环境", statement, "1.深化“一网通办”改革。", "2.推进预算绩效管理改革。", "二、民生保障", "1.提升基层医疗服务能力。（县卫健委牵头）");
            var leads = part.Tasks.Select(t => string.Join("、", part.Names(t.InEffect.Leads))).ToArray();
            Assert.Equal(new[] { "县发改局", "县财政局", "县卫健委" }, leads);
        }
    }

    [Fact]
    public void An_exception_said_of_the_whole_plan_whose_numbering_starts_again_names_no_task()
    {
        // Review of b978c24: before the tasks, or after the last section, 第2项 is one task of each section.
        foreach (var (before, after) in new[] { ("除第2项由县统计局牵头外，其余任务由县发改局牵头。", string.Empty), (string.Empty, "除第2项由县统计局牵头外，其余任务由县发改局牵头。") })
        {
            var plan = Import("某县2024年优化营商环境工作要点", before, "一、优化政务服务", "1.深化“一网通办”改革。", "2.加强统计监测分析。", "二、优化法治环境", "1.规范行政执法行为。", "2.开展涉企执法检查。", after);
            Assert.DoesNotContain(plan.Tasks, t => !t.InEffect.Leads.IsEmpty);
            Assert.Contains(plan.Result.Notes, n => n.Message.Contains("numbering starts again"));
        }
    }

    [Fact]
    public void The_other_tasks_after_an_exception_are_every_other_task_however_many()
    {
        // Re-read of 7248a44: 其余 was read as tasks 1 to 300, and task 301 on lost its lead.
        var lines = new[] { "一、重点任务" }.Concat(Enumerable.Range(1, 350).Select(n => n + ".开展第" + n + "项工作。"))
            .Append("除第2项由县统计局牵头外，其余任务由县发改局牵头。").ToArray();
        var plan = Import(lines);
        Assert.Equal(new[] { "县统计局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("350."));
        Assert.Empty(plan.TasksWithoutLead);
    }

    [Fact]
    public void A_statement_counting_the_tasks_above_it_gives_them_its_bodies_respectively_where_it_says_so()
    {
        // hostile71 x05: 以上两项任务，由A、B分别牵头 gave the second task both leads and the first none.
        var plan = Import(
            "一、粮食安全",
            "（一）稳定粮食生产。（县农业农村局牵头）",
            "（二）推进高标准农田建设。新建高标准农田3.5万亩。",
            "（三）提升农田水利设施。整治山塘50口。",
            "以上两项任务，由县农业农村局、县水利局分别牵头。",
            "（四）推进农村改厕。",
            "（五）建设美丽庭院。",
            "（六）整治村庄环境。",
            "上述3项工作均由县住建局牵头，各乡镇配合。",
            "（七）加强宣传。",
            "（八）强化督查。",
            "以上两项由县委宣传部、县委督查室、县政府督查室分别负责。");
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（三）"));
        foreach (var task in new[] { "（四）", "（五）", "（六）" })
        {
            Assert.Equal(new[] { "县住建局" }, plan.Leads(task));
            Assert.Equal(new[] { "各乡镇" }, plan.Supports(task));
        }

        // Three bodies for two tasks: which leads which is not said.
        Assert.Empty(plan.Leads("（七）"));
        Assert.Empty(plan.Leads("（八）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("could not be matched"));
    }

    [Fact]
    public void A_copied_table_of_units_by_task_number_reads_past_a_dash_for_an_empty_cell()
    {
        // hostile71 x06: the row after a — cell and every row below it were lost, without a note.
        var plan = Import("某市方案", "一、任务", "1.推进A。", "2.推进B。", "3.推进C。", "附件", "责任分工表",
            "任务序号", "牵头单位", "配合单位", "完成时限",
            "1", "市人社局", "市财政局", "2024年9月底",
            "2", "市人社局", "—", "2024年6月底",
            "3", "市财政局", "市税务局", "持续推进");
        Assert.Equal(new[] { "市人社局" }, plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市税务局" }, plan.Supports("3."));
    }

    [Fact]
    public void A_parts_circled_items_closing_with_who_does_them_after_a_comma_are_its_tasks()
    {
        // hostile71 x16: ① items under a heading of their own were the heading's words, the heading led by all of them.
        var plan = Import("某镇方案", "一、重点任务", "（1）农村厕所革命。新改建户厕800座。（镇农业综合服务中心牵头）", "（2）生活垃圾治理。推行分类。（镇村镇建设办负责）",
            "二、专项行动", "①河塘沟渠清淤。清理河塘沟渠40公里，由镇水利站负责。", "②美丽庭院创建。评选示范户300户，由镇妇联牵头。");
        Assert.Equal(new[] { "（1）", "（2）", "①", "②" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "镇水利站" }, plan.Leads("①"));
        Assert.Equal(new[] { "镇妇联" }, plan.Leads("②"));
        Assert.DoesNotContain(plan.Model.Sections, s => !s.Declared.Leads.IsEmpty);
    }

    // hostile86 12: a division in a part of its own (三、责任分工) above a 四、保障措施 numbered （一）（二）（三） again.
    private static readonly string[] PlanWithMeasuresNumberedAgain =
    {
        "某县健康行动2026年实施方案",
        "一、重点任务",
        "（一）健康知识普及。开展健康讲座120场。",
        "（二）慢性病综合防控。高血压患者规范管理率达到68%。",
        "（三）妇幼健康促进。开展两癌筛查1.2万人。",
        "（四）中小学生健康促进。近视率每年降低1个百分点。",
        "（五）校园食品安全。开展食堂专项检查。",
        "二、责任分工",
        "第（一）至（三）项由县卫生健康局牵头，县医疗保障局、县财政局配合，其中第（一）项县委宣传部、县融媒体中心配合。第（四）（五）项由县教育局负责。",
        "三、保障措施",
        "（一）加强组织领导。推进委员会统筹协调全县健康促进工作。",
        "（二）强化经费保障。将行动经费纳入年度预算。",
        "（三）严格考核评估。每半年开展督查。",
    };

    [Fact]
    public void A_division_in_a_part_of_its_own_speaks_of_the_tasks_above_it_not_of_a_part_numbered_again_below()
    {
        var plan = Import(PlanWithMeasuresNumberedAgain);

        var tasks = plan.Tasks.ToList();
        Assert.Equal(8, tasks.Count);
        Assert.Equal(new[] { "县卫生健康局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "县教育局" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Equal(new[] { "县教育局" }, plan.Names(tasks[4].InEffect.Leads));
        Assert.All(tasks.Skip(5), t => Assert.Empty(t.InEffect.Leads));
    }

    [Fact]
    public void A_task_set_apart_for_its_support_alone_gains_that_support_and_its_range_keeps_its_own()
    {
        var plan = Import(PlanWithMeasuresNumberedAgain);

        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "县医疗保障局", "县财政局", "县委宣传部", "县融媒体中心" }, plan.Names(tasks[0].InEffect.Supports));
        Assert.Equal(new[] { "县医疗保障局", "县财政局" }, plan.Names(tasks[1].InEffect.Supports));
        Assert.Equal(new[] { "县医疗保障局", "县财政局" }, plan.Names(tasks[2].InEffect.Supports));

        // Said with 由, the same.
        var withBy = Import(PlanWithMeasuresNumberedAgain.Select(l => l.Replace("第（一）项县委宣传部", "第（一）项由县委宣传部")).ToArray());
        var byTasks = withBy.Tasks.ToList();
        Assert.Equal(new[] { "县医疗保障局", "县财政局" }, withBy.Names(byTasks[1].InEffect.Supports));
        Assert.Contains("县委宣传部", withBy.Names(byTasks[0].InEffect.Supports));
    }

    [Fact]
    public void A_division_naming_a_number_two_parts_above_it_share_leads_neither_and_says_so()
    {
        var plan = Import(
            "某县方案",
            "一、城市建设",
            "（一）推进老旧小区改造。",
            "（二）建设口袋公园。",
            "二、乡村建设",
            "（一）推进农村改厕。",
            "（二）建设美丽乡村示范村。",
            "三、责任分工",
            "第（一）项由县住房和城乡建设局牵头。");

        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("more than one part of the plan numbers so"));
    }
}
