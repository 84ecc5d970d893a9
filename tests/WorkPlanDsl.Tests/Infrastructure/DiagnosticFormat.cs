using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>Diagnostics as short comparable strings: <c>WPL0002 (18,6)-(18,9)</c>, 1-based as MSBuild prints them.</summary>
internal static class DiagnosticFormat
{
    public static string Describe(PlanDiagnostic d)
        => d.Id + " (" + (d.Location.StartLine + 1) + "," + (d.Location.StartColumn + 1) + ")-(" + (d.Location.EndLine + 1) + "," + (d.Location.EndColumn + 1) + ")";

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return System.IO.Path.GetFileName(span.Path) + ": " + d.Id + " (" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")-("
            + (span.EndLinePosition.Line + 1) + "," + (span.EndLinePosition.Character + 1) + ")";
    }

    public static string[] Describe(IEnumerable<PlanDiagnostic> diagnostics) => diagnostics.Select(Describe).ToArray();

    public static string[] Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Describe).ToArray();
}
