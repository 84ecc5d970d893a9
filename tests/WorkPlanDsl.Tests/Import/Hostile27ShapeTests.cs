using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes an outside run of invented real-shaped plans found misread: Taiwan's 權責機關 with its （主）/（協） marks, a
/// body a task's sentence speaks of taken as lead beside a clause that names those answering by division.
/// </summary>
public class Hostile27ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void The_agencies_answering_are_read_with_their_marks_of_charge_and_assistance()
    {
        var plan = Import(
            "一、推廣再生能源",
            "（一）推動公有建築屋頂設置太陽光電系統。",
            "　　權責機關：經濟發展局（主）、建設局（協）、教育局（協）",
            "（二）辦理民間屋頂太陽光電補助。",
            "　　權責機關：經濟發展局",
            "（三）推動社區低碳改造。",
            "　　主辦機關：環境保護局（主）、都市發展局（協）");
        Assert.Equal(new[] { "經濟發展局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "建設局", "教育局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "經濟發展局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "環境保護局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "都市發展局" }, plan.Supports("（三）"));
    }

    [Fact]
    public void A_body_a_sentence_speaks_of_does_not_lead_beside_those_answering_by_division()
    {
        // The clause names who answers, each in its own remit, a group first: no lead; the 市文明办 of the sentence
        // is not among them.
        var plan = Import(
            "一、任务",
            "1.推进诚信建设。市文明办要组织开展诚信宣传活动。（各县（区）人民政府、市发展改革委按职责分工负责）",
            "2.加强宣传引导。市文明办要组织开展诚信宣传活动。（市委宣传部配合）");
        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { "各县（区）人民政府", "市发展改革委" }, plan.Supports("1."));

        // Beside supports alone, the sentence's body is still the one the task is given to.
        Assert.Equal(new[] { "市文明办" }, plan.Leads("2."));
    }
}
