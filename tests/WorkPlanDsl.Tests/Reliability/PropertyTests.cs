using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Formatting;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// Property-based tests (CsCheck). Iteration counts are bounded for the test command; WPLAN_PROPERTY_SCALE multiplies
/// them for the longer run before a release (docs/reliability.md).
/// </summary>
public class PropertyTests
{
    private static readonly long Scale = long.TryParse(Environment.GetEnvironmentVariable("WPLAN_PROPERTY_SCALE"), out var scale) && scale > 0 ? scale : 1;

    [Fact]
    public void Random_valid_plans_have_no_errors_and_their_generated_code_compiles_cleanly()
    {
        RandomPlans.Plans.Sample(
            plan =>
            {
                var compiled = PlanCompiler.Compile(plan);
                Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
                var version = (plan.Length % 3) switch { 0 => LanguageVersion.CSharp7_3, 1 => LanguageVersion.CSharp8, _ => LanguageVersion.Latest };
                var project = new PlanProject
                {
                    LanguageVersion = version,
                    Nullable = version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable,
                }.AddPlan("random.wplan", plan);
                var output = project.Generate();
                Assert.Single(output.Sources);
                output.AssertCompilesCleanly();
            },
            iter: 40 * Scale,
            threads: 2,
            print: plan => "\n" + plan);
    }

    [Fact]
    public void Formatting_random_plans_keeps_their_meaning_and_is_idempotent()
    {
        RandomPlans.Plans.Sample(
            plan =>
            {
                var formatted = PlanFormatter.Format(plan).Text;
                Assert.NotNull(formatted);
                Assert.Equal(formatted, PlanFormatter.Format(formatted!).Text);
                var before = PlanCompiler.Compile(plan);
                var after = PlanCompiler.Compile(formatted!);
                Assert.Equal(before.Model!.WithoutLocations(), after.Model!.WithoutLocations());
                Assert.Equal(before.Diagnostics.Select(d => d.Id + ":" + d.Message), after.Diagnostics.Select(d => d.Id + ":" + d.Message));
            },
            iter: 300 * Scale,
            print: plan => "\n" + plan);
    }

    /// <summary>For any plan, <c>workplan fmt</c> writes text (or nothing) that binds to exactly the model of the file.</summary>
    [Fact]
    public void Fmt_preserves_the_bound_model_of_any_plan()
    {
        var strict = new UTF8Encoding(false, true);
        RandomPlans.Plans.Sample(
            plan =>
            {
                var bytes = Encoding.UTF8.GetBytes(plan);
                var original = PlanCompiler.Compile(strict.GetString(bytes)).Model!.WithoutLocations();
                var outcome = FaithfulFormatter.Format(bytes);
                Assert.True(outcome.Verdict is FormatVerdict.Rewrite or FormatVerdict.Canonical, outcome.Verdict + ": " + outcome.Reason);
                var written = strict.GetBytes(outcome.Text!);
                Assert.Equal(original, PlanCompiler.Compile(strict.GetString(written)).Model!.WithoutLocations());
                Assert.Equal(FormatVerdict.Canonical, FaithfulFormatter.Format(written).Verdict);
            },
            iter: 300 * Scale,
            print: plan => "\n" + plan);
    }

