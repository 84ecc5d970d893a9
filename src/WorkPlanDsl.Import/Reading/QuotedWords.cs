using System.Text;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Words the document quotes are not its own statement: a title (《关于明确由县住建局牵头负责老旧小区改造的通知》), a
/// practice cited from elsewhere (参照省里"排名第一的为牵头单位"的做法). Where a quote holds role words, they are blanked
/// out before rules and role clauses are read, so that they give no lead and state no rule; a quote without role words
/// (标“★”的为牵头单位, 县"扫黄打非"办公室) is kept, since it may be a sign or part of a name.
/// </summary>
internal static class QuotedWords
{
    private const char Blank = '□';

    // Opening and closing marks, pairwise; the straight " closes itself.
    private const string Opens = "《“「『\"";
    private const string Closes = "》”」』\"";

    /// <summary>The (folded) text, as long as it was, with the inside of every quote holding role words blanked out.</summary>
    public static string Blanked(string folded)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < folded.Length; i++)
        {
            var kind = Opens.IndexOf(folded[i]);
            if (kind < 0)
            {
                continue;
            }

            var close = folded.IndexOf(Closes[kind], i + 1);
            if (close < 0)
            {
                continue;
            }

            var inside = folded.Substring(i + 1, close - i - 1);
            if (RoleWords.HasRole(inside) || inside.Contains("牵头"))
            {
                builder ??= new StringBuilder(folded);
                for (var j = i + 1; j < close; j++)
                {
                    builder[j] = Blank;
                }
            }

            i = close;
        }

        return builder?.ToString() ?? folded;
    }
}
