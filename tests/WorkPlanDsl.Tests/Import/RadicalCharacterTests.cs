using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Text copied out of a PDF carries the font's radical glyphs for whole characters (⼈⺠政府, 市⾃然资源局): read as the
/// characters they print, so a unit is the same unit wherever the document names it, in every format.
/// </summary>
public class RadicalCharacterTests
{
    [Fact]
    public void Radical_glyphs_in_a_copied_plan_are_read_as_the_characters_they_print()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "云峤市⼈⺠政府2025年重点⼯作分⼯",
            "一、重点任务",
            "1.推⾏拿地即开⼯模式。（牵头单位：市⾃然资源局；配合单位：市住房和城乡建设局）",
            "2.完善⻔户⽹站功能。（牵头单位：市自然资源局）"));
        Assert.Equal(new[] { "市自然资源局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市自然资源局" }, plan.Leads("2."));
        Assert.Single(plan.Model.Units, u => (u.FullName ?? u.Id) == "市自然资源局");
        Assert.Equal("推行拿地即开工模式", plan.Task("1.").Title);
        Assert.StartsWith("完善门户网站功能", plan.Task("2.").Title);
    }

    [Fact]
    public void A_radical_that_is_only_part_of_a_character_stays_as_printed()
    {
        var plan = ImportedModel.From("一、重点任务\n1.推进⺮编⼯艺传承。（牵头单位：市文化馆）");
        Assert.StartsWith("推进⺮编工艺传承", plan.Task("1.").Title);
    }

    [Fact]
    public void Radical_glyphs_in_a_table_cell_are_read_as_the_characters_they_print()
    {
        var html = "<html><body><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            + "<tr><td>1</td><td>推⾏经营主体登记⼀件事</td><td>市市场监督管理局</td><td>市⼈⼒资源和社会保障局</td></tr></table></body></html>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Names(task.InEffect.Supports));
    }
}
