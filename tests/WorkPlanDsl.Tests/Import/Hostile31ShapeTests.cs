using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the thirty-first outside run found misread: an annex table that restates the body's tasks in words of its
/// own, and working groups whose members are given in a sentence of each group's own.
/// </summary>
public class Hostile31ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void An_annex_table_restating_each_task_in_its_own_words_gives_each_its_lead()
    {
        var plan = Import(
            "二、重点任务",
            "（一）夯实新型数字基础设施。加快5G基站、千兆光网建设。",
            "（二）培育壮大数字核心产业。聚焦集成电路设计、工业软件等领域。",
            "（三）加快制造业数字化转型。实施“智改数转”三年全覆盖行动。",
            "附件：重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位",
            "1\t数字基础设施建设\t区工业和信息化局\t区住房城乡建设局",
            "2\t数字产业培育\t区发展改革局\t区科技局",
            "3\t制造业“智改数转”\t区工业和信息化局\t区财政局");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "区工业和信息化局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "区发展改革局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("（三）"));
    }

    [Fact]
    public void A_table_of_other_work_numbered_as_the_tasks_restates_none_of_them()
    {
        var plan = Import(
            "二、重点任务",
            "（一）夯实新型数字基础设施。加快5G基站建设。",
            "（二）培育壮大数字核心产业。聚焦集成电路设计。",
            "附件：联络员名单",
            "序号\t工作内容\t牵头单位",
            "1\t信息报送\t区政府办公室",
            "2\t档案管理\t区档案馆");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
    }

    [Fact]
    public void Working_groups_each_given_its_members_in_a_sentence_are_the_tasks()
    {
        var plan = Import(
            "3 应急处置工作组及职责",
            "3.1 工作组设置",
            "突发公共卫生事件发生后，设立以下工作组。",
            "3.2 各工作组职责",
            "⑴ 综合协调组：由县政府办公室牵头，县卫生健康局、县应急管理局参与。负责传达决策部署。",
            "⑵ 医疗救治组：由县卫生健康局牵头，县人民医院参与。负责组织医疗救治力量。",
            "⑶ 疫情防控组：由县疾病预防控制中心牵头，各乡镇人民政府参与。负责流行病学调查。");
        Assert.Equal(new[] { "县政府办公室" }, plan.Leads("⑴"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("⑵"));
        Assert.Equal(new[] { "县疾病预防控制中心" }, plan.Leads("⑶"));
        Assert.DoesNotContain(plan.Tasks, t => t.Label == "3.2" && !t.InEffect.Leads.IsEmpty);
    }
}
