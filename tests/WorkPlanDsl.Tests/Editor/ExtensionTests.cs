using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using WorkPlanDsl.LanguageServer.Grammar;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>
/// The VS Code extension's manifest, and the .vsix built from it. .ci/run packages the extension (npm ci, tsc, vsce)
/// and passes the .vsix in WPLAN_VSIX; a developer's wplan.vsix beside package.json is read too.
/// </summary>
public class ExtensionTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "WorkPlanDsl.VsCode");

    [Fact]
    public void The_manifest_declares_the_language_its_grammar_snippets_configuration_and_server_setting()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
        CheckManifest(manifest.RootElement, path => File.ReadAllText(Path.Combine(Folder, path)));

        // The versions npm ci installs are the ones package.json names.
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package-lock.json")));
        var packages = lockFile.RootElement.GetProperty("packages");
        foreach (var section in new[] { "dependencies", "devDependencies" })
        {
            foreach (var dependency in manifest.RootElement.GetProperty(section).EnumerateObject())
            {
                Assert.Equal(dependency.Value.GetString(), packages.GetProperty("node_modules/" + dependency.Name).GetProperty("version").GetString());
            }
        }
    }

    [Fact]
    public void A_built_vsix_holds_the_manifest_the_generated_grammar_and_the_compiled_client()
    {
        var vsix = Environment.GetEnvironmentVariable("WPLAN_VSIX") is { Length: > 0 } given ? given : Path.Combine(Folder, "wplan.vsix");
        if (Environment.GetEnvironmentVariable("WPLAN_VSIX") is null && !File.Exists(vsix))
        {
            // Not packaged here (npm was not run): what is checked is the manifest the .vsix is made from, above.
            return;
        }

        using var archive = ZipFile.OpenRead(vsix);
        string Read(string name)
        {
            using var reader = new StreamReader(archive.GetEntry(name)?.Open() ?? throw new InvalidOperationException(name + " is not in " + vsix));
            return reader.ReadToEnd();
        }

        var identity = XDocument.Parse(Read("extension.vsixmanifest")).Descendants().Single(e => e.Name.LocalName == "Identity");
        Assert.Equal("wplan", identity.Attribute("Id")!.Value);
        Assert.Equal("workplandsl", identity.Attribute("Publisher")!.Value);
        using var manifest = JsonDocument.Parse(Read("extension/package.json"));
        CheckManifest(manifest.RootElement, path => Read("extension/" + path.TrimStart('.', '/')));
        Assert.Contains("vscode-languageclient", Read("extension/out/extension.js"));
        Assert.NotNull(archive.GetEntry("extension/node_modules/vscode-languageclient/package.json"));
        Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("extension/src/", StringComparison.Ordinal));
    }

    private static void CheckManifest(JsonElement manifest, Func<string, string> read)
    {
        Assert.Equal("./out/extension.js", manifest.GetProperty("main").GetString());
        var contributes = manifest.GetProperty("contributes");
        var language = contributes.GetProperty("languages").EnumerateArray().Single();
        Assert.Equal("wplan", language.GetProperty("id").GetString());
        Assert.Equal(new[] { ".wplan" }, language.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));

        var grammar = contributes.GetProperty("grammars").EnumerateArray().Single();
        Assert.Equal(TextMateGrammar.ScopeName, grammar.GetProperty("scopeName").GetString());
        Assert.Equal(TextMateGrammar.Generate(), read(grammar.GetProperty("path").GetString()!));

        using var configuration = JsonDocument.Parse(read(language.GetProperty("configuration").GetString()!));
        Assert.Equal("#", configuration.RootElement.GetProperty("comments").GetProperty("lineComment").GetString());
        var pairs = configuration.RootElement.GetProperty("autoClosingPairs").EnumerateArray().Select(p => p.GetProperty("open").GetString() + p.GetProperty("close").GetString()).ToList();
        Assert.Contains("\"\"", pairs);
        Assert.Contains("“”", pairs);

        using var snippets = JsonDocument.Parse(read(contributes.GetProperty("snippets").EnumerateArray().Single().GetProperty("path").GetString()!));
        var bodies = snippets.RootElement.EnumerateObject().ToDictionary(s => s.Name, s => string.Join("\n", s.Value.GetProperty("body").EnumerateArray().Select(l => l.GetString())));
        Assert.Contains("plan ", bodies["Plan skeleton"]);
        Assert.Contains("lead ", bodies["Task with lead, support and deadline"]);
        Assert.Contains("support ", bodies["Task with lead, support and deadline"]);
        Assert.Contains("due ", bodies["Task with lead, support and deadline"]);

        var settings = contributes.GetProperty("configuration").GetProperty("properties");
        Assert.Equal(string.Empty, settings.GetProperty("wplan.server.path").GetProperty("default").GetString());
        Assert.Equal(new[] { "lsp" }, settings.GetProperty("wplan.server.arguments").GetProperty("default").EnumerateArray().Select(a => a.GetString()));
    }
}
