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
    public void Worded_deadlines(string text, string date)
        => Assert.Equal(date, DeadlineReader.Read(text, 2024)?.ToString());

    [Theory]
    [InlineData("长期坚持")]
    [InlineData("持续推进")]
    [InlineData("2月30日")]
    public void Words_that_name_no_date(string text) => Assert.Null(DeadlineReader.Read(text, 2024));

    [Fact]
    public void Without_a_plan_year_only_explicit_years_count()
    {
        Assert.Null(DeadlineReader.Read("6月底前", null));
        Assert.Equal(new PlanDate(2023, 6, 30), DeadlineReader.Read("2023年6月底前", null));
    }
}
