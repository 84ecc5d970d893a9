using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

public class NavigationTests
{
    private const string Uri = "untitled:n";

    private static string Zhuzhou => File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan"));

    private static (int Line, int Character) Start(JToken range) => ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!);

    private static string Slice(string text, JToken range)
    {
        var start = EditorText.OffsetOf(text, (int)range["start"]!["line"]!, (int)range["start"]!["character"]!);
        var end = EditorText.OffsetOf(text, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!);
        return text.Substring(start, end - start);
    }

    /// <summary>Every place the plan's statements spell one of the unit's names, counted from the parser's tokens.</summary>
    private static int SpellingsOf(string text, string unitId)
    {
        var model = PlanCompiler.Compile(text).Model!;
        var names = model.Units.Single(u => u.Id == unitId).Aliases.Prepend(unitId).ToHashSet();
        var tree = PlanParser.Parse(text);
        return tree.Statements.Where(s => s.Kind is StatementKind.Lead or StatementKind.Support).Sum(s => s.List.Count(t => names.Contains(t.Value)))
            + tree.Statements.Where(s => s.Kind == StatementKind.Unit && s.Name?.Value == unitId).Sum(s => 1 + s.List.Count);
    }

    [Fact]
    public async Task Definition_of_a_reference_is_the_units_declaration()
    {
        var text = Zhuzhou;
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var (line, character) = EditorText.Find(text, "  lead 体改科", into: 8);

        var locations = (JArray)(await session.RequestAsync("textDocument/definition", LspSession.At(Uri, line, character)))!;

        var declaration = PlanCompiler.Compile(text).Model!.Units.Single(u => u.Id == "体改科").Location;
        var location = Assert.Single(locations);
        Assert.Equal(Uri, (string)location["uri"]!);
        Assert.Equal((declaration.StartLine, declaration.StartColumn), Start(location["range"]!));
    }

    [Fact]
    public async Task Definition_of_an_alias_is_the_alias_in_the_declaration()
    {
        var text = "plan A.B\ntask T1\n  lead 规信科\nunit 规划信息科 alias 规信科\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var locations = (JArray)(await session.RequestAsync("textDocument/definition", LspSession.At(Uri, 2, 8)))!;
        Assert.Equal(EditorText.Find(text, "规信科", nth: 1), Start(Assert.Single(locations)["range"]!));
    }

    [Fact]
    public async Task References_and_highlights_find_every_spelling_of_a_unit()
    {
        var text = Zhuzhou;
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var (line, character) = EditorText.Find(text, "unit 规划信息科", into: 6);

        var all = (JArray)(await session.RequestAsync("textDocument/references", new { textDocument = new { uri = Uri }, position = LspSession.Position(line, character), context = new { includeDeclaration = true } }))!;
        var usesOnly = (JArray)(await session.RequestAsync("textDocument/references", new { textDocument = new { uri = Uri }, position = LspSession.Position(line, character), context = new { includeDeclaration = false } }))!;
        var highlights = (JArray)(await session.RequestAsync("textDocument/documentHighlight", LspSession.At(Uri, line, character)))!;

        var expected = SpellingsOf(text, "规划信息科");
        Assert.True(expected > 3);
        Assert.Equal(expected, all.Count);
        Assert.Equal(expected - 2, usesOnly.Count);
        Assert.Equal(expected, highlights.Count);
        Assert.Equal(2, highlights.Count(h => (int)h["kind"]! == 3));
        Assert.All(all, l => Assert.Contains(Slice(text, l["range"]!), new[] { "规划信息科", "规信科" }));
    }

    [Fact]
    public async Task References_to_a_unit_list_the_workspace_plans_that_name_the_same_department_and_rename_stays_in_the_plan()
    {
        var folder = Workplan.TempDirectory();
        var a = Path.Combine(folder, "a.wplan");
        var b = Path.Combine(folder, "b.wplan");
        var c = Path.Combine(folder, "c.wplan");
        const string textA = "plan P.A\nunit 体改科\ntask T1\n  lead 体改科\n";
        File.WriteAllText(a, textA);
        File.WriteAllText(b, "plan P.B\nunit 改革科 \"体改科\" alias 改革\ntask T1\n  lead 改革\ntask T2\n  support 改革科\n");
        File.WriteAllText(c, "plan P.C\nunit 人事科\ntask T1\n  lead 人事科\n");
        await using var session = await LspSession.StartAsync(folder);
        await session.OpenAsync(LspSession.Uri(a), textA);

        var all = (JArray)(await session.RequestAsync("textDocument/references", new { textDocument = new { uri = LspSession.Uri(a) }, position = LspSession.Position(3, 8), context = new { includeDeclaration = true } }))!;
        var byFile = all.GroupBy(l => Path.GetFileName(new System.Uri((string)l["uri"]!).LocalPath)).ToDictionary(g => g.Key, g => g.Select(l => Start(l["range"]!)).ToList());
        Assert.Equal(new[] { (1, 5), (3, 7) }, byFile["a.wplan"]);
        Assert.Equal(new[] { (1, 5), (1, 21), (3, 7), (5, 10) }, byFile["b.wplan"]);
        Assert.False(byFile.ContainsKey("c.wplan"));

        var edit = await session.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspSession.Uri(a) }, position = LspSession.Position(3, 8), newName = "医改科" });
        Assert.Equal(new[] { LspSession.Uri(a) }, ((JObject)edit!["changes"]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task Rename_of_a_unit_rewrites_its_declaration_and_references_and_the_plan_binds_the_same()
    {
        var text = Zhuzhou;
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var (line, character) = EditorText.Find(text, "  lead 体改科", into: 9);

        var prepared = await session.RequestAsync("textDocument/prepareRename", LspSession.At(Uri, line, character));
        Assert.Equal("体改科", (string)prepared!["placeholder"]!);
        var edit = await session.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = LspSession.Position(line, character), newName = "医改科" });

        var edits = (JArray)edit!["changes"]![Uri]!;
        Assert.Equal(SpellingsOf(text, "体改科"), edits.Count);
        var renamed = EditorText.Apply(text, edits);
        var before = PlanCompiler.Compile(text);
        var after = PlanCompiler.Compile(renamed);
        Assert.DoesNotContain(after.Model!.Units, u => u.Id == "体改科");
        Assert.Contains(after.Model!.Units, u => u.Id == "医改科");
        Assert.Equal(before.Diagnostics.Select(d => d.Id), after.Diagnostics.Select(d => d.Id));
        Assert.Equal(
            before.Model!.Tasks.Select(t => string.Join(",", t.InEffect.Leads).Replace("体改科", "医改科")),
            after.Model!.Tasks.Select(t => string.Join(",", t.InEffect.Leads)));
    }

    [Fact]
    public async Task Rename_of_a_task_and_a_section_changes_their_ids()
    {
        var text = "plan A.B\nunit 甲\nsection S1\ntask T1\n  lead 甲\n  item \"x\"\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var task = await session.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = LspSession.Position(3, 6), newName = "任务一" });
        var section = await session.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = LspSession.Position(2, 9), newName = "第一部分" });

        var model = PlanCompiler.Compile(EditorText.Apply(EditorText.Apply(text, task!["changes"]![Uri]!), section!["changes"]![Uri]!)).Model!;
        Assert.Equal("任务一", model.Tasks[0].Id);
        Assert.Equal("任务一_1", model.Tasks[0].Items[0].Id);
        Assert.Equal("第一部分", model.Sections[0].Id);
    }

    [Theory]
    [InlineData(0, 1, "keyword")]
    [InlineData(3, 1, "keyword")]
    [InlineData(4, 3, "keyword")]
    [InlineData(4, 7, "not a declared unit")]
    [InlineData(0, 6, "plan's name")]
    public async Task Rename_is_refused_on_keywords_and_what_is_not_a_declared_name(int line, int character, string reason)
    {
        var text = "plan A.B\nunit 甲\nsection S1\ntask T1\n  lead 乙\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);

        var prepare = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync("textDocument/prepareRename", LspSession.At(Uri, line, character)));
        var rename = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = LspSession.Position(line, character), newName = "新名" }));
        Assert.Contains(reason, prepare.Message);
        Assert.Contains(reason, rename.Message);
        Assert.Equal(-32803, rename.ErrorCode);
    }

    [Theory]
    [InlineData("乙", "already declared")]
    [InlineData("医联(共)体", "not an identifier")]
    [InlineData("120中心", "not an identifier")]
    [InlineData("", "not an identifier")]
    public async Task Rename_to_a_name_that_is_taken_or_not_an_identifier_is_refused(string newName, string reason)
    {
        var text = "plan A.B\nunit 甲\nunit 乙\ntask T1\n  lead 甲\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = LspSession.Position(1, 5), newName }));
        Assert.Contains(reason, error.Message);
    }
}
