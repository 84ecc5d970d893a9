using System;
using System.Threading;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>A plan file after parsing and binding: the model when the plan is valid, null when it has errors.</summary>
/// <remarks>The analyzer reports why a plan is invalid; the generator only skips it.</remarks>
internal sealed record BoundPlan(string RelativePath, string? NamespaceOverride, PlanModel? Model)
{
    public string Path { get; init; } = RelativePath;

    public string? Fault { get; init; }

    /// <summary>Why the plan could not be read or bound; it generates nothing and gets WPL0020.</summary>
    public PlanFailure? Failure { get; init; }

    public static BoundPlan Bind(PlanFile file, CancellationToken cancellationToken)
    {
        var failed = new BoundPlan(file.RelativePath, file.NamespaceOverride, null) { Path = file.Path, Fault = file.Fault, Failure = file.Failure };
        if (file.Text is null)
        {
            return failed;
        }

        try
        {
            TestFault.ThrowIf(file.Fault, TestFault.Bind);
            var compiled = PlanCompiler.Compile(file.Text, cancellationToken);
            return failed with { Model = compiled.HasErrors ? null : compiled.Model };
        }
        catch (Exception e) when (PlanFailure.IsFailure(e, cancellationToken))
        {
            return failed with { Failure = PlanFailure.From(file.Path, e) };
        }
    }
}
