using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A legend that says what a sign means with 表示 (◆ 表示牽頭政策局), 协抓 beside 主抓, and offices printed with a person
/// and an extension number (教務處（主任 林○○，分機201）).
/// </summary>
public class SignLegendAndExtensionTests
{
    [Fact]
    public void A_sign_the_legend_says_stands_for_the_lead_marks_it()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "施政報告措施分工",
            "註：括號內為負責的政策局或部門。◆ 表示牽頭政策局或部門。",
            "一、房屋",
            "1.1　精簡土地開發審批程序。（規劃署、◆發展局、屋宇署）",
            "1.2　推動新能源公共交通工具。（◆環境及生態局、◆運輸及物流局、運輸署）"));
        Assert.Equal(new[] { "發展局" }, plan.Leads("1.1"));
        Assert.Equal(new[] { "規劃署", "屋宇署" }, plan.Supports("1.1"));
        Assert.Equal(new[] { "環境及生態局", "運輸及物流局" }, plan.Leads("1.2"));
    }

    [Fact]
    public void A_sign_without_a_legend_still_makes_no_lead()
    {
        var plan = ImportedModel.From(string.Join("\n", "施政報告措施分工", "一、房屋", "1.1　精簡土地開發審批程序。（規劃署、◆發展局、屋宇署）", "1.2　推動公共交通。（運輸署）"));
        Assert.DoesNotContain("發展局", plan.Leads("1.1"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("a sign the document states no rule for"));
    }

    [Fact]
    public void Xiezhua_supports_beside_zhuzhua()
    {
        var plan = ImportedModel.From(string.Join("\n", "某学院2024年党建工作要点", "一、思想建设", "1.深入学习贯彻党的创新理论。（主抓：党委宣传部；协抓：党委组织部、马克思主义学院）"));
        Assert.Equal(new[] { "党委宣传部" }, plan.Leads("1."));
        Assert.Equal(new[] { "党委组织部", "马克思主义学院" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("承辦處室：教務處（主任 林○○，分機201）", "教務處")]
    [InlineData("承辦處室：教務處（分機203）", "教務處")]
    [InlineData("承辦處室：健康中心（護理師 吳○○，分機315）", "健康中心")]
    public void A_person_or_an_extension_beside_an_office_is_no_part_of_its_name(string field, string lead)
    {
        var plan = ImportedModel.From(string.Join("\n", "某高中工作計畫", "一、教學", "1.推動素養導向課程", field, "2.辦理其他工作", "承辦處室：學務處"));
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("分機") || (u.FullName ?? u.Id).Contains("○"));
    }
}
