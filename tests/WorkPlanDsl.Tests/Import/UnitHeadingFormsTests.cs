using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A plan arranged by body, each body's name on a line of its own over its tasks numbered from one (hostile102 05): the
/// heading may carry the person in charge in brackets, name two bodies, or a group with a colon.
/// </summary>
public class UnitHeadingFormsTests
{
    private const string Plan = "某市2024年民生实事项目任务分解方案\n\n一、任务分解\n\n"
        + "市卫生健康委员会（责任领导：副市长 林海）：\n1. 新建社区卫生服务中心5个，新增床位300张。\n2. 为全市老年人免费开展健康体检。\n\n"
        + "市民政局、市残疾人联合会：\n1. 新建社区养老服务中心20个。\n2. 为困难残疾人家庭实施无障碍改造500户。\n\n"
        + "各县（市、区）人民政府：\n1. 实施农村供水保障工程，新建改造管网800公里。\n\n"
        + "多部门共同推进的任务：\n1. 办好全民健身运动会，开展赛事活动200场次以上。\n\n"
        + "二、保障措施\n（一）加强组织领导。各牵头单位主要负责同志为第一责任人。\n";

    [Fact]
    public void A_bodys_heading_over_its_tasks_names_their_lead_whatever_it_carries_beside_the_name()
    {
        var plan = ImportedModel.From(Plan);
        var tasks = plan.Tasks.ToArray();
        Assert.Equal(6, tasks.Length);

        // The person in charge is no unit; the body before the bracket leads.
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("林海", System.StringComparison.Ordinal));

        // Two bodies: a list with no lead named, the first leads by the convention.
        Assert.Equal(new[] { "市民政局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "市残疾人联合会" }, plan.Names(tasks[2].InEffect.Supports));

        // A group under a colon does the work under it.
        Assert.Equal(new[] { "各县（市、区）人民政府" }, plan.Names(tasks[4].InEffect.Leads));

        // A heading of a kind of work names nobody.
        Assert.Empty(tasks[5].InEffect.Leads);
    }
}
