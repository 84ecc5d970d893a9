using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Lists of handed-over matters (人大建议, 政协提案, 批示件, a meeting's tracked decisions): each record is a task, its
/// 主办单位 leads, 协办 / 会办 support, 分办单位 each lead their part; the proposer (领衔代表, 提案者) is nobody's role.
/// </summary>
public class HandoverRecordTests
{
    [Fact]
    public void Proposals_numbered_by_the_session_are_tasks_with_their_handling_bodies()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市人民政府办公室关于交办代表建议的通知",
            "",
            "　　现将代表建议交办给你们，请认真办理。",
            "",
            "代表建议交办清单",
            "第6号　关于增设社区菜市场的建议",
            "领衔代表：张某某",
            "主办单位：市商务局",
            "协办单位：市自然资源局、市城管局",
            "第19号　关于改善农村道路照明的建议",
            "领衔代表：李某某",
            "分办单位：市交通局、某某县人民政府",
            "第40号　关于加强校园周边食品安全的建议",
            "领衔代表：王某某",
            "主办单位：市市场监管局",
            "政协提案交办清单",
            "提案第3号　关于发展银发经济的提案　提案者：某某市委　主办：市民政局　会办：市卫健委",
            "提案第11号　关于保护古树名木的提案　提案者：赵某某　主办：市林业局"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("第6号"));
        Assert.Equal(new[] { "市自然资源局", "市城管局" }, plan.Supports("第6号"));
        Assert.Equal(new[] { "市交通局", "某某县人民政府" }, plan.Leads("第19号"));
        Assert.Equal(new[] { "市市场监管局" }, plan.Leads("第40号"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("提案第3号"));
        Assert.Equal(new[] { "市卫健委" }, plan.Supports("提案第3号"));
        Assert.Equal(new[] { "市林业局" }, plan.Leads("提案第11号"));
        Assert.Equal(5, plan.Model.Tasks.Count);
    }

    [Fact]
    public void Instructions_handed_over_with_their_year_are_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "领导批示件落实台账",
            "",
            "批示件〔2023〕第2号　关于某路段积水问题的批示",
            "批示领导：副市长　某某",
            "落实单位：市水务局（主责）、市城管局（协同）",
            "批示件〔2023〕第7号　关于夜市噪声扰民问题的批示",
            "落实单位：市生态环境局（协同）、某某区人民政府（主责）"));
        Assert.Equal(new[] { "市水务局" }, plan.Leads("批示件〔2023〕第2号"));
        Assert.Equal(new[] { "某某区人民政府" }, plan.Leads("批示件〔2023〕第7号"));
    }

    [Fact]
    public void Tracked_decisions_are_tasks_titled_by_their_matter()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "市政会议决定事项列管表",
            "",
            "列管编号：1120501",
            "案　由：研议公园绿地认养办法，请讨论。",
            "决　定：由公园处主政，财政处协办。",
            "",
            "列管编号：1120502",
            "案　由：检讨路灯维护外包，请讨论。",
            "决　定：由养工处主政，工务处配合。"));
        Assert.Equal(2, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "公园处" }, plan.Leads("1120501"));
        Assert.Equal(new[] { "养工处" }, plan.Leads("1120502"));
    }

    [Fact]
    public void A_single_number_or_numbers_out_of_order_are_no_records()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县工作要点",
            "",
            "1.落实省政府第5号令。（县司法局负责）",
            "第9号　关于报送材料的说明",
            "2.开展执法检查。（县司法局负责）",
            "第3号　关于统计口径的说明"));
        Assert.Equal(2, plan.Model.Tasks.Count);
    }
}
