using System.Collections.Generic;
using System.Threading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>The errors that keep one plan from generating, located in its file: its own, or a clash with other plans.</summary>
internal sealed record PlanErrors(string Path, EquatableArray<PlanDiagnostic> Errors)
{
    public static PlanErrors Find((BoundPlan Plan, PlanNameTable Names) input, CancellationToken cancellationToken)
    {
        var (plan, names) = input;
        if (plan.Model is not { } model)
        {
            return new PlanErrors(plan.Path, plan.Errors);
        }

        var errors = new List<PlanDiagnostic>();
        foreach (var conflict in names.For(plan.Path))
        {
            errors.Add(new PlanDiagnostic(DiagnosticCatalog.ById(conflict.Id), model.Location, conflict.Arguments));
        }

        return new PlanErrors(plan.Path, EquatableArray.From(errors));
    }
}
