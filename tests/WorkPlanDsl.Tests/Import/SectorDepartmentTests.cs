using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan that gives its tasks to the departments of a field (公安部门, 交通运输部门, 殡葬管理部门) names who is accountable:
/// every labeller of real plans read them as leads. A kind of body named for what it does for all (行政部门, 主管部门,
/// 职能部门) names nobody.
/// </summary>
public class SectorDepartmentTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("公安部门", true)]
    [InlineData("交通运输部门", true)]
    [InlineData("交通(车管)部门", true)]
    [InlineData("县级交通运输部门", true)]
    [InlineData("市民政部门", true)]
    [InlineData("住房公积金管理部门", true)]
    [InlineData("物价监管部门", true)]
    [InlineData("殡葬管理部门", true)]
    [InlineData("人力资源社会保障部门", true)]
    [InlineData("人力资源社会保障行政部门", false)]
    [InlineData("行业主管部门", false)]
    [InlineData("职能部门", false)]
    [InlineData("业务部门", false)]
    [InlineData("行政部门", false)]
    [InlineData("健全部门", false)]
    [InlineData("部门", false)]
    [InlineData("地方财政部门", false)]
    [InlineData("同级财政部门", false)]
    [InlineData("县级以上财政部门", false)]
    [InlineData("公安部门要", false)]
    public void The_departments_of_a_named_field_are_a_body_and_a_kind_of_body_is_not(string name, bool isBody)
        => Assert.Equal(isBody, UnitShape.IsOrganisation(name));

    [Fact]
    public void A_bracket_giving_the_work_to_a_field_departments_names_the_lead()
    {
        var plan = Import(
            "一、加强道路运输企业安全管理",
            "1.严格道路运输市场准入管理。相关主管部门要严格审查运输经营者安全管理制度。（交通运输部门负责）",
            "2.加大超载运输车辆检查力度。（公安部门牵头，交通运输部门配合）",
            "3.落实属地管理责任。（行业主管部门负责）");
        Assert.Equal(new[] { "交通运输部门" }, plan.Leads("1."));
        Assert.Equal(new[] { "公安部门" }, plan.Leads("2."));
        Assert.Equal(new[] { "交通运输部门" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_list_of_duties_addressed_to_field_departments_gives_each_its_item()
    {
        var plan = Import(
            "四、职责分工",
            "(一)民政部门:牵头开展城市居民收入信息核对工作。",
            "(二)税务部门:负责配合提供有关申请人的纳税信息。",
            "(三)殡葬管理部门:负责提供当地死亡火化人员信息。",
            "(四)中心城区:完成核对工作。");
        Assert.Equal(new[] { "民政部门" }, plan.Leads("(一)"));
        Assert.Equal(new[] { "税务部门" }, plan.Leads("(二)"));
        Assert.Equal(new[] { "殡葬管理部门" }, plan.Leads("(三)"));
        Assert.Empty(plan.Leads("(四)"));
    }

    [Fact]
    public void A_plan_naming_only_kinds_of_bodies_still_gives_no_lead()
    {
        var plan = Import(
            "一、明确责任",
            "（一）规范用工关系。由人力资源社会保障行政部门负责指导企业与劳动者订立书面协议。",
            "（二）强化纠纷调处。劳动人事争议仲裁机构负责及时受理纠纷。",
            "（三）加强监督。县级以上地方人民政府负责建立健全欠薪预警机制。");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
    }
}
