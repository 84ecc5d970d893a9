using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

/// <summary>
/// <c>workplan check</c> and the build (generator and analyzer, in process) print the same diagnostics, severities and
/// positions for a matrix of plans and .editorconfig files. The real build, with .globalconfig and encodings, is
/// checked against check in the package tests.
/// </summary>
public class CheckAgreesWithBuildTests
{
    public static readonly (string Name, string Text)[] PlansOfTheMatrix =
    {
        ("orphan.wplan", "plan Org.Orphan\ngroup G\ntask T1 \"没有牵头\"\n  support G\ntask T2 \"只有群组\"\n  lead G\n"),
        ("misspelt.wplan", "plan Org.Misspelt\nyear 2024\nunit 教研室\ntask T1 \"t\"\n  lead 教研\n  due 2023-05-01\n"),
        ("separators.wplan", "plan Org.Separators \"一\u2028二\u2029三\u0085四\"\nunit U\ntask T1 \"t\u2028续\"\n  lead X\ntask T2 \"t\"\n"),
        ("crlf.wplan", "plan Org.Crlf\r\nunit U\r\ntask T1 \"t\"\r\n  lead U\r\n  support U\r\ntask T2 \"t\"\r"),
        ("syntax.wplan", "plan Org.Syntax\nunit U\ntask T1 \"unterminated\n  leed U\n"),
        ("clash-a.wplan", "plan Org.Plan\nunit U\ntask T \"t\"\n  lead U\n"),
        ("clash-b.wplan", "plan Org.Plan_\nunit U\ntask T \"t\"\n  lead U\n"),
        ("hides.wplan", "plan System.Health\nunit U\ntask T \"t\"\n"),
        ("good.wplan", "plan Org.Good\nunit U\ntask T \"t\"\n  lead U\n"),
        // A GBK plan as the compiler decodes it: 牵头 became U+FFFD. WPL0012 alone, in both, and no code.
        ("damaged.wplan", "plan Org.Damaged\nunit 教研室\ntask T \"t\"\n  \uFFFD\uFFFD\uFFFD\uFFFD 教研室\n"),
    };

    public static IEnumerable<object[]> Configs()
    {
        yield return new object[] { "none", null! };
        yield return new object[] { "per id", "root = true\n\n[*.wplan]\ndotnet_diagnostic.WPL0002.severity = error\ndotnet_diagnostic.WPL0004.severity = warning\ndotnet_diagnostic.WPL0006.severity = none\n" };
        yield return new object[] { "by file", "root = true\n\n[orphan.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n\n[{misspelt,syntax}.wplan]\ndotnet_diagnostic.WPL0001.severity = warning\ndotnet_diagnostic.WPL0010.severity = error\n" };
        yield return new object[] { "category and all", "root = true\n\n[*]\ndotnet_analyzer_diagnostic.severity = error\ndotnet_analyzer_diagnostic.category-WorkPlanDsl.Accountability.severity = suggestion\ndotnet_diagnostic.WPL0013.severity = warning\n" };
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void Check_prints_what_the_build_prints(string config, string? editorConfig)
    {
        var folder = Workplan.TempDirectory();
        var project = new PlanProject();
        foreach (var (name, text) in PlansOfTheMatrix)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
            project.AddPlan(name, text);
        }

        if (editorConfig is not null)
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), editorConfig);
            project.AddPlan(".editorconfig", editorConfig);
        }
        else
        {
            // The repository's own .editorconfig must not reach this folder's plans.
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n");
        }

        var build = project.Analyze()
            .Where(d => d.Severity >= DiagnosticSeverity.Info)
            .Select(d => Line(d))
            .OrderBy(l => l, System.StringComparer.Ordinal)
            .ToArray();

        var stdout = new StringWriter();
        CheckCommand.Run(new[] { folder }, "msbuild", false, stdout, new StringWriter());
        var check = stdout.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Replace(folder.Replace('\\', '/') + "/", string.Empty))
            .OrderBy(l => l, System.StringComparer.Ordinal)
            .ToArray();

        Assert.True(build.Length > 5, config);
        Assert.Equal(string.Join("\n", build), string.Join("\n", check));
    }

    private static string Line(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var level = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Replace(PlanProject.ProjectDir, string.Empty);
        return span.Path.Substring(PlanProject.ProjectDir.Length) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): " + level + " " + d.Id + ": " + message;
    }
}
