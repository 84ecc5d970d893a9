using System.Linq;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>A model's meaning without where its elements stand, to compare a plan with its formatted self.</summary>
internal static class ModelComparison
{
    public static PlanModel WithoutLocations(this PlanModel model) => model with
    {
        Location = default,
        Units = EquatableArray.From(model.Units.Select(u => u with { Location = default })),
        Sections = EquatableArray.From(model.Sections.Select(s => s with { Location = default })),
        Tasks = EquatableArray.From(model.Tasks.Select(t => t with
        {
            Location = default,
            Items = EquatableArray.From(t.Items.Select(i => i with { Location = default })),
        })),
    };
}
