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
}
