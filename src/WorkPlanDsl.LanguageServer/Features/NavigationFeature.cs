using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// Go to definition, find references, highlights and rename for unit, group, section, task and item ids. A plan's names
/// are its own (a unit of one plan is not another plan's unit of the same name), so these stay inside the document.
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

    public static IReadOnlyList<Location> References(PlanAnalysis analysis, Position position, bool includeDeclaration)
    {
        if (Navigable(analysis, position) is not { } symbol)
        {
            return System.Array.Empty<Location>();
        }

        return analysis.Symbols.Occurrences(symbol)
            .Where(s => includeDeclaration || !s.IsDeclaration)
            .Select(s => new Location(analysis.Uri, analysis.Positions.RangeOf(s.Start, s.Length)))
            .ToList();
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
