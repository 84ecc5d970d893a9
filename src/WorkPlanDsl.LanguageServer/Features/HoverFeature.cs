using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// Hover: a unit shows its full name, kind, aliases and the tasks it leads and supports; a task or item what is in
/// effect for it (leads, supports, deadline), saying what it inherits and from where, and its targets; a keyword its form.
/// </summary>
internal static class HoverFeature
{
    private const int ListedTasks = 12;

    public static Hover? HoverAt(PlanAnalysis analysis, Position position)
    {
        var offset = analysis.Positions.OffsetOf(position);
        if (analysis.Symbols.At(offset) is { } symbol)
        {
            var text = symbol.Kind switch
            {
                PlanSymbolKind.Unit or PlanSymbolKind.Group => Unit(analysis, symbol.Key),
                PlanSymbolKind.UnknownUnit => "`" + symbol.Key + "` is not a declared unit or group (WPL0004)",
                PlanSymbolKind.Task or PlanSymbolKind.Item => Work(analysis, symbol.Start),
                PlanSymbolKind.Section => Section(analysis, symbol.Start),
                PlanSymbolKind.Plan => Plan(analysis),
                _ => null,
            };
            return text is null ? null : new Hover(new MarkupContent("markdown", text), analysis.Positions.RangeOf(symbol.Start, symbol.Length));
        }

        var line = analysis.Positions.LineOf(offset);
        if (analysis.StatementAtLine(line) is { } statement && offset >= statement.KeywordStart && offset <= statement.KeywordStart + statement.KeywordLength)
        {
            var text = "`" + string.Join("` · `", Keywords.All.Where(e => e.Value == statement.Kind).Select(e => e.Key)) + "`: " + KeywordForms.Form(statement.Kind);
            if (statement.Kind == StatementKind.Item && statement.Name is null && Work(analysis, statement.KeywordStart) is { } item)
            {
                text = item + "\n\n---\n\n" + text;
            }

            return new Hover(new MarkupContent("markdown", text), analysis.Positions.RangeOf(statement.KeywordStart, statement.KeywordLength));
        }

        return null;
    }

    private static string Unit(PlanAnalysis analysis, string id)
    {
        var declaration = analysis.Symbols.UnitDeclarations[id];
        var builder = new StringBuilder();
        builder.Append("**").Append(id).Append("** ").Append(declaration.Kind == StatementKind.Group ? "(group)" : "(unit)");
        if (declaration.Value is { } fullName)
        {
            builder.Append("  \n").Append(fullName.Value);
        }

        if (!declaration.List.IsEmpty)
        {
            builder.Append("  \naliases: ").Append(string.Join("、", declaration.List.Select(a => a.Value)));
        }

        analysis.Usage.Leads.TryGetValue(id, out var leads);
        analysis.Usage.Supports.TryGetValue(id, out var supports);
        builder.Append("\n\nleads ").Append(Tasks(leads)).Append("  \nsupports ").Append(Tasks(supports));
        return builder.ToString();
    }

    private static string Tasks(List<string>? tasks)
    {
        if (tasks is null || tasks.Count == 0)
        {
            return "no task";
        }

        var listed = string.Join("、", tasks.Take(ListedTasks));
        return tasks.Count + (tasks.Count == 1 ? " task: " : " tasks: ") + listed + (tasks.Count > ListedTasks ? " …" : string.Empty);
    }

    private static string? Work(PlanAnalysis analysis, int anchor)
    {
        if (analysis.Model is not { } model)
        {
            return null;
        }

        foreach (var task in model.Tasks)
        {
            if (task.Location.Start == anchor)
            {
                var section = task.SectionId is null ? null : "section " + task.SectionId;
                return Describe("task", task.Id, task.Label, task.Title, task.Declared, task.InEffect, section, task.Targets, task.Tags);
            }

            foreach (var item in task.Items)
            {
                if (item.Location.Start == anchor)
                {
                    var from = "task " + task.Id;
                    return Describe("item", item.Id, item.Label, item.Title, item.Declared, item.InEffect, from, item.Targets, item.Tags, task);
                }
            }
        }

        return null;
    }

