using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A project list annexed after a plan's body text, printed to PDF and read back with <c>pdftotext -layout</c>: its
/// 总投资（亿元） column is narrow, so the header word wraps (总投资（亿 / 元）) and prints centred on the lines above and
/// below the other header words, then a blank line. The fixture is real converter output (Fixtures/PdfLayout/README.md).
/// </summary>
public class LayoutAmountHeaderTests
{
    private static ImportedModel Fixture(string name) => LaidOutText.Fixture(name);

    [Fact]
    public void A_project_list_whose_amount_header_wraps_around_the_others_is_read()
    {
        var plan = Fixture("office-project-list-amount-header-over-lines.txt");
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "桐溪镇人民政府" }, plan.Supports("1"));
        Assert.Equal(new[] { "县水务集团" }, plan.Leads("3"));
        Assert.Equal(new[] { "县水利局", "各乡镇人民政府" }, plan.Supports("3"));
        Assert.Equal(new[] { "县经济开发区管委会" }, plan.Leads("6"));

        // The amounts and the people are no units.
        Assert.DoesNotContain(plan.Tasks, t => plan.Leads(t.Label!).Concat(plan.Supports(t.Label!)).Any(u => u.Any(char.IsDigit) || u.Contains("周明远", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void An_amount_beside_an_empty_unit_cell_gives_no_lead()
    {
        // Near miss: row 2 names no unit; its amount stands right of the 总投资 words, not in 责任单位.
        var text = "某县重点项目清单\n\n"
            + "                                  总投资（亿\n"
            + "序号   项目名称          建设内容                 责任单位           责任领导\n"
            + "                                  元）\n\n"
            + "1      城南大桥工程      新建大桥一座     4.6     县交通运输局       张某\n\n"
            + "2      北山水库加固      大坝防渗改造     1.8                        李某\n\n"
            + "3      城乡供水工程      新建水厂一座     6.3     县水利局           李某\n";
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Empty(plan.Leads("2"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_word_closing_no_bracket_alone_above_a_header_is_not_its_first_line()
    {
        // Near miss: a title of one word above the header (项目清单) opens no bracket; it stays text.
        var text = "附件\n\n"
            + "                  重点项目清单\n"
            + "序号   项目名称          建设内容                 责任单位           责任领导\n\n"
            + "1      城南大桥工程      新建大桥一座             县交通运输局       张某\n\n"
            + "2      城乡供水工程      新建水厂一座             县水利局           李某\n";
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Contains("重点项目清单", plan.Result.Plan);
    }
}
