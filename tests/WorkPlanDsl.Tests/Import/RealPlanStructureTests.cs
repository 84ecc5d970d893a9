using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// How numbered items become tasks and copied tables become rows, in shapes the importer first missed when scored on
/// real plans kept outside the repository (see Evaluation/README.md); each written here in invented words.
/// </summary>
public class RealPlanStructureTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Labels(ImportedModel plan) => plan.Tasks.Select(t => t.Label ?? t.Id).ToArray();

    [Theory]
    [InlineData("①", "②", "③")]
    [InlineData("⑴", "⑵", "⑶")]
    [InlineData("(1)", "(2)", "(3)")]
    public void A_list_numbered_only_with_circled_or_parenthesized_digits_is_the_tasks(string one, string two, string three)
    {
        var plan = Import(
            "经代表投票，本年度五件民生实事包括：",
            one + "青山镇农贸市场改造工程；",
            two + "城区公共停车场建设项目；",
            three + "乡村道路安全防护工程。",
            "(文/通讯员 某某)");
        Assert.Equal(new[] { one, two, three }, Labels(plan));
        Assert.Equal(new[] { one, two, three }, plan.TasksWithoutLead);
    }

    [Fact]
    public void Parenthesized_digits_run_together_in_one_paragraph_are_split_into_tasks()
    {
        var plan = Import(
            "某县冲刺四季度目标",
            "⑴抓好指标调度。围绕主要指标，力争全年增长8%以上。⑵加快项目建设。推动一批项目开工。⑶培育市场主体。推动企业入库。");
        Assert.Equal(new[] { "⑴", "⑵", "⑶" }, Labels(plan));
        Assert.Equal("加快项目建设", plan.Task("⑵").Title);
    }

    [Fact]
    public void A_table_copied_one_row_a_line_with_single_spaces_is_rebuilt()
    {
        var plan = Import(
            "某某办公厅关于印发重点指标分工的通知",
            "一、各部门要抓紧制定工作方案，层层落实责任。",
            "二、各部门要按时报送进展情况。",
            "重点指标分工",
            "序号 工 作 任 务 牵头部门",
            "1 粮食产量稳定在6500亿斤以上 农业农村部",
            "2 新建改建农村公路10万公里, 其中硬化路5万公里 交通运输部",
            "3 新增城镇就业800万人 人力资源社会保障部");
        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "农业农村部" }, plan.Leads("1"));
        Assert.Equal(new[] { "交通运输部" }, plan.Leads("2"));
        Assert.Contains("其中硬化路5万公里", plan.Task("2").Title);
        Assert.Equal(new[] { "人力资源社会保障部" }, plan.Leads("3"));
    }

    [Fact]
    public void Words_with_single_spaces_that_are_no_table_stay_words()
    {
        var plan = Import("一、任务", "1.序号 工作 要求 牵头单位 都是表头的词，但这一句是正文。（市发改委负责）", "2.推进项目建设。（市住建局负责）");
        Assert.Equal(new[] { "1.", "2." }, Labels(plan));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
    }

    [Fact]
    public void A_table_flattened_one_cell_a_line_with_bar_ended_cells_is_rebuilt()
    {
        var plan = Import(
            "2026年园区重点工作责任清单",
            "序号 |", "重点工作 |", "责任领导 |", "责任单位 |", "完成时限 |",
            "1 |", "做优招商服务,完善“项目专员”工作机 制,推动签约项目早日落 地。 |", "王某 |", "招商服务中心、投资促进局 |", "全年 |",
            "|",
            "2 |", "推进低效用地盘活,力争 全年盘活土地300亩。 |", "李某 |", "土地储备中心 |", "年内 |",
            "||||",
            "3 |", "完善园区路网配套。 |", "赵某 |", "建设管理局 |", "2026年底前 |");
        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "招商服务中心" }, plan.Leads("1"));
        Assert.Equal(new[] { "投资促进局" }, plan.Supports("1"));
        Assert.Contains("工作机制", plan.Task("1").Title);
        Assert.Equal(new[] { "土地储备中心" }, plan.Leads("2"));
        Assert.Equal(new[] { "建设管理局" }, plan.Leads("3"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("王某") || u.Id.Contains("李某"));
    }

    [Fact]
    public void A_copied_table_header_may_hold_columns_the_table_words_do_not_name()
    {
        var plan = Import(
            "附件：五件实事清单",
            "序号", "项目名称", "实施地点", "实施年度", "建设内容", "投资额（万元）", "责任单位",
            "1", "城南学校操场改造项目", "东湖街道", "2026", "改造操场两处。", "200", "区教育局",
            "2", "北环路延伸工程", "相关镇（街道）", "2026", "建成道路1.5公里。", "900", "区住建局",
            "3", "社区食堂建设项目", "西城街道", "2026", "新建食堂3个。", "150", "区民政局");
        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("3"));
        Assert.Equal("城南学校操场改造项目", plan.Task("1").Title);
    }

    [Fact]
    public void A_sub_heading_with_its_work_but_no_items_beside_siblings_that_have_them_is_a_task()
    {
        var plan = Import(
            "年度工作目标",
            "一、深化机关改革，提升服务效能：",
            "（一）深化机关改革：",
            "1、推进机构职能优化，理顺权责关系。",
            "2、精简审批事项，压缩办理时限。",
            "（二）提升服务效能：",
            "1、推广一网通办。",
            "（三）加强基层治理：",
            "推动治理重心下移，健全网格化服务管理，提升基层应急处置能力。",
            "二、保障改善民生，健全服务体系：",
            "（一）扩大普惠托育服务供给，新增托位两千个。",
            "（二）落实困难群众救助。",
            "（三）完善养老服务网络，建设社区养老服务站。",
            "三、保障措施",
            "（一）加强组织领导。各单位要明确分工。",
            "（二）强化督促检查。定期通报进展。");
        Assert.Equal(new[] { "1、", "2、", "1、", "（三）", "（一）", "（二）", "（三）" }, Labels(plan));
        Assert.Contains("网格化服务管理", plan.Tasks.First(t => t.Label == "（三）").Text);
    }

    [Fact]
    public void Sub_headings_without_items_in_a_plan_whose_sections_all_lack_them_stay_headings()
    {
        var plan = Import(
            "一、基本原则",
            "（一）坚持统筹推进。全面推进各项工作。",
            "（二）坚持问题导向。聚焦突出问题。",
            "二、重点任务",
            "1.推进园区建设。（市发改委负责）",
            "2.优化营商环境。（市营商局负责）",
            "三、组织保障",
            "（一）加强领导。成立工作专班。",
            "（二）强化考核。纳入年度考核。");
        Assert.Equal(new[] { "1.", "2." }, Labels(plan));
    }

    [Fact]
    public void A_section_holding_one_unnumbered_item_beside_sections_that_number_theirs_is_a_task()
    {
        var plan = Import(
            "某市2026年立法计划",
            "一、审议项目(1件)",
            "某市城市道路管理条例",
            "起草单位:市交通运输局",
            "报送时间:2026年5月",
            "二、调研项目(2件)",
            "1.某市物业管理条例",
            "责任单位:市住建局",
            "2.某市养犬管理规定",
            "责任单位:市公安局");
        Assert.Equal(new[] { "一、", "1.", "2." }, Labels(plan));
        Assert.Contains("城市道路管理条例", plan.Task("一、").Text);
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
    }

    [Fact]
    public void A_notice_section_followed_by_a_signature_is_no_task()
    {
        var plan = Import(
            "一、各单位要高度重视，加强领导。",
            "二、各单位要按季度报送进展情况，每季度最后一个月25日前报送。",
            "某区人民政府办公室",
            "2026年1月5日",
            "主要目标任务分解",
            "一、主要预期目标",
            "（一）地区生产总值增长6%",
            "责任单位:区发改局",
            "（二）一般公共预算收入增长5%",
            "责任单位:区财政局");
        Assert.Equal(new[] { "（一）", "（二）" }, Labels(plan));
    }

    [Fact]
    public void Hard_wrapped_text_under_a_longer_line_of_page_chrome_is_still_joined()
    {
        var plan = Import(
            "您的浏览器不支持某功能,若部分网页功能无法正常使用时,请开启浏览器设置,或者按住键盘上的某个按键来调整页面文字的大小。",
            "某某会议决议",
            "  关于各地所提请求事项,请即会同各相关机关尽速办理,各项工作务必在",
            " 年底以前完成:",
            " 一、关于道路损毁,交通局已派员完成初步勘查并设置警示标志,请交通局",
            "  督促养护中心及相关单位在两个月内完成抢修,以确保通行安全,并于",
            "  年底前完成重建。",
            " 二、关于农田受损,农业局已公告受灾地区,请农业局转知受灾农户,尽",
            "  速向当地乡镇申请救助,或向当地金融机构申办低息贷款,以减少农户损失,",
            "  并于一个月内报告办理情形。");
        Assert.Equal(new[] { "一、", "二、" }, Labels(plan));
        Assert.Contains("以确保通行安全", plan.Task("一、").Title);
    }

    [Fact]
    public void Numbered_items_that_all_open_with_repeated_field_labels_are_fields_of_the_item_above()
    {
        var plan = Import(
            "某区2026年协商工作计划",
            "一、围绕优化营商环境开展专题协商",
            "(一)协商形式:常委会议。",
            "(二)时间安排:5月。",
            "(三)组织实施:责任部门:区政协经济委;参与部门:区发改局、区市场监管局。",
            "二、围绕提升社区养老服务开展对口协商",
            "(一)协商形式:对口协商会。",
            "(二)时间安排:9月。",
            "(三)组织实施:责任部门:区政协社会委;参与部门:区民政局。");
        Assert.Equal(new[] { "一、", "二、" }, Labels(plan));
        Assert.Contains("常委会议", plan.Task("一、").Text);
    }

    [Fact]
    public void Targets_grouped_under_a_bodys_name_on_its_own_line_are_that_bodys_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "二、继续开展资助农村义务教育活动,年内社会各界资助资金1000万元以上。",
            "三、继续开展创建特色学校活动,命名100所素质教育特色学校。",
            "市卫生局",
            "一、开展助产机构清理整顿工作,坚决打击非法接生;",
            "二、继续加强妇女孕产期保健工作,孕产妇死亡率降低3个10万分点。",
            "市民政局",
            "一、新建社区养老服务站20个,提高",
            "社区养老覆盖率",
            "二、新建老年食堂10个。"));
        Assert.Empty(plan.Model.Sections);
        var tasks = plan.Tasks.ToList();
        Assert.Equal(6, tasks.Count);
        Assert.Equal(new[] { "市民政局" }, plan.Names(tasks[5].InEffect.Leads));
        Assert.Empty(tasks[0].InEffect.Leads);
        Assert.Empty(tasks[1].InEffect.Leads);
        Assert.Equal(new[] { "市卫生局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "市卫生局" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Equal(new[] { "市民政局" }, plan.Names(tasks[4].InEffect.Leads));
    }

    [Fact]
    public void Measures_of_a_task_on_an_earlier_page_are_tasks_of_their_own_before_the_first_task()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "(责任部门:省农委、省人社厅)",
            "(2)农民健康工程。农村基本公共卫生服务年人均补助资金不低于15元。",
            "(责任部门:省卫生厅、省财政厅)",
            "(3)为农服务工程。完成1000个为农服务社建设。",
            "(责任部门:省扶贫办、省供销社)",
            "16.深化农村各项改革。新增农业适度规模经营面积300万亩。",
            "(责任部门:省农委、省林业局)",
            "17.推进城乡一体化。完成规划编制。",
            "(责任部门:省住建厅)"));
        Assert.Equal(new[] { "(2)", "(3)", "16.", "17." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "省卫生厅" }, plan.Leads("(2)"));
        Assert.Equal(new[] { "省扶贫办" }, plan.Leads("(3)"));
        Assert.Equal(new[] { "省农委" }, plan.Leads("16."));
    }

    [Fact]
    public void Measures_that_each_name_who_does_them_under_a_task_naming_nobody_are_the_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "七、健全住房保障制度",
            "1、扩大廉租住房保障范围。",
            "责任部门:市房管局牵头,市民政局配合。",
            "2、改善农民工和农村困难群众居住条件。",
            "(1)鼓励用工单位建设农民工集体宿舍。",
            "责任部门:市房管局牵头,市人社局配合。",
            "(2)建立农村困难群众住房保障制度。",
            "责任部门:市民政局牵头,市财政局配合。",
            "3、完善住房保障配套措施。",
            "(1)加强资金保障。",
            "(2)加强用地保障。",
            "责任部门:市房管局牵头,市财政局配合。",
            "4、推进扶贫开发。",
            "责任部门:市扶贫办牵头,市财政局配合。",
            "5、加强移民搬迁。",
            "责任部门:市扶贫办牵头,市发改委配合。"));
        Assert.Equal(new[] { "1、", "(1)", "(2)", "3、", "4、", "5、" }, plan.Tasks.Select(t => t.Label).ToArray());
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "市房管局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "市民政局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "市财政局" }, plan.Names(tasks[2].InEffect.Supports));
        Assert.Equal(new[] { "市房管局" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Contains("改善农民工和农村困难群众居住条件", plan.Result.Plan);
    }

    [Fact]
    public void One_measure_naming_who_does_it_under_a_heading_cut_after_it_is_the_task()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、推进农牧业现代化",
            "(一)增强粮食综合生产能力。",
            "1.实施主要作物单产提升行动,稳定播种面积。〔责任单位:自治区农牧厅、财政厅〕"));
        Assert.Equal(new[] { "1." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "自治区农牧厅" }, plan.Leads("1."));
    }

    [Fact]
    public void Measures_are_promoted_task_by_task_and_never_take_the_next_task_or_the_parents_lead()
    {
        var promoted = ImportedModel.From(string.Join("\n",
            "1.扩大保障房供给。",
            "(1)新建公租房500套。责任部门:市房管局牵头。",
            "(2)发放租赁补贴1000户。责任部门:市民政局牵头。",
            "2.加强用地供应。责任部门:市自然资源局牵头。",
            "3.完善分配管理。"));
        Assert.Equal(new[] { "(1)", "(2)", "2.", "3." }, promoted.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市民政局" }, promoted.Leads("(2)"));
        Assert.Equal(new[] { "市自然资源局" }, promoted.Leads("2."));

        var parentLeads = ImportedModel.From(string.Join("\n",
            "1.扩大保障房供给,由市房管局负责。",
            "(1)新建公租房500套。",
            "责任部门:市城投公司牵头。",
            "(2)发放租赁补贴1000户。",
            "责任部门:市民政局牵头。",
            "2.加强用地供应。",
            "责任部门:市自然资源局牵头。"));
        Assert.Equal(new[] { "1.", "2." }, parentLeads.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市房管局" }, parentLeads.Leads("1."));

        // The task names its own lead: its measures are its items, each led by the unit its own line names.
        Assert.Empty(parentLeads.Supports("1."));
        var items = parentLeads.Task("1.").Items;
        Assert.Equal(new[] { "(1)", "(2)" }, items.Select(i => i.Label).ToArray());
        Assert.Equal(new[] { "市城投公司" }, parentLeads.Names(items[0].InEffect.Leads));
        Assert.Equal(new[] { "市民政局" }, parentLeads.Names(items[1].InEffect.Leads));

        var leadAfter = ImportedModel.From(string.Join("\n",
            "1.推进棚户区改造。",
            "(1)完成棚户区改造3000套。责任单位:市住建局",
            "(2)完成老旧小区改造50个。责任单位:市住建局",
            "牵头单位:市住建局;配合单位:市财政局、各区政府。",
            "2.推进保障房建设。责任单位:市房管局"));
        Assert.Equal(new[] { "1.", "2." }, leadAfter.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市住建局" }, leadAfter.Leads("1."));
        Assert.Equal(new[] { "市房管局" }, leadAfter.Leads("2."));
    }

    [Fact]
    public void An_item_opening_with_a_named_body_and_a_colon_gives_it_the_work()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "二、职责分工",
            "(一)市公安局:牵头组织专项打击整治行动。",
            "(二)市综合行政执法局:要组织专门力量开展整治。",
            "(三)民政部门:负责提供低保对象名单。",
            "(四)工作要求:各单位要高度重视。",
            "(五)市委宣传部、市文明办:负责深化全国文明城市创建。"));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("(一)"));
        Assert.Equal(new[] { "市综合行政执法局" }, plan.Leads("(二)"));
        Assert.Equal(new[] { "民政部门" }, plan.Leads("(三)"));
        Assert.Empty(plan.Leads("(四)"));

        // Several bodies addressed: a list like any other, the first leading by the convention, which is said.
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("(五)"));
        Assert.Equal(new[] { "市文明办" }, plan.Supports("(五)"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("states no rule"));
    }
    [Fact]
    public void Fields_numbered_like_items_under_each_project_are_its_fields_and_what_one_lists_is_its_words()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市2025年十件民生实事任务分解方案",
            "一、新建城区公办幼儿园5所",
            "(一)责任领导:张某某",
            "(二)责任单位:市教育局",
            "(三)协办单位:市财政局、市自然资源局,各区人民政府,某某经济特区",
            "(四)项目内容及任务分解:",
            "1、新建幼儿园5所,其中东城区2所、西城区3所。",
            "2、新增学位1500个。",
            "(五)完成时限:2025年12月底前",
            "二、改造老旧小区30个",
            "(一)责任领导:李某某",
            "(二)责任单位:市住建局",
            "(三)协办单位:各区人民政府",
            "(四)项目内容及任务分解:改造老旧小区30个,惠及居民1.2万户。",
            "(五)完成时限:2025年11月底前"), year: 2025);
        Assert.Equal(new[] { "一、", "二、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市教育局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "市财政局", "市自然资源局", "各区人民政府", "某某经济特区" }, plan.Supports("一、"));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("二、"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("张某某"));

        // 1、督查时间: under each (四): the fields are the numbered ones below the items, one label varied once (督办时间).
        var inspections = ImportedModel.From(string.Join("\n",
            "(四)重点基建工程建设进展情况。",
            "1、督查时间:2025年7月中旬。",
            "2、督查对象:重点基建工程主办单位。",
            "3、督查要求:到现场检查工程进展情况。",
            "(五)粮食工作目标完成情况。",
            "1、督办时间:2025年8月中旬。",
            "2、督查对象:各镇区。",
            "3、督查要求:确保完成任务。",
            "(六)教育强镇工作进展情况。",
            "1、督查时间:2025年9月中旬。",
            "2、督查对象:创建教育强镇。",
            "3、督查要求:全面检查工作进展情况。"), year: 2025);
        Assert.Equal(new[] { "(四)", "(五)", "(六)" }, inspections.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_notice_numbered_with_headings_alone_has_its_items_of_work_as_tasks_beside_a_closing_framing_item()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "关于做好2025年春季农业生产工作的通知",
            "各乡镇人民政府，县直有关单位：",
            "为切实抓好春季农业生产，现就有关事项通知如下：",
            "一、稳定粮食播种面积",
            "全县粮食播种面积稳定在50万亩以上。县农业农村局要会同县财政局及时兑付耕地地力保护补贴。",
            "二、抓好农资供应",
            "县供销社要组织农资企业做好化肥、农药储备。",
            "三、加强组织领导",
            "各乡镇要亲自研究部署，县委农办负责督促检查。"), year: 2025);
        Assert.Equal(new[] { "一、", "二、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("一、"));
    }
    [Fact]
    public void A_line_of_units_after_the_last_measure_of_each_task_closes_the_task_not_the_measure()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市应急体系建设规划责任分解",
            "(一)“一案三制”建设",
            "1.完善应急预案体系",
            "(1)加强应急预案管理，规范应急预案编制。",
            "(2)推进应急预案“精编化”。",
            "(责任单位:市应急管理局、各县(市、区)人民政府)",
            "2.健全应急管理体制",
            "(1)完善应急管理机构设置。",
            "(2)健全应急指挥机制。",
            "(责任单位:市委编办、市应急管理局)"), year: 2025);
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市委编办" }, plan.Leads("2."));

        // Measures that name their own bodies on their own lines are tasks all the same.
        var own = ImportedModel.From(string.Join("\n",
            "一、重点任务",
            "1.完善应急预案体系",
            "(1)加强应急预案管理。(市应急管理局负责)",
            "(2)推进应急预案“精编化”。(市司法局负责)",
            "(责任单位:市应急管理局)"), year: 2025);
        Assert.Equal(new[] { "(1)", "(2)" }, own.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_field_line_goes_on_after_a_semicolon_and_each_in_its_remit_supports_beside_a_lead()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、重点任务",
            "1、健全部门网站。没有建立网站的市直单位全部建立网站。",
            "牵头单位:市信息化办",
            "责任单位:市司法局、市审计局;市档案局、市水土保持局",
            "完成时限:2009年10月底",
            "2、健全制度。(市政府法制办牵头,市政府办公厅、市信息办及相关部门各负其责)",
            "3、清理文件。(市政府办公厅、市政府法制办各负其责)"), year: 2009);
        Assert.Equal(new[] { "市司法局", "市审计局", "市档案局", "市水土保持局" }, plan.Supports("1、"));
        Assert.Equal(new[] { "市政府法制办" }, plan.Leads("2、"));
        Assert.Equal(new[] { "市政府办公厅", "市信息办", "相关部门" }, plan.Supports("2、"));

        // Without a lead beside them, the bodies each in its remit are the list (the first leading by the convention).
        Assert.Equal(new[] { "市政府办公厅" }, plan.Leads("3、"));
    }
    [Fact]
    public void Items_of_a_section_of_duties_that_are_a_body_s_name_give_it_the_work()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "机动车区域限行实施方案",
            "一、实施目的",
            "在市部分区域、道路，分阶段对高污染排放机动车实施限制通行管理。",
            "二、职责分工",
            "（一）市公安局",
            "负责设置禁止通行标志，依法查处违反限行规定的行为。",
            "（二）市交通运输局",
            "负责加强运营车辆的管理。",
            "三、工作要求",
            "（一）市民服务中心",
            "建成后对外开放。"), year: 2025);
        Assert.Equal(new[] { "市公安局" }, plan.Names(plan.Tasks.Single(t => t.Title == "市公安局").InEffect.Leads));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("（二）"));

        // A purpose is no task; a name alone outside a section of duties is a heading's words (a centre to build).
        Assert.DoesNotContain(plan.Tasks, t => t.Title == "实施目的");
        Assert.DoesNotContain(plan.Tasks, t => t.Title == "市民服务中心" && t.InEffect.Leads.Count > 0);

        // 市公安局。负责…: a body and a full stop, then what it is given to do.
        var stop = ImportedModel.From(string.Join("\n",
            "四、职责分工",
            "(二十一)市公安局。负责对社会治安综合治理一体化的调研，形成专题调研报告。",
            "(二十二)市体育中心。建成后免费开放。"), year: 2025);
        Assert.Equal(new[] { "市公安局" }, stop.Leads("(二十一)"));
        Assert.Empty(stop.Leads("(二十二)"));
    }

    [Fact]
    public void Bodies_that_assist_another_support_the_one_after_the_word_and_together_with_names_no_lead()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、市工商局、市水利局协同市建委负责城市市容和环境卫生等工作。",
            "二、市公安局配合市交通运输局负责城市综合交通的工作。",
            "三、市公安局会同市建委负责道路交通安全。",
            "四、市住建局协同市政公司负责道路维修。"), year: 2011);

        // 协同 is "together with": which of them leads, the words do not say (a hostile run: 市住建局协同市政公司).
        Assert.Empty(plan.Leads("一、"));
        Assert.Empty(plan.Leads("四、"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("二、"));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("二、"));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("三、"));
    }

    [Fact]
    public void Numbered_copy_lines_and_attachments_after_the_signature_are_no_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县2025年重点工作",
            "一、重点任务",
            "1.推进城区供水管网改造。（县住建局）",
            "2.开展农村饮水安全提升。（县水利局）",
            "县人民政府办公室",
            "2025年2月10日",
            "1.抄送：县委办公室，县人大常委会办公室。",
            "2.附件：重点工作任务分解表"), year: 2025);
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
    }

    [Fact]
    public void A_page_cut_after_its_one_heading_keeps_the_heading_task_its_paragraph_gives_a_lead()
    {
        // 一、 over one paragraph closed by who leads it, the page cut before 二、: the heading is a task, as it is
        // beside others; a heading over prose that names nobody stays a section.
        var plan = ImportedModel.From(string.Join("\n",
            "各州、市人民政府，省直各部门：",
            "一、推进重大项目建设",
            "建立领导联系重点项目制度，形成全程服务机制。加快资金拨付进度。（省发展改革委、省财政厅牵头；省自然资源厅，各州、市人民政府配合）"), year: 2017);
        Assert.Equal(new[] { "一、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "省发展改革委", "省财政厅" }, plan.Leads("一、"));
        Assert.Equal(new[] { "省自然资源厅", "各州、市人民政府" }, plan.Supports("一、"));

        var prose = ImportedModel.From(string.Join("\n", "一、推进重大项目建设", "建立领导联系重点项目制度，形成全程服务机制。"), year: 2017);
        Assert.Empty(prose.Tasks);
    }

    [Fact]
    public void A_numbered_heading_that_is_one_bodys_name_gives_the_list_under_it_to_that_body()
    {
        // A later page of a plan's duties: （二十）市交通局 then 1、 2、 from one again under each body; the body is named
        // only in its heading. Headings that are topics, groups or levels give nobody.
        var plan = ImportedModel.From(string.Join("\n",
            "  （二十）市交通局",
            "  1、开通景区交通专线，规范出租车运营。",
            "  2、在通往景区的道路设置公共信息标志。",
            "  （二十一）市财政局",
            "  1、制定支持旅游业发展的财政政策。",
            "  （二十二）县城建设",
            "  1、推进老旧小区改造。",
            "  （二十三）各乡镇",
            "  1、做好秸秆禁烧。",
            "  （二十四）省级示范区创建",
            "  1、创建省级示范区。"), year: 2008);
        var leads = plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))).ToArray();
        Assert.Equal(new[] { "市交通局", "市交通局", "市财政局", string.Empty, string.Empty, string.Empty }, leads);
    }

    [Fact]
    public void A_table_of_contents_the_first_chapter_and_a_list_of_attachments_are_read_for_what_they_are()
    {
        var contents = ImportedModel.From(string.Join("\n",
            "某市2024年重点任务分工方案",
            "目  录",
            "一、扩大有效投资……………………1",
            "二、促进消费恢复……………………3",
            "一、扩大有效投资",
            "1.实施重大项目500个。（牵头单位：市发改委）",
            "二、促进消费恢复",
            "2.开展以旧换新。（牵头单位：市商务局）"), year: 2024);
        Assert.Equal(new[] { "扩大有效投资", "促进消费恢复" }, contents.Model.Sections.Select(x => x.Title).ToArray());

        var chapters = ImportedModel.From(string.Join("\n",
            "某市促进民营经济发展若干措施",
            "第一章 优化发展环境",
            "第一条 落实市场准入负面清单制度。（责任单位：市发改委）",
            "第二章 加大要素支持",
            "第二条 设立纾困基金。（责任单位：市财政局）"), year: 2024);
        Assert.Equal(new[] { "第一章", "第二章" }, chapters.Model.Sections.Select(x => x.Label).ToArray());
        Assert.DoesNotContain("优化发展环境", chapters.Model.Preface);

        var attachments = ImportedModel.From(string.Join("\n",
            "2024年县乡村振兴重点工作方案",
            "一、推进乡村建设",
            "1.实施农村人居环境整治提升行动。（牵头单位：县农业农村局）",
            "2.推进农村厕所改造。（牵头单位：县农业农村局）",
            "附件：1.2024年县乡村振兴重点任务分工表",
            "      2.2024年县乡村振兴重点项目清单",
            "      3.各乡镇乡村振兴联络员名单",
            "XX县人民政府办公室",
            "2024年2月20日"), year: 2024);
        Assert.Equal(new[] { "1.", "2." }, attachments.Tasks.Select(t => t.Label).ToArray());
        Assert.DoesNotContain("附件", attachments.Task("2.").Text);
    }

    [Fact]
    public void A_part_whose_paragraph_opens_with_who_undertakes_it_is_a_task_with_its_lead_and_supports()
    {
        // 承办 (undertakes) beside 协办: the first sentence of the part's paragraph assigns it, the rest is its target.
        var plan = ImportedModel.From(string.Join("\n",
            "某省治理餐桌污染工作实施方案",
            "一、治理畜牧业产品污染",
            "由省经贸委承办，省农业厅、卫生厅、公安厅协办。治理工作目标：定点屠宰率达85%以上。主要措施："), year: 2006);
        Assert.Equal(new[] { "一、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "省经贸委" }, plan.Leads("一、"));
        Assert.Equal(new[] { "省农业厅", "卫生厅", "公安厅" }, plan.Supports("一、"));
    }

    [Fact]
    public void A_place_governments_name_over_its_list_and_a_heading_of_a_bodys_work_give_their_tasks_that_body()
    {
        // A city's targets for its counties: 凤台县政府 alone on its line over 1. 2. (the first heading straight after the
        // notice), then the next county's.
        var targets = ImportedModel.From(string.Join("\n",
            "县区政府及市政府各部门2006年主要工作考核目标",
            "  凤台县政府",
            "  1.地区生产总值75亿元。",
            "  2.财政收入10亿元。",
            "  大通区政府",
            "  1.地区生产总值20亿元。"), year: 2006);
        Assert.Equal(new[] { "凤台县政府", "凤台县政府", "大通区政府" }, targets.Tasks.Select(t => string.Join("、", targets.Names(t.InEffect.Leads))).ToArray());
        Assert.Contains("read from the heading", targets.Result.Plan);

        // A province's split: under a governor (a person), （一）X牵头的工作 with its one paragraph, （二） over 1. 2.
        var split = ImportedModel.From(string.Join("\n",
            "一、张三省长负责的工作",
            "全面负责省人民政府工作任务的落实。",
            "（一）省监察厅牵头的工作",
            "加强行政监察工作。",
            "（二）省编办牵头的工作",
            "1.深化行政管理体制改革。",
            "2.推进乡镇机构改革。",
            "协同单位：省财政厅、省人事厅。"), year: 2008);
        Assert.Equal(new[] { "省监察厅" }, split.Leads("（一）"));
        Assert.Equal(new[] { "省编办" }, split.Leads("1."));
        Assert.Equal(new[] { "省编办" }, split.Leads("2."));
        Assert.DoesNotContain(split.Model.Units, u => u.Id.Contains("张三"));
    }

    [Fact]
    public void A_body_heading_gives_nothing_where_the_work_is_about_it_and_says_so_where_it_gives()
    {
        // An inspection plan's headings name whom the inspection is about.
        var inspection = ImportedModel.From(string.Join("\n",
            "2024年县政府重点工作督查方案",
            "一、督查重点",
            "（一）县自然资源局",
            "1.督查耕地保护目标责任落实情况。",
            "2.督查违法用地专项整治推进情况。"), year: 2024);
        Assert.All(inspection.Tasks, t => Assert.Empty(t.InEffect.Leads));

        // Unnumbered the same.
        var unnumbered = ImportedModel.From(string.Join("\n", "2024年重点工作督查方案", "县自然资源局", "1.督查耕地保护情况。", "2.督查违法用地整治情况。"), year: 2024);
        Assert.All(unnumbered.Tasks, t => Assert.Empty(t.InEffect.Leads));

        // Institutions being set up: a task under the heading given to another body shows it is what the work is about.
        var setUp = ImportedModel.From(string.Join("\n",
            "一、组建新机构",
            "（一）县数据资源管理中心",
            "1.明确为县政府直属公益一类事业单位。",
            "2.核定事业编制15名。（县委编办负责）"), year: 2024);
        Assert.Empty(setUp.Leads("1."));

        // Where it gives the lead, the plan says so above the tasks.
        var duties = ImportedModel.From(string.Join("\n", "（二十）市交通局", "1、开通景区交通专线。", "2、设置公共信息标志。"), year: 2008);
        Assert.Equal(new[] { "市交通局" }, duties.Leads("1、"));
        Assert.Contains("read from the heading", duties.Result.Plan);
    }

    [Fact]
    public void Framing_headings_do_not_keep_the_headings_that_carry_work_from_being_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "2024年县农村人居环境整治提升工作方案",
            "一、工作目标",
            "全县农村卫生厕所普及率达到90%以上。",
            "二、稳定粮食生产",
            "全年粮食播种面积稳定在50万亩以上。（县农业农村局牵头，各乡镇配合）",
            "三、推进农村改厕",
            "完成农村户厕改造3000户。（县农业农村局负责，县卫健局配合）",
            "四、督导考核",
            "每季度通报一次。（县政府督查室负责督查）",
            "五、联系方式",
            "联系人：张明，电话：0731-12345678。（县农业农村局）"), year: 2024);
        Assert.Equal(new[] { "二、", "三、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "各乡镇" }, plan.Supports("二、"));

        // Headings whose own line closes with who leads them, between framing headings that hold text.
        var inline = ImportedModel.From(string.Join("\n",
            "2024年县城管理工作要点",
            "一、工作目标",
            "全年城市管理水平明显提升。",
            "二、推进城市精细化管理（县城管局牵头，各街道配合）",
            "三、推进智慧城管建设（县城管局负责）",
            "四、保障措施",
            "加强组织领导。",
            "五、职责分工",
            "各单位按职责抓好落实。"), year: 2024);
        Assert.Equal(new[] { "二、", "三、" }, inline.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县城管局" }, inline.Leads("三、"));
    }

    [Fact]
    public void A_notices_list_of_attachments_and_a_list_of_contacts_hold_no_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "关于印发《2024年县政府重点工作任务分工方案》的通知",
            "各乡镇人民政府，县政府各部门：",
            "现将《2024年县政府重点工作任务分工方案》印发给你们，请认真贯彻执行。",
            "附件：1.2024年县政府重点工作任务分工表",
            "      2.各单位联络员名单",
            "县政府办公室",
            "2024年2月20日",
            "附件1",
            "1.实施重点项目100个。（县发改局牵头，各乡镇配合）",
            "2.新增城镇就业3000人。（县人社局负责）",
            "附件2",
            "各单位联络员名单",
            "1.县发改局：张三，电话12345678",
            "2.县人社局：李四，电话87654321"), year: 2024);
        Assert.Equal(new[] { "县发改局", "县人社局" }, plan.Tasks.Select(t => string.Join("、", plan.Names(t.InEffect.Leads))).ToArray());
    }

    [Fact]
    public void Chinese_numbers_half_of_which_carry_work_number_the_tasks_of_a_notice()
    {
        // A holiday notice: two items of facts (a time, a timetable remark), two of work; with nothing numbered under
        // them the work items are tasks, and the facts come along as tasks too rather than losing the work in sections.
        var plan = Import(
            "校属各单位：",
            "现将我校国庆节放假安排通知如下：",
            "一、放假时间",
            "10月1日至10月7日放假调休，共7天。",
            "二、节后教学作息时间不变，行政作息时间微调。",
            "三、学生处要做好假期学生的教育管理工作，掌握每一个学生的去留情况。后勤处要做好假期的后勤保障工作。",
            "四、加强放假期间的值班工作。保卫处要坚持24小时值守，认真做好值班记录。",
            "校长办公室",
            "2025年9月20日");
        Assert.Equal(new[] { "一、", "二、", "三、", "四、" }, Labels(plan));
        Assert.Equal(new[] { "学生处" }, plan.Leads("三、"));
        Assert.Equal(new[] { "保卫处" }, plan.Leads("四、"));
    }

    [Fact]
    public void Chinese_numbers_fewer_than_half_of_which_carry_work_stay_sections()
    {
        var plan = Import(
            "某县安全生产工作方案",
            "一、工作目标",
            "全年不发生较大事故。",
            "二、工作内容",
            "开展隐患排查。",
            "三、保障措施。各单位要高度重视，加强组织领导。");
        Assert.Equal(3, plan.Model.Sections.Count());
        Assert.DoesNotContain("一、", Labels(plan));
        Assert.DoesNotContain("三、", Labels(plan));
    }

    [Theory]
    [InlineData("一：", "二：", "三：")]
    [InlineData("一.", "二.", "三.")]
    [InlineData("一．", "二．", "三．")]
    public void Chinese_numerals_closed_by_a_colon_or_a_dot_number_the_parts(string one, string two, string three)
    {
        // A village's rules copied from a template site: 一：… over (1)…; the last part is itself the work.
        var plan = Import(
            "某村村民代表大会制度",
            one + "村民代表大会由下列成员组成",
            "(1)村党支部和村委会成员",
            "(2)村民推选的代表",
            two + "村民代表大会职责",
            "(1)审议本村发展规划。",
            "(2)讨论制定村规民约。",
            three + "村民代表会议每季度召开一次，由村民委员会负责召集。");
        Assert.Equal(3, plan.Model.Sections.Count());
        Assert.All(plan.Tasks.Where(t => t.Label == "(2)"), t => Assert.True(t.InEffect.Leads.IsEmpty));
        Assert.Equal(new[] { "村民委员会" }, plan.Leads(three));
    }

    [Fact]
    public void Duties_numbered_under_a_heading_that_each_open_with_their_body_are_the_tasks()
    {
        var plan = Import(
            "某县改厕工作方案",
            "一、主要工作",
            "1.成立领导小组。领导小组办公室设在县卫生局。",
            "2.部门职责",
            "(1)县卫生局负责制订改厕计划、技术指导和检查考核。",
            "(2)县财政局负责及时拨付配套资金，加强资金管理。",
            "(3)县农业农村局负责改厕与农村污水治理的衔接。",
            "二、保障措施",
            "加强宣传。");
        Assert.Equal(new[] { "1.", "(1)", "(2)", "(3)" }, Labels(plan));
        Assert.Equal(new[] { "县卫生局" }, plan.Leads("(1)"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("(3)"));
    }

    [Fact]
    public void Items_labelled_by_their_category_with_a_field_of_who_is_accountable_are_tasks()
    {
        // 交通项目： repeats like a field's label, but the item goes on with its work and its own 责任单位.
        var plan = Import(
            "临江县2024年重点项目计划",
            "一、重点项目",
            "（一）交通项目：建设临江至河口二级公路。责任单位：县交通运输局。",
            "（二）交通项目：改造县城环城路。责任单位：县交通运输局。",
            "（三）水利项目：实施中小河流治理。责任单位：县水利局。",
            "（四）水利项目：建设农村饮水安全工程。责任单位：县水利局。",
            "二、保障措施",
            "加强要素保障。");
        Assert.Equal(new[] { "（一）", "（二）", "（三）", "（四）" }, Labels(plan));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（四）"));
    }
}
