using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Cards that print who does a task above the task (牵头单位：A / 工作任务：… / 完成时限：…, then 牵头单位：B …). Read as
/// cards that open with their task, each card took the lead of the card after it, the first card's lead went to the
/// heading above, and a card under a later heading was lost.
/// </summary>
public class LeadFirstCardTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Cards_opening_with_their_lead_give_each_task_its_own_lead()
    {
        var plan = Import(
            "某区2025年营商环境优化重点任务",
            "",
            "一、政务服务",
            "牵头单位：区政务服务中心",
            "工作任务：推行“一件事一次办”，年内实现20个事项集成办理。",
            "完成时限：2025年12月底",
            "",
            "牵头单位：区数据局",
            "工作任务：建设一体化数据平台，归集公共数据1亿条。",
            "完成时限：2025年10月底",
            "",
            "二、市场环境",
            "牵头单位：区市场监管局",
            "配合单位：区司法局",
            "工作任务：开展公平竞争审查，清理妨碍统一市场的政策措施。",
            "完成时限：2025年9月底");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.StartsWith("开展公平竞争审查", plan.Tasks.ElementAt(2).Title);
        Assert.Equal(new[] { "区市场监管局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.Equal(new[] { "区司法局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Supports));
        Assert.All(plan.Model.Sections, s => Assert.Empty(s.Declared.Leads));
    }

    [Fact]
    public void Cards_opening_with_their_leader_read_the_units_under_it()
    {
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "责任领导：张三",
            "牵头单位：区政务服务中心",
            "配合单位：区司法局、区数据局",
            "工作任务：推行一件事一次办。",
            "完成时限：2025年12月底",
            "",
            "责任领导：李四",
            "牵头单位：区数据局",
            "工作任务：建设一体化数据平台。",
            "完成时限：2025年10月底");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区司法局", "区数据局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Supports));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("张三") || u.Id.Contains("李四"));
    }

    [Fact]
    public void A_lead_over_cards_that_name_their_own_units_stays_the_headings()
    {
        // The 牵头单位 under the heading opens no card: the next card opens with its task, so the lead is the section's.
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "一、政务服务",
            "牵头单位：区政务服务中心",
            "工作任务：推行一件事一次办。",
            "责任单位：区数据局",
            "工作任务：建设一体化数据平台。",
            "责任单位：区大数据中心",
            "二、市场环境",
            "牵头单位：区市场监管局",
            "工作任务：开展公平竞争审查。",
            "完成时限：2025年9月底");
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Model.Sections[0].Declared.Leads));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区大数据中心" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "区市场监管局" }, plan.Names(plan.Model.Sections[1].Declared.Leads));
    }

    [Fact]
    public void Cards_whose_last_lead_has_no_task_after_it_print_the_lead_under_the_task()
    {
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "工作任务：建立督办台账，每月通报进展。",
            "完成时限：2025年12月底",
            "牵头单位：区政府办公室",
            "工作任务：建设一体化数据平台。",
            "完成时限：2025年10月底",
            "牵头单位：区数据局");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "区政府办公室" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
    }
    [Fact]
    public void Cards_that_name_a_body_under_their_last_task_print_their_leads_under_the_tasks()
    {
        // 牵头单位：C / 工作任务：… / 责任单位：D at the end: the cards name their bodies under the task, the first 牵头单位 is
        // the heading's. Read the other way, every task took the lead above it.
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "一、政务服务",
            "牵头单位：区政务服务中心",
            "工作任务：推行一件事一次办。",
            "牵头单位：区数据局",
            "工作任务：建设一体化数据平台。",
            "牵头单位：区大数据中心",
            "工作任务：开展政务服务满意度评价。",
            "责任单位：区营商环境局");
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区大数据中心" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "区营商环境局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
    }

    [Fact]
    public void Cards_that_show_no_end_of_their_own_are_not_read_lead_first()
    {
        // No field after each task and no blank line between the cards: the first 牵头单位 may be the heading's as well as
        // the first card's, and the reading that needs no guess is the one the cards share with every earlier reader.
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "一、政务服务",
            "牵头单位：区政务服务中心",
            "工作任务：推行一件事一次办。",
            "牵头单位：区数据局",
            "工作任务：建设一体化数据平台。",
            "牵头单位：区大数据中心",
            "工作任务：开展政务服务满意度评价。",
            "完成时限：2025年12月底");
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Model.Sections[0].Declared.Leads));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
    }

    [Fact]
    public void A_section_of_cards_naming_their_bodies_under_the_task_is_read_so_beside_lead_first_cards()
    {
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "一、政务服务",
            "牵头单位：区政务服务中心",
            "工作任务：推行一件事一次办。",
            "完成时限：2025年12月底",
            "",
            "牵头单位：区数据局",
            "工作任务：建设一体化数据平台。",
            "完成时限：2025年10月底",
            "",
            "二、市场环境",
            "牵头单位：区市场监管局",
            "工作任务：开展公平竞争审查。",
            "责任单位：区司法局",
            "工作任务：清理妨碍统一市场的政策。",
            "责任单位：区发展改革局");
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "区司法局" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.Equal(new[] { "区发展改革局" }, plan.Names(plan.Tasks.ElementAt(3).InEffect.Leads));
    }

    [Fact]
    public void Cards_may_open_with_their_supports_and_wrap_their_names()
    {
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "配合单位：区司法局",
            "牵头单位：区政务服务中心",
            "工作任务：推行一件事一次办。",
            "完成时限：2025年12月底",
            "",
            "配合单位：区财政局、区商务和经济信息",
            "化局",
            "牵头单位：区交通",
            "",
            "运输局",
            "工作任务：建设一体化数据平台。",
            "完成时限：2025年10月底");
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区司法局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Supports));
        Assert.Equal(new[] { "区交通运输局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "区财政局", "区商务和经济信息化局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Supports));
    }
    [Fact]
    public void A_support_printed_under_the_task_stays_its_cards()
    {
        var plan = Import(
            "某区2025年优化营商环境重点任务清单",
            "责任领导：张三（副区长）",
            "牵头单位：区政务服务中心",
            "工作任务：推行一件事一次办。",
            "配合单位：区司法局",
            "完成时限：2025年12月底",
            "",
            "责任领导：李四（副区长）",
            "牵头单位：区数据局",
            "工作任务：建设一体化数据平台。",
            "配合单位：区财政局",
            "完成时限：2025年10月底");
        Assert.Equal(new[] { "区政务服务中心" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "区司法局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Supports));
        Assert.Equal(new[] { "区数据局" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
    }
}
