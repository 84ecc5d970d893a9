using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// 主办：市局 治安支队  协办：各分局: a bureau's detachment printed apart from it is one body with it, also where the
/// next field follows on the same line after a gap; two bodies each with its level stay two.
/// </summary>
public class SpacedBureauPartBeforeFieldTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_detachment_apart_from_its_bureau_before_the_next_field_is_one_body()
    {
        var plan = Import(
            "某市公安局2025年重点工作任务",
            "一、工作任务",
            "①开展校园周边治安整治。对中小学校周边开展集中清查。",
            "主办：县局 巡特警大队  协办：各派出所",
            "②加强道路交通秩序整治。集中整治酒驾醉驾。",
            "主办：交管局  协办：无");
        Assert.Equal(new[] { "县局巡特警大队" }, plan.Leads("①"));
        Assert.Equal(new[] { "交管局" }, plan.Leads("②"));
    }

    [Fact]
    public void Two_bodies_each_with_its_level_stay_two()
    {
        var plan = Import(
            "某市2025年重点工作任务",
            "一、工作任务",
            "①开展校园周边治安整治。对中小学校周边开展集中清查。",
            "主办：市公安局 市教育局  协办：各区政府");
        Assert.Equal(new[] { "市公安局", "市教育局" }, plan.Leads("①"));
    }
}
