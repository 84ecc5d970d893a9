using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Text copied out of a table a cell a line, where an empty cell left a blank line: the blank line is the cell, not a
/// sign that the row's lead was merged down from the row above.
/// </summary>
public class BlankLineCellTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] Header = { "序号", "重点任务", "牵头单位", "配合单位", "完成时限" };

    private static string[] Row(params string[] cells) => cells;

    private static ImportedModel Table(params string[][] rows)
        => Import(new[] { "某市2024年重点任务分工", "" }.Concat(Header).Concat(rows.SelectMany(r => r)).ToArray());

    [Fact]
    public void A_blank_line_for_an_empty_support_cell_keeps_the_rows_own_lead()
    {
        var plan = Table(
            Row("1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前"),
            Row("2", "加强校园食品安全管理", "市教育局", "", "12月底前"),
            Row("3", "开展农村人居环境整治", "市农业农村局", "市生态环境局", "10月底前"));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal("12月底前", plan.Task("2").Declared.Due!.Text);
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("carried from the row above"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_blank_line_for_an_empty_lead_cell_gives_the_row_no_lead()
    {
        var plan = Table(
            Row("1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前"),
            Row("2", "加强校园食品安全管理", "", "市市场监管局", "12月底前"),
            Row("3", "开展农村人居环境整治", "市农业农村局", "市生态环境局", "10月底前"));
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "市市场监管局" }, plan.Supports("2"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("3"));
    }

    [Fact]
    public void The_last_row_reads_its_blank_lines_but_not_the_one_before_the_text_after_the_table()
    {
        var plan = Import(new[] { "某市2024年重点任务分工", "" }.Concat(Header).Concat(new[]
        {
            "1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前",
            "2", "开展农村人居环境整治", "市农业农村局", "市生态环境局", "10月底前",
            "3", "完善社会救助体系", "市民政局", "", "年底前",
            "",
            "三、保障措施",
            "各单位要加强组织领导。",
        }).ToArray());
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市民政局" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));
        Assert.Equal("年底前", plan.Task("3").Declared.Due!.Text);
    }

    [Fact]
    public void A_copy_with_a_blank_line_after_every_cell_shows_no_empty_cell()
    {
        var lines = new[] { "某市2024年重点任务分工" }.Concat(Header).Concat(new[]
        {
            "1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前",
            "2", "开展农村人居环境整治", "市农业农村局", "市生态环境局", "10月底前",
            "3", "完善社会救助体系", "市民政局", "市财政局", "年底前",
        });
        var plan = Import(lines.SelectMany(l => new[] { l, "" }).ToArray());
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市生态环境局" }, plan.Supports("2"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_blank_line_that_would_put_a_rows_words_in_the_wrong_columns_is_no_cell()
    {
        // The blank stands where the task's words should be: read as one, the task would land under 牵头单位.
        var plan = Table(
            Row("1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前"),
            Row("2", "", "加强校园食品安全管理", "市教育局", "12月底前"),
            Row("3", "开展农村人居环境整治", "市农业农村局", "市生态环境局", "10月底前"));
        Assert.DoesNotContain(plan.Leads("2"), name => name.Contains("食品安全"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("3"));
    }

    [Fact]
    public void The_heading_after_a_last_row_short_of_a_cell_stays_a_heading()
    {
        var plan = Import(new[] { "某市2024年重点任务分工", "" }.Concat(Header).Concat(new[]
        {
            "1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前",
            "2", "开展农村人居环境整治", "市农业农村局", "", "10月底前",
            "3", "完善社会救助体系", "市民政局", "市财政局",
            "",
            "三、保障措施",
            "各单位要加强组织领导。",
        }).ToArray());
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("3"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("3"));
        Assert.Contains(plan.Model.Sections, s => s.Title == "保障措施");
    }
}
