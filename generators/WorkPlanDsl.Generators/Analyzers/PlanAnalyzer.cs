using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>Reports what is wrong in the .wplan files of a compilation, located in the plan file.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlanAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => PlanDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Per compilation, never in a field: the plan names seen, for WPL0009 at the end.
            var planNames = new ConcurrentBag<DeclaredPlan>();
            var editorConfig = new Lazy<EditorConfigSeverities>(() => EditorConfigSeverities.Read(start.Options.AdditionalFiles, start.CancellationToken));
            start.RegisterAdditionalFileAction(file => AnalyzePlanFile(file, editorConfig.Value, planNames));
            start.RegisterCompilationEndAction(end => ReportDuplicatePlanNames(end, planNames));
        });
    }

    private static void AnalyzePlanFile(AdditionalFileAnalysisContext context, EditorConfigSeverities editorConfig, ConcurrentBag<DeclaredPlan> planNames)
    {
        var file = context.AdditionalFile;
        if (!PlanFile.IsPlan(file) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var options = editorConfig.For(file.Path);
        if (Utf8Check.FirstInvalidLine(text) is { } badLine)
        {
            var line = text.Lines[badLine];
            Report(context.ReportDiagnostic, options, PlanDescriptors.NotUtf8, Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span)), (badLine + 1).ToString(CultureInfo.InvariantCulture));

            // The text decoded in a fallback encoding is garbage: what is wrong in it would bury the one thing to fix.
            return;
        }

        var compiled = PlanCompiler.Compile(text.ToString(), context.CancellationToken);
        foreach (var diagnostic in compiled.Diagnostics)
        {
            Report(
                context.ReportDiagnostic,
                options,
                PlanDescriptors.For(diagnostic.Info),
                Locate(file.Path, text, diagnostic.Location.Start, diagnostic.Location.Length),
                diagnostic.Arguments.ToArray<object>());
        }

        if (compiled.Model is { } model)
        {
            planNames.Add(new DeclaredPlan(model.Name, file.Path, Locate(file.Path, text, model.Location.Start, model.Location.Length), options));
        }
    }

    private static void ReportDuplicatePlanNames(CompilationAnalysisContext context, ConcurrentBag<DeclaredPlan> planNames)
    {
        foreach (var group in planNames.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
            foreach (var plan in files)
            {
                var other = files.First(p => !ReferenceEquals(p, plan));
                Report(context.ReportDiagnostic, plan.Options, PlanDescriptors.DuplicatePlanName, plan.Location, plan.Name, other.Path);
            }
        }
    }

    private static void Report(Action<Diagnostic> report, FileSeverities options, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        if (options.For(descriptor) is { } severity)
        {
            report(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, arguments));
        }
    }

    // Lines and columns as the compiler and the editor count them, from the text they read.
    private static Location Locate(string path, SourceText text, int start, int length)
    {
        var span = TextSpan.FromBounds(Math.Min(start, text.Length), Math.Min(start + length, text.Length));
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    private sealed record DeclaredPlan(string Name, string Path, Location Location, FileSeverities Options);
}
