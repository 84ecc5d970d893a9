using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What review-96 (118 hostile inputs against the hostile96/97 readings) found wrong, mended: a note's items that go on
/// into the tasks after it, a name cut where it holds a word of work (县委组织部), 统筹 over a resource, guidance that is one
/// item of a body's own work, a side duty after 负责落实, everyone under another's guidance, and cells of names a paragraph
/// each in a table printed a cell a paragraph.
/// </summary>
public class Review96ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static ImportedModel WithClauses(params string[] tasks)
        => Import(new[] { "某县2024年工作要点", "一、重点任务", "1.完善工作机制。建立联席会议制度。（县政府办公室负责）" }.Concat(tasks).ToArray());

    [Fact]
    public void Tasks_numbered_on_after_a_notes_items_stay_tasks()
    {
        var plan = Import(
            "某县2024年生态环境工作要点",
            "一、重点任务",
            "1.开展河道整治。整治河道3条。（县水务局负责）",
            "2.推进污水处理。新建污水处理设施2处。（县住建局负责）",
            "注：",
            "1.数据以省下达目标为准。",
            "2.数据由县生态环境局每月通报。",
            "3.加强水源地保护。划定保护区5处。（县生态环境局负责）",
            "4.推进土壤修复。完成修复地块2块。（县自然资源局负责）");

        Assert.Equal(new[] { "1.", "2.", "3.", "4." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县生态环境局" }, plan.Leads("3."));
    }

    [Fact]
    public void The_bodies_a_helper_helps_are_read_whole_and_must_be_named()
    {
        var plan = WithClauses(
            "2.推进工作。县财政局要配合县委组织部、县人社局做好工资调整。",
            "3.推进工作。各乡镇要配合县直部门做好项目落地。");

        Assert.Equal(new[] { "县委组织部", "县人社局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void Marshalling_a_resource_is_no_part_over_the_others_and_guidance_beside_other_work_is_the_bodys_work()
    {
        var plan = WithClauses(
            "2.推进建设。县住建局负责项目建设，县财政局负责统筹协调资金。",
            "3.推进教育。县教育局负责组织实施和业务指导。",
            "4.推进防疫。县卫健委负责统筹指导，县人民医院负责具体实施。");

        Assert.DoesNotContain("县财政局", plan.Leads("2."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("3."));
        Assert.DoesNotContain("县人民医院", plan.Leads("4."));
    }

    [Fact]
    public void A_resource_after_fuze_luoshi_is_a_side_duty_and_everyone_under_guidance_is_nobody()
    {
        var plan = Import(
            "某县2024年城建工作要点",
            "一、重点任务",
            "1.推进改造。推进老旧小区改造，县财政局负责落实资金。",
            "2.推进工作。在县纪委监委监督指导下，各单位开展廉政风险排查。",
            "3.编研史料。编研地方史料，县档案馆负责编研，县史志办配合提供资料。");

        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县档案馆" }, plan.Leads("3."));
    }

    [Fact]
    public void Names_a_paragraph_each_fill_the_first_unit_column_and_the_last_where_no_row_leaves_a_cell_empty()
    {
        var text = string.Join("\n\n", new[]
        {
            "某县2024年城建工作要点", "附件", "重点任务分工表",
            "序\n号", "重点任务", "牵头单位", "配合单位", "完成时\n限",
            "1", "推行企业开办“一网通办”", "县市场监管局", "县数据局、县\n税务局", "2024年6月底",
            "2", "实施县人民医院改扩建工程", "县卫健委", "县人民医院", "2024年12月底",
            "3", "推进县第一中学新校区建设", "县教育局", "县住建局", "县第一中学", "2024年8月",
            "4", "推进粮食仓储设施建设", "县发改局", "（县粮食和物资储备局）", "县财政局", "2024年10月",
        }) + "\n";

        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "县教育局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县住建局", "县第一中学" }, plan.Supports("3"));
        Assert.Equal(new[] { "县数据局", "县税务局" }, plan.Supports("1"));
        // A name's bracket printed as a paragraph of its own is that name's.
        Assert.Single(plan.Leads("4"));
        Assert.StartsWith("县发改局", plan.Leads("4")[0]);
        Assert.Equal(new[] { "县财政局" }, plan.Supports("4"));
    }
}
