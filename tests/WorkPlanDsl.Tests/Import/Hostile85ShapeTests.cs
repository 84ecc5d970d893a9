using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes review-83's leftovers, the hostile85/real85 blind sets and the review-85 review found wrong or missing, each in
/// a few invented lines: the rule, not a set's wording.
/// </summary>
public class Hostile85ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Who_leads_joined_by_a_pause_mark_to_who_supports_keeps_the_supports_when_the_sentence_goes_on()
    {
        // review-83 B3: X牵头、Y配合，… lost Y wherever the pair did not close the paragraph.
        var plan = Import(
            "某县2025年水利工作要点",
            "一、重点任务",
            "（一）落实河湖长制。县水利局牵头、县河长办配合，各乡镇负责辖区河道日常管护。",
            "（二）推进物流园区建设。市交通运输局牵头、市商务局配合，物流园区管委会负责项目实施。",
            "（三）加强干部队伍建设。干部一科牵头、干部二科配合，统筹做好年轻干部培养工作。",
            "（四）完善联席会议制度。县水利局牵头、县河长办配合的联席会议要定期召开。",
            "（五）开展河道清淤（县水利局负责）。");

        Assert.Equal(new[] { "县水利局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县河长办" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市商务局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "干部一科" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "干部二科" }, plan.Supports("（三）"));
        // Roles that describe a thing (牵头、…配合的联席会议) give it nobody.
        Assert.Empty(plan.Leads("（四）"));
        Assert.Empty(plan.Supports("（四）"));
    }

    [Fact]
    public void A_task_of_one_sentence_names_its_lead_in_a_field_after_its_work()
    {
        // review-83 B3 (j01): 落实河湖长制，县水利局牵头、县河长办配合，各乡镇负责… gave nothing in a plan whose other tasks
        // close with a clause.
        var plan = Import(
            "某县2025年水利工作要点",
            "一、重点任务",
            "（一）落实河湖长制，县水利局牵头，县河长办配合，各乡镇负责辖区河道日常管护。",
            "（二）落实河湖长制，县水利局牵头、县河长办配合，各乡镇负责辖区河道日常管护。",
            "（三）巩固治理成果，去年县水利局牵头建成生态河道5条，今年继续推进。",
            "（四）完善协作机制，县水利局牵头的联席会议定期研究河道管护。",
            "（五）开展河道清淤（县水利局负责）。");

        Assert.Equal(new[] { "县水利局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县河长办" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县河长办" }, plan.Supports("（二）"));
        // What a body did last year, and a body named by what it leads, give the task nobody.
        Assert.Empty(plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
    }

    [Fact]
    public void The_body_a_sentence_gives_the_work_to_after_the_works_words_leads_beside_the_trades_regulator()
    {
        // review-83 B6: 由X具体实施，Y负责行业监管 gave nobody unless the 由 opened the sentence.
        var plan = Import(
            "某市2025年交通运输工作要点",
            "一、重点任务",
            "（一）更新新能源公交车。全年更新100台，由市公交集团具体实施，市交通运输局负责行业监管。",
            "（二）更新新能源出租车300台，由市城市出租车公司具体实施，市交通运输局负责行业监管。",
            "（三）推进厕所革命（市农业农村局负责）。");

        Assert.Equal(new[] { "市公交集团" }, plan.Leads("（一）"));
        Assert.DoesNotContain("市交通运输局", plan.Leads("（一）"));
        Assert.Equal(new[] { "市城市出租车公司" }, plan.Leads("（二）"));
        Assert.DoesNotContain("市交通运输局", plan.Leads("（二）"));
    }

    [Fact]
    public void A_named_village_is_a_unit_and_a_kind_of_village_is_not()
    {
        // hostile85 13: 责任单位：栎桥村 and 由柘塘村、楮山村负责 gave no lead; a township's plan gives work to its villages.
        var plan = Import(
            "某镇2025年工作要点",
            "一、做强特色产业",
            "1、推进栎桥村千亩茶旅融合示范园建设。完成游客服务中心建设。",
            "责任单位：栎桥村　配合单位：镇经济发展办",
            "2、推进柘塘村、楮山村污水管网建设。完成污水管网12公里。",
            "由柘塘村、楮山村负责，镇规划建设办加强技术指导。",
            "3、开展美丽乡村创建。",
            "责任单位：示范村、行政村",
            "4、抓好招商引资（镇经济发展办负责）。");

        Assert.Equal(new[] { "栎桥村" }, plan.Leads("1、"));
        Assert.Equal(new[] { "镇经济发展办" }, plan.Supports("1、"));
        Assert.Equal(new[] { "柘塘村" }, plan.Leads("2、"));
        Assert.Contains("楮山村", plan.Supports("2、"));
        Assert.Empty(plan.Leads("3、"));
    }

    [Fact]
    public void Groups_that_do_the_work_each_in_their_remit_support_and_lead_nothing()
    {
        // hostile85 14: 市文明委各成员单位、各区（县）按照职责分工抓好落实 made the first group the task's lead.
        var plan = Import(
            "某市2025年文明城市创建重点任务",
            "一、重点任务",
            "（一）完善常态长效工作机制。落实“周督查、月通报”机制。市文明委各成员单位、各区（县）按照职责分工抓好落实。",
            "（二）开展文明宣传。（牵头单位：市委宣传部）");

        Assert.Empty(plan.Leads("（一）"));
        Assert.Contains("各区（县）", plan.Supports("（一）"));
    }

    [Fact]
    public void A_bracket_left_open_after_its_label_goes_on_with_the_next_lines_names()
    {
        // hostile85 11: …评估。（牵头单位： at a PDF line's end, the name on the next line, lost the lead without a note.
        var plan = Import(
            "某区2025年教育工作要点",
            "一、重点任务",
            "7．深化集团化办学，新组建教育集团3个，年",
            "内通过义务教育优质均衡发展国家督导评估。（牵头单位：",
            "教育督导室（区政府教育督导委员会办公室）；配合单位：基础教育科、",
            "发展规划科、人事科）",
            "8．规范招生入学管理。（牵头单位：基础教育科）");

        Assert.Equal(new[] { "教育督导室（区政府教育督导委员会办公室）" }, plan.Leads("7．"));
        Assert.Equal(new[] { "基础教育科", "发展规划科", "人事科" }, plan.Supports("7．"));
        Assert.Equal(new[] { "基础教育科" }, plan.Leads("8．"));
    }

    [Fact]
    public void A_tab_table_cell_with_a_line_break_copied_without_quotes_stays_in_its_row()
    {
        // hostile85 10: a 牵头单位 cell of two units, copied out of a spreadsheet without quotes, broke its row in two:
        // the second unit became a task of its own and the row lost its supports.
        var plan = Import(
            "附件",
            "某市2025年就业工作重点任务分工表",
            "序号\t重点任务\t工作措施\t牵头单位\t配合单位\t完成时限",
            "1\t稳定重点群体就业\t开发见习岗位2000个。\t市人社局\t市教育局、团市委\t2025年12月底前",
            "2\t\t开展农民工“春风行动”，转移农村劳动力就业8万人次。\t市人社局",
            "市农业农村局\t各县（市、区）人民政府\t2025年12月底前",
            "3\t\t做好退役军人就业安置。\t市退役军人事务局\t市人社局\t2025年10月底前",
            "",
            "注：牵头单位为两个的，排在前面的为第一牵头单位，后者为共同牵头单位。");

        Assert.Equal(3, plan.Model.Tasks.Count());
        Assert.Equal(new[] { "市人社局", "市农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "各县（市、区）人民政府" }, plan.Supports("2"));
        Assert.Equal(new[] { "市退役军人事务局" }, plan.Leads("3"));
    }

    [Fact]
    public void Words_before_the_by_that_are_a_time_a_manner_or_the_task_itself_are_no_part_of_the_work()
    {
        // review-85 A1/A2: 年内由X牵头…, 全县…工作由X牵头…, 按照职责分工由X牵头… over 责任单位：各乡镇 read the words as a part
        // of the work and gave the task to the field's units; with the field naming the sentence's 配合 unit, that unit led.
        var plan = Import(
            "某县2025年重点工作任务",
            "一、重点任务",
            "1.推进农村改厕。年内由县农业农村局牵头完成改厕3000户，县卫健局配合。",
            "责任单位：各乡镇",
            "2.推进农村改厕。全县农村厕所革命由县农业农村局牵头，县卫健局配合。",
            "责任单位：各乡镇",
            "3.推进农村改厕。按照职责分工由县农业农村局牵头，县卫健局配合。",
            "责任单位：各乡镇",
            "4.推进老旧小区改造。老旧小区改造工作由县住建局牵头，县财政局配合。",
            "责任单位：各街道",
            "5.推进农村改厕。改厕工作由县农业农村局牵头，县卫健局配合。",
            "责任单位：县卫健局、各乡镇",
            "6.规范执法行为。推行执法全过程记录。执法案卷评查由县司法局组织实施。",
            "责任单位：县城市管理局",
            // review-86 W1–W3: a part that narrows the work, or has a time or a count in it, is still a part.
            "7.加强食品安全监管。校园食品安全监管由县教育局负责，县市场监管局配合。",
            "责任单位：县市场监管局",
            "8.做好防汛抗旱。汛期期间县城排涝由县城管局负责，县应急管理局配合。",
            "责任单位：县水利局、县应急管理局",
            "9.推进文旅融合发展。全域旅游示范区创建由县文旅局牵头，县发改局配合。",
            "责任单位：县委宣传部",
            "10.推进垃圾分类,分类收运体系建设由县环卫中心负责实施.",
            "责任单位:县住建局");

        foreach (var label in new[] { "1.", "2.", "3." })
        {
            Assert.Equal(new[] { "县农业农村局" }, plan.Leads(label));
            Assert.Contains("各乡镇", plan.Supports(label));
        }

        Assert.Equal(new[] { "县住建局" }, plan.Leads("4."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("5."));
        Assert.Contains("县卫健局", plan.Supports("5."));
        // A part of the work (执法案卷评查) still gives way to the task's own field.
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("6."));
        Assert.Equal(new[] { "县司法局" }, plan.Supports("6."));
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("7."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("8."));
        Assert.DoesNotContain("县城管局", plan.Leads("8."));
        Assert.Equal(new[] { "县委宣传部" }, plan.Leads("9."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("10."));
        Assert.Contains("县环卫中心", plan.Supports("10."));
    }

    [Fact]
    public void A_body_that_had_the_work_in_the_year_before_the_plans_leads_nothing_however_the_year_is_written()
    {
        // review-85 A4: 2025年度由X负责 in a plan for 2026 made X the lead of a task another body now has.
        var plan = Import(
            "某县2026年城市管理重点工作",
            "一、重点任务",
            "1.公共停车管理。2025年度由县公安局负责，2026年由县城投公司负责，县公安局配合。",
            "2.路灯维护管理。2025年底前由县供电公司负责，2026年起由县城管局负责。");

        Assert.DoesNotContain("县公安局", plan.Leads("1."));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("2."));
        Assert.DoesNotContain("县供电公司", plan.Supports("2."));
    }

    [Fact]
    public void A_body_and_its_lead_word_in_a_sentence_that_goes_on_with_the_work_lead_the_task()
    {
        // review-85 B3, B9, B12: the lead's part in the middle of a sentence (…，区水务局牵头，各街道负责辖区…; 2025年由X牵头，
        // Y配合，建成…; 按照…原则由X牵头，完成…) gave nothing in a plan whose other tasks close with a clause.
        var plan = Import(
            "某县2025年应急管理工作要点",
            "一、重点任务",
            "（一）做好防汛工作。完善防汛应急预案，区水务局牵头，各街道负责辖区防汛工作。",
            "（二）推进完整社区建设。2025年由县民政局牵头，县住建局配合，建成完整社区5个。",
            "（三）推进污水治理。按照“谁主管、谁负责”原则由县生态环境分局牵头，完成20个行政村污水治理。",
            "（四）健全管理体制。建立完善市统筹，县级政府为主，镇（街道）参与的管理体制。",
            "（五）巩固治理成果。2024年由县商务局牵头，建成农贸市场2个，今年继续推进。",
            "（六）开展应急演练（区应急局负责）。");

        Assert.Equal(new[] { "区水务局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县住建局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县生态环境分局" }, plan.Leads("（三）"));
        // Roles that describe a system give it nobody; last year's body leads nothing now.
        Assert.Empty(plan.Leads("（四）"));
        Assert.DoesNotContain("县商务局", plan.Leads("（五）"));
    }

    [Fact]
    public void A_half_width_full_stop_between_words_ends_a_sentence()
    {
        // hostile86 07 and 13: 穩定脫貧人口就業.縣人社局負責 read the title and the body as one name, a lead the document
        // does not name.
        var plan = Import(
            "某縣2025年鄉村振興重點工作要點",
            "一、守牢底線",
            "(一)穩定脫貧人口就業.縣人力資源和社會保障局負責,縣農業農村局配合,務工規模穩定在2.1萬人以上.",
            "(二)深化\"高效办成一件事\".平均办理时间压缩50%以上.区行政审批局牵头,区市场监管局配合.",
            "(三)農村公路提質.完成硬化路85.5公里(縣交通運輸局負責).",
            "(四)加強農田建設．縣農業農村局牽頭，縣水利局配合，新建高標準農田１．５萬畝．");

        Assert.Equal(new[] { "縣人力資源和社會保障局" }, plan.Leads("(一)"));
        Assert.Equal(new[] { "縣農業農村局" }, plan.Supports("(一)"));
        Assert.Equal(new[] { "区行政审批局" }, plan.Leads("(二)"));
        Assert.Equal(new[] { "縣交通運輸局" }, plan.Leads("(三)"));
        // The full-width one an OCR prints, too; not inside a figure (１．５萬畝).
        Assert.Equal(new[] { "縣農業農村局" }, plan.Leads("(四)"));
        Assert.Equal("加強農田建設", plan.Model.Tasks.Single(t => t.Label == "(四)").Title);
    }

    [Fact]
    public void Markdown_bold_inside_a_sentence_is_no_part_of_the_name()
    {
        // hostile86 11: 由**市数据局牵头** gave the lead '*市数据局'.
        var plan = ImportedModel.From(string.Join("\n",
            "# 某市2026年数据工作要点",
            "## 一、夯实数据资源",
            "**（一）完善公共数据目录。** 全面梳理公共数据资源。由**市数据局牵头**，市级各部门按职责配合。",
            "",
            "**（二）培育数据企业。** 市科技局、市数据局负责，培育数据服务商40家。"), "plan.md");

        Assert.Equal(new[] { "市数据局" }, plan.Leads("（一）"));
    }

    [Fact]
    public void A_task_whose_own_sentences_give_its_lead_plainly_is_read_in_a_document_of_clauses()
    {
        // hostile86: a plan whose other tasks close with a clause read nothing of 由X牵头建成…, X牵头，… or X负责，推动…
        // in a task of sentences; not a body a paragraph of items names for one item, nor the plan's closing word.
        var plan = Import(
            "某市2026年数据工作要点",
            "一、夯实数据资源",
            "（一）建设城市可信数据空间。年内由市数据局牵头建成可信数据空间一期，接入企业50家。",
            "（二）推进数据人才培养。市人社局负责，开展数据工程师职称评审。",
            "（三）加强数据安全（市委网信办负责）。",
            "（四）兜牢民生底线。一是完善社会救助（社会救助科负责）；二是加强动态监测，由社会救助科会同区医保局做好信息共享；三是落实临时救助，各街道办事处要先行救助。",
            "（五）建立监测评估机制。每季度开展一次评估。",
            "本计划由市数据局负责解释。");

        Assert.Equal(new[] { "市数据局" }, plan.Leads("（一）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("lead 市数据局 read from the task's words") && n.Message.Contains("the task names its units only in its sentences"));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("（二）"));
        Assert.DoesNotContain("社会救助科", plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
    }

    [Fact]
    public void A_short_tab_row_is_not_joined_with_a_label_line_nor_with_the_next_numbered_row()
    {
        // review-86 W4: a row whose empty cells were dropped took the next line's 联系人 and 电话 as its cells, and a ①
        // sub-row as the rest of its own.
        var plan = Import(
            "某县2026年重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位",
            "1\t推进招商引资\t县商务局\t县发改局",
            "2\t人才引进\t县委人才办",
            "联系人：王某\t电话：1234567",
            "3\t加强要素保障\t县发改局\t县财政局");

        Assert.Equal(new[] { "县委人才办" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_body_that_does_the_work_only_in_a_case_leads_nothing()
    {
        // review-86 W5: 遇有特殊情况，由X具体实施 gave X the lead of the task.
        var plan = Import(
            "某区2026年城市更新重点任务",
            "一、重点任务",
            "1.推进管网更新。遇有特殊情况，由区应急管理局具体实施。",
            "2.建设智慧公交。如遇系统升级，由市大数据中心具体实施，市交通运输局做好配合。",
            "3.优化公交线网。新开公交线路20条，由市公交集团具体实施，市交通运输局负责行业监管。",
            "4.建设口袋公园（区城管局负责）。");

        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "市公交集团" }, plan.Leads("3."));
    }

    [Fact]
    public void A_scope_inside_a_statement_of_scopes_is_no_part_of_a_name()
    {
        // hostile86 12: …配合，其中第（一）项县委宣传部、县融媒体中心配合 made a support called 第项县委宣传部.
        var plan = Import(
            "某县健康行动实施方案",
            "二、重点任务",
            "（一）健康知识普及。建立专家库。",
            "（二）慢性病综合防控。开展筛查。",
            "（三）中小学生健康促进。近视率下降。",
            "三、责任分工",
            "第（一）至（二）项由县卫生健康局牵头，县财政局配合，其中第（一）项县委宣传部配合。第（三）项由县教育局负责。");

        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("（一）"));
        Assert.DoesNotContain(plan.Supports("（一）"), n => n.StartsWith("第"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void Every_tasks_lead_at_once_is_no_tasks_body()
    {
        // hostile87 05: 各牵头单位为第一责任单位，要于每月25日前… under a task made 各牵头单位 its second lead.
        var plan = Import(
            "某镇2026年重点工作安排",
            "一、重点工作",
            "13、做好信访维稳工作。（牵头单位：镇信访办；配合单位：各村（社区））",
            "各牵头单位为第一责任单位，要于每月25日前将工作进展报镇党政综合办汇总。",
            "14、做好安全生产。（牵头单位：镇应急办）");

        Assert.Equal(new[] { "镇信访办" }, plan.Leads("13、"));
    }

    [Fact]
    public void A_remark_that_moves_the_lead_after_a_meetings_decision_gives_the_new_lead()
    {
        // hostile87 10: 原由区民政局牵头，经区政府第23次常务会议研究，调整由区残联牵头，区民政局配合 gave no lead.
        var plan = ImportedModel.FromFile("ledger.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,重点任务,牵头单位,配合单位,备注",
            "1,困难残疾人家庭无障碍改造,,,原由区民政局牵头，经区政府第23次常务会议研究，调整由区残联牵头，区民政局配合",
            "2,适老化改造,区民政局,区住建局,")));

        Assert.Equal(new[] { "区残联" }, plan.Leads("1"));
        Assert.Equal(new[] { "区民政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_resource_a_side_duty_or_an_earlier_years_work_in_a_tasks_sentence_gives_no_lead()
    {
        // review-87 W1–W5, W7: in a plan of clauses, a task's sentence naming who pays, provides, checks, did last year's
        // part or is asked for help became its lead.
        var plan = Import(
            "某县城市建设工作要点",
            "（一）建设城市公园。新建城市公园2个。（牵头单位：县住建局；配合单位：县自然资源局）",
            "（二）改造老旧小区。改造老旧小区20个，所需资金由县财政局统筹安排。",
            "（三）完善安全设施。实施生命安全防护工程，相关数据由县统计局负责提供。",
            "（四）建设停车设施。新建公共停车场5个，由县市场监管局实施收费监管。",
            "（五）开展应急演练。2024年由县消防救援大队牵头完成了综合演练，今年组织演练2次。",
            "（六）推进区域合作。融入都市圈建设，主动对接市发改委牵头，推动交通互联互通。",
            "（七）推进片区改造。若干重点片区改造，由县城建集团具体实施。",
            "（八）建设互联网医院。完成平台升级，互联网医院平台由县健康信息公司负责开发运维。");

        foreach (var label in new[] { "（二）", "（三）", "（四）", "（五）", "（六）" })
        {
            Assert.Empty(plan.Leads(label));
        }

        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("主动"));
        Assert.Equal(new[] { "县城建集团" }, plan.Leads("（七）"));
        Assert.Equal(new[] { "县健康信息公司" }, plan.Leads("（八）"));
    }

    [Fact]
    public void A_broken_tab_cell_is_joined_with_a_line_that_carries_the_rows_other_cells()
    {
        // review-87 W6: a line opening with 目标： whose other cells are the row's units was refused as a label line.
        var plan = Import(
            "某县2026年民生实事分工表",
            "序号\t实事项目\t具体内容\t牵头单位\t完成时限",
            "1\t养老服务\t新建日间照料中心5个，",
            "目标：覆盖全部街道\t县民政局\t2026年底",
            "2\t托育服务\t新增托位400个\t县卫健局\t2026年底");

        Assert.Equal(new[] { "县民政局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("2"));
        Assert.Equal(2, plan.Model.Tasks.Count());
    }

    [Fact]
    public void A_deadline_before_the_by_that_gives_the_lead_and_its_partner_is_when_not_who()
    {
        // hostile86 13: 5月底前由区发展改革局牵头、区财政局配合上线… gave nothing.
        var plan = Import(
            "某区2026年营商环境工作要点",
            "一、提升政务服务效能",
            "(1)推进\"免申即享\".梳理涉企惠企政策清单,5月底前由区发展改革局牵头、区财政局配合上线\"免申即享\"平台,全年兑现资金不少于1.5亿元.",
            "(2)优化审批.区住房和城乡建设局负责.");

        Assert.Equal(new[] { "区发展改革局" }, plan.Leads("(1)"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("(1)"));
    }

    [Fact]
    public void A_case_or_a_higher_levels_lead_in_a_tasks_sentence_gives_no_lead_in_a_plan_of_clauses()
    {
        // review-88 W1–W8: 对未完成任务的，由X负责问责 and 上级明确由X牵头…，我县配合 made X the task's lead.
        var plan = Import(
            "某县2026年卫生健康工作要点",
            "（一）推进健康县城建设（牵头单位：县卫健局；配合单位：县住建局）。",
            "（二）提升村容村貌。开展村庄清洁行动，对未完成任务的，由县纪委监委负责问责。",
            "（三）加强渡口管理。区交通运输局负责行业指导，发现隐患的，由区海事处负责督促整改。",
            "（四）加强病媒生物防制。上级明确由市爱卫办牵头组织病媒生物密度监测，我县配合做好监测点位设置。",
            "（五）推进重点人群筛查。待县卫健局牵头制定筛查方案后，各乡镇卫生院负责具体实施。");

        Assert.Empty(plan.Leads("（二）"));
        Assert.DoesNotContain("区海事处", plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("待"));
    }
}
