using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Cli;

/// <summary>One change between two texts: where it starts in the old one (1-based) and its lines, unified-diff style.</summary>
internal sealed record DiffHunk(int OldLine, int OldCount, int NewLine, int NewCount, IReadOnlyList<string> Lines)
{
    public string Header => "@@ -" + OldLine + "," + OldCount + " +" + NewLine + "," + NewCount + " @@";
}

/// <summary>
/// The lines that differ between a file and its formatted self, as unified-diff hunks with context. Common leading
/// and trailing lines are set aside first; what is left is compared by longest common subsequence, or, beyond a size
/// a formatter never produces on real plans, given as one replaced block.
/// </summary>
internal static class LineDiff
{
    private const int Context = 2;
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffHunk> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var edits = Edits(before, after);
        var hunks = new List<DiffHunk>();
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: context before, the changes, and every change whose context touches the last one's.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < edits.Count)
            {
                var nextChange = end;
                while (nextChange < edits.Count && edits[nextChange].Kind == ' ')
                {
                    nextChange++;
                }

                if (nextChange == edits.Count || nextChange - end > 2 * Context)
                {
                    break;
                }

                end = nextChange;
                while (end < edits.Count && edits[end].Kind != ' ')
                {
                    end++;
                }
            }

            var stop = Math.Min(edits.Count, end + Context);
            var slice = edits.Skip(start).Take(stop - start).ToList();
            var oldLine = edits[start].OldIndex + 1;
            var newLine = edits[start].NewIndex + 1;
            hunks.Add(new DiffHunk(
                oldLine,
                slice.Count(e => e.Kind != '+'),
                newLine,
                slice.Count(e => e.Kind != '-'),
                slice.Select(e => e.Kind + e.Text).ToArray()));
            i = stop;
        }

        return hunks;
    }

    /// <summary>The first changed line of a hunk in the old text (1-based), past its leading context.</summary>
    public static int FirstChangedLine(DiffHunk hunk)
    {
        var line = hunk.OldLine;
        foreach (var text in hunk.Lines)
        {
            if (text[0] != ' ')
            {
                return line;
            }

            line++;
        }

        return hunk.OldLine;
    }

    private static List<Edit> Edits(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix && before[before.Count - 1 - suffix] == after[after.Count - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<Edit>();
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(' ', before[k], k, k));
        }

        var oldMiddle = before.Count - prefix - suffix;
        var newMiddle = after.Count - prefix - suffix;
        if ((long)oldMiddle * newMiddle > MaxCells)
        {
            for (var k = 0; k < oldMiddle; k++)
            {
                edits.Add(new Edit('-', before[prefix + k], prefix + k, prefix));
            }

            for (var k = 0; k < newMiddle; k++)
            {
                edits.Add(new Edit('+', after[prefix + k], prefix + oldMiddle, prefix + k));
            }
        }
        else
        {
            Middle(before, after, prefix, oldMiddle, newMiddle, edits);
        }

        for (var k = 0; k < suffix; k++)
        {
            edits.Add(new Edit(' ', before[before.Count - suffix + k], before.Count - suffix + k, after.Count - suffix + k));
        }

        return edits;
    }

    private static void Middle(IReadOnlyList<string> before, IReadOnlyList<string> after, int offset, int n, int m, List<Edit> edits)
    {
        // lengths[i, j]: the longest common subsequence of before[i..] and after[j..] (of the middle parts).
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = before[offset + i] == after[offset + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && before[offset + a] == after[offset + b])
            {
                edits.Add(new Edit(' ', before[offset + a], offset + a, offset + b));
                a++;
                b++;
            }
            else if (a < n && (b == m || lengths[a + 1, b] >= lengths[a, b + 1]))
            {
                edits.Add(new Edit('-', before[offset + a], offset + a, offset + b));
                a++;
            }
            else
            {
                edits.Add(new Edit('+', after[offset + b], offset + a, offset + b));
                b++;
            }
        }
    }

    private readonly record struct Edit(char Kind, string Text, int OldIndex, int NewIndex);
}
