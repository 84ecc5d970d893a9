using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using System.Collections.Immutable;

namespace WorkPlanDsl.Tests.Analyzers;

public class AnalyzerTests
{
    [Fact]
    public void The_spec_example_gets_WPL0002_at_T01_and_nothing_else()
    {
        var diagnostics = new PlanProject().AddPlan("plans/spec-example.wplan", RepositoryPaths.TestPlan("spec-example.wplan")).Analyze();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("spec-example.wplan: WPL0002 (18,6)-(18,9)", DiagnosticFormat.Describe(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(PlanProject.ProjectDir + "plans/spec-example.wplan", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("Task 'T01' has no lead unit (牵头): it declares no 'lead' and its section gives none", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("docs/diagnostics/WPL0002.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Every_diagnostic_is_reported_once_at_its_span()
    {
        var plan = string.Join("\n",
            "plan Org.Everything",                 // 1
            "  year 2024",                         // 2
            "unit U",                              // 3
            "unit U",                              // 4  WPL0005
            "group G",                             // 5
            "task T1 \"no lead\"",                 // 6  WPL0002
            "task T2 \"groups only\"",             // 7
            "  lead G",                            // 8  WPL0003
            "task T3 \"unknown\"",                 // 9
            "  lead Unknown",                      // 10 WPL0004
            "task T4 \"both\"",                    // 11
            "  lead U",                            // 12
            "  support U",                         // 13 WPL0006
            "  due 2023-05",                       // 14 WPL0010
            "  issuer \"x\"",                      // 15 WPL0008
            "bogus statement",                     // 16 WPL0001
            "plan Again");                         // 17 WPL0007
        var diagnostics = new PlanProject().AddPlan("everything.wplan", plan).Analyze();
        Assert.Equal(
            new[]
            {
                "everything.wplan: WPL0005 (4,6)-(4,7)",
                "everything.wplan: WPL0002 (6,6)-(6,8)",
                "everything.wplan: WPL0003 (8,8)-(8,9)",
                "everything.wplan: WPL0004 (10,8)-(10,15)",
                "everything.wplan: WPL0006 (13,11)-(13,12)",
                "everything.wplan: WPL0010 (14,7)-(14,14)",
                "everything.wplan: WPL0008 (15,3)-(15,9)",
                "everything.wplan: WPL0001 (16,1)-(16,6)",
                "everything.wplan: WPL0007 (17,1)-(17,5)",
            },
            DiagnosticFormat.Describe(diagnostics));
        Assert.Equal(diagnostics.Length, diagnostics.Select(d => (d.Id, d.Location.SourceSpan)).Distinct().Count());
        Assert.All(diagnostics, d => Assert.Equal(d.Id is "WPL0002" or "WPL0003" or "WPL0006" or "WPL0010" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void WPL0009_two_files_declare_one_plan_name()
    {
        var diagnostics = new PlanProject()
            .AddPlan("2024/a.wplan", "# first\nplan Org.Health\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("2025/a.wplan", "plan Org.Health\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("other.wplan", "plan Org.Other\nunit U\ntask T \"t\"\n  lead U")
            .Analyze();
        Assert.Equal(new[] { "a.wplan: WPL0009 (2,6)-(2,16)", "a.wplan: WPL0009 (1,6)-(1,16)" }, DiagnosticFormat.Describe(diagnostics));
        Assert.Contains("also declared in '" + PlanProject.ProjectDir + "2025/a.wplan'", diagnostics[0].GetMessage());
    }

    [Fact]
    public void WPL0012_a_file_that_is_not_utf8_names_its_first_bad_line()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes("plan Org.Gbk\nunit U\n# 注释\ntask T \"t\"\n  lead U\n");
        // What the compiler does with bytes that are not UTF-8: it falls back to another encoding.
        var fallback = Encoding.Latin1;
        var diagnostics = new PlanProject().AddPlan("gbk.wplan", fallback.GetString(bytes), fallback).Analyze();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("gbk.wplan: WPL0012 (3,1)-(3,7)", DiagnosticFormat.Describe(diagnostic));
        Assert.Contains("line 3", diagnostic.GetMessage());
    }

    [Fact]
    public void WPL0012_bad_bytes_the_compiler_replaced_are_found_by_their_replacement_characters()
    {
        // What the compiler on .NET hands the analyzer for bytes that are not UTF-8: U+FFFD in their place.
        var diagnostics = new PlanProject().AddPlan("damaged.wplan", "plan Org.Damaged \"损坏\"\nunit U\ntask T \"t\uFFFD\uFFFD\"\n  lead U\n").Analyze();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("damaged.wplan: WPL0012 (3,1)-(3,13)", DiagnosticFormat.Describe(diagnostic));
        Assert.Equal("The file is not UTF-8 (first bad byte on line 3); save it as UTF-8", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void WPL0012_a_file_with_another_byte_order_mark_is_reported_at_its_first_line(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var diagnostics = new PlanProject().AddPlan("wide.wplan", "plan Org.Wide\nunit U\ntask T \"t\"\n  lead U\n", encoding).Analyze();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("wide.wplan: WPL0012 (1,1)-(1,14)", DiagnosticFormat.Describe(diagnostic));
        Assert.Contains("with a byte order mark", diagnostic.GetMessage());
    }

    [Fact]
    public void Other_additional_files_are_ignored()
        => Assert.Empty(new PlanProject().AddPlan("notes.txt", "not a plan").AddPlan("data.json", "{}").Analyze());

    [Fact]
    public void Editorconfig_severities_apply_to_plan_files_by_section()
    {
        var diagnostics = new PlanProject()
            .AddPlan("plans/current.wplan", "plan Org.Current\ntask T \"t\"")
            .AddPlan("plans/legacy/old.wplan", "plan Org.Old\ntask T \"t\"")
            .AddPlan("plans/strict/new.wplan", "plan Org.New\ntask T \"t\"")
            .AddPlan(".editorconfig", "root = true\n\n[*.wplan]\ndotnet_diagnostic.WPL0002.severity = warning\n")
            .AddPlan("plans/legacy/.editorconfig", "[*.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n")
            .AddPlan("plans/strict/.editorconfig", "[*]\ndotnet_diagnostic.WPL0002.severity = error\n")
            .Analyze();
        Assert.Equal(new[] { "current.wplan: WPL0002 (2,6)-(2,7)", "new.wplan: WPL0002 (2,6)-(2,7)" }, DiagnosticFormat.Describe(diagnostics));
        Assert.Equal(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Error }, diagnostics.Select(d => d.Severity));
    }

    [Fact]
    public void Editorconfig_category_and_all_analyzer_severities_apply_below_the_per_id_one()
    {
        var diagnostics = new PlanProject()
            .AddPlan("plans/a.wplan", "plan Org.A\nyear 2024\nunit U\ngroup G\ntask T1 \"no lead\"\ntask T2 \"groups only\"\n  lead G\ntask T3 \"t\"\n  lead U\n  due 2023")
            .AddPlan(".editorconfig", "root = true\n\n[*.wplan]\ndotnet_analyzer_diagnostic.severity = error\ndotnet_analyzer_diagnostic.category-WorkPlanDsl.Accountability.severity = suggestion\ndotnet_diagnostic.WPL0003.severity = none\n")
            .Analyze();
        Assert.Equal(new[] { "a.wplan: WPL0002 (5,6)-(5,8)", "a.wplan: WPL0010 (10,7)-(10,11)" }, DiagnosticFormat.Describe(diagnostics));
        Assert.Equal(new[] { DiagnosticSeverity.Info, DiagnosticSeverity.Error }, diagnostics.Select(d => d.Severity));
    }

    [Fact]
    public void Severity_can_be_configured_per_id()
    {
        var project = new PlanProject().AddPlan("p.wplan", "plan Org.P\ntask T \"t\"");
        Assert.Equal("WPL0002", Assert.Single(project.Analyze()).Id);

        var analyzers = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new WorkPlanDsl.Generators.Analyzers.PlanAnalyzer());
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(project.Plans.ToImmutableArray(), project.Options);
        Diagnostic[] Run(ReportDiagnostic report) => project.CreateCompilation(warningsAsErrors: false)
            .WithOptions(project.CreateCompilation(warningsAsErrors: false).Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["WPL0002"] = report }))
            .WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .ToArray();

        Assert.Empty(Run(ReportDiagnostic.Suppress));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Run(ReportDiagnostic.Error)).Severity);
    }
}
