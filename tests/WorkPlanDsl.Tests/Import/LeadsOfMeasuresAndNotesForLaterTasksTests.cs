using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Who answers for a task read from its measures (hostile67 d04: a 序号 merged over measure rows that each name their
/// units) and a bracket whose words after its stop speak of the tasks that follow (real68 x08). Invented documents.
/// </summary>
public class LeadsOfMeasuresAndNotesForLaterTasksTests
{
    [Fact]
    public void A_task_over_two_rows_whose_second_says_its_roles_without_a_label_keeps_them()
    {
        // review-75 B2: the second row was the task's only where it held a label (牵头单位：…); 市商务局牵头，… and （市体育局
        // 负责） under 序号 and 完成时限 merged over both rows were dropped, with no word said.
        var page = "<html><body><p>临安市提振消费专项行动任务清单</p><table><tr><th>序号</th><th>工作任务</th><th>完成时限</th></tr>"
            + "<tr><td rowspan=\"2\">1</td><td>开展“消费促进月”系列活动：全年组织主题促消费活动100场以上。</td><td rowspan=\"2\">2025年12月底</td></tr>"
            + "<tr><td>市商务局牵头，市财政局、市文化广电旅游局配合</td></tr>"
            + "<tr><td rowspan=\"2\">2</td><td>扩大体育消费：举办品牌赛事10项。</td><td rowspan=\"2\">2025年11月底</td></tr>"
            + "<tr><td>（市体育局负责）</td></tr></table></body></html>";
        var plan = ImportedModel.FromFile("tasks.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局", "市文化广电旅游局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_task_whose_measures_all_name_the_same_lead_is_led_by_it_and_one_whose_measures_differ_says_so()
    {
        var table = string.Join("\n",
            "序号,重点任务,具体措施,责任单位",
            "1,稳定粮食生产,落实播种面积,县农业农村局、各乡镇人民政府",
            ",,发放种粮补贴,县农业农村局、县财政局",
            "2,发展农村电商,建设站点,县商务局、县邮政分公司",
            ",,培训主播,县人社局、县商务局",
            "3,加强农田建设,建设高标准农田,县农业农村局、县水利局",
            "注：责任单位中排在第一位的为牵头单位。,,,");
        var plan = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(table));

        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1"));
        Assert.Equal(new[] { "各乡镇人民政府", "县财政局" }, plan.Supports("1"));
        Assert.Equal(2, plan.Task("1").Items.Count());

        // Measures led by different bodies: the task names none, and says why, above the task in the plan.
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "县商务局" }, plan.Names(plan.Task("2").Items.First().InEffect.Leads));
        Assert.Contains(plan.Result.Notes, n => n.Line == 4 && n.Message.Contains("each measure of the task names its own lead (县商务局、县人社局)"));
        Assert.Contains("# review: each measure of the task names its own lead", plan.Result.Plan);
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("3"));
    }

    [Fact]
    public void Words_after_a_brackets_stop_about_the_tasks_that_follow_are_not_a_second_list_of_this_task()
    {
        // real68 x08: the second sentence made every unit of the bracket a lead.
        var plan = ImportedModel.From(string.Join("\n",
            "一、强化措施",
            "(一)加强劳动合同管理。用人单位应当依法订立劳动合同。(责任单位:市人社局、市住建局、市交通运输局等部门,各县市区人民政府,市经开区管委会。以下均需各县市区人民政府,市经开区管委会负责落实,不再列出)",
            "(二)完善实名制管理制度。施工总承包单位应当依法进行用工实名登记。(责任单位:市住建局、市人社局)"));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("(一)"));
        Assert.Equal(new[] { "市住建局", "市交通运输局", "各县市区人民政府", "市经开区管委会" }, plan.Supports("(一)"));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("(二)"));
    }

    [Fact]
    public void Measures_led_by_one_body_do_not_lead_a_task_whose_own_words_name_its_lead()
    {
        // hostile68 W1: the measures' lead replaced the one the task's title names.
        var table = string.Join("\n",
            "序号,重点任务,具体措施,责任单位",
            "1,推进农村改厕（县农业农村局牵头）,完成农村户厕改造2000户,县卫健委牵头，县财政局配合",
            ",,开展改厕质量回头看,县卫健委牵头，县审计局配合");
        var plan = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(table));
        Assert.DoesNotContain("县卫健委", plan.Leads("1"));

        // hostile70 W4: so too a label in the task's cell, and one row whose unit cell names another lead: none leads,
        // every body named supports, and the task says why.
        var labelled = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(table.Replace("（县农业农村局牵头）", "（牵头单位：县农业农村局）")));
        Assert.Empty(labelled.Leads("1"));
        Assert.Contains(labelled.Result.Notes, n => n.Message.Contains("the task's words name 县农业农村局 as its lead, its measures 县卫健委"));

        var row = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,重点任务,责任单位", "1,推进农村改厕（县农业农村局牵头）,县卫健委牵头，县财政局配合", "2,推进垃圾分类,县城管局")));
        Assert.Empty(row.Leads("1"));
        Assert.Equal(new[] { "县财政局", "县农业农村局", "县卫健委" }, row.Supports("1"));
        Assert.Contains(row.Result.Notes, n => n.Message.Contains("its unit cells 县卫健委"));
        Assert.Equal(new[] { "县城管局" }, row.Leads("2"));
    }
}
