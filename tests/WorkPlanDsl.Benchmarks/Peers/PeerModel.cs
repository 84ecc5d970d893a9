using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace WorkPlanDsl.Benchmarks.Peers;

/// <summary>
/// The plan as the data model a team would write if it kept plans as JSON or YAML: the same information as a bound
/// WPlan model (units, sections, tasks, items, responsibilities, targets, deadlines, text), with references by id.
/// </summary>
public sealed class PeerPlan
{
    public string Name { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Issuer { get; set; }

    public string? Published { get; set; }

    public int? Year { get; set; }

    public List<PeerUnit> Units { get; set; } = new();

    public List<PeerSection> Sections { get; set; } = new();

    public List<PeerTask> Tasks { get; set; } = new();
}

public sealed class PeerUnit
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public bool Group { get; set; }
}

public sealed class PeerSection
{
    public string Id { get; set; } = string.Empty;

    public string? Label { get; set; }

    public string Title { get; set; } = string.Empty;

    public List<string> Lead { get; set; } = new();

    public List<string> Support { get; set; } = new();
}

public sealed class PeerTask
{
    public string Id { get; set; } = string.Empty;

    public string? Section { get; set; }

    public string? Label { get; set; }

    public string Title { get; set; } = string.Empty;

    public List<string> Lead { get; set; } = new();

    public List<string> Support { get; set; } = new();

    public string? Due { get; set; }

    public List<PeerTarget> Targets { get; set; } = new();

    public string Text { get; set; } = string.Empty;

    public List<PeerTask> Items { get; set; } = new();
}

public sealed class PeerTarget
{
    public string Metric { get; set; } = string.Empty;

    public string? Operator { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PeerPlan))]
public sealed partial class PeerJsonContext : JsonSerializerContext
{
}
