using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// Whatever goes wrong in one plan costs that plan: WPL0020 at its file, and the other plans' code and diagnostics as
/// usual. The failure is injected through the plan file's analyzer config option <see cref="TestFault.Option"/>, which
/// reaches the generator and the analyzer as their other options do (no static switch).
/// </summary>
public class FailureIsolationTests
{
    private static PlanProject ThreePlans(string fault) => new PlanProject()
        .AddPlan("a.wplan", "plan Shi.A\nunit 体改科\ntask T01 \"任务\"\n  lead 体改科\n")
        .AddPlan("b.wplan", "plan Shi.B\nunit 体改科\ntask T01 \"任务\"\n  lead 体改科\n")
        .AddPlan("c.wplan", "plan Shi.C\nunit 体改科\ntask T01 \"任务\"\n")
        .SetFileOption("b.wplan", TestFault.Option, fault);

    [Theory]
    [InlineData(TestFault.Read)]
    [InlineData(TestFault.Bind)]
    [InlineData(TestFault.Emit)]
    public void A_failure_in_one_plan_costs_the_generator_that_plan_only(string stage)
    {
        var project = ThreePlans(stage);
        var driver = project.CreateDriver().RunGeneratorsAndUpdateCompilation(project.CreateCompilation(), out var compilation, out var diagnostics);
        var result = driver.GetRunResult();

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        var failure = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.InternalError, failure.Id);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Equal(PlanProject.ProjectDir + "b.wplan", failure.Location.GetLineSpan().Path);
        Assert.Contains("System.InvalidOperationException: fault injected at '" + stage + "'", failure.GetMessage());
        Assert.EndsWith("please report it", failure.GetMessage());

        var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).OrderBy(n => n).ToArray();
        Assert.Equal(2, sources.Length);
        Assert.DoesNotContain(sources, n => n.Contains("Shi.B", System.StringComparison.Ordinal));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    /// <summary>The project's diagnostics (analyzer and generator): a bind failure, which both meet, is reported once.</summary>
    [Theory]
    [InlineData(TestFault.Analyze)]
    [InlineData(TestFault.Bind)]
    public void A_failure_in_one_plan_costs_the_analyzer_that_plan_only(string stage)
    {
        var project = ThreePlans(stage);
        var diagnostics = project.Analyze();
        Assert.Equal(stage == TestFault.Analyze ? 1 : 0, project.AnalyzerDiagnostics().Count(d => d.Id == DiagnosticIds.InternalError));

        var failure = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.InternalError);
        Assert.Equal(PlanProject.ProjectDir + "b.wplan", failure.Location.GetLineSpan().Path);
        Assert.Contains("fault injected at '" + stage + "'", failure.GetMessage());

        // c.wplan's task has no lead: its WPL0002 is still reported.
        var missingLead = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.MissingLead);
        Assert.Equal(PlanProject.ProjectDir + "c.wplan", missingLead.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Without_the_option_nothing_fails()
    {
        var project = ThreePlans("none");
        Assert.DoesNotContain(project.Analyze(), d => d.Id == DiagnosticIds.InternalError);
        Assert.Equal(3, project.Generate().Sources.Count);
    }

    [Fact]
    public void The_failure_description_is_one_bounded_line()
    {
        var description = InternalError.Describe(new System.FormatException("bad\nline\u2028" + new string('x', 1000)));
        Assert.StartsWith("System.FormatException: bad line ", description);
        Assert.True(description.Length <= 301);
        Assert.DoesNotContain('\n', description);
    }
}
