using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A 牵头单位 cell numbered by the measures beside it (<c>①A ②B</c>): each measure names its own lead, so the row has none
/// of its own; read as the row's, both would lead each measure. Left without a lead and with a review note; a numbered
/// cell naming one body throughout, and a cell without numbers, are the row's as before.
/// </summary>
public class NumberedMeasureLeadTests
{
    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByDisplayColumns(at, lines);

    private static string?[] L(params string?[] cells) => cells;

    private static readonly string?[] Blank = new string?[0];

    private static readonly int[] At = { 2, 8, 44, 62, 82 };

    private static ImportedModel Import(string text) => ImportedModel.From("2026年某县文旅融合重点举措分解表\n\n" + text);

    private static string Table(string?[] first, string?[] second, string? firstTail = null) => Lay(At,
        L("序号", "具体举措", "牵头单位", "配合单位", "完成时限"),
        Blank,
        L("1", "①修缮古村落民居三十处。", first[0], first[1], "2026年9月底"),
        L(null, "②开通乡村旅游专线两条。", second[0], second[1], firstTail),
        Blank,
        L("2", "举办非遗展演季活动。", "县文化馆", "各乡镇人民政府", "2026年10月底"));

    [Fact]
    public void Measures_numbered_with_their_own_leads_give_the_row_no_lead()
    {
        var plan = Import(Table(L("①县住房和城乡建设局", "①县文物保护中心"), L("②县交通运输局", "②县文化和旅游局")));
        Assert.Empty(plan.Leads("1"));
        Assert.DoesNotContain("县住房和城乡建设局", plan.Model.Tasks.SelectMany(t => t.InEffect.Leads));
        Assert.Contains("names a lead for each numbered measure", plan.Result.Plan);
        Assert.Equal(new[] { "县文化馆" }, plan.Leads("2"));
    }

    [Fact]
    public void Numbered_leads_joined_on_one_line_give_no_lead_either()
    {
        var plan = Import(Table(L("①县水利局②县林业局", null), L(null, null)));
        Assert.Empty(plan.Leads("1"));
        Assert.DoesNotContain("县水利局", plan.Model.Tasks.SelectMany(t => t.InEffect.Leads));
        Assert.DoesNotContain("县林业局", plan.Model.Tasks.SelectMany(t => t.InEffect.Leads));
        Assert.Equal(new[] { "县文化馆" }, plan.Leads("2"));
    }

    [Fact]
    public void The_same_lead_under_every_number_still_leads_the_row()
    {
        var plan = Import(Table(L("①县文化和旅游局", "①县财政局"), L("②县文化和旅游局", "②县交通运输局")));
        Assert.Equal(new[] { "县文化和旅游局" }, plan.Leads("1"));
    }

    [Fact]
    public void An_unnumbered_lead_cell_beside_numbered_measures_is_the_rows()
    {
        var plan = Import(Table(L("县文化和旅游局、", "县财政局"), L("县农业农村局", null)));
        Assert.Equal(new[] { "县文化和旅游局", "县农业农村局" }, plan.Leads("1"));
    }
}
