using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// 共同负责 / 共同办理: bodies jointly accountable name no first among them, so each leads — unless the document says
/// 前者牵头, or one of them is marked or another verb leads.
/// </summary>
public class JointDutyTests
{
    private static ImportedModel Task(string words) => ImportedModel.From(string.Join("\n", "某县2025年工作要点", "一、重点任务", "（一）" + words));

    [Theory]
    [InlineData("推进校园足球。此项工作由县教育局、县体育中心共同负责。", "县教育局|县体育中心", "")]
    [InlineData("建设口袋公园。（县住建局、县城管局共同负责）", "县住建局|县城管局", "")]
    [InlineData("改造老旧管网。县水务局和县供排水公司共同负责，各乡镇配合。", "县水务局|县供排水公司", "各乡镇")]
    [InlineData("设置便民服务点。请县民政局、县卫健局共同办理。", "县民政局|县卫健局", "")]
    public void Bodies_jointly_accountable_each_lead(string words, string leads, string supports)
    {
        var plan = Task(words);
        Assert.Equal(leads.Split('|'), plan.Leads("（一）"));
        Assert.Equal(supports.Length == 0 ? System.Array.Empty<string>() : supports.Split('|'), plan.Supports("（一）"));
    }

    [Theory]
    // Near misses: the first named still leads where the words say so, or where no joint word stands.
    [InlineData("培育文旅主体。县文旅局、县财政局共同负责，前者牵头。", "县文旅局", "县财政局")]
    [InlineData("建设口袋公园。（县住建局牵头，县城管局、县园林中心共同负责）", "县住建局", "县城管局|县园林中心")]
    [InlineData("建设口袋公园。（县住建局、县城管局负责）", "县住建局", "县城管局")]
    public void A_list_that_names_its_lead_or_is_plain_keeps_it(string words, string leads, string supports)
    {
        var plan = Task(words);
        Assert.Equal(leads.Split('|'), plan.Leads("（一）"));
        Assert.Equal(supports.Split('|'), plan.Supports("（一）"));
    }
}
