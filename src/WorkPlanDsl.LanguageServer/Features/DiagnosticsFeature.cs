using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;
using WorkPlanDsl.LanguageServer.Analysis;
using LspDiagnostic = WorkPlanDsl.LanguageServer.Protocol.Diagnostic;
using Severity = WorkPlanDsl.LanguageServer.Protocol.DiagnosticSeverityCodes;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// A document's diagnostics as the build reports them: the compiler's (parser and binder), WPL0012 when the text holds
/// U+FFFD (bytes that were not UTF-8) or the file on disk has a UTF-16 or UTF-32 byte order mark, WPL0009, WPL0013 and WPL0014 when the plan's name clashes with another plan's of the workspace; each at the severity the
/// .editorconfig files above it set, or left out when they switch it off.
/// </summary>
internal static class DiagnosticsFeature
{
    public const string Source = "workplan";

    public static IReadOnlyList<PlanDiagnostic> PlanDiagnostics(PlanAnalysis analysis, PlanWorkspace workspace)
    {
        var diagnostics = new List<PlanDiagnostic>();
        if (EncodingCheck.Check(analysis.Text, workspace.ForeignByteOrderMark(analysis.Path)) is { } encoding)
        {
            // Bytes that were not UTF-8 make garbage of the text: its errors would bury WPL0012, as in `workplan check`.
            if (analysis.Text.IndexOf('\uFFFD') >= 0)
            {
                return new[] { encoding };
            }

            diagnostics.Add(encoding);
        }

        diagnostics.AddRange(analysis.Compiled.Diagnostics);
        // WPL0009, WPL0013 and WPL0014 by the generator's own table of the plans' C# names, over the workspace's
        // plans without errors, as `workplan check` works them out over the files it is given.
        if (analysis.Model is { } model && !analysis.Compiled.HasErrors)
        {
            var plans = workspace.AllPlans().Where(p => p.Model is not null && !p.Compiled.HasErrors).ToList();
            var table = PlanNameTable.From(plans.Select(p => (PlanDeclaration?)PlanDeclaration.Declare(Key(p), p.Model!.Name, null)).ToImmutableArray(), CancellationToken.None);
            foreach (var conflict in table.For(Key(analysis)))
            {
                diagnostics.Add(new PlanDiagnostic(DiagnosticCatalog.ById(conflict.Id), model.Location, conflict.Arguments));
            }
        }

        // Stable, as the command line orders them: by place, and in the order they were found at one place.
        return diagnostics.OrderBy(d => d.Location.Start).ToList();
    }

    private static string Key(PlanAnalysis plan) => (plan.Path ?? plan.Uri).Replace('\\', '/');

    public static IReadOnlyList<LspDiagnostic> Compute(PlanAnalysis analysis, PlanWorkspace workspace)
    {
        var severities = analysis.Path is { } path ? workspace.EditorConfig.For(path) : null;
        var result = new List<LspDiagnostic>();
        foreach (var diagnostic in PlanDiagnostics(analysis, workspace))
        {
            var descriptor = PlanDescriptors.For(diagnostic.Info);
            var severity = severities is null ? descriptor.DefaultSeverity : severities.For(descriptor);
            if (severity is not { } reported)
            {
                continue;
            }

            result.Add(new LspDiagnostic(analysis.Positions.RangeOf(diagnostic.Location), ToLsp(reported), diagnostic.Id, Source, diagnostic.Message)
            {
                CodeDescription = new Protocol.CodeDescription(diagnostic.Info.HelpLink),
            });
        }

        return result;
    }

    private static int ToLsp(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        DiagnosticSeverity.Info => Severity.Information,
        _ => Severity.Hint,
    };
}
