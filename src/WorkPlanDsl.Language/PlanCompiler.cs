using System.Threading;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Language;

/// <summary>The one entry point from plan text to model and diagnostics: parse, then bind.</summary>
public static class PlanCompiler
{
    public static CompiledPlan Compile(string text, CancellationToken cancellationToken = default)
        => PlanBinder.Bind(PlanParser.Parse(text, cancellationToken), cancellationToken);
}
