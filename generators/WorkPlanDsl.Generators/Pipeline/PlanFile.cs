using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>A .wplan file as the pipeline sees it: its text and the options that apply to it, as plain values.</summary>
internal sealed record PlanFile(string RelativePath, string? Text, string? NamespaceOverride)
{
    public const string Extension = ".wplan";

    /// <summary>The AdditionalFiles item metadata that overrides a plan's namespace.</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.WPlanNamespace";

    public static bool IsPlan(AdditionalText file) => file.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static PlanFile Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        var (file, options) = input;
        options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
        options.GetOptions(file).TryGetValue(NamespaceMetadata, out var namespaceOverride);
        var text = file.GetText(cancellationToken)?.ToString();
        return new PlanFile(
            ProjectRelativePath(file.Path, projectDir),
            text,
            string.IsNullOrWhiteSpace(namespaceOverride) ? null : namespaceOverride!.Trim());
    }

    // Generated code names the file relative to its project, so that it is the same on every machine.
    internal static string ProjectRelativePath(string path, string? projectDir)
    {
        var normalized = path.Replace('\\', '/');
        if (!string.IsNullOrEmpty(projectDir))
        {
            var root = projectDir!.Replace('\\', '/');
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(root.Length);
            }
        }

        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }
}
