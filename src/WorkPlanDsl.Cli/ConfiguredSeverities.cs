using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Cli;

/// <summary>
/// The severities a build gives plan diagnostics, worked out as the build does. First what the .editorconfig files
/// above the plan say (per id, per category, for all analyzers), applied by the generator's and analyzer's own code
/// (<see cref="EditorConfigSeverities"/>, which reads them with the compiler's parser); then what the compiler itself
/// applies to diagnostics outside C# files: a <c>dotnet_diagnostic.ID.severity</c> of a .globalconfig above, which
/// overrides the .editorconfig unless that switched the diagnostic off (category settings of a .globalconfig do not
/// reach diagnostics outside C# files). The build finds .globalconfig files above its C# files, check above the plans:
/// the same files in a project whose plans sit in its folder. MSBuild's NoWarn and WarningsAsErrors have no
/// counterpart here but <c>--warnaserror</c>; nor has WPlanNamespace, which only a project gives.
/// </summary>
internal sealed class ConfiguredSeverities
{
    private readonly Dictionary<string, (EditorConfigSeverities EditorConfig, IReadOnlyDictionary<string, ReportDiagnostic> Global)> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>The severity the build reports <paramref name="diagnostic"/> at in <paramref name="path"/>, or null when it does not report it.</summary>
    public DiagnosticSeverity? For(string path, PlanDiagnostic diagnostic)
    {
        var fullPath = Path.GetFullPath(path);
        var (editorConfig, global) = ForDirectory(Path.GetDirectoryName(fullPath)!);
        if (editorConfig.For(fullPath).For(PlanDescriptors.For(diagnostic.Info)) is not { } severity)
        {
            return null;
        }

        return global.TryGetValue(diagnostic.Id, out var report) ? Apply(report, severity) : severity;
    }

    private static DiagnosticSeverity? Apply(ReportDiagnostic report, DiagnosticSeverity severity) => report switch
    {
        ReportDiagnostic.Suppress => null,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        _ => severity,
    };

    private (EditorConfigSeverities, IReadOnlyDictionary<string, ReportDiagnostic>) ForDirectory(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var known))
        {
            return known;
        }

        var editorConfigs = new List<(string Path, string Text)>();
        var globalConfigs = new List<AnalyzerConfig>();
        for (var d = new DirectoryInfo(directory); d is not null; d = d.Parent)
        {
            var editorConfig = Path.Combine(d.FullName, ".editorconfig");
            if (File.Exists(editorConfig))
            {
                editorConfigs.Add((editorConfig, File.ReadAllText(editorConfig)));
            }

            var globalConfig = Path.Combine(d.FullName, ".globalconfig");
            if (File.Exists(globalConfig))
            {
                globalConfigs.Add(AnalyzerConfig.Parse(File.ReadAllText(globalConfig), globalConfig));
            }
        }

        IReadOnlyDictionary<string, ReportDiagnostic> global = globalConfigs.Count == 0
            ? new Dictionary<string, ReportDiagnostic>()
            : AnalyzerConfigSet.Create(globalConfigs).GlobalConfigOptions.TreeOptions.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var result = (EditorConfigSeverities.Read(editorConfigs), global);
        _byDirectory[directory] = result;
        return result;
    }
}
