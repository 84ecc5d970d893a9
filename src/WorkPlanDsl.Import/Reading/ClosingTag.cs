namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A 【】 closing a task's line (<c>…严厉查处过期变质食品。【食品安全股】</c>, <c>【A、B】（3月底前）</c>), or a dash
/// (<c>…——县民政局、县财政局</c>): one shape each, so that the document-wide counts
/// (<see cref="Accountability.TagsHoldUnits"/>, <see cref="Accountability.DashesHoldUnits"/>) and the task reader agree on
/// what closes.
/// </summary>
internal static class ClosingTag
{
    /// <summary>
    /// The last 【】 of <paramref name="folded"/> after <paramref name="from"/>, with words before it, no bracket inside,
    /// and nothing after it but a parenthesis that gives nobody a role (the deadline, the official in charge).
    /// </summary>
    public static (int Open, int Close)? Find(string folded, int from)
    {
        var close = folded.LastIndexOf('】');
        var open = close > from ? folded.LastIndexOf('【', close) : -1;
        if (open <= from || close - open > 80 || close - open < 3 || folded.Substring(from, open - from).Trim(' ', '　').Length == 0)
        {
            return null;
        }

        for (var i = open + 1; i < close; i++)
        {
            if (ChineseText.IsOpenParen(folded[i]) || ChineseText.IsCloseParen(folded[i]))
            {
                return null;
            }
        }

        var rest = folded.Substring(close + 1).Trim(' ', '　', '。', '；', ';');
        var closesLine = rest.Length == 0
            || (ChineseText.IsOpenParen(rest[0]) && ChineseText.IsCloseParen(rest[rest.Length - 1])
                && rest.Substring(1, rest.Length - 2).IndexOfAny(Parens) < 0
                && !RoleWords.HasRole(rest, Role.Lead, Role.Support, Role.Accountable, Role.Together, Role.Implementer));
        return closesLine ? (open, close) : null;
    }

    /// <summary>
    /// A dash closing a task's line with bodies after it, after its last sentence (<c>…及时纳入救助范围。——县民政局、县乡村振兴服务中心</c>):
    /// where the dash's words start and where they end (a closing stop left out), or null where no dash closes the line so.
    /// </summary>
    public static (int Open, int Close)? FindDash(string folded, int from)
    {
        // After the task's last sentence (…纳入救助范围。——A、B), not inside one: 新建学校3所——县第一中学、… names what is built,
        // 重点支持两家医院——A、B whom the work is for.
        // A bracket or a semicolon before the dash is still inside the sentence (新建学校3所（2025年底前完工）——A、B; 重点建设
        // 两家医院；——A、B), unless a full stop closed the sentence before the bracket (…范围。（长期）——A、B).
        var dash = folded.LastIndexOf("——", System.StringComparison.Ordinal);
        var before = dash > from ? folded.Substring(from, dash - from).TrimEnd(' ', '　') : string.Empty;
        if (before.Length > 0 && ChineseText.IsCloseParen(before[before.Length - 1]))
        {
            var open = before.LastIndexOfAny(new[] { '（', '(' });
            before = open > 0 ? before.Substring(0, open).TrimEnd(' ', '　') : string.Empty;
        }

        if (before.Length == 0 || "。！？!?".IndexOf(before[before.Length - 1]) < 0)
        {
            return null;
        }

        var close = folded.Length;
        while (close > dash + 2 && folded[close - 1] is ' ' or '　' or '。' or '；' or ';')
        {
            close--;
        }

        return close - dash - 2 is >= 2 and <= 80 && folded.IndexOf('—', dash + 2, close - dash - 2) < 0 ? (dash + 1, close) : null;
    }

    private static readonly char[] Parens = { '(', '（', '〔', ')', '）', '〕' };
}
