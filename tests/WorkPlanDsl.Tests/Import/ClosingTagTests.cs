using WorkPlanDsl.Import.Reading;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The one shape of a 【】 closing a task's line, which both the document-wide count and the task reader use.
/// </summary>
public class ClosingTagTests
{
    [Theory]
    [InlineData("3.开展食品安全专项检查。【食品安全股】", "食品安全股")]
    [InlineData("3.开展春季学校食堂检查。【食品安全股、各市场监管所】。", "食品安全股、各市场监管所")]
    [InlineData("3.开展特种设备隐患排查。【特种设备安全监察股】（3月底前）", "特种设备安全监察股")]
    [InlineData("3.召开全县工作会议。【办公室】（分管领导：副局长 韦某）；", "办公室")]
    public void A_tag_closing_the_line_is_found(string line, string names)
    {
        var found = ClosingTag.Find(line, 2);

        Assert.NotNull(found);
        Assert.Equal(names, line.Substring(found.Value.Open + 1, found.Value.Close - found.Value.Open - 1));
    }

    [Theory]
    [InlineData("3.【食品安全股】开展食品安全专项检查。")]
    [InlineData("3.【食品安全股】")]
    [InlineData("3.开展专项检查。【食品安全股】（县公安局配合）")]
    [InlineData("3.开展专项检查。【食品安全股（牵头）】")]
    [InlineData("3.开展专项检查。【食品安全股】（3月底前）（县公安局）")]
    [InlineData("3.开展专项检查。【股】")]
    [InlineData("3.开展专项检查，【食品安全股】负责抽检。")]
    public void A_tag_that_does_not_close_the_line_alone_is_not(string line)
    {
        Assert.Null(ClosingTag.Find(line, 2));
    }
}
