using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>What the consumer's C# version allows the generated code to use.</summary>
internal sealed record LanguageFeatures(bool NullableAnnotations)
{
    public static LanguageFeatures Read(ParseOptions options, CancellationToken cancellationToken)
        => new(options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8);
}
