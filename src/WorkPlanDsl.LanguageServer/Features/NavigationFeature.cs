using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// Go to definition, find references, highlights and rename for unit, group, section, task and item ids. A plan's names
/// are its own, so definition, highlights and rename stay inside the document; references to a unit also list the
/// other plans of the workspace that name the same department.
/// </summary>
internal static class NavigationFeature
{
    public static IReadOnlyList<Location> Definition(PlanAnalysis analysis, Position position)
    {
        if (Navigable(analysis, position) is not { } symbol)
        {
            return System.Array.Empty<Location>();
        }

        return analysis.Symbols.Occurrences(symbol)
            .Where(s => s.IsDeclaration && (s.Spelling == s.Key || symbol.Spelling == s.Spelling))
            .OrderBy(s => s.Spelling == symbol.Spelling ? 0 : 1)
            .Take(1)
            .Select(s => new Location(analysis.Uri, analysis.Positions.RangeOf(s.Start, s.Length)))
            .ToList();
    }

    /// <summary>
    /// The name's occurrences in the document; for a unit or group also its occurrences in the workspace's other plans,
    /// where a unit declared with one of the same names (id, alias or full name) is the same department, as
    /// <c>PlanCatalog</c> takes it across plans.
    /// </summary>
    public static IReadOnlyList<Location> References(PlanAnalysis analysis, Position position, bool includeDeclaration, IEnumerable<PlanAnalysis> workspace)
    {
        if (Navigable(analysis, position) is not { } symbol)
        {
            return System.Array.Empty<Location>();
        }

        var locations = analysis.Symbols.Occurrences(symbol)
            .Where(s => includeDeclaration || !s.IsDeclaration)
            .Select(s => new Location(analysis.Uri, analysis.Positions.RangeOf(s.Start, s.Length)))
            .ToList();
        if (symbol.Kind is not (PlanSymbolKind.Unit or PlanSymbolKind.Group))
        {
            return locations;
        }

        var names = Names(analysis.Symbols.UnitDeclarations[symbol.Key]);
        foreach (var other in workspace.Where(p => p.Uri != analysis.Uri))
        {
            var same = other.Symbols.UnitDeclarations.Where(d => Names(d.Value).Overlaps(names)).Select(d => d.Key).ToHashSet(System.StringComparer.Ordinal);
            if (same.Count == 0)
            {
                continue;
            }

            locations.AddRange(other.Symbols.Symbols
                .Where(s => s.Kind is PlanSymbolKind.Unit or PlanSymbolKind.Group && same.Contains(s.Key) && (includeDeclaration || !s.IsDeclaration))
                .Select(s => new Location(other.Uri, other.Positions.RangeOf(s.Start, s.Length))));
        }

        return locations;
    }

    private static HashSet<string> Names(StatementSyntax declaration)
    {
        var names = new HashSet<string>(declaration.List.Select(t => t.Value), System.StringComparer.Ordinal) { declaration.Name!.Value.Value };
        if (declaration.Value is { } fullName)
        {
            names.Add(fullName.Value);
        }

        return names;
    }

    public static IReadOnlyList<DocumentHighlight> Highlights(PlanAnalysis analysis, Position position)
    {
        if (analysis.Symbols.At(analysis.Positions.OffsetOf(position)) is not { } symbol || symbol.Kind == PlanSymbolKind.Plan)
        {
            return System.Array.Empty<DocumentHighlight>();
        }

        return analysis.Symbols.Occurrences(symbol)
            .Select(s => new DocumentHighlight(analysis.Positions.RangeOf(s.Start, s.Length), s.IsDeclaration ? DocumentHighlightKinds.Write : DocumentHighlightKinds.Read))
            .ToList();
    }

    /// <summary>The name under the cursor and its text, or why it cannot be renamed.</summary>
    public static (PlanSymbol? Symbol, string? Refusal) RenameTarget(PlanAnalysis analysis, Position position)
    {
        var offset = analysis.Positions.OffsetOf(position);
        if (analysis.Symbols.At(offset) is { } symbol)
        {
            return symbol.Kind switch
            {
                PlanSymbolKind.Plan => (null, "The plan's name is renamed by editing the plan statement: it names the generated class."),
                PlanSymbolKind.UnknownUnit => (null, "'" + symbol.Key + "' is not a declared unit or group; declare it, or correct the reference."),
                _ => (symbol, null),
            };
        }

        var line = analysis.Positions.LineOf(offset);
        if (analysis.StatementAtLine(line) is { } statement && offset >= statement.KeywordStart && offset <= statement.KeywordStart + statement.KeywordLength)
        {
            return (null, "'" + analysis.Text.Substring(statement.KeywordStart, statement.KeywordLength) + "' is a keyword of the language; only unit, group, section, task, item and tag names can be renamed.");
        }

        return (null, "Only unit, group, section, task, item and tag names can be renamed.");
    }

    /// <summary>
    /// Renames one spelling of a name: an id and the references that spell the id, or an alias and the references that
    /// spell the alias. Refused when the new name is not an identifier or is taken in the same name space.
    /// </summary>
    public static (WorkspaceEdit? Edit, string? Refusal) Rename(PlanAnalysis analysis, Position position, string newName)
    {
        var (target, refusal) = RenameTarget(analysis, position);
        if (target is not { } symbol)
        {
            return (null, refusal);
        }

        if (!CharClass.IsIdentifier(newName))
        {
            return (null, "'" + newName + "' is not an identifier: letters, digits and '_', not starting with a digit.");
        }

        if (newName == Keywords.Alias && PlanSymbol.Space(symbol.Kind) == 1)
        {
            return (null, "'alias' cannot name a unit: it introduces a unit's aliases.");
        }

        if (newName != symbol.Spelling && analysis.Symbols.Symbols.Any(s => s.IsDeclaration && s.Spelling == newName && PlanSymbol.Space(s.Kind) == PlanSymbol.Space(symbol.Kind)))
        {
            return (null, "'" + newName + "' is already declared in this plan; renaming to it would make a duplicate (WPL0005).");
        }

        var edits = analysis.Symbols.Occurrences(symbol)
            .Where(s => s.Spelling == symbol.Spelling)
            .Select(s => new TextEdit(analysis.Positions.RangeOf(s.Start, s.Length), newName))
            .ToList();
        return (new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [analysis.Uri] = edits }), null);
    }

    private static PlanSymbol? Navigable(PlanAnalysis analysis, Position position)
        => analysis.Symbols.At(analysis.Positions.OffsetOf(position)) is { } symbol && symbol.Kind != PlanSymbolKind.Plan ? symbol : null;
}
