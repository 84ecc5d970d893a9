using System;
using System.Linq;
using WorkPlanDsl;

namespace WorkPlanDsl.Sample;

/// <summary>Reports on the plans in plans/: per plan, the tasks per lead unit and the tasks that lack a lead.</summary>
public static class Program
{
    public static int Main()
    {
        var plans = new[]
        {
            Zhuzhou.Health2024.Plan,
            Wuxi.Health2020.Plan,
            Lucheng.Health2021.Plan,
            Yangjiang.Health2025.Plan,
            Shanxi.Health2017.Plan,
        };

        foreach (var plan in plans)
        {
            PlanReport.Write(Console.Out, plan);
        }

        // Typed access: the compiler checks that these units and tasks exist in their plans.
        var reform = Zhuzhou.Health2024.Units.体改科;
        Console.WriteLine("Tasks " + reform.FullName + " leads, with what it supports:");
        foreach (var task in PlanCatalog.TasksLedBy(plans, reform.Id))
        {
            Console.WriteLine("  leads    " + task.Label + task.Title);
        }

        foreach (var task in PlanCatalog.TasksSupportedBy(plans, reform.Id))
        {
            Console.WriteLine("  supports " + task.Label + task.Title);
        }

        var epidemic = Wuxi.Health2020.Tasks.T01;
        Console.WriteLine("Wuxi " + epidemic.Label + epidemic.Title + ": led by " + string.Join("、", epidemic.Leads) + ", supported by " + string.Join("、", epidemic.Supports));

        var withTargets = plans.SelectMany(p => p.EnumerateWork(includeItems: true)).Where(w => w.Targets.Count > 0).ToList();
        Console.WriteLine("Quantified targets across all plans (" + withTargets.Sum(w => w.Targets.Count) + "):");
        foreach (var work in withTargets)
        {
            Console.WriteLine("  " + work.Id + " " + string.Join("; ", work.Targets));
        }

        Console.WriteLine("Tasks without a lead across all plans: " + PlanCatalog.TasksWithoutLead(plans).Count + " of " + plans.Sum(p => p.Tasks.Count));
        return 0;
    }
}
