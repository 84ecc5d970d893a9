using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>What tasks and items have in common: a title, responsibilities, targets, a deadline and text.</summary>
public abstract class PlanWorkElement
{
    private protected PlanWorkElement(
        string id,
        string title,
        string? label,
        string text,
        IReadOnlyList<PlanUnit> declaredLeads,
        IReadOnlyList<PlanUnit> declaredSupports,
        PlanDeadline? declaredDue,
        IReadOnlyList<PlanTarget> targets,
        IReadOnlyList<string> tags,
        PlanSourceLocation location)
    {
        Id = id;
        Title = title;
        Label = label;
        Text = text;
        DeclaredLeads = declaredLeads;
        DeclaredSupports = declaredSupports;
        DeclaredDue = declaredDue;
        Targets = targets;
        Tags = tags;
        Location = location;
    }

    /// <summary>The identifier (an item without one is <c>TaskId_n</c>).</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(0)]
    public string Id { get; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    [JsonPropertyOrder(3)]
    public string Title { get; }

    /// <summary>The number as printed in the source document (<c>(三)</c>, <c>一是</c>), or null.</summary>
    [JsonPropertyName("label")]
    [JsonPropertyOrder(2)]
    public string? Label { get; }

    /// <summary>The body text; empty when there is none.</summary>
    [JsonPropertyName("text")]
    [JsonPropertyOrder(10)]
    public string Text { get; }

    /// <summary>The lead units this element declares itself.</summary>
    [JsonIgnore]
    public IReadOnlyList<PlanUnit> DeclaredLeads { get; }

    /// <summary>The supporting units and groups this element declares itself.</summary>
    [JsonIgnore]
    public IReadOnlyList<PlanUnit> DeclaredSupports { get; }

    /// <summary>The deadline this element declares itself, or null.</summary>
    [JsonIgnore]
    public PlanDeadline? DeclaredDue { get; }

    /// <summary>The lead units in effect: its own, else inherited.</summary>
    [JsonIgnore]
    public IReadOnlyList<PlanUnit> Leads => DeclaredLeads.Count > 0 ? DeclaredLeads : InheritedLeads;

    /// <summary>
    /// The supporting units and groups in effect: its own, else inherited; an element that declares its own lead
    /// inherits no supports (its responsibility clause replaces its parent's).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<PlanUnit> Supports => DeclaredSupports.Count > 0 || DeclaredLeads.Count > 0 ? DeclaredSupports : InheritedSupports;

    /// <summary>The deadline in effect: its own, else inherited; null when there is none.</summary>
    [JsonPropertyName("due")]
    [JsonPropertyOrder(6)]
    public PlanDeadline? Due => DeclaredDue ?? InheritedDue;

    /// <summary>The quantified targets.</summary>
    [JsonPropertyName("targets")]
    [JsonPropertyOrder(8)]
    public IReadOnlyList<PlanTarget> Targets { get; }

    /// <summary>The tags.</summary>
    [JsonPropertyName("tags")]
    [JsonPropertyOrder(9)]
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Where the opening statement stands.</summary>
    [JsonIgnore]
    public PlanSourceLocation Location { get; }

    /// <summary>The section this element belongs to, or null for a task at plan level.</summary>
    [JsonIgnore]
    public abstract PlanSection? Section { get; }

    /// <summary>True when a lead is in effect.</summary>
    [JsonIgnore]
    public bool HasLead => Leads.Count > 0;

    /// <summary>
    /// True when the deadline in effect has a date and <paramref name="asOf"/> is a later day (time of day ignored); an
    /// element without a dated deadline is never overdue. Progress is not part of a plan: filter done tasks yourself.
    /// </summary>
    public bool IsOverdue(DateTime asOf) => Due?.Date is { } date && asOf.Date > date.Date;

    /// <summary>Whole days from <paramref name="asOf"/> to the dated deadline in effect (0 on the day, negative when overdue), or null without a date.</summary>
    public int? DaysLeft(DateTime asOf) => Due?.Date is { } date ? (int)(date.Date - asOf.Date).TotalDays : null;

    /// <summary>The lead or supporting units, declared or in effect.</summary>
    public IReadOnlyList<PlanUnit> Responsible(bool lead, ResponsibilityScope scope) => lead
        ? (scope == ResponsibilityScope.Declared ? DeclaredLeads : Leads)
        : (scope == ResponsibilityScope.Declared ? DeclaredSupports : Supports);

    [JsonInclude]
    [JsonPropertyName("leads")]
    [JsonPropertyOrder(4)]
    private string[] LeadsJson => PlanJson.Ids(Leads);

    [JsonInclude]
    [JsonPropertyName("supports")]
    [JsonPropertyOrder(5)]
    private string[] SupportsJson => PlanJson.Ids(Supports);

    [JsonInclude]
    [JsonPropertyName("declared")]
    [JsonPropertyOrder(7)]
    private DeclaredJson DeclaredJson => new(this);

    private protected abstract IReadOnlyList<PlanUnit> InheritedLeads { get; }

    private protected abstract IReadOnlyList<PlanUnit> InheritedSupports { get; }

    private protected abstract PlanDeadline? InheritedDue { get; }

    /// <inheritdoc/>
    public override string ToString() => (Label ?? string.Empty) + Title;
}
