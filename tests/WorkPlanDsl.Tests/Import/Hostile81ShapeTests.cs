using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile80 leftovers, the hostile81 blind set and the review-81 review found wrong or missing, each in a few
/// invented lines: the rule, not a set's wording.
/// </summary>
public class Hostile81ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Two_parts_of_a_task_each_closing_with_their_own_sole_accountable_unit_are_both_its_leads()
    {
        var plan = Import(
            "某省污染防治工作方案",
            "（一）加强移动源污染防治。淘汰老旧柴油货车（责任单位：省交通运输厅；配合单位：省公安厅），推广新能源公交车（责任单位：省住房城乡建设厅；配合单位：省财政厅），完善排放检验监管。",
            "（二）强化生态保护修复。完成红线勘界（责任单位：省自然资源厅），开展自然保护地监督（责任单位：省生态环境厅；配合单位：省林业局）。",
            "（三）推进污水处理提质。新建管网200公里（责任单位：省住房城乡建设厅），改造泵站10座（责任单位：省住房城乡建设厅）。");

        Assert.Equal(new[] { "省交通运输厅", "省住房城乡建设厅" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "省公安厅", "省财政厅" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "省自然资源厅", "省生态环境厅" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "省林业局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "省住房城乡建设厅" }, plan.Leads("（三）"));
        Assert.Equal(2, plan.Result.Notes.Count(n => n.Message.Contains("two parts of the task each name one accountable unit")));
    }

    [Fact]
    public void A_later_part_naming_one_unit_stays_a_support_where_the_first_list_named_several_by_the_convention()
    {
        var plan = Import(
            "某区市容改善计划",
            "1. 改善市容：消除环境卫生黑点75%（责任单位：区城管局、区住建局），鼠患黑点数目减半（责任单位：区卫健局）。");

        Assert.Equal(new[] { "区城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区住建局", "区卫健局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("two parts of the task"));
    }

    [Fact]
    public void Every_name_of_a_bracket_each_marked_lead_leads()
    {
        // The names are tried as words dealing with a body (向省财政厅, 市财政局汇报) at every cut, now without copying
        // the whole list at each: the cuts must still find no such words here.
        var names = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".Select(c => "市" + c + "务局").ToArray();
        var plan = Import("某市工作要点", "一、总体任务", "（一）推进建设工作。（" + string.Join("、", names.Select(n => n + "（牵头）")) + "）");

        Assert.Equal(names, plan.Leads("（一）"));
    }

    [Fact]
    public void A_group_given_a_field_beside_the_office_stays_a_support()
    {
        var plan = Import("某街道工作要点", "1.推进“红色物业”建设。责任科室：党建工作办公室；责任社区：各社区");

        Assert.Equal(new[] { "党建工作办公室" }, plan.Leads("1."));
        Assert.Equal(new[] { "各社区" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("一是推进医共体建设；二是推进药品耗材集中带量采购，由县医保局负责。")]
    [InlineData("其中，药品耗材集中带量采购由县医保局负责。")]
    [InlineData("推进药品耗材集中带量采购，由县医保局负责。")]
    [InlineData("二是推进药品耗材集中带量采购（县医保局负责）。")]
    public void A_later_part_given_to_a_body_is_its_share_beside_the_lead_an_earlier_sentence_names(string later)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）深化医药卫生体制改革。县卫健局牵头，县财政局配合。" + later, "（二）推进其他工作。县发改局负责。");

        Assert.Equal(new[] { "县卫健局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县财政局", "县医保局" }, plan.Supports("（一）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("a later part of the task is given to 县医保局"));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_last_sentence_alone_naming_who_does_the_task_still_leads_it()
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "（一）深化医药卫生体制改革。推进医共体建设，完善分级诊疗。推进药品耗材集中带量采购，由县医保局负责。");

        Assert.Equal(new[] { "县医保局" }, plan.Leads("（一）"));
    }
}
