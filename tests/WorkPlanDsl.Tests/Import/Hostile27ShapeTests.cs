using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes an outside run of invented real-shaped plans found misread: Taiwan's 權責機關 with its （主）/（協） marks, a
/// body a task's sentence speaks of taken as lead beside a clause that names those answering by division, the fields
/// closing a sub-heading's group of tasks, and problems and supervision items numbered by name.
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

    [Fact]
    public void Fields_after_the_last_of_a_groups_tasks_are_each_tasks_where_the_document_writes_them_so()
    {
        var plan = Import(
            "三、主要工作",
            "（一）村庄规划编制",
            "1．完成15个中心村村庄规划修编。",
            "2．编制美丽乡村精品示范带规划。",
            "3．加强农村建房管理。",
            "牵头单位：县规划局　　责任单位：县国土资源局、县住建局",
            "（二）农村道路建设",
            "1．改造提升农村公路80公里。",
            "2．实施农村公路安保工程50公里。",
            "责任单位：县交通运输局");
        Assert.All(plan.Tasks.Take(3), t => Assert.Equal(new[] { "县规划局" }, plan.Names(t.InEffect.Leads)));
        Assert.All(plan.Tasks.Take(3), t => Assert.Equal(new[] { "县国土资源局", "县住建局" }, plan.Names(t.InEffect.Supports)));
        Assert.All(plan.Tasks.Skip(3), t => Assert.Equal(new[] { "县交通运输局" }, plan.Names(t.InEffect.Leads)));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("after the last of its part's tasks"));
    }

    [Fact]
    public void Where_the_document_gives_tasks_their_own_fields_the_last_ones_are_the_last_tasks()
    {
        var plan = Import(
            "三、主要工作",
            "（一）村庄规划编制",
            "1．完成15个中心村村庄规划修编。",
            "牵头单位：县自然资源局",
            "2．编制美丽乡村精品示范带规划。",
            "3．加强农村建房管理。",
            "牵头单位：县规划局",
            "（二）农村道路建设",
            "1．改造提升农村公路80公里。",
            "2．实施农村公路安保工程50公里。",
            "责任单位：县交通运输局");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "县自然资源局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Empty(tasks[1].InEffect.Leads);
        Assert.Equal(new[] { "县规划局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Empty(tasks[3].InEffect.Leads);
        Assert.Equal(new[] { "县交通运输局" }, plan.Names(tasks[4].InEffect.Leads));
    }

    [Fact]
    public void Problems_and_supervision_items_numbered_by_name_are_tasks()
    {
        var problems = Import(
            "问题1：核心制度落实不到位。",
            "责任部门：医务部",
            "整改时限：2020年10月底前",
            "问题2：临床药师配备不足。",
            "责任部门：药学部");
        Assert.Equal(new[] { "问题1", "问题2" }, problems.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "药学部" }, problems.Leads("问题2"));

        var items = Import(
            "督办事项一：加快推进金洲大道提质改造工程。",
            "承办单位：县住建局",
            "办结时限：2018年6月30日",
            "督办事项二：完成县城区农贸市场提质改造。",
            "承办单位：县商务局");
        Assert.Equal(new[] { "督办事项一", "督办事项二" }, items.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县商务局" }, items.Leads("督办事项二"));
    }

    [Fact]
    public void A_ministrys_department_named_for_guidance_is_a_body_and_guiding_a_justice_office_is_work()
    {
        var plan = Import(
            "一、任务",
            "（六）实施新型职业农民培育工程。（科教司牵头，农村合作经济指导司参与）",
            "（七）发展农民合作社。（农村合作经济指导司负责）",
            "（八）加强基层法治。（县司法局负责指导司法所开展工作）");
        Assert.Equal(new[] { "农村合作经济指导司" }, plan.Supports("（六）"));
        Assert.Equal(new[] { "农村合作经济指导司" }, plan.Leads("（七）"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("指导司法"));
    }

    [Fact]
    public void The_bodies_a_lead_works_together_with_at_the_end_of_a_clause_support()
    {
        var plan = Import(
            "一、任务",
            "（二）统筹规划编制。（市规划局牵头，会同市住房城乡建设局、市水务局）",
            "（三）统筹规划编制。（市规划局会同市住房城乡建设局、市水务局）",
            "（四）统筹规划编制。（会同市水务局）");
        Assert.Equal(new[] { "市规划局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市住房城乡建设局", "市水务局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "市住房城乡建设局", "市水务局" }, plan.Supports("（三）"));
        Assert.Empty(plan.Leads("（四）"));
    }

    [Fact]
    public void Circled_measures_inside_a_paragraph_each_naming_its_lead_are_items()
    {
        var plan = Import(
            "一、重点任务",
            "2.优化法治化营商环境。①开展涉企积案清理专项行动（民二庭负责）；②深化破产审判“府院联动”（破产审判庭负责）；③加强知识产权司法保护（知识产权审判庭负责）。",
            "3.提升审判质效。①结案率达到95%以上；②发改率控制在5%以内。（审判管理办公室负责）");
        var items = plan.Task("2.").Items;
        Assert.Equal(new[] { "①", "②", "③" }, items.Select(i => i.Label));
        Assert.Equal(new[] { "民二庭" }, plan.Names(items[0].InEffect.Leads));
        Assert.Equal(new[] { "破产审判庭" }, plan.Names(items[1].InEffect.Leads));
        Assert.Equal(new[] { "知识产权审判庭" }, plan.Names(items[2].InEffect.Leads));
        Assert.Empty(plan.Task("2.").InEffect.Supports);

        // Targets counted ①② with one clause for the whole task stay its words.
        Assert.Empty(plan.Task("3.").Items);
        Assert.Equal(new[] { "审判管理办公室" }, plan.Leads("3."));
    }
}
