using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of set Z (real pages): a government site's particulars block (索引号 / 发布机构 / 名称 …) over a task table, a unit
/// cell closing with 等按职责分工落实, and a table copied one cell a line whose rows print their category before their work.
/// </summary>
public class SiteParticularsAndCategoryRowTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static readonly string[] Ledger =
    {
        "索 引 号:",
        "发布机构: 广东省某委员会",
        "名 称: 某委2021年政务公开工作重点任务台账",
        "分 类: 其他;通知",
        "发文日期: 2021年03月16日",
        "文 号:",
        "2021 年政务公开工作重点任务台账 |",
        "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |",
        "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情等发布权威信息 | 应急处、监督处、疾控处等按职责分工落实 | 长期推进 |",
        "|",
        "2 | 扎实做好疫苗接种信息公开工作 | 疾控处 | 长期推进 |",
        "|",
        "3 | 积极推进部门所属单位预算公开 | 财务处 | 2021年2月公布预算信息,2021年8月公布决算信息 |",
        "|",
    };

    [Fact]
    public void The_particulars_name_the_plan_and_are_no_part_of_it()
    {
        var plan = Import(Ledger);
        Assert.Equal("某委2021年政务公开工作重点任务台账", plan.Model.Title);
        Assert.Equal(2021, plan.Model.Year);
        Assert.DoesNotContain("索 引 号", plan.Result.Plan);
        Assert.DoesNotContain("发布机构", plan.Result.Plan);
    }

    [Fact]
    public void A_unit_cell_closing_with_its_division_of_work_is_the_rows_units()
    {
        var plan = Import(Ledger);
        Assert.Equal(new[] { "1", "2", "3" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "应急处" }, plan.Leads("1"));
        Assert.Equal(new[] { "监督处", "疾控处" }, plan.Supports("1"));
        Assert.Equal(new[] { "疾控处" }, plan.Leads("2"));
        Assert.Equal(new[] { "财务处" }, plan.Leads("3"));
    }

    [Fact]
    public void A_traditional_pages_particulars_keep_its_title_as_printed_and_give_its_number()
    {
        var plan = Import(
            "索 引 號:",
            "發布機構: 某縣人民政府",
            "名 稱: 某縣2024年重點工作任務分工",
            "文 號: 某府辦〔2024〕3號",
            "1.推進城區道路改造。（縣住房和城鄉建設局負責）",
            "2.推進學校建設。（縣教育局負責）");

        Assert.Equal("某縣2024年重點工作任務分工", plan.Model.Title);
        Assert.Contains("某府辦〔2024〕3號", plan.Result.Plan);
        Assert.Equal(new[] { "縣教育局" }, plan.Leads("2."));
    }

    [Fact]
    public void Particulars_that_are_only_a_line_or_two_are_left_alone()
    {
        var plan = Import(
            "名称：某县2024年安全生产工作要点",
            "1.开展安全生产大检查。（县应急管理局负责）");
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("1."));
        Assert.Contains("名称：", plan.Result.Plan);
    }

    [Fact]
    public void A_row_printing_a_new_category_before_its_work_has_the_work_as_its_task()
    {
        var plan = Import(
            "序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "备注",
            "1", "公共文化服务", "“两馆一站”免费开放服务人次较上年增长15%。", "12月底前", "张某某", "文化宣传股", "无",
            "2", "全年组织开展文化下乡等惠民演出不少于100场。",
            "3", "文化产业", "培育规模以上文化服务企业1家。",
            "4", "广电", "完成县级应急广播系统建设。", "广电事业股");

        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("培育规模以上文化服务企业", plan.Task("3").Title);
        Assert.StartsWith("完成县级应急广播系统建设", plan.Task("4").Title);
        Assert.Equal(new[] { "广电事业股" }, plan.Leads("4"));

        // A row printing no unit names none: the merged cell above it and an empty one look alike in copied text.
        Assert.Empty(plan.Leads("3"));
    }
}
