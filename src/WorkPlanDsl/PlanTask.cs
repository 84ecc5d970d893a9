using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>A numbered task of a plan; it takes its section's lead, support and deadline where it has none of its own.</summary>
public sealed class PlanTask : PlanWorkElement
{
    internal PlanTask(
        string id,
        int ordinal,
        PlanSection? section,
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
        Ordinal = ordinal;
        Section = section;
    }

    /// <summary>The task's position in the plan, from 0: the value of the generated <c>TaskId</c> enum.</summary>
    [JsonIgnore]
    public int Ordinal { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override PlanSection? Section { get; }

    /// <summary>
    /// Why the task has no lead, when its plan says so on purpose (<c>lead none "reason"</c>; empty without a reason), or
    /// null. Such a task takes no lead from its section and is not among <see cref="Plan.TasksWithoutLead"/>.
    /// </summary>
    [JsonPropertyName("noLead")]
    [JsonPropertyOrder(12)]
    public string? NoLeadReason { get; internal init; }

    /// <summary>True when the task has no lead on purpose (<c>lead none</c>).</summary>
    [JsonIgnore]
    public bool NoLeadIntended => NoLeadReason is not null;

    /// <summary>The plan this task belongs to.</summary>
    [JsonIgnore]
    public Plan Plan { get; internal set; } = null!;

    /// <summary>The sub-items (一是、二是…), in document order.</summary>
    [JsonPropertyName("items")]
    [JsonPropertyOrder(11)]
    public IReadOnlyList<PlanItem> Items { get; internal set; } = Array.Empty<PlanItem>();

    [JsonInclude]
    [JsonPropertyName("section")]
    [JsonPropertyOrder(1)]
    private string? SectionJson => Section?.Id;

    private protected override IReadOnlyList<PlanUnit> InheritedLeads => NoLeadIntended ? Array.Empty<PlanUnit>() : Section?.Leads ?? Array.Empty<PlanUnit>();

    private protected override IReadOnlyList<PlanUnit> InheritedSupports => Section?.Supports ?? Array.Empty<PlanUnit>();

    private protected override PlanDeadline? InheritedDue => Section?.Due;
}
