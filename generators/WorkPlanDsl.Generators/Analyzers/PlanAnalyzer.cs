using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Text;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// Reports the warnings of the .wplan files of a compilation, located in the plan file. Errors, which keep a plan
/// from generating, are the generator's to report (see <see cref="BoundPlan"/>): it runs even when the C# does not
/// compile, which the analyzers do not.
/// </summary>
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
            var editorConfig = new System.Lazy<EditorConfigSeverities>(() => EditorConfigSeverities.Read(start.Options.AdditionalFiles, start.CancellationToken));
            start.RegisterAdditionalFileAction(file => AnalyzePlanFile(file, editorConfig));
        });
    }

    // Whatever fails in one plan costs that plan (WPL0020 at its file), never an AD0001 that silences every plan.
    private static void AnalyzePlanFile(AdditionalFileAnalysisContext context, System.Lazy<EditorConfigSeverities> editorConfig)
    {
        var file = context.AdditionalFile;
        if (!PlanFile.IsPlan(file))
        {
            return;
        }

        FileSeverities? options = null;
        try
        {
            options = editorConfig.Value.For(file.Path);
            context.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(TestFault.Option, out var fault);
            TestFault.ThrowIf(fault, TestFault.Analyze);
            AnalyzePlanFile(context, options, fault);
        }
        catch (System.Exception e) when (PlanFailure.IsFailure(e, context.CancellationToken))
        {
            var diagnostic = PlanFailure.From(file.Path, e).ToDiagnostic();
            if (options is null)
            {
                context.ReportDiagnostic(diagnostic);
            }
            else
            {
                PlanLocations.Report(context.ReportDiagnostic, options, PlanDescriptors.InternalError, diagnostic.Location, InternalError.Describe(e));
            }
        }
    }

    private static void AnalyzePlanFile(AdditionalFileAnalysisContext context, FileSeverities options, string? fault)
    {
        var file = context.AdditionalFile;
        if (file.GetText(context.CancellationToken) is not { } source)
        {
            return;
        }

        var text = SharedPlanCompile.TextOf(source);
        if (text.IndexOf(EncodingCheck.Replacement) >= 0)
        {
            // Damaged text: the generator reports WPL0012 for it, and nothing else (BoundPlan).
            return;
        }

        if (Utf8Check.Check(source, text) is { } notUtf8)
        {
            Report(context, options, file.Path, notUtf8);
        }

        CompiledPlan compiled;
        try
        {
            TestFault.ThrowIf(fault, TestFault.Bind);
            compiled = SharedPlanCompile.Compile(text, context.CancellationToken);
        }
        catch (System.Exception e) when (PlanFailure.IsFailure(e, context.CancellationToken))
        {
            // The generator binds the same text and reports this failure (WPL0020) with the plan's other errors; the
            // analyzer reporting it too would show it twice.
            return;
        }

        foreach (var diagnostic in compiled.Diagnostics)
        {
            if (!diagnostic.IsError)
            {
                Report(context, options, file.Path, diagnostic);
            }
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, FileSeverities options, string path, PlanDiagnostic diagnostic)
        => PlanLocations.Report(context.ReportDiagnostic, options, PlanDescriptors.For(diagnostic.Info), PlanLocations.Create(path, diagnostic.Location), diagnostic.Arguments.ToArray<object>());
}
