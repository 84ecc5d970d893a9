using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>An .editorconfig file the package's build files hand over as an AdditionalFile, as plain values.</summary>
internal sealed record ConfigFile(string Path, string Text)
{
    public static bool IsEditorConfig(AdditionalText file)
        => string.Equals(System.IO.Path.GetFileName(file.Path), ".editorconfig", StringComparison.OrdinalIgnoreCase);

    public static ConfigFile Read(AdditionalText file, CancellationToken cancellationToken)
        => new(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
}
