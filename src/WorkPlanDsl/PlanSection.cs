using System.Collections.Generic;
using System.Text.Json.Serialization;

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
    [JsonPropertyName("id")]
    [JsonPropertyOrder(0)]
    public string Id { get; }

    /// <summary>The section's title.</summary>
    [JsonPropertyName("title")]
    [JsonPropertyOrder(2)]
    public string Title { get; }

    /// <summary>The number as printed in the source document (<c>一、</c>), or null.</summary>
    [JsonPropertyName("label")]
    [JsonPropertyOrder(1)]
    public string? Label { get; }

    /// <summary>The section's body text; empty when it has none.</summary>
    [JsonPropertyName("text")]
    [JsonPropertyOrder(6)]
    public string Text { get; }

    /// <summary>The lead units the section declares.</summary>
    [JsonIgnore]
    public IReadOnlyList<PlanUnit> Leads { get; }

    /// <summary>The supporting units and groups the section declares.</summary>
    [JsonIgnore]
    public IReadOnlyList<PlanUnit> Supports { get; }

    /// <summary>The section's deadline, or null.</summary>
    [JsonPropertyName("due")]
    [JsonPropertyOrder(5)]
    public PlanDeadline? Due { get; }

    /// <summary>Where the <c>section</c> statement stands.</summary>
    [JsonIgnore]
    public PlanSourceLocation Location { get; }

    /// <summary>The tasks of this section, in document order.</summary>
    [JsonIgnore]
    public IReadOnlyList<PlanTask> Tasks { get; internal set; } = System.Array.Empty<PlanTask>();

    [JsonInclude]
    [JsonPropertyName("leads")]
    [JsonPropertyOrder(3)]
    private string[] LeadsJson => PlanJson.Ids(Leads);

    [JsonInclude]
    [JsonPropertyName("supports")]
    [JsonPropertyOrder(4)]
    private string[] SupportsJson => PlanJson.Ids(Supports);

    /// <inheritdoc/>
    public override string ToString() => (Label ?? string.Empty) + Title;
}
