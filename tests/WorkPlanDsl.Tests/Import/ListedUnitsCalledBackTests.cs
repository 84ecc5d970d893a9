using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// 各责任单位, 各牵头单位: every body the plan names, called back in a closing word (请各责任单位于5月10日前报送…) that
/// runs into the last task of a plan written in prose. Never that task's lead; a body named in the task's own words is.
/// </summary>
public class ListedUnitsCalledBackTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    // A notice's rectification part: its first task names its lead and supports.
    private static readonly string[] Opening =
    {
        "关于城乡环境整治督查情况的通报",
        "",
        "三、整改要求",
        "",
        "1、背街小巷保洁不到位问题，请县城市管理局牵头，各乡镇配合，建立常态化保洁机制。",
        "",
    };

    [Theory]
    [InlineData("请各责任单位于6月10日前将整改情况书面报县政府督查室。")]
    [InlineData("各牵头单位要于每月5日前报送工作进展。")]
    public void A_closing_word_to_every_listed_body_gives_the_last_task_no_lead(string closing)
    {
        var plan = Import(Opening.Concat(new[] { "2、整改台账管理不规范问题，要建立台账，逐项销号。", "", closing }).ToArray());
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("1、"));
        Assert.Empty(plan.Leads("2、"));
    }

    [Fact]
    public void A_group_of_bodies_named_in_the_task_still_leads_by_the_prose()
    {
        var plan = Import(Opening.Concat(new[] { "2、请各乡镇人民政府牵头建立整改台账，逐项销号。", "", "请各责任单位于6月10日前将整改情况书面报县政府督查室。" }).ToArray());
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("2、"));
    }
}
