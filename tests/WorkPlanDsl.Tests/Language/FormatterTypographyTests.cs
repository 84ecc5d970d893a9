using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Formatting;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

/// <summary>The canonical form keeps the plan's typography: list separators and a target's unit spacing as written.</summary>
public class FormatterTypographyTests
{
    private const string Head = "plan Org.A\n\nunit 计财科\nunit 人事科 alias 人事\ngroup 各区县教育局\n\n";

    private static string Format(string text) => PlanFormatter.Format(text).Text ?? throw new Xunit.Sdk.XunitException(string.Join("\n", PlanFormatter.Format(text).Errors));

    [Theory]
    [InlineData("  lead 计财科、各区县教育局", "  lead 计财科、各区县教育局")]
    [InlineData("  lead 计财科 、 各区县教育局", "  lead 计财科、各区县教育局")]
    [InlineData("  lead 计财科，各区县教育局", "  lead 计财科，各区县教育局")]
    [InlineData("  lead 计财科,各区县教育局", "  lead 计财科, 各区县教育局")]
    [InlineData("  lead 计财科　,　各区县教育局", "  lead 计财科, 各区县教育局")]
    [InlineData("  support 计财科、人事,各区县教育局", "  support 计财科、人事, 各区县教育局")]
    [InlineData("  tag 重点、民生", "  tag 重点、民生")]
    [InlineData("  target \"床位使用率\" >= 92%", "  target \"床位使用率\" >= 92%")]
    [InlineData("  target \"床位使用率\" >= 92 %", "  target \"床位使用率\" >= 92 %")]
    [InlineData("  target \"床位使用率\" >= 92   %", "  target \"床位使用率\" >= 92 %")]
    [InlineData("  target \"托位\" = 4000个", "  target \"托位\" = 4000个")]
    [InlineData("  target \"发生率\" <= 8.5‰", "  target \"发生率\" <= 8.5‰")]
    [InlineData("  target \"覆盖\" = 8-10个", "  target \"覆盖\" = 8-10个")]
    public void A_line_keeps_its_typography(string line, string expected)
    {
        var text = Head + "task T \"t\"\n" + line + "\n";
        var formatted = Format(text);
        Assert.Equal(Head + "task T \"t\"\n" + expected + "\n", formatted);
        Assert.Equal(formatted, Format(formatted));
        Assert.Equal(PlanCompiler.Compile(text).Model!.WithoutLocations(), PlanCompiler.Compile(formatted).Model!.WithoutLocations());
    }

    [Fact]
    public void Aliases_keep_their_separators_too()
        => Assert.Equal("plan Org.A\n\nunit 计财科 alias 计财、财务科\n", Format("plan Org.A\nunit 计财科 alias 计财 、财务科\n"));

    [Fact]
    public void The_plans_keep_every_separator_and_unit_spacing_they_have()
    {
        foreach (var (path, text) in PlanCorpus.ValidPlans())
        {
            Assert.True(Typography(text).SequenceEqual(Typography(Format(text))), path);
        }
    }

    /// <summary>Each list's separators and each target's "number directly followed by its unit", sorted: attributes move, typography does not.</summary>
    internal static IEnumerable<string> Typography(string text)
    {
        var tree = PlanParser.Parse(text);
        return tree.Statements
            .Select(s => s.Kind + ":" + string.Concat(s.List.Zip(s.List.Skip(1), (a, b) => text.Substring(a.End, b.Start - a.End).Trim()))
                + (s.Rest is { } rest && s.Number is { } number ? (rest.Start == number.End ? "|adjacent" : "|spaced") : string.Empty))
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();
    }
}
