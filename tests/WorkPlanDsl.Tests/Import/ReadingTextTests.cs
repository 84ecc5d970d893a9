using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>What the text of a paragraph is before the recogniser reads it: characters that print as nothing, page numbers.</summary>
public class ReadingTextTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Zero_width_characters_inside_a_name_are_not_part_of_it()
    {
        var plan = Import("一、任务", "1.\u200b新增就业岗位。", "牵头单位：市人力资源\u200b和社会保障局");
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Leads("1."));
    }

    [Fact]
    public void A_page_number_between_the_halves_of_a_wrapped_name_is_dropped()
    {
        // pdftotext -layout: lines wrapped at one width, a page number and a form feed inside the bracket.
        var plan = Import(
            "一、优化营商环境工作任务清单的主要内容如下",
            "1.推进企业开办全程网办，压缩开办时间至一个工作日以内，",
            "全面推行电子营业执照和电子印章同步发放应用。（责任单位：市",
            "",
            "                — 2 —",
            "\f市场监督管理局）",
            "2.推进工程建设项目审批制度改革，压缩审批时间至三十日以内，",
            "实现全流程在线审批和并联审批全覆盖以及全程留痕可查询管理。",
            "（牵头单位：市住房和城乡建设局；配合单位：市自然资源局）",
            "3.推进不动产登记改革，实现一般登记和抵押登记五个工作日内",
            "办结，并逐步推行登记缴税发证一窗受理同步办理并且实时反馈。",
            "（责任单位：市自然资源局）");
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("1."));
        Assert.DoesNotContain("— 2 —", plan.Result.Plan);
    }

    [Theory]
    [InlineData("- 2 -")]
    [InlineData("－2－")]
    [InlineData("第 2 页")]
    [InlineData("第2页 共9页")]
    [InlineData("第2页，共9页")]
    [InlineData("2 / 9")]
    [InlineData("２/９")]
    public void Every_form_of_page_number_is_dropped_wherever_a_page_breaks(string page)
    {
        var plan = Import(
            "一、优化营商环境工作任务清单的主要内容如下",
            "1.推进企业开办全程网办，压缩开办时间至一个工作日以内，",
            "全面推行电子营业执照和电子印章同步发放应用。（责任单位：市",
            "",
            "                " + page,
            "\f市场监督管理局）",
            "2.推进工程建设项目审批制度改革，压缩审批时间至三十日以内，",
            "实现全流程在线审批和并联审批全覆盖以及全程留痕可查询管理。",
            "（牵头单位：市住房和城乡建设局；配合单位：市自然资源局）",
            "3.推进不动产登记改革，实现一般登记和抵押登记五个工作日内",
            "办结，并逐步推行登记缴税发证一窗受理同步办理并且实时反馈。",
            "（责任单位：市自然资源局）");
        Assert.Equal(new[] { "市市场监督管理局" }, plan.Leads("1."));
        Assert.DoesNotContain(page.Trim(), plan.Result.Plan);
    }

    [Fact]
    public void A_numbered_page_over_its_count_between_the_rows_of_a_wrapped_table_is_dropped()
    {
        // Plain pdftotext: a table's row broken by a page whose number is printed as 2/3.
        var plan = Import(
            "附件",
            "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
            "1", "老旧小区改造", "区住建局", "区财政局", "2025年10月",
            "2", "城市道路提质", "区城管局", "2/3", "区财政局", "2025年12月",
            "3", "口袋公园建设", "区城管局", "区园林局", "2025年11月");
        Assert.Equal(new[] { "区城管局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("2"));
    }
}