    /// <summary>For any mutated file: not UTF-8, fmt refuses; otherwise what it writes binds to the file's model.</summary>
    [Fact]
    public void Fmt_never_writes_a_mutated_file_it_could_not_read_faithfully()
    {
        var strict = new UTF8Encoding(false, true);
        var files = PlanCorpus.ValidPlans().Select(p => Encoding.UTF8.GetBytes(p.Text)).ToArray();
        var mutation = Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], Gen.Int[0, 200], Gen.Byte);
        Gen.Select(Gen.Int[0, files.Length - 1], mutation.Array[1, 8])
            .Sample(
                input =>
                {
                    var bytes = Mutate(files[input.Item1], input.Item2);
                    var (text, encoding) = Decode(bytes);
                    var outcome = FaithfulFormatter.Format(bytes);
                    if (encoding != Encoding.UTF8)
                    {
                        Assert.Equal(FormatVerdict.Refused, outcome.Verdict);
                        return;
                    }

                    Assert.NotEqual(FormatVerdict.Refused, outcome.Verdict);
                    if (outcome.Verdict == FormatVerdict.Rewrite)
                    {
                        var model = PlanCompiler.Compile(FaithfulFormatter.Decode(bytes).Text!).Model?.WithoutLocations();
                        Assert.Equal(model, PlanCompiler.Compile(strict.GetString(strict.GetBytes(outcome.Text!))).Model?.WithoutLocations());
                    }
                },
                iter: 300 * Scale,
                threads: 2,
                print: input => "file " + input.Item1 + ", mutations " + string.Join(" ", input.Item2.Select(m => m.ToString())));
    }

    [Fact]
    public void Mutated_plans_never_crash_the_parser_binder_analyzer_or_generator()
    {
        var files = PlanCorpus.ValidPlans().Select(p => Encoding.UTF8.GetBytes(p.Text)).ToArray();
        var mutation = Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], Gen.Int[0, 200], Gen.Byte);
        Gen.Select(Gen.Int[0, files.Length - 1], mutation.Array[1, 8])
            .Sample(
                input =>
                {
                    var bytes = Mutate(files[input.Item1], input.Item2);
                    var (text, encoding) = Decode(bytes);
                    AssertHealthy(text);
                    var project = new PlanProject().AddPlan("mutated.wplan", text, encoding);
                    project.Analyze();
                    project.Generate();
                },
                iter: 120 * Scale,
                threads: 2,
                print: input => "file " + input.Item1 + ", mutations " + string.Join(" ", input.Item2.Select(m => m.ToString())));
    }

    [Fact]
    public void Plans_truncated_at_every_position_never_crash()
    {
        foreach (var (path, text) in PlanCorpus.TestPlans())
        {
            for (var length = 0; length <= text.Length; length++)
            {
                AssertHealthy(text.Substring(0, length));
            }

            for (var length = 0; length <= text.Length; length += Math.Max(1, 97 / (int)Scale))
            {
                var project = new PlanProject().AddPlan(Path.GetFileName(path), text.Substring(0, length));
                project.Analyze();
                project.Generate();
            }
        }

        var largest = PlanCorpus.ValidPlans().OrderByDescending(p => p.Text.Length).First().Text;
        for (var length = 0; length <= largest.Length; length += Math.Max(1, 7 / (int)Scale))
        {
            AssertHealthy(largest.Substring(0, length));
        }
    }

    /// <summary>Parse and bind return, and every diagnostic lies inside the text with consistent lines and columns.</summary>
    internal static void AssertHealthy(string text)
    {
        var compiled = PlanCompiler.Compile(text);
        var lines = new WorkPlanDsl.Language.Text.LineMap(text);
        foreach (var diagnostic in compiled.Diagnostics)
        {
            var location = diagnostic.Location;
            Assert.InRange(location.Start, 0, text.Length);
            Assert.InRange(location.End, location.Start, text.Length);
            Assert.Equal(lines.Locate(location.Start, location.Length), location);
            Assert.False(string.IsNullOrEmpty(diagnostic.Message));
        }

        Assert.NotNull(PlanFormatter.Format(text));
    }

    private static byte[] Mutate(byte[] original, (int Kind, double Position, int Length, byte Value)[] mutations)
    {
        var bytes = original.ToList();
        foreach (var (kind, position, length, value) in mutations)
        {
            var at = (int)(position * bytes.Count);
            switch (kind)
            {
                case 0: bytes.Insert(at, value); break;
                case 1: bytes.RemoveRange(at, Math.Min(length, bytes.Count - at)); break;
                case 2: bytes.RemoveRange(at, bytes.Count - at); break;
                case 3: bytes.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "\n", "\"", "\\", "|", "task ", "lead ", "、", "\r", "\0", "plan X", "\uFEFF" }[value % 11])); break;
                default:
                    var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
                    if (lines.Count > 1)
                    {
                        var a = Math.Min(lines.Count - 1, (int)(position * lines.Count));
                        var b = (a + 1 + length) % lines.Count;
                        if (kind == 4)
                        {
                            (lines[a], lines[b]) = (lines[b], lines[a]);
                        }
                        else if (kind == 5)
                        {
                            lines.RemoveAt(a);
                        }
                        else
                        {
                            lines.Insert(b, lines[a]);
                        }
                    }

                    bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines)).ToList();
                    break;
            }
        }

        return bytes.ToArray();
    }

    // What the compiler does with a file's bytes: UTF-8 when they are, another encoding when they are not.
    private static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), Encoding.Latin1);
        }
    }
}
