using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Cli;

/// <summary>The severity a diagnostic is reported at after configuration: hidden ones are not reported at all.</summary>
internal enum ReportedSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// The severities that the .editorconfig files above the plans set (<c>dotnet_diagnostic.WPL0002.severity</c>, by
/// category, for all analyzers), read with the compiler's own parser and applied as the package's analyzer applies
/// them in the build, so that <c>workplan check</c> in CI reports what the build reports.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly AnalyzerConfigSet? _configs;
    private readonly Dictionary<string, AnalyzerConfigOptionsResult> _byFile = new(StringComparer.Ordinal);

    private EditorConfigSeverities(AnalyzerConfigSet? configs) => _configs = configs;

    /// <summary>The .editorconfig files of the plans' folders and every folder above them (a <c>root = true</c> one ends the search, as in the compiler).</summary>
    public static EditorConfigSeverities Above(IEnumerable<string> planFiles)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in planFiles.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal))
        {
            for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
            {
                var candidate = Path.Combine(current, ".editorconfig");
                if (File.Exists(candidate))
                {
                    files.Add(candidate);
                }
            }
        }

        var configs = new List<AnalyzerConfig>();
        foreach (var file in files)
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(File.ReadAllText(file), file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An .editorconfig that cannot be read configures nothing, as for the compiler's own files.
            }
        }

        return new EditorConfigSeverities(configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs));
    }

    /// <summary>The severity to report <paramref name="diagnostic"/> at in <paramref name="planFile"/>, or null when it is switched off.</summary>
    public ReportedSeverity? For(string planFile, PlanDiagnostic diagnostic)
    {
        var fallback = diagnostic.IsError ? ReportedSeverity.Error : ReportedSeverity.Warning;
        if (_configs is null)
        {
            return fallback;
        }

        var path = Path.GetFullPath(planFile);
        if (!_byFile.TryGetValue(path, out var options))
        {
            options = _configs.GetOptionsForSourcePath(path);
            _byFile[path] = options;
        }

        var configured = options.TreeOptions.TryGetValue(diagnostic.Id, out var byId) || options.TreeOptions.TryGetValue(diagnostic.Id.ToLowerInvariant(), out byId)
            ? byId
            : Parse(Option(options.AnalyzerOptions, "dotnet_analyzer_diagnostic.category-" + diagnostic.Info.Category + ".severity") ?? Option(options.AnalyzerOptions, "dotnet_analyzer_diagnostic.severity"));

        return configured switch
        {
            ReportDiagnostic.Suppress or ReportDiagnostic.Hidden => null,
            ReportDiagnostic.Info => ReportedSeverity.Info,
            ReportDiagnostic.Warn => ReportedSeverity.Warning,
            ReportDiagnostic.Error => ReportedSeverity.Error,
            _ => fallback,
        };
    }

    private static string? Option(ImmutableDictionary<string, string> options, string key)
        => options.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value?.Trim().ToLowerInvariant();

    private static ReportDiagnostic Parse(string? value) => value switch
    {
        "none" or "suppress" => ReportDiagnostic.Suppress,
        "silent" or "hidden" or "refactoring" => ReportDiagnostic.Hidden,
        "suggestion" or "info" => ReportDiagnostic.Info,
        "warning" or "warn" => ReportDiagnostic.Warn,
        "error" => ReportDiagnostic.Error,
        _ => ReportDiagnostic.Default,
    };
}
