using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables printed to PDF and read back with <c>pdftotext -layout</c>, in the shapes hostile98 and hostile101 showed
/// (Evaluation/README.md): a 推进表 whose 序号 is merged down over several rows of measures, a blank line between them;
/// a table without borders whose narrow unit cells wrap over more lines than the task beside them, every cell centred
/// on its row; a 责任单位 cell holding 牵头单位：X and 配合单位：Y on lines that join without a separator.
/// </summary>
public class LayoutMergedAndCentredRowsTests
{
    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByCharacters(at, lines);

    private static readonly string[] Blank = { "", "", "", "", "", "" };

    [Fact]
    public void Rows_of_measures_under_a_merged_number_are_the_tasks_whose_number_is_centred_on_them()
    {
        // Row 4's 序号 stands in the middle of its three rows of measures (the one above it, its own, the one below);
        // before, the first row without a 序号 ended the table and tasks 4 was lost.
        int[] at = { 0, 6, 22, 42, 56, 68 };
        var text = "某县2025年安全生产重点任务推进表\n\n" + Lay(at,
            new[] { "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限" },
            Blank,
            new[] { "", "", "组织高危行业企业开展培训，", "", "县人社局", "2025年9月底前" },
            new[] { "", "", "考核合格率达到100%。", "", "", "" },
            new[] { "3", "提升企业安全素质", "", "县应急管理局", "", "" },
            new[] { "", "", "推动企业建立健全全员安全", "", "县总工会", "2025年12月底前" },
            new[] { "", "", "生产责任制。", "", "", "" },
            Blank,
            new[] { "", "", "推进危险化学品企业安全风险", "", "县工业和信息化局", "2025年10月底前" },
            new[] { "", "", "智能化管控平台建设。", "", "", "" },
            Blank,
            new[] { "4", "强化危化品监管", "开展危险化学品运输整治。", "县应急管理局", "县公安局", "2025年8月底前" },
            Blank,
            new[] { "", "", "加强加油站安全检查，依法", "", "县商务局", "2025年6月底前" },
            new[] { "", "", "取缔非法加油点。", "", "", "" },
            Blank,
            new[] { "5", "深化道路交通整治", "实施农村公路安全防护工程。", "县交通运输局", "县公安局", "2025年11月底前" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县人社局", "县总工会" }, plan.Supports("3"));
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县工业和信息化局", "县公安局", "县商务局" }, plan.Supports("4"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("5"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 4's 序号 stands for 3 rows", System.StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_top_aligned_table_the_rows_without_a_number_are_the_row_above_s()
    {
        // Near miss: the 序号 on each row's first line; the measure rows after it are its own, not the next row's.
        int[] at = { 0, 6, 22, 42, 56, 68 };
        var text = "某县2025年安全生产重点任务推进表\n\n" + Lay(at,
            new[] { "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限" },
            Blank,
            new[] { "1", "提升企业安全素质", "组织高危行业企业开展培训，", "县应急管理局", "县人社局", "2025年9月底前" },
            new[] { "", "", "考核合格率达到100%。", "", "", "" },
            new[] { "", "", "明确企业安全生产职责。", "", "", "" },
            Blank,
            new[] { "", "", "推动企业建立健全全员安全", "", "县总工会", "2025年12月底前" },
            new[] { "", "", "生产责任制。", "", "", "" },
            Blank,
            new[] { "2", "强化危化品监管", "开展危险化学品运输整治，", "县公安局", "县交通运输局", "2025年8月底前" },
            new[] { "", "", "严查非法改装。", "", "", "" },
            new[] { "", "", "加强重点时段巡查。", "", "", "" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县人社局", "县总工会" }, plan.Supports("1"));
        Assert.Equal(new[] { "县公安局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Supports("2"));
    }

    [Fact]
    public void Cells_centred_on_their_row_are_read_column_by_column_where_a_unit_cell_wraps_over_more_lines()
    {
        // No blank line between rows: 县水利局牵头，… wraps over six lines, centred on （二）, its task over two; no one
        // cut between （一） and （二） serves both columns, and the lead of （二） went to （一）'s units.
        int[] at = { 0, 6, 28, 40 };
        var text = "某县2025年水利重点任务清单\n\n" + Lay(at,
            new[] { "序号", "任务", "责任单位", "时间" },
            new[] { "", "", "", "" },
            new[] { "", "", "县林业局、", "" },
            new[] { "", "开展森林防火专项整治，完成", "", "" },
            new[] { "（一）", "隐患排查200处，建设防火", "县应急管理", "11月底前" },
            new[] { "", "隔离带30公里。", "", "" },
            new[] { "", "", "局、各乡镇", "" },
            new[] { "", "", "县水利局牵头", "" },
            new[] { "", "", "，县农业农村", "" },
            new[] { "", "推进河道清淤疏浚，全年清", "局、县财政局", "" },
            new[] { "（二）", "理河道40公里。", "、县自然资源", "12月底前" },
            new[] { "", "", "局、县生态环", "" },
            new[] { "", "", "境局配合", "" },
            new[] { "", "加强农村饮水安全保障，水质", "", "" },
            new[] { "（三）", "达标率保持100%。", "县卫生健康局", "长期坚持" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "（一）", "（二）", "（三）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县林业局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县农业农村局", "县财政局", "县自然资源局", "县生态环境局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("（三）"));
        Assert.StartsWith("推进河道清淤疏浚", plan.Task("（二）").Title, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("（一）加强未成年人思想道德建设。（牵头单位：区教育局配合单位：区文化和旅游局、区市场监管局）", "区教育局", "区文化和旅游局,区市场监管局")]
    [InlineData("（一）推进既有住宅加装电梯。（牵头：区住房城乡建设局配合：区财政局、各街道办事处）", "区住房城乡建设局", "区财政局,各街道办事处")]
    public void A_label_run_into_the_last_field_s_value_starts_a_field(string task, string lead, string supports)
    {
        // A cell's wrapped lines joined: 牵头单位：区教育局 / 配合单位：… with nothing between them.
        var plan = ImportedModel.From("某区2025年工作要点\n\n一、重点任务\n" + task + "\n");
        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Split(','), plan.Supports("（一）"));
    }

    [Fact]
    public void A_unit_ending_in_a_role_word_before_a_colon_is_not_cut_there()
    {
        // Near miss: 区城管局配合 has no colon after it; the field stays whole and names its units as before.
        var plan = ImportedModel.From("某区2025年工作要点\n\n一、重点任务\n（一）规范背街小巷环境卫生。（牵头单位：区城管局；配合单位：各街道办事处）\n");
        Assert.Equal(new[] { "区城管局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("（一）"));
    }
}
