using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// An activity arrangement whose items carry their own field lines (<c>牵头单位：X</c> then <c>责任单位：Y</c>), where an
/// item that names nobody groups sub-items that do (<c>2.系列活动</c> over <c>(1)…</c> <c>(2)…</c>, or <c>(2)…</c> over
/// <c>①…</c> <c>②…</c>): the sub-items are the tasks, each led by its own field, never by a sibling's.
/// </summary>
public class ActivitySubItemTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] ReadingMonth =
    {
        "2023年某市读书月活动方案",
        "一、主要活动",
        "1.2023中国（某市）读书月启动仪式",
        "时间：4月23日",
        "牵头单位：市委宣传部",
        "责任单位：市文化广电旅游局、市图书馆",
        "2.系列阅读推广活动",
        "(1)“书香机关”读书分享会",
        "牵头单位：市直机关工委",
        "责任单位：市直各单位",
        "(2)“书香校园”系列活动",
        "①经典诵读比赛",
        "牵头单位：市教育局",
        "责任单位：各县区教育局",
        "②校园读书节",
        "牵头单位：团市委",
        "责任单位：市教育局",
        "3.闭幕式",
        "牵头单位：市委宣传部",
        "配合单位：市融媒体中心",
        "二、工作要求",
        "（一）加强组织领导。各单位要高度重视。",
    };

    [Fact]
    public void Sub_items_with_their_own_fields_under_an_item_naming_nobody_are_the_tasks()
    {
        var plan = Import(ReadingMonth);
        Assert.Equal(new[] { "1.", "(1)", "①", "②", "3." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市直机关工委" }, plan.Leads("(1)"));
        Assert.Equal(new[] { "市直各单位" }, plan.Supports("(1)"));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("①"));
        Assert.Equal(new[] { "团市委" }, plan.Leads("②"));
        Assert.Equal(new[] { "市教育局" }, plan.Supports("②"));

        // The headings that name nobody stay as words of the plan.
        Assert.Contains("2.系列阅读推广活动", plan.Result.Plan);
        Assert.Contains("(2)“书香校园”系列活动", plan.Result.Plan);
    }

    [Fact]
    public void A_year_opening_the_first_items_name_is_its_words_where_item_two_follows()
    {
        var plan = Import(ReadingMonth);
        Assert.Equal("2023中国（某市）读书月启动仪式", plan.Task("1.").Title);
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("1."));
        Assert.Equal(new[] { "市文化广电旅游局", "市图书馆" }, plan.Supports("1."));
    }

    [Fact]
    public void A_year_after_a_number_with_no_item_two_after_it_is_no_number()
    {
        // 1.2024 with no 2. after it: a figure in a paragraph, not a task.
        var plan = Import(
            "一、总体情况",
            "1.2024版目录已印发，全县完成投资100亿元。",
            "二、主要任务",
            "（一）推进项目建设（牵头单位：县发改局）");
        Assert.Equal(new[] { "（一）" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Where_the_documents_measures_name_who_does_them_a_measure_naming_nobody_has_no_lead()
    {
        var plan = Import(
            "一、健全应急管理体系",
            "1.完善应急预案体系",
            "(1)修订县级自然灾害救助应急预案。（县应急管理局负责）",
            "(2)修订县城市内涝应急预案。（县住房和城乡建设局负责）",
            "2.加强应急救援队伍建设",
            "(1)组建县级综合性应急救援队伍。（县应急管理局牵头，县消防救援大队配合）",
            "(2)每个乡镇建成一支不少于20人的应急救援队。");
        Assert.Equal(new[] { "(1)", "(2)", "(1)", "(2)" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "县应急管理局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Empty(tasks[3].InEffect.Leads);
    }

    [Fact]
    public void Activities_opening_with_a_year_are_numbered_after_figures_opening_with_one()
    {
        var plan = Import(
            "一、基本情况",
            "1.2023年度全县茶叶综合产值达到38.6亿元；",
            "2.2023年度接待游客126万人次。",
            "二、活动安排",
            "1.2024中国（云岭）茶文化节开幕式",
            "时间：2024年4月12日",
            "牵头单位：县委宣传部",
            "2.2024年茶产业发展论坛",
            "牵头单位：县农业农村局",
            "3.茶乡摄影展",
            "牵头单位：县文联",
            "三、活动安排（续）",
            "1、2024古城元宵灯会亮灯仪式",
            "牵头单位：县住房和城乡建设局",
            "2、花灯巡游",
            "牵头单位：县文化和旅游局");
        var led = plan.Model.Tasks.Where(t => !t.InEffect.Leads.IsEmpty).ToList();
        Assert.Equal(new[] { "2024中国（云岭）茶文化节开幕式", "2024年茶产业发展论坛", "茶乡摄影展", "2024古城元宵灯会亮灯仪式", "花灯巡游" }, led.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "县委宣传部" }, plan.Names(led[0].InEffect.Leads));
        Assert.Equal(new[] { "县农业农村局" }, plan.Names(led[1].InEffect.Leads));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Names(led[3].InEffect.Leads));
    }

    [Fact]
    public void A_list_of_numbers_is_no_numbering()
    {
        var plan = Import("一、重点任务", "1、2、3项任务已完成，其余按计划推进。", "（一）推进项目建设（牵头单位：县发改局）");
        Assert.Equal(new[] { "（一）" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Activities_opening_with_a_year_in_full_width_digits_are_numbered_too()
    {
        var plan = Import(
            "一、活动安排",
            "１.２０２４中国（云岭）茶文化节开幕式", "牵头单位：县委宣传部",
            "２.２０２４年茶产业发展论坛", "牵头单位：县农业农村局",
            "３.茶乡摄影展", "牵头单位：县文联");
        Assert.Equal(new[] { "１.", "２.", "３." }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县委宣传部" }, plan.Leads("１."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("２."));
    }

    [Fact]
    public void Sub_items_with_their_own_fields_under_an_item_that_names_its_lead_are_its_items()
    {
        var plan = Import(
            "第五届数字经济大会筹备工作安排",
            "一、主要活动",
            "１．开幕式暨主论坛",
            "牵头单位：市发展和改革委员会",
            "配合单位：市委宣传部、市外事办公室",
            "２．专题论坛",
            "时间：２０２４年９月１０日下午",
            "牵头单位：市大数据发展管理局",
            "①工业互联网论坛",
            "地点：会展中心Ｂ１会议室",
            "责任单位：市经济和信息化局",
            "②数字政府论坛",
            "地点：会展中心Ｂ２会议室",
            "③数据要素论坛",
            "责任单位：市数据交易所、市金融工作局",
            "３．成果展览",
            "牵头单位：市商务局");

        Assert.Equal(new[] { "１．", "２．", "３．" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市大数据发展管理局" }, plan.Leads("２．"));

        // The forums' units are their own, not the task's supports; ② names nobody and works under the task's lead.
        Assert.Empty(plan.Supports("２．"));
        var items = plan.Task("２．").Items;
        Assert.Equal(new[] { "①", "②", "③" }, items.Select(i => i.Label).ToArray());
        Assert.Equal(new[] { "市经济和信息化局" }, plan.Names(items[0].InEffect.Leads));
        Assert.Equal(new[] { "市大数据发展管理局" }, plan.Names(items[1].InEffect.Leads));
        Assert.Equal(new[] { "市数据交易所" }, plan.Names(items[2].InEffect.Leads));
        Assert.Equal(new[] { "市金融工作局" }, plan.Names(items[2].InEffect.Supports));
        Assert.Contains("Ｂ２会议室", items[1].Text);
    }

    [Fact]
    public void Measures_naming_nobody_under_a_task_that_names_its_lead_stay_its_words()
    {
        var plan = Import(
            "1.扩大保障房供给。牵头单位：市房管局",
            "(1)新建公租房500套。",
            "(2)发放租赁补贴1000户。",
            "2.加强用地供应。牵头单位：市自然资源局");

        Assert.Empty(plan.Task("1.").Items);
        Assert.Contains("(2)发放租赁补贴1000户", plan.Task("1.").Text);
    }
}
