using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>Locations and reports of plan diagnostics, the same from the generator and the analyzer.</summary>
internal static class PlanLocations
{
    /// <summary>
    /// A location in a plan file with the plan's own lines and columns (lines end at LF, CRLF or CR, as
    /// docs/language.md says), so the build prints what <c>workplan check</c> prints even where the compiler's text
    /// would count U+2028, U+2029 or U+0085 as line breaks.
    /// </summary>
    public static Location Create(string path, TextLocation location)
        => Location.Create(
            path,
            new TextSpan(location.Start, Math.Max(0, location.Length)),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    public static void Report(Action<Diagnostic> report, FileSeverities severities, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        if (severities.For(descriptor) is { } severity)
        {
            report(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, arguments));
        }
    }
}
