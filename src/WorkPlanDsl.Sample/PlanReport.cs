using System.IO;
using System.Linq;

namespace WorkPlanDsl.Sample;

/// <summary>The per-plan report: tasks grouped by lead unit, then the tasks without a lead.</summary>
internal static class PlanReport
{
    public static void Write(TextWriter output, Plan plan)
    {
        output.WriteLine("== " + plan.Name + "  " + plan.Title);
        output.WriteLine("   " + plan.Sections.Count + " sections, " + plan.Tasks.Count + " tasks, " + plan.Tasks.Sum(t => t.Items.Count) + " items, " + plan.Units.Count + " units and groups");

        var byLead = plan.Tasks
            .SelectMany(t => t.Leads.Select(lead => (Lead: lead, Task: t)))
            .GroupBy(p => p.Lead)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.FullName, System.StringComparer.Ordinal);
        foreach (var group in byLead)
        {
            output.WriteLine("   " + group.Key.FullName + " leads " + group.Count() + ": " + string.Join(" ", group.Select(p => p.Task.Id)));
        }

        var orphans = plan.TasksWithoutLead();
        output.WriteLine("   Without a lead (" + orphans.Count + "): " + (orphans.Count == 0 ? "none" : string.Join(" ", orphans.Select(t => t.Id + " " + t.Label + t.Title))));
        output.WriteLine();
    }
}
