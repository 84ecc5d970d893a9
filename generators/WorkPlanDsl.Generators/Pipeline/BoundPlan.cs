using System.Threading;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>A plan file after parsing and binding: the model when the plan is valid, null when it has errors.</summary>
/// <remarks>The analyzer reports why a plan is invalid; the generator only skips it.</remarks>
internal sealed record BoundPlan(string RelativePath, string? NamespaceOverride, PlanModel? Model)
{
    public static BoundPlan Bind(PlanFile file, CancellationToken cancellationToken)
    {
        if (file.Text is null)
        {
            return new BoundPlan(file.RelativePath, file.NamespaceOverride, null);
        }

        var compiled = SharedPlanCompile.Compile(file.Text, cancellationToken);
        return new BoundPlan(file.RelativePath, file.NamespaceOverride, compiled.HasErrors ? null : compiled.Model);
    }
}
