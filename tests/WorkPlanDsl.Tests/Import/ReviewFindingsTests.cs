using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Inputs a review of the readings of picked and marked leads, grouped-work headings, 项目一：, directive-then-subject
/// prose and blank-line cells found to give a lead the document does not name, or to lose one.
/// </summary>
public class ReviewFindingsTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("二、压实责任。严格落实属地责任，市农业农村局要加强督导，由各县区政府具体组织实施。", "市农业农村局")]
    [InlineData("二、加强宣传。严格落实宣传责任，市委宣传部要加强统筹，请市教育局负责校园宣传。", "市委宣传部")]
    public void A_subject_after_a_directive_is_not_the_lead_where_the_work_is_given_to_another_after_it(string task, string notLead)
    {
        var plan = Import("某市2024年工作意见", "", "一、稳定面积。市农业农村局要会同市自然资源和规划局，将目标任务分解到县。", "", task);
        Assert.DoesNotContain(notLead, plan.Leads("二、"));
    }

    [Fact]
    public void A_shared_lead_mark_stops_at_a_name_with_its_own_mark_and_never_makes_supports_lead()
    {
        var plan = Import(
            "某区2024年工作要点", "",
            "1. 开展治理。责任单位：区财政局、区人社局、区教育局（牵头）、区公安分局（共同牵头）",
            "2. 开展整治。牵头单位：区教育局；配合单位：区财政局、区人社局、区公安分局（共同牵头）");
        Assert.Equal(new[] { "区教育局", "区公安分局" }, plan.Leads("1."));
        Assert.DoesNotContain("区财政局", plan.Leads("2."));
        Assert.DoesNotContain("区人社局", plan.Leads("2."));
    }

    [Theory]
    [InlineData("1. 与省直部门对接（6月底前，省发展改革委）。")]
    [InlineData("1. 争取国家部委支持（年底前，国家发展改革委、财政部）。")]
    [InlineData("1. 配合做好迎检工作（9月，省检查组）。")]
    public void A_dated_bracket_glued_to_words_dealing_with_bodies_names_no_lead(string task)
    {
        var plan = Import("某市2024年工作要点", "", task);
        Assert.Empty(plan.Leads("1."));
    }

    [Fact]
    public void A_count_after_a_lead_in_names_no_task()
    {
        var plan = Import("某县2024年教育工作要点", "", "一、重点任务", "1. 推进一。", "2. 推进二。", "3. 推进三。", "", "全年计划完成，3项由县教育局牵头实施。");
        Assert.Empty(plan.Leads("3."));
    }

    [Theory]
    [InlineData("一、去年由市财政局负责的任务")]
    [InlineData("一、需要市政府牵头的工作")]
    [InlineData("一、市政府领导牵头的工作")]
    public void A_heading_of_work_before_now_or_needing_a_body_gives_no_lead(string heading)
    {
        var plan = Import("华阳市2024年重点任务分解", "", heading, "1. 推进一。");
        Assert.Empty(plan.Leads("1."));
    }

    [Fact]
    public void Projects_named_inside_a_numbered_task_are_its_words_and_a_list_of_names_is_no_number()
    {
        var plan = Import(
            "某市2024年重大项目推进方案", "",
            "1. 推进重大项目建设。（市发改委牵头）",
            "项目一：建设综合交通枢纽。",
            "项目二：建设数据中心。",
            "2. 加快产业升级。（市经信局牵头）",
            "项目1、项目2同步推进。");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
        Assert.Contains("建设数据中心", plan.Words());
    }

    [Fact]
    public void A_page_footer_inside_a_row_is_no_empty_cell()
    {
        var plan = Import(
            "某市2024年重点任务分工", "",
            "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
            "1", "推进城市更新项目建设", "市住房和城乡建设局", "市财政局", "6月底前",
            "2", "加强老旧小区改造", "— 2 —", "市财政局", "12月底前",
            "3", "开展农村人居环境整治", "市农业农村局", "市生态环境局", "10月底前",
            "4", "完善社会救助体系", "市民政局", "市财政局", "年底前");
        Assert.NotEmpty(plan.Leads("2"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 2"));
    }

    [Fact]
    public void A_heading_after_a_numbered_cell_table_whose_items_name_nobody_is_no_row_of_it()
    {
        var plan = Import(
            "工作项目", "具体内容", "办理时间", "办理单位",
            "1.配合卫生单位进行传染病防治宣导", "视需要办理", "卫保组",
            "2.健康橱窗海报宣导", "每周办理", "卫保组",
            "",
            "三、保障措施",
            "1.加强组织领导，明确责任分工。",
            "2.强化督查考核。");
        // 保障措施 holds the plan's safeguards, kept as the section's words, not table rows under the tasks above.
        Assert.Equal(new[] { "配合卫生单位进行传染病防治宣导", "健康橱窗海报宣导" }, plan.Tasks.Select(t => t.Title).ToArray());
        var section = Assert.Single(plan.Model.Sections);
        Assert.Equal("保障措施", section.Title);
        Assert.Contains("强化督查考核", section.Text);
    }

    [Fact]
    public void A_wrapped_line_of_the_matter_is_no_time_cell()
    {
        var plan = Import(
            "工作项目", "具体内容", "办理时间", "办理单位",
            "1.配合卫生单位进行传染病防治宣导", "视需要办理", "卫保组",
            "2.健康橱窗海报宣导", "每周办理", "卫保组",
            "3.开展校园环境消毒及", "病媒防治工作", "总务处");
        var third = plan.Tasks.Last();
        Assert.Equal(new[] { "总务处" }, plan.Names(third.InEffect.Leads));
        Assert.Null(third.Declared.Due);
        Assert.DoesNotContain("办理时间：病媒", plan.Words());
    }

    [Fact]
    public void A_field_list_is_not_joined_across_a_blank_line()
    {
        var plan = Import("某县2024年任务清单", "", "1. 开展行动", "配合单位：县税务局、", "", "县公安局");
        Assert.DoesNotContain("县公安局", plan.Supports("1."));
    }

    [Fact]
    public void Names_a_line_each_are_not_split_where_no_row_shows_its_lead_cell_as_one_line()
    {
        // Each row prints three names: the lead may be merged down from above, so the first name is no sure lead.
        var plan = Import(
            "序号", "重点任务", "牵头单位", "配合单位",
            "1", "推进城市更新", "区住建局", "区财政局", "区自然资源局",
            "2", "推进老旧小区改造", "区财政局", "区自然资源局", "区城管局",
            "3", "加强培训", "区人社局", "区总工会");
        Assert.DoesNotContain(plan.Model.Tasks, t => plan.Names(t.InEffect.Leads).Contains("区财政局"));
    }
}
