using WorkPlanDsl.Import.Reading;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

public class DeadlineFinderTests
{
    [Theory]
    [InlineData("力争3年内实现全覆盖。", null)]
    [InlineData("两年内完成改造。", null)]
    [InlineData("半年内建成投用。", null)]
    [InlineData("今后五年内逐步推开。", null)]
    [InlineData("12年内还清。", null)]
    [InlineData("2024年内完成改造。", "2024年内")]
    [InlineData("年内完成改造。", "年内")]
    [InlineData("力争3年内实现全覆盖，年底前完成首批。", "年底前")]
    public void A_span_of_years_counted_from_now_is_no_deadline_in_the_plans_year(string text, string? expected)
        => Assert.Equal(expected, DeadlineFinder.Find(text, WorkPlanDsl.Import.ChineseText.Fold(text), 2024));

    [Theory]
    [InlineData("3年内", null)]
    [InlineData("2025年内", "2025年内")]
    [InlineData("年底前", "年底前")]
    public void A_time_field_counting_years_gives_no_deadline(string field, string? expected)
        => Assert.Equal(expected, DeadlineFinder.FindInField(field, 2024));

    // The year named from the plan's stays with the words, so that the build dates 明年底前 a year after 年底前.
    [Theory]
    [InlineData("明年底前完成改造。", "明年底前")]
    [InlineData("次年3月底前完成验收。", "次年3月底前")]
    [InlineData("明年上半年建成投用。", "明年上半年")]
    [InlineData("今年三季度启动。", "今年三季度")]
    [InlineData("组织一次年底检查。", "年底")]
    [InlineData("此次年底前完成整改。", "年底前")]
    [InlineData("以后年度内逐步完成。", "年度内")]
    [InlineData("于次年3月底前完成。", "次年3月底前")]
    [InlineData("比去年底增长10%。", null)]
    [InlineData("去年12月底前未完成的事项。", null)]
    [InlineData("2024年13月底前完成。", null)]
    [InlineData("１３月底前完成。", null)]
    public void A_year_named_from_the_plans_is_kept_and_no_month_is_read_out_of_a_larger_number(string text, string? expected)
        => Assert.Equal(expected, DeadlineFinder.Find(text, WorkPlanDsl.Import.ChineseText.Fold(text), 2024));

    [Fact]
    public void The_note_on_deadlines_without_a_year_quotes_one_the_document_prints()
    {
        var plan = WorkPlanDsl.Tests.Infrastructure.ImportedModel.From("一、重点任务\n1.建成社区食堂。9月底前完成。（县民政局负责）");
        var note = System.Linq.Enumerable.Single(plan.Result.Notes, n => n.Message.Contains("name no year"));
        Assert.Contains("(9月底前)", note.Message);
    }
}
