using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Cli.Export;
using WorkPlanDsl.Generators;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Fuzz;

/// <summary>What one input went through: whether it bound without errors and was compiled, and what it did wrong.</summary>
internal sealed record Outcome(bool BoundClean, bool Compiled, IReadOnlyList<Finding> Findings, string Text, Encoding Encoding);

/// <summary>
/// Runs one input through everything a plan meets: parse and bind, the analyzer and the generator as the compiler
/// runs them, <c>workplan fmt</c>'s faithful formatter (and the formatted text again), every export; and, when asked,
/// compiles the generated code into a consumer at C# 7.3, 8 or latest. The analyzer runs over a batch of inputs at
/// once (<see cref="AnalyzeBatch"/>), as it does over a project's plans: one compilation's set-up for many files.
/// </summary>
internal static class Harness
{
    private const string PlanPath = ProjectOptions.ProjectDir + "fuzz.wplan";
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly CSharpCompilation[] Consumers = Consumer.Versions.Select(Consumer.Empty).ToArray();
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer());

    public static Outcome Run(byte[] bytes, long index, bool compile, bool analyze = false)
    {
        var findings = new List<Finding>();
        var (text, encoding) = Decode(bytes);
        var version = (int)(index % Consumer.Versions.Length);

        CompiledPlan? compiled = null;
        Stage(findings, "parse+bind", () =>
        {
            compiled = PlanCompiler.Compile(text);
            CheckDiagnostics(findings, text, compiled);
        });

        Stage(findings, "fmt", () => Format(findings, bytes));
        var clean = compiled is { HasErrors: false, Model: not null };
        if (clean)
        {
            Stage(findings, "export", () => Export(findings, compiled!.Model!));
        }

        if (analyze)
        {
            Stage(findings, "analyzer", () => findings.AddRange(AnalyzeBatch(new[] { (index, text, encoding) })));
        }

        string? generated = null;
        Stage(findings, "generator", () => generated = Generate(findings, text, encoding, version, clean));

        var compiledCode = false;
        if (compile && clean && generated is not null)
        {
            compiledCode = true;
            Stage(findings, "compile", () => Compile(findings, generated, version));
        }

        return new Outcome(clean, compiledCode, findings, text, encoding);
    }

    // What the compiler does with a file's bytes: UTF-8 when they are, another encoding when they are not.
    private static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), Encoding.Latin1);
        }
    }

    /// <summary>Time spent in each stage, in stopwatch ticks, over the whole run.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, long> StageTicks { get; } = new();

    private static void Stage(List<Finding> findings, string stage, Action action)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            action();
        }
        catch (Exception e)
        {
            findings.Add(new Finding(FindingKind.Crash, stage, e.GetType().Name + " at " + TopFrame(e), e.ToString()));
        }
        finally
        {
            var ticks = System.Diagnostics.Stopwatch.GetTimestamp() - started;
            StageTicks.AddOrUpdate(stage, ticks, (_, t) => t + ticks);
        }
    }

    private static void CheckDiagnostics(List<Finding> findings, string text, CompiledPlan compiled)
    {
        var lines = new LineMap(text);
        foreach (var diagnostic in compiled.Diagnostics)
        {
            var location = diagnostic.Location;
            if (location.Start < 0 || location.End > text.Length || location.Length < 0 || lines.Locate(location.Start, location.Length) != location || string.IsNullOrEmpty(diagnostic.Message))
            {
                findings.Add(new Finding(FindingKind.Wrong, "parse+bind", "diagnostic location " + diagnostic.Id, diagnostic + " at " + location.Start + "+" + location.Length + " in a text of " + text.Length));
            }

            if (diagnostic.Id == Language.Diagnostics.DiagnosticIds.InternalError)
            {
                findings.Add(new Finding(FindingKind.Crash, "parse+bind", "WPL0020", diagnostic.ToString()));
            }
        }
    }

    private static void Format(List<Finding> findings, byte[] bytes)
    {
        var outcome = FaithfulFormatter.Format(bytes);
        var utf8 = IsUtf8(bytes);
        if (outcome.Verdict == FormatVerdict.Refused && utf8)
        {
            findings.Add(new Finding(FindingKind.RoundTrip, "fmt", "refused: " + outcome.Reason, outcome.Reason!));
        }
        else if (outcome.Verdict != FormatVerdict.Refused && !utf8)
        {
            findings.Add(new Finding(FindingKind.RoundTrip, "fmt", "formatted a file that is not UTF-8", outcome.Verdict.ToString()));
        }
        else if (outcome.Verdict == FormatVerdict.Rewrite)
        {
            // What fmt writes must read back, as bytes, to the same text, and be canonical itself.
            var written = StrictUtf8.GetBytes(outcome.Text!);
            var again = FaithfulFormatter.Format(written);
            if (again.Verdict != FormatVerdict.Canonical)
            {
                findings.Add(new Finding(FindingKind.RoundTrip, "fmt", "not idempotent: " + again.Verdict, again.Reason ?? outcome.Text!));
            }
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static void Export(List<Finding> findings, PlanModel model)
    {
        var catalog = new Catalog(model);
        foreach (var matrix in new[] { false, true })
        {
            JsonDocument.Parse(JsonExporter.Write(catalog, matrix)).Dispose();
            MarkdownExporter.Write(catalog, matrix);
            HtmlExporter.Write(catalog, matrix);
            foreach (var cell in CsvCells(CsvExporter.Write(catalog, matrix)))
            {
                if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                {
                    findings.Add(new Finding(FindingKind.Wrong, "export", "CSV cell starts a formula", cell));
                    return;
                }
            }
        }
    }

    /// <summary>The cells of an RFC 4180 text, unquoted.</summary>
    internal static IEnumerable<string> CsvCells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }
    }

    /// <summary>
    /// The analyzer over several inputs, each its own AdditionalFile; a finding names its input. An analyzer exception
    /// that names no file (it cannot, with WPL0020 in place, but if it did) is pinned down by running the batch's
    /// inputs one by one.
    /// </summary>
    public static List<Finding> AnalyzeBatch(IReadOnlyList<(long Index, string Text, Encoding Encoding)> inputs)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var findings = new List<Finding>();
        var exceptions = new List<Exception>();
        var files = inputs.Select(i => (AdditionalText)new MemoryAdditionalText(ProjectOptions.ProjectDir + i.Index + ".wplan", i.Text, i.Encoding)).ToImmutableArray();
        var options = new AnalyzerOptions(files, ProjectOptions.Instance);
        var diagnostics = Consumers[0]
            .WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if ((exceptions.Count > 0 || diagnostics.Any(d => d.Id == "AD0001")) && inputs.Count > 1)
        {
            return inputs.SelectMany(i => AnalyzeBatch(new[] { i })).ToList();
        }

        foreach (var e in exceptions)
        {
            findings.Add(new Finding(FindingKind.Crash, "analyzer", e.GetType().Name + " at " + TopFrame(e), "input " + inputs[0].Index + ": " + e));
        }

        foreach (var d in diagnostics.Where(d => d.Id is "AD0001" or "WPL0020"))
        {
            findings.Add(new Finding(FindingKind.Crash, "analyzer", d.Id + " " + Shorten(d.GetMessage()), "input " + System.IO.Path.GetFileNameWithoutExtension(d.Location.GetLineSpan().Path) + ": " + d));
        }

        var ticks = System.Diagnostics.Stopwatch.GetTimestamp() - started;
        StageTicks.AddOrUpdate("analyzer", ticks, (_, t) => t + ticks);
        return findings;
    }

    /// <summary>The input a batch finding names ("input 123: …").</summary>
    public static long? InputOf(Finding finding)
        => finding.Details.StartsWith("input ", StringComparison.Ordinal) && long.TryParse(finding.Details.AsSpan(6, finding.Details.IndexOf(':') - 6), out var index) ? index : null;

    private static string? Generate(List<Finding> findings, string text, Encoding encoding, int version, bool clean)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            new AdditionalText[] { new MemoryAdditionalText(PlanPath, text, encoding) },
            Consumer.ParseOptions(Consumer.Versions[version]),
            ProjectOptions.Instance);
        var result = driver.RunGenerators(Consumers[version]).GetRunResult();
        foreach (var generator in result.Results.Where(r => r.Exception is not null))
        {
            findings.Add(new Finding(FindingKind.Crash, "generator", generator.Exception!.GetType().Name + " at " + TopFrame(generator.Exception), generator.Exception.ToString()));
        }

        // The generator reports a plan's errors itself (WPL0001…); only its own failures are findings.
        foreach (var d in result.Diagnostics.Where(d => d.Id is "CS8785" or "WPL0020" || (d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("WPL", StringComparison.Ordinal))))
        {
            findings.Add(new Finding(FindingKind.Crash, "generator", d.Id + " " + Shorten(d.GetMessage()), d.ToString()));
        }

        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToArray();

        // Damaged text (a U+FFFD, docs/diagnostics/WPL0012.md) gets the warning WPL0012 alone and no code, by design.
        var damaged = result.Diagnostics.Any(d => d.Id == "WPL0012");
        if (clean && !damaged && sources.Length != 1)
        {
            findings.Add(new Finding(FindingKind.Wrong, "generator", "a plan without errors generated " + sources.Length + " sources", string.Empty));
        }

        return sources.Length == 1 ? sources[0].SourceText.ToString() : null;
    }

    private static void Compile(List<Finding> findings, string source, int version)
    {
        var tree = CSharpSyntaxTree.ParseText(source, Consumer.ParseOptions(Consumer.Versions[version]), "fuzz.g.cs");
        var problems = Consumers[version].AddSyntaxTrees(tree).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (problems.Length > 0)
        {
            findings.Add(new Finding(FindingKind.Uncompilable, "compile", problems[0].Id + " (C# " + Consumer.Versions[version] + ")", string.Join("\n", problems.Take(20))));
        }
    }

    private static string TopFrame(Exception e)
        => e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("WorkPlanDsl.", StringComparison.Ordinal))
           ?? e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "?";

    private static string Shorten(string message) => message.Length > 120 ? message.Substring(0, 120) : message;
}
