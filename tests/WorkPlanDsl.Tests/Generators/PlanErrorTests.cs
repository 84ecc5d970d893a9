using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

/// <summary>A plan's errors reach the build output even when the C# that uses the plan does not compile.</summary>
public class PlanErrorTests
{
    private const string Misspelt = "plan Org.CityEdu\nunit 教研室\ntask T01 \"t\"\n  lead 教研\n  support 教研室, 人事\n";

    private const string UsesThePlan = "public static class Uses { public static string Title() { return Org.CityEdu.Tasks.T01.Title; } }";

    [Fact]
    public void The_generator_reports_every_error_of_a_plan_it_does_not_generate_while_the_csharp_fails()
    {
        var project = new PlanProject()
            .AddPlan("plans/cityedu.wplan", Misspelt)
            .AddPlan("plans/good.wplan", "plan Org.Good\nunit U\ntask T \"t\"\n  lead U\n")
            .AddSource(UsesThePlan);
        var output = project.Generate();

        Assert.Equal(new[] { "cityedu.wplan: WPL0004 (4,8)-(4,10)", "cityedu.wplan: WPL0004 (5,16)-(5,18)" }, DiagnosticFormat.Describe(output.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start)));
        Assert.All(output.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(PlanProject.ProjectDir + "plans/cityedu.wplan", output.Diagnostics[0].Location.GetLineSpan().Path);

        // What the compiler prints beside them: the C# error the plan's errors explain. The good plan still generates.
        Assert.Contains(output.Compilation.GetDiagnostics(), d => d.Id == "CS0234");
        Assert.Equal(new[] { "Org.Good.g.cs" }, output.Sources.Select(s => s.HintName));
    }

    [Fact]
    public void A_normal_build_reports_each_diagnostic_once_errors_from_the_generator_warnings_from_the_analyzer()
    {
        var project = new PlanProject().AddPlan("p.wplan", "plan Org.P\nyear 2024\nunit U\ntask T1 \"no lead\"\ntask T2 \"t\"\n  lead Nobody\n  due 2023-01-01\n");
        var build = project.Analyze();
        Assert.Equal(new[] { "p.wplan: WPL0002 (4,6)-(4,8)", "p.wplan: WPL0004 (6,8)-(6,14)", "p.wplan: WPL0010 (7,7)-(7,17)" }, DiagnosticFormat.Describe(build));
        Assert.Equal(new[] { "WPL0002", "WPL0010" }, project.AnalyzerDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void An_editorconfig_severity_applies_to_the_errors_the_generator_reports()
    {
        var project = new PlanProject()
            .AddPlan("plans/a.wplan", Misspelt)
            .AddPlan(".editorconfig", "root = true\n\n[*.wplan]\ndotnet_diagnostic.WPL0004.severity = warning\n");
        var build = project.Analyze();
        Assert.Equal(new[] { "WPL0004", "WPL0004" }, build.Select(d => d.Id));
        Assert.All(build, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // Lowering the error hides the reason, not the error: the plan still does not generate.
        Assert.Empty(project.CreateDriver().RunGenerators(project.CreateCompilation()).GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void Positions_are_the_plans_own_where_the_compiler_would_count_other_line_breaks()
    {
        // U+2028 inside a title is text, not a line break (docs/language.md): the build says line 3, as `workplan check` does.
        var project = new PlanProject().AddPlan("p.wplan", "plan Org.P \"第一\u2028第二\u0085第三\"\nunit U\ntask T \"t\"\n  lead X\n");
        var error = Assert.Single(project.Analyze());
        Assert.Equal("p.wplan: WPL0004 (4,8)-(4,9)", DiagnosticFormat.Describe(error));
    }
}
