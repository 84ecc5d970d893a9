using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A project list annexed to a plan, printed to PDF and read back with <c>pdftotext -layout</c>, a character a column:
/// its columns name a project's particulars (建设性质: 新建 / 续建) and its year's amount, whose header wraps over and
/// under the line of the other header words (年度计划投资 / （万元）). Both are kept as text; the 责任单位 list is read.
/// </summary>
public class LayoutProjectListHeaderTests
{
    // Character columns of 序号 / 项目名称 / 建设性质 / 年度计划投资 / 责任单位 / 完成时限.
    private static readonly int[] At = { 2, 7, 22, 30, 40, 62 };

    [Fact]
    public void A_project_list_with_its_particulars_and_a_wrapped_amount_header_is_read()
    {
        var text = "附件\n\n            某县重点项目清单\n（责任单位有多个的，排在第一位的为牵头单位）\n\n" + LaidOutText.ByCharacters(
            At,
            new[] { null, null, null, "年度计划投资" },
            new[] { "序号", "项目名称", "建设性质", null, "责任单位", "完成时限" },
            new[] { null, null, null, " （万元）" },
            new[] { "1", "城东污水管网改造工程", "续建", "2800", "某县住房和城乡建设局、", "2025年6月底前" },
            new[] { null, null, null, null, "某县财政局" },
            new[] { "2", "高标准农田建设项目", "新建", "4100", "某县农业农村局、某县水利局", "2025年10月底前" });
        var plan = ImportedModel.From(text);
        Assert.Equal(new[] { "某县住房和城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "某县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "某县农业农村局" }, plan.Leads("2"));
        Assert.Equal(new[] { "某县水利局" }, plan.Supports("2"));
    }
}
