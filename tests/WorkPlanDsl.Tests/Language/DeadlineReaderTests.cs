using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

public class DeadlineReaderTests
{
    [Theory]
    [InlineData("6月底前", "2024-06-30")]
    [InlineData("2月底前", "2024-02-29")]
    [InlineData("12月份", "2024-12-31")]
    [InlineData("8月份", "2024-08-31")]
    [InlineData("十月底前", "2024-10-31")]
    [InlineData("十二月底", "2024-12-31")]
    [InlineData("9月中旬", "2024-09-20")]
    [InlineData("3月上旬前", "2024-03-10")]
    [InlineData("5月15日前", "2024-05-15")]
    [InlineData("年底前", "2024-12-31")]
    [InlineData("年内", "2024-12-31")]
    [InlineData("全年", "2024-12-31")]
    [InlineData("上半年", "2024-06-30")]
    [InlineData("下半年", "2024-12-31")]
    [InlineData("三季度", "2024-09-30")]
    [InlineData("第一季度末", "2024-03-31")]
    [InlineData("2025年6月底前", "2025-06-30")]
    [InlineData("2025年底前", "2025-12-31")]
    [InlineData("6月底前完成初稿，11月底前全面完成", "2024-11-30")]
    [InlineData("明年底前", "2025-12-31")]
    [InlineData("次年3月底前", "2025-03-31")]
    [InlineData("翌年一季度", "2025-03-31")]
    [InlineData("明年上半年", "2025-06-30")]
    [InlineData("后年年底", "2026-12-31")]
    [InlineData("今年三季度", "2024-09-30")]
    [InlineData("本年度内", "2024-12-31")]
    [InlineData("去年底", "2023-12-31")]
    [InlineData("开展一次年底前完成", "2024-12-31")]
    [InlineData("每次年底前报送", "2024-12-31")]
    [InlineData("此次年底前完成整改", "2024-12-31")]
    [InlineData("再次年底前", "2024-12-31")]
    [InlineData("以后年度内逐步完成", "2024-12-31")]
    [InlineData("今后年内完成", "2024-12-31")]
    [InlineData("滞后年底前完成", "2024-12-31")]
    [InlineData("情况说明年底前报送", "2024-12-31")]
    [InlineData("于次年3月底前完成", "2025-03-31")]
    [InlineData("力争明年底前完成", "2025-12-31")]
    public void Worded_deadlines(string text, string date)
        => Assert.Equal(date, DeadlineReader.Read(text, 2024)?.ToString());

    [Theory]
    [InlineData("长期坚持")]
    [InlineData("持续推进")]
    [InlineData("2月30日")]
    [InlineData("13月底前")]
    [InlineData("2024年13月底前")]
    [InlineData("十三月")]
    [InlineData("20255年底前")]
    [InlineData("10000年6月底前")]
    [InlineData("0000年6月底前")]
    [InlineData("二〇二五年底前")]
    [InlineData("3年内")]
    [InlineData("两年内")]
    public void Words_that_name_no_date(string text) => Assert.Null(DeadlineReader.Read(text, 2024));

    // Digits other than ASCII ones (full-width from Chinese input methods, other scripts) neither throw nor misread.
    [Theory]
    [InlineData("６月底前", "2024-06-30")]
    [InlineData("6月５日前", "2024-06-05")]
    [InlineData("６月１５日前", "2024-06-15")]
    [InlineData("２０２５年底前", "2025-12-31")]
    [InlineData("第３季度", "2024-09-30")]
    public void Full_width_digits(string text, string date)
        => Assert.Equal(date, DeadlineReader.Read(text, 2024)?.ToString());

    [Fact]
    public void Without_a_plan_year_only_explicit_years_count()
    {
        Assert.Null(DeadlineReader.Read("6月底前", null));
        Assert.Null(DeadlineReader.Read("明年底前", null));
        Assert.Equal(new PlanDate(2023, 6, 30), DeadlineReader.Read("2023年6月底前", null));
    }
}
