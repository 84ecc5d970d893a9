using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task that opens with the bodies that must do it (<c>公安部门要…</c>, <c>各区、各有关部门要…</c>) names them as its
/// accountable bodies, as every labeller of real plans read it; a kind of body, every level or anyone concerned does not.
/// </summary>
public class SubjectWithModalTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("1.公安部门要对超载运输车辆加大检查力度。", "公安部门")]
    [InlineData("1.市财政局要足额保障工作经费。", "市财政局")]
    [InlineData("1.县人民政府应当建立工作台账。", "县人民政府")]
    [InlineData("1.各区政府要加强小区物业管理。", "各区政府")]
    [InlineData("1.各县（市、区）人民政府要成立工作专班。", "各县（市、区）人民政府")]
    public void A_task_opening_with_a_named_body_and_a_modal_gives_it_the_lead(string task, string lead)
        => Assert.Equal(new[] { lead }, Import("一、任务", task).Leads("1."));

    [Theory]
    [InlineData("1.学校要加强安全管理。")]
    [InlineData("1.各级人民政府要优化财政支出结构。")]
    [InlineData("1.有关部门要按照职责分工加强协同。")]
    [InlineData("1.各单位要严格假期值班制度。")]
    [InlineData("1.市直各部门、各县（市、区）要落实主体责任。")]
    [InlineData("1.各学校要加强值班值守。")]
    [InlineData("1.各级财政部门要将经费纳入预算。")]
    [InlineData("1.各地要放开户籍限制。")]
    [InlineData("1.市政府要求各单位加强值守。")]
    [InlineData("1.教育行政部门要会同有关部门制定计划。")]
    [InlineData("1.幼儿园要严格落实卫生保健制度。")]
    public void A_kind_of_body_every_level_or_a_command_to_others_names_no_lead(string task)
        => Assert.Empty(Import("一、任务", task).Leads("1."));

    [Fact]
    public void Several_bodies_opening_a_task_are_a_list_the_first_leading_by_the_convention()
    {
        var plan = Import("一、任务", "1.各区、各有关部门要加大文化市场执法力度。");
        Assert.Equal(new[] { "各区" }, plan.Leads("1."));
        Assert.Equal(new[] { "各有关部门" }, plan.Supports("1."));
    }

    [Fact]
    public void A_clause_that_names_the_lead_wins_over_the_opening_words()
    {
        var plan = Import("一、任务", "1.市财政局要足额保障经费，推动项目建设。（市发改委负责）");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
    }

    [Fact]
    public void The_paragraph_under_a_task_heading_opens_with_who_must_do_it_and_a_later_one_does_not()
    {
        var plan = Import(
            "一、落实一县一专班",
            "各县（市、区）人民政府要成立产业发展专班，负责当地产业发展的组织协调。",
            "二、两月一通报",
            "逢双月25日报送信息材料。",
            "市农业农村局要汇总后通报各县。");
        Assert.Equal(new[] { "各县（市、区）人民政府" }, plan.Leads("一、"));
        Assert.Empty(plan.Leads("二、"));
    }
    [Fact]
    public void An_institutions_offices_opening_its_items_are_named()
    {
        var plan = Import(
            "二、具体要求",
            "（一）教务处要落实好本学期学生期末考试成绩汇总工作。",
            "（二）教务处、财务资产处、计算机中心和图书馆等相关单位要做好教材的配置工作。",
            "（三）全体师生员工要严格遵守学院休假的时间规定。",
            "（四）守住安全底线——保卫处要加强巡查。");
        Assert.Equal(new[] { "教务处" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "教务处" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "财务资产处", "计算机中心", "图书馆" }, plan.Supports("（二）").Take(3).ToArray());
        Assert.Empty(plan.Leads("（三）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("底线"));
    }

    [Fact]
    public void A_part_of_dates_numbered_deeper_does_not_make_a_report_beside_it_tasks()
    {
        var plan = Import(
            "一、时间安排",
            "（一）学生休假时间",
            "1.在校学生于1月19日开始放假。",
            "2.助学班学生另行安排。",
            "二、上年度工作完成情况",
            "（一）重大项目。市发改委牵头完成重大项目投资500亿元。",
            "（二）民生实事。十件民生实事全部完成。");
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("重大项目"));
    }

    [Fact]
    public void The_words_after_a_tasks_title_may_open_with_who_must_do_it()
    {
        var plan = Import(
            "一、工作要求",
            "（一）加强领导，明确职责。各县（市、区）政府要落实属地管理责任。",
            "（二）强化保障。市财政局要足额保障工作经费，市审计局负责审计。",
            "（三）加强宣传。各地要广泛宣传政策。",
            "（四）推进改革。教育行政部门要会同有关部门制定计划。");
        Assert.Equal(new[] { "各县（市、区）政府" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
    }

    [Fact]
    public void The_first_sentence_that_says_who_must_do_something_names_the_lead_if_it_is_a_body_and_a_clause_still_wins()
    {
        var plan = Import(
            "一、主要任务",
            "2、加强粮食批发市场建设。多年来，批发市场发挥了重要作用。各区、县（市）要进一步采取措施，加大投入。",
            "3、加强监管。企业要落实主体责任。市场监管局要加强日常检查。",
            "4、完善储备。各区要充实储备。（市粮食局负责）",
            "5、强化安全管理。幼儿园要建立安全制度。公安机关要加强巡逻；市场监管部门要加强食品安全检查。",
            "6、做好经费保障。市财政局要做好经费保障，市审计局要加强审计监督。");
        Assert.Equal(new[] { "各区、县（市）" }, plan.Leads("2、"));

        // The first who must do something are the enterprises, no body: the task names nobody to lead it.
        Assert.Empty(plan.Leads("3、"));
        Assert.Equal(new[] { "市粮食局" }, plan.Leads("4、"));
        Assert.Empty(plan.Leads("5、"));
        Assert.Empty(plan.Leads("6、"));
    }
    [Theory]
    [InlineData("1.县财政局要积极配合县发改局做好项目评审。", "县财政局")]
    [InlineData("1.发展首店经济。县财政局要积极配合县发改局牵头的项目评审。", "县财政局")]
    [InlineData("1.县疾控中心要加强技术指导。", "县疾控中心")]
    public void A_body_that_must_support_or_guide_is_no_lead(string task, string body)
        => Assert.DoesNotContain(body, Import("一、任务", task).Leads("1."));

    [Fact]
    public void A_later_part_that_states_a_purpose_is_no_second_subject()
    {
        // 以满足…需要 closes the sentence with what the work is for; 市审计局要… is a second body that must.
        var plan = Import(
            "二、具体要求",
            "（一）教务处、财务资产处和图书馆等相关单位要做好教材、图书资料的配置工作，以满足新学期教学和学生学习需要。",
            "（二）市财政局要保障经费，市审计局要加强审计。",
            "（三）市市场监管局要加强监管，企业要落实主体责任。",
            "（四）市财政局要足额保障经费，确保项目需要。",
            "（五）市财政局要足额保障经费，以上各单位要密切配合。",
            "（六）市财政局要足额保障经费，使用单位要规范使用。");
        Assert.Equal(new[] { "教务处" }, plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
        Assert.Empty(plan.Leads("（六）"));
    }

    [Theory]
    [InlineData("1、完善方案。各乡镇在制定本级方案时,要参照县级方案要求。", "各乡镇")]
    [InlineData("1.加强市场巡查。县文旅局在节假日期间要加强市场巡查。", "县文旅局")]
    [InlineData("1.县水利局在汛期到来前，要完成水库除险加固。", "县水利局")]
    [InlineData("1.做好防汛工作。汛期到来前，县水利局要完成水库除险加固。", "县水利局")]
    [InlineData("1.做好排查。6月底前，各乡镇要完成隐患排查。", "各乡镇")]
    [InlineData("1.抓好秋粮收购。县发改委于收购期开始前要筹足收购资金。", "县发改委")]
    [InlineData("1.特种设备安全。县质监局要重点检查特种设备安全制度的制定和落实情况。", "县质监局")]
    [InlineData("1.做好春运保障。区交通运输局于春运期间要加强运力调度。", "区交通运输局")]
    [InlineData("1.抓好春耕。县农业农村局于每年3月要完成种子检测。", "县农业农村局")]
    public void When_the_body_must_act_may_stand_between_it_and_its_modal_or_before_it(string task, string lead)
    {
        // t04 (沂水县林长制办公室): 各乡镇在制定本级林长制工作方案时,要参照… gives the towns the task, as its labeller read it.
        var label = task.Substring(0, 2);
        Assert.Equal(new[] { lead }, Import("一、任务", task).Leads(label));
    }

    [Theory]
    [InlineData("1.规范申报。企业在申报时，要如实提供材料。")]
    [InlineData("1.做好防汛工作。汛期到来前，要完成水库除险加固。")]
    [InlineData("1.完善方案。在县发改委牵头下，县财政局要做好资金保障。")]
    [InlineData("1.加强审计。市审计局在审计时，要求县财政局整改。")]
    [InlineData("1.加强审计。县财政局在资金到位后，市审计局要加强审计。")]
    [InlineData("1.加强巡查。县质监局要安排各乡镇落实巡查制度。")]
    public void An_occasion_names_no_lead_where_nobody_named_must_act_after_it_or_someone_else_leads_in_it(string task)
        => Assert.Empty(Import("一、任务", task).Leads(task.Substring(0, 2)));

    [Fact]
    public void A_role_verb_after_an_occasion_and_its_comma_gives_the_body_before_it_the_lead()
    {
        var plan = Import(
            "一、任务",
            "1.抓好秋粮收购。县发改委在收购期间，负责协调收购资金。",
            "2.推进数字乡村建设。县工信局在制定方案时，要会同县农业农村局做好衔接。");
        Assert.Equal(new[] { "县发改委" }, plan.Leads("1."));
        Assert.Equal(new[] { "县工信局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Supports("2."));
    }

    [Fact]
    public void The_paragraph_under_a_heading_may_name_who_must_after_the_works_own_words()
    {
        // hostile12 a1-02: the paragraph opens with the work, then says when and who.
        var plan = Import(
            "一、工作任务",
            "（一）水库安全",
            "全面排查病险水库隐患。汛期到来前，县水利局要完成除险加固。",
            "（二）方案编制",
            "细化防汛预案。6月底前，各乡镇要完成预案修订。",
            "（三）物资储备",
            "加强物资储备。请县发改委督促各乡镇落实。各乡镇要做好物资补充。");
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "各乡镇" }, plan.Leads("（二）"));

        // An earlier sentence that gives the work to someone (请X…) says who does it; the later subject is not the lead.
        Assert.DoesNotContain("各乡镇", plan.Leads("（三）"));
    }

    [Fact]
    public void A_stage_label_and_its_colon_open_the_sentence_that_names_who_must()
    {
        // hostile12 a4: 1、动员部署：3月底前，各乡镇要… — the colon after a short label stands where a full stop would.
        var plan = Import(
            "一、工作步骤",
            "1、动员部署：3月底前，各乡镇要完成动员。",
            "2、总结验收：12月底前，县农业农村局要组织验收。",
            "3、工作要求：企业要落实主体责任。",
            "4、群众说：市城管局要管管占道经营。");
        Assert.Equal(new[] { "各乡镇" }, plan.Leads("1、"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("2、"));
        Assert.Empty(plan.Leads("3、"));

        // hostile8 m05: what someone said is no label over the work.
        Assert.Empty(plan.Leads("4、"));
    }

    // A body and what it does, with no 负责/牵头 and no 要: a reader may take it for the doer (hostile72 h72-11 did), but it
    // may be the thing worked on (县档案馆完成新馆建设), a body that approves, or a past event; a review of such a rule found
    // each of these (review-72), so the importer does not read it.
    [Theory]
    [InlineData("1.去年，市住房和城乡建设局完成了燃气管道改造，今年继续推进。")]
    [InlineData("1.各区政府完成辖区排查。")]
    [InlineData("1.4月底前，完成燃气管道更新改造，报市住房和城乡建设局备案。")]
    [InlineData("1.市住房和城乡建设局、市城管局完成燃气管道改造。")]
    [InlineData("1.县档案馆完成新馆建设。")]
    [InlineData("1.县政府研究同意后，县财政局拨付专项资金。")]
    [InlineData("1.4月底前，市住房和城乡建设局完成城镇燃气管道更新改造。")]
    public void A_body_opening_a_task_with_what_it_does_and_no_role_word_gives_no_lead(string task)
        => Assert.Empty(Import("一、任务", task, "2.开展安全检查。（市应急管理局负责）").Leads("1."));
}
