using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Cli;

/// <summary>"Did you mean": the names closest to a mistyped one, by edit distance with transpositions.</summary>
internal static class Suggestions
{
    /// <summary>The candidates within a third of the word's length (at least one edit) of it, closest first.</summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates)
    {
        var bare = word.TrimStart('-');
        if (bare.Length < 2)
        {
            // Every one-letter word is one edit from every other: no suggestion is better than a guess.
            return Array.Empty<string>();
        }

        var limit = Math.Max(1, bare.Length / 3);
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(bare.ToLowerInvariant(), c.TrimStart('-').ToLowerInvariant())))
            .Where(c => c.Distance <= limit || (bare.Length >= 3 && c.Name.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return scored.Count == 0 ? Array.Empty<string>() : scored.Where(c => c.Distance == scored[0].Distance).Select(c => c.Name).ToArray();
    }

    /// <summary>" Did you mean 'export'?", or nothing when no candidate is close.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var closest = Closest(word, candidates);
        return closest.Count == 0 ? string.Empty : " Did you mean " + string.Join(" or ", closest.Select(c => "'" + c + "'")) + "?";
    }

    // Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours each cost one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
