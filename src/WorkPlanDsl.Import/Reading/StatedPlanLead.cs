using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The lead a document states once for all its work (<c>说明：各项任务均由县乡村振兴局牵头，括号内为配合单位。</c>): a
/// reader gives it to every task that names no lead of its own and stands under no heading that names one, and so does
/// the recogniser, saying once where the document said it.
/// </summary>
internal static class StatedPlanLead
{
    public static void Apply(ImportedPlan plan, ElementReader elements, Accountability accountability, List<ImportNote> notes)
    {
        if (accountability.PlanLead is not var (names, except, line))
        {
            return;
        }

        var tasks = plan.PlanTasks.Concat(plan.Sections.SelectMany(s => s.Children)).ToList();
        if (except.Length > 0 && tasks.Select(Number).Where(n => n > 0).GroupBy(n => n).Any(g => g.Count() > 1))
        {
            // 除第2项外 in a plan whose numbering starts again under each heading: which task 2 is meant is not plain.
            notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "the document states a lead for every task but "
                + string.Join("、", except.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ", and numbers several tasks so: the lead is not read"));
            return;
        }

        var open = plan.PlanTasks.Concat(plan.Sections.Where(s => s.Leads.Count == 0).SelectMany(s => s.Children))
            .Where(t => t.Leads.Count == 0 && t.PendingLeads.Count == 0).ToList();
        foreach (var task in open.Where(t => except.Contains(Number(t)) && accountability.PlanLeadOfExceptions.Length > 0))
        {
            // 除第2项由县统计局牵头外: the task set apart has the lead the statement gives it.
            var own = new Clause(0, 0);
            own.Leads.AddRange(accountability.PlanLeadOfExceptions);
            elements.Apply(own, task, line, string.Join("、", accountability.PlanLeadOfExceptions));
        }

        var unled = open.Where(t => !except.Contains(Number(t))).ToList();
        var given = 0;
        foreach (var task in unled)
        {
            var leads = string.Join("、", names);
            if (names.Any(task.Supports.Contains))
            {
                // The task's own list has the plan's lead support it: which the document means is not for the importer to say.
                elements.Review(task, line, NoteSeverity.Warning, "the document says " + leads + " leads every task, but this task names it as a support: no lead read");
                continue;
            }

            if (OwnBody(task) is { } own)
            {
                // …，县委组织部要加强统筹: the task's own sentence gives it to another body.
                elements.Review(task, line, NoteSeverity.Warning, "the document says " + leads + " leads every task, but this task's words give it to " + own + ": no lead read");
                continue;
            }

            var clause = new Clause(0, 0);
            clause.Leads.AddRange(names);
            elements.Apply(clause, task, line, leads);
            given++;
        }

        if (given > 0)
        {
            notes.Add(new ImportNote(line.Number, NoteSeverity.Note, string.Join("、", names) + (names.Length == 1 ? " is the lead" : " are the leads") + " of the "
                + given.ToString(System.Globalization.CultureInfo.InvariantCulture) + " task(s) that name no lead of their own, as the document states for all its tasks"
                + (except.Length > 0 ? " but " + string.Join("、", except.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))) : string.Empty)));
        }
    }

    // The number a task's label prints (2. → 2, ２． → 2, （三） → 3, 第3条 → 3); 0 where it prints none.
    private static int Number(ImportedElement task)
    {
        if (task.Label is not { Length: > 0 } label
            || System.Text.RegularExpressions.Regex.Match(ChineseText.AsciiDigits(ChineseText.Fold(label)), "[0-9]{1,3}|[一二三四五六七八九十]{1,3}") is not { Success: true } number)
        {
            return 0;
        }

        return number.Value[0] is >= '0' and <= '9' ? int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture) : ChineseText.ParseNumeral(number.Value) ?? 0;
    }

    // A body (not a group) the task's own subject or prose gives it to.
    private static string? OwnBody(ImportedElement task)
        => (task.Subject?.Clause.Leads ?? new List<string>()).Concat(task.Prose?.Clause.Leads ?? new List<string>())
            .FirstOrDefault(n => UnitShape.IsOrganisation(n) && !UnitShape.IsGroup(n));
}
