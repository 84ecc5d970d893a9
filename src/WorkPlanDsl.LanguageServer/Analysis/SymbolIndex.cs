using System.Collections.Generic;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// Every name written in a plan file, in file order, read from the parser's statements and resolved the way the binder
/// resolves them: a unit's id and aliases name it, the first declaration of a name wins.
/// </summary>
internal sealed class SymbolIndex
{
    private readonly List<PlanSymbol> _symbols = new();

    private SymbolIndex()
    {
    }

    public IReadOnlyList<PlanSymbol> Symbols => _symbols;

    /// <summary>Unit and group names (ids and aliases) to the declared unit's id and kind.</summary>
    public Dictionary<string, (string Id, PlanSymbolKind Kind)> UnitNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The declaration of each unit and group id (the first, where a name is declared twice).</summary>
    public Dictionary<string, StatementSyntax> UnitDeclarations { get; } = new(System.StringComparer.Ordinal);

    public static SymbolIndex Build(PlanSyntaxTree tree)
    {
        var index = new SymbolIndex();
        foreach (var statement in tree.Statements)
        {
            if (statement.Kind is StatementKind.Unit or StatementKind.Group && statement.Name is { } id && !index.UnitNames.ContainsKey(id.Value))
            {
                var kind = statement.Kind == StatementKind.Unit ? PlanSymbolKind.Unit : PlanSymbolKind.Group;
                index.UnitNames.Add(id.Value, (id.Value, kind));
                index.UnitDeclarations.Add(id.Value, statement);
                foreach (var alias in statement.List)
                {
                    if (!index.UnitNames.ContainsKey(alias.Value))
                    {
                        index.UnitNames.Add(alias.Value, (id.Value, kind));
                    }
                }
            }
        }

        foreach (var statement in tree.Statements)
        {
            index.Add(statement);
        }

        return index;
    }

    /// <summary>The name at <paramref name="offset"/>, a cursor just after a name included.</summary>
    public PlanSymbol? At(int offset)
    {
        int low = 0, high = _symbols.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_symbols[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && offset <= _symbols[found].End ? _symbols[found] : null;
    }

    /// <summary>The names written between two offsets (a line, say), found without walking the whole file.</summary>
    public IEnumerable<PlanSymbol> Between(int start, int end)
    {
        int low = 0, high = _symbols.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_symbols[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < _symbols.Count && _symbols[i].End <= end; i++)
        {
            yield return _symbols[i];
        }
    }

    public IEnumerable<PlanSymbol> Occurrences(PlanSymbol symbol)
    {
        foreach (var candidate in _symbols)
        {
            if (candidate.SameSymbol(symbol))
            {
                yield return candidate;
            }
        }
    }

    private void Add(StatementSyntax statement)
    {
        switch (statement.Kind)
        {
            case StatementKind.Plan when statement.Name is { } name:
                Add(name, PlanSymbolKind.Plan, name.Value, true);
                break;
            case StatementKind.Unit or StatementKind.Group when statement.Name is { } id:
                var kind = statement.Kind == StatementKind.Unit ? PlanSymbolKind.Unit : PlanSymbolKind.Group;
                Add(id, kind, id.Value, true);
                foreach (var alias in statement.List)
                {
                    Add(alias, kind, id.Value, true);
                }

                break;
            case StatementKind.Section when statement.Name is { } section:
                Add(section, PlanSymbolKind.Section, section.Value, true);
                break;
            case StatementKind.Task when statement.Name is { } task:
                Add(task, PlanSymbolKind.Task, task.Value, true);
                break;
            case StatementKind.Item when statement.Name is { } item:
                Add(item, PlanSymbolKind.Item, item.Value, true);
                break;
            case StatementKind.Lead or StatementKind.Support:
                foreach (var reference in statement.List)
                {
                    if (UnitNames.TryGetValue(reference.Value, out var unit))
                    {
                        Add(reference, unit.Kind, unit.Id, false);
                    }
                    else
                    {
                        Add(reference, PlanSymbolKind.UnknownUnit, reference.Value, false);
                    }
                }

                break;
            case StatementKind.Tag:
                foreach (var tag in statement.List)
                {
                    Add(tag, PlanSymbolKind.Tag, tag.Value, false);
                }

                break;
        }
    }

    private void Add(SyntaxToken token, PlanSymbolKind kind, string key, bool declaration)
        => _symbols.Add(new PlanSymbol(token.Start, token.Length, kind, key, token.Value, declaration));
}
