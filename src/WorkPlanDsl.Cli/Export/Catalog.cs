using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Cli.Export;

/// <summary>A bound plan seen as the exports need it: work in document order, names as printed, the units that take part.</summary>
internal sealed class Catalog
{
    private readonly Dictionary<string, UnitModel> _units;

    public Catalog(PlanModel model)
    {
        Model = model;
        _units = model.Units.ToDictionary(u => u.Id, System.StringComparer.Ordinal);
    }

    public PlanModel Model { get; }

    public string Title => Model.Title is { Length: > 0 } title ? title : Model.Name;

    /// <summary>Sections with their tasks, plan-level tasks first under a null section.</summary>
    public IEnumerable<(SectionModel? Section, IReadOnlyList<TaskModel> Tasks)> Sections()
    {
        var planLevel = Model.Tasks.Where(t => t.SectionId is null).ToList();
        if (planLevel.Count > 0)
        {
            yield return (null, planLevel);
        }

        foreach (var section in Model.Sections)
        {
            yield return (section, Model.Tasks.Where(t => t.SectionId == section.Id).ToList());
        }
    }

    public string Name(string unitId) => _units.TryGetValue(unitId, out var unit) ? unit.FullName ?? unit.Id : unitId;

    public string Names(EquatableArray<string> ids) => string.Join("、", ids.Select(Name));

    /// <summary>The units and groups that lead or support anything, in declaration order: the matrix's columns.</summary>
    public IReadOnlyList<UnitModel> ResponsibleUnits()
    {
        var used = new HashSet<string>(Model.Tasks.SelectMany(t => t.InEffect.Leads.Concat(t.InEffect.Supports).Concat(t.Items.SelectMany(i => i.InEffect.Leads.Concat(i.InEffect.Supports)))));
        return Model.Units.Where(u => used.Contains(u.Id)).ToList();
    }

    /// <summary>How a task that has no lead on purpose (<c>lead none</c>) reads: 无 (with its reason), not as missing.</summary>
    public static string NoLead(string reason) => reason.Length == 0 ? "无" : "无（" + reason + "）";

    public static string Due(DeadlineModel? due)
        => due is null ? string.Empty : due.Text is { } text ? (due.Date is { } date ? text + " (" + date + ")" : text) : due.Date!.Value.ToString();

    public static string Targets(EquatableArray<TargetModel> targets) => string.Join("; ", targets.Select(Target));

    public static string Target(TargetModel target)
    {
        if (target.Number is null)
        {
            return target.Metric;
        }

        return target.Metric + " " + target.Operator.Symbol() + " " + target.Number + (target.UnitText ?? string.Empty);
    }

    /// <summary>The role of a unit in a task: 牵头, 配合 or nothing.</summary>
    public static string Role(TaskModel task, string unitId)
        => task.InEffect.Leads.Contains(unitId) ? "牵头" : task.InEffect.Supports.Contains(unitId) ? "配合" : string.Empty;
}
