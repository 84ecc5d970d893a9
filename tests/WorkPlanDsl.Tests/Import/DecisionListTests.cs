using System.Linq;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// 重大行政决策事项目录 and their hearing lists as portals print them (invented words): the family of documents that
/// still lead to their tables after a page was flattened to text.
/// </summary>
public class DecisionListTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private string[] Leads(ImportedModel plan, int index) => plan.Names(plan.Tasks.ElementAt(index).InEffect.Leads);

    [Fact]
    public void A_second_list_after_the_first_has_its_own_title_and_numbers_from_one_again()
    {
        var plan = Import(
            "2019年某某区人民政府重大行政决策事项目录",
            "序号 |", "决策事项名称 |", "决策事项主要内容 |", "组织承办部门 |",
            "1 |", "新建区妇幼保健院 |", "完成选址和 立项 |", "区卫生健康局 |",
            "2 |", "区老旧小区改造规划(2019-2022) |", "审议通过改造规划 |", "区住房建设局 |",
            "2019年某某区人民政府重大行政决策听证事项目录",
            "序号 |", "决策事项名称 |", "决策事项主要内容 |", "组织承办部门 |",
            "1 |", "新建区妇幼保健院 |", "完成选址和 立项 |", "区卫生健康局 |");

        Assert.Equal(new[] { "1", "2", "1" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区卫生健康局" }, Leads(plan, 0));
        Assert.Equal(new[] { "区住房建设局" }, Leads(plan, 1));
        Assert.Equal(new[] { "区卫生健康局" }, Leads(plan, 2));
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("序号"));
    }

    [Fact]
    public void A_last_row_whose_unit_cell_names_no_body_leads_nothing_and_the_rows_above_keep_their_leads()
    {
        // Read as the rows its bars print (a bar after each cell, the rows numbered 1, 2, 3), row 3 is a task whose
        // 承办部门 names no body; read a cell a line, it could not be placed and ended the table before it.
        var plan = Import(
            "序号 |", "决策事项名称 |", "承办部门 |",
            "1 |", "编制镇区排水专项规划 |", "规划办 |",
            "2 |", "镇级财政专项资金分配 |", "财政所 |",
            "3 |", "其他涉及民生的重大措施 |", "按事项分工落实 |",
            "附件1:",
            "附件2:");

        Assert.Equal(new[] { "规划办" }, Leads(plan, 0));
        Assert.Equal(new[] { "财政所" }, Leads(plan, 1));
        Assert.DoesNotContain(plan.Tasks, t => !t.InEffect.Leads.IsEmpty && t.Title.Contains("附件"));
        Assert.Empty(Leads(plan, 2));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("按事项分工") && n.Message.Contains("does not look like an organisation"));
        Assert.Contains("按事项分工落实", plan.Words());
    }

    [Fact]
    public void Categories_over_rows_numbered_from_one_again_with_rows_that_say_none_and_a_question_column()
    {
        var plan = Import(
            "2022年重大行政决策目录清单",
            "序号 |", "重大行政决策事项名称 |", "承办科室 |", "计划完成时间 |", "主要依据 |", "是否需履行公众参与、专家论证等程序 |",
            "一、全县水资源管理方面的重要规划,包括水资源配置、节约用水和河湖保护等方面的专项规划 |",
            "|||||",
            "1 |", "某县节约用水专项规划 |", "规划二科 |", "2022.11 |", "《某省节约用水条例》 |", "是 |",
            "二、涉及水资源开发利用的专项行动及相关政策 |",
            "|||||",
            "1 |", "无 |",
            "||||",
            "三、涉及水利领域改革和试点的方案 |",
            "|||||",
            "1 |", "某县水利工程管理体制改革方案 |", "人事股 |", "2022-6 |", "《某县深化改革实施方案》 |", "否 |");

        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "规划二科" }, Leads(plan, 0));
        Assert.Equal(new[] { "人事股" }, Leads(plan, 1));
        Assert.DoesNotContain(plan.Tasks, t => t.Title == "无");
        Assert.Equal(3, plan.Model.Sections.Count());
    }

    [Fact]
    public void A_pipe_header_too_wide_for_the_page_goes_on_on_the_next_line()
    {
        var plan = Import(
            "某县2021年度重大行政决策事项目录",
            "序號(hào) | 決策事項(xiàng)名稱(chēng) | 承辦單位 | 計(jì)劃決策 時(shí)間 |",
            "是否履行公眾參與 | 是否履行聽(tīng)證程序 | 是否履行專(zhuān)家論證 |",
            "1 | 某縣城區供水管網改造方案 | 縣水利局 | 第一季度 | 是 | 否 | 是 |",
            "2 | 某縣養老服務設施布局規劃 | 縣民政局 | 第二季度 | 是 | 否 | 是 |");

        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "縣水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "縣民政局" }, plan.Leads("2"));
    }

    [Theory]
    [InlineData("规划一科", true)]
    [InlineData("审批二股", true)]
    [InlineData("党政办三室", true)]
    [InlineData("日间照顾中心三处", false)]
    [InlineData("卫生院5所", false)]
    public void A_numbered_section_of_a_bureau_is_a_body_and_a_count_of_places_is_not(string name, bool isBody)
        => Assert.Equal(isBody, UnitShape.IsOrganisation(name));
}
