using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// One clause of thousands of names, or a line of long runs of digits (a hostile run: 30,000 supports took 13.5 s, and 10,000 names that are no
/// organisations 35 s and 7.8 GB, each note quoting the whole clause): every name read, the notes bounded.
/// </summary>
public class ImporterLargeClauseTests
{
    private const string Characters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃";

    private static string[] Bodies(int count)
        => (from a in Characters from b in Characters from c in Characters select "县" + a + b + c + "局").Take(count).ToArray();

    [Fact]
    public void A_clause_of_thousands_of_supports_names_each_once()
    {
        var bodies = Bodies(8000);
        var plan = ImportedModel.From("一、任务\n1.开展工作。（县发改局牵头，" + string.Join("、", bodies) + "、" + bodies[0] + "配合）", year: 2024);
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(bodies, plan.Supports("1."));
    }

    [Fact]
    public void Thousands_of_names_that_are_no_organisations_are_noted_in_a_bounded_number_of_short_notes()
    {
        var words = Enumerable.Range(0, 5000).Select(i => "第" + i + "项工作");
        var result = PlanImporter.Import("一、任务\n1.开展工作。（县发改局牵头，" + string.Join("、", words) + "配合）", new ImportOptions("big.txt") { Year = 2024 });
        Assert.InRange(result.Notes.Count, 1, 12);
        Assert.All(result.Notes, n => Assert.InRange(n.Message.Length, 1, 200));
        Assert.Contains(result.Notes, n => n.Message.Contains("more names"));
    }

    [Fact]
    public void A_line_opening_with_runs_of_digits_imports()
    {
        // A contact line of phone numbers (a hostile run: four of them hung the import, a pattern of numbered tasks
        // trying every way to cut the digits into numbers). A regression would not fail here, it would not finish.
        var plan = ImportedModel.From(string.Join("\n",
            "一、联系方式",
            "0731-88888888、0731-66666666、0731-55555555、0731-44444444（传真）",
            "13800000001、13912345678、13712345678、13612345678",
            "二、重点任务",
            "1.开展安全检查。（县应急局负责）"), year: 2024);
        Assert.Equal(new[] { "县应急局" }, plan.Leads("1."));
    }
    [Fact]
    public void A_short_row_under_a_wide_header_is_placed_or_refused_at_once()
    {
        // Twenty dates under forty columns, none of which may hold the work: a search trying every way to place them
        // would not finish (it tries each state once). A regression would not fail here, it would not finish.
        var header = new[] { "序号", "重点任务", "牵头单位" }.Concat(Enumerable.Repeat("完成时限", 37));
        var plan = ImportedModel.From(string.Join("\n",
            "某县2024年重点任务分工表",
            string.Join(" | ", header),
            string.Join(" | ", new[] { "1", "推进城市更新", "县住建局" }.Concat(Enumerable.Repeat("2024年12月底", 37))),
            string.Join(" | ", Enumerable.Repeat("2024年6月底", 20))), year: 2024);
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("could not be placed") && n.Message.Contains("| …"));
    }
}
