using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>A quantified target (<c>target "比例" &gt;= 80 %</c>).</summary>
public sealed class PlanTarget : IEquatable<PlanTarget>
{
    /// <summary>Creates a target.</summary>
    public PlanTarget(string metric, TargetOperator comparison, decimal? value, string? unitText)
    {
        Metric = metric ?? throw new ArgumentNullException(nameof(metric));
        Comparison = comparison;
        Value = value;
        UnitText = unitText;
    }

    /// <summary>What is measured.</summary>
    [JsonPropertyName("metric")]
    [JsonPropertyOrder(0)]
    public string Metric { get; }

    /// <summary>How the measured value compares with <see cref="Value"/>; <see cref="TargetOperator.None"/> when no value is given.</summary>
    [JsonIgnore]
    public TargetOperator Comparison { get; }

    /// <summary>The number, or null for a target stated without one.</summary>
    [JsonPropertyName("value")]
    [JsonPropertyOrder(2)]
    public decimal? Value { get; }

    /// <summary>The unit of the number as written (<c>%</c>, <c>个</c>, <c>/10万</c>), or null.</summary>
    [JsonPropertyName("unit")]
    [JsonPropertyOrder(3)]
    public string? UnitText { get; }

    /// <summary>True when <paramref name="actual"/> meets the target; always true for a target without a value.</summary>
    public bool IsMetBy(decimal actual) => Comparison switch
    {
        TargetOperator.Equal => actual == Value,
        TargetOperator.GreaterOrEqual => actual >= Value,
        TargetOperator.LessOrEqual => actual <= Value,
        TargetOperator.Greater => actual > Value,
        TargetOperator.Less => actual < Value,
        _ => true,
    };

    [JsonInclude]
    [JsonPropertyName("operator")]
    [JsonPropertyOrder(1)]
    private string? OperatorJson => Comparison switch
    {
        TargetOperator.Equal => "=",
        TargetOperator.GreaterOrEqual => ">=",
        TargetOperator.LessOrEqual => "<=",
        TargetOperator.Greater => ">",
        TargetOperator.Less => "<",
        _ => null,
    };

    /// <inheritdoc/>
    public bool Equals(PlanTarget? other) => other is not null
        && Metric == other.Metric && Comparison == other.Comparison && Value == other.Value && UnitText == other.UnitText;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => (Metric.GetHashCode() * 31) ^ Value.GetHashCode();

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Value is not { } value)
        {
            return Metric;
        }

        var symbol = Comparison switch
        {
            TargetOperator.GreaterOrEqual => "≥",
            TargetOperator.LessOrEqual => "≤",
            TargetOperator.Greater => ">",
            TargetOperator.Less => "<",
            _ => "=",
        };
        return Metric + " " + symbol + " " + value.ToString(CultureInfo.InvariantCulture) + (UnitText ?? string.Empty);
    }
}

/// <summary>The comparison of a target.</summary>
public enum TargetOperator
{
    /// <summary>No number is given.</summary>
    None,

    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>&gt;=</c> or <c>≥</c></summary>
    GreaterOrEqual,

    /// <summary><c>&lt;=</c> or <c>≤</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&lt;</c></summary>
    Less,
}
