using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>A department (<c>unit</c>) or a collective (<c>group</c>) declared by a plan.</summary>
public sealed class PlanUnit
{
    internal PlanUnit(string id, string fullName, UnitKind kind, IReadOnlyList<string> aliases, PlanSourceLocation location)
    {
        Id = id;
        FullName = fullName;
        Kind = kind;
        Aliases = aliases;
        Location = location;
    }

    /// <summary>The identifier the plan declares it with.</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(0)]
    public string Id { get; }

    /// <summary>The name as printed in the source document; the id when the plan gives none.</summary>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(1)]
    public string FullName { get; }

    /// <summary>Whether this is an accountable department or a collective.</summary>
    [JsonIgnore]
    public UnitKind Kind { get; }

    /// <summary>True for a collective (<c>group</c>), which can support but is nobody in particular.</summary>
    [JsonIgnore]
    public bool IsGroup => Kind == UnitKind.Group;

    /// <summary>Other identifiers the plan accepts for this unit.</summary>
    [JsonPropertyName("aliases")]
    [JsonPropertyOrder(3)]
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Where the declaration stands.</summary>
    [JsonIgnore]
    public PlanSourceLocation Location { get; }

    [JsonInclude]
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(2)]
    private string KindJson => IsGroup ? "group" : "unit";

    /// <summary>True when <paramref name="name"/> is this unit's id, one of its aliases or its full name.</summary>
    public bool IsNamed(string name)
    {
        if (string.Equals(Id, name, System.StringComparison.Ordinal) || string.Equals(FullName, name, System.StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var alias in Aliases)
        {
            if (string.Equals(alias, name, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => FullName;
}

/// <summary>What a declared unit is.</summary>
public enum UnitKind
{
    /// <summary>A department that can be held accountable (<c>unit</c>).</summary>
    Unit,

    /// <summary>A collective such as 各县市区卫生健康局 (<c>group</c>).</summary>
    Group,
}

/// <summary>Which responsibilities a query looks at.</summary>
public enum ResponsibilityScope
{
    /// <summary>What is in effect after inheritance from the section (and, for items, the task).</summary>
    InEffect,

    /// <summary>Only what the element itself declares.</summary>
    Declared,
}
