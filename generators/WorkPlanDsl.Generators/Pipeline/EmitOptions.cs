using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>What the consumer's project asks of the generated code: the C# it may use and the classes' accessibility.</summary>
internal sealed record EmitOptions(bool NullableAnnotations, bool Internal)
{
    /// <summary>The project property <c>WPlanAccessibility</c>: <c>public</c> (the default) or <c>internal</c>.</summary>
    public const string AccessibilityProperty = "build_property.WPlanAccessibility";

    public static EmitOptions Read((ParseOptions Parse, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        input.Options.GlobalOptions.TryGetValue(AccessibilityProperty, out var accessibility);
        return new EmitOptions(
            input.Parse is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8,
            string.Equals(accessibility?.Trim(), "internal", StringComparison.OrdinalIgnoreCase));
    }
}
