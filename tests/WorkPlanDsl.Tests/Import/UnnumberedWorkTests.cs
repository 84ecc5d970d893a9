using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The work of a document that numbers none of it, as a news item reports a meeting or a list of projects: a meeting's
/// announced list (<c>要重点抓好以下八项工作：一是…二是…</c>), a sentence giving parts of the work to bodies one after another
/// (<c>由X牵头，A配合，在9月底前完成…；由Y牵头，…</c>), paragraphs that each close with <c>责任部门：X</c>.
/// </summary>
public class UnnumberedWorkTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_meetings_announced_list_of_work_is_its_tasks_and_the_achievements_before_it_are_not()
    {
        var plan = Import(
            "市档案局召开局务会议布置5月份工作重点",
            "局长在听取各处室负责人的汇报后指出，4月份各项工作进展顺利，两项重大活动组织得较为圆满：一是召开了全市档案工作会议。二是组织了摄影作品大赛颁奖仪式。",
            "关于5月份工作，局长强调要重点抓好以下三项工作：一是做好展览项目的办展工作。二是做好全市档案工作会议贯彻落实情况的检查工作。三是完成《古旧地图集》的定稿。");
        Assert.Equal(new[] { "一是", "二是", "三是" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("做好展览项目", plan.Tasks.First().Title);
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));
    }

    [Fact]
    public void A_sentence_giving_parts_of_the_work_to_bodies_one_after_another_is_a_task_for_each()
    {
        var plan = Import(
            "6月14日下午，某县召开闲置土地处置工作推进会。",
            "为完成处置目标任务，县长要求，由县发展和改革局牵头，县委党校、县自然资源局配合，在9月底前完成政务服务中心项目60.58亩供地工作；由县工业园区管委会牵头，县自然资源局配合，在12月底前完成工业园区74.0亩土地处置任务；由丹凤街道牵头，县自然资源局配合，在12月底前完成荣海新区50.06亩土地处置任务。其他涉及部门要积极配合。",
            "县直相关部门负责人参加会议。");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.All(plan.Tasks, t => Assert.Null(t.Label));
        Assert.Equal(new[] { "县发展和改革局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "县委党校", "县自然资源局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Supports));
        Assert.Equal(new[] { "县工业园区管委会" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "丹凤街道" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("found no sections or tasks"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("numbers no tasks"));
    }

    [Fact]
    public void Paragraphs_each_closing_with_who_answers_for_them_are_tasks()
    {
        var plan = Import(
            "无锡市政府为民办实事项目落实到部门",
            "为确保实事项目全面完成，市政府专门下达通知，将每个实事项目落实到相关部门。",
            "年内市区建立主要肉食品全过程监管体系；完成农贸市场标准化升级10家以上。责任部门：无锡工商局、市经贸委、市农林局。",
            "年内完成老新村综合整治和老住宅特修80万平方米。责任部门：市房管局。");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.StartsWith("年内市区建立主要肉食品", plan.Tasks.First().Title);
        Assert.Equal(new[] { "无锡工商局" }, plan.Names(plan.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "市房管局" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
    }

    [Theory]
    // One paragraph closing with a field: a report, not a list of work.
    [InlineData("年内完成老新村综合整治和老住宅特修80万平方米。责任部门：市房管局。", "全市上下要共同努力，确保完成任务。")]
    // Led parts with a part between them that gives the work to no one.
    [InlineData("由县发展和改革局牵头完成供地工作；加快推进园区建设；由丹凤街道牵头完成土地处置任务。", "县直相关部门负责人参加会议。")]
    // A commendation of work done, given part by part to the bodies that did it.
    [InlineData("2023年，由县发改委牵头，县财政局配合，圆满完成了项目谋划工作；由县住建局牵头，完成了老旧小区改造，受到市委市政府表彰。", "特此通报。")]
    // Achievements, not announced work.
    [InlineData("去年工作组织得较为圆满：一是召开了全市会议。二是组织了颁奖仪式。三是完成了地图集定稿。", "会议要求各处室抓好落实。")]
    public void Prose_that_lists_no_work_given_to_bodies_stays_the_preface(string first, string second)
    {
        var plan = Import("某县召开工作会议", first, second);
        Assert.Empty(plan.Tasks);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("found no sections or tasks"));
    }
}
