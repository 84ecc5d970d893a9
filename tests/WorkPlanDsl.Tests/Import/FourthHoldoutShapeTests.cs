using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The shapes the fourth holdout set (Evaluation/Holdout4) found the recogniser missing or misreading; invented lines.
/// </summary>
public class FourthHoldoutShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_short_name_is_not_read_as_another_bodys_name_by_loose_likeness()
    {
        // 区林业局 has the first and last character of 区农业农村和林业局 and its characters in order, but it drops whole
        // words: it is a body of its own as printed, not an abbreviation.
        var plan = Import(
            "一、任务",
            "1.推进林下经济发展。责任单位：区林业局、区科技局。",
            "2.发展特色种植。责任单位：区农业农村和林业局（牵头）、区商务局。");
        Assert.Equal(new[] { "区林业局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区农业农村和林业局" }, plan.Leads("2."));
    }

    [Fact]
    public void The_initials_of_each_word_are_still_an_abbreviation()
    {
        var plan = Import(
            "一、任务",
            "1.完善信息系统。（牵头科室：规划信息科）",
            "2.上线数据平台。（牵头科室：规信科）");
        Assert.Equal(plan.Leads("1."), plan.Leads("2."));
    }

    [Fact]
    public void Units_in_brackets_before_the_work_are_the_tasks_accountable_units()
    {
        var plan = Import(
            "一、民生实事",
            "1.【市水务局】新建农村供水站12座，惠及群众3万人。",
            "2.【市体育局、市财政局】新建健身步道30公里。",
            "3.【市商务局牵头，各区县配合】新建便民菜市场10个。",
            "4.【各区县】改造公共厕所200座。",
            "5.【重点项目】推进城市更新。");
        Assert.Equal(new[] { "市水务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("3."));
        Assert.Equal(new[] { "各区县" }, plan.Supports("3."));
        Assert.Equal(new[] { "各区县" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void By_x_carrying_it_out_inside_the_sentence_names_the_lead()
    {
        var plan = Import(
            "一、民生实事",
            "1. 新建农村供水站12座，惠及群众3万人，由市水务局负责实施，各区县配合。",
            "2. 新建健身步道30公里，由市体育局会同市园林局负责实施。",
            "3. 改造公共厕所200座，由各区县负责实施。",
            "4. 新建便民菜市场10个，由于需求旺盛，数量逐年增加。");
        Assert.Equal(new[] { "市水务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各区县" }, plan.Supports("1."));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市园林局" }, plan.Supports("2."));
        Assert.Equal(new[] { "各区县" }, plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_task_table_typed_as_records_gives_a_task_per_record()
    {
        var plan = Import(
            "一、基础设施",
            "序号 1",
            "任务：建成城西污水处理厂二期工程。",
            "牵头处室：建设管理处",
            "配合处室：计划财务处、质量安全处",
            "完成时限：2025年10月底",
            "分管局领导：王五",
            "序号 2",
            "任务：完成供水管网改造50公里。",
            "责任处室：供水处　　完成时限：2025年12月底",
            "二、机关建设",
            "序号 3",
            "任务：完成年度预算编制。",
            "责任处室：计划财务处");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "建设管理处" }, plan.Leads("1"));
        Assert.Equal(new[] { "计划财务处", "质量安全处" }, plan.Supports("1"));
        Assert.Equal(new[] { "供水处" }, plan.Leads("2"));
        Assert.Equal(new[] { "计划财务处" }, plan.Leads("3"));
        Assert.DoesNotContain(plan.Tasks, t => t.Label == "序号");
    }

    [Fact]
    public void By_x_at_the_start_of_a_later_sentence_of_a_task_names_the_lead()
    {
        var plan = Import(
            "一、主要措施",
            "（一）优化涉企服务。建立企业服务专员制度。由市商务局负责，市科技局配合，建立重点企业联系清单。",
            "（二）加强人才支撑。实施人才引进计划。由于需求旺盛，逐年扩大规模。",
            "（三）完善融资服务。由市金融办负责，各区配合，举办银企对接会。（牵头单位：市财政局）");
        Assert.Equal(new[] { "市商务局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市科技局" }, plan.Supports("（一）"));
        Assert.Empty(plan.Leads("（二）"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void Two_tasks_printed_in_one_paragraph_are_two_tasks_sharing_the_clause_that_closes_it()
    {
        var plan = Import(
            "一、提升政务服务",
            "9. 推进一件事办理。年内推出一批重点事项。（国务院办公厅牵头，各有关部门按职责分工负责）",
            "10. 深化电子证照应用。扩大互认共享范围。11. 推动政务数据共享。健全按需共享机制。（国家数据局牵头，公安部等按职责分工负责）",
            "12. 优化税费服务。推行非接触式办理。（税务总局负责）");
        Assert.Equal(new[] { "9.", "10.", "11.", "12." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "国家数据局" }, plan.Leads("11."));
        Assert.Equal(new[] { "国家数据局" }, plan.Leads("10."));
        Assert.Equal(plan.Supports("11."), plan.Supports("10."));
        Assert.Equal(plan.Task("9.").Title.StartsWith(" "), plan.Task("10.").Title.StartsWith(" "));
        Assert.Equal("深化电子证照应用", plan.Task("10.").Title.Trim());
        Assert.Contains("# review: shares the responsibility clause that closes its paragraph with task 11.", plan.Result.Plan);

        var parenthesized = Import(
            "一、完善审批",
            "（二）推行告知承诺制。（司法部负责）",
            "（三）完善审批服务。推行告知承诺制。（四）规范中介服务。清理中介事项。（市场监管总局负责）",
            "（五）加强监管。（市场监管总局负责）");
        Assert.Equal(new[] { "（二）", "（三）", "（四）", "（五）" }, parenthesized.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市场监管总局" }, parenthesized.Leads("（三）"));
    }

    [Fact]
    public void A_number_inside_a_task_is_its_own_words_where_the_numbering_goes_on_without_a_gap()
    {
        // The steps 2. and 3. inside task 1 are not tasks: the next paragraph is 2., no number is missing.
        var plan = Import(
            "一、任务",
            "1. 推进改造。分三步实施。2. 开展摸底。3. 组织施工。（市住建局负责）",
            "2. 加强管理。（市城管局负责）");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市住建局" }, plan.Leads("1."));
    }
}
