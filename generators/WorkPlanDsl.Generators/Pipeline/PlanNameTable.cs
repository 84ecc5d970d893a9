using System;
using System.Collections.Immutable;
using System.Linq;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// What one plan must know of the others: the names declared twice (WPL0009, so neither generates) and the names
/// that differ from another only in case (so their hint names get a suffix on case-insensitive file systems).
/// </summary>
internal sealed record PlanNameTable(EquatableArray<string> Duplicated, EquatableArray<string> CaseClashing)
{
    public static PlanNameTable From(ImmutableArray<string?> names, System.Threading.CancellationToken cancellationToken)
    {
        var present = names.Where(n => n is not null).Select(n => n!).ToArray();
        var duplicated = present.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        var clashing = present.Distinct(StringComparer.Ordinal)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g);
        return new PlanNameTable(
            EquatableArray.From(duplicated.OrderBy(n => n, StringComparer.Ordinal)),
            EquatableArray.From(clashing.OrderBy(n => n, StringComparer.Ordinal)));
    }
}
