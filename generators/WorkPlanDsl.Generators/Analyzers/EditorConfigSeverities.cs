using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// The severities that .editorconfig files set for the plan files. The compiler does not apply them to diagnostics
/// outside C# files (dotnet/roslyn#31916), and it hides the severity keys from the options analyzers read; the
/// package's build files pass the .editorconfig files above the plans as AdditionalFiles, and this reads them with
/// the compiler's own parser, so sections, globs and precedence work as they do for C#.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly AnalyzerConfigSet? _configs;

    private EditorConfigSeverities(AnalyzerConfigSet? configs) => _configs = configs;

    public static EditorConfigSeverities Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var configs = files
            .Where(f => string.Equals(Path.GetFileName(f.Path), ".editorconfig", StringComparison.OrdinalIgnoreCase))
            .Select(f => (f.Path, Text: f.GetText(cancellationToken)?.ToString()))
            .Where(f => f.Text is not null)
            .Select(f => AnalyzerConfig.Parse(f.Text!, f.Path))
            .ToArray();
        return new EditorConfigSeverities(configs.Length == 0 ? null : AnalyzerConfigSet.Create(configs));
    }

    /// <summary>The severity configured for <paramref name="id"/> in the file, if an .editorconfig sets one.</summary>
    public ReportDiagnostic? For(string path, string id)
    {
        if (_configs is null)
        {
            return null;
        }

        var options = _configs.GetOptionsForSourcePath(path).TreeOptions;
        return options.TryGetValue(id, out var severity) || options.TryGetValue(id.ToLowerInvariant(), out severity) ? severity : null;
    }
}
