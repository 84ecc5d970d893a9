using System.Collections.Generic;

namespace WorkPlanDsl;

/// <summary>A section of a plan (一、…): it groups tasks and passes its lead, support and deadline on to them.</summary>
public sealed class PlanSection
{
    internal PlanSection(
        string id,
        string title,
        string? label,
        string text,
        IReadOnlyList<PlanUnit> leads,
        IReadOnlyList<PlanUnit> supports,
        PlanDeadline? due,
        PlanSourceLocation location)
    {
        Id = id;
        Title = title;
        Label = label;
        Text = text;
        Leads = leads;
        Supports = supports;
        Due = due;
        Location = location;
    }

    /// <summary>The section's identifier.</summary>
    public string Id { get; }

    /// <summary>The section's title.</summary>
    public string Title { get; }

    /// <summary>The number as printed in the source document (<c>一、</c>), or null.</summary>
    public string? Label { get; }

    /// <summary>The section's body text; empty when it has none.</summary>
    public string Text { get; }

    /// <summary>The lead units the section declares.</summary>
    public IReadOnlyList<PlanUnit> Leads { get; }

    /// <summary>The supporting units and groups the section declares.</summary>
    public IReadOnlyList<PlanUnit> Supports { get; }

    /// <summary>The section's deadline, or null.</summary>
    public PlanDeadline? Due { get; }

    /// <summary>Where the <c>section</c> statement stands.</summary>
    public PlanSourceLocation Location { get; }

    /// <summary>The tasks of this section, in document order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; internal set; } = System.Array.Empty<PlanTask>();

    /// <inheritdoc/>
    public override string ToString() => (Label ?? string.Empty) + Title;
}
