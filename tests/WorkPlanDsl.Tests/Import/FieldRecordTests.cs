using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Tasks printed as records of fields (a 任务分解 page showing one task as a form): a label and its value on lines of
/// their own, label-and-colon lines, and form tables whose first column holds the labels. The shape of a real county
/// portal's 政府工作报告任务分解 column, one task per page, that no earlier reader found a task in.
/// </summary>
public class FieldRecordTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static ImportedModel Import(string name, byte[] bytes) => ImportedModel.FromFile(name, bytes);

    [Fact]
    public void A_page_of_label_lines_and_value_lines_is_one_task()
    {
        var plan = Import(
            "具体任务",
            "全面落实疫情防控措施，抓紧完成方舱医院升级改造，二级以上医疗机构发热门诊应设尽设。",
            "责任单位",
            "卫健局、文旅局",
            "配合单位",
            "各乡镇",
            "完成时限",
            "1月底前完成；其它事项12月底前取得明显成效");
        var task = Assert.Single(plan.Tasks);
        Assert.StartsWith("全面落实疫情防控措施", task.Title);
        Assert.Equal(new[] { "卫健局", "文旅局" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "各乡镇" }, plan.Names(task.InEffect.Supports));
        Assert.NotNull(task.Declared.Due);
    }

    [Fact]
    public void Records_numbered_by_a_serial_field_are_tasks_with_those_numbers()
    {
        var plan = Import(
            "2023年县政府工作报告任务分解",
            "序号",
            "1",
            "具体任务",
            "新建城乡供水管网120公里。",
            "牵头单位",
            "县水务局",
            "配合单位",
            "县财政局",
            "完成时限",
            "10月底前",
            "序号",
            "2",
            "具体任务",
            "举办全县第四届运动会。",
            "牵头单位",
            "县文旅局",
            "配合单位",
            "县教育局",
            "完成时限",
            "9月底前");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县水务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县文旅局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县教育局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_mirrors_traditional_labels_full_width_digits_and_crlf_are_read()
    {
        var plan = ImportedModel.From("序號　１２\r\n具體任務\r\n推進老舊小區改造42個。\r\n責任單位\r\n區住建局\r\n配合單位\r\n各街道\r\n完成時限\r\n2024年11月底\r\n");
        Assert.Equal(new[] { "區住建局" }, plan.Leads("１２"));
        Assert.Equal(new[] { "各街道" }, plan.Supports("１２"));
        Assert.Equal("2024年11月底", plan.Task("１２").Declared.Due!.Text);
    }

    [Fact]
    public void Labels_spaced_out_are_labels()
    {
        var plan = Import("具 体 任 务：推进老旧小区改造42个。", "牵 头 单 位：区住建局", "配 合 单 位：各街道");
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "区住建局" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "各街道" }, plan.Names(task.InEffect.Supports));
    }

    [Fact]
    public void Label_and_colon_lines_without_a_number_are_a_task()
    {
        var plan = Import(
            "重点任务：推进老旧小区改造，完成改造小区42个。",
            "牵头单位：区住建局",
            "配合单位：区财政局、各街道",
            "完成时限：2024年11月底");
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "区住建局" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "区财政局", "各街道" }, plan.Names(task.InEffect.Supports));
    }

    [Fact]
    public void Records_under_a_heading_are_its_tasks()
    {
        var plan = Import(
            "一、民生实事",
            "任务：新增托位800个。",
            "责任单位：区卫健局",
            "配合单位：各街道",
            "任务：改造提升农贸市场5个。",
            "责任单位：区商务局",
            "配合单位：区市场监管局",
            "二、营商环境",
            "任务：企业开办压缩至1个工作日。",
            "责任单位：区市场监管局",
            "配合单位：区政务服务中心");
        Assert.Equal(2, plan.Model.Sections.Count);
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "区卫健局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区商务局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "区市场监管局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Supports));
    }

    [Fact]
    public void Fields_under_a_numbered_task_stay_that_tasks()
    {
        var plan = Import(
            "三、教育惠民工程",
            "（一）扩大农村学前教育资源项目。",
            "资金来源：中央、自治区，县市区财政配套。",
            "目标任务：按自治区规定完成下达的指标任务。",
            "牵头单位：市教育局。",
            "配合单位：市财政局、市发改委。",
            "（二）普通高中国家助学金项目。",
            "目标任务：按规定发放助学金。",
            "牵头单位：市教育局。",
            "配合单位：市财政局。");
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市教育局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市财政局", "市发改委" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("（二）"));
    }

    [Fact]
    public void A_numbered_item_opening_with_a_category_and_a_colon_keeps_its_number()
    {
        var plan = Import(
            "一、城市管理项目",
            "（一）城管项目：背街小巷整治。",
            "责任单位：县城管局",
            "完成时限：10月底",
            "（二）城管项目：城区停车场建设。",
            "责任单位：县城投公司",
            "完成时限：12月底");
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县城投公司" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_record_without_a_support_field_lists_its_bodies_and_one_beside_it_gives_them_all_the_lead()
    {
        var plan = Import(
            "序号 1",
            "任务：建成两条高速公路。",
            "责任处室：公路处、省高速公路建设中心",
            "完成时限：2025年12月底",
            "序号 2",
            "任务：推动交通物流降本增效。",
            "责任处室：运输服务处、财务审计处",
            "配合处室：水运处",
            "完成时限：2025年12月底");
        Assert.Equal(new[] { "公路处" }, plan.Leads("1"));
        Assert.Equal(new[] { "省高速公路建设中心" }, plan.Supports("1"));
        Assert.Equal(new[] { "运输服务处", "财务审计处" }, plan.Leads("2"));
        Assert.Equal(new[] { "水运处" }, plan.Supports("2"));
    }

    [Fact]
    public void A_body_whose_name_reads_like_a_header_is_the_value_under_its_label()
    {
        var plan = Import(
            "具体任务",
            "巩固国家卫生县城创建成果。",
            "牵头单位",
            "县创建工作领导小组办公室",
            "完成时限",
            "6月底前");
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "县创建工作领导小组办公室" }, plan.Names(task.InEffect.Leads));
        Assert.Equal("6月底前", task.Declared.Due!.Text);
        Assert.DoesNotContain(plan.Result.Notes, n => n.Severity == NoteSeverity.Warning);
    }

    [Fact]
    public void Two_fields_on_one_line_parted_by_a_wide_space_are_both_read()
    {
        var plan = Import(
            "序号 3",
            "任务：实施普通国省道提质改造1200公里。",
            "责任处室：省公路事务中心　　完成时限：2025年11月底");
        Assert.Equal(new[] { "省公路事务中心" }, plan.Leads("3"));
        Assert.Equal("2025年11月底", plan.Task("3").Declared.Due!.Text);
    }

    [Fact]
    public void Prose_after_the_last_value_is_not_taken_into_the_record()
    {
        var plan = Import(
            "具体任务",
            "完成河道清淤30公里。",
            "责任单位",
            "县水利局",
            "各乡镇要高度重视，加强组织领导，确保各项任务按时完成。",
            "请各单位于每月5日前报送进展情况。",
            "对工作不力的单位予以通报。",
            "联系人：张三，电话：1234567。",
            "县人民政府办公室",
            "2023年3月1日");
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "县水利局" }, plan.Names(task.InEffect.Leads));
        Assert.DoesNotContain("通报", plan.Names(task.InEffect.Leads).Concat(task.Title.Select(c => c.ToString())).Aggregate(string.Empty, string.Concat));
    }

    [Fact]
    public void Labels_that_only_head_a_numbered_list_are_no_record()
    {
        var plan = Import(
            "某区2024年工作要点",
            "主要任务",
            "1.推进城市更新，由区住建局负责。",
            "2.优化营商环境，由区发改局负责。",
            "工作要求：各单位要高度重视。",
            "联系人：李四");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1."));
    }

    [Fact]
    public void A_record_that_names_nobody_accountable_stays_text()
    {
        var plan = Import(
            "具体任务",
            "完成河道清淤30公里。",
            "完成时限",
            "6月底前");
        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void A_form_table_of_label_cells_and_value_cells_is_a_task_in_html()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
            + "<tr><td colspan=\"4\">2023年政府工作报告任务分解表</td></tr>"
            + "<tr><td>序号</td><td colspan=\"3\">12</td></tr>"
            + "<tr><td>具体任务</td><td colspan=\"3\">全面完成方舱医院升级改造。</td></tr>"
            + "<tr><td>责任单位</td><td>县卫健局</td><td>配合单位</td><td>县财政局、各乡镇</td></tr>"
            + "<tr><td>完成时限</td><td colspan=\"3\">12月底前</td></tr>"
            + "</table></body></html>";
        var plan = Import("form.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("12"));
        Assert.Equal(new[] { "县财政局", "各乡镇" }, plan.Supports("12"));
    }

    [Fact]
    public void A_form_whose_first_row_reads_like_a_header_is_still_a_form()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
            + "<tr><td>工作任务</td><td>重点项目攻坚</td></tr>"
            + "<tr><td>牵头单位</td><td>区发改局</td></tr>"
            + "<tr><td>配合单位</td><td>区财政局</td></tr>"
            + "</table></body></html>";
        var plan = Import("form.html", Encoding.UTF8.GetBytes(html));
        var task = Assert.Single(plan.Tasks);
        Assert.Equal("重点项目攻坚", task.Title);
        Assert.Equal(new[] { "区发改局" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "区财政局" }, plan.Names(task.InEffect.Supports));
    }

    [Fact]
    public void A_form_table_holding_two_records_in_docx_gives_two_tasks()
    {
        var docx = WordFiles.Create(new[]
        {
            (DocumentFormat.OpenXml.OpenXmlElement)WordFiles.Paragraph("2024年重点工作督办单"),
            WordFiles.Table(
                WordFiles.Row(WordFiles.Cell("督办事项"), WordFiles.Cell("建成区级养老服务中心。")),
                WordFiles.Row(WordFiles.Cell("牵头单位"), WordFiles.Cell("区民政局")),
                WordFiles.Row(WordFiles.Cell("配合单位"), WordFiles.Cell("区卫健局")),
                WordFiles.Row(WordFiles.Cell("督办事项"), WordFiles.Cell("新增公共停车位2000个。")),
                WordFiles.Row(WordFiles.Cell("牵头单位"), WordFiles.Cell("区住建局")),
                WordFiles.Row(WordFiles.Cell("配合单位"), WordFiles.Cell("区公安分局"))),
        });
        var plan = Import("form.docx", docx);
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "区民政局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区住建局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "区公安分局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Supports));
    }

    [Fact]
    public void Handover_forms_one_word_table_each_with_a_label_over_two_and_dates_in_their_cells_are_tasks()
    {
        static DocumentFormat.OpenXml.OpenXmlElement[] Form(string number, string work, string lead, string support) => new DocumentFormat.OpenXml.OpenXmlElement[]
        {
            WordFiles.Paragraph("交办单"),
            WordFiles.Table(
                WordFiles.Row(WordFiles.Cell("编　号"), WordFiles.Cell(number), WordFiles.Cell("交办日期：2024年4月22日")),
                WordFiles.Row(WordFiles.Cell("交办事项"), WordFiles.Cell(work, span: 2)),
                WordFiles.Row(WordFiles.Cell("责任分工", merge: "restart"), WordFiles.Cell("承办单位"), WordFiles.Cell(lead)),
                WordFiles.Row(WordFiles.Cell(string.Empty, merge: "continue"), WordFiles.Cell("协办单位"), WordFiles.Cell(support)),
                WordFiles.Row(WordFiles.Cell("督办领导"), WordFiles.Cell("张国强（副市长）"), WordFiles.Cell("办结时限：2024年6月30日")),
                WordFiles.Row(WordFiles.Cell("办理要求"), WordFiles.Cell("承办单位主要负责同志亲自研究部署，明确专人跟踪落实。", span: 2))),
        };

        var docx = WordFiles.Create(new[] { (DocumentFormat.OpenXml.OpenXmlElement)WordFiles.Paragraph("市政府常务会议议定事项交办单"), WordFiles.Paragraph("承办单位为第一责任单位，协办单位积极配合。") }
            .Concat(Form("2024-23-01", "加快推进城东片区综合开发项目前期工作。", "市发展和改革委员会", "市财政局、市自然资源和规划局"))
            .Concat(Form("2024-23-02", "研究出台保障性租赁住房支持政策。", "市住房和城乡建设局", "无"))
            .ToArray());
        var plan = Import("forms.docx", docx);
        Assert.Equal(new[] { "2024-23-01", "2024-23-02" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("2024-23-01"));
        Assert.Equal(new[] { "市财政局", "市自然资源和规划局" }, plan.Supports("2024-23-01"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("2024-23-02"));
        Assert.Empty(plan.Supports("2024-23-02"));
        Assert.DoesNotContain("does not look like an organisation", plan.Result.Plan);
    }

    [Fact]
    public void A_requirement_line_under_a_numbered_task_gives_no_one_a_role()
    {
        var plan = Import(
            "一、总体",
            "1. 推进老旧小区改造。牵头单位：市住建局。",
            "办理要求：由市发改委牵头，会同市审计局每季度报送进展。",
            "2. 推进垃圾分类。牵头单位：市城管局。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Empty(plan.Supports("1."));
        Assert.Contains("办理要求：由市发改委牵头", plan.Result.Plan);
    }

    [Fact]
    public void A_records_field_of_requirements_gives_no_one_a_role()
    {
        var plan = Import(
            "交办事项：加快推进城东片区综合开发项目前期工作。",
            "承办单位：市发展和改革委员会",
            "协办单位：市财政局",
            "办理要求：承办单位主要负责同志亲自研究部署，明确专人跟踪落实，重大事项及时报告。");
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Names(plan.Tasks.Single().InEffect.Leads));
        Assert.Equal(new[] { "市财政局" }, plan.Names(plan.Tasks.Single().InEffect.Supports));
    }

    [Fact]
    public void A_form_table_that_names_nobody_accountable_is_no_task()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>1.推进城市更新，由区住建局负责。</p><p>2.优化营商环境，由区发改局负责。</p><table>"
            + "<tr><td>具体任务</td><td>报送河道清淤数据</td></tr><tr><td>完成时限</td><td>每月5日前</td></tr><tr><td>联系人</td><td>张三</td></tr>"
            + "</table></body></html>";
        var plan = Import("contacts.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区发改局" }, plan.Leads("2."));
    }

    // The cases below are a hostile run's (149 documents written against the first build of records): each a wrong
    // lead, a lost task or an invented one that build gave.

    [Fact]
    public void Each_record_of_a_form_table_lists_its_bodies_as_its_own_fields_say()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
            + "<tr><td>具体任务</td><td colspan=\"3\">新建健身圈示范点</td></tr>"
            + "<tr><td>责任单位</td><td colspan=\"3\">区文体局、区住建局</td></tr>"
            + "<tr><td>具体任务</td><td colspan=\"3\">改造菜市场</td></tr>"
            + "<tr><td>责任单位</td><td>区商务局</td><td>配合单位</td><td>各街道</td></tr>"
            + "</table></body></html>";
        var plan = Import("form.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(new[] { "区文体局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区住建局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Supports));
        Assert.Equal(new[] { "区商务局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "各街道" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Supports));
    }

    [Fact]
    public void A_csv_form_with_pairs_on_a_row_and_empty_cells_is_read()
    {
        var csv = "某县2025年重点任务,,,\n具体任务,推进国土空间规划报批,,\n责任单位,县自然资源局,配合单位,县发改局\n";
        var plan = Import("form.csv", Encoding.UTF8.GetBytes(csv));
        var task = Assert.Single(plan.Tasks);
        Assert.Equal("推进国土空间规划报批", task.Title);
        Assert.Equal(new[] { "县自然资源局" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "县发改局" }, plan.Names(task.InEffect.Supports));
    }

    [Fact]
    public void A_form_keeps_a_record_with_an_empty_lead_a_note_row_and_the_fields_above_it()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
            + "<tr><td>填报单位</td><td>区发改局</td></tr>"
            + "<tr><td>具体任务</td><td>编制规划纲要</td></tr><tr><td>责任单位</td><td></td></tr>"
            + "<tr><td>具体任务</td><td>开展经济普查</td></tr><tr><td>责任单位</td><td>区统计局</td></tr>"
            + "<tr><td>督办意见</td><td>请牵头单位每月报送进展</td></tr>"
            + "</table></body></html>";
        var plan = Import("form.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(new[] { "编制规划纲要", "开展经济普查" }, plan.Tasks.Select(t => t.Title).ToArray());
        Assert.Empty(plan.Tasks.ElementAt(0).InEffect.Leads);
        Assert.Equal(new[] { "区统计局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) == "区发改局");
        Assert.Contains("请牵头单位每月报送进展", plan.Words());
        Assert.Contains("区发改局", plan.Words());
    }

    [Fact]
    public void A_measure_between_the_task_and_its_bodies_stays_in_the_record()
    {
        var plan = Import("具体任务", "建设县级物流配送中心。", "工作措施", "引进第三方物流企业运营。", "责任单位", "县供销社");
        var task = Assert.Single(plan.Tasks);
        Assert.Equal("建设县级物流配送中心", task.Title);
        Assert.Equal(new[] { "县供销社" }, plan.Names(task.InEffect.Leads));
        Assert.Contains("引进第三方物流企业运营", plan.Words());
    }

    [Fact]
    public void A_leader_and_a_person_in_charge_do_not_part_the_record()
    {
        var plan = Import("具体任务", "引进亿元以上产业项目15个。", "牵头领导", "王建国", "责任单位", "县商务局", "责任人", "李小明", "配合单位", "各乡镇");
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "县商务局" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "各乡镇" }, plan.Names(task.InEffect.Supports));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) is "王建国" or "李小明");
    }

    [Fact]
    public void A_second_field_of_the_works_words_after_the_bodies_stays_in_its_record()
    {
        var plan = Import(
            "某市2025年重大改革事项台账",
            "改革事项：深化国有企业改革，完成市属国企整合重组。",
            "改革目标：市属国企由12户整合为8户。",
            "牵头领导：常务副市长",
            "牵头单位：市国资委",
            "参与单位：市财政局、市人社局",
            "完成时限：12月底前",
            "成果形式：改革方案、整合文件",
            "改革事项：推进亩均论英雄改革。",
            "牵头单位：市经信局",
            "参与单位：市自然资源局、市税务局");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "市国资委" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "市财政局", "市人社局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Supports));
        Assert.Equal(new[] { "市经信局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
    }

    [Fact]
    public void Fields_after_a_comma_in_the_tasks_value_are_its_fields()
    {
        var plan = Import(
            "具体任务：新建公办幼儿园3所，牵头单位：区教育局；配合单位：区住建局",
            "具体任务：改造农贸市场5个，牵头单位：区商务局；配合单位：各街道；完成时限：10月底前");
        Assert.Equal(new[] { "新建公办幼儿园3所", "改造农贸市场5个" }, plan.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "区商务局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "各街道" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Supports));
        Assert.Equal("10月底前", plan.Tasks.ElementAt(1).Declared.Due!.Text);
    }

    [Fact]
    public void A_line_whose_later_fields_cannot_stand_in_the_record_is_kept_whole()
    {
        var plan = Import("具体任务：推进项目建设，牵头单位：区发改局，配合单位：区财政局，牵头单位：区住建局，配合单位：区城管局");
        Assert.Contains("区住建局", plan.Words() + string.Concat(plan.Tasks.Select(t => t.Title)));
        Assert.Contains("区城管局", plan.Words() + string.Concat(plan.Tasks.Select(t => t.Title)) + string.Concat(plan.Model.Units.Select(u => u.FullName ?? u.Id)));
    }

    [Fact]
    public void A_value_wrapped_onto_the_next_line_goes_on()
    {
        var plan = Import(
            "重点任务：实施关键核心技术攻关项目20项，",
            "形成一批标志性成果。",
            "牵头单位：市数据局、市政务服务中心、",
            "市大数据集团",
            "配合单位：市直各部门");
        var task = Assert.Single(plan.Tasks);
        Assert.Contains("形成一批标志性成果", task.Title + plan.Words());
        Assert.Equal(new[] { "市数据局", "市政务服务中心", "市大数据集团" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "市直各部门" }, plan.Names(task.InEffect.Supports));
    }

    [Fact]
    public void A_record_after_a_numbered_task_that_names_its_lead_is_a_task_of_its_own()
    {
        var plan = Import(
            "一、城市建设",
            "1. 推进城市更新项目。（牵头单位：区住建局）",
            "重点任务：开展燃气安全整治。",
            "牵头单位：区城管局",
            "2. 推进老旧小区改造。（牵头单位：区住建局）");
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("2."));
        Assert.Contains(plan.Tasks, t => t.Title.Contains("燃气安全") && plan.Names(t.InEffect.Leads).SequenceEqual(new[] { "区城管局" }));

        var fields = Import(
            "一、河湖治理",
            "（一）开展河湖清四乱专项行动。",
            "牵头单位：区水务局",
            "重点任务：完成小型水库除险加固5座。",
            "牵头单位：区水利局",
            "（二）推进农村水系连通。",
            "牵头单位：区水务局");
        Assert.Equal(new[] { "区水务局" }, fields.Leads("（一）"));
        Assert.Equal(new[] { "区水务局" }, fields.Leads("（二）"));
        Assert.Contains(fields.Tasks, t => t.Title.Contains("除险加固") && fields.Names(t.InEffect.Leads).SequenceEqual(new[] { "区水利局" }));
    }

    [Fact]
    public void A_copied_form_after_a_heading_is_a_task_wherever_it_stands()
    {
        var plan = Import(
            "一、稳定就业",
            "（一）开展招聘活动50场。（牵头单位：区人社局）",
            "二、补充任务",
            "具体任务", "开发公益性岗位300个。", "责任单位", "区人社局、区财政局", "配合单位", "各街道");
        Assert.Contains(plan.Tasks, t => t.Title.Contains("公益性岗位") && plan.Names(t.InEffect.Leads).SequenceEqual(new[] { "区人社局", "区财政局" }));
    }

    [Fact]
    public void A_timetable_a_letter_and_a_sentence_under_a_label_are_no_tasks()
    {
        var plan = Import(
            "2025年全区安全生产月活动安排",
            "时间", "6月1日", "内容", "数字政府建设专题讲座", "主讲人", "王教授", "承办单位", "区委党校",
            "关于商请协助做好人口抽样调查工作的函",
            "工作内容：协助在中小学开展宣传。",
            "配合单位：各中小学",
            "重点任务：一是扩大有效投资；二是提升城市品质。",
            "责任单位：各街道、区政府各部门要按照职责分工抓好落实。");
        Assert.Empty(plan.Tasks);
    }

    // A card a project, as pdftotext -layout prints a form table: 项目一 over each card, a label and its value apart by a
    // wide space, a label beside the middle of a tall cell (its first line above it), a person and a deadline on one line.
    private static readonly string[] PrintedCards =
    {
        "       某市2025年民生实事项目责任书",
        "项目一",
        "项目名称    实施居民增收计划",
        "        开展职业技能培训一万人次，新增城镇就业八千人。落实重点",
        "建设内容",
        "        群体创业担保贷款政策。",
        "牵头单位              市人力资源和社会保障局",
        "配合单位          市财政局、市税务局",
        "责任市领导       张某某            完成时限   2025 年 6 月底前",
        "项目二",
        "项目名称    扩大托育服务供给",
        "建设内容    新建普惠托育机构二十家。",
        "牵头单位                 市卫生健康委员会",
        "配合单位                 市教育局",
        "责任市领导       李某某            完成时限   2025 年 12 月底前",
    };

    [Fact]
    public void Printed_cards_with_labels_apart_from_their_values_by_a_wide_space_are_one_task_each()
    {
        var plan = Import(PrintedCards);
        Assert.Equal(2, plan.Tasks.Count());
        var first = plan.Tasks.First();
        Assert.StartsWith("实施居民增收计划", first.Title);
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Names(first.InEffect.Leads));
        Assert.Equal(new[] { "市财政局", "市税务局" }, plan.Names(first.InEffect.Supports));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
        Assert.DoesNotContain("李某某", plan.Model.Units.Select(u => u.FullName ?? u.Id));
    }

    [Fact]
    public void The_lines_above_a_label_beside_the_middle_of_its_cell_are_that_labels_words()
    {
        var task = Import(PrintedCards).Tasks.First();
        var words = task.Title + "\n" + task.Text;
        Assert.Contains("开展职业技能培训一万人次", words);
        Assert.DoesNotContain("实施居民增收计划开展", words);
    }

    [Fact]
    public void A_header_of_labels_side_by_side_is_not_read_as_a_label_and_its_value()
    {
        // 序号  重点任务  牵头单位: every word after a wide space is a label too; no field takes the next label as its value.
        var plan = Import(
            "某区2025年重点任务分工",
            "序号  重点任务  牵头单位  配合单位  完成时限",
            "1  推进老旧小区改造  区住建局  区财政局  6月底前",
            "2  扩大托育服务供给  区卫健局  区教育局  12月底前");
        Assert.DoesNotContain(plan.Tasks, t => t.Title.StartsWith("重点任务", System.StringComparison.Ordinal));
        Assert.DoesNotContain("牵头单位", plan.Model.Units.Select(u => u.FullName ?? u.Id));
    }

    // Cards of a task and a deadline name nobody: the reader skips them without scanning each to the end of the run,
    // and these tests hold it to the cards it must still read.
    private static string[] CardsWithoutBodies(int count)
        => Enumerable.Range(1, count).SelectMany(k => new[] { $"工作任务：推进第{k}项重点工作建设", "完成时限：年底前" }).ToArray();

    [Fact]
    public void Cards_naming_nobody_before_a_card_that_names_its_lead_are_all_read_as_records()
    {
        var plan = Import(CardsWithoutBodies(300).Concat(new[] { "工作任务：建成区级数据共享平台", "牵头单位：区数据局", "完成时限：6月底前" }).ToArray());
        Assert.Equal(301, plan.Tasks.Count());
        Assert.Equal("推进第1项重点工作建设", plan.Tasks.First().Title);
        Assert.Equal(300, plan.TasksWithoutLead.Length);
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
    }

    [Fact]
    public void Cards_after_a_paragraph_are_read_when_the_cards_before_it_name_nobody()
    {
        var plan = Import(CardsWithoutBodies(3)
            .Concat(new[] { "二、保障措施", "加强组织领导。", "各单位要明确专人负责。", "强化督查考核。", "定期通报进展情况。", "抓好宣传引导。", "三、重点项目" })
            .Concat(new[] { "工作任务：建成区级数据共享平台", "牵头单位：区数据局", "工作任务：改造老旧小区十个", "牵头单位：区住建局", "配合单位：各街道" })
            .ToArray());
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.Single(t => t.Title.StartsWith("建成区级数据共享平台", System.StringComparison.Ordinal)).InEffect.Leads));
        var last = plan.Tasks.Single(t => t.Title.StartsWith("改造老旧小区十个", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "区住建局" }, plan.Names(last.InEffect.Leads));
        Assert.Equal(new[] { "各街道" }, plan.Names(last.InEffect.Supports));
    }

    [Fact]
    public void A_sentence_under_a_bodies_label_does_not_hide_a_later_card_that_names_its_lead()
    {
        var plan = Import(Enumerable.Range(1, 200).SelectMany(k => new[] { $"工作任务：推进第{k}项重点工作建设", "责任单位：各街道要抓好落实" })
            .Concat(new[] { "工作任务：建成区级数据共享平台", "牵头单位：区数据局" }).ToArray());
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("要抓好落实"));
    }

    [Fact]
    public void A_label_with_its_colon_alone_under_a_numbered_task_is_a_field_of_that_task()
    {
        // hostile73 h73-15: 阶段目标： over stage lines under （一） was read as a form of its own, a new task without a
        // number that took the task's lead; （一） kept none.
        var plan = Import(
            "湖南省加快建设交通强省2025年工作方案",
            "二、重点任务",
            "　　（一）加快高速公路网建设。续建高速公路项目8个，新开工项目3个。",
            "　　阶段目标：",
            "　　第一阶段（2025年6月底前）：完成新开工项目初步设计批复和施工招标；",
            "　　第二阶段（2025年12月底前）：新开工项目全面进场施工。",
            "　　责任单位：省交通运输厅（牵头），省发展改革委、省自然资源厅",
            "　　（二）推进普通国省道提质改造。完成普通国省道改造1200公里。",
            "　　阶段目标：",
            "　　——2025年9月底前：完成改造里程的70%；",
            "　　牵头单位：省交通运输厅　　配合单位：省财政厅、各市州人民政府");
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "省交通运输厅" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "省发展改革委", "省自然资源厅" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "省交通运输厅" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "省财政厅", "各市州人民政府" }, plan.Supports("（二）"));
    }
}
