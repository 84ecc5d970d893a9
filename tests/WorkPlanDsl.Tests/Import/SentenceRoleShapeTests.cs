using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Roles written inside a task's sentences in a plan that also has clauses (hostile91 06 and review of it): an inspection
/// that is the task's own work, a list of bodies given the work together, a phrase on how they share it, and words
/// that only say where the document goes. Invented lines; the rule, not a set's wording.
/// </summary>
public class SentenceRoleShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    // A clause elsewhere: the plan is not one that names its units in prose alone.
    private const string ClauseTask = "（九）加强标准实施监督。（标准化科负责）";

    [Theory]
    [InlineData("计量科负责对生产企业的计量器具开展专项检查，确保量值准确可靠。", "计量科")]
    [InlineData("县应急局负责对企业开展执法检查。", "县应急局")]
    [InlineData("各县（市、区）市场监督管理局负责对辖区销售门店开展全覆盖检查，重点查处违法行为。", "各县（市、区）市场监督管理局")]
    public void An_inspection_given_to_one_body_alone_is_its_work(string sentence, string lead)
    {
        var plan = Import("一、重点任务", "（一）开展专项检查。" + sentence, ClauseTask);

        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("县卫健局负责对各乡镇进行监督检查，县爱卫办负责组织实施。", "县爱卫办")]
    [InlineData("（县卫健局负责对各乡镇进行监督检查，县爱卫办负责）", "县爱卫办")]
    public void An_inspection_beside_the_body_given_the_work_stays_a_side_duty(string sentence, string lead)
    {
        var plan = Import("一、重点任务", "（一）推进病媒生物防制。" + sentence, ClauseTask);

        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("区教育局负责校园食堂改造。区市场监管局负责对校园食堂开展监督检查。", "区教育局")]
    [InlineData("区卫健委牵头开展医疗机构专项整治。区纪委监委负责对整治工作开展监督。", "区卫健委")]
    public void An_inspection_in_another_sentence_than_the_work_leaves_the_work_s_body_the_lead(string sentences, string lead)
    {
        // review-92 a12: the inspection's body became a second lead, and the task was left with none.
        var plan = Import("一、重点任务", "（一）推进整治。" + sentences, ClauseTask);

        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("各学校要严格落实食材采购索证索票制度。区纪委监委负责对食材采购开展监督检查。")]
    [InlineData("各级河长要每月巡河一次。区人大常委会负责对巡河情况开展监督检查。")]
    [InlineData("区人大常委会负责对河长制落实情况开展监督检查。")]
    [InlineData("区委、区政府督查室负责对噪声整治开展督查。")]
    public void A_supervisor_or_an_inspection_beside_a_subject_that_must_act_leads_nothing(string sentences)
    {
        var plan = Import("一、重点任务", "（一）加强监管。" + sentences, ClauseTask);

        Assert.Empty(plan.Leads("（一）"));
    }

    [Fact]
    public void A_guidance_given_alone_leads_nothing()
    {
        var plan = Import("一、重点任务", "（一）加强卫生保健工作。幼儿园要严格落实卫生保健制度。卫生健康部门负责对幼儿园卫生保健工作进行业务指导。", ClauseTask);

        Assert.Empty(plan.Leads("（一）"));
    }

    [Fact]
    public void A_list_given_the_work_in_a_sentence_is_read_as_a_list_in_a_clause()
    {
        // Both bodies are named before one 负责: the first leads by the national convention, as in （A、B负责）.
        var plan = Import(
            "一、重点任务",
            "（一）强化联合执法。市公安局、市消防救援支队负责道路通行管理和违规停放充电整治，市市场监督管理局配合做好产品质量溯源。",
            ClauseTask);

        Assert.Equal(new[] { "市公安局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市消防救援支队", "市市场监督管理局" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("按照职责分工，分别负责")]
    [InlineData("按职责分工，负责")]
    [InlineData("根据各自职责，负责")]
    public void How_the_bodies_share_the_work_stands_between_them_and_their_verb(string shared)
    {
        var plan = Import(
            "一、重点任务",
            "（一）强化联合执法。市公安局、市消防救援支队" + shared + "道路通行管理和违规停放充电整治，市市场监督管理局配合做好产品质量溯源。",
            ClauseTask);

        Assert.Equal("市公安局", plan.Leads("（一）").First());
        Assert.Contains("市市场监督管理局", plan.Supports("（一）"));
    }

    [Fact]
    public void Two_bodies_each_given_a_part_after_a_list_mark_lead_nothing_alone()
    {
        // 市邮政管理局负责…、市商务局负责…: the first body is not the task's only lead.
        var plan = Import(
            "一、重点任务",
            "（一）规范快递外卖行业用车。市邮政管理局负责督促快递企业、市商务局负责督促外卖平台规范车辆采购和电池管理。",
            ClauseTask);

        Assert.NotEqual(new[] { "市邮政管理局" }, plan.Leads("（一）"));
    }

    [Fact]
    public void Partners_listed_after_together_are_no_other_body_given_a_part()
    {
        var plan = Import(
            "一、重点任务",
            "（一）开展公共数据授权运营。制定授权运营管理办法。市数据局会同市财政局、市市场监管局负责，授权运营主体为某数字集团。",
            ClauseTask);

        Assert.Equal(new[] { "市数据局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市财政局", "市市场监管局" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("（本计划发至全院各科室，请认真组织学习并抓好落实）")]
    [InlineData("（本方案印发至各乡镇人民政府）")]
    public void Where_the_document_is_sent_is_no_unit(string closing)
    {
        var plan = Import("一、重点任务", "1.推进平安医院建设。（保卫科负责）", "2.加强宣传。", closing);

        Assert.Empty(plan.Leads("2."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("本", System.StringComparison.Ordinal));
    }
}
