using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>
/// A runtime plan and a bound model written out the same way, field by field, so that a test compares what the
/// generated code builds with what the binder bound, and a difference shows as one line.
/// </summary>
internal static class PlanDump
{
    public static string Of(Plan plan)
    {
        var output = new StringBuilder();
        Line(output, "plan", plan.Name, plan.Title, plan.Issuer, Date(plan.Published), plan.Year?.ToString(CultureInfo.InvariantCulture), plan.Source, plan.Preface, At(plan.Location));
        foreach (var unit in plan.Units)
        {
            Line(output, "unit", unit.Id, unit.FullName, unit.Kind.ToString(), string.Join("|", unit.Aliases), At(unit.Location));
        }

        foreach (var section in plan.Sections)
        {
            Line(output, "section", section.Id, section.Title, section.Label, section.Text, Units(section.Leads), Units(section.Supports), Due(section.Due), At(section.Location), string.Join("|", section.Tasks.Select(t => t.Id)));
        }

        foreach (var task in plan.Tasks)
        {
            Work(output, "task " + task.Ordinal.ToString(CultureInfo.InvariantCulture) + " in " + task.Section?.Id + " no lead: " + (task.NoLeadReason ?? "-"), task);
            foreach (var item in task.Items)
            {
                Work(output, "item of " + item.Task.Id, item);
            }
        }

        return output.ToString();
    }

    public static string Of(PlanModel model, string file)
    {
        var fullNames = model.Units.ToDictionary(u => u.Id, u => u.FullName ?? u.Id);
        string Names(EquatableArray<string> ids) => string.Join("|", ids.Select(id => fullNames[id]));
        var output = new StringBuilder();
        Line(output, "plan", model.Name, model.Title ?? string.Empty, model.Issuer, Date(model.Published), model.Year?.ToString(CultureInfo.InvariantCulture), model.Source, model.Preface, At(file, model.Location));
        foreach (var unit in model.Units)
        {
            Line(output, "unit", unit.Id, unit.FullName ?? unit.Id, unit.Kind == UnitModelKind.Group ? "Group" : "Unit", string.Join("|", unit.Aliases), At(file, unit.Location));
        }

        foreach (var section in model.Sections)
        {
            var tasks = model.Tasks.Where(t => t.SectionId == section.Id).Select(t => t.Id);
            Line(output, "section", section.Id, section.Title, section.Label, section.Text, Names(section.Declared.Leads), Names(section.Declared.Supports), Due(section.Declared.Due), At(file, section.Location), string.Join("|", tasks));
        }

        for (var t = 0; t < model.Tasks.Count; t++)
        {
            var task = model.Tasks[t];
            Work(output, "task " + t.ToString(CultureInfo.InvariantCulture) + " in " + task.SectionId + " no lead: " + (task.NoLeadReason ?? "-"), task.Id, task.Title, task.Label, task.Text, task.Declared, task.InEffect, task.Targets, task.Tags, At(file, task.Location), Names);
            foreach (var item in task.Items)
            {
                Work(output, "item of " + task.Id, item.Id, item.Title, item.Label, item.Text, item.Declared, item.InEffect, item.Targets, item.Tags, At(file, item.Location), Names);
            }
        }

        return output.ToString();
    }

    private static void Work(StringBuilder output, string what, PlanWorkElement e)
        => Line(
            output,
            what,
            e.Id,
            e.Title,
            e.Label,
            e.Text,
            "declared " + Units(e.DeclaredLeads) + " / " + Units(e.DeclaredSupports) + " / " + Due(e.DeclaredDue),
            "in effect " + Units(e.Leads) + " / " + Units(e.Supports) + " / " + Due(e.Due),
            string.Join("|", e.Targets.Select(t => t.Metric + " " + t.Comparison + " " + t.Value?.ToString(CultureInfo.InvariantCulture) + " " + t.UnitText)),
            string.Join("|", e.Tags),
            At(e.Location));

    private static void Work(StringBuilder output, string what, string id, string title, string? label, string text, Responsibility declared, Responsibility inEffect, EquatableArray<TargetModel> targets, EquatableArray<string> tags, string at, System.Func<EquatableArray<string>, string> names)
        => Line(
            output,
            what,
            id,
            title,
            label,
            text,
            "declared " + names(declared.Leads) + " / " + names(declared.Supports) + " / " + Due(declared.Due),
            "in effect " + names(inEffect.Leads) + " / " + names(inEffect.Supports) + " / " + Due(inEffect.Due),
            string.Join("|", targets.Select(t => t.Metric + " " + t.Operator + " " + t.Number + " " + t.UnitText)),
            string.Join("|", tags),
            at);

    private static string Units(IReadOnlyList<PlanUnit> units) => string.Join("|", units.Select(u => u.FullName));

    private static string Due(PlanDeadline? due) => due is null ? "-" : due.Text + "@" + Date(due.Date);

    private static string Due(DeadlineModel? due) => due is null ? "-" : due.Text + "@" + Date(due.Date);

    private static string? Date(System.DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Date(PlanDate? date) => date is { } d ? new System.DateTime(d.Year, d.Month, d.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static string At(PlanSourceLocation location) => location.File + "(" + location.Line.ToString(CultureInfo.InvariantCulture) + "," + location.Column.ToString(CultureInfo.InvariantCulture) + ")";

    private static string At(string file, TextLocation location) => file + "(" + (location.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," + (location.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")";

    // Each field quoted with its characters escaped, so that a control character or a lone surrogate shows.
    private static void Line(StringBuilder output, string what, params string?[] fields)
    {
        output.Append(what);
        foreach (var field in fields)
        {
            output.Append(' ');
            if (field is null)
            {
                output.Append("null");
                continue;
            }

            output.Append('"');
            foreach (var c in field)
            {
                if (c < ' ' || char.IsSurrogate(c) || c == '"' || c == '\\' || c > '~' && char.IsControl(c))
                {
                    output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    output.Append(c);
                }
            }

            output.Append('"');
        }

        output.Append('\n');
    }
}
