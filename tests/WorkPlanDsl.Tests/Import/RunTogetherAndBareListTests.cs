using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of real plans the importer had not met: a heading's unnumbered lines that each close with who does them, a
/// page that ran every paragraph into one with spaces, and brackets of bodies' names alone glued to each task's words.
/// </summary>
public class RunTogetherAndBareListTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Unnumbered_lines_each_closing_with_who_does_them_are_tasks_of_their_own()
    {
        var plan = Import("某市十二五规划纲要主要目标和任务工作分工", "一、主要目标和任务分工安排", "（一）约束性指标",
            "耕地保有量保持在2000.9万亩。（市国土局牵头）",
            "单位工业增加值用水量达到省要求标准。（市水利局、市发展改革委、市工信局等部门按职责分工负责）",
            "（二）预期性指标", "城镇登记失业率控制在4.5%以内。（市人力资源社会保障局牵头）", "地区生产总值年均增长12%。（市发展改革委牵头）");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(4, tasks.Count);
        Assert.Equal(new[] { "市国土局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "市水利局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "市发展改革委", "市工信局" }, plan.Names(tasks[1].InEffect.Supports));
        Assert.Equal(new[] { "市人力资源社会保障局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "市发展改革委" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Contains(plan.Model.Sections, s => s.Title == "约束性指标");
    }

    [Fact]
    public void Unnumbered_lines_each_closing_with_a_bracket_of_departments_alone_are_tasks_of_their_own()
    {
        var plan = Import("某市十二五规划纲要主要目标和任务工作分工", "一、主要目标和任务分工安排", "（一）预期性指标",
            "地区生产总值年均增长10%（市发改委，各县市区政府）。", "城镇登记失业率控制在4.5%以内（市人社局）。",
            "居民人均可支配收入增长9%（市统计局、市发改委）。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(3, tasks.Count);
        Assert.Equal(new[] { "市发改委" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "市人社局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "市统计局" }, plan.Names(tasks[2].InEffect.Leads));
    }

    [Fact]
    public void A_heading_over_paragraphs_of_which_one_names_nobody_stays_one_task()
    {
        // Not every line closes with who does it: the lines are the task's words, as before.
        var plan = Import("某市工作要点", "一、重点任务", "（一）推进项目建设",
            "加快重点项目建设进度。（市发展改革委牵头）",
            "做好项目用地保障，优化审批流程。",
            "（二）优化营商环境（市营商办牵头）");
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("（一）"));
    }

    [Fact]
    public void A_heading_run_into_its_first_task_by_a_space_is_parted_from_its_tasks()
    {
        var plan = Import("某市人民政府办公室关于分解落实《政府工作报告》的通知",
            "各县、市、区人民政府: 现将2009年主要目标和工作任务分解给你们,请认真抓好落实。 一、主要工作目标 1、地区生产总值增长11%(市发改委)。 "
            + "2、固定资产投资增长25%(市发改委,各县市区政府)。 3、财政一般预算收入增长13%(市财政局、市国税局,各县市区政府)。 "
            + "二、主要工作任务 4、加快推进重点项目建设(牵头单位:市发改委;配合单位:市财政局)。 5、扩大有效投资(牵头单位:市发改委)。");
        Assert.Equal(new[] { "1、", "2、", "3、", "4、", "5、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1、"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("3、"));
        Assert.Equal(new[] { "市国税局", "各县市区政府" }, plan.Supports("3、"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("4、"));
    }

    [Fact]
    public void Brackets_of_government_bodies_glued_to_each_tasks_words_name_who_does_them()
    {
        var plan = Import("某市2009年政府工作报告目标任务分解", "一、主要工作目标",
            "1、地区生产总值增长11%（市发改委，市政府相关部门，各县市区政府）。",
            "2、固定资产投资增长25%（市发改委）。",
            "3、财政一般预算收入增长13%（市财政局、市国税局，各县市区政府）。");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1、"));
        Assert.Equal(new[] { "市政府相关部门", "各县市区政府" }, plan.Supports("1、"));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("2、"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("3、"));
    }

    [Theory]
    [InlineData("1、新建学校3所（城北小学、城南小学）。", "2、改扩建医院2家（县人民医院、县中医院）。", "3、建成养老机构2家（城关敬老院、东镇敬老院）。")]
    [InlineData("1、地区生产总值增长11%（市发改委）。", "2、新建学校3所（城北小学、城南小学）。", "3、做好迎检工作。")]
    public void Brackets_naming_what_tasks_build_or_too_few_glued_lists_name_no_one(string first, string second, string third)
    {
        var plan = Import("某县2024年民生实事", "一、民生实事", first, second, third);
        Assert.Empty(plan.Leads("2、"));
        Assert.Empty(plan.Leads("3、"));
    }

    [Fact]
    public void A_bodys_name_over_its_list_title_leads_the_list()
    {
        var plan = Import("各县区、各部门2011年重点工作目标责任书展示", "记者：今年的目标任务有哪些？局长：我们有信心、有决心把今年的各项工作落实好。", "市卫生局", "2011年重点工作目标责任书（3项）",
            "1、上半年开工建设市儿童医院。", "2、推进公立医院改革试点。", "3、新型农村合作医疗参保率稳定在92%以上。");
        Assert.Equal(new[] { "市卫生局" }, plan.Leads("1、"));
        Assert.Equal(new[] { "市卫生局" }, plan.Leads("3、"));
    }

    [Fact]
    public void A_bodys_name_over_a_line_of_what_it_answers_for_leads_the_tasks_under_it()
    {
        // real68 x06: 负责… between the body's name and its (一) made the name a line of the task before.
        var plan = Import("某市解决拖欠农民工工资问题职责分工", "(一)建立工资支付监控制度。", "市劳动和社会保障局", "负责农民工工资的清欠和防欠工作。",
            "(一)制定实施企业欠薪报告预警机制。", "(二)建立农民工工资保障金制度。", "市建设局", "(一)在工地设立农民工维权公告牌。", "(二)限时办理竣工结算。");
        var tasks = plan.Tasks.ToList();
        Assert.Empty(plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "市劳动和社会保障局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "市劳动和社会保障局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "市建设局" }, plan.Names(tasks[3].InEffect.Leads));

        // hostile68 L2, L3: the first such block, before any task; and the body's numbered heading.
        var first = Import("某县2024年重点工作任务分工方案", "", "为抓好落实，分工如下。", "县财政局", "负责全县财政预算管理和资金保障工作。",
            "（一）加强预算绩效管理。", "（二）盘活存量资金。");
        Assert.All(first.Tasks, t => Assert.Equal(new[] { "县财政局" }, first.Names(t.InEffect.Leads)));

        var numbered = Import("某县2024年重点工作任务分工方案", "", "一、县教育局", "负责全县教育事业发展和学校安全管理工作。", "（一）改善乡村学校办学条件。",
            "（二）加强校园安全管理。", "二、县卫生健康局", "负责全县医疗卫生和疾病预防控制工作。", "（一）提升乡镇卫生院服务能力。");
        var led = numbered.Tasks.Select(t => numbered.Names(t.InEffect.Leads).Single()).ToArray();
        Assert.Equal(new[] { "县教育局", "县教育局", "县卫生健康局" }, led);
    }

    [Fact]
    public void A_problem_ledgers_rectification_field_names_the_lead()
    {
        var plan = Import("创文问题清单", "具体问题如下:", "1. 市科技馆", "(1)院内电动车未按指定区域停放;", "(2)灭火器过期未更换。",
            "问题整改责任单位:市科技馆 整改时限:3天", "2. 市第二人民医院", "(1)院内禁烟标识数量不达标;", "(2)宣传牌内容不规范。",
            "问题整改责任单位:市卫生健康委员会 整改时限:5天");
        Assert.Equal(new[] { "市科技馆" }, plan.Leads("1."));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("2."));
    }

    [Fact]
    public void A_table_copied_with_nothing_between_its_cells_is_read_row_by_row_from_its_end()
    {
        // hostile71 x07: no task was found in a table whose header and rows ran their cells together.
        var plan = Import(
            "某区2024年民生实事项目责任清单",
            "序号项目名称建设内容牵头单位责任单位完成时限",
            "1新建改扩建幼儿园3所新增学前教育学位1080个区教育局区财政局、区住建局2024年8月",
            "2建设老年助餐点30个覆盖全区所有社区区民政局各街道办事处2024年12月",
            "3改造提升农贸市场4个完成标准化改造区商务局区市场监管局、区城管局2024年11月",
            "4建设口袋公园10个新增绿地面积5万平方米区城管局2024年9月",
            "5新改建道路照明设施消除道路照明盲区区城管局国网东陵供电公司城区分公司2024年11月",
            "6完善社区健身设施20处覆盖全部社区区文化体育和旅游局各街道办事处年底前完成",
            "注：完成时限为项目主体完工时间。");
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区财政局", "区住建局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("2"));
        Assert.Equal(new[] { "区市场监管局", "区城管局" }, plan.Supports("3"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("4"));
        Assert.Empty(plan.Supports("4"));
        Assert.Equal(new[] { "国网东陵供电公司城区分公司" }, plan.Supports("5"));
        Assert.Equal(new[] { "区文化体育和旅游局" }, plan.Leads("6"));
        Assert.StartsWith("新建改扩建幼儿园3所", plan.Task("1").Title);
        Assert.Contains("due \"2024年8月\"", plan.Result.Plan);
    }

    [Theory]
    [InlineData("1推进项目建设区教育局区财政局区住建局2024年8月")]
    [InlineData("1推进项目建设区教育局区财政局区住建局区发改局2024年8月")]
    public void A_run_together_row_with_more_glued_names_than_unit_columns_names_no_body(string row)
    {
        var plan = Import("某区清单", "序号项目名称建设内容牵头单位责任单位完成时限", row,
            "2建设口袋公园10个区城管局区财政局2024年9月", "3新增停车泊位区住建局区公安分局2024年12月");
        Assert.Empty(plan.Leads("1"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("2"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("could not be told apart"));
    }

    [Fact]
    public void A_name_the_words_rest_on_or_a_kind_of_centre_is_no_cell_of_a_run_together_row()
    {
        // review-73 A1: 依托区人民医院, 纳入区图书馆, 筛查机构：区妇幼保健院 and 区域医疗中心 became the rows' leads, the real lead
        // pushed into 责任单位; most rows unread then dropped the whole table into the preface.
        var plan = Import("东陵区2024年民生实事项目责任清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1新建改扩建幼儿园3所区教育局区财政局、区住建局2024年8月",
            "2建设智慧健康驿站10个依托区人民医院区卫生健康局2024年10月",
            "3开展两癌筛查1.5万人筛查机构：区妇幼保健院区卫生健康局2024年12月",
            "4新建城市书房5个统一纳入区图书馆区文化和旅游局2024年9月",
            "5推进优质医疗资源扩容建设区域医疗中心区卫生健康局2024年12月");
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        foreach (var row in new[] { "2", "3", "4" })
        {
            Assert.Empty(plan.Leads(row));
        }

        Assert.Equal(new[] { "区卫生健康局" }, plan.Leads("5"));
        Assert.Equal(3, plan.Result.Notes.Count(n => n.Message.Contains("could not be told apart")));
    }

    [Fact]
    public void A_run_together_row_wrapped_onto_a_line_or_opening_with_a_figure_stays_a_row()
    {
        // review-73 C2: a row wrapped onto the next line ended the table (the rows after it went to the preface, silently),
        // and row 2's words 30个… read as row 230 dropped the whole table.
        var plan = Import("东陵区2024年民生实事项目责任清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1新建改扩建幼儿园3所新增学前教育学位1080个区教育局区财政局、区住建局2024年8月",
            "230个老旧小区改造惠及居民5000户区住建局各街道办事处2024年12月",
            "3新增社区嵌入式养老服务中心5个每个中心床位不少于20张",
            "区民政局区卫生健康局2024年10月",
            "4建设老年助餐点30个覆盖全区所有社区区民政局各街道办事处2024年12月",
            "东陵区民生实事领导小组办公室");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("30个老旧小区改造", plan.Task("2").Title);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("3"));
        Assert.Equal(new[] { "区卫生健康局" }, plan.Supports("3"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("4"));
        Assert.DoesNotContain("领导小组", plan.Task("4").Title);
    }

    [Theory]
    [InlineData('◎')]
    [InlineData('▲')]
    public void Bodies_headings_with_other_marks_lead_their_tasks_too(char mark)
    {
        // review-73 C3: the importing guide lists ◎ and ▲ as marks; a heading with them was read as no heading.
        var plan = Import("某市2025年经济工作重点任务", "◆市发展和改革委员会：", "1. 做好规划纲要编制工作。", mark + "市商务局：", "2. 推进县域商业体系建设。", "3. 发展农村电商。");
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("3."));
    }

    [Fact]
    public void Run_together_rows_whose_work_ends_in_a_verb_keep_their_cells_and_a_signature_after_the_last_row_is_no_row()
    {
        // review-74 B3, A4: 资源化利用 and 人才引进 ended the work's words and lost the rows' bodies; the office signing the
        // list was glued into the last row.
        var plan = Import("某区2024年重点项目责任清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1推进建筑垃圾资源化利用区城管局区住建局2024年10月", "2实施高层次人才引进区委组织部区人社局2024年12月",
            "3推进老旧小区改造区住建局各街道办事处2024年12月", "东陵区人民政府办公室");
        Assert.Equal(new[] { "区城管局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区委组织部" }, plan.Leads("2"));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("3"));
    }

    [Fact]
    public void Run_together_rows_reaching_a_body_through_通过_or_利用_read_no_body_from_it()
    {
        // review-75 A13: with 利用 and 通过 dropped from the words a row rests on a body with, 通过区人民医院 and 利用区图书馆
        // made the means the lead, with no warning.
        var plan = Import("东陵区2024年民生实事项目责任清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1新建改扩建幼儿园3所新增学前教育学位1080个区教育局区财政局、区住建局2024年8月",
            "2开展远程会诊服务覆盖全部乡镇卫生院通过区人民医院区卫生健康局2024年12月", "3开展全民阅读推广活动全年举办讲座100场利用区图书馆区文化旅游局2024年12月");
        Assert.Empty(plan.Leads("2"));
        Assert.Empty(plan.Leads("3"));
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
    }

    [Fact]
    public void A_run_together_name_of_the_citys_area_is_a_body_and_the_last_row_wrapped_onto_the_last_line_keeps_its_bodies()
    {
        // review-75 A11: 市域社会治理指挥中心 was no name start (区域, 县域 name an area), and the row's support became a lead.
        var city = Import("某市2024年平安建设重点项目责任清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1建设市域社会治理综合平台整合综治视联网资源市委政法委市域社会治理指挥中心2024年12月", "2推进矛盾纠纷多元化解新建调解室30个市司法局市信访局2024年10月",
            "3市域治理指挥中心升级改造更新大屏及调度系统市域社会治理指挥中心市大数据局2024年11月");
        Assert.Equal(new[] { "市委政法委" }, city.Leads("1"));
        Assert.Equal(new[] { "市域社会治理指挥中心" }, city.Supports("1"));
        Assert.Equal(new[] { "市域社会治理指挥中心" }, city.Leads("3"));
        Assert.Equal(new[] { "市大数据局" }, city.Supports("3"));

        // review-75 B7: the last row's wrap, the text's last line, was taken for a signature after the table.
        var wrapped = Import("东陵区2024年民生实事项目责任清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1新建改扩建幼儿园3所新增学前教育学位1080个区教育局区财政局、区住建局2024年8月", "2实施老旧小区改造30个惠及居民5000户区住建局各街道办事处2024年12月",
            "3新增社区嵌入式养老服务中心5个每个中心床位不少于20张", "区民政局区卫生健康局2024年10月");
        Assert.Equal(new[] { "区民政局" }, wrapped.Leads("3"));
        Assert.Equal(new[] { "区卫生健康局" }, wrapped.Supports("3"));
    }

    [Fact]
    public void A_line_of_another_mark_naming_no_body_groups_the_bodys_tasks_and_does_not_end_them()
    {
        // review-75 B5: with ▲ a list mark, ▲年度重点突破事项（2项） was a heading of the same form as ◆市发展和改革委员会：,
        // and tasks 3 and 4 under it lost their lead with no word said.
        var plan = Import("某市2025年经济工作重点任务", "◆市发展和改革委员会：", "1. 做好“十五五”规划纲要编制工作。", "2. 推进重大项目建设，全年完成投资500亿元。",
            "▲年度重点突破事项（2项）", "3. 推进数字经济产业园建设。", "4. 争取超长期特别国债项目20个。", "◆市商务局：", "5. 推进县域商业体系建设。");
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("3."));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("4."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("5."));
    }

    [Fact]
    public void Bodies_headings_with_a_bullet_and_a_colon_over_a_list_numbered_on_lead_their_tasks()
    {
        // hostile72 h72-25: ◆市发展和改革委员会： over 1.–3., ◆市工业和信息化局： over 4.–6.: no task had a lead.
        var plan = Import("某市2025年经济工作重点任务", "◆市发展和改革委员会：", "1. 做好规划纲要编制工作。", "2. 推进重大项目前期攻坚。",
            "◆市工业和信息化局：", "3. 实施工业企业技术改造行动。", "◆市商务局、市文化广电旅游局：", "4. 举办消费促进月系列活动。",
            "◆各县（市、区）人民政府：", "5. 落实属地责任。", "◆市政府有关工作安排：", "6. 做好年度考核工作。");
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("2."));
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("4."));
        Assert.Equal(new[] { "各县（市、区）人民政府" }, plan.Leads("5."));

        // A heading of the same form that names no body ends the bodies' tasks: the last one's lead goes no further.
        Assert.Empty(plan.Leads("6."));
    }

    [Fact]
    public void A_mark_between_a_tasks_number_and_its_words_is_neither()
    {
        // hostile72 h72-05: 1.◆市交通运输局：加快推进… kept the ◆ in its title and named no lead.
        var plan = Import("某市交通重点工作", "1.◆市交通运输局：加快推进绕城高速东段建设。", "2.◆市住建局：实施城市道路微循环畅通工程。");
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("2."));
        Assert.DoesNotContain("◆", plan.Task("1.").Title);
    }

    [Fact]
    public void A_closing_paragraph_of_who_follows_the_work_gives_the_last_task_no_lead()
    {
        // hostile72 h72-18: 县政府督查室将对…进展情况按月督查通报 made 县政府督查室 the last task's lead.
        var plan = Import("某县民生实事", "1.新建农贸市场4个。（责任单位：县商务局）", "2.推进县人民医院新院区建设。", "",
            "县政府督查室将对民生实事项目进展情况按月督查通报，年底向县人大常委会报告。");
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void A_list_whose_first_name_is_no_body_names_no_lead_by_the_first_listed()
    {
        // real70 x05: (责任单位:仁兴街、执法局) made 执法局, the first name the importer knew, the lead.
        var plan = Import("某区督办事项", "1.门前乱堆乱放需清理。(责任单位:仁兴街、执法局)", "2.拆迁区域需加围挡。(责任单位:征地中心)");
        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { "执法局" }, plan.Supports("1."));
        Assert.Equal(new[] { "征地中心" }, plan.Leads("2."));
    }

    [Fact]
    public void Tasks_lettered_past_h_keep_i_as_the_ninth_letter()
    {
        // hostile72 h72-08: I. read as the Roman one broke the run A.–J., and no task kept its letter.
        var lines = new[] { "某局2025年重点工作任务清单", "（一）内部管理" }
            .Concat("ABCDEFGHIJ".Select((c, k) => c + ".推进第" + (k + 1) + "项工作。（牵头科室：办公室）")).ToArray();
        var plan = Import(lines);
        Assert.Equal("ABCDEFGHIJ".Select(c => c + ".").ToArray(), plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_decimal_heading_naming_its_lead_heads_its_measures_as_its_siblings_do()
    {
        // hostile72 h72-06: 2.1 …（牵头单位：X） kept 2.1.1–2.1.3 as its words while 2.2's measures were the plan's tasks.
        var plan = Import("某省数字政府建设工作要点", "2 重点任务", "2.1 夯实数字基础设施（牵头单位：省政务服务和数据管理局）",
            "2.1.1 推进政务云资源整合。（配合单位：省财政厅）", "2.1.2 建设政务大数据体系。", "2.2 提升政务服务效能",
            "2.2.1 深化一件事改革。（省政务服务和数据管理局牵头）", "2.2.2 完善12345热线。（省政府办公厅牵头）");
        Assert.Equal(new[] { "2.1.1", "2.1.2", "2.2.1", "2.2.2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "省政务服务和数据管理局" }, plan.Leads("2.1.1"));
        Assert.Equal(new[] { "省财政厅" }, plan.Supports("2.1.1"));
        Assert.Equal(new[] { "省政务服务和数据管理局" }, plan.Leads("2.1.2"));
        Assert.Equal(new[] { "省政府办公厅" }, plan.Leads("2.2.2"));
    }

    [Fact]
    public void A_run_together_row_whose_words_before_the_names_are_only_what_is_done_names_no_body()
    {
        // Review-72: 改造提升区人民医院区卫健局 made the hospital, what is rebuilt, the lead.
        var plan = Import("某区民生实事项目清单", "序号项目名称建设内容牵头单位责任单位完成时限",
            "1新建幼儿园新增学位1080个区教育局区财政局2024年8月", "2改造提升区人民医院区卫健局2024年12月",
            "3推进市区供水一体化市水务集团区住建局2024年12月", "45G基站建设新建基站50个区工信局区住建局2024年12月", "5完善区市场监管局执法装备区市场监管局2024年12月");
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "市水务集团" }, plan.Leads("3"));
        Assert.Equal(new[] { "区住建局" }, plan.Supports("3"));
        Assert.Equal(new[] { "区工信局" }, plan.Leads("4"));
        Assert.StartsWith("5G基站", plan.Task("4").Title);
        Assert.Equal(new[] { "区市场监管局" }, plan.Leads("5"));
    }

    [Fact]
    public void A_decimal_headings_own_lead_stops_at_the_next_heading_of_its_level()
    {
        // Review-72: 2.1's lead reached 2.2, whose measures name nobody and which stays a task.
        var plan = Import("某市数字经济行动计划", "2 重点任务", "2.1 夯实数字基础设施（牵头单位：市工信局）", "2.1.1 加快5G网络建设。",
            "2.1.2 推进数据中心建设。（责任单位：市发改委）", "2.2 发展数字产业", "2.2.1 培育软件产业。", "2.2.2 发展电子制造。",
            "2.3 推进数字治理", "2.3.1 建设城市大脑。（牵头单位：市数据局）", "2.3.2 推进一网通办。（牵头单位：市政务服务局）");
        Assert.Equal(new[] { "市工信局" }, plan.Leads("2.1.1"));
        Assert.Empty(plan.Leads("2.2"));
    }

    [Fact]
    public void A_run_together_table_numbered_in_full_width_digits_is_read_as_one_in_ascii()
    {
        // Re-read of the change: １新建…２０２４年８月 left the whole table as the plan's preface.
        var plan = Import("某区清单", "序号项目名称建设内容牵头单位责任单位完成时限", "１新建幼儿园3所区教育局区财政局２０２４年８月",
            "２建设口袋公园区城管局区财政局２０２４年９月", "３新增泊位区住建局区公安分局２０２４年１２月");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "区教育局" }, plan.Leads(plan.Tasks.First().Label!));
        Assert.Equal(new[] { "区公安分局" }, plan.Supports(plan.Tasks.Last().Label!));
    }
}
