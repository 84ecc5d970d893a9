using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>Reports a plan's errors from the generator, at the severities its .editorconfig files set, as the analyzer would.</summary>
internal static class ErrorReport
{
    public static void Report(SourceProductionContext context, (PlanErrors Plan, ConfigFiles Configs) input)
    {
        var (plan, configs) = input;
        if (plan.Errors.IsEmpty)
        {
            return;
        }

        var severities = EditorConfigSeverities.Read(configs.Files.Select(c => (c.Path, c.Text))).For(plan.Path);
        foreach (var error in plan.Errors)
        {
            PlanLocations.Report(context.ReportDiagnostic, severities, PlanDescriptors.For(error.Info), PlanLocations.Create(plan.Path, error.Location), error.Arguments.ToArray<object>());
        }
    }
}
