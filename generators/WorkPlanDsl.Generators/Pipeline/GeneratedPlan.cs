using System;
using System.Threading;
using WorkPlanDsl.Generators.Emit;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>The C# source of one plan and the hint name it is added under; or why the plan failed (WPL0020).</summary>
internal sealed record GeneratedPlan(string HintName, string Source)
{
    /// <summary>The plan file's path, where WPL0020 goes when Roslyn refuses the source.</summary>
    public string Path { get; init; } = string.Empty;

    public PlanFailure? Failure { get; init; }

    /// <summary>The plan's source, null when it generates none; a failure anywhere before is this plan's alone.</summary>
    public static GeneratedPlan? Emit(BoundPlan plan, PlanNameTable names, EmitOptions options, CancellationToken cancellationToken)
    {
        if (plan.Failure is { } failure)
        {
            return Failed(failure);
        }

        try
        {
            TestFault.ThrowIf(plan.Fault, TestFault.Emit);
            return PlanEmitter.Emit(plan, names, options, cancellationToken) is { } generated ? generated with { Path = plan.Path } : null;
        }
        catch (Exception e) when (PlanFailure.IsFailure(e, cancellationToken))
        {
            return Failed(PlanFailure.From(plan.Path, e));
        }
    }

    public static GeneratedPlan Failed(PlanFailure failure) => new(string.Empty, string.Empty) { Failure = failure };
}
