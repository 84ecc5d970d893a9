using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Language;
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
            start.RegisterAdditionalFileAction(file => AnalyzePlanFile(file, editorConfig.Value));
        });
    }

    private static void AnalyzePlanFile(AdditionalFileAnalysisContext context, EditorConfigSeverities editorConfig)
    {
        var file = context.AdditionalFile;
        if (!PlanFile.IsPlan(file) || file.GetText(context.CancellationToken) is not { } source)
        {
            return;
        }

        var options = editorConfig.For(file.Path);
        var text = SharedPlanCompile.TextOf(source);
        if (Utf8Check.Check(source, text) is { } notUtf8)
        {
            Report(context, options, file.Path, notUtf8);
        }

        foreach (var diagnostic in SharedPlanCompile.Compile(text, context.CancellationToken).Diagnostics)
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
