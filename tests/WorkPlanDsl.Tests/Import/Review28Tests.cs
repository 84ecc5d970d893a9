using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Where a review of this round's rules (old build against new, on inputs of the reviewer's own) found the new reading
/// worse: each case keeps what was right before.
/// </summary>
public class Review28Tests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Fields_closing_a_group_do_not_replace_the_body_a_tasks_own_sentence_names()
    {
        var plan = Import(
            "（一）提升教育质量",
            "1．市教育局要加快推进课后服务全覆盖。",
            "2．加强校园安全管理。",
            "牵头单位：市公安局");
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1．"));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("2．"));
    }

    [Fact]
    public void A_group_alone_answering_by_division_leaves_the_lead_to_the_tasks_sentence()
    {
        var plan = Import("一、重点任务", "1．推进养老服务。市民政局要完善社区养老服务网络。（各区人民政府按职责分工负责）");
        Assert.Equal(new[] { "市民政局" }, plan.Leads("1．"));
    }

    [Fact]
    public void A_main_mark_inside_a_support_field_is_the_main_support()
    {
        var plan = Import("一、重点任务", "1．推进民间屋顶光伏补助。（牵头单位：市发改委；配合单位：市财政局（主）、市住建局）");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1．"));
        Assert.Equal(new[] { "市财政局", "市住建局" }, plan.Supports("1．"));
    }

    [Fact]
    public void A_csv_with_title_and_section_lines_between_its_rows_is_still_a_table()
    {
        var csv = "2024年重点工作任务分解表\n（2024年3月印发）\n序号,重点任务,牵头单位\n一、提升城市品质\n1,新建社区卫生服务中心5个,市卫生健康委\n二、改善民生\n2,改造老旧小区30个,市住房城乡建设局\n";
        var plan = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("1"));
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_one_column_csv_is_read_as_the_text_it_quotes()
    {
        var csv = "任务清单\n\"1.推进甲项工作,完善机制。（牵头单位：市教育局）\"\n\"2.推进乙项工作。（牵头单位：市民政局）\"\n";
        var plan = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_hidden_sheet_does_not_count_against_the_character_limit()
    {
        var word = new string('甲', 1000);
        var rows = Enumerable.Range(1, 2100).Select(r => SheetFiles.Row((uint)r, SheetFiles.Inline("A" + r, word))).ToArray();
        var bytes = SheetFiles.Create(
            new string[0], new DocumentFormat.OpenXml.Spreadsheet.NumberingFormat[0], new uint[0],
            new SheetFiles.SheetSpec("任务", new[]
            {
                SheetFiles.Row(1, SheetFiles.Inline("A1", "序号"), SheetFiles.Inline("B1", "重点任务"), SheetFiles.Inline("C1", "牵头单位")),
                SheetFiles.Row(2, SheetFiles.Inline("A2", "1"), SheetFiles.Inline("B2", "新建社区卫生服务中心5个"), SheetFiles.Inline("C2", "市卫生健康委")),
            }, new string[0]),
            new SheetFiles.SheetSpec("数据", rows, new string[0], Hidden: true));
        var plan = ImportedModel.FromFile("tasks.xlsx", bytes);
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("1"));
    }
}
