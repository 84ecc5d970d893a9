using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Real <c>pdftotext -layout</c> output of invented plans from the hostile103 set (Fixtures/PdfLayout/
/// README.md). On 6908893 none of these tables was read: their tasks were lost or read from the lines as text.
/// </summary>
public class LayoutSpreadsheetAndDriftFixtureTests
{
    private static ImportedModel Fixture(string name) => LaidOutText.Fixture(name);

    private static string[] Numbers(int from, int to) => Enumerable.Range(from, to - from + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Measure_rows_under_merged_numbers_go_to_the_number_they_are_centred_on()
    {
        var plan = Fixture("calc-merged-numbers-over-measure-rows.txt");

        Assert.Equal(new[] { "市公安局", "市交通运输局" }, plan.Leads("9"));
        Assert.Equal(new[] { "市政务服务管理局", "市数据局", "市委办公室", "市政府办公室" }, plan.Leads("10"));
        Assert.Equal(new[] { "市教育局", "市卫生健康委员会", "市人力资源和社会保障局" }, plan.Leads("11"));
        Assert.Equal(new[] { "市财政局", "市委金融办" }, plan.Leads("13"));
        Assert.Contains("人民银行琰城市分行", plan.Supports("13"));

        // Task 15's words start on the page after a repeated header: its own, not task 14's run over.
        Assert.Equal("优化数字经济发展环境", plan.Tasks.Single(t => t.Label == "15").Title);
    }

    [Fact]
    public void A_responsibility_column_beside_spaced_dates_is_read_and_no_date_joins_a_name()
    {
        var plan = Fixture("web-responsibility-column-spaced-dates.txt");

        Assert.Equal(Numbers(1, 25), plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区城中村改造工作指挥部" }, plan.Leads("2"));
        Assert.Equal(new[] { "岚汀水务集团有限公司" }, plan.Leads("7"));
        Assert.Equal(new[] { "区住房和城乡建设局", "市生态环境局岚汀分局", "各街道办事处" }, plan.Supports("8"));
        Assert.Equal(new[] { "区交通运输局" }, plan.Leads("13"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Any(char.IsDigit));
    }

    [Fact]
    public void Spread_unit_lines_set_beside_another_unit_s_words_are_not_read_as_a_lead()
    {
        // 县农业农村 环 境 局 沄 川: the lead's line and the supports' spread line side by side, a space apart. Before the
        // table was read at all, reading them gave 环境局沄川局, 县水利局 and 县农业农村局 as the leads of rows 2, 6 and 13.
        var plan = Fixture("office-narrow-unit-cells-spread.txt");

        Assert.Equal(Numbers(1, 29), plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(plan.Leads("2"));
        Assert.Empty(plan.Leads("6"));
        Assert.Empty(plan.Leads("13"));
        Assert.Equal(new[] { "市生态环境局沄川分局" }, plan.Leads("5"));
        Assert.Equal(new[] { "县住房和城乡建设局", "县文化广电旅游体育局" }, plan.Leads("15"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 2 prints two cells' words spread side by side", System.StringComparison.Ordinal));
    }
}
