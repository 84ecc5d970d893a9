using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A task table printed in columns whose header stands once, over pages that each end with their number and open with
/// the issuer's banner (- 4 - then 某区安委会办公室文件): the rows after the banner are the table's, the banner none.
/// </summary>
public class PagedLayoutTableTests
{
    private static ImportedModel Plan(params string[] rows) => ImportedModel.From(string.Join("\n", new[]
    {
        "某区2025年安全生产工作要点",
        "三、提升防灾减灾救灾能力（任务分工见下表）",
        "",
        "序号   工作任务                     牵头单位           配合单位                         完成时限",
        "1      加强水上交通安全监管         区文化广电旅游局   区财政局                         全年",
        "2      开展九小场所消防检查         区城市管理局       区农业农村局                     6月底",
    }.Concat(rows)));

    [Fact]
    public void Rows_after_a_page_number_and_the_issuers_banner_are_the_tables()
    {
        var plan = Plan(
            "",
            "- 4 -",
            "",
            "某区安委会办公室文件",
            "3      加强堤防巡查防守             区国资委           区科技局                         6月底",
            "4      推进智慧消防建设             区城市管理局       区税务局、区林业局               6月底");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区国资委" }, plan.Leads("3"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("4"));
        Assert.Equal(new[] { "区税务局", "区林业局" }, plan.Supports("4"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("办公室文件"));
    }

    [Fact]
    public void Prose_after_a_page_number_still_ends_the_table()
    {
        var plan = Plan(
            "",
            "- 4 -",
            "",
            "四、夯实应急管理基层基础",
            "1.加强烟花爆竹安全监管。（区民政局负责）");
        Assert.Equal(new[] { "1", "2", "1." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区民政局" }, plan.Leads("1."));
    }
}
