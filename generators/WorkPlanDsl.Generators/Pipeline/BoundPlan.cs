using System.Linq;
using System.Threading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// A plan file after parsing and binding: the model when the plan is valid (null when it has errors), and the errors
/// that keep it from generating.
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
    public static BoundPlan Bind(PlanFile file, CancellationToken cancellationToken)
    {
        if (file.Text is null)
        {
            return new BoundPlan(file.Path, file.RelativePath, file.NamespaceOverride, null, default);
        }

        var compiled = SharedPlanCompile.Compile(file.Text, cancellationToken);
        return compiled.HasErrors
            ? new BoundPlan(file.Path, file.RelativePath, file.NamespaceOverride, null, EquatableArray.From(compiled.Diagnostics.Where(d => d.IsError)))
            : new BoundPlan(file.Path, file.RelativePath, file.NamespaceOverride, compiled.Model, default);
    }
}
