using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Responsibility a task's own sentences give (由X会同Y制定…, X要会同Y编制…, 具体细则由X另行制定), read where the document
/// names its units only in prose, and a task that opens with its accountable body and the work straight after the verb.
/// </summary>
public class ProseResponsibilityTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] ProseOnly =
    {
        "某县关于支持中小企业发展的若干意见",
        "一、加大政策支持",
        "（一）强化资金支持。每年安排专项资金1亿元，资金管理办法由县财政局会同县科技局制定。",
        "（二）规范执法检查。推行联合检查。县司法局要会同有关部门编制检查事项清单，年底前公布。",
        "（三）推进项目建设。由县发展改革局牵头建立项目库，县住建局、县交通局配合做好项目储备。",
        "（四）推动数字化转型。对企业给予补贴。具体实施细则由县工业信息化局另行制定。",
        "二、强化组织保障",
        "（五）建立工作台账。各乡镇人民政府要建立欠款清偿台账，按季度报送。",
        "（六）健全工作机制。联席会议办公室设在县发展改革局。",
        "（七）落实劳动报酬。县级以上地方人民政府负责建立欠薪预警机制。",
        "本意见由县发展改革局负责解释。",
    };

    [Fact]
    public void A_document_naming_units_only_in_prose_gives_the_work_to_the_bodies_its_sentences_name()
    {
        var plan = Import(ProseOnly);
        Assert.Equal(new[] { "县财政局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县科技局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县司法局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "有关部门" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县发展改革局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县住建局", "县交通局" }, plan.Supports("（三）"));
        Assert.Equal(new[] { "县工业信息化局" }, plan.Leads("（四）"));
        Assert.Contains("# review: lead 县财政局 read from the task's words (", plan.Result.Plan);
    }

    [Fact]
    public void Telling_a_body_what_to_do_where_it_sits_or_what_kind_of_government_does_it_names_no_lead()
    {
        // 设在 a seat; 县级以上地方人民政府 a kind of government; 本意见由…负责解释 the document. A body named as the one that
        // must do the work (各乡镇人民政府要建立…) is given it (SubjectWithModalTests).
        var plan = Import(ProseOnly);
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("（五）"));
        Assert.Empty(plan.Leads("（六）"));
        Assert.Empty(plan.Leads("（七）"));
    }

    [Fact]
    public void Sentences_name_no_lead_where_the_document_writes_responsibility_in_clauses()
    {
        // A plan that says who is accountable in brackets says it there: a body its sentences mention is only mentioned.
        var plan = Import(
            "一、主要任务",
            "（一）确定试点名单。试点由县商务局会同县财政局筛选确定。",
            "（二）开展试点评估。县商务局会同有关部门组织开展成效评估。",
            "（三）推广试点经验。（县商务局负责）");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void Two_sentences_naming_different_leads_name_none()
    {
        // Prose without a role word (统一安排, 统一建设): two bodies named, so nobody is sure. A closing 由X组织实施 is a
        // role clause, not prose, and is read as one (FifthHoldoutRoleShapeTests).
        var plan = Import(
            "一、主要任务",
            "（一）完善资金保障。资金由县财政局统一安排。项目由县住建局统一建设。",
            "（二）加强监督。由县审计局负责审计。",
            "（三）完善项目管理。项目由县住建局统一建设。");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "县审计局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_task_opening_with_its_accountable_body_and_the_work_after_the_verb_names_its_lead()
    {
        var plan = Import(
            "一、老旧小区改造",
            "1. 完成老旧小区改造120个（2025年底前完成；市住建局负责）。",
            "2. 各区政府（管委会）负责落实改造后小区长效管理，建立业主自治机制（持续推进）。",
            "3. 市城管局牵头推进背街小巷整治，各区政府配合。",
            "4. 各区政府要加强小区物业管理（持续推进）。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各区政府（管委会）" }, plan.Leads("2."));
        Assert.Equal(new[] { "市城管局" }, plan.Leads("3."));

        // 各区政府要…: a task that opens with the bodies that must do it names them as surely as 负责 does.
        Assert.Equal(new[] { "各区政府" }, plan.Leads("4."));
    }

    [Fact]
    public void A_sentence_ending_in_who_leads_after_the_works_own_words_gives_the_lead()
    {
        var plan = Import(
            "一、加强组织领导",
            "1.完善工作机制。各部门要高度重视，明确分工，县卫健局牵头，县财政局配合。",
            "2.健全督办制度。定期通报进展，县政府督查室负责。",
            "3.建立协调机制。建立县卫健局牵头、县财政局配合的工作机制。",
            "4.开展普查。去年，县卫健局牵头，完成了首轮普查。",
            "5.推进改革。明确分工，县卫健局牵头的项目按期完成。");
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县政府督查室" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void A_directive_names_its_addressee_alone_in_the_field_before_the_work()
    {
        var plan = Import(
            "结论",
            "一、请第六分局暨南区区公所,增设残障坡道,便利残障人士通行。",
            "二、请市府筹措财源,在不影响人行步道原则下推进美化工程。",
            "三、请业务单位尽速行文至各县市政府相关单位,以利安排人员参加。",
            "四、建请乡长能选在该公园内举行颁赠仪式并召开记者会,协会将进行拍摄。",
            "五、请相关局处,加强行销本市的芒果。");
        Assert.Equal(new[] { "第六分局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "市府" }, plan.Leads("二、"));
        Assert.DoesNotContain(plan.Leads("三、"), n => n.Contains("行文"));
        Assert.Empty(plan.Leads("四、"));
        Assert.Empty(plan.Leads("五、"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("记者会") || (u.FullName ?? u.Id).Contains("尽速"));
    }

    [Fact]
    public void A_meetings_decision_gives_the_body_after_by_its_work_and_what_was_done_since_does_not_change_it()
    {
        var plan = Import(
            "一、已落实事项",
            "1.关于冬季退役士兵安置问题,由县人社局、县民政局负责,抓紧做好安置工作。5月16日,县安置办下发安置通知,目前已全部安置。",
            "2.《关于推进创意产业发展的实施意见》,由县人社局负责,修改完善后按程序印发实施。已完成征求意见。",
            "3.由县编办、县发改局牵头,县考评办配合,抓紧制定考核办法。",
            "4.关于重点项目推进问题,项目办要盯住进度不放。去年由县发改局负责的项目已完成。");
        Assert.Equal(new[] { "县人社局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县民政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县人社局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县编办", "县发改局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县考评办" }, plan.Supports("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void Targets_given_to_bodies_on_a_line_of_their_own_under_a_heading_make_it_a_task()
    {
        var plan = Import(
            "一、今年经济社会发展的主要目标",
            "生产总值增长13%;地方财政收入增长15%。",
            "由市人民政府各相关部门,各县(市)、区人民政府负责落实。",
            "二、为民办好十件实事",
            "(一)继续实施对种粮农民直接补贴。由市财政局、农业局、农机局,各县(市)、区人民政府负责落实。");
        Assert.Equal(new[] { "一、", "(一)" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市人民政府各相关部门" }, plan.Leads("一、"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("(一)"));
        Assert.Contains("农业局", plan.Supports("(一)"));
    }

    [Fact]
    public void A_last_sentence_opening_with_by_gives_the_body_the_work_also_when_it_organises_it()
    {
        var plan = Import(
            "一、重点任务",
            "1.开展项目验收。由市工信局负责组织验收。",
            "2.开展技能培训。由市人社局负责组织开展培训。",
            "3.建设项目库。由市发改局牵头建立项目库，市住建局、市交通局配合做好项目储备。",
            "4.推进验收。去年由市工信局负责组织验收。",
            "5.完善保障。（牵头单位：市财政局）");
        Assert.Equal(new[] { "市工信局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市发改局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市住建局", "市交通局" }, plan.Supports("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_later_part_with_a_side_duty_or_a_past_deed_takes_the_lead_from_nobody()
    {
        // A hostile run against a rule that let a later part's 负责 name the lead: each of these gave a wrong one.
        var plan = Import(
            "关于做好全县经济工作会议筹备工作的通知",
            "一、任务分工",
            "（一）会场布置。由县委办统一组织，县机关事务中心负责会场布置。",
            "（二）巩固创卫成果。去年，区爱卫办负责完成了复审。",
            "（三）规范校外培训。县教育局指导各学校做好课后服务，县市场监管局负责收费监管。",
            "（四）河湖管护。各地要结合实际细化措施，市水务局要牵头做好日常工作。");
        Assert.Equal(new[] { "县委办" }, plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
    }

    [Fact]
    public void A_conjunction_or_a_condition_before_a_body_is_no_part_of_its_name()
    {
        var plan = Import(
            "某市工作安排",
            "一、任务",
            "（一）规划编制。虽然市住建局负责规划编制，但各区要抓好落实。",
            "（二）应急处置。如县应急管理局负责处置，县公安局要配合。",
            "（三）资金保障。由如东县财政局负责。");
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("虽然") || (u.FullName ?? u.Id).StartsWith("如县"));
        Assert.Equal(new[] { "如东县财政局" }, plan.Leads("（三）"));
    }

    [Theory]
    [InlineData("市公安局负责会务安全", "市公安局")]
    [InlineData("市公安局负责处置突发事件", "市公安局")]
    [InlineData("市政务服务中心负责办理审批事项", "市政务服务中心")]
    [InlineData("市应急局负责部署应急演练", "市应急局")]
    [InlineData("市住建局负责所辖区域房屋排查", "市住建局")]
    [InlineData("市财政局牵头部署，市审计局配合办理", "市财政局")]
    public void The_work_after_a_role_verb_is_never_part_of_a_name(string sentence, string lead)
    {
        var plan = Import("一、分工", "（一）甲项工作。" + sentence + "。", "（二）乙项工作。市教育局负责校园安全。");
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("负责") || (u.FullName ?? u.Id).Contains("牵头"));
    }

    [Theory]
    [InlineData("（牵头处：规划处；配合处：财务处）", "规划处", "财务处")]
    [InlineData("（负责单位：规划处）", "规划处", null)]
    [InlineData("（牵头处室：规划处，配合处室：财务处）", "规划处", "财务处")]
    public void A_role_verb_before_a_label_word_is_still_a_label(string clause, string lead, string? support)
    {
        var plan = Import("一、任务", "1.完成规划编制" + clause);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(support is null ? new string[0] : new[] { support }, plan.Supports("1."));
    }

    [Fact]
    public void Bodies_named_for_guidance_or_coordination_keep_their_names()
    {
        var plan = Import(
            "一、任务",
            "1.开展健康教育。（牵头单位：市健康教育指导中心；配合单位：市经济协作办）",
            "2.推进督查。（牵头单位：市委督查督办室）");
        Assert.Equal(new[] { "市健康教育指导中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "市经济协作办" }, plan.Supports("1."));
        Assert.Equal(new[] { "市委督查督办室" }, plan.Leads("2."));
    }
}
