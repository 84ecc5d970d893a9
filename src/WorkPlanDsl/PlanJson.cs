using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

// The model's JSON shape is the one `workplan export --format json` writes (docs/plan.schema.json), stated once, by
// attributes: every serialised member has its JSON name, so System.Text.Json's default options and ASP.NET Core's
// web defaults (camelCase) give the same document, and back-references (a task's section, an item's task, a
// section's tasks) are left out, so there is no cycle. On .NET 8 and later these are System.Text.Json's own
// attributes, part of the framework; on netstandard2.0 the ones in JsonAttributes.cs stand in, inert.
namespace WorkPlanDsl;

/// <summary>What the JSON shape writes in place of objects: unit ids, dates as yyyy-MM-dd.</summary>
internal static class PlanJson
{
    public static string[] Ids(IReadOnlyList<PlanUnit> units) => units.Select(u => u.Id).ToArray();

    public static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An element's own lead, support and deadline, as the JSON shape's <c>declared</c> object.</summary>
internal sealed class DeclaredJson
{
    public DeclaredJson(PlanWorkElement element)
    {
        Leads = PlanJson.Ids(element.DeclaredLeads);
        Supports = PlanJson.Ids(element.DeclaredSupports);
        Due = element.DeclaredDue;
    }

    [JsonPropertyName("leads")]
    [JsonPropertyOrder(0)]
    public string[] Leads { get; }

    [JsonPropertyName("supports")]
    [JsonPropertyOrder(1)]
    public string[] Supports { get; }

    [JsonPropertyName("due")]
    [JsonPropertyOrder(2)]
    public PlanDeadline? Due { get; }
}
