using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the real89 and hostile89 blind sets found wrong or missing, each in a few invented lines: the rule, not a set's
/// wording.
/// </summary>
public class Real89ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Labels(ImportedModel plan) => plan.Tasks.Select(t => t.Label ?? t.Id).ToArray();

    private static readonly string[] PartOfALongerTable =
    {
        "某区2023年政府工作报告重点工作任务分解表",
        "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
        "33 新培育科技型中小企业50家以上。 区科技局 区经信局、区税务局等区政府有关部门,区经开区管委会。 2023年12月底",
        "34 推动农业科技园区提档升级,谋划共建智慧农业研究院。 区科技局",
        "区商务局",
        "区经开区管委会",
        "区发改委、区农业农村局等区政府有关部门,区农投公司。 2023年12月底",
        "35 强化企业创新主体地位,研发费用突破6亿元。 区科技局 区经信局等区政府有关部门。 2023年12月底",
    };

    [Fact]
    public void A_table_copied_from_its_later_rows_with_single_spaces_is_rebuilt_from_its_first_number()
    {
        // real89 14: rows 33–35 of a 分解表, the part one department publishes.
        var plan = Import(PartOfALongerTable);

        Assert.Equal(new[] { "33", "34", "35" }, Labels(plan));
        Assert.Equal(new[] { "区科技局" }, plan.Leads("33"));
        Assert.Equal(new[] { "区经信局", "区税务局", "区政府有关部门", "区经开区管委会" }, plan.Supports("33"));
        Assert.Equal(new[] { "区科技局" }, plan.Leads("35"));
    }

    [Fact]
    public void A_row_whose_cell_of_leads_holds_a_name_a_line_is_one_row_with_every_one_of_them()
    {
        var plan = Import(PartOfALongerTable);

        Assert.Equal(new[] { "区科技局", "区商务局", "区经开区管委会" }, plan.Leads("34"));
        Assert.Equal(new[] { "区发改委", "区农业农村局", "区政府有关部门", "区农投公司" }, plan.Supports("34"));
        Assert.StartsWith("推动农业科技园区提档升级", plan.Task("34").Title);
    }

    [Fact]
    public void Words_after_the_last_row_that_are_no_cell_of_it_stay_words_and_the_rows_keep_their_units()
    {
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 主要责任单位 完成期限",
            "7 新建口袋公园12个。 区住建局 2023年12月底",
            "8 新增停车泊位800个。 区城管局 2023年10月底",
            "9 完成老旧小区改造20个。 区住建局",
            "区城管局",
            "各街道要高度重视，认真抓好落实。",
            "请于每月25日前报送进展情况。");

        Assert.Equal(new[] { "区住建局" }, plan.Leads("7"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("8"));
        Assert.Contains("请于每月25日前报送进展情况", plan.Words());
        Assert.DoesNotContain(plan.Tasks, t => t.InEffect.Leads.Any(l => l.Contains("街道")));
    }
}
