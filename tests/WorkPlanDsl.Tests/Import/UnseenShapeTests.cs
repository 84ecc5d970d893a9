using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The shapes the second holdout set (Evaluation/Holdout2) found the recogniser missing: text hard-wrapped mid-sentence,
/// 按职责分工负责 as the only role of a list, 1.1 decimal tasks, 第三条 articles.
/// </summary>
public class UnseenShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Lines_hard_wrapped_mid_bracket_are_joined_before_the_clause_is_read()
    {
        // As pasted from a fixed-width export: every line cut at 38 characters, whatever it was in the middle of.
        var plan = Import(new[] { "一、蓝天保卫战" }.Concat(Wrap(38,
            "1.推进工业企业深度治理，完成12家重点企业超低排放改造，开展挥发性有机物综合治理（牵头单位：区生态环境分局；配合单位：区工业和信息化局、各街道办事处；完成时限：2025年10月底）。",
            "2.加强扬尘污染管控，建筑工地全面落实六个百分之百要求，道路机械化清扫率达到90%（牵头单位：区住房和城乡建设局；配合单位：区城市管理局、区交通运输局）。",
            "3.淘汰国三及以下排放标准营运柴油货车300辆，加强非道路移动机械监管（牵头单位：区交通运输局；配合单位：区生态环境分局）。")).ToArray());
        Assert.Equal(new[] { "区生态环境分局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区工业和信息化局", "各街道办事处" }, plan.Supports("1."));
        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区城市管理局", "区交通运输局" }, plan.Supports("2."));
        Assert.Equal(new[] { "区交通运输局" }, plan.Leads("3."));
    }

    private static string[] Wrap(int width, params string[] paragraphs)
        => paragraphs.SelectMany(p => Enumerable.Range(0, (p.Length + width - 1) / width).Select(i => p.Substring(i * width, System.Math.Min(width, p.Length - (i * width))))).ToArray();

    [Fact]
    public void Paragraphs_of_varied_length_are_not_joined()
    {
        // Long lines that end their sentences, and a field line under a task: nothing here is a hard wrap.
        var plan = Import(
            "一、任务",
            "1.推进项目建设，完成年度投资计划，确保重点项目按期开工建设。",
            "牵头单位：市发改委",
            "2.加强要素保障，统筹用地用能指标，优先保障重大项目用地",
            "配合单位：市自然资源局",
            "3.优化审批服务。",
            "牵头单位：市行政审批局");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "市自然资源局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市行政审批局" }, plan.Leads("3."));
    }

    [Theory]
    [InlineData("（市民政局、市住建局按职责分工负责）")]
    [InlineData("(市民政局, 市住建局按职责分工负责)")]
    [InlineData("（2025年底前完成；市民政局、市住建局按职责分工负责）")]
    public void A_list_whose_only_role_is_by_division_is_an_accountable_list(string clause)
    {
        var plan = Import("一、任务", "1.开展完整社区建设试点10个。" + clause);
        Assert.Equal(new[] { "市民政局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市住建局" }, plan.Supports("1."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("first listed"));
    }

    [Fact]
    public void By_division_beside_a_named_lead_stays_support_and_a_group_alone_leads_nobody()
    {
        var plan = Import(
            "一、任务",
            "1.实施智能制造工程。(工业和信息化部牵头, 国家发展改革委, 财政部按职责分工负责)",
            "2.落实属地责任。（各县市区人民政府按职责分工负责）",
            "3.加强宣传。（各县市区人民政府、市委宣传部按职责分工负责）");
        Assert.Equal(new[] { "工业和信息化部" }, plan.Leads("1."));
        Assert.Equal(new[] { "国家发展改革委", "财政部" }, plan.Supports("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void Decimal_tasks_under_spaced_headings()
    {
        var plan = Import(
            "安平市2025年数字政府建设工作要点",
            "1 夯实数字基础设施",
            "1.1 建设政务云平台",
            "责任单位：市大数据局",
            "完成时限：2025年6月底",
            "1.2 建设城市运行管理中心",
            "牵头单位：市城市管理局",
            "配合单位：市大数据局 市公安局",
            "2 提升政务服务水平",
            "2.1推动政务服务事项全程网办，年内网办率达到1.5倍。",
            "责任单位：市政务服务管理局");
        Assert.Equal(new[] { "1.1", "1.2", "2.1" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(2, plan.Model.Sections.Count);
        Assert.Equal(new[] { "市大数据局" }, plan.Leads("1.1"));
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("1.2"));
        Assert.Equal(new[] { "市大数据局", "市公安局" }, plan.Supports("1.2"));
        Assert.Equal(new[] { "市政务服务管理局" }, plan.Leads("2.1"));
    }

    [Fact]
    public void A_quantity_is_not_a_decimal_number()
    {
        var plan = Import("一、任务", "1.推进项目建设。（市发改委负责）", "1.5万户居民受益，3.8%的增幅。", "2.5 亿元专项资金。", "2.加强保障。（市财政局负责）");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
    }

    [Fact]
    public void Chapters_over_numbered_tasks_do_not_change_what_the_tasks_are()
    {
        var plan = Import(
            "某市2025年工作方案",
            "第一章 总体要求",
            "坚持问题导向。",
            "第二章 重点任务",
            "一、产业发展",
            "1.推进项目建设。（市发改委牵头，市财政局配合）",
            "2.加强要素保障。（市自然资源局负责）");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市自然资源局" }, plan.Leads("2."));
    }

    [Fact]
    public void Articles_in_chapters_are_tasks()
    {
        var plan = Import(
            "青川县农村人居环境整治提升若干措施",
            "第一章　总　则",
            "第一条　为改善农村人居环境，制定本措施。",
            "第二章　重点任务",
            "第三条　推进农村厕所革命。由县农业农村局负责，县卫生健康局、县财政局配合。",
            "第四条 整治村容村貌。各乡镇人民政府负责。");
        // 第一条 states the document's purpose (制定本措施): kept as text, not a task (Holdout2 k02's labels).
        Assert.Equal(new[] { "第三条", "第四条" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("第三条"));
        Assert.Equal(new[] { "县卫生健康局", "县财政局" }, plan.Supports("第三条"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("第四条"));
        Assert.Contains("第一条　为改善农村人居环境，制定本措施", plan.Words());
    }
}
