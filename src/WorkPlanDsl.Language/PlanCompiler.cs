using System.Threading;
using WorkPlanDsl.Language.Binding;

namespace WorkPlanDsl.Language;

/// <summary>The one entry point from plan text to model and diagnostics: each statement is bound as it is parsed.</summary>
public static class PlanCompiler
{
    /// <remarks>
    /// Each statement is bound as soon as it is parsed, without a syntax tree: the same diagnostics and model as
    /// <c>PlanBinder.Bind(PlanParser.Parse(text))</c>, with much less kept alive on a big plan.
    /// </remarks>
    public static CompiledPlan Compile(string text, CancellationToken cancellationToken = default)
        => PlanBinder.Compile(text, cancellationToken);
}
