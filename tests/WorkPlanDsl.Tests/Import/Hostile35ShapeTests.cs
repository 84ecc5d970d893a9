using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes from the thirty-fifth and thirty-sixth outside rounds: a bare list whose lead carries its own mark, the
/// one-character marks of a narrow cell (（牵）, （配）), one body alone 按职责分工负责, and 抓好落实 — who carries the
/// work out, the lead only where nobody else leads it.
/// </summary>
public class Hostile35ShapeTests
{
    private static ImportedModel Task(string words) => ImportedModel.From(string.Join("\n", "某市2024年工作要点", "一、重点任务", "（一）" + words));

    [Theory]
    [InlineData("推进产教融合实训基地建设。完善配套政策。（市住房城乡建设局、市数据局（牵头）、市科技局）", "市数据局", "市住房城乡建设局|市科技局")]
    [InlineData("开展满意度第三方评估。健全工作机制。（市交投集团（牵头）、市农业农村局）", "市交投集团", "市农业农村局")]
    [InlineData("落实十八项核心制度。责任科室：护理部（配）、医务部（牵）、门诊部（配）", "医务部", "护理部|门诊部")]
    [InlineData("强化院感防控。（院感科（牵）、护理部（参））", "院感科", "护理部")]
    public void A_mark_on_one_name_of_a_list_makes_it_the_lead(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void A_list_with_a_note_on_one_name_but_no_mark_follows_the_convention()
    {
        var plan = Task("推进数据共享。（市科技局、市数据局（2024年新组建））");
        Assert.Equal(new[] { "市科技局" }, plan.Leads("（一）"));
    }

    [Theory]
    [InlineData("推进老年教育。（督导室按职责分工负责）", "督导室", "")]
    [InlineData("推进校舍安全排查。（县民政局按职责分工负责，县财政局配合）", "县民政局", "县财政局")]
    public void One_body_alone_in_its_own_remit_leads(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Length == 0 ? System.Array.Empty<string>() : supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void A_group_alone_in_its_own_remit_still_names_no_lead()
        => Assert.Empty(Task("加强危化品运输监管。（区安委会各成员单位按职责分工负责）").Leads("（一）"));

    [Theory]
    [InlineData("持续深化理论武装。举办专题读书班2期。机关工委宣传部抓好落实。", "机关工委宣传部", "")]
    [InlineData("常态化开展警示教育。组织旁听庭审。机关纪工委抓好落实，各部门机关纪委配合。", "机关纪工委", "各部门机关纪委")]
    [InlineData("推进改革。县发改局牵头，各乡镇抓好落实。", "县发改局", "各乡镇")]
    public void Who_sees_the_work_carried_out_leads_only_where_nobody_else_does(string words, string lead, string supports)
    {
        var plan = Task(words);
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Length == 0 ? System.Array.Empty<string>() : supports.Split('|'), plan.Supports("（一）"));
    }

    [Fact]
    public void Carrying_out_under_a_section_that_names_its_lead_supports()
    {
        var plan = ImportedModel.From(string.Join("\n", "某市2025年工作要点", "二、推进会展（市商务局牵头）", "1.推进会展。各县区抓好落实。", "2.办好展会。市会展中心抓好落实。"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各县区" }, plan.Supports("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市会展中心" }, plan.Supports("2."));
    }
}
