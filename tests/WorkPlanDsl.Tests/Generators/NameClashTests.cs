using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

/// <summary>Plans whose C# names cannot stand together get a WPL error at each file instead of code that does not compile.</summary>
public class NameClashTests
{
    private static string Plan(string name) => "plan " + name + "\nunit U\ntask T \"t\"\n  lead U\n";

    [Theory]
    [InlineData("Org.Plan", "Org.Plan_", null, null)]
    [InlineData("Org.abc", "Org.abc_", null, null)]
    [InlineData("Org.Tasks", "Org.Tasks_", null, null)]
    [InlineData("Zhuzhou.Health", "Zhuzhou.Health.Y2024", null, null)]
    [InlineData("A", "A.B", null, null)]
    [InlineData("A.B", "A.B.C.D", null, null)]
    [InlineData("Zhuzhou.Health2024", "Other.Health2024", "My.Plans", "My.Plans")]
    [InlineData("Org.Health", "Org.Y2024", null, "Org.Health")]
    [InlineData("Org.class", "Org.class_", null, null)]
    [InlineData("Org.\U00020000", "Org._U020000", null, null)]
    [InlineData("int.X", "Org.X", null, "int")]
    public void A_clash_is_WPL0013_at_both_plans_and_neither_generates(string first, string second, string? firstNamespace, string? secondNamespace)
    {
        var project = new PlanProject()
            .AddPlan("one.wplan", Plan(first), namespaceOverride: firstNamespace)
            .AddPlan("two.wplan", Plan(second), namespaceOverride: secondNamespace)
            .AddPlan("bystander.wplan", Plan("Org.Bystander"));
        var output = project.Generate();
        output.AssertCompilesCleanly();
        Assert.Equal(new[] { "Org.Bystander.g.cs" }, output.Sources.Select(s => s.HintName));
        Assert.Equal(new[] { "one.wplan: WPL0013 (1,6)", "two.wplan: WPL0013 (1,6)" }, output.Diagnostics.Select(d => DiagnosticFormat.Describe(d).Split('-')[0]).OrderBy(s => s, System.StringComparer.Ordinal));
        Assert.All(output.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains("two.wplan", output.Diagnostics.Single(d => d.Location.GetLineSpan().Path.EndsWith("one.wplan", System.StringComparison.Ordinal)).GetMessage());
    }

    [Fact]
    public void The_message_says_which_names_clash()
    {
        var output = new PlanProject().AddPlan("a.wplan", Plan("Zhuzhou.Health")).AddPlan("b.wplan", Plan("Zhuzhou.Health.Y2024")).Generate();
        var messages = output.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path).Select(d => d.GetMessage()).ToArray();
        Assert.Equal("Plan 'Zhuzhou.Health' would generate the type 'Zhuzhou.Health', but plan 'Zhuzhou.Health.Y2024' in '/repo/app/b.wplan' generates the namespace 'Zhuzhou.Health'", messages[0]);
        Assert.Equal("Plan 'Zhuzhou.Health.Y2024' would generate the namespace 'Zhuzhou.Health', but plan 'Zhuzhou.Health' in '/repo/app/a.wplan' generates the type 'Zhuzhou.Health'", messages[1]);
    }

    [Theory]
    [InlineData("System", "System")]
    [InlineData("WorkPlanDsl", "WorkPlanDsl")]
    [InlineData("System.DateTime", "System")]
    [InlineData("System.Health2024", "System")]
    [InlineData("System.CodeDom.Compiler.GeneratedCode", "System")]
    [InlineData("WorkPlanDsl.PlanTask", "WorkPlanDsl")]
    [InlineData("WorkPlanDsl.Plan", "WorkPlanDsl")]
    public void A_name_that_hides_System_or_WorkPlanDsl_is_WPL0014(string name, string hidden)
    {
        var output = new PlanProject().AddPlan("p.wplan", Plan(name)).AddPlan("other.wplan", Plan("Org.Other")).Generate();
        output.AssertCompilesCleanly();
        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal("WPL0014", diagnostic.Id);
        Assert.Contains("hides the namespace '" + hidden + "'", diagnostic.GetMessage());
        Assert.Equal(new[] { "Org.Other.g.cs" }, output.Sources.Select(s => s.HintName));
    }

    [Theory]
    [InlineData("WorkPlanDsl.Samples.Health2024")]
    [InlineData("Org.System.Health")]
    [InlineData("Org.WorkPlanDsl")]
    [InlineData("system.x")]
    public void Names_that_only_contain_the_words_generate(string name)
    {
        var output = new PlanProject().AddPlan("p.wplan", Plan(name)).Generate();
        Assert.Empty(output.Diagnostics);
        output.AssertCompilesCleanly();
        Assert.Single(output.Sources);
    }

    [Fact]
    public void Hint_names_are_bounded_and_unique_for_long_names()
    {
        var stem = string.Concat(Enumerable.Repeat("株洲市卫生健康委员会", 20));
        var output = new PlanProject()
            .AddPlan("a.wplan", Plan("Org." + stem + "甲"))
            .AddPlan("b.wplan", Plan("Org." + stem + "乙"))
            .AddPlan("c.wplan", Plan("Org." + new string('A', 240)))
            .Generate();
        output.AssertCompilesCleanly();
        var hints = output.Sources.Select(s => s.HintName).ToArray();
        Assert.Equal(3, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, h => Assert.True(h.Length <= PlanDeclaration.MaxHintLength + 1 + 16 + ".g.cs".Length, h));
        Assert.All(hints, h => Assert.True(System.Text.Encoding.UTF8.GetByteCount(h) < 200, h));
    }
}
