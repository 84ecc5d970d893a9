using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

public class CancellationAndDeterminismTests
{
    [Fact]
    public void A_cancelled_parse_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PlanCompiler.Compile("plan A\nunit U\n", cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => WorkPlanDsl.Language.Formatting.PlanFormatter.Format("plan A\n", cancelled.Token));
    }

    [Fact]
    public void A_parse_cancelled_mid_file_stops_before_the_end()
    {
        // Tens of megabytes: the parse is well under way when the token is cancelled, and must stop, not finish.
        var text = string.Concat(Enumerable.Repeat("task T \"任务\"\n  | 文本文本文本文本文本文本\n", 2_000_000));
        using var source = new CancellationTokenSource();
        var parse = Task.Run(() => PlanCompiler.Compile(text, source.Token));
        Thread.Sleep(100);
        source.Cancel();
        var exception = Assert.ThrowsAny<Exception>(() => parse.GetAwaiter().GetResult());
        Assert.IsAssignableFrom<OperationCanceledException>(exception);
    }

    [Fact]
    public void A_generation_cancelled_mid_run_stops_with_OperationCanceledException()
    {
        using var source = new CancellationTokenSource();
        var project = new PlanProject().AddPlan("a.wplan", "plan Org.A\nunit U\ntask T \"t\"\n  lead U");
        var plans = project.Plans.Append(new CancellingText("/repo/app/b.wplan", "plan Org.B\nunit U\ntask T \"t\"\n  lead U", source)).ToArray();
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { new PlanGenerator().AsSourceGenerator() }, plans, project.ParseOptions, project.Options);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(project.CreateCompilation(), source.Token));
    }

    [Fact]
    public void An_analysis_cancelled_mid_run_stops_with_OperationCanceledException()
    {
        using var source = new CancellationTokenSource();
        var project = new PlanProject();
        var plans = ImmutableArrayOf(new CancellingText("/repo/app/b.wplan", "plan Org.B\ntask T \"t\"", source));
        var analysis = project.CreateCompilation(warningsAsErrors: false).WithAnalyzers(
            System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer()),
            new AnalyzerOptions(plans, project.Options));
        Assert.ThrowsAny<OperationCanceledException>(() => analysis.GetAnalyzerDiagnosticsAsync(source.Token).GetAwaiter().GetResult());
    }

    [Fact]
    public void Generated_output_is_byte_identical_across_runs_file_orders_and_cultures()
    {
        var plans = PlanCorpus.ValidPlans();
        string Run(IEnumerable<(string Path, string Text)> files, string culture)
        {
            var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var project = new PlanProject();
                foreach (var (path, text) in files)
                {
                    project.AddPlan(path, text);
                }

                return string.Join("\n----\n", project.Generate().Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
            }
        }

        var reference = Run(plans, "en-US");
        Assert.Equal(reference, Run(plans, "en-US"));
        Assert.Equal(reference, Run(plans.Reverse(), "tr-TR"));
        Assert.Equal(reference, Run(plans, "zh-CN"));
        Assert.Equal(reference, Run(plans.OrderBy(p => p.Text.Length), "ar-SA"));
    }

    [Fact]
    public void Generator_and_analyzer_assemblies_hold_no_mutable_static_state()
    {
        foreach (var assembly in new[] { typeof(PlanGenerator).Assembly, typeof(PlanCompiler).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null))
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.IsLiteral || field.Name.Contains('<'))
                    {
                        continue;
                    }

                    Assert.True(field.IsInitOnly, type.FullName + "." + field.Name + " is a static field that can change");

                    // The one exception, by design: the weak tables that let the generator and analyzer of a compilation share a parse.
                    if (field.FieldType.Name.StartsWith("ConditionalWeakTable", StringComparison.Ordinal))
                    {
                        Assert.Equal("SharedPlanCompile", type.Name);
                        continue;
                    }

                    Assert.False(field.FieldType.Name.StartsWith("Concurrent", StringComparison.Ordinal) || field.FieldType.Name.StartsWith("List", StringComparison.Ordinal), type.FullName + "." + field.Name + " is a mutable collection");
                }
            }
        }
    }

    private static System.Collections.Immutable.ImmutableArray<AdditionalText> ImmutableArrayOf(params AdditionalText[] texts) => System.Collections.Immutable.ImmutableArray.Create(texts);

    /// <summary>An additional file whose reading cancels the run: the cancellation lands in the middle of the work.</summary>
    private sealed class CancellingText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly CancellationTokenSource _source;

        public CancellingText(string path, string text, CancellationTokenSource source)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
            _source = source;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            _source.Cancel();
            return _text;
        }
    }
}
