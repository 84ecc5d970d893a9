using System.IO;
using System.Linq;
using System.Threading.Tasks;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

public class HoverTests
{
    private const string Inheritance = "plan Org.Inheritance\n  year 2024\nunit 甲 \"甲处(全称)\" alias 甲处\nunit 乙\nsection S \"部分\"\n  lead 甲\n  due \"6月底前\"\ntask T1 \"inherits lead and due from S\"\n  target \"新增托位\" >= 4000 个\ntask T2 \"own support, inherited lead\"\n  support 乙\n  item \"inherits 甲, 乙 and 6月底前 through T2\"\n";

    private static async Task<string?> HoverAsync(string text, string at, int nth = 0, int into = 1)
    {
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync("untitled:h", text);
        var (line, character) = EditorText.Find(text, at, nth, into);
        var hover = await session.RequestAsync("textDocument/hover", LspSession.At("untitled:h", line, character));
        if (hover is null)
        {
            return null;
        }

        Assert.Equal("markdown", (string)hover["contents"]!["kind"]!);
        return (string)hover["contents"]!["value"]!;
    }

    [Fact]
    public async Task A_unit_shows_full_name_kind_aliases_and_the_tasks_it_leads_and_supports()
    {
        var hover = await HoverAsync(Inheritance, "lead 甲", into: 5);
        Assert.Contains("**甲** (unit)", hover);
        Assert.Contains("甲处(全称)", hover);
        Assert.Contains("aliases: 甲处", hover);
        Assert.Contains("leads 2 tasks: T1、T2", hover);
        Assert.Contains("supports no task", hover);
    }

    [Fact]
    public async Task A_seed_unit_counts_the_tasks_the_model_gives_it()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "wuxi-2020.wplan"));
        var model = PlanCompiler.Compile(text).Model!;
        var unit = model.Units.Where(u => u.Kind == UnitModelKind.Unit).OrderByDescending(u => model.Tasks.Count(t => t.InEffect.Leads.Contains(u.Id))).First();
        var leads = model.Tasks.Count(t => t.InEffect.Leads.Contains(unit.Id));
        var supports = model.Tasks.Count(t => t.InEffect.Supports.Contains(unit.Id));

        var hover = await HoverAsync(text, "unit " + unit.Id, into: 5);

        Assert.Contains("leads " + leads + " task", hover);
        Assert.Contains(supports == 0 ? "supports no task" : "supports " + supports + " task", hover);
    }

    [Fact]
    public async Task A_task_says_what_it_inherits_and_from_where()
    {
        var hover = await HoverAsync(Inheritance, "T1 ");
        Assert.Contains("**task T1** inherits lead and due from S", hover);
        Assert.Contains("lead: 甲 (inherited from section S)", hover);
        Assert.Contains("due: “6月底前” (2024-06-30) (inherited from section S)", hover);
        Assert.Contains("新增托位 ≥ 4000 个", hover);

        var second = await HoverAsync(Inheritance, "T2 ");
        Assert.Contains("support: 乙 (declared here)", second);
        Assert.Contains("lead: 甲 (inherited from section S)", second);
    }

    [Fact]
    public async Task An_unnamed_item_is_described_on_its_keyword_with_inheritance_through_its_task()
    {
        var hover = await HoverAsync(Inheritance, "item ", into: 2);
        Assert.Contains("**item T2_1**", hover);
        Assert.Contains("lead: 甲 (inherited from section S through task T2)", hover);
        Assert.Contains("support: 乙 (inherited from task T2)", hover);
        Assert.Contains("item [Ident]", hover);
    }

    [Fact]
    public async Task Positions_inside_a_surrogate_pair_or_past_the_end_of_a_line_are_clamped()
    {
        const string text = "plan A.B\nunit 𠀀科\ntask T1\n  lead 𠀀科\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync("untitled:p", text);
        foreach (var character in new[] { 8, 100 })
        {
            var hover = await session.RequestAsync("textDocument/hover", LspSession.At("untitled:p", 3, character));
            Assert.Contains("**𠀀科** (unit)", (string)hover!["contents"]!["value"]!);
            Assert.Equal(7, (int)hover["range"]!["start"]!["character"]!);
            Assert.Equal(10, (int)hover["range"]!["end"]!["character"]!);
        }

        Assert.Null(await session.RequestAsync("textDocument/hover", LspSession.At("untitled:p", 100, 0)));
    }

    [Fact]
    public async Task A_misspelt_reference_and_plain_text_say_so_or_nothing()
    {
        var text = "plan A.B\nunit 甲\ntask T1\n  lead 乙\n  | 甲乙丙\n";
        Assert.Contains("not a declared unit", await HoverAsync(text, "乙"));
        Assert.Null(await HoverAsync(text, "甲乙丙", into: 1));
    }
}
