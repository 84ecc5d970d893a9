using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// The severity to report a diagnostic at in one plan file: what the .editorconfig files set for its id there, else
/// for its category or for all analyzers, else its default. .globalconfig, NoWarn and WarningsAsErrors still apply
/// on top, as the compiler applies them to any diagnostic.
/// </summary>
internal static class ConfiguredSeverity
{
    /// <summary>The severity to report at, or null when the diagnostic is switched off for this file.</summary>
    public static DiagnosticSeverity? For(DiagnosticDescriptor descriptor, string path, EditorConfigSeverities editorConfig, AnalyzerConfigOptions options)
    {
        if (editorConfig.For(path, descriptor.Id) is { } configured)
        {
            return configured switch
            {
                ReportDiagnostic.Suppress => null,
                ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
                ReportDiagnostic.Info => DiagnosticSeverity.Info,
                ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
                ReportDiagnostic.Error => DiagnosticSeverity.Error,
                _ => descriptor.DefaultSeverity,
            };
        }

        var value = Read(options, "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity")
            ?? Read(options, "dotnet_analyzer_diagnostic.severity");

        return value switch
        {
            null or "default" => descriptor.DefaultSeverity,
            "none" or "suppress" => null,
            "silent" or "hidden" or "refactoring" => DiagnosticSeverity.Hidden,
            "suggestion" or "info" => DiagnosticSeverity.Info,
            "warning" or "warn" => DiagnosticSeverity.Warning,
            "error" => DiagnosticSeverity.Error,
            _ => descriptor.DefaultSeverity,
        };
    }

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) ? value.Trim().ToLowerInvariant() : null;
}
