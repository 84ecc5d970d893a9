using System;
using System.Collections.Generic;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Binding;

/// <summary>The declared units and groups of one file; ids and aliases share one name space.</summary>
internal sealed class UnitDirectory
{
    // Edit distance is quadratic: bound the work a hostile file can cause when it asks for suggestions.
    private const int MaxSuggestionLength = 64;
    private int _suggestionBudget = 2_000_000;

    private readonly Dictionary<string, (UnitDraft Unit, int DeclaredAt)> _byName = new(StringComparer.Ordinal);

    private const int MaxSharedListLength = 8;
    private const int MaxSharedLists = 4096;
    private readonly Dictionary<EquatableArray<string>, EquatableArray<string>> _lists = new();

    private readonly BindingWork? _work;

    public UnitDirectory(BindingWork? work = null) => _work = work;

    public List<UnitDraft> Units { get; } = new();

    /// <summary>Declares the name; returns the offset of an earlier declaration of it, if any.</summary>
    public int? TryAdd(string name, UnitDraft unit, int offset)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing.DeclaredAt;
        }

        _byName.Add(name, (unit, offset));
        return null;
    }

    public UnitDraft? Find(string name)
    {
        _work?.Add(1);
        return _byName.TryGetValue(name, out var entry) ? entry.Unit : null;
    }

    /// <summary>
    /// The ids of the units that <paramref name="tokens"/> name, each once, in order. A name that is not declared is
    /// given to <paramref name="unknown"/>; without one, the first such name stops the resolution (false), so that the
    /// list can wait for the declarations further down.
    /// </summary>
    public bool TryResolve(List<SyntaxToken> tokens, System.Action<SyntaxToken>? unknown, out EquatableArray<string> resolved)
    {
        resolved = default;
        if (tokens.Count == 0)
        {
            return true;
        }

        // Most lists name one unit: its one-id list is made once per unit, with no array and no lookup per task.
        if (tokens.Count == 1 && Find(tokens[0].Value) is { } only)
        {
            _work?.Add(1);
            resolved = only.AsList;
            return true;
        }

        // One array at its size; a list of a few names is searched, a long one gets a set, so that a unit named
        // 50,000 times costs 50,000 steps, not 50,000 squared.
        var ids = new string[tokens.Count];
        var count = 0;
        var seen = tokens.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var token in tokens)
        {
            var unit = Find(token.Value);
            if (unit is null)
            {
                if (unknown is null)
                {
                    return false;
                }

                unknown(token);
                continue;
            }

            var id = unit.Id.Value;
            _work?.Add(seen is null ? count + 1 : 1);
            if (seen is not null ? seen.Add(id) : Array.IndexOf(ids, id, 0, count) < 0)
            {
                ids[count++] = id;
            }
        }

        if (count == 0)
        {
            return true;
        }

        if (count < ids.Length)
        {
            Array.Resize(ref ids, count);
        }

        resolved = Shared(new EquatableArray<string>(ids));
        return true;
    }

    /// <summary>
    /// One array for each list of ids that the file repeats: a plan names the same few leads and supports on thousands
    /// of tasks, and the model keeps every list until it is dropped. Arrays are never changed once made, so sharing is
    /// invisible; bounded so that a file of all different lists costs no more than before.
    /// </summary>
    private EquatableArray<string> Shared(EquatableArray<string> ids)
    {
        if (ids.Count > MaxSharedListLength)
        {
            return ids;
        }

        if (_lists.TryGetValue(ids, out var shared))
        {
            return shared;
        }

        if (_lists.Count < MaxSharedLists)
        {
            _lists.Add(ids, ids);
        }

        return ids;
    }

    /// <summary>The declared id or alias nearest to <paramref name="name"/> by edit distance, or null when none is close (<see cref="EditDistance.IsClose"/>).</summary>
    public string? Closest(string name)
    {
        if (name.Length > MaxSuggestionLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in _byName.Keys)
        {
            if (candidate.Length > MaxSuggestionLength || Math.Abs(candidate.Length - name.Length) >= bestDistance)
            {
                continue;
            }

            _suggestionBudget -= (candidate.Length + 1) * (name.Length + 1);
            if (_suggestionBudget < 0)
            {
                return best;
            }

            var distance = EditDistance.Between(name, candidate);
            if (!EditDistance.IsClose(name, candidate, distance))
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}

internal sealed class UnitDraft
{
    public UnitDraft(SyntaxToken id, string? fullName, bool isGroup)
    {
        Id = id;
        FullName = fullName;
        IsGroup = isGroup;
    }

    public SyntaxToken Id { get; }

    public string? FullName { get; }

    public List<string> Aliases { get; } = new();

    public bool IsGroup { get; }

    /// <summary>A list of this unit's id alone, shared by every reference list that names only this unit.</summary>
    public EquatableArray<string> AsList => _asList.IsEmpty ? _asList = new EquatableArray<string>(new[] { Id.Value }) : _asList;

    private EquatableArray<string> _asList;
}
