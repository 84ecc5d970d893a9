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
    public void A_glued_bracket_naming_the_bodies_dealt_with_or_another_name_is_not_a_list(string item)
    {
        var plan = Import(
            "市妇联2024年工作要点",
            "一、坚持思想引领",
            "　　一是实施儿童友好城市创建。加大支持力度（市妇女儿童活动中心牵头，各县区妇联配合）；二是推进家庭教育。开展专题宣讲（家庭和儿童工作部牵头，各县区妇联配合）；三是推进资金保障。" + item);
        var third = plan.Tasks.ElementAt(2);
        Assert.Empty(third.InEffect.Leads);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) is "市财政局" or "市妇女儿童发展中心");
    }
}
