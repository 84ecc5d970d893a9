using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A supervision list printed to PDF and read back with <c>pdftotext -layout</c>: its single 责任单位 column lists one
/// unit a line, the lead marked （牵头） wherever it stands, and no 、 between the names. Each line that ends a whole name
/// and a next line that opens one by its level (市…) are two names; a name wrapped inside the column stays one.
/// </summary>
public class LayoutOneUnitPerLineTests
{
    // Character columns of 序号 / 督办事项 / 责任单位 / 督办领导 / 办结时限.
    private static readonly int[] At = { 0, 5, 30, 48, 56 };

    private static readonly string[] Header = { "序号", "督办事项", "责任单位", "督办领导", "办结时限" };

    [Fact]
    public void Units_one_a_line_are_separate_names_and_the_marked_one_leads()
    {
        var text = LaidOutText.ByCharacters(
            At,
            Header,
            new string?[] { },
            new[] { "1", "推进老旧小区改造提质", "市住房和城乡建设局（牵头）", "王某", "2025年6月底前" },
            new[] { null, null, "市财政局" },
            new[] { null, null, "市自然资源和规划局" },
            new string?[] { },
            new[] { "2", "完善社区养老服务网络", "市财政局", "李某", "2025年9月底前" },
            new[] { null, null, "市卫生健康委员会" },
            new[] { null, null, "市民政局（牵头）" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局", "市自然资源和规划局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市财政局", "市卫生健康委员会" }, plan.Supports("2"));
    }

    [Fact]
    public void A_mark_broken_over_two_lines_still_ends_its_name()
    {
        var text = LaidOutText.ByCharacters(
            At,
            Header,
            new string?[] { },
            new[] { "1", "推进政务服务一网通办", "市政务服务数据管理局（牵", "王某", "2025年6月底前" },
            new[] { null, null, "头）" },
            new[] { null, null, "市发展和改革委员会" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "市政务服务数据管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Supports("1"));
    }

    [Fact]
    public void A_name_wrapped_inside_the_column_stays_one()
    {
        // Near miss: 国家税务总局 / 某市税务局 is one body broken where a body's ending stands; the next line opens no level.
        // 市发展和改革委 / 员会 breaks after 委, and 员会 opens nothing.
        var text = LaidOutText.ByCharacters(
            At,
            Header,
            new string?[] { },
            new[] { "1", "落实税费优惠政策", "国家税务总局", "王某", "2025年6月底前" },
            new[] { null, null, "某市税务局、市发展和改革委" },
            new[] { null, null, "员会" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "国家税务总局某市税务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Supports("1"));
    }
}
