using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// The severities that .editorconfig files set for the plan files. The compiler does not apply them to diagnostics
/// outside C# files (dotnet/roslyn#31916), and it hides the per-id severity keys from the options analyzers read; the
/// package's build files pass the .editorconfig files above the plans as AdditionalFiles, and this reads them with
/// the compiler's own parser, so sections, globs and precedence work as they do for C#.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private static readonly FileSeverities None = new(ImmutableDictionary<string, ReportDiagnostic>.Empty, ImmutableDictionary<string, string>.Empty);

    private readonly AnalyzerConfigSet? _configs;

    private EditorConfigSeverities(AnalyzerConfigSet? configs) => _configs = configs;

    public static EditorConfigSeverities Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        => Read(files
            .Where(f => string.Equals(Path.GetFileName(f.Path), ".editorconfig", StringComparison.OrdinalIgnoreCase))
            .Select(f => (f.Path, Text: f.GetText(cancellationToken)?.ToString()))
            .Where(f => f.Text is not null)
            .Select(f => (f.Path, f.Text!)));

    /// <summary>The severities of the .editorconfig files given by path and text.</summary>
    public static EditorConfigSeverities Read(IEnumerable<(string Path, string Text)> files)
    {
        var configs = files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToArray();
        return new EditorConfigSeverities(configs.Length == 0 ? null : AnalyzerConfigSet.Create(configs));
    }

    /// <summary>What the .editorconfig files say for one plan file, worked out once for all its diagnostics.</summary>
    public FileSeverities For(string path)
    {
        if (_configs is null)
        {
            return None;
        }

        var options = _configs.GetOptionsForSourcePath(path);
        return new FileSeverities(options.TreeOptions, options.AnalyzerOptions);
    }
}

/// <summary>
/// One file's configured severities: per id (<c>dotnet_diagnostic.WPL0002.severity</c>), per category
/// (<c>dotnet_analyzer_diagnostic.category-WorkPlanDsl.Accountability.severity</c>) and for all analyzers
/// (<c>dotnet_analyzer_diagnostic.severity</c>), in that order of precedence, as the compiler applies them to C#.
/// </summary>
internal sealed class FileSeverities
{
    private readonly ImmutableDictionary<string, ReportDiagnostic> _byId;
    private readonly ImmutableDictionary<string, string> _options;

    public FileSeverities(ImmutableDictionary<string, ReportDiagnostic> byId, ImmutableDictionary<string, string> options)
    {
        _byId = byId;
        _options = options;
    }

    /// <summary>The severity to report at, or null when the diagnostic is switched off for this file.</summary>
    public DiagnosticSeverity? For(DiagnosticDescriptor descriptor)
    {
        var configured = _byId.TryGetValue(descriptor.Id, out var byId) || _byId.TryGetValue(descriptor.Id.ToLowerInvariant(), out byId)
            ? byId
            : Parse(Option("dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity") ?? Option("dotnet_analyzer_diagnostic.severity"));

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

    private string? Option(string key)
    {
        foreach (var pair in _options)
        {
            if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value.Trim().ToLowerInvariant();
            }
        }

        return null;
    }

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
