using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Analyzers;

public class CatalogTests
{
    [Fact]
    public void Descriptors_match_the_catalogue()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(i => i.Id), PlanDescriptors.All.Select(d => d.Id));
        foreach (var (info, descriptor) in DiagnosticCatalog.All.Zip(PlanDescriptors.All))
        {
            Assert.Equal(info.Category, descriptor.Category);
            Assert.Equal(info.DefaultSeverity == PlanSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.Equal(info.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(info.HelpLink, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }

        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Every_diagnostic_has_its_documentation_page_with_a_failing_and_a_fixed_plan()
    {
        foreach (var info in DiagnosticCatalog.All)
        {
            var page = Path.Combine(RepositoryPaths.Docs, "diagnostics", info.Id + ".md");
            Assert.True(File.Exists(page), page + " is missing");
            var text = File.ReadAllText(page);
            Assert.Contains("# " + info.Id, text);
            Assert.Contains("```wplan", text);
            Assert.True(text.Split("```wplan").Length >= 3, info.Id + " needs a failing and a fixed plan");
        }
    }

    /// <summary>A page's first plan shows the diagnostic, its last plan is the fix; both are checked, not just shown.</summary>
    [Fact]
    public void The_documented_examples_fail_and_are_fixed_as_the_pages_say()
    {
        foreach (var info in DiagnosticCatalog.All)
        {
            var blocks = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "diagnostics", info.Id + ".md"))
                .Split("```wplan").Skip(1).Select(b => b.Substring(0, b.IndexOf("```", System.StringComparison.Ordinal)).TrimStart('\n')).ToArray();
            var fixedPlan = blocks[^1];
            Assert.DoesNotContain(Analyze(fixedPlan), d => d.Id == info.Id);
            Assert.DoesNotContain(Analyze(fixedPlan), d => d.Severity == DiagnosticSeverity.Error);

            // WPL0009 and WPL0013 need two files, WPL0012 a file in another encoding and WPL0020 a bug: their pages show those by other means.
            if (info.Id == DiagnosticIds.PlanNameClash)
            {
                var both = new PlanProject().AddPlan("a.wplan", blocks[0]).AddPlan("b.wplan", blocks[1]).Analyze();
                Assert.Equal(2, both.Count(d => d.Id == info.Id));
                var renamed = new PlanProject().AddPlan("a.wplan", blocks[0]).AddPlan("b.wplan", fixedPlan).Analyze();
                Assert.DoesNotContain(renamed, d => d.Id == info.Id);
            }
            else if (info.Id == DiagnosticIds.DuplicatePlanName)
            {
                var copied = new PlanProject().AddPlan("2024.wplan", blocks[0]).AddPlan("2025.wplan", blocks[0]).Analyze();
                Assert.Equal(2, copied.Count(d => d.Id == info.Id));
                var renamed = new PlanProject().AddPlan("2024.wplan", blocks[0]).AddPlan("2025.wplan", fixedPlan).Analyze();
                Assert.DoesNotContain(renamed, d => d.Id == info.Id);
            }
            else if (info.Id is not DiagnosticIds.NotUtf8 and not DiagnosticIds.InternalError)
            {
                Assert.Contains(Analyze(blocks[0]), d => d.Id == info.Id);
            }
        }
    }

    [Theory]
    [InlineData("docs/language.md")]
    [InlineData("README.md")]
    public void The_documentations_example_plans_have_no_errors(string page)
    {
        var blocks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)).Split("```wplan").Skip(1)
            .Select(b => b.Substring(0, b.IndexOf("```", System.StringComparison.Ordinal)).TrimStart('\n')).ToArray();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            var compiled = WorkPlanDsl.Language.PlanCompiler.Compile(block);
            Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
        }
    }

    [Fact]
    public void The_readme_shows_the_warning_its_plan_gets()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var plan = readme.Split("```wplan")[1];
        plan = plan.Substring(0, plan.IndexOf("```", System.StringComparison.Ordinal)).TrimStart('\n');
        var warning = Assert.Single(WorkPlanDsl.Language.PlanCompiler.Compile(plan).Diagnostics);
        Assert.Contains(".wplan(" + (warning.Location.StartLine + 1) + "," + (warning.Location.StartColumn + 1) + "): warning " + warning.Id + ": " + warning.Message, readme);
    }

    private static Diagnostic[] Analyze(string plan) => new PlanProject().AddPlan("example.wplan", plan).Analyze().ToArray();

    [Fact]
    public void The_release_tracking_files_list_every_rule()
    {
        var root = Path.Combine(RepositoryPaths.Root, "generators", "WorkPlanDsl.Generators");
        var releases = File.ReadAllText(Path.Combine(root, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(root, "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in PlanDescriptors.All)
        {
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, releases);
        }
    }
}
