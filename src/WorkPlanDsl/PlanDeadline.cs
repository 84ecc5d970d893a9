using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>A deadline: a date, the words of the document (<c>6月底前</c>), or both.</summary>
public sealed class PlanDeadline : IEquatable<PlanDeadline>
{
    /// <summary>Creates a deadline.</summary>
    public PlanDeadline(string? text, DateTime? date)
    {
        if (text is null && date is null)
        {
            throw new ArgumentException("A deadline needs a text or a date.");
        }

        Text = text;
        Date = date;
    }

    /// <summary>The deadline as the document words it, or null when the plan gives a date.</summary>
    [JsonPropertyName("text")]
    [JsonPropertyOrder(0)]
    public string? Text { get; }

    /// <summary>The last day, or null when the words name no date that can be worked out.</summary>
    [JsonIgnore]
    public DateTime? Date { get; }

    [JsonInclude]
    [JsonPropertyName("date")]
    [JsonPropertyOrder(1)]
    private string? DateJson => PlanJson.Date(Date);

    /// <inheritdoc/>
    public bool Equals(PlanDeadline? other) => other is not null && Text == other.Text && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanDeadline);

    /// <inheritdoc/>
    public override int GetHashCode() => Date.GetHashCode() ^ (Text?.GetHashCode() ?? 0);

    /// <inheritdoc/>
    public override string ToString()
        => Text ?? Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
