using System.Linq;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Language;

/// <summary>
/// The result of compiling one plan file: the model (null only when the file has no <c>plan</c> statement) and every
/// diagnostic in file order. A plan with errors is still modelled as far as it goes, for tools; the generator skips it.
/// </summary>
public sealed record CompiledPlan(PlanModel? Model, EquatableArray<PlanDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
