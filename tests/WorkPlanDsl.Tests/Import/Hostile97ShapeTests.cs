using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile97 blind set (ordinary plans that say who does the work inside their sentences) found unread or wrong:
/// bodies given the work together, a body helping another, work under another's guidance, a list answering each in its
/// remit, a part over the others', guidance alone, a named body carrying out, a body given the work after the task's
/// first words. Each is read where a task's words open with it, in a plan of clauses as in one of sentences.
/// </summary>
public class Hostile97ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    // A plan whose first task names its lead in a clause: the others are read only where their words give the work plainly.
    private static ImportedModel WithClauses(params string[] tasks)
        => Import(new[] { "某区2025年工作要点", "一、重点任务", "（一）完善制度。修订管理办法。（区民政局负责）" }.Concat(tasks).ToArray());

    [Fact]
    public void Bodies_given_the_work_together_are_a_list_that_names_no_lead()
    {
        var plan = WithClauses("（二）整治私搭乱建。县城市管理局、各街道办事处联合开展住宅小区违法建设专项整治。");

        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("（二）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("first listed"));
    }

    [Fact]
    public void The_body_another_helps_leads_where_both_stand_at_one_level()
    {
        var plan = WithClauses(
            "（二）做好档案收集。县档案局要配合县委办公室做好全县重大会议档案的收集归档工作。",
            "（三）做好防汛调度。县水利局要配合市水利局做好檩河干流防汛调度工作。");

        Assert.Equal(new[] { "县委办公室" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县档案局" }, plan.Supports("（二）"));
        // A county plan's county body helping the city's: its own task, not the city body's to lead.
        Assert.DoesNotContain("市水利局", plan.Leads("（三）"));
    }

    [Theory]
    [InlineData("各街道办事处")]
    [InlineData("县园林绿化服务中心")]
    public void Under_another_bodys_guidance_the_body_the_sentence_then_names_does_the_work(string body)
    {
        var plan = WithClauses("（二）推进社区托管。在区民政局指导下，" + body + "开展寒暑假托管服务，年内实现全覆盖。");

        Assert.Equal(new[] { body }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_body_opening_the_task_with_its_named_partners_leads_but_not_a_policys_partners_nobody_in_particular()
    {
        var plan = WithClauses(
            "（二）开展专项检查。区消防救援大队会同区民政局、区市场监督管理局开展养老机构消防安全专项检查。",
            "（三）加强组织领导。生态环境部会同有关部门组建协调小组，统筹研究重大问题。",
            "（四）组织开展试点。试点城市政府是责任主体，要有序开展试点。区民政局会同区财政局对试点工作进行评估。");

        Assert.Equal(new[] { "区消防救援大队" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "区民政局", "区市场监督管理局" }, plan.Supports("（二）"));
        Assert.Empty(plan.Leads("（三）"));
        // Not the task's first words: a later sentence of its paragraph.
        Assert.Empty(plan.Leads("（四）"));
    }

    [Fact]
    public void Bodies_opening_the_task_each_in_its_remit_are_a_list_that_names_no_lead()
    {
        var plan = WithClauses("（二）做好民生档案工作。县民政局、县医疗保障局、县不动产登记中心按职责分工负责婚姻登记、医疗保障等民生档案的规范管理。");

        Assert.Equal(new[] { "县民政局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县医疗保障局", "县不动产登记中心" }, plan.Supports("（二）"));
    }

    [Fact]
    public void Of_two_parts_the_one_over_the_other_leads_and_guidance_alone_leads_nothing()
    {
        var plan = WithClauses(
            "（二）推进数据共享。打通基础库。市大数据中心负责平台运维，市数据局负责统筹调度。",
            "（三）做好统计年报。做好年报的审核和上报工作。县统计局负责统计业务指导。");

        Assert.Equal(new[] { "市数据局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市大数据中心" }, plan.Supports("（二）"));
        Assert.Empty(plan.Leads("（三）"));
    }

    [Fact]
    public void A_side_duty_is_the_whole_of_a_part_not_a_word_inside_other_work()
    {
        var plan = WithClauses(
            "（二）加强老龄工作统筹。区老龄办负责做好敬老月活动和老年人权益保障工作。",
            "（三）加强助餐监管。区市场监督管理局负责老年助餐服务点食品安全监督检查。",
            "（四）建设敬老院。县财政局负责资金保障。");

        Assert.Equal(new[] { "区老龄办" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "区市场监督管理局" }, plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
    }

    [Fact]
    public void A_named_body_carrying_the_work_out_leads_but_not_a_scopes_kind_of_body()
    {
        var plan = WithClauses(
            "（二）加强党风廉政建设。市人防办机关党委负责落实全面从严治党责任，开展廉政风险排查。",
            "（三）落实试点。试点城市政府负责落实各项试点任务。");

        Assert.Equal(new[] { "市人防办机关党委" }, plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
    }

    [Fact]
    public void In_a_plan_of_sentences_a_body_given_the_work_after_the_tasks_first_words_leads_but_not_for_a_side_duty()
    {
        var plan = Import(
            "某县2025年档案工作要点",
            "一、重点任务",
            "（一）深化档案编研。编纂出版大事记，编研专题史料，县档案馆负责编研，县地方志编纂中心配合提供资料。",
            "（二）建设敬老院。新建敬老院2所，县财政局负责资金保障。",
            "（三）确定试点。试点城市由省级有关部门推荐，县档案局会同县委党校筛选确定。");

        Assert.Equal(new[] { "县档案馆" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县地方志编纂中心" }, plan.Supports("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        // The field before gave the work to someone (由…推荐): the body after it is not the task's subject.
        Assert.Empty(plan.Leads("（三）"));
    }

    [Fact]
    public void A_tasks_own_plain_sentence_outweighs_the_lead_of_the_heading_over_it()
    {
        var plan = Import(
            "某区2025年养老服务工作要点",
            "一、完善养老服务体系",
            "（一）提升机构养老服务质量（牵头单位：养老服务股）",
            "5.开展养老机构等级评定。组织等级评定，新增三级以上养老机构2家。",
            "6.加强养老机构安全管理。区消防救援大队会同区民政局、区市场监督管理局开展养老机构消防安全专项检查。",
            "7.推进养老机构标准化。区消防救援大队、区民政局要加大检查力度。",
            "（二）发展居家养老服务（区民政局负责）",
            "8.建设家庭养老床位。建设家庭养老床位300张。（养老服务股负责，区卫生健康局配合）");

        Assert.Equal(new[] { "养老服务股" }, plan.Leads("5."));
        Assert.Equal(new[] { "区消防救援大队" }, plan.Leads("6."));
        Assert.Equal(new[] { "区民政局", "区市场监督管理局" }, plan.Supports("6."));
        // Bodies told what to do, no role given: the heading's lead stands.
        Assert.Equal(new[] { "养老服务股" }, plan.Leads("7."));
        Assert.Equal(new[] { "养老服务股" }, plan.Leads("8."));
    }

    [Fact]
    public void The_documents_list_of_the_bodies_it_concerns_is_no_parts_responsibility()
    {
        var plan = Import(
            "某市2025年就业工作要点",
            "一、重点任务",
            "1.落实稳岗政策。全面落实稳岗返还政策。（市人力资源社会保障局负责）",
            "2.开发公益性岗位。统筹开发乡村公益性岗位。",
            "二、保障措施",
            "一是加强组织领导。定期研究解决就业工作重大问题。",
            "本要点涉及单位：市工业和信息化局，市财政局，市税务局。");

        Assert.Empty(plan.Leads("2."));
        Assert.DoesNotContain(plan.Tasks, t => plan.Names(t.InEffect.Leads).Contains("市工业和信息化局"));
    }
}
