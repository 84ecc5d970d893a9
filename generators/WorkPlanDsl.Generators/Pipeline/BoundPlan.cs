using System;
using System.Linq;
using System.Threading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// A plan file after parsing and binding: the model when the plan is valid (null when it has errors), and the errors
/// that keep it from generating (and WPL0012 for a file that was not UTF-8, which generates nothing either).
/// </summary>
/// <remarks>
/// The generator reports those errors itself, every one at its place, and the analyzer reports only warnings: the
/// compiler does not run analyzers on a compilation with errors, and the C# that uses a plan that did not generate
/// always has errors (CS0246), so an error that only the analyzer reported would never be seen exactly when it
/// explains the failure. Reporting all of them, rather than one summary naming the first, keeps each at its own line
/// and id, the same whether or not the C# compiles, and leaves no diagnostic that both report.
/// </remarks>
internal sealed record BoundPlan(string Path, string RelativePath, string? NamespaceOverride, PlanModel? Model, EquatableArray<PlanDiagnostic> Errors)
{
    /// <summary>The test switch <see cref="TestFault.Option"/>, null in a build.</summary>
    public string? Fault { get; init; }

    /// <summary>Why the plan could not be read or bound; it generates nothing and gets WPL0020.</summary>
    public PlanFailure? Failure { get; init; }

    public static BoundPlan Bind(PlanFile file, CancellationToken cancellationToken)
    {
        var failed = new BoundPlan(file.Path, file.RelativePath, file.NamespaceOverride, null, default) { Fault = file.Fault, Failure = file.Failure };
        if (file.Text is null)
        {
            return failed;
        }

        if (file.Text.IndexOf(EncodingCheck.Replacement) >= 0 && EncodingCheck.Check(file.Text, null) is { } notUtf8)
        {
            // Bytes that were not UTF-8, decoded to U+FFFD: code from damaged text would be wrong, and the errors found
            // in it would bury the one that matters. WPL0012 alone, as workplan check reports it.
            return failed with { Errors = EquatableArray.From(new[] { notUtf8 }) };
        }

        try
        {
            TestFault.ThrowIf(file.Fault, TestFault.Bind);
            var compiled = SharedPlanCompile.Compile(file.Text, cancellationToken);
            return compiled.HasErrors
                ? failed with { Errors = EquatableArray.From(compiled.Diagnostics.Where(d => d.IsError)) }
                : failed with { Model = compiled.Model };
        }
        catch (Exception e) when (PlanFailure.IsFailure(e, cancellationToken))
        {
            return failed with { Failure = PlanFailure.From(file.Path, e) };
        }
    }
}
