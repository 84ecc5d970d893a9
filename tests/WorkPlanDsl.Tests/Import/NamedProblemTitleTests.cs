using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// An audit rectification list numbers its problems 问题1： 问题2： …, and a problem's title may open with a word that
/// also names items (问题2：项目资金拨付滞后, 问题4：工程结算多计费用): the title is the task's, not a list of names with
/// numbers (项目1、项目2同步推进 is).
/// </summary>
public class NamedProblemTitleTests
{
    [Fact]
    public void A_problem_whose_title_opens_with_an_items_word_is_a_task_with_its_fields()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "县本级预算执行审计查出问题整改清单",
            "",
            "问题1：土地出让金未足额征收",
            "　　问题描述：审计发现，金额合计534.52万元。",
            "　　牵头单位：县自然资源局　　责任单位：各乡镇人民政府",
            "　　整改时限：2023年12月底前",
            "",
            "问题2：项目资金拨付滞后",
            "　　问题描述：审计发现，涉及金额504.19万元。",
            "　　整改责任单位：县财政局",
            "　　整改时限：立行立改",
            "",
            "问题3：工程结算多计费用",
            "　　问题描述：审计发现，涉及金额948.39万元。",
            "　　整改责任单位：县住房和城乡建设局",
            "　　整改时限：2023年9月底前"));
        var titles = plan.Tasks.Select(t => t.Title).ToList();
        Assert.Contains("项目资金拨付滞后", titles);
        Assert.Contains("工程结算多计费用", titles);
        Assert.Equal(new[] { "县财政局" }, plan.Names(plan.Tasks.Single(t => t.Title == "项目资金拨付滞后").InEffect.Leads));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Names(plan.Tasks.Single(t => t.Title == "工程结算多计费用").InEffect.Leads));
    }

    [Fact]
    public void Items_named_with_numbers_in_a_row_stay_words()
    {
        var plan = ImportedModel.From("一、重点项目\n1.推进城市更新。项目1、项目2同步推进。（牵头单位：区住建局）");
        Assert.Equal("1.", Assert.Single(plan.Tasks).Label);
    }
}
