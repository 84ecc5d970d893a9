using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

/// <summary>
/// .NET metadata holds names of at most 1024 UTF-8 bytes; a longer plan, unit, section or task name compiled
/// (GetDiagnostics is clean) but failed at emit with CS7013. Names are bounded in the language instead, and a name at
/// the bound, in the letters that grow most in C# (beyond the basic plane, 4 bytes to 8), still emits.
/// </summary>
public class LongNameTests
{
    private const int MaxNameLength = 250; // docs/language.md, Lexical rules

    private static readonly string Wide = "\U00020000";

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));

    [Fact]
    public void Names_at_the_bound_emit()
    {
        var id = Repeat(Wide, MaxNameLength / 2);
        var plan = "Org." + Repeat(Wide, (MaxNameLength - 4) / 2);
        var output = new PlanProject()
            .AddPlan("long.wplan", "plan " + plan + "\nunit " + id + "\nsection " + id + " \"s\"\ntask " + id + " \"t\"\n  lead " + id + "\n  item \"i\"\n")
            .Generate();
        Assert.Empty(output.Diagnostics);
        Assert.Single(output.Sources);
        AssertEmits(output);
    }

    [Theory]
    [InlineData("plan Org.{0}\nunit U\ntask T \"t\"\n  lead U\n", 1, 6)]
    [InlineData("plan Org.Long\nunit {0}\nunit U\ntask T \"t\"\n  lead U\n", 2, 6)]
    [InlineData("plan Org.Long\nunit U\nsection {0} \"s\"\ntask T \"t\"\n  lead U\n", 3, 9)]
    [InlineData("plan Org.Long\nunit U\ntask {0} \"t\"\n  lead U\n", 3, 6)]
    public void A_longer_name_is_a_WPL0001_and_the_other_plans_still_emit(string template, int line, int column)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "长" + Repeat(Wide, MaxNameLength / 2));
        var output = new PlanProject()
            .AddPlan("long.wplan", text)
            .AddPlan("ok.wplan", "plan Org.Fine\nunit U\ntask T \"t\"\n  lead U\n")
            .Generate();
        var error = Assert.Single(output.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("WPL0001", error.Id);
        Assert.Contains("too long", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var position = error.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (position.Line + 1, position.Character + 1));
        Assert.Single(output.Sources);
        AssertEmits(output);
    }

    private static void AssertEmits(GeneratorOutput output)
    {
        using var stream = new MemoryStream();
        var result = output.Compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
}
