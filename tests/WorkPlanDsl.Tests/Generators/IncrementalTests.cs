using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

public class IncrementalTests
{
    private static readonly string[] PlanSteps = { TrackingNames.PlanFiles, TrackingNames.BoundPlans, TrackingNames.GeneratedPlans };

    private static PlanProject ThreePlans()
        => new PlanProject()
            .AddPlan("a.wplan", "plan Org.A\nunit U\ntask T \"a\"\n  lead U")
            .AddPlan("b.wplan", "plan Org.B\nunit U\ntask T \"b\"\n  lead U")
            .AddPlan("c.wplan", RepositoryPaths.TestPlan("spec-example.wplan"))
            .AddSource("public static class Existing { }");

    private static IReadOnlyList<(string Step, IncrementalStepRunReason Reason, object Value)> Outputs(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedSteps
            .Where(s => s.Key.StartsWith("WPlan.", StringComparison.Ordinal))
            .SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (s.Key, o.Reason, o.Value))))
            .ToArray();

    [Fact]
    public void Every_step_has_a_tracking_name_and_a_second_run_is_all_cached()
    {
        var project = ThreePlans();
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);
        var tracked = driver.GetRunResult().Results.Single().TrackedSteps.Keys.Where(k => k.StartsWith("WPlan.", StringComparison.Ordinal)).ToArray();
        Assert.Equal(typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).OrderBy(n => n), tracked.OrderBy(n => n));

        driver = driver.RunGenerators(compilation);
        var outputs = Outputs(driver);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Step + " was " + o.Reason));
    }

    [Fact]
    public void Editing_one_of_three_plans_reruns_only_its_steps()
    {
        var project = ThreePlans();
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);

        var old = project.Plans.Single(p => p.Path.EndsWith("b.wplan", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(old.Path, "plan Org.B\nunit U\ntask T \"b, edited\"\n  lead U");
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);

        var outputs = Outputs(driver);
        foreach (var step in PlanSteps)
        {
            var reasons = outputs.Where(o => o.Step == step).Select(o => o.Reason).ToArray();
            Assert.Equal(3, reasons.Length);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(2, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        // The cross-plan check: the edited plan's C# names are worked out again (cheap: no plan text is read) and,
        // being the same, leave the table of all plans' names as it was, so no other plan's code is written again.
        var declarations = outputs.Where(o => o.Step == TrackingNames.PlanDeclarations).Select(o => o.Reason).ToArray();
        Assert.Equal(3, declarations.Length);
        Assert.All(declarations, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "PlanDeclarations was " + r));
        Assert.All(outputs.Where(o => o.Step is TrackingNames.PlanNames or TrackingNames.EditorConfigs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Step + " was " + o.Reason));
        var errors = outputs.Where(o => o.Step == TrackingNames.PlanErrors).Select(o => o.Reason).ToArray();
        Assert.Equal(3, errors.Length);
        Assert.All(errors, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "PlanErrors was " + r));
        var generated = outputs.Single(o => o.Step == TrackingNames.GeneratedPlans && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("b, edited", ((GeneratedPlan)generated.Value).Source);
    }

    [Fact]
    public void Adding_a_csharp_file_reruns_no_plan_step()
    {
        var project = ThreePlans();
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Added { }", project.ParseOptions)));
        Assert.All(Outputs(driver), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Step + " was " + o.Reason));
    }

    [Fact]
    public void Models_hold_only_values()
    {
        var project = PlanCorpus.ProjectWithAllPlans(new PlanProject());
        var driver = project.CreateDriver().RunGenerators(project.CreateCompilation());
        var outputs = Outputs(driver);
        Assert.Contains(outputs, o => o.Value is BoundPlan { Model: not null });
        foreach (var output in outputs)
        {
            ModelWalker.AssertValuesOnly(output.Value, output.Step);
        }
    }

    [Fact]
    public void The_model_walker_catches_a_forbidden_type()
    {
        var sneaky = new List<object> { "fine", Location.None };
        Assert.ThrowsAny<Exception>(() => ModelWalker.AssertValuesOnly(sneaky, "test"));
        Assert.ThrowsAny<Exception>(() => ModelWalker.AssertValuesOnly(new Tuple<SourceText>(SourceText.From("x")), "test"));
    }

    /// <summary>Walks an object graph and fails on anything that would keep a compilation alive or break equality.</summary>
    private static class ModelWalker
    {
        private static readonly Type[] Forbidden =
        {
            typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location),
            typeof(AdditionalText), typeof(SourceText), typeof(SemanticModel), typeof(Diagnostic),
        };

        public static void AssertValuesOnly(object? value, string path, HashSet<object>? seen = null)
        {
            seen ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal or DateTime)
            {
                return;
            }

            var type = value.GetType();
            Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), path + " holds a " + type.FullName);
            Assert.False(typeof(Delegate).IsAssignableFrom(type), path + " holds a delegate");
            if (!type.IsValueType && !seen.Add(value))
            {
                return;
            }

            if (value is IEnumerable sequence)
            {
                var index = 0;
                foreach (var element in sequence)
                {
                    AssertValuesOnly(element, path + "[" + index++ + "]", seen);
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    AssertValuesOnly(field.GetValue(value), path + "." + field.Name, seen);
                }
            }
        }
    }
}
