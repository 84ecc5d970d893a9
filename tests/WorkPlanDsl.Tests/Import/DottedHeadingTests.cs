using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan whose tasks are numbered 1.1, 1.2 under headings numbered 1., 2. inside 一、 sections (hostile102 06): the
/// 1. lines are sub-headings whose 牵头单位 is their tasks' where they name none, and a 5. with no 5.1 under it, between
/// the headings 4. and 6., is a task of its own.
/// </summary>
public class DottedHeadingTests
{
    private const string Plan = "某区2024年市容整治专项行动方案\n\n一、工作目标\n全面提升市容环境。\n\n二、工作任务\n"
        + "1. 市容序化行动（牵头单位：区城市管理局）\n"
        + "1.1 整治占道经营。设置便民疏导点12处。责任单位：区城市管理局（牵头），各街道办事处。\n"
        + "1.2 清理乱堆乱放。集中清理沿街乱堆乱放，建立问题台账。\n"
        + "2. 交通秩序提升行动\n"
        + "2.1 整治机动车乱停乱放。施划临时停车泊位500个。牵头单位：区交警大队；配合单位：各街道办事处。\n"
        + "2.2 规范共享单车停放。由区交通运输局负责，区城市管理局配合。\n"
        + "3. 建立长效机制。健全“街长制”，将考评结果纳入年度考核。责任单位：区城市管理局、区委考核办。\n"
        + "4. 智慧城管建设行动（牵头单位：区大数据中心）\n"
        + "4.1 建设城市运行管理平台。整合业务数据，实现闭环管理。区城市管理局配合。\n"
        + "4.2 推广非现场执法。布设智能识别设备100套。\n\n"
        + "三、保障措施\n（一）加强组织领导。成立专项行动领导小组，办公室设在区城市管理局。\n";

    [Fact]
    public void Headings_numbered_as_their_tasks_first_part_lead_the_tasks_that_name_nobody()
    {
        var plan = ImportedModel.From(Plan);

        Assert.Equal(new[] { "1.1", "1.2", "2.1", "2.2", "3.", "4.1", "4.2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("1.2"));
        Assert.Equal(new[] { "区交警大队" }, plan.Leads("2.1"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("3."));
        Assert.Equal(new[] { "区委考核办" }, plan.Supports("3."));
        Assert.Equal(new[] { "区大数据中心" }, plan.Leads("4.1"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Supports("4.1"));
        Assert.Equal(new[] { "区大数据中心" }, plan.Leads("4.2"));
        Assert.Equal(new[] { "工作目标", "工作任务", "保障措施" }, plan.Model.Sections.Select(s => s.Title).ToArray());
    }

    [Fact]
    public void Spaced_headings_over_decimal_tasks_without_chinese_sections_stay_the_sections()
    {
        // Near miss: no 一、 above them, the 1. headings are the plan's sections, as before.
        var plan = ImportedModel.From("某区2024年工作计划\n\n1. 市容序化行动\n1.1 整治占道经营。责任单位：区城市管理局。\n"
            + "1.2 清理乱堆乱放。责任单位：区城市管理局、各街道办事处。\n2. 交通秩序提升行动\n2.1 整治乱停乱放。责任单位：区交警大队。\n");
        Assert.Equal(new[] { "1.1", "1.2", "2.1" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区交警大队" }, plan.Leads("2.1"));
        Assert.Equal(2, plan.Model.Sections.Count());
    }

    [Fact]
    public void Full_width_numbers_make_the_same_headings()
    {
        // Re-read: １．over １．１ (a copy set in full width) went unseen, and ２．'s lead was given to the task before it.
        var plan = ImportedModel.From("某区2024年行动方案\n\n一、工作目标\n提升市容。\n\n二、工作任务\n"
            + "１．市容序化行动（牵头单位：区城市管理局）\n１．１ 整治占道经营。设置疏导点12处。\n１．２ 清理乱堆乱放。建立台账。\n"
            + "２．交通秩序行动（牵头单位：区交警大队）\n２．１ 整治乱停乱放。施划泊位500个。\n");
        Assert.Equal(new[] { "１．１", "１．２", "２．１" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("１．２"));
        Assert.Equal(new[] { "区交警大队" }, plan.Leads("２．１"));
    }
}
