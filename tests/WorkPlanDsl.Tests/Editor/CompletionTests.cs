using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

public class CompletionTests
{
    private static string Zhuzhou => File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan"));

    private static async Task<JArray> CompleteAsync(string text, int line, int character)
    {
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync("untitled:c", text);
        var result = await session.RequestAsync("textDocument/completion", LspSession.At("untitled:c", line, character));
        return (JArray)result!["items"]!;
    }

    [Fact]
    public async Task At_the_start_of_a_line_every_keyword_and_alias_of_the_keyword_table_is_offered()
    {
        var text = Zhuzhou + "\n  ";
        var (line, character) = EditorText.PositionOf(text, text.Length);
        var items = await CompleteAsync(text, line, character);

        var labels = items.Select(i => (string)i["label"]!).ToList();
        Assert.Equal(Keywords.All.Select(k => k.Key).OrderBy(k => k, System.StringComparer.Ordinal), labels.OrderBy(k => k, System.StringComparer.Ordinal));
        var lead = items.Single(i => (string)i["label"]! == "牵头");
        Assert.Equal("lead · 牵头", (string)lead["detail"]!);
        Assert.All(items, i => Assert.Equal(14, (int)i["kind"]!));
    }

    [Fact]
    public async Task A_partly_typed_keyword_is_replaced_from_its_first_letter()
    {
        var text = "plan A.B\ntask T1\n\u3000\u3000牵";
        var items = await CompleteAsync(text, 2, 3);
        var edit = items.Single(i => (string)i["label"]! == "牵头")["textEdit"]!;
        Assert.Equal(2, (int)edit["range"]!["start"]!["character"]!);
        Assert.Equal(3, (int)edit["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task After_lead_the_declared_units_groups_and_aliases_are_offered_with_their_full_names()
    {
        var text = Zhuzhou;
        var (line, character) = EditorText.Find(text, "  lead 体改科", into: "  lead ".Length);
        var items = await CompleteAsync(text, line, character);

        var model = PlanCompiler.Compile(text).Model!;
        var declared = model.Units.SelectMany(u => u.Aliases.Prepend(u.Id)).ToHashSet();
        var labels = items.Select(i => (string)i["label"]!).ToHashSet();
        Assert.Equal(declared, labels);
        Assert.Equal("120指挥中心 (unit)", (string)items.Single(i => (string)i["label"]! == "指挥中心120")["detail"]!);
        Assert.Equal("unit, alias of 规划信息科", (string)items.Single(i => (string)i["label"]! == "规信科")["detail"]!);
        Assert.Equal(13, (int)items.Single(i => (string)i["label"]! == "各县市区卫生健康局")["kind"]!);

        // For a lead, units sort before groups (a lead of groups only is WPL0003).
        var sorted = items.OrderBy(i => (string)i["sortText"]!, System.StringComparer.Ordinal).Select(i => (string)i["label"]!).ToList();
        Assert.True(sorted.IndexOf("体改科") < sorted.IndexOf("各县市区卫生健康局"));
    }

    [Fact]
    public async Task After_a_Chinese_alias_and_a_separator_the_units_not_yet_named_are_offered_over_the_typed_prefix()
    {
        var text = "plan A.B\nunit 𠀀科 \"全称\"\nunit 体改科\ngroup 各局\ntask T1\n  配合 体改科、𠀀";
        var items = await CompleteAsync(text, 5, 11);

        var labels = items.Select(i => (string)i["label"]!).ToList();
        Assert.DoesNotContain("体改科", labels);
        Assert.Contains("各局", labels);
        var pair = items.Single(i => (string)i["label"]! == "𠀀科");
        Assert.Equal("全称 (unit)", (string)pair["detail"]!);

        // The typed '𠀀' is two UTF-16 code units: the edit replaces characters 9 to 11.
        Assert.Equal(9, (int)pair["textEdit"]!["range"]!["start"]!["character"]!);
        Assert.Equal(11, (int)pair["textEdit"]!["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task After_due_worded_deadlines_are_offered_with_the_date_they_mean_in_the_plans_year()
    {
        var text = "plan A.B\n  year 2024\ntask T1\n  due \"6月底前\"\ntask T2\n  时限 ";
        var items = await CompleteAsync(text, 5, 5);

        Assert.Equal("6月底前", (string)items[0]["label"]!);
        var yearEnd = items.Single(i => (string)i["label"]! == "年底前");
        Assert.Equal("2024-12-31", (string)yearEnd["detail"]!);
        Assert.Equal("\"年底前\"", (string)yearEnd["textEdit"]!["newText"]!);
        Assert.Equal("2024-09-30", (string)items.Single(i => (string)i["label"]! == "三季度")["detail"]!);
        Assert.Equal("no date", (string)items.Single(i => (string)i["label"]! == "长期坚持")["detail"]!);
    }

    [Theory]
    [InlineData("plan A.B\n# lead ", 1, 7)]
    [InlineData("plan A.B\ntask T1\n  | lead ", 2, 9)]
    [InlineData("plan A.B\ntask T1 \"x\"", 1, 10)]
    [InlineData("plan A.B\ntask T1\n  due 2024-06", 2, 13)]
    public async Task Nothing_is_offered_where_nothing_fits(string text, int line, int character)
        => Assert.Empty(await CompleteAsync(text, line, character));
}
