using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A gazette (政府公报) prints its pages in two columns of running text; <c>pdftotext -layout</c> copies each line of
/// the left column with the line of the right column beside it, so read line by line a task runs into the task beside
/// it and takes its roles. Read column by column, every task keeps its own words and roles; a page of two columns that
/// are not running text (a table's cells, plans beside their results numbered again) is not.
/// </summary>
public class GazetteColumnTests
{
    // Left column: tasks 1–3 and the start of 4; right column: the end of 4, then 5 and 6. pdftotext places the right
    // column at the same character on every line (by characters, not by their printed width).
    private static readonly string[] Page =
    {
        "                    云峤县人民政府公报",
        "  一、持续优化营商环境                 推行信访事项分类处理清单。（县信访",
        "  1.深化工程建设项目审批制度改革。推行拿地即     局牵头，县司法局配合）",
        "开工、竣工即交付模式，社会投资项目审批时间压      5.扩大普惠托育服务供给。新建普惠托育",
        "缩至三十个工作日以内。（县住房和城乡建设局牵      机构二十家，每千人口托位数达到四点五个。",
        "头，县自然资源和规划局配合）                 （县卫生健康委员会牵头，县教育局配合）",
        "  2.健全常态化政企沟通机制。每季度召开一次民     6.推动生活垃圾分类提质增效。建成区生活",
        "营企业座谈会，面对面听取企业诉求。（县工业和      垃圾分类覆盖率达到百分之百，厨余垃圾处理",
        "信息化局牵头，县工商业联合会配合）               能力提升至每日三百吨。（县城市管理局牵头，",
        "  3.优化跨境贸易便利化服务。压缩进出口整体通     县生态环境局配合）",
        "关时间，推广提前申报和两步申报模式。（县商务      ",
        "局牵头，云峤海关配合）",
        "  4.深化信访工作法治化建设。畅通群众诉求渠道，",
    };

    [Fact]
    public void Two_columns_of_running_text_are_read_column_by_column()
    {
        var plan = ImportedModel.From(string.Join("\n", Page));
        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "5.", "6." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县工业和信息化局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县信访局" }, plan.Leads("4."));
        Assert.Equal(new[] { "县卫生健康委员会" }, plan.Leads("5."));
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("6."));
        Assert.StartsWith("深化工程建设项目审批制度改革", plan.Task("1.").Title);
    }

    [Fact]
    public void Columns_numbered_in_full_width_digits_are_read_column_by_column()
    {
        // A Word document's PDF keeps its full-width numbers (１．深化…): the columns go on all the same.
        var page = Page.Select(l => new string(l.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c).ToArray()));
        var plan = ImportedModel.From(string.Join("\n", page));
        Assert.Equal(6, plan.Tasks.Count());
        Assert.Equal(
            new[] { "县住房和城乡建设局", "县工业和信息化局", "县商务局", "县信访局", "县卫生健康委员会", "县城市管理局" },
            plan.Tasks.Select(t => Assert.Single(plan.Names(t.InEffect.Leads))).ToArray());
    }

    [Fact]
    public void A_task_table_with_its_units_beside_the_measures_is_not_read_as_columns_of_text()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "云峤县2025年重点任务",
            "  1.深化工程建设项目审批制度改革，推行拿地即开工。        县住房和城乡建设局",
            "  2.健全常态化政企沟通机制，每季度召开一次座谈会。        县工业和信息化局",
            "  3.优化跨境贸易便利化服务，压缩进出口整体通关时间。      县商务局",
            "  4.深化信访工作法治化建设，畅通群众诉求表达渠道。        县信访局",
            "  5.扩大普惠托育服务供给，新建普惠托育机构二十家。        县卫生健康委员会",
            "  6.推动生活垃圾分类提质增效，生活垃圾分类全覆盖。        县城市管理局",
            "  7.培育消费新场景新业态，打造夜间经济集聚区五个。        县商务局"));
        Assert.Equal(7, plan.Tasks.Count());
        Assert.DoesNotContain(plan.Tasks, t => t.Title.StartsWith("县", System.StringComparison.Ordinal));
    }
}
