using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Formatting;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>Outline, folding, workspace symbols, formatting, quick fixes and semantic tokens.</summary>
public class DocumentFeatureTests
{
    private const string Uri = "untitled:d";

    public static TheoryData<string> SeedPlans() => DiagnosticsTests.SeedPlans();

    private static string Seed(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Plans, name));

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public async Task The_outline_is_sections_then_tasks_then_items_and_the_units(string name)
    {
        var text = Seed(name);
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var symbols = (JArray)(await session.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }))!;

        var model = PlanCompiler.Compile(text).Model!;
        var sections = symbols.Where(s => (int)s["kind"]! == 2).ToList();
        Assert.Equal(model.Sections.Select(s => s.Id), sections.Select(s => (string)s["name"]!));
        var tasks = symbols.Where(s => (int)s["kind"]! == 12).Concat(sections.SelectMany(s => s["children"]!)).ToList();
        Assert.Equal(model.Tasks.Select(t => t.Id).OrderBy(i => i), tasks.Select(t => (string)t["name"]!).OrderBy(i => i));
        Assert.Equal(model.Tasks.Sum(t => t.Items.Count), tasks.Sum(t => t["children"]!.Count()));
        var units = symbols.SingleOrDefault(s => (string)s["name"]! == "units and groups");
        Assert.Equal(model.Units.Count, units?["children"]!.Count() ?? 0);

        // Each element's range holds its children's, and its selection range is its id.
        foreach (var task in tasks)
        {
            var range = task["range"]!;
            foreach (var item in task["children"]!)
            {
                Assert.True((int)item["range"]!["start"]!["line"]! > (int)range["start"]!["line"]!);
                Assert.True((int)item["range"]!["end"]!["line"]! <= (int)range["end"]!["line"]!);
            }

            var selection = task["selectionRange"]!;
            var line = text.Split('\n')[(int)selection["start"]!["line"]!];
            Assert.Equal((string)task["name"]!, line.Substring((int)selection["start"]!["character"]!, (int)selection["end"]!["character"]! - (int)selection["start"]!["character"]!));
        }
    }

    [Fact]
    public async Task Sections_tasks_and_items_fold_and_so_do_runs_of_comments()
    {
        var text = "# a\n# b\nplan A.B\nunit 甲\nsection S\n  lead 甲\ntask T1\n  label \"(一)\"\n  item \"x\"\n    | text\ntask T2\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var ranges = (JArray)(await session.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } }))!;
        var spans = ranges.Select(r => ((int)r["startLine"]!, (int)r["endLine"]!, (string?)r["kind"])).ToList();
        Assert.Contains((0, 1, "comment"), spans);
        Assert.Contains((4, 10, (string?)null), spans);
        Assert.Contains((6, 9, (string?)null), spans);
        Assert.Contains((8, 9, (string?)null), spans);
    }

    [Fact]
    public async Task Workspace_symbols_search_every_plan_of_the_folder()
    {
        var folder = Workplan.TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        await using var session = await LspSession.StartAsync(folder);
        var found = (JArray)(await session.RequestAsync("workspace/symbol", new { query = "T03" }))!;
        var plans = Directory.EnumerateFiles(folder).Select(f => PlanCompiler.Compile(File.ReadAllText(f)).Model!).Where(m => m.Tasks.Any(t => t.Id == "T03")).Select(m => m.Name);
        Assert.Equal(plans.OrderBy(p => p), found.Where(f => ((string)f["name"]!).StartsWith("T03 ")).Select(f => (string)f["containerName"]!).OrderBy(p => p));
    }

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public async Task Formatting_is_workplan_fmt(string name)
    {
        // The seed with its indentation taken away and its blank lines doubled: what fmt makes of it.
        var text = string.Join("\n", Seed(name).Split('\n').Select(l => l.TrimStart())).Replace("\n\n", "\n\n\n");
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var edits = (JArray)(await session.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } }))!;
        Assert.Equal(PlanFormatter.Format(text).Text, EditorText.Apply(text, edits));
    }

    [Fact]
    public async Task A_plan_with_syntax_errors_is_not_formatted()
    {
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, "plan A.B\n  lead \"x\n");
        Assert.Empty((JArray)(await session.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } }))!);
    }

    [Fact]
    public async Task The_WPL0004_fix_applies_the_suggested_name()
    {
        var text = "plan A.B\nunit 体改科\nunit 人事科\ntask T1\n  lead 体改\n  support 人事科\n";
        await using var session = await LspSession.StartAsync();
        var diagnostics = await session.OpenAsync(Uri, text);
        var actions = (JArray)(await session.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = diagnostics[0]["range"], context = new { diagnostics } }))!;

        var action = Assert.Single(actions);
        Assert.Equal("Replace '体改' with '体改科'", (string)action["title"]!);
        Assert.Equal("quickfix", (string)action["kind"]!);
        var fixedText = EditorText.Apply(text, action["edit"]!["changes"]![Uri]!);
        Assert.Empty(PlanCompiler.Compile(fixedText).Diagnostics);
    }

    [Fact]
    public async Task The_WPL0002_fix_adds_a_declared_unit_as_lead_in_the_tasks_own_spelling()
    {
        var text = "计划 A.B\r\n单位 甲\r\n单位 乙\r\n群组 各局\r\n部分 S\r\n任务 T1\r\n  牵头 乙\r\n任务 T2 \"无牵头\"\r\n  配合 甲\r\n";
        await using var session = await LspSession.StartAsync();
        var diagnostics = await session.OpenAsync(Uri, text);
        var missing = diagnostics.Single(d => (string)d["code"]! == "WPL0002");
        var actions = (JArray)(await session.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = missing["range"], context = new { diagnostics = new[] { missing } } }))!;

        // Units only (a group lead is WPL0003), the one leading the section's other task first.
        Assert.Equal(new[] { "Add lead 乙 to task 'T2'", "Add lead 甲 to task 'T2'", "Mark task 'T2' as having no lead on purpose (牵头 无)" }, actions.Select(a => (string)a["title"]!));
        var fixedText = EditorText.Apply(text, actions[0]["edit"]!["changes"]![Uri]!);
        Assert.Contains("任务 T2 \"无牵头\"\r\n  牵头 乙\r\n  配合 甲", fixedText);
        Assert.Empty(PlanCompiler.Compile(fixedText).Diagnostics);

        var marked = PlanCompiler.Compile(EditorText.Apply(text, actions[2]["edit"]!["changes"]![Uri]!));
        Assert.Empty(marked.Diagnostics);
        Assert.NotNull(marked.Model!.Tasks.Single(t => t.Id == "T2").NoLeadReason);
    }

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public async Task Semantic_tokens_give_every_keyword_name_string_and_comment_its_type(string name)
    {
        var text = Seed(name);
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var legend = session.InitializeResult!["capabilities"]!["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!).ToArray();
        var data = ((JArray)(await session.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }))!["data"]!).Select(t => (int)t).ToArray();

        var tokens = Decode(data, legend);
        var lines = text.Split('\n');
        string Word((int Line, int Character, int Length, string Type, bool Declaration) t) => lines[t.Line].Substring(t.Character, t.Length);

        var tree = WorkPlanDsl.Language.Syntax.PlanParser.Parse(text);
        Assert.Equal(tree.Statements.Count(s => s.Kind != WorkPlanDsl.Language.Syntax.StatementKind.Text), tokens.Count(t => t.Type == "keyword" && Word(t) != "alias"));
        Assert.All(tokens.Where(t => t.Type == "keyword"), t => Assert.True(WorkPlanDsl.Language.Syntax.Keywords.TryGetKind(Word(t), 0, t.Length, out _) || Word(t) == "alias"));
        Assert.Equal(lines.Count(l => l.TrimStart().StartsWith('#')), tokens.Count(t => t.Type == "comment"));
        Assert.All(tokens.Where(t => t.Type == "string"), t => Assert.Matches("^\".*\"$", Word(t)));
        var model = PlanCompiler.Compile(text).Model!;
        Assert.Equal(model.Units.Count(u => u.Kind == UnitModelKind.Unit), tokens.Count(t => t.Type == "class" && t.Declaration && model.Units.Any(u => u.Id == Word(t))));
        Assert.Equal(model.Tasks.Count, tokens.Count(t => t.Type == "function"));
        Assert.Equal(model.Name, Word(tokens.Single(t => t.Type == "namespace")));
    }

    [Fact]
    public async Task Semantic_tokens_count_UTF16_code_units_and_tell_groups_units_and_unknown_references_apart()
    {
        var text = "plan A.B\nunit 𠀀科 alias 甲\ngroup 各局\ntask T1\n  lead 𠀀科、各局、乙\n  target \"托位\" >= 80 %\n  due 2024-06\n";
        await using var session = await LspSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var legend = session.InitializeResult!["capabilities"]!["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!).ToArray();
        var data = ((JArray)(await session.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }))!["data"]!).Select(t => (int)t).ToArray();
        var tokens = Decode(data, legend).Select(t => (t.Line, t.Character, t.Length, t.Type)).ToList();

        Assert.Contains((1, 5, 3, "class"), tokens);
        Assert.Contains((1, 9, 5, "keyword"), tokens);
        Assert.Contains((4, 7, 3, "class"), tokens);
        Assert.Contains((4, 11, 2, "enum"), tokens);
        Assert.Contains((4, 14, 1, "variable"), tokens);
        Assert.Contains((5, 9, 4, "string"), tokens);
        Assert.Contains((5, 14, 2, "operator"), tokens);
        Assert.Contains((5, 17, 2, "number"), tokens);
        Assert.Contains((6, 6, 7, "number"), tokens);
    }

    private static System.Collections.Generic.List<(int Line, int Character, int Length, string Type, bool Declaration)> Decode(int[] data, string[] legend)
    {
        var tokens = new System.Collections.Generic.List<(int, int, int, string, bool)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            tokens.Add((line, character, data[i + 2], legend[data[i + 3]], (data[i + 4] & 1) != 0));
        }

        return tokens;
    }
}
