using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>
/// The sample consumes plans/ through a ProjectReference to the generator (OutputItemType="Analyzer"): a real
/// dotnet build must print WPL0002 at exactly the tasks the plans leave without a lead, except in the plans whose
/// documents name no leads at all, which plans/.editorconfig quiets; and the program must run.
/// </summary>
[Collection(DotNetCollection.Name)]
public class SampleBuildTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "src", "WorkPlanDsl.Sample");

    [Fact]
    public void Building_the_sample_reports_the_plans_missing_leads_and_it_runs()
    {
        // Rebuild only the sample (its references are built by the test command already), so the compiler runs and reports.
        // The restore is a no-op after the solution's, and makes `dotnet test tests/WorkPlanDsl.Tests` work on its own.
        var (exitCode, output) = DotNet.Run(Sample, "build", "-t:Rebuild", "-p:BuildProjectReferences=false", "-nologo", "-clp:NoSummary");
        Assert.True(exitCode == 0, output);

        var reported = Regex.Matches(output, @"plans[/\\]([\w.-]+\.wplan)\((\d+),(\d+)\): (\w+) (WPL\d{4})")
            .Select(m => m.Groups[1].Value + "(" + m.Groups[2].Value + "," + m.Groups[3].Value + "): " + m.Groups[4].Value + " " + m.Groups[5].Value)
            .Distinct()
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();

        // plans/.editorconfig makes WPL0002 a suggestion (not printed by the build) in the plans whose documents name no leads.
        var quiet = QuietedPlans();
        Assert.Equal(new[] { "lucheng-2021.wplan", "shanxi-2017.wplan", "yangjiang-2025.wplan" }, quiet);
        var expected = Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan")
            .SelectMany(path => PlanCompiler.Compile(File.ReadAllText(path)).Diagnostics
                .Where(d => !(d.Id == "WPL0002" && quiet.Contains(Path.GetFileName(path))))
                .Select(d => Path.GetFileName(path) + "(" + (d.Location.StartLine + 1) + "," + (d.Location.StartColumn + 1) + "): " + (d.IsError ? "error" : "warning") + " " + d.Id))
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected, reported);
        Assert.Single(reported, r => r.Contains("WPL0002"));

        // The quieted plans are exactly those without a single lead: a plan that names leads keeps its warnings.
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan"))
        {
            var model = PlanCompiler.Compile(File.ReadAllText(path)).Model!;
            Assert.Equal(quiet.Contains(Path.GetFileName(path)), model.Tasks.All(t => t.InEffect.Leads.IsEmpty));
        }
        var zhuzhou = File.ReadAllLines(Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan"));
        var t01 = System.Array.FindIndex(zhuzhou, l => l.StartsWith("task T01 ", System.StringComparison.Ordinal)) + 1;
        Assert.Contains("zhuzhou-2024.wplan(" + t01 + ",6): warning WPL0002", reported);
        Assert.DoesNotContain(reported, r => r.Contains(": error "));

        var run = DotNet.Run(Sample, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Without a lead (1): T01 (一)总体工作要求", run.Output);
        Assert.Contains("Without a lead (30): T01 (一)提升健康促進與教育水平", run.Output);
    }

    /// <summary>The plan files named in plans/.editorconfig's one section that sets WPL0002 to suggestion.</summary>
    private static string[] QuietedPlans()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Plans, ".editorconfig")).Select(l => l.Trim()).ToArray();
        var setting = System.Array.IndexOf(lines, "dotnet_diagnostic.WPL0002.severity = suggestion");
        Assert.True(setting > 0, "plans/.editorconfig sets WPL0002 to suggestion");
        var section = lines.Take(setting).Last(l => l.StartsWith("[", System.StringComparison.Ordinal));
        var names = Regex.Match(section, @"^\[\{(.+)\}\.wplan\]$");
        Assert.True(names.Success, section);
        return names.Groups[1].Value.Split(',').Select(n => n + ".wplan").OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
    }
}
