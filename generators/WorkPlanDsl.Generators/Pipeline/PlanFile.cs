using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>A .wplan file as the pipeline sees it: its text and the options that apply to it, as plain values.</summary>
internal sealed record PlanFile(string Path, string RelativePath, string? Text, string? NamespaceOverride)
{
    /// <summary>The test switch <see cref="TestFault.Option"/>, null in a build.</summary>
    public string? Fault { get; init; }

    public PlanFailure? Failure { get; init; }

    public const string Extension = ".wplan";

    /// <summary>The AdditionalFiles item metadata that overrides a plan's namespace.</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.WPlanNamespace";

    public static bool IsPlan(AdditionalText file) => file.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static PlanFile Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        var (file, options) = input;
        options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
        var fileOptions = options.GetOptions(file);
        fileOptions.TryGetValue(NamespaceMetadata, out var namespaceOverride);
        fileOptions.TryGetValue(TestFault.Option, out var fault);
        var relativePath = ProjectRelativePath(file.Path, projectDir);
        var namespaceValue = string.IsNullOrWhiteSpace(namespaceOverride) ? null : namespaceOverride!.Trim();
        try
        {
            TestFault.ThrowIf(fault, TestFault.Read);
            return new PlanFile(file.Path, relativePath, file.GetText(cancellationToken) is { } source ? SharedPlanCompile.TextOf(source) : null, namespaceValue) { Fault = fault };
        }
        catch (Exception e) when (PlanFailure.IsFailure(e, cancellationToken))
        {
            return new PlanFile(file.Path, relativePath, null, namespaceValue) { Fault = fault, Failure = PlanFailure.From(file.Path, e) };
        }
    }

    // Generated code names the file relative to its project ("../../plans/x.wplan" for a linked file), so that it is
    // the same on every machine; without a project directory only the file name is stable.
    internal static string ProjectRelativePath(string path, string? projectDir)
    {
        var file = path.Replace('\\', '/').Split('/');
        if (string.IsNullOrEmpty(projectDir))
        {
            return file[file.Length - 1];
        }

        var root = projectDir!.Replace('\\', '/').TrimEnd('/').Split('/');
        var common = 0;
        while (common < root.Length && common < file.Length - 1 && string.Equals(root[common], file[common], StringComparison.Ordinal))
        {
            common++;
        }

        // Different drives or roots share nothing but the empty first segment of an absolute path.
        if (common == 0 || (common == 1 && root[0].Length == 0 && root.Length > 1))
        {
            return file[file.Length - 1];
        }

        var up = string.Concat(System.Linq.Enumerable.Repeat("../", root.Length - common));
        return up + string.Join("/", file, common, file.Length - common);
    }
}
