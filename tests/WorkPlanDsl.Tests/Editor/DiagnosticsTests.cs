using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

public class DiagnosticsTests
{
    public static TheoryData<string> SeedPlans()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static System.Collections.Generic.IEnumerable<object[]> Broken() => BrokenPlans.All();

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public async Task A_seed_plan_gets_what_workplan_check_reports(string name)
    {
        var folder = Workplan.TempDirectory();
        var path = Path.Combine(folder, name);
        File.Copy(Path.Combine(RepositoryPaths.Plans, name), path);
        await using var session = await LspSession.StartAsync(folder);

        var published = await session.OpenAsync(LspSession.Uri(path), File.ReadAllText(path));

        Assert.Equal(EditorText.Check(path), EditorText.AsCheck(published));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_broken_plan_gets_what_workplan_check_reports_with_the_builds_ranges(string shape, string text)
    {
        var folder = Workplan.TempDirectory();
        var path = Path.Combine(folder, "broken.wplan");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        await using var session = await LspSession.StartAsync(folder);

        // What the editor holds is the file as it reads it: a BOM dropped, a lone surrogate saved as U+FFFD.
        text = File.ReadAllText(path);
        var published = await session.OpenAsync(LspSession.Uri(path), text);

        var expected = EditorText.Check(path);
        Assert.True(expected.Count > 0, shape + ": the plan should have diagnostics");
        Assert.Equal(expected, EditorText.AsCheck(published));

        // The end of each range too: the compiler's span, in UTF-16 positions an editor computes independently.
        // A text with bytes that were not UTF-8 (U+FFFD) gets WPL0012 alone: the errors in garbage would bury it.
        var compiled = text.Contains('\uFFFD') ? new System.Collections.Generic.List<WorkPlanDsl.Language.Diagnostics.PlanDiagnostic>() : PlanCompiler.Compile(text).Diagnostics.ToList();
        var fromCompiler = published.Where(d => (string)d["code"]! != "WPL0012").ToList();
        Assert.Equal(compiled.Count, fromCompiler.Count);
        for (var i = 0; i < compiled.Count; i++)
        {
            var end = EditorText.PositionOf(text, compiled[i].Location.End);
            Assert.Equal(end.Line, (int)fromCompiler[i]["range"]!["end"]!["line"]!);
            Assert.Equal(end.Character, (int)fromCompiler[i]["range"]!["end"]!["character"]!);
            Assert.Equal("workplan", (string)fromCompiler[i]["source"]!);
            Assert.EndsWith("docs/diagnostics/" + compiled[i].Id + ".md", (string)fromCompiler[i]["codeDescription"]!["href"]!);
        }
    }

    [Fact]
    public async Task Diagnostics_follow_the_text_as_it_is_typed()
    {
        await using var session = await LspSession.StartAsync();
        const string uri = "untitled:Untitled-1";
        var text = "plan A.B\nunit 体改科\ntask T1 \"x\"\n  lead 体改\n";
        var published = await session.OpenAsync(uri, text);
        Assert.Equal(new[] { "WPL0004" }, published.Select(d => (string)d["code"]!));

        // Typing the missing character at the end of the reference: an incremental change.
        var (line, character) = EditorText.Find(text, "体改\n", into: 2);
        published = await session.ChangeAsync(uri, new { range = new { start = LspSession.Position(line, character), end = LspSession.Position(line, character) }, text = "科" });
        Assert.Empty(published);

        // Deleting the lead line: WPL0002 at the task's id.
        published = await session.ChangeAsync(uri, new { range = new { start = LspSession.Position(3, 0), end = LspSession.Position(4, 0) }, text = string.Empty });
        var diagnostic = Assert.Single(published);
        Assert.Equal("WPL0002", (string)diagnostic["code"]!);
        Assert.Equal(2, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(5, (int)diagnostic["range"]!["start"]!["character"]!);
    }

    [Fact]
    public async Task Edits_sent_faster_than_they_are_answered_end_with_the_diagnostics_of_the_last_text()
    {
        await using var session = await LspSession.StartAsync();
        const string uri = "untitled:typing";
        var text = "plan A.B\nunit 体改科\ntask T1 \"x\"\n  lead \n";
        await session.OpenAsync(uri, text);

        // "体改科，体改" typed one character at a time, without waiting: the last is a misspelt second reference.
        var typed = "体改科，体改";
        for (var i = 0; i < typed.Length; i++)
        {
            await session.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version = 10 + i },
                contentChanges = new[] { new { range = new { start = LspSession.Position(3, 7 + i), end = LspSession.Position(3, 7 + i) }, text = typed.Substring(i, 1) } },
            });
        }

