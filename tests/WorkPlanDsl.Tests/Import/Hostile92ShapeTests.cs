using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile92 blind set found missing, in a few invented lines each: a division part that lists each task's
/// bodies after a colon under a rule stated once, and 1. tasks under （一） headings that name a lead of their own.
/// </summary>
public class Hostile92ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] DivisionByColon =
    {
        "一、重点任务",
        "1.落实耕地保护责任。严格考核。",
        "2.严格耕地占补平衡。全年补充耕地500亩。",
        "3.推进国土空间规划。完成编制。",
        "4.加强党风廉政建设。落实主体责任。",
        "5.深化不动产登记。一般登记3个工作日内办结。",
        "6.做好信访维稳工作。",
        "二、责任分工",
        "以上各项工作的责任单位明确如下，排在第一位的为牵头单位，其余为配合单位：",
        "第1、2项：耕地保护股、各乡镇人民政府；",
        "第3项：国土空间规划股；",
        "第4项：机关党委（人事股）；",
        "第5项：县不动产登记中心，其中第5项由县数据资源管理局配合；",
        "第6项牵头单位另行明确。",
    };

    [Fact]
    public void A_division_line_lists_the_bodies_after_a_colon_under_the_rule_it_states()
    {
        var plan = Import(DivisionByColon);

        Assert.Equal(new[] { "耕地保护股" }, plan.Leads("1."));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports("1."));
        Assert.Equal(new[] { "耕地保护股" }, plan.Leads("2."));
        Assert.Equal(new[] { "国土空间规划股" }, plan.Leads("3."));
        Assert.Equal(new[] { "县不动产登记中心" }, plan.Leads("5."));
        Assert.Equal(new[] { "县数据资源管理局" }, plan.Supports("5."));
        Assert.Empty(plan.Leads("6."));
    }

    [Fact]
    public void A_body_s_own_bracket_stays_in_its_name_at_the_end_of_a_division_line()
    {
        var plan = Import(DivisionByColon);

        Assert.Equal(new[] { "机关党委（人事股）" }, plan.Leads("4."));
    }

    [Fact]
    public void Words_after_a_scope_s_colon_that_are_no_bodies_give_no_lead()
    {
        // 第1项：全年任务 says what the task is, not who does it.
        var plan = Import(
            "一、重点任务",
            "1.推进耕地保护。",
            "2.加强督促检查。",
            "二、说明",
            "第1项：全年任务；",
            "第2项：耕地保护股；");

        Assert.Empty(plan.Leads("1."));
        Assert.Equal(new[] { "耕地保护股" }, plan.Leads("2."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("全年任务"));
    }

    [Fact]
    public void A_date_beside_a_body_after_a_scope_s_colon_is_no_name()
    {
        // review-92 e02: 办公室（2024年12月底前） was read as a unit and led the task.
        var plan = Import(
            "一、重点任务",
            "1.规范公务接待管理。",
            "二、责任分工",
            "排在第一位的为牵头单位，其余为配合单位：",
            "第1项：办公室（2024年12月底前）、财务股；");

        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("2024"));
    }

    [Fact]
    public void Numbered_fields_under_a_heading_are_no_tasks_of_their_own()
    {
        // review-92 f07: 目标：/措施：/保障： under each heading, one of them naming a body, became tasks.
        var plan = Import(
            "一、主要任务",
            "（一）加强重点专科建设（牵头科室：科教科）",
            "1. 目标：建成市级重点专科2个。",
            "2. 措施：各临床科室按要求申报，评审组织由科教科负责。",
            "3. 保障：所需经费由财务科负责。",
            "（二）加强科研能力建设（牵头科室：科教科）",
            "1. 目标：获批市级以上课题10项。",
            "2. 措施：开展科研方法培训，由科教科负责。",
            "3. 保障：科研设备采购由设备科负责。");

        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    private static readonly string[] MeasuresUnderHeadings =
    {
        "一、强化企业创新主体地位",
        "（一）壮大创新型企业梯队（牵头科室：高新技术科）",
        "1.实施高新技术企业倍增计划，全年新增高新技术企业40家以上。",
        "2.开展科技型中小企业评价入库工作，入库企业达到450家以上，由政策法规科负责。[^1]",
        "（二）建设高能级创新平台（牵头科室：科技合作科）",
        "3.支持实验室建设，争取纳入省实验室建设序列。",
        "4.推进新型研发机构建设，对已认定的机构开展绩效评价，由区科技创新服务中心负责。",
        "（三）引育高层次科技人才（牵头科室：科技人才科）",
        "5.实施英才计划，全年引进科技领军人才团队8个。",
        "6.推行外国人来华工作许可一站式服务，由区人力资源和社会保障局负责，科技人才科配合。",
        "7.深化科技特派员制度，选派科技特派员60名，由农村与社会发展科技科负责。",
    };

    [Fact]
    public void Numbered_measures_that_give_their_own_work_are_the_tasks_under_a_heading_lead()
    {
        // Every （一） names a lead, and 1. under them give their own work to another in their sentences: the 1. are the
        // tasks, and a heading's lead leads those under it that name none.
        var plan = Import(MeasuresUnderHeadings);

        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "5.", "6.", "7." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "高新技术科" }, plan.Leads("1."));
        Assert.Equal(new[] { "政策法规科" }, plan.Leads("2."));
        Assert.Equal(new[] { "科技合作科" }, plan.Leads("3."));
        Assert.Equal(new[] { "区科技创新服务中心" }, plan.Leads("4."));
        Assert.Equal(new[] { "科技人才科" }, plan.Leads("5."));
        Assert.Equal(new[] { "区人力资源和社会保障局" }, plan.Leads("6."));
    }

    [Fact]
    public void Measures_that_name_nobody_stay_the_measures_of_their_heading()
    {
        var plan = Import(
            "一、强化企业创新主体地位",
            "（一）壮大创新型企业梯队（牵头科室：高新技术科）",
            "1.实施高新技术企业倍增计划。",
            "2.开展科技型中小企业评价入库工作。",
            "（二）推动企业加大研发投入（牵头科室：政策法规科）",
            "3.落实研发费用加计扣除政策。",
            "4.兑现企业研发投入后补助。");

        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "政策法规科" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_table_of_indicators_does_not_make_the_numbered_work_beside_it_text()
    {
        var lines = new[]
        {
            "# 某区科学技术局2024年工作要点",
            "",
            "**主要指标**",
            "",
            "| 指标 | 2024年目标 | 责任科室 |",
            "|---|---|---|",
            "| 全社会研发投入强度 | 2.6% | 政策法规科 |",
            "| 高新技术企业总数 | 260家 | 高新技术科 |",
            "",
        }.Concat(MeasuresUnderHeadings.Select(l => l + "\n")).ToArray();
        var plan = ImportedModel.From(string.Join("\n", lines), "plan.md");

        Assert.Contains(plan.Tasks, t => t.Label == "7.");
        Assert.Equal(new[] { "区科技创新服务中心" }, plan.Leads("4."));
    }
}
