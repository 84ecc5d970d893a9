using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl;

/// <summary>Queries across several plans, such as every task one department leads in the plans of several years.</summary>
/// <remarks>
/// Plans declare their units separately, so a unit is matched across plans by name: its id, an alias or its full name.
/// </remarks>
public static class PlanCatalog
{
    /// <summary>Every task, in plan order, that a unit so named leads.</summary>
    public static IReadOnlyList<PlanTask> TasksLedBy(IEnumerable<Plan> plans, string unit, ResponsibilityScope scope = ResponsibilityScope.InEffect)
        => Across(plans, p => p.TasksLedBy(unit, scope));

    /// <summary>Every task, in plan order, that a unit so named supports.</summary>
    public static IReadOnlyList<PlanTask> TasksSupportedBy(IEnumerable<Plan> plans, string unit, ResponsibilityScope scope = ResponsibilityScope.InEffect)
        => Across(plans, p => p.TasksSupportedBy(unit, scope));

    /// <summary>Every task, in plan order, with no lead in effect.</summary>
    public static IReadOnlyList<PlanTask> TasksWithoutLead(IEnumerable<Plan> plans)
        => Across(plans, p => p.TasksWithoutLead());

    private static IReadOnlyList<PlanTask> Across(IEnumerable<Plan> plans, Func<Plan, IEnumerable<PlanTask>> query)
    {
        if (plans is null)
        {
            throw new ArgumentNullException(nameof(plans));
        }

        return plans.SelectMany(query).ToArray();
    }
}