        var published = await session.DiagnosticsAsync(uri, 10 + typed.Length - 1);
        var finalText = text.Replace("  lead \n", "  lead " + typed + "\n");
        var expected = WorkPlanDsl.Language.PlanCompiler.Compile(finalText).Diagnostics;
        Assert.Equal(expected.Select(d => d.Message), published.Select(d => (string)d["message"]!));
        Assert.Equal("WPL0004", (string)Assert.Single(published)["code"]!);
        Assert.Equal(11, (int)published[0]["range"]!["start"]!["character"]!);
    }

    [Fact]
    public async Task Edits_after_surrogate_pairs_land_on_the_right_characters()
    {
        await using var session = await LspSession.StartAsync();
        const string uri = "untitled:pairs";
        var text = "plan A.B\nunit 𠀀科\ntask T1 \"𠀀𠀀\"\n  lead 𠀀\n  support 𠀀科\n";
        var published = await session.OpenAsync(uri, text);
        var unknown = Assert.Single(published);
        Assert.Equal("WPL0004", (string)unknown["code"]!);

        // '𠀀' is two UTF-16 code units: the reference spans characters 7 to 9 of its line.
        Assert.Equal(7, (int)unknown["range"]!["start"]!["character"]!);
        Assert.Equal(9, (int)unknown["range"]!["end"]!["character"]!);

        // Insert '科' right after the pair: position 9, not 8 (inside the pair) or 10.
        published = await session.ChangeAsync(uri, new { range = new { start = LspSession.Position(3, 9), end = LspSession.Position(3, 9) }, text = "科" });
        var duplicate = Assert.Single(published);
        Assert.Equal("WPL0006", (string)duplicate["code"]!);
    }

    [Fact]
    public async Task A_full_text_change_replaces_the_document()
    {
        await using var session = await LspSession.StartAsync();
        const string uri = "untitled:full";
        await session.OpenAsync(uri, "plan A.B\n");
        var published = await session.ChangeAsync(uri, new { text = "unit 甲\n" });
        Assert.Equal("WPL0007", (string)Assert.Single(published)["code"]!);
    }

    [Fact]
    public async Task EditorConfig_severities_apply_as_in_the_build()
    {
        var folder = Workplan.TempDirectory();
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*.wplan]\ndotnet_diagnostic.WPL0002.severity = error\ndotnet_diagnostic.WPL0006.severity = none\ndotnet_analyzer_diagnostic.category-WorkPlanDsl.Structure.severity = suggestion\n");
        var path = Path.Combine(folder, "plan.wplan");
        var text = "plan A.B\n  year 2024\nunit 甲\ntask T1\ntask T2\n  lead 甲\n  support 甲\n  due 2025-01\n";
        File.WriteAllText(path, text);
        await using var session = await LspSession.StartAsync(folder);

        var published = await session.OpenAsync(LspSession.Uri(path), text);

        var severities = published.ToDictionary(d => (string)d["code"]!, d => (int)d["severity"]!);
        Assert.Equal(1, severities["WPL0002"]);
        Assert.False(severities.ContainsKey("WPL0006"));
        Assert.Equal(3, severities["WPL0010"]);
    }

    [Fact]
    public async Task Two_plans_of_the_workspace_with_one_name_get_WPL0009_until_one_is_renamed()
    {
        var folder = Workplan.TempDirectory();
        var first = Path.Combine(folder, "a.wplan");
        var second = Path.Combine(folder, "b.wplan");
        File.WriteAllText(first, "plan Same.Name\n");
        File.WriteAllText(second, "plan Same.Name\n");
        await using var session = await LspSession.StartAsync(folder);

        // b.wplan is only on disk: the workspace folder's plans count, as in one compilation.
        var published = await session.OpenAsync(LspSession.Uri(first), "plan Same.Name\n");
        Assert.Equal(EditorText.Check(folder).Where(c => c.Id == "WPL0009").Select(c => c.Message).First(), (string)Assert.Single(published)["message"]!);

        await session.OpenAsync(LspSession.Uri(second), "plan Same.Name\n");
        var before = session.PublishedCount(LspSession.Uri(first));
        Assert.Empty(await session.ChangeAsync(LspSession.Uri(second), new { text = "plan Other.Name\n" }));

        // The other document is published again, without WPL0009 (a publication of it from the second open, still with
        // WPL0009, may arrive first: the server publishes in its own time).
        Assert.Empty(await session.NextCleanDiagnosticsAsync(LspSession.Uri(first), before));
    }

    [Fact]
    public async Task Plan_names_that_clash_in_CSharp_across_the_workspace_get_what_workplan_check_reports()
    {
        var folder = Workplan.TempDirectory();
        var plans = new Dictionary<string, string>
        {
            ["a.wplan"] = "plan Org.Plan\n",
            ["b.wplan"] = "plan Org.Plan_\n",
            ["c.wplan"] = "plan A.B\n",
            ["d.wplan"] = "plan A.B.C\n",
            ["e.wplan"] = "plan Fine.Name\n",
        };
        foreach (var (name, text) in plans)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        var expected = EditorText.CheckFolder(folder);
        Assert.True(expected.Count >= 4);
        await using var session = await LspSession.StartAsync(folder);
        foreach (var (name, text) in plans)
        {
            var published = await session.OpenAsync(LspSession.Uri(Path.Combine(folder, name)), text);
            Assert.Equal(expected.TryGetValue(name, out var lines) ? lines : new(), EditorText.AsCheck(published));
        }
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_on_disk_gets_WPL0012_at_its_first_bad_line()
    {
        var folder = Workplan.TempDirectory();
        var path = Path.Combine(folder, "gbk.wplan");
        var bytes = Encoding.UTF8.GetBytes("plan A.B\nunit 甲\n").Concat(new byte[] { 0x75, 0x6E, 0x69, 0x74, 0x20, 0xD2, 0xD2, 0x0A }).ToArray();
        File.WriteAllBytes(path, bytes);
        await using var session = await LspSession.StartAsync(folder);

        var published = await session.OpenAsync(LspSession.Uri(path), Encoding.UTF8.GetString(bytes));

        Assert.Equal(EditorText.Check(path), EditorText.AsCheck(published));
        Assert.Contains(published, d => (string)d["code"]! == "WPL0012" && (int)d["range"]!["start"]!["line"]! == 2);

        // A UTF-16 file reads well in the editor, and is still not UTF-8 for the build.
        var utf16 = Path.Combine(folder, "utf16.wplan");
        File.WriteAllText(utf16, "plan A.C\nunit 甲\n", Encoding.Unicode);
        var fromUtf16 = await session.OpenAsync(LspSession.Uri(utf16), File.ReadAllText(utf16));
        Assert.Equal(EditorText.Check(utf16), EditorText.AsCheck(fromUtf16));
        Assert.Contains("UTF-16", (string)Assert.Single(fromUtf16)["message"]!);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var session = await LspSession.StartAsync();
        const string uri = "untitled:closed";
        Assert.NotEmpty(await session.OpenAsync(uri, "unit 甲\n"));
        var before = session.PublishedCount(uri);
        await session.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        Assert.Empty(await session.NextDiagnosticsAsync(uri, before));
    }
}
