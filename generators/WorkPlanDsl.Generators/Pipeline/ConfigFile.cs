using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>An .editorconfig file the package's build files hand over as an AdditionalFile, as plain values.</summary>
internal sealed record ConfigFile(string Path, string Text)
{
    public static bool IsEditorConfig(AdditionalText file)
        => string.Equals(System.IO.Path.GetFileName(file.Path), ".editorconfig", StringComparison.OrdinalIgnoreCase);

    public static ConfigFile Read(AdditionalText file, CancellationToken cancellationToken)
        => new(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
}

/// <summary>
/// The project's .editorconfig files, as one value of the generator's pipeline. A class, not the struct
/// <see cref="EquatableArray{T}"/> itself: the compiler's pipeline code is generic over each node's value, and for a
/// reference type (and a tuple of reference types) it runs code the compiler already has, compiled ahead of time or
/// shared with every other generator's; a struct value makes a fresh process JIT-compile some 350 of the pipeline's
/// methods for this generator alone, in every build, plans or not.
/// </summary>
internal sealed record ConfigFiles(EquatableArray<ConfigFile> Files)
{
    public static ConfigFiles From(System.Collections.Immutable.ImmutableArray<ConfigFile> files, CancellationToken cancellationToken)
        => new(EquatableArray.From(files));
}
