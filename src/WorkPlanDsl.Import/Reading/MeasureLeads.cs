using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task that names no lead of its own, whose every measure (a merged 序号 over rows that each name their units, or
/// items that each say who leads them) names the same lead: the task is led by it, as a reader of the table says who
/// answers for the task, and supported by every other unit its measures name. Measures led by different bodies leave
/// the task to the reader: one reader takes every measure's lead as the task's, another the first row's list.
/// </summary>
internal static class MeasureLeads
{
    public static void Apply(ImportedPlan plan, ElementReader elements)
    {
        foreach (var task in plan.PlanTasks.Concat(plan.Sections.Where(s => s.Leads.Count == 0).SelectMany(s => s.Children)))
        {
            if (task.Leads.Count > 0 || task.PendingLeads.Count > 0 || task.Children.Count < 2 || task.Children.All(m => m.Leads.Count == 0))
            {
                continue;
            }

            if (task.Children.Any(m => m.Leads.Count == 0))
            {
                // 一是…（A负责）；二是…；三是…: who answers for the measures that name nobody, and so for the task, is not said.
                elements.Review(task, SourceLine.Of(task.Line, task.Title), NoteSeverity.Note, "the task names no lead; some of its measures name theirs ("
                    + string.Join("、", task.Children.SelectMany(m => m.Leads).Distinct()) + "), the others none: none is read for the task");
                continue;
            }

            // Read by the document's own rules, as the task's words were.
            var own = elements.Clauses.Read(task.Title, ChineseText.Fold(task.Title)).SelectMany(c => c.Leads).Distinct().ToList();
            if (own.Count == 0 && RoleWords.HasRole(ChineseText.Fold(task.Title)))
            {
                // Role words in the task's own words that name no lead the reader can take: not the measures' to answer.
                continue;
            }

            var leads = task.Children[0].Leads;
            if (task.Children.Any(m => !m.Leads.OrderBy(n => n, System.StringComparer.Ordinal).SequenceEqual(leads.OrderBy(n => n, System.StringComparer.Ordinal))))
            {
                elements.Review(task, SourceLine.Of(task.Line, task.Title), NoteSeverity.Note, "each measure of the task names its own lead ("
                    + string.Join("、", task.Children.SelectMany(m => m.Leads).Distinct()) + "): which leads the task is not said, so none is read for it");
                continue;
            }

            if (own.Count > 0 && !own.OrderBy(n => n, System.StringComparer.Ordinal).SequenceEqual(leads.OrderBy(n => n, System.StringComparer.Ordinal)))
            {
                // 推进农村改厕（牵头单位：县农业农村局） over measures each led by 县卫健委: the task's own words and its measures
                // name different leads.
                elements.Review(task, SourceLine.Of(task.Line, task.Title), NoteSeverity.Warning, "the task's words name " + string.Join("、", own) + " as its lead, its measures "
                    + string.Join("、", leads) + ": which leads the task is not plain, so none is read");
                continue;
            }

            leads.ForEach(task.AddLead);
            foreach (var name in task.Children.SelectMany(m => m.Supports).Distinct().Where(n => !leads.Contains(n)))
            {
                task.AddSupport(name);
            }
        }
    }
}
