using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// 一是…；二是… items in one paragraph, each closed by its units in a bracket glued to its last words, as a league's or
/// a federation's 工作要点 prints them (…提升精细化管理水平（A、B）；三是…（各县区妇联）。). Where the document closes its
/// clauses with roles glued that way (…（A牵头，B配合）；), a bracket of names alone in that place is the item's list;
/// elsewhere a glued bracket of names stays the words' (the things built, the bodies dealt with, another name).
/// </summary>
public class GluedItemListTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private const string WithRoleBrackets =
        "　　一是实施儿童友好城市创建。统筹用好资金，加大支持力度（市妇女儿童活动中心牵头，各县区妇联配合）；"
        + "二是推进妇儿工委办公室规范运行。完善配套制度，提升精细化管理水平（市妇女儿童心理咨询中心、宣传部）；"
        + "三是推进两癌检查救助。研究制定年度工作方案，细化时间表（各县区妇联）。";

    [Fact]
    public void A_bracket_of_names_closing_an_item_is_its_list_where_the_document_closes_clauses_with_roles()
    {
        var plan = Import(
            "市妇联2024年工作要点",
            "一、坚持思想引领",
            WithRoleBrackets,
            "二、聚焦中心大局",
            "　　一是推进妇女发展规划监测。开展专项督查，确保落地见效（办公室牵头，各县区妇联具体落实）；二是推进执委履职。纳入年度考核（宣传部）。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(5, tasks.Count);
        Assert.Equal(new[] { "市妇女儿童心理咨询中心" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "宣传部" }, plan.Names(tasks[1].InEffect.Supports));
        // The group was named in the first item's roles: in another item's words, not in this one's.
        Assert.Equal(new[] { "各县区妇联" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "宣传部" }, plan.Names(tasks[4].InEffect.Leads));
    }

    [Fact]
    public void A_glued_bracket_of_names_is_the_words_where_the_document_gives_no_roles_that_way()
    {
        var plan = Import(
            "市文化工作要点",
            "一、完善设施",
            "　　一是加快场馆建设。完成主体工程，推进场馆提升改造（市图书馆、市文化馆）；二是办好群众文化活动。丰富节目供给（市艺术剧院）。");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));
    }

    [Theory]
    [InlineData("积极对接上级部门，争取政策资金支持（市财政局、市发展改革委）；")]
    [InlineData("及时协调解决推进中的困难问题（市财政局、市发展改革委）；")]
    [InlineData("工作专班设在市妇联（市妇女儿童发展中心）；")]
    [InlineData("建成一批服务综合体（市全民健身中心、市游泳馆）；")]
    [InlineData("引进培育龙头企业（市茶业集团、市文旅集团）；")]
    [InlineData("指导市城市管理综合行政执法局开展整治（市城管局）；")]
    public void A_glued_bracket_naming_the_bodies_dealt_with_or_another_name_is_not_a_list(string item)
    {
        var plan = Import(
            "市妇联2024年工作要点",
            "一、坚持思想引领",
            "　　一是实施儿童友好城市创建。加大支持力度（市妇女儿童活动中心牵头，各县区妇联配合）；二是推进家庭教育。开展专题宣讲（家庭和儿童工作部牵头，各县区妇联配合）；三是推进资金保障。" + item);
        var third = plan.Tasks.ElementAt(2);
        Assert.Empty(third.InEffect.Leads);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) is "市财政局" or "市妇女儿童发展中心" or "市全民健身中心" or "市茶业集团" or "市城管局");
    }

    [Fact]
    public void A_glued_list_closing_a_numbered_tasks_last_item_is_not_given_to_the_task()
    {
        // The bracket closing a task's paragraph is the task's; glued to the last item's words it may be that item's
        // alone, so it is not read rather than read for the whole task.
        var plan = Import(
            "某县2025年工作要点",
            "一、重点任务",
            "（一）推进教育工程。一是新建学校（县教育局牵头，县财政局配合）；二是改造校舍（县教育局牵头，县住建局配合）。",
            "（二）推进民生工程。一是改造医院（县卫健局、县发改局）；二是整治河道（县水利局、县农业农村局）。");
        Assert.Empty(plan.Leads("（二）"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) is "县水利局");
    }
}
