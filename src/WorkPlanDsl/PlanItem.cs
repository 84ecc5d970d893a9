using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>A sub-item of a task (一是、二是…); it takes its task's responsibilities and deadline where it has none of its own.</summary>
public sealed class PlanItem : PlanWorkElement
{
    internal PlanItem(
        string id,
        PlanTask task,
        string title,
        string? label,
        string text,
        IReadOnlyList<PlanUnit> declaredLeads,
        IReadOnlyList<PlanUnit> declaredSupports,
        PlanDeadline? declaredDue,
        IReadOnlyList<PlanTarget> targets,
        IReadOnlyList<string> tags,
        PlanSourceLocation location)
        : base(id, title, label, text, declaredLeads, declaredSupports, declaredDue, targets, tags, location)
    {
        Task = task;
    }

    /// <summary>The task this item belongs to.</summary>
    [JsonIgnore]
    public PlanTask Task { get; }

    /// <summary>The plan this item belongs to.</summary>
    [JsonIgnore]
    public Plan Plan => Task.Plan;

    /// <inheritdoc/>
    [JsonIgnore]
    public override PlanSection? Section => Task.Section;

    private protected override IReadOnlyList<PlanUnit> InheritedLeads => Task.Leads;

    private protected override IReadOnlyList<PlanUnit> InheritedSupports => Task.Supports;

    private protected override PlanDeadline? InheritedDue => Task.Due;
}
