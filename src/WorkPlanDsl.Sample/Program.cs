using System;
using System.Linq;
using WorkPlanDsl;

namespace WorkPlanDsl.Sample;

/// <summary>Prints, for each plan in plans/, its tasks per lead unit and the tasks that lack a lead.</summary>
public static class Program
{
    public static int Main()
    {
        var plans = new[] { Zhuzhou.Health2024.Plan };
        foreach (var plan in plans)
        {
            PlanReport.Write(Console.Out, plan);
        }

        // Typed access: the compiler checks that this unit and this task exist in the plan.
        var reform = Zhuzhou.Health2024.Units.体改科;
        Console.WriteLine("Tasks led by " + reform.FullName + " across all plans:");
        foreach (var task in PlanCatalog.TasksLedBy(plans, reform.Id))
        {
            Console.WriteLine("  " + task.Label + task.Title + (task.Due is { } due ? "  (due " + due + ")" : string.Empty));
        }

        var t03 = Zhuzhou.Health2024.Tasks.T03;
        Console.WriteLine("Targets of " + t03.Label + t03.Title + ": " + string.Join("; ", t03.Targets));
        return 0;
    }
}
