using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What a task table's words say beyond its header's role words, in documents of each format: a column of the unit
/// before a change (原牵头单位), measure numbers in a unit cell, ditto marks, and a row of totals.
/// </summary>
public class TableCellWordsTests
{
    private static ImportedModel Import(string name, byte[] bytes)
    {
        var read = DocumentReader.Read(name, bytes);
        Assert.True(read.Document is not null, read.Error);
        return ImportedModel.From(PlanImporter.Import(read.Document!, new ImportOptions(name)));
    }

    private static byte[] Html(params string[][] rows)
        => Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>2024年县重点工作任务责任调整表</p><table>"
            + string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")) + "</table></body></html>");

    [Theory]
    [InlineData("原牵头单位", "调整后牵头单位")]
    [InlineData("原来的牵头单位", "现牵头单位")]
    [InlineData("调整前牵头单位", "新牵头单位")]
    [InlineData("牵头单位（变更前）", "牵头单位（变更后）")]
    public void A_column_of_the_former_lead_is_text_and_the_lead_is_the_one_after_the_change(string former, string current)
    {
        var plan = Import("t.html", Html(
            new[] { "序号", "重点任务", former, current, "配合单位" },
            new[] { "1", "推进县城供水一体化", "县住建局", "县水利局", "县发改局" },
            new[] { "2", "建设县级综合养老服务中心", "县卫健局", "县民政局", "县卫健局" }));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县发改局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2"));
        Assert.Contains(former + "：县住建局", plan.Task("1").Text);
        Assert.DoesNotContain(plan.Model.Tasks, t => t.InEffect.Leads.Contains("县住建局"));
    }
}
