using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task whose paragraphs each close with their own lead (一、重点任务 over unnumbered paragraphs, each with its bracket):
/// every lead is read as the task's, which the document may not mean, so the import says so where the second one comes.
/// </summary>
public class LeadsFromSeveralParagraphsTests
{
    [Fact]
    public void A_second_paragraph_naming_another_lead_is_a_review_note()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "云栖区2025年工作要点",
            "一、重点任务",
            "加快城中村改造。坚持问题导向，年内完成改造项目40个。（牵头单位：区住房和建设局；配合单位：区财政局）",
            "推进城市更新行动。坚持问题导向，年内完成改造项目20个。（牵头单位：区自然资源局）",
            "二、民生保障",
            "加强物业管理。对标创建标准开展常态化督查。（牵头单位：区住房和建设局）"));
        var note = Assert.Single(plan.Result.Notes, n => n.Message.Contains("a later paragraph names another lead"));
        Assert.Equal(4, note.Line);
        Assert.Contains("区自然资源局", note.Message);
        Assert.Contains("# review: a later paragraph names another lead", plan.Result.Plan);
        Assert.DoesNotContain(plan.Result.Notes, n => n.Line == 6 && n.Message.Contains("another lead"));
    }

    [Fact]
    public void Fields_under_a_task_that_name_one_lead_and_its_supports_are_no_review()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县2025年工作要点",
            "一、重点任务",
            "1.加快城中村改造。坚持问题导向，年内完成改造项目40个。",
            "牵头单位：区住房和建设局",
            "责任单位：区财政局、区自然资源局",
            "2.推进城市更新行动。（牵头单位：区自然资源局）"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("another lead"));
        Assert.Equal(new[] { "区住房和建设局" }, plan.Leads("1."));
    }

    [Fact]
    public void The_clause_closing_a_later_paragraph_of_items_is_the_tasks()
    {
        // real71 x12: 1.优化城乡结构布局 over a paragraph 2019年任务：一是…；二是…；三是…。（牵头单位：…） gave the lead to the
        // third item alone, and the task had none.
        var plan = ImportedModel.From(string.Join("\n",
            "某市2019年乡村振兴工作要点",
            "一、重点任务",
            "1.优化城乡结构布局",
            "坚持城乡统一规划。2019年任务:一是完成村庄分类工作;二是对村庄规划进行评估;三是完成新编制村庄规划144个。(牵头单位:市资源规划局、市发改委)",
            "2.推进农村人居环境整治",
            "（1）开展村庄清洁行动。（市农业农村局负责）",
            "（2）推进农村厕所革命。（市卫健委负责）"));
        Assert.Equal(new[] { "市资源规划局", "市发改委" }, plan.Leads("1."));
        Assert.All(plan.Task("1.").Items, item => Assert.True(item.InEffect.Leads.IsEmpty || item.InEffect.Leads.SequenceEqual(plan.Task("1.").InEffect.Leads)));

        // Measures on lines of their own, each with its lead, are tasks, the first with its own lead as the second.
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("（1）"));
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("（2）"));
    }

    [Fact]
    public void A_clause_inside_the_last_items_sentence_is_that_items()
    {
        // review-74 A8: 三是…，由X负责。 is the third item's, not the task's.
        var plan = ImportedModel.From(string.Join("\n", "某市2019年乡村振兴工作要点", "一、重点任务", "1.优化城乡结构布局",
            "坚持城乡统一规划。2019年任务：一是完成村庄分类工作；二是对村庄规划进行评估；三是完成新编制村庄规划144个，由市农业农村局负责。",
            "2.推进农村人居环境整治", "开展村庄清洁行动。（市农业农村局负责）"));
        Assert.Empty(plan.Task("1.").InEffect.Leads);
    }

    [Fact]
    public void A_labelled_bracket_closing_a_paragraph_of_items_before_its_stop_is_the_tasks()
    {
        // review-75 B6: …三是完成垃圾分类试点村50个（牵头单位：A、B）。 went to the third item, as …50个，由X负责。 rightly does;
        // a labelled bracket closing the paragraph is the paragraph's whichever side of the stop it is printed.
        var plan = ImportedModel.From(string.Join("\n", "某市2019年乡村振兴工作要点", "一、重点任务", "1.推进农村人居环境整治",
            "开展村庄清洁行动。2019年任务：一是完成农村改厕1万户；二是建设污水处理设施20处；三是完成垃圾分类试点村50个（牵头单位：市农业农村局、市生态环境局）。",
            "2.深化农村改革", "推进农村集体产权制度改革。（市农业农村局负责）"));
        Assert.Equal(new[] { "市农业农村局", "市生态环境局" }, plan.Leads("1."));
        Assert.Empty(plan.Task("1.").Items.Last().Declared.Leads);
    }
}
