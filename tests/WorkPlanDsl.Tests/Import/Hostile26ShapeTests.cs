using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes an outside run of real-shaped plans found: a part whose tasks are numbered a level up lost them into its
/// words, a table's empty 牵头单位 cell made the first of the 责任单位 its lead, offices named for the work they drive,
/// county industrial parks and Hong Kong's 負責決策局.
/// </summary>
public class Hostile26ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Sub_headings_naming_who_leads_them_in_a_part_without_tasks_are_its_tasks()
    {
        var plan = Import(
            "某县2024年优化营商环境工作要点",
            "一、优化市场环境",
            "1.规范涉企收费。（县市场监管局负责）",
            "2.降低企业用电用气成本。（县发改局负责）",
            "二、营造亲商氛围",
            "（一）构建亲清政商关系。（县委统战部负责）",
            "（二）加强营商环境监督。（县纪委监委负责）",
            "三、保障措施",
            "（一）加强组织领导。各部门要高度重视。");
        Assert.Equal(new[] { "1.", "2.", "（一）", "（二）" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县委统战部" }, plan.Leads("（一）"));

        // 监督 frames the work as a title, but the item names who does it.
        Assert.Equal(new[] { "县纪委监委" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_sub_heading_that_frames_the_work_and_names_its_lead_is_a_task_beside_a_parent_of_tasks()
    {
        var plan = Import(
            "某县2024年优化营商环境工作要点",
            "一、优化市场环境",
            "（一）降低企业经营成本。",
            "1.规范涉企收费。（县市场监管局负责）",
            "2.降低企业用电用气成本。（县发改局负责）",
            "二、营造亲商氛围",
            "（二）构建亲清政商关系。（县委统战部负责）",
            "（三）加强营商环境监督。（县纪委监委负责）");
        Assert.Equal(new[] { "县纪委监委" }, plan.Leads("（三）"));
        Assert.Equal(4, plan.Tasks.Count());
    }

    [Fact]
    public void An_empty_lead_cell_beside_an_accountable_column_names_no_lead()
    {
        var plan = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,民生实事项目,牵头单位,责任单位",
            "1,建设社区老年助餐点,—,省民政厅、各市人民政府",
            "2,开展零工市场建设,省人社厅,各市人民政府",
            "3,推进学校食堂改造,,省教育厅、省发展改革委、省财政厅")));
        Assert.Empty(plan.Leads("1"));
        Assert.Equal(new[] { "省民政厅", "各市人民政府" }, plan.Supports("1"));
        Assert.Equal(new[] { "省人社厅" }, plan.Leads("2"));
        Assert.Empty(plan.Leads("3"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("牵头单位 of row 3 names no one"));
    }

    [Fact]
    public void Offices_named_for_the_work_they_drive_and_county_industrial_parks_are_bodies()
    {
        var plan = Import(
            "某集团2024年重点工作",
            "1.深入实施国企改革深化提升行动。",
            "牵头部门：深化改革办公室（战略发展部）",
            "配合部门：人力资源部",
            "2.持续优化营商环境。（牵头单位：优化营商环境办公室；配合单位：攸县工业园）",
            "3.推进标准厂房建设。（牵头单位：县工业园）",
            "4.建设县游客集散中心。（建设县游客服务办公室牵头）");
        Assert.Equal(new[] { "深化改革办公室（战略发展部）" }, plan.Leads("1."));
        Assert.Equal(new[] { "优化营商环境办公室" }, plan.Leads("2."));
        Assert.Equal(new[] { "攸县工业园" }, plan.Supports("2."));
        Assert.Equal(new[] { "县工业园" }, plan.Leads("3."));

        // An action before a place's level is a task's words, whatever the name ends with.
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void Hong_Kongs_bureau_label_is_read()
    {
        var plan = Import("施政報告", "4. 推展「簡約公屋」計劃。", "（負責決策局：房屋局；協助部門：建築署、地政總署）");
        Assert.Equal(new[] { "房屋局" }, plan.Leads("4."));
        Assert.Equal(new[] { "建築署", "地政總署" }, plan.Supports("4."));
    }

    [Fact]
    public void Handling_a_matter_and_providing_help_of_a_kind_are_roles()
    {
        var plan = Import(
            "某市2024年工作要点",
            "九、推动校园营养午餐全面免费。",
            "（本项由教育局会同财政局办理）",
            "十、巩固医保脱贫攻坚成果。（待遇保障科负责，市乡村振兴局、市民政局提供数据比对支持）",
            "十一、推进资金保障。（县财政局提供资金保障）");
        Assert.Equal(new[] { "教育局" }, plan.Leads("九、"));
        Assert.Equal(new[] { "财政局" }, plan.Supports("九、"));
        Assert.Equal(new[] { "待遇保障科" }, plan.Leads("十、"));
        Assert.Equal(new[] { "市乡村振兴局", "市民政局" }, plan.Supports("十、"));

        // Help alone leads nothing.
        Assert.Empty(plan.Leads("十一、"));
    }
}
