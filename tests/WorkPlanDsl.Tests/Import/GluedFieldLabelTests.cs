using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A 责任单位 cell holding 牵头单位：X and 配合单位：Y on lines that join without a separator (a Calc sheet printed to PDF
/// and read back with <c>pdftotext -layout</c>, hostile98 06), or a bracket typed so.
/// </summary>
public class GluedFieldLabelTests
{
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
