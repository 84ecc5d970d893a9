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
}
