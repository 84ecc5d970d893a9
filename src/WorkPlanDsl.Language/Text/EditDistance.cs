using System;

namespace WorkPlanDsl.Language.Text;

/// <summary>Levenshtein distance, and the rule for when a name is close enough to another to suggest it.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// A suggestion is made only when at most half of the longer name had to change (教研 for 教研室, leed for lead), or
    /// one name, of two characters or more, is part of the other (信息中心 in 卫生信息中心); 人事科 for 教研室, every
    /// character different, is no suggestion: none beats a wrong one.
    /// </summary>
    public static bool IsClose(string name, string candidate, int distance)
        => distance * 2 <= Math.Max(name.Length, candidate.Length)
            || (Math.Min(name.Length, candidate.Length) >= 2 && (candidate.IndexOf(name, StringComparison.Ordinal) >= 0 || name.IndexOf(candidate, StringComparison.Ordinal) >= 0));
}
