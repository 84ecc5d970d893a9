using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile94 blind set (plans printed to PDF and converted with pdftotext) found wrong, in a few invented
/// lines: bodies each answering in its own remit under a heading or after a sentence that names the lead. The layout-table shapes it found
/// are in <see cref="LayoutConverterDriftTests"/>.
/// </summary>
public class Hostile94ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Bodies_each_in_their_remit_under_a_heading_that_names_the_lead_support_it()
    {
        var plan = Import(
            "一、重点任务",
            "（二）开展汛前隐患排查（牵头单位：县应急管理局）",
            "6.排查在建工地隐患。（牵头单位：县住房和城乡建设局）",
            "7.排查学校、医院、养老机构等人员密集场所周边隐患。",
            "（县教育局、县卫生健康局、县民政局按职责分工负责）",
            "8.排查旅游景区隐患。");

        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("7."));
        Assert.Equal(new[] { "县教育局", "县卫生健康局", "县民政局" }, plan.Supports("7."));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("6."));
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("8."));
    }

    [Fact]
    public void Bodies_each_in_their_remit_with_no_lead_above_them_are_a_list()
    {
        var plan = Import(
            "一、重点任务",
            "1.排查学校周边隐患。（县教育局、县卫生健康局按职责分工负责）",
            "2.排查旅游景区隐患。（县文旅局负责）");

        Assert.Equal(new[] { "县教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("县生态环境局")]
    [InlineData("市生态环境局某川分局")]
    public void Bodies_each_in_their_remit_after_who_leads_the_sentence_support_it(string lead)
    {
        // hostile94 04: the part after the comma was read as an accountable list, and its first body led.
        var plan = Import(
            "一、重点任务",
            "（六）保护饮用水水源地。" + lead + "牵头开展水源地环境问题排查整治，县水利局、县卫生健康局按职责分工负责。",
            "（七）开展河湖健康评价。县水利局组织对县内主要河流开展健康评价。");

        Assert.Equal(new[] { lead }, plan.Leads("（六）"));
        Assert.Equal(new[] { "县水利局", "县卫生健康局" }, plan.Supports("（六）"));
    }

    [Fact]
    public void Bodies_each_in_their_remit_alone_in_their_sentence_are_its_accountable_list()
    {
        var plan = Import(
            "一、重点任务",
            "（六）清理拖欠企业账款。确保应付尽付，市工信局、市财政局按职责分工负责。",
            "（七）开展评价。（市统计局负责）");

        Assert.Equal(new[] { "市工信局" }, plan.Leads("（六）"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("（六）"));
    }
}
