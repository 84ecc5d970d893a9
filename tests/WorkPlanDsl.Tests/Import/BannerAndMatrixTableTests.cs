using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables whose leads are not in a lead column: banner rows across the table that name the lead of the rows under
/// them (一、A牵头（3项）), and responsibility matrices (one column per unit, cells ● / ○ under a legend, or 牵头 / 配合).
/// </summary>
public class BannerAndMatrixTableTests
{
    private static ImportedModel Csv(string name, params string[] lines)
        => ImportedModel.FromFile(name, Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    private static ImportedModel Html(string name, string body)
        => ImportedModel.FromFile(name, Encoding.UTF8.GetBytes("<html><body><p>柳溪县2025年重点任务清单</p>" + body + "</body></html>"));

    private const string BannerHeader = "<table><tr><th>序号</th><th>重点任务</th><th>配合单位</th><th>完成时限</th></tr>";

    [Fact]
    public void A_banner_row_naming_the_lead_gives_it_to_the_rows_under_it()
    {
        var plan = Html("banner.html", BannerHeader
            + "<tr><td colspan=\"4\">一、县交通运输局牵头（2项）</td></tr>"
            + "<tr><td>1</td><td>改造农村公路危桥8座。</td><td>各乡镇人民政府</td><td>2025年10月</td></tr>"
            + "<tr><td>2</td><td>开通城乡公交新线路3条。</td><td></td><td>2025年12月</td></tr>"
            + "<tr><td colspan=\"4\">二、县水利局、县农业农村局共同牵头（1项）</td></tr>"
            + "<tr><td>3</td><td>建设高效节水灌溉工程。</td><td>县财政局</td><td>2025年11月</td></tr>"
            + "<tr><td colspan=\"4\">三、牵头单位待明确事项</td></tr>"
            + "<tr><td>4</td><td>谋划城区防洪排涝提升工程。</td><td>县住房城乡建设局</td><td>2025年12月</td></tr>"
            + "</table>");

        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports("1"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县水利局", "县农业农村局" }, plan.Leads("3"));
        Assert.Equal(new[] { "4" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Supports("4"));
    }

    [Fact]
    public void A_banner_over_rows_with_their_own_lead_column_or_naming_a_field_gives_no_lead()
    {
        // The rows' own 牵头单位 say who leads; a banner naming a field of work (城乡交通类) names nobody.
        var plan = Html("ownlead.html", "<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>"
            + "<tr><td colspan=\"4\">一、县交通运输局牵头</td></tr>"
            + "<tr><td>1</td><td>改造农村公路危桥8座。</td><td>县公路事业发展中心</td><td>各乡镇人民政府</td></tr>"
            + "<tr><td>2</td><td>开通城乡公交新线路3条。</td><td></td><td>县公交公司</td></tr>"
            + "</table>"
            + "<p>二、其他事项</p>" + BannerHeader
            + "<tr><td colspan=\"4\">（一）城乡交通类（1项）</td></tr>"
            + "<tr><td>3</td><td>建设城区公共停车场2处。</td><td>县城市管理局</td><td>2025年11月</td></tr>"
            + "</table>");

        Assert.Equal(new[] { "县公路事业发展中心" }, plan.Leads("1"));
        Assert.Contains("2", plan.TasksWithoutLead);
        Assert.Contains("3", plan.TasksWithoutLead);
    }

    [Fact]
    public void A_matrix_of_role_words_under_a_row_of_units_gives_each_marked_unit_its_role()
    {
        var plan = Csv("matrix.csv",
            "柳溪镇2025年综合治理重点任务责任矩阵,,,,,,",
            "序号,重点任务,责任部门,,,,完成时间",
            ",,综治办,司法所,派出所,各村（社区）,",
            "1,开展矛盾纠纷排查化解。每月排查一次。,牵头,配合,,配合,2025年12月",
            "2,推进雪亮工程建设。完成监控点位补建。,,,牵头,配合,2025年10月",
            "3,开展普法宣传进村入户。,配合,牵头,牵头,,2025年12月",
            "4,落实社区矫正对象管理。,,配合,配合,,2025年12月",
            "5,开展平安创建示范评选。,,,,,2025年12月");

        Assert.Equal(5, plan.Tasks.Count());
        Assert.Equal(new[] { "综治办" }, plan.Leads("1"));
        Assert.Equal(new[] { "司法所", "各村（社区）" }, plan.Supports("1"));
        Assert.Equal(new[] { "派出所" }, plan.Leads("2"));
        Assert.Equal(new[] { "司法所", "派出所" }, plan.Leads("3"));
        Assert.Equal(new[] { "综治办" }, plan.Supports("3"));
        Assert.Equal(new[] { "4", "5" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "司法所", "派出所" }, plan.Supports("4"));
    }

    [Fact]
    public void A_matrix_of_symbols_reads_them_by_its_legend_in_a_merged_sheet()
    {
        var units = new[] { "县发展改革局", "县财政局", "县商务局", "各乡镇人民政府" };
        var rows = new[]
        {
            SheetFiles.Row(1, SheetFiles.Inline("A1", "柳溪县2025年优化营商环境任务责任矩阵")),
            SheetFiles.Row(2, SheetFiles.Inline("A2", "注：●为牵头单位，○为配合单位。")),
            SheetFiles.Row(3, SheetFiles.Inline("A3", "序号"), SheetFiles.Inline("B3", "重点任务"), SheetFiles.Inline("C3", "责任单位"), SheetFiles.Inline("G3", "完成时限")),
            SheetFiles.Row(4, units.Select((u, i) => SheetFiles.Inline((char)('C' + i) + "4", u)).ToArray()),
            SheetFiles.Row(5, SheetFiles.Inline("A5", "1"), SheetFiles.Inline("B5", "建立重大项目并联审批机制。"), SheetFiles.Inline("C5", "●"), SheetFiles.Inline("D5", "○"), SheetFiles.Inline("G5", "2025年12月")),
            SheetFiles.Row(6, SheetFiles.Inline("A6", "2"), SheetFiles.Inline("B6", "开展促消费系列活动。"), SheetFiles.Inline("D6", "○"), SheetFiles.Inline("E6", "●"), SheetFiles.Inline("F6", "●"), SheetFiles.Inline("G6", "2025年9月")),
            SheetFiles.Row(7, SheetFiles.Inline("A7", "3"), SheetFiles.Inline("B7", "清理拖欠企业账款。"), SheetFiles.Inline("D7", "○"), SheetFiles.Inline("F7", "○"), SheetFiles.Inline("G7", "2025年6月")),
        };
        var bytes = SheetFiles.Create(new string[0], new DocumentFormat.OpenXml.Spreadsheet.NumberingFormat[0], new uint[0],
            new SheetFiles.SheetSpec("矩阵", rows, new[] { "A1:G1", "A2:G2", "C3:F3", "A3:A4", "B3:B4", "G3:G4" }));
        var plan = ImportedModel.FromFile("matrix.xlsx", bytes);

        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "县发展改革局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县商务局", "各乡镇人民政府" }, plan.Leads("2"));
        Assert.Equal(new[] { "3" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县财政局", "各乡镇人民政府" }, plan.Supports("3"));
    }

    [Fact]
    public void Symbols_without_a_legend_make_no_matrix_and_no_lead()
    {
        // ● / ○ with nothing saying which is which: no unit is read a lead from them.
        var plan = Csv("nolegend.csv",
            "序号,重点任务,责任单位,,,完成时间",
            ",,县教育局,县卫生健康局,县体育中心,",
            "1,开展中小学生体质健康监测。,●,○,,2025年12月",
            "2,建设校园足球特色学校。,●,,○,2025年10月");

        Assert.DoesNotContain(plan.Tasks, t => plan.Names(t.InEffect.Leads).Contains("县教育局"));
    }
}
