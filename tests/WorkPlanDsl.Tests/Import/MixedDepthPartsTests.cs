using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A part that numbers its work a level up from the plan's tasks (<c>三、</c> over <c>7.</c> <c>8.</c>, then
/// <c>四、其他相关工作</c> over <c>（一）市食安办负责，…配合，深入宣传…</c>): its parts that open with who leads them are tasks.
/// </summary>
public class MixedDepthPartsTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("四、其他相关工作")]
    [InlineData("四、加强宣传监测")]
    [InlineData("四、强化食品安全监管")]
    public void Parts_opening_with_who_leads_them_are_tasks_under_any_heading(string heading)
    {
        var plan = Import(
            "某市2010年食品安全工作要点",
            "三、重点整治",
            "7.市检验检疫局负责，市工商局配合，加强流通环节进口食品监管。",
            "8.市工商局负责，市经贸委配合，严格实施公示制度。",
            heading,
            "（一）市食安办负责，市食安委有关委员单位配合，深入宣传贯彻《食品安全法》。",
            "（二）市卫生局负责，市食安办、市农业局配合，制定年度食品污染物监测计划。",
            "（三）由市农业局负责，市环保局配合，做好农产品质量安全认证工作。");
        Assert.Equal(new[] { "7.", "8.", "（一）", "（二）", "（三）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市食安办" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市卫生局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市食安办", "市农业局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "市农业局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void A_framing_parts_sub_parts_stay_its_words_where_one_names_nobody()
    {
        var plan = Import(
            "某市2010年食品安全工作要点",
            "三、重点整治",
            "7.市检验检疫局负责，市工商局配合，加强流通环节进口食品监管。",
            "8.市工商局负责，市经贸委配合，严格实施公示制度。",
            "四、保障措施",
            "（一）加强组织领导。各地要高度重视。",
            "（二）市财政局负责，保障工作经费。");
        Assert.Equal(new[] { "7.", "8." }, plan.Tasks.Select(t => t.Label).ToArray());
    }
}
