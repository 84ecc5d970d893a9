using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>A reason one plan may not generate because of another (or of the names C# code needs), as plain values.</summary>
/// <param name="Path">The plan file the diagnostic goes to.</param>
/// <param name="Id">WPL0009, WPL0013 or WPL0014.</param>
/// <param name="Arguments">The message's arguments.</param>
internal sealed record NameConflict(string Path, string Id, EquatableArray<string> Arguments);

/// <summary>
/// What one plan must know of the others, worked out once over the C# names of all plans of the compilation: the
/// plans that may not generate (one plan name twice, WPL0009; one C# name twice or a type that is another plan's
/// namespace, WPL0013; a name hiding System or WorkPlanDsl, WPL0014) and the plans whose hint names need a hash.
/// </summary>
internal sealed record PlanNameTable(EquatableArray<NameConflict> Conflicts, EquatableArray<string> HashedHints)
{
    /// <summary>Namespaces the generated code is made of: a plan type named like them, or in them, would hide their types.</summary>
    private static readonly string[] HiddenRoots = { "System", "WorkPlanDsl" };

    public bool Blocks(string path)
    {
        foreach (var conflict in Conflicts)
        {
            if (string.Equals(conflict.Path, path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<NameConflict> For(string path) => Conflicts.Where(c => string.Equals(c.Path, path, StringComparison.Ordinal));

    public static PlanNameTable From(ImmutableArray<PlanDeclaration?> declarations, CancellationToken cancellationToken)
    {
        var plans = declarations.Where(d => d is not null).Select(d => d!).OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        var conflicts = new List<NameConflict>();

        foreach (var group in plans.GroupBy(p => p.PlanName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var plan in group)
            {
                var other = group.First(p => !ReferenceEquals(p, plan));
                conflicts.Add(Conflict(plan, DiagnosticIds.DuplicatePlanName, plan.PlanName, other.Path));
            }
        }

        foreach (var plan in plans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Hidden(plan) is { } root)
            {
                conflicts.Add(Conflict(plan, DiagnosticIds.PlanNameHidesNamespace, plan.PlanName, plan.TypeName, root));
            }
        }

        // One type name for two plans; a duplicated plan name is WPL0009's alone.
        foreach (var group in plans.GroupBy(p => p.TypeName, StringComparer.Ordinal).Where(g => g.Select(p => p.PlanName).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            foreach (var plan in group)
            {
                var other = group.First(p => !string.Equals(p.PlanName, plan.PlanName, StringComparison.Ordinal));
                conflicts.Add(Conflict(plan, DiagnosticIds.PlanNameClash, plan.PlanName, "the type '" + plan.TypeName + "'", other.PlanName, other.Path, "the type '" + other.TypeName + "'"));
            }
        }

        // A type that is a namespace of another plan (A.B next to A.B.C): C# cannot have both (CS0101).
        var byType = plans.ToLookup(p => p.TypeName, StringComparer.Ordinal);
        var reported = new HashSet<(string, string)>();
        foreach (var plan in plans)
        {
            for (var depth = 1; depth <= plan.Namespace.Count; depth++)
            {
                var ns = string.Join(".", plan.Namespace.Take(depth));
                foreach (var type in byType[ns].Where(t => !ReferenceEquals(t, plan)))
                {
                    if (reported.Add((plan.Path, type.Path)))
                    {
                        conflicts.Add(Conflict(plan, DiagnosticIds.PlanNameClash, plan.PlanName, "the namespace '" + ns + "'", type.PlanName, type.Path, "the type '" + ns + "'"));
                    }

                    if (reported.Add((type.Path, plan.Path)))
                    {
                        conflicts.Add(Conflict(type, DiagnosticIds.PlanNameClash, type.PlanName, "the type '" + ns + "'", plan.PlanName, plan.Path, "the namespace '" + ns + "'"));
                    }
                }
            }
        }

        // Case-insensitive file systems and the hash-free hint names: two bases that differ only in case both get a hash.
        var hashed = plans.GroupBy(p => p.HintBase, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.PlanName).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g.Select(p => p.PlanName))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal);

        return new PlanNameTable(
            EquatableArray.From(conflicts.OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)),
            EquatableArray.From(hashed));
    }

    private static string? Hidden(PlanDeclaration plan)
    {
        var top = plan.Namespace.IsEmpty ? plan.ClassName : plan.Namespace[0];
        if (top == "System")
        {
            return "System";
        }

        return (plan.Namespace.IsEmpty && plan.ClassName == "WorkPlanDsl") || (plan.Namespace.Count == 1 && plan.Namespace[0] == "WorkPlanDsl")
            ? "WorkPlanDsl"
            : null;
    }

    private static NameConflict Conflict(PlanDeclaration plan, string id, params string[] arguments)
        => new(plan.Path, id, new EquatableArray<string>(arguments));
}
