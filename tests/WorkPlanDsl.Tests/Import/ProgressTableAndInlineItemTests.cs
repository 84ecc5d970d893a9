using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of set Y at first contact: a progress table whose task cell lists the places a work is done in, a header
/// naming two roles in one column, a report that lists its tasks inside one paragraph (一是…（责任单位：X）；二是…), and a
/// web page's chrome before the document's title.
/// </summary>
public class ProgressTableAndInlineItemTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_task_cell_listing_the_places_to_build_in_is_no_list_of_units()
    {
        var plan = Import(
            "2022年度县民生实事项目进度表",
            "序号", "项目内容", "当前进度", "牵头单位", "备注",
            "1", "新建公办幼儿园3所。", "80%", "县教育局", "市民生实事",
            "2", "建成投用城关镇、新安镇、龙泉镇等3家中心敬老院", "57%(新安偏慢)", "县民政局", "县民生实事",
            "3", "开工建设东山乡、西岭乡等2家卫生院", "50%", "县卫健局", "县民生实事");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("3"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("敬老院") || (u.FullName ?? u.Id).Contains("城关镇"));
        Assert.StartsWith("建成投用城关镇", plan.Task("2").Title);
    }

    [Fact]
    public void A_column_naming_two_roles_beside_a_lead_column_gives_supports()
    {
        var plan = Import(
            "序号 | 主要任务 | 牵头单位 | 责任主体与协同单位 | 推进情况 |",
            "1 | 优化提升背街小巷30条。 | 城管局 | 市政局、相关街道 | 已完成60%。 |",
            "2 | 新建垃圾中转站5个。 | 城管局 | 环卫处、各街道 | 已完成3个。 |");
        Assert.Equal(new[] { "城管局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市政局", "相关街道" }, plan.Supports("1"));
        Assert.Equal(new[] { "环卫处", "各街道" }, plan.Supports("2"));
    }

    [Fact]
    public void A_column_naming_two_roles_alone_is_an_accountable_list()
    {
        var plan = Import(
            "序号 | 主要任务 | 牵头单位及配合单位 | 完成时限 |",
            "1 | 优化提升背街小巷30条。 | 区城管局、区市政局 | 年底前 |");
        Assert.Equal(new[] { "区城管局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区市政局" }, plan.Supports("1"));
    }

    [Fact]
    public void Items_inside_one_paragraph_each_naming_who_leads_are_the_tasks_of_a_document_numbering_nothing()
    {
        var plan = Import(
            "关于全市重点民生实事进展情况的督查专报",
            "按照市政府要求，市政府督查室对重点民生实事进展情况进行了督查，现报告如下。",
            "今年涉及我市的任务有3个，分别为：一是维修改造中小学校13所（责任单位：市教育局）；二是提高异地就医报销比例（责任单位：市医保局）；三是新改建农村公路380公里（责任单位：市交通局）。目前，3个任务均已完成。");
        Assert.Equal(new[] { "一是", "二是", "三是" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市教育局" }, plan.Leads("一是"));
        Assert.Equal(new[] { "市医保局" }, plan.Leads("二是"));
        Assert.Equal(new[] { "市交通局" }, plan.Leads("三是"));
    }

    [Fact]
    public void Items_inside_a_paragraph_most_of_which_name_a_lead_are_tasks_and_the_others_have_none()
    {
        var plan = Import(
            "关于全市重点工作进展情况的通报",
            "今年重点工作有3项，分别为：一是维修改造中小学校13所（责任单位：市教育局）；二是提高异地就医报销比例；三是新改建农村公路380公里（责任单位：市交通局）。");
        Assert.Equal(new[] { "一是", "二是", "三是" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市教育局" }, plan.Leads("一是"));
        Assert.Empty(plan.Leads("二是"));
        Assert.Equal(new[] { "市交通局" }, plan.Leads("三是"));
    }

    [Fact]
    public void Items_inside_a_paragraph_of_which_one_names_a_lead_stay_its_words()
    {
        var plan = Import(
            "关于全市重点工作进展情况的通报",
            "今年重点工作有3项，分别为：一是维修改造中小学校13所（责任单位：市教育局）；二是提高异地就医报销比例；三是新改建农村公路380公里。");
        Assert.Empty(plan.Model.Tasks);
    }

    [Fact]
    public void A_web_pages_chrome_before_the_documents_title_is_no_title()
    {
        var plan = Import(
            "视窗",
            "loading...",
            "某市人民政府 The People's Government",
            "关于全市重点民生实事进展情况的督查专报",
            "来源:市政府办督查室",
            "一、工作任务",
            "1.维修改造中小学校13所（责任单位：市教育局）。");
        Assert.Equal("关于全市重点民生实事进展情况的督查专报", plan.Model.Title);
        Assert.Equal(new[] { "市教育局" }, plan.Leads("1."));
    }

    [Fact]
    public void Each_of_the_accountable_sections_is_a_group()
    {
        var plan = Import(
            "序号 | 重点任务 | 负责科室 |",
            "1 | 做好政策解读工作。 | 各责任科室 |",
            "2 | 做好信息公开工作。 | 办公室 |");
        Assert.Equal(new[] { "各责任科室" }, plan.Leads("1"));
        Assert.Equal(WorkPlanDsl.Language.UnitModelKind.Group, plan.Model.Units.Single(u => (u.FullName ?? u.Id) == "各责任科室").Kind);
    }
}
