using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The shapes the fifth holdout set's files (Evaluation/Holdout5, r01–r08) found the recogniser missing; invented text
/// and tables built here.
/// </summary>
public class FifthHoldoutShapeTests
{
    private static int _line;

    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static TableRow Row(params string[] cells) => new(++_line, cells.Select(c => c.StartsWith("^") ? new TableCell(c.Substring(1), isMergedCopy: true) : new TableCell(c)).ToArray());

    private static ImportResult ImportTable(string accountableHeader)
    {
        _line = 0;
        var table = new TableBlock(2, new[]
        {
            Row("序号", "重点任务", "具体措施", "责任领导", accountableHeader, "完成时限"),
            Row("1", "扩大有效投资", "实施重点项目30个。", "王某", "区发改局、区财政局、区自然资源分局", "2025年12月底"),
            Row("2", "^扩大有效投资", "争取专项债券项目10个。", "^王某", "区财政局\n区发改局", "2025年10月底"),
            Row("3", "办好民生实事", "新建学校2所。", "李某", "区教育局", "2025年9月底"),
        });
        return PlanImporter.Import(new PlanDocument("table.docx", new DocumentBlock[] { new ParagraphBlock(1, "某区2025年重点工作任务分工表"), table }), new ImportOptions("table.docx"));
    }

    [Theory]
    [InlineData("责任单位（牵头单位列首位）")]
    [InlineData("责任单位（牵头单位排在第一位）")]
    [InlineData("责任单位（排在第一位的为牵头单位）")]
    public void A_header_saying_the_first_listed_leads_gives_each_cells_first_unit_the_lead(string header)
    {
        // The header's note in brackets is the document stating the rule for that column: the first unit of each cell
        // leads, the others support, and no convention needs to be assumed (and said).
        var result = ImportTable(header);
        var plan = ImportedModel.From(result);
        Assert.Equal(new[] { "区发改局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区财政局", "区自然资源分局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区财政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区发改局" }, plan.Supports("2"));
        Assert.Equal(new[] { "区教育局" }, plan.Leads("3"));
        Assert.DoesNotContain(result.Notes, n => n.Message.Contains("national convention"));
        Assert.DoesNotContain("王某", plan.Model.Units.Select(u => u.Id));
    }

    [Fact]
    public void Taiwan_agency_labels_are_the_same_role_words_as_their_simplified_forms()
    {
        // 主辦機關 / 協辦機關 (主办机关 / 协办机关): lead and support, on their own lines, inline, in short form; 協辦機關：無
        // names nobody; 執行機關 alone is the one body that carries the work out.
        var traditional = Import(
            "一、工作項目",
            "（一）公共空間",
            "  1.改善人行道無障礙設施。",
            "　　主辦機關：工務處",
            "　　協辦機關：交通處、各鄉（鎮、市）公所",
            "  2.增設長者休憩座椅。（主辦機關：城鄉發展處；協辦機關：社會處）",
            "（二）交通運輸",
            "  1.汰換低地板公車。",
            "　　主辦機關：交通處",
            "　　協辦機關：無",
            "  2.開設長者數位課程。",
            "　　執行機關：各鄉（鎮、市）公所");
        var tasks = traditional.Tasks.ToArray();
        Assert.Equal(4, tasks.Length);
        Assert.Equal(new[] { "工務處" }, traditional.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "交通處", "各鄉（鎮、市）公所" }, traditional.Names(tasks[0].InEffect.Supports));
        Assert.Equal(new[] { "城鄉發展處" }, traditional.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "社會處" }, traditional.Names(tasks[1].InEffect.Supports));
        Assert.Equal(new[] { "交通處" }, traditional.Names(tasks[2].InEffect.Leads));
        Assert.Empty(tasks[2].InEffect.Supports);
        Assert.Equal(new[] { "各鄉（鎮、市）公所" }, traditional.Names(tasks[3].InEffect.Leads));
        Assert.DoesNotContain(traditional.Result.Notes, n => n.Severity == NoteSeverity.Warning);

        var simplified = Import("一、工作项目", "1.改善人行道无障碍设施。", "主办机关：工务处", "协办机关：交通处", "2.开设长者数字课程。", "执行机关：各乡镇公所");
        Assert.Equal(new[] { "工务处" }, simplified.Leads("1."));
        Assert.Equal(new[] { "交通处" }, simplified.Supports("1."));
        Assert.Equal(new[] { "各乡镇公所" }, simplified.Leads("2."));
    }

    [Fact]
    public void Bodies_that_carry_the_work_out_beside_a_lead_support_it_and_alone_lead()
    {
        var plan = Import(
            "一、重点任务",
            "（一）严控秸秆焚烧。落实网格化监管。（县农业农村局牵头，各乡镇人民政府具体实施）",
            "（二）整治农村河塘。完成整治30处。（县水利局具体实施）");
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（二）"));
    }
}