    private static string Describe(string kind, string id, string? label, string title, Responsibility declared, Responsibility inEffect, string? parent, EquatableArray<TargetModel> targets, EquatableArray<string> tags, TaskModel? task = null)
    {
        var builder = new StringBuilder();
        builder.Append("**").Append(kind).Append(' ').Append(id).Append("** ").Append(label).Append(title);
        builder.Append("\n\nlead: ").Append(Units(inEffect.Leads)).Append(Inherited(declared.Leads.IsEmpty, inEffect.Leads.IsEmpty, parent, task?.Declared.Leads.IsEmpty, task?.SectionId));
        builder.Append("  \nsupport: ").Append(Units(inEffect.Supports)).Append(Inherited(declared.Supports.IsEmpty, inEffect.Supports.IsEmpty, parent, task?.Declared.Supports.IsEmpty, task?.SectionId));
        builder.Append("  \ndue: ").Append(Deadline(inEffect.Due)).Append(Inherited(declared.Due is null, inEffect.Due is null, parent, task is null ? null : task.Declared.Due is null, task?.SectionId));
        if (!targets.IsEmpty)
        {
            builder.Append("\n\ntargets:");
            foreach (var target in targets)
            {
                builder.Append("  \n- ").Append(target.Metric);
                if (target.Operator != TargetModelOperator.None)
                {
                    builder.Append(' ').Append(target.Operator.Symbol()).Append(' ').Append(target.Number).Append(target.UnitText is null ? string.Empty : " " + target.UnitText);
                }
            }
        }
        else
        {
            builder.Append("\n\ntargets: none (targets are not inherited)");
        }

        if (!tags.IsEmpty)
        {
            builder.Append("  \ntags: ").Append(string.Join(", ", tags));
        }

        return builder.ToString();
    }

    // An item inherits through its task, which may itself have inherited from its section.
    private static string Inherited(bool declaredEmpty, bool inEffectEmpty, string? parent, bool? taskDeclaredEmpty, string? taskSection)
    {
        if (!declaredEmpty)
        {
            return " (declared here)";
        }

        if (inEffectEmpty || parent is null)
        {
            return string.Empty;
        }

        return taskDeclaredEmpty == true && taskSection is not null
            ? " (inherited from section " + taskSection + " through " + parent + ")"
            : " (inherited from " + parent + ")";
    }

    private static string Units(EquatableArray<string> units) => units.IsEmpty ? "none" : string.Join("、", units);

    private static string Deadline(DeadlineModel? due) => due switch
    {
        null => "none",
        { Text: { } text, Date: { } date } => "“" + text + "” (" + date + ")",
        { Text: { } text } => "“" + text + "” (no date)",
        { Date: { } date } => date.ToString(),
        _ => "none",
    };

    private static string? Section(PlanAnalysis analysis, int anchor)
    {
        var section = analysis.Model?.Sections.FirstOrDefault(s => s.Location.Start == anchor);
        if (section is null)
        {
            return null;
        }

        var tasks = analysis.Model!.Tasks.Count(t => t.SectionId == section.Id);
        return "**section " + section.Id + "** " + section.Label + section.Title
            + "\n\n" + tasks + (tasks == 1 ? " task" : " tasks")
            + "  \nlead: " + Units(section.Declared.Leads) + "  \nsupport: " + Units(section.Declared.Supports) + "  \ndue: " + Deadline(section.Declared.Due)
            + "\n\nits tasks inherit each of these they do not declare";
    }

    private static string? Plan(PlanAnalysis analysis)
    {
        if (analysis.Model is not { } model)
        {
            return null;
        }

        return "**plan " + model.Name + "** " + model.Title
            + (model.Issuer is null ? string.Empty : "  \nissuer: " + model.Issuer)
            + (model.Year is null ? string.Empty : "  \nyear: " + model.Year)
            + "\n\n" + model.Units.Count + " units and groups, " + model.Sections.Count + " sections, " + model.Tasks.Count + " tasks";
    }
}
