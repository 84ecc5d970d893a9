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

    private readonly Dictionary<string, (UnitDraft Unit, int DeclaredAt)> _byName;

    private const int MaxSharedListLength = 8;
    private const int MaxSharedLists = 4096;

    // Made with the first list of two or more ids.
    private string[]?[]? _lists;
    private int _listCount;

    private readonly BindingWork? _work;

    /// <param name="declarations">How many units and groups the file may declare (the aliases come on top).</param>
    /// <param name="work">Counts the steps of the inner loops, for the tests of linear growth.</param>
    public UnitDirectory(int declarations = 0, BindingWork? work = null)
    {
        _work = work;
        _byName = new Dictionary<string, (UnitDraft Unit, int DeclaredAt)>(declarations, StringComparer.Ordinal);
        Units = new List<UnitDraft>(declarations);
    }

    public List<UnitDraft> Units { get; }

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

        // Read into a buffer used again for every list: a list the file repeats is looked up in the shared lists by
        // its ids and costs no array; only a new one is copied out at its size. A list of a few names is searched, a
        // long one gets a set, so that a unit named 50,000 times costs 50,000 steps, not 50,000 squared.
        if (_scratch.Length < tokens.Count)
        {
            _scratch = new string[Math.Max(tokens.Count, 2 * _scratch.Length)];
        }

        var ids = _scratch;
        var count = 0;
        var seen = tokens.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var token in tokens)
        {
            var unit = Find(token.Value);
            if (unit is null)
            {
                if (unknown is null)
                {
                    Array.Clear(ids, 0, count);
                    return false;
                }

                unknown(token);
                continue;
            }

            var id = unit.Id;
            _work?.Add(seen is null ? count + 1 : 1);
            if (seen is not null ? seen.Add(id) : Array.IndexOf(ids, id, 0, count) < 0)
            {
                ids[count++] = id;
            }
        }

        if (count > 0)
        {
            resolved = Shared(ids, count);
        }

        // The buffer keeps no ids alive.
        Array.Clear(ids, 0, count);
        return true;
    }

    private string[] _scratch = new string[MaxSharedListLength];

    /// <summary>
    /// One array for each list of ids that the file repeats: a plan names the same few leads and supports on thousands
    /// of tasks, and the model keeps every list until it is dropped. Arrays are never changed once made, so sharing is
    /// invisible; bounded so that a file of all different lists costs no more than before.
    /// </summary>
    private EquatableArray<string> Shared(string[] buffer, int count)
    {
        if (count > MaxSharedListLength)
        {
            return new EquatableArray<string>(Copy(buffer, count));
        }

        // An open-addressing table of the arrays themselves (8 bytes a slot, at most three in four used), grown by
        // doubling from a few slots: a real
        // plan repeats few of its lists, and a map presized for every list line cost it more than the sharing saved.
        var slots = _lists ??= new string[]?[32];
        var mask = slots.Length - 1;
        var index = Hash(buffer, count) & mask;
        for (; slots[index] is { } candidate; index = (index + 1) & mask)
        {
            if (SameIds(candidate, buffer, count))
            {
                return new EquatableArray<string>(candidate);
            }
        }

        var ids = Copy(buffer, count);
        if (_listCount < MaxSharedLists)
        {
            slots[index] = ids;
            if (++_listCount * 4 > slots.Length * 3)
            {
                GrowLists();
            }
        }

        return new EquatableArray<string>(ids);
    }

    private void GrowLists()
    {
        var old = _lists!;
        var slots = _lists = new string[]?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var ids in old)
        {
            if (ids is null)
            {
                continue;
            }

            var index = Hash(ids, ids.Length) & mask;
            while (slots[index] is not null)
            {
                index = (index + 1) & mask;
            }

            slots[index] = ids;
        }
    }

    private static bool SameIds(string[] shared, string[] buffer, int count)
    {
        if (shared.Length != count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!ReferenceEquals(shared[i], buffer[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The ids are the declared units' own strings, one for each unit: a list is known by the identity of its strings.
    private static int Hash(string[] ids, int count)
    {
        var hash = count;
        for (var i = 0; i < count; i++)
        {
            hash = unchecked((hash * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(ids[i]));
        }

        return hash & int.MaxValue;
    }

    private static string[] Copy(string[] buffer, int count)
    {
        var ids = new string[count];
        Array.Copy(buffer, ids, count);
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

/// <summary>A declared unit or group: its model, made from its line, and the one list of its id alone.</summary>
internal sealed class UnitDraft
{
    /// <summary>Set once the declaration's aliases are known, before any other line is read.</summary>
    public UnitModel Model { get; set; } = null!;

    public string Id => Model.Id;

    public bool IsGroup => Model.Kind == UnitModelKind.Group;

    /// <summary>A list of this unit's id alone, shared by every reference list that names only this unit.</summary>
    public EquatableArray<string> AsList => _asList.IsEmpty ? _asList = new EquatableArray<string>(new[] { Id }) : _asList;

    private EquatableArray<string> _asList;
}
