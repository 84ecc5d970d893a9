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

    [Fact]
    public void Measures_under_tasks_numbered_in_brackets_each_keep_their_own_lead()
    {
        var plan = Import(
            "三、重点任务",
            "（1）燃气经营企业专项整治。",
            "①全面清理规范燃气经营许可。（牵头单位：市城市管理局；配合单位：市市场监督管理局）",
            "②督促燃气经营企业落实安全生产主体责任。（牵头单位：市应急管理局；配合单位：市城市管理局）",
            "（2）燃气管道设施隐患整治。加快推进老旧燃气管道更新改造。（牵头单位：市住房和城乡建设局）");
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("①"));
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("②"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("（2）"));
        Assert.DoesNotContain(plan.Tasks, t => t.Label == "（1）" && !t.InEffect.Leads.IsEmpty);
    }

    [Fact]
    public void Tasks_lettered_a_b_with_a_closing_bracket_are_read()
    {
        var plan = Import(
            "A、推进农村厕所革命",
            "a) 新建农村户用卫生厕所3000户。（县农业农村局牵头，县卫生健康局配合）",
            "b) 开展农村问题厕所摸排整改。（各乡镇人民政府牵头，县农业农村局配合）",
            "B、整体提升村容村貌",
            "a) 深入开展村庄清洁行动。（各乡镇人民政府负责）",
            "b) 推进“四好农村路”建设。（县交通运输局牵头，县乡村振兴局配合）");
        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "推进农村厕所革命", "整体提升村容村貌" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "县交通运输局" }, plan.Names(plan.Tasks.ElementAt(3).InEffect.Leads));
    }

    [Fact]
    public void Working_groups_under_a_decimal_heading_take_their_own_sentences_lead()
    {
        var plan = Import(
            "3 应急处置工作组及职责",
            "3.1 工作组设置",
            "设立以下工作组。",
            "3.2 各工作组职责",
            "⑴ 综合协调组：由县政府办公室牵头，县卫生健康局参与。",
            "⑵ 医疗救治组：由县卫生健康局牵头，县人民医院参与。",
            "⑶ 善后处置组：由事发地乡镇人民政府牵头，县民政局参与。");
        // The groups are the work, as tasks of their own or as items of 3.2: each leads by its own sentence.
        var groups = plan.Tasks.Select(t => (t.Title, t.InEffect)).Concat(plan.Tasks.SelectMany(t => t.Items).Select(i => (i.Title, i.InEffect)))
            .Where(g => g.Title.EndsWith("组") || g.Title.Contains("组：")).ToList();
        Assert.Equal(3, groups.Count);
        Assert.Equal(new[] { "县政府办公室" }, plan.Names(groups[0].InEffect.Leads));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Names(groups[1].InEffect.Leads));
        Assert.Equal(new[] { "县民政局" }, plan.Names(groups[2].InEffect.Supports));
    }

    [Fact]
    public void What_a_meeting_decided_opens_the_sentence_that_gives_the_work()
    {
        var plan = Import(
            "一、关于城区道路交通拥堵整治问题。会议同意整治方案。请县城市管理局牵头，县交通运输局配合，于6月底前完成集中整治。",
            "二、关于群众反映强烈的供水水压不足问题。会议决定，交由县水利局办理，10个工作日内拿出整改措施。",
            "三、关于《政府投资项目管理办法》。会议原则通过《办法》，按程序提交审议后印发实施。",
            "四、关于老旧小区改造资金问题。会议议定，县住房城乡建设局会同县财政局负责，统筹中央补助资金和地方配套资金。",
            "五、关于城区排涝问题。会议议定，县水利局提出的排涝方案原则通过，按程序报批。");
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("二、"));
        Assert.Empty(plan.Leads("三、"));
        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Leads("四、"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("四、"));
        Assert.Empty(plan.Leads("五、"));
    }

    [Fact]
    public void Full_width_letters_number_as_their_ascii_forms_do()
    {
        var plan = Import(
            "Ａ、推进厕所革命",
            "ａ）新建卫生厕所3000户。（县农业农村局牵头）",
            "ｂ）开展问题厕所整改。（各乡镇人民政府牵头）",
            "Ｂ、提升村容村貌",
            "（ａ）开展村庄清洁行动。（各乡镇人民政府负责）",
            "（ｂ）推进农村路建设。（县交通运输局牵头）");
        Assert.Equal(new[] { "推进厕所革命", "提升村容村貌" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("（ｂ）"));
    }
}
