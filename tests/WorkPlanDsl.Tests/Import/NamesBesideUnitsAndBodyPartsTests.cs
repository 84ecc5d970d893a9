using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What stands beside a unit's name without being one (a person in brackets, 非 setting a body apart), names a slash
/// pairs (房屋局／房屋署), a national administration's office named under it, a plan whose every part is one body's
/// (一、学院办公室 … 六、宣传部), and a table that restates the tasks with a row the body words otherwise.
/// </summary>
public class NamesBesideUnitsAndBodyPartsTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("牵头：市发展和改革委员会（王建华）　配合：市自然资源和规划局（周峰）", "市发展和改革委员会", "市自然资源和规划局")]
    [InlineData("牵头：市委金融办（黄蕾 副主任）；配合：市财政局", "市委金融办", "市财政局")]
    [InlineData("牵头：市商务局（局长 赵海）　配合：市投资促进中心", "市商务局", "市投资促进中心")]
    public void A_person_in_brackets_after_a_unit_is_no_part_of_its_name(string fields, string lead, string support)
    {
        var plan = Import("某市2025年招商引资重点任务清单", "一、创新招商方式", "1.建立重大项目周调度机制。", "　　" + fields);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(new[] { support }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("市公安局（高新区）", "市公安局（高新区）")]
    [InlineData("市发改委（市粮食局）", "市发改委（市粮食局）")]
    [InlineData("区政府（黄埔）", "区政府（黄埔）")]
    [InlineData("市公安局（江北）", "市公安局（江北）")]
    public void A_bracket_naming_a_place_or_a_body_stays_with_the_name(string cell, string lead)
    {
        var plan = Import("一、重点任务", "1.推进项目建设。（牵头单位：" + cell + "）");
        Assert.Equal(new[] { lead }, plan.Leads("1."));
    }

    [Fact]
    public void Names_a_slash_pairs_are_two_units()
    {
        var plan = Import(
            "施政纲领",
            "各项措施后括号内为负责的决策局／部门。",
            "3.1　成立北部都会区发展委员会。（发展局）",
            "3.2　加快公营房屋供应。（房屋局／房屋署）");
        Assert.Equal(new[] { "房屋局" }, plan.Leads("3.2"));
        Assert.Equal(new[] { "房屋署" }, plan.Supports("3.2"));
    }

    [Theory]
    [InlineData("（非县住建局牵头事项，责任单位另行明确）")]
    [InlineData("（除县住建局牵头事项外，由各乡镇负责）")]
    public void A_body_set_apart_by_non_or_except_is_no_lead(string clause)
    {
        var plan = Import("一、重点任务", "1.推进垃圾分类。" + clause, "2.整治交通秩序。（县公安局牵头）");
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("县住建局"));
        Assert.DoesNotContain(plan.Leads("1."), l => l.Contains("县住建局"));
        Assert.Equal(new[] { "县公安局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_national_administrations_office_in_a_place_is_one_name_in_a_cell()
    {
        var plan = Import(
            "序号\t重点任务\t牵头单位\t配合单位",
            "1\t落实税费优惠政策\t国家税务总局鹤汀市税务局\t市财政局",
            "2\t加大融资支持力度\t市委金融办\t人民银行鹤汀市分行");
        Assert.Equal(new[] { "国家税务总局鹤汀市税务局" }, plan.Leads("1"));
    }

    [Fact]
    public void A_plan_whose_every_part_is_one_bodys_gives_each_the_work_under_it()
    {
        var plan = Import(
            "运动会各部门工作安排",
            "各部门、各单位:",
            "现将运动会各项工作安排及部门职责通知如下:",
            "一、学院办公室",
            "联系人:郑大远",
            "(一)负责起草校领导的开幕词。",
            "(二)负责开幕式主席台校领导座位安排事宜。",
            "二、学工部",
            "联系人:樊继福",
            "荆 昊",
            "(一)负责看台的人员分布。",
            "(二)负责开幕式及闭幕式的广播工作。",
            "三、后勤集团",
            "(一)保证供应食品的卫生。",
            "(二)保证浴室的正常开放。");
        Assert.Equal(6, plan.Tasks.Count());
        Assert.Equal(new[] { "学院办公室" }, plan.Names(plan.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "学工部" }, plan.Names(plan.Tasks.ElementAt(3).InEffect.Leads));
        Assert.Equal(new[] { "后勤集团" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
        Assert.Contains("# review: lead 后勤集团 read from the heading over the tasks", plan.Result.Plan);
        Assert.DoesNotContain("郑大远", plan.Model.Units.Select(u => u.Id));
    }

    [Fact]
    public void Parts_that_are_topics_give_no_lead_though_one_is_named_like_a_body()
    {
        var plan = Import(
            "某学院2024年工作要点",
            "一、办公室",
            "(一)完善会议制度。",
            "二、指导思想",
            "(一)坚持立德树人。",
            "三、主要任务",
            "(一)推进课程改革。");
        Assert.Equal(3, plan.TasksWithoutLead.Length);
    }

    [Fact]
    public void A_restating_table_with_a_row_for_two_tasks_and_one_for_none_gives_the_others_their_units()
    {
        var plan = Import(
            "某市促进民营经济发展壮大若干措施",
            "一、持续优化发展环境",
            "（一）落实公平竞争审查制度。新出台政策措施全部开展公平竞争审查。",
            "（二）破除招标投标隐性壁垒。全面清理不合理限制条件。",
            "（三）规范涉企收费行为。开展涉企违规收费专项整治。",
            "二、加大政策支持力度",
            "（一）加大融资支持力度。推广科技贷人才贷。",
            "（二）落实税费优惠政策。做好留抵退税工作。",
            "（三）强化用地要素保障。推行工业用地弹性出让。",
            "附件",
            "责任分工表",
            "任务编号\t措施内容\t牵头单位\t配合单位",
            "一（一）\t落实公平竞争审查制度\t市市场监督管理局\t市司法局",
            "一（二）、一（三）\t破除招标投标隐性壁垒、规范涉企收费行为\t市发展和改革委员会\t市财政局",
            "二（一）\t加大融资支持力度\t市委金融办\t人民银行某市分行",
            "二（二）\t落实税费优惠政策\t市税务局\t市财政局",
            "二（三）\t依法保护产权\t市司法局\t市公安局");
        Assert.Equal(6, plan.Tasks.Count());
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.Equal(new[] { "市税务局" }, plan.Names(plan.Tasks.ElementAt(4).InEffect.Leads));
        Assert.Empty(plan.Tasks.ElementAt(5).InEffect.Leads);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("matches no one task ('依法保护产权')", System.StringComparison.Ordinal));
    }
}
