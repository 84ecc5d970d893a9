using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile82 leftovers, the hostile83/84 blind sets and the review-83 review found wrong or missing, each in a
/// few invented lines: the rule, not a set's wording.
/// </summary>
public class Hostile83ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_part_of_the_work_given_in_a_sentence_is_a_share_beside_the_tasks_own_field()
    {
        // hostile82 03: 执法案卷评查由区司法局组织实施 took the lead, and the task's own 责任单位 line became a support.
        var plan = Import(
            "某区2024年城市管理工作要点",
            "一、加强队伍建设",
            "1.规范执法行为。推行执法全过程记录，开展执法人员轮训。执法案卷评查由区司法局组织实施。",
            "责任单位：区城市管理局",
            "2.加强执法监督。开展执法检查，该项工作由区司法局牵头。",
            "责任单位：区城市管理局、各街道办事处",
            "3.推进智慧执法。建设执法平台，平台运维由区大数据中心负责。",
            "牵头单位：区城市管理局",
            "配合单位：区财政局",
            "4.完善执法案卷。统一执法文书格式，案卷评查由区司法局组织实施。");

        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区司法局" }, plan.Supports("1."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("区司法局 is given a part of the work (执法案卷评查)"));
        // 该项工作 is the task itself: its lead stands, and the list beside it supports.
        Assert.Equal(new[] { "区司法局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区城市管理局", "各街道办事处" }, plan.Supports("2."));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("3."));
        Assert.Equal(new[] { "区大数据中心", "区财政局" }, plan.Supports("3."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("all are read as the task's leads"));
        // With no field of its own, the part's body is the only one the task names.
        Assert.Equal(new[] { "区司法局" }, plan.Leads("4."));
    }

    [Fact]
    public void Who_had_the_work_in_a_year_before_the_plans_is_no_body_of_the_task()
    {
        // review-81 A3: 2024年由X负责，2025年起由Y负责 made last year's body the lead by the first-listed convention.
        var plan = Import(
            "某县2025年重点工作分工",
            "一、重点工作",
            "（一）推进农村公路养护。2024年由县交通运输局负责，2025年起由各乡镇负责，县交通运输局负责指导。",
            "（二）推进城区绿化管护。2023年以前由县住建局负责，现由县城管局负责。",
            "（三）建设便民服务站。2025年由县商务局负责建成便民服务站10个。",
            "（四）建设智慧停车场。2026年由县城投公司负责建成停车场2个。",
            "（五）建设农贸市场。2024年由县商务局牵头建成农贸市场2个，今年继续推进。",
            "（六）推进河道保洁。二〇二四年由县水利局负责，二〇二五年起由各乡镇负责。");

        Assert.Equal(new[] { "各乡镇" }, plan.Leads("（一）"));
        Assert.Empty(plan.Supports("（一）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'2024年由县交通运输局' names who had the work in a year before the plan's"));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("（二）"));
        Assert.Empty(plan.Supports("（二）"));
        // The plan's own year, and a year still to come, are the work's.
        Assert.Equal(new[] { "县商务局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县城投公司" }, plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
        Assert.Equal(new[] { "各乡镇" }, plan.Leads("（六）"));
    }

    [Fact]
    public void After_who_had_the_work_before_the_part_saying_who_has_it_now_gives_it()
    {
        // review-81 B9: the sentence opened with 去年 or 原来, and nothing of it was read.
        var plan = Import(
            "某县2025年重点工作分工",
            "一、重点工作",
            "（一）推进“一件事一次办”。去年由县市场监管局牵头，今年由县政务服务中心牵头，县市场监管局配合。",
            "（二）优化企业开办。去年由县市场监管局牵头，今年调整为县政务服务中心牵头，县市场监管局配合。",
            "（三）推进殡葬改革。原来由县民政局牵头的殡葬改革工作，现调整为县殡葬管理所牵头。",
            "（四）推进农村改厕。去年，由县农业农村局负责，建成了一批示范村。",
            "（五）建设农贸市场。去年由县商务局牵头建成农贸市场2个，今年继续推进。");

        Assert.Equal(new[] { "县政务服务中心" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县市场监管局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县政务服务中心" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县市场监管局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县殡葬管理所" }, plan.Leads("（三）"));
        Assert.DoesNotContain("县民政局", plan.Supports("（三）"));
        // What was done before, with nothing said of now: no lead.
        Assert.Empty(plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
    }

    [Fact]
    public void A_body_named_to_answer_together_under_a_bodys_heading_leads_with_it()
    {
        // hostile82 14: 5.…（县开发区管委会共同负责，县自然资源局配合） under 二、县工业和信息化局（2项） took the heading's lead
        // away from both of its tasks.
        var plan = Import(
            "某县2024年政府工作报告重点任务分解（按责任单位）",
            "一、县发展和改革局（2项）",
            "1.全年实施县级重点项目120个，完成投资185亿元。",
            "2.争取地方政府专项债券资金15亿元以上。（县财政局配合）",
            "二、县工业和信息化局（2项）",
            "3.实施工业技改项目35个，新增规模以上工业企业20家。",
            "4.推进县经济开发区扩区调位。（县经济开发区管委会共同负责，县自然资源局配合）",
            "三、县农业农村局（2项）",
            "5.新建高标准农田3万亩。",
            "6.开展农产品质量安全检测。（县市场监管局负责）");

        Assert.Equal(new[] { "县工业和信息化局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县工业和信息化局", "县经济开发区管委会" }, plan.Leads("4."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("4."));
        // Another body named to lead a task alone: the heading is what the work is about, and gives nothing.
        Assert.Empty(plan.Leads("5."));
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("6."));
    }

    [Fact]
    public void A_remark_changing_a_part_of_the_row_or_what_was_once_planned_leaves_the_lead()
    {
        // review-83 A1: 资金渠道改为县财政局统筹 made the funder the lead; 此前曾计划移交县供销社 made a co-lead.
        var csv = string.Join("\n",
            "序号,任务名称,牵头单位,配合单位,备注",
            "1,建设城市书房,县文旅局,县财政局,资金渠道改为县财政局统筹",
            "2,推进乡村振兴示范村,县农业农村局,各乡镇,考核工作调整为县委督查室牵头",
            "3,推进农贸市场改造,县商务局,县市场监管局,此前曾计划移交县供销社，经研究仍由县商务局牵头",
            "4,推进数字乡村建设,县农业农村局,县数据局,建设内容调整为智慧农业示范基地，由县农业农村局负责",
            "5,推进招商引资,县发改局,县统计局,经县政府研究，该项工作牵头单位调整为县商务局，县发改局配合");
        var plan = ImportedModel.FromFile("ledger.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县文旅局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县数据局" }, plan.Supports("4"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("5"));
        Assert.Equal(new[] { "县发改局" }, plan.Supports("5"));
    }

    [Fact]
    public void A_remark_handing_the_work_over_outweighs_the_roles_the_measures_cell_names()
    {
        // review-83 A2: with no unit columns, the measures cell's 县水利局牵头 stayed the lead beside the 备注's change.
        var csv = string.Join("\n",
            "序号,重点任务,具体措施,完成时限,备注",
            "1,推进水库除险加固,完成病险水库除险加固5座，县水利局牵头。,2025年10月,",
            "2,推进节水型社会建设,县水利局牵头，县住建局配合。,2025年12月,经县政府研究，牵头单位调整为县发改局，县水利局配合");
        var plan = ImportedModel.FromFile("tasks.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("2"));
        Assert.Contains("县水利局", plan.Supports("2"));
    }

    [Fact]
    public void A_table_of_work_done_is_no_annex_naming_the_tasks_short()
    {
        // review-83 A3: last year's 完成情况 table gave this year's tasks its units as leads, silently.
        var plan = Import(
            "某县2025年生态环境保护工作要点",
            "一、重点任务",
            "（一）打好蓝天保卫战。推进扬尘污染治理，加强工地扬尘管控。",
            "（二）打好碧水保卫战。推进城镇污水处理提质增效。",
            "（三）推进产业绿色转型。培育绿色工厂。",
            "附件：2024年度生态环境保护重点工作完成情况",
            "工作事项\t责任单位\t完成情况",
            "扬尘污染治理\t县住建局\t已完成",
            "城镇污水处理提质\t县城管局\t已完成",
            "绿色工厂培育\t县工信局\t已完成");

        Assert.Empty(plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
    }

    [Fact]
    public void Who_had_the_work_in_a_year_written_in_characters_or_in_the_last_round_is_no_lead_of_it_now()
    {
        // review-83 A4: 二〇二四年… and 上一轮… passed the share rule's history guard.
        var plan = Import(
            "某县2025年深化改革工作要点",
            "一、重点任务",
            "（一）推进医共体建设。二〇二四年试点工作由县卫健局牵头，县医保局配合。今年全面推开医保支付方式改革，由县医保局负责。",
            "（二）推进老旧小区改造。上一轮改造由县住建局牵头，各街道配合。今年新开工改造小区30个，由县城投公司负责。",
            "（三）推进城市更新。2025年底前完成，县住建局牵头，县财政局、各街道配合。其中，背街小巷改造由县城管局负责。");

        Assert.Equal(new[] { "县医保局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县城投公司" }, plan.Leads("（二）"));
        // The plan's own year opening the sentence is this year's work.
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县财政局", "各街道", "县城管局" }, plan.Supports("（三）"));
    }

    [Fact]
    public void A_part_given_to_another_body_after_a_sentence_of_work_and_roles_is_its_share()
    {
        // review-83 A5: the share rule read only sentences of roles alone; the usual task says its work first.
        var plan = Import(
            "某县2025年工作要点",
            "一、重点任务",
            "（一）推进乡村旅游。创建省级乡村旅游重点村2个，县文旅局负责，各乡镇配合。其中，旅游厕所建设由县住建局负责。",
            "（二）整治违法占地。整改措施：县自然资源局牵头，县林业局、县生态环境分局配合。其中，复绿工程由县林业局负责。",
            "（三）推进医共体建设。完善医共体运行机制。其中，医保支付方式改革由县医保局负责。");

        Assert.Equal(new[] { "县文旅局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "各乡镇", "县住建局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县林业局", "县生态环境分局" }, plan.Supports("（二）"));
        // With no sentence naming the task's lead, the part's body is the only one the task names.
        Assert.Equal(new[] { "县医保局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void A_ledger_of_leaders_instructions_reads_each_instruction_as_a_task()
    {
        // hostile84 07: 批示要点 | 承办单位 was no header, and the ledger gave no task at all.
        var text = string.Join("\n",
            "# 某市2025年市领导批示件办理情况台账",
            "",
            "> 说明：承办单位栏标注“（主办）”“（会办）”的，主办单位对办理结果负总责；只列一个单位的为主办单位。",
            "",
            "| 序号 | 来文 | 批示领导 | 批示要点 | 承办单位 | 办理时限 |",
            "|---|---|---|---|---|---|",
            "| 1 | 市工商联调研报告 | 市长 张某 | 请市金融局牵头，认真研究报告提出的建议。 | 市金融局（主办）、人民银行某市分行（会办） | 2025年5月15日 |",
            "| 2 | 群众来信 | 副市长 李某 | 请市民政局研究落实。 | 市民政局 | 2025年6月30日 |");
        var plan = ImportedModel.FromFile("ledger.md", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(new[] { "市金融局" }, plan.Leads("1"));
        Assert.Equal(new[] { "人民银行某市分行" }, plan.Supports("1"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_note_saying_units_with_no_lead_named_answer_together_makes_each_a_lead()
    {
        // hostile84 05: 未明确牵头单位的，由责任单位共同负责, and a row whose 牵头单位 is empty or 待定.
        var csv = string.Join("\n",
            "某县2025年民生实事项目计划表,,,,",
            "序号,项目名称,牵头单位,责任单位,完成时限",
            "1,城区学位扩容工程,县教育局,县住建局、县财政局,2025年8月底",
            "2,免费“两癌”筛查项目,,县卫生健康局、县妇联,2025年11月底",
            "3,“暖心食堂”建设,待定,县民政局、城关街道办事处,2025年12月底",
            "注：牵头单位负责统筹协调，责任单位负责具体实施；未明确牵头单位的，由责任单位共同负责。,,,,");
        var plan = ImportedModel.FromFile("projects.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县住建局", "县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县卫生健康局", "县妇联" }, plan.Leads("2"));
        Assert.Equal(new[] { "县民政局", "城关街道办事处" }, plan.Leads("3"));
    }

    [Fact]
    public void A_lead_cell_left_to_be_decided_names_no_one()
    {
        var csv = string.Join("\n",
            "序号,项目名称,牵头单位,责任单位,完成时限",
            "1,城区学位扩容工程,县教育局,县住建局、县财政局,2025年8月底",
            "2,“暖心食堂”建设,待定,县民政局、城关街道办事处,2025年12月底");
        var plan = ImportedModel.FromFile("projects.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "县民政局", "城关街道办事处" }, plan.Supports("2"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("'待定'"));
    }

    [Fact]
    public void Units_securing_a_projects_land_and_power_help_the_unit_answering_for_it()
    {
        // hostile84 15: 要素保障单位：A、B was a label of no role, and its units were lost.
        var plan = Import(
            "某县2025年县领导包保重点项目推进计划",
            "一、产业项目",
            "1.年产5万吨高端铝箔项目。建设内容：新建冷轧车间。包保县领导：县长 张某；责任单位：县经开区管委会；要素保障单位：县自然资源局、县生态环境分局。",
            "2.县水库除险加固工程。建设内容：实施大坝防渗。包保县领导：副县长 李某；要素保障单位：县财政局。");

        Assert.Equal(new[] { "县经开区管委会" }, plan.Leads("1."));
        Assert.Equal(new[] { "县自然资源局", "县生态环境分局" }, plan.Supports("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("2."));
    }

    [Fact]
    public void The_partners_a_tasks_sentence_names_beside_the_lead_its_field_names_support()
    {
        // hostile83 04: 考核细则由县委考核办会同县应急管理局制定 over 牵头单位：县委考核办 lost 县应急管理局.
        var plan = Import(
            "某县2025年安全生产工作要点",
            "一、重点任务",
            "1.强化考核结果运用。将安全生产纳入年度综合考核，考核细则由县委考核办会同县应急管理局制定。",
            "牵头单位：县委考核办",
            "2.强化执法检查。开展执法检查，检查方案由县应急管理局会同县公安局制定。",
            "牵头单位：县住建局");

        Assert.Equal(new[] { "县委考核办" }, plan.Leads("1."));
        Assert.Equal(new[] { "县应急管理局" }, plan.Supports("1."));
        // A sentence giving the work to another body than the field's lead says nothing of its partners.
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
        Assert.DoesNotContain("县公安局", plan.Supports("2."));
    }

    [Fact]
    public void An_html_list_of_lists_heads_its_inner_items_and_an_items_paragraph_keeps_its_number()
    {
        // hostile83 10, an office suite's HTML export: <li><p>…</p> made the number a line of its own (every title empty),
        // and the outer items, numbered 1. as the inner ones, were read as tasks.
        var html = "<html><body><p>某市2023年文化和旅游工作要点</p><ol>"
            + "<li><p>繁荣发展文化事业</p><ol>"
            + "<li><p>实施公共文化服务提质工程。新建城市书房8家。由市文化和旅游局负责。</p></li>"
            + "<li><p>开展群众文化活动。由市文化馆负责。</p></li></ol></li>"
            + "<li><p>推动旅游业高质量发展</p><ol>"
            + "<li><p>创建国家级旅游度假区。由市文旅局负责。</p><p>力争年内通过验收。</p></li></ol></li>"
            + "</ol></body></html>";
        var plan = ImportedModel.FromFile("plan.html", System.Text.Encoding.UTF8.GetBytes(html));

        Assert.Equal(new[] { "繁荣发展文化事业", "推动旅游业高质量发展" }, plan.Model.Sections.Select(section => section.Title).ToArray());
        Assert.Equal(new[] { "实施公共文化服务提质工程", "开展群众文化活动", "创建国家级旅游度假区" }, plan.Model.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "市文化和旅游局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "市文旅局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
    }

    [Fact]
    public void A_body_named_for_an_action_keeps_the_other_name_it_carries_in_brackets()
    {
        // hostile83 14: 由市委组织部（市委人才办）负责，市卫生健康委员会 (the line wrapped before 配合) gave the lead 市委: 组织 was
        // read as the work, and the body's name could not run on past its brackets.
        var plan = Import(
            "某市2025年卫生健康工作要点",
            "一、重点任务",
            "（一）加强人才队伍建设。引进高层次医学人才30名。由市委组织部（市委人才办）负责，市卫生健康委员会",
            "（二）加强宣传引导。开展健康科普。由市委宣传部（市文明办）牵头，市卫生健康委员会");

        Assert.Equal(new[] { "市委组织部（市委人才办）" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市委宣传部（市文明办）" }, plan.Leads("（二）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) == "市委");
    }

    [Fact]
    public void Partners_named_with_no_subject_work_with_whoever_the_task_is_given_to()
    {
        // hostile83 10: …，会同市应急管理局、市消防救援支队开展联合检查。由市文化和旅游局负责。 lost both partners.
        var plan = Import(
            "某市2023年文化和旅游工作要点",
            "一、重点任务",
            "1.抓好旅游安全。开展A级旅游景区安全隐患排查，会同市应急管理局、市消防救援支队开展联合检查。由市文化和旅游局负责。",
            "2.加强安全培训。会同市应急管理局开展培训。");

        Assert.Equal(new[] { "市文化和旅游局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市应急管理局", "市消防救援支队" }, plan.Supports("1."));
        // With no one the task is given to, its partners are nobody's.
        Assert.Empty(plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
    }

    [Fact]
    public void A_tables_measures_say_who_does_the_work_in_sentences_where_it_has_no_column_of_units()
    {
        // review-83 B2: the same words gave a lead as a paragraph and none as a table's 具体措施 cell.
        var csv = string.Join("\n",
            "序号,重点任务,具体措施,完成时限",
            "1,加强中小学校舍安全,完成校舍抗震加固2万平方米，区教育局牵头，区住建局负责质量监管。,2025年10月",
            "2,推进数字政府,区数据局负责推进政务系统迁移上云。,2025年12月",
            "3,推进城区绿化,新增城市绿地20公顷。,2025年12月");
        var plan = ImportedModel.FromFile("tasks.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区数据局" }, plan.Leads("2"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("lead 区数据局 read from the measures' words"));
        Assert.Empty(plan.Leads("3"));
    }

    [Fact]
    public void Review84_every_year_a_multi_year_plan_covers_is_its_own_and_a_body_named_again_for_now_keeps_its_role()
    {
        var plan = Import(
            "某县文化旅游发展三年行动计划（2025—2027年）",
            "一、重点任务",
            "（一）建设旅游集散中心。2025年由县文旅局负责完成选址。",
            "（二）推进农村改厕。2024年由县卫健局牵头，今年由县农业农村局牵头，县卫健局配合。",
            "（三）推进污水治理。2024年由县住建局负责，2025年起由县生态环境分局负责，县住建局配合。");

        Assert.Equal(new[] { "县文旅局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县卫健局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县生态环境分局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县住建局" }, plan.Supports("（三）"));
    }

    [Fact]
    public void Review84_a_remark_may_say_why_by_whose_leave_or_from_when_the_lead_changes()
    {
        var csv = string.Join("\n",
            "序号,重点任务,牵头单位,配合单位,完成时限,备注",
            "1,推进数据共享,县政务服务中心,县发改局,2025年12月,因机构改革调整为县数据局牵头",
            "2,推进一网统管,县城管局,县公安局,2025年12月,2025年3月起改由县数据局牵头",
            "3,推进电子证照,县政务服务中心,县公安局,2025年12月,经县政府同意改由县数据局牵头，县政务服务中心配合");
        var plan = ImportedModel.FromFile("ledger.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县数据局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县数据局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县数据局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县政务服务中心" }, plan.Supports("3"));
    }

    [Fact]
    public void Review84_partners_of_a_named_subject_or_of_last_years_work_are_not_the_tasks()
    {
        var plan = Import(
            "某县2025年安全生产工作要点",
            "一、重点任务",
            "1.开展消防安全排查。县应急管理局要加强对重点场所的检查，会同县消防救援大队开展联合检查。由县住建局负责。",
            "2.整治燃气安全隐患。去年，会同县公安局开展联合执法20次。今年由县城管局负责。",
            "3.强化道路交通安全。一是县交警大队加强路面管控；二是县交通运输局加强源头管理，会同县教育局开展校车检查。由县公安局负责。");

        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
        Assert.DoesNotContain("县消防救援大队", plan.Supports("1."));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("2."));
        Assert.DoesNotContain("县公安局", plan.Supports("2."));
        Assert.DoesNotContain("县教育局", plan.Supports("3."));
    }

    [Fact]
    public void Review84_a_sentence_naming_the_lead_among_the_fields_list_or_the_task_itself_is_no_part()
    {
        var plan = Import(
            "某区2025年城市管理工作要点",
            "一、重点任务",
            "1.推进垃圾分类。垃圾分类工作由区城管局牵头，区住建局配合。",
            "责任单位：区住建局、区城管局",
            "2.规范执法行为。开展执法人员轮训。执法案卷评查由区司法局组织实施。",
            "责任单位：区综合执法局、区司法局");

        Assert.Equal(new[] { "区城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区住建局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("is given a part of the work"));
        Assert.Equal(new[] { "区司法局" }, plan.Leads("2."));
    }

    [Fact]
    public void Review84_an_html_list_of_lists_under_the_pages_own_chinese_headings_is_their_next_level()
    {
        var html = "<html><body><p>某市2025年文化工作要点</p><h2>一、总体要求</h2><p>坚持以人民为中心。</p><h2>二、重点任务</h2><ol>"
            + "<li><p>繁荣文艺创作</p><ol><li><p>实施精品创作工程。由市文联负责。</p></li></ol></li>"
            + "<li><p>完善公共文化服务</p><ol><li><p>建设城市书房10个。由市文旅局负责。</p></li></ol></li>"
            + "</ol><h2>三、保障措施</h2><p>加强组织领导。</p></body></html>";
        var plan = ImportedModel.FromFile("plan.html", System.Text.Encoding.UTF8.GetBytes(html));

        Assert.Equal(new[] { "总体要求", "重点任务", "保障措施" }, plan.Model.Sections.Select(section => section.Title).ToArray());
        Assert.Equal(new[] { "实施精品创作工程", "建设城市书房10个" }, plan.Model.Tasks.Select(t => t.Title).ToArray());
    }

    [Fact]
    public void A_remark_changing_a_part_first_and_then_the_lead_hands_the_work_over()
    {
        // The first change (资金渠道改为…) is no handover; the one after it is.
        var csv = string.Join("\n",
            "序号,任务名称,牵头单位,配合单位,备注",
            "1,建设城市书房,县文旅局,县财政局,资金渠道改为县财政局统筹；经研究，牵头单位调整为县图书馆，县文旅局配合");
        var plan = ImportedModel.FromFile("ledger.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县图书馆" }, plan.Leads("1"));
        Assert.Equal(new[] { "县文旅局" }, plan.Supports("1"));
    }

    [Fact]
    public void A_year_printed_in_full_width_digits_is_read_and_quoted_as_printed()
    {
        var plan = Import(
            "某县２０２５年重点工作分工",
            "一、重点工作",
            "（一）推进农村公路养护。２０２４年由县交通运输局负责，２０２５年起由各乡镇负责。");

        Assert.Equal(new[] { "各乡镇" }, plan.Leads("（一）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'２０２４年由县交通运输局' names who had the work"));
    }
}
