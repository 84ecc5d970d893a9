using System;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Pipeline;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators;

/// <summary>Turns every <c>.wplan</c> AdditionalFile into a typed task catalog, and reports why a plan generates none.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class PlanGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var plans = context.AdditionalTextsProvider
            .Where(PlanFile.IsPlan)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(PlanFile.Read)
            .WithTrackingName(TrackingNames.PlanFiles)
            .Select(BoundPlan.Bind)
            .WithTrackingName(TrackingNames.BoundPlans);

        // The C# names of every plan, checked against each other: a plan's edit that keeps its name leaves this as it was.
        var names = plans
            .Select(PlanDeclaration.From)
            .WithTrackingName(TrackingNames.PlanDeclarations)
            .Collect()
            .Select(PlanNameTable.From)
            .WithTrackingName(TrackingNames.PlanNames);

        var options = context.ParseOptionsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(EmitOptions.Read)
            .WithTrackingName(TrackingNames.EmitOptions);

        var sources = plans
            .Combine(names)
            .Combine(options)
            .Select((input, cancellationToken) => GeneratedPlan.Emit(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.GeneratedPlans);

        var errors = plans
            .Combine(names)
            .Select(PlanErrors.Find)
            .WithTrackingName(TrackingNames.PlanErrors);

        var editorConfigs = context.AdditionalTextsProvider
            .Where(ConfigFile.IsEditorConfig)
            .Select(ConfigFile.Read)
            .Collect()
            .Select(ConfigFiles.From)
            .WithTrackingName(TrackingNames.EditorConfigs);

        context.RegisterSourceOutput(sources, static (output, plan) =>
        {
            if (plan?.Failure is { } failure)
            {
                output.ReportDiagnostic(failure.ToDiagnostic());
            }
            else if (plan is not null)
            {
                try
                {
                    output.AddSource(plan.HintName, plan.Source);
                }
                catch (ArgumentException e)
                {
                    // A hint name Roslyn refuses, or one taken twice: this plan's code is lost, the others' is not.
                    output.ReportDiagnostic(PlanFailure.From(plan.Path, e).ToDiagnostic());
                }
            }
        });

        context.RegisterSourceOutput(errors.Combine(editorConfigs), ErrorReport.Report);
    }
}
