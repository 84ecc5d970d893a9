using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Numbering of any length and digits of any script (issue #14): accepted, or not matched, never a crash.</summary>
public class NumberingDigitsTests
{
    [Fact]
    public void Tasks_past_999_are_tasks()
    {
        var text = new StringBuilder("一、任务\n");
        for (var n = 1; n <= 1205; n++)
        {
            text.Append(n).Append(".任务").Append(n).Append("。内容。（市发改委负责）\n");
        }

        var plan = ImportedModel.From(text.ToString());
        Assert.Equal(1205, plan.Model.Tasks.Count);
        Assert.Equal("1000.", plan.Model.Tasks[999].Label);
        Assert.Equal("任务1205", plan.Model.Tasks[^1].Title);
        Assert.Empty(plan.TasksWithoutLead);
    }

    [Fact]
    public void Full_width_digits_in_numbering_dates_and_deadlines()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市２０２４年工作要点",
            "发布日期：２０２４-０４-０１",
            "一、任务",
            "１．推进建设。６月底前完成。（市发改委负责）",
            "２．优化服务。内容。（市商务局负责）",
            "某市人民政府",
            "２０２４年４月１日"));
        Assert.Equal(new[] { "１．", "２．" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new WorkPlanDsl.Language.PlanDate(2024, 4, 1), plan.Model.Published);
        Assert.Equal(2024, plan.Model.Year);
        Assert.Equal("6月底前", plan.Task("１．").Declared.Due!.Text);
        Assert.Equal(new WorkPlanDsl.Language.PlanDate(2024, 6, 30), plan.Task("１．").Declared.Due!.Date);
    }

    [Theory]
    [InlineData("\u0661\u0662.")] // Arabic-Indic ١٢.
    [InlineData("\u0967.")] // Devanagari १.
    [InlineData("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF10.")] // ten full-width digits: more than an int holds
    [InlineData("99999999999.")]
    [InlineData("\u0663\u0660\u0660\u0660年\u0666月底前")]
    public void Digits_of_any_script_never_crash(string start)
    {
        var text = "一、任务\n" + start + "推进建设。" + start + "完成。\u0661\u0660月底前。达到\u0669\u0660%以上。（市发改委负责）\n2.任务。内容。";
        var result = PlanImporter.Import(text, "digits.txt");
        Assert.NotNull(result.Plan);
        Assert.False(WorkPlanDsl.Language.PlanCompiler.Compile(result.Plan!).HasErrors, result.Plan);
    }
}
