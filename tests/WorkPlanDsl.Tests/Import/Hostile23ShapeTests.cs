using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Wrong leads an outside run found: a 等 inside a unit's bracket cut the name, numbered tasks under a heading that reads
/// like a table label swallowed into one record, and measures merged under one 序号 that each print their own lead; and
/// the verbs 牵头组织, 牵头推进.
/// </summary>
public class Hostile23ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_deng_inside_a_units_bracket_is_the_brackets_word()
    {
        var plan = Import("某市2024年教育工作要点", "1. 推进高等教育国际化。", "牵头单位：市教育局（高等教育事务）", "2. 推进职业教育。（市人社局等部门负责）");
        Assert.Equal(new[] { "市教育局（高等教育事务）" }, plan.Leads("1."));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("2."));
    }

    [Fact]
    public void Numbered_tasks_naming_their_own_bodies_under_a_label_like_heading_stay_tasks()
    {
        var plan = Import("某局2024年工作要点", "重点任务", "1.兴建单位。（市房屋局牵头）", "2.设立加速小组。", "3.推进工作。", "牵头单位：市房屋署");
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市房屋局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市房屋署" }, plan.Leads("3."));
    }

    [Fact]
    public void Measures_under_one_merged_number_that_print_their_own_leads_keep_them_as_their_own()
    {
        const string Page = """
            <html><body><table border="1">
            <tr><td>序号</td><td>工作内容</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>
            <tr><td rowspan="2">二</td><td rowspan="2">深化专项整治</td><td>3.开展燃气安全专项整治</td><td>区城管局</td><td>区市场监管局</td></tr>
            <tr><td>4.开展高层建筑消防安全综合治理</td><td>区消防救援大队</td><td>区住建局</td></tr>
            <tr><td rowspan="2">三</td><td rowspan="2">强化保障</td><td>5.落实经费</td><td rowspan="2">区财政局</td><td>各街道</td></tr>
            <tr><td>6.加强督查</td><td>区政府督查室</td></tr>
            </table></body></html>
            """;
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(Page));
        var task = plan.Task("二");
        Assert.Empty(task.InEffect.Leads);
        Assert.Equal(new[] { "区城管局" }, plan.Names(task.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "区消防救援大队" }, plan.Names(task.Items[1].InEffect.Leads));
        Assert.Equal(new[] { "区住建局" }, plan.Names(task.Items[1].InEffect.Supports));

        // One lead merged over the measures: the task's, as before.
        Assert.Equal(new[] { "区财政局" }, plan.Leads("三"));
    }

    [Fact]
    public void Lead_verbs_with_how_they_lead_are_read()
    {
        var plan = Import(
            "某省2023年分工方案", "一、产业",
            "5．严打盗抢骗等多发性侵财犯罪，刑侦支队牵头组织。",
            "6．推进数字政府建设，省政务服务中心牵头推进。");
        Assert.Equal(new[] { "刑侦支队" }, plan.Leads("5．"));
        Assert.Equal(new[] { "省政务服务中心" }, plan.Leads("6．"));
    }
}
