namespace WorkPlanDsl.Import;

/// <summary>The numbering styles a plan document uses at the start of a paragraph.</summary>
internal enum NumberingKind
{
    None,

    /// <summary><c>一、</c>: sections, or tasks in a document that has nothing below them.</summary>
    Chinese,

    /// <summary><c>(一)</c> or <c>（一）</c>.</summary>
    Parenthesized,

    /// <summary><c>1.</c>, <c>1．</c> or <c>1、</c>.</summary>
    Arabic,

    /// <summary><c>一是</c>: a sub-item.</summary>
    ItemLead,

    /// <summary><c>(1)</c> or <c>（1）</c>: measures, or the tasks where they carry who is accountable.</summary>
    ParenArabic,

    /// <summary><c>①</c>…<c>⑳</c>: as <see cref="ParenArabic"/>.</summary>
    Circled,

    /// <summary>A number that a damaged copy turned into garbage: <c>?。ǘ┓</c> where <c>（二）</c> stood.</summary>
    Damaged,
}

/// <summary>How a paragraph is numbered: the kind, the label as printed, its value and where the body starts.</summary>
internal readonly record struct Numbering(NumberingKind Kind, string Label, int Value, int BodyStart)
{
    public static Numbering None => new(NumberingKind.None, string.Empty, 0, 0);

    public static Numbering Read(SourceLine line)
    {
        var text = line.Folded;
        if (text.Length == 0 || line.Table is not null)
        {
            return None;
        }

        // (一) and （一）
        if (ChineseText.IsOpenParen(text[0]))
        {
            var close = 1;
            while (close < text.Length && close < 6 && ChineseText.IsNumeral(text[close]))
            {
                close++;
            }

            if (close > 1 && close < text.Length && ChineseText.IsCloseParen(text[close]) && ChineseText.ParseNumeral(text.Substring(1, close - 1)) is { } value)
            {
                return new Numbering(NumberingKind.Parenthesized, line.Text.Substring(0, close + 1), value, close + 1);
            }

            var digits = 1;
            while (digits < text.Length && digits < 5 && text[digits] >= '0' && text[digits] <= '9')
            {
                digits++;
            }

            if (digits > 1 && digits < text.Length - 1 && ChineseText.IsCloseParen(text[digits]))
            {
                return new Numbering(NumberingKind.ParenArabic, line.Text.Substring(0, digits + 1), int.Parse(text.Substring(1, digits - 1), System.Globalization.CultureInfo.InvariantCulture), digits + 1);
            }

            return None;
        }

        // ① … ⑳
        if (text[0] >= '\u2460' && text[0] <= '\u2473' && text.Length > 1)
        {
            return new Numbering(NumberingKind.Circled, line.Text.Substring(0, 1), text[0] - '\u2460' + 1, 1);
        }

        // 一、 and 一是
        if (ChineseText.IsNumeral(text[0]))
        {
            var end = 0;
            while (end < text.Length && end < 5 && ChineseText.IsNumeral(text[end]))
            {
                end++;
            }

            if (end < text.Length && ChineseText.ParseNumeral(text.Substring(0, end)) is { } value)
            {
                if (text[end] == '、')
                {
                    return new Numbering(NumberingKind.Chinese, line.Text.Substring(0, end + 1), value, end + 1);
                }

                if (text[end] == '是')
                {
                    return new Numbering(NumberingKind.ItemLead, line.Text.Substring(0, end + 1), value, end + 1);
                }
            }

            return None;
        }

        // 1. 1． 1、 (but not 2020年, 1.5万 or 3.8%)
        if (text[0] >= '0' && text[0] <= '9')
        {
            // Any number of digits (a plan may have 1000 tasks), up to what an int holds.
            var end = 0;
            while (end < text.Length && end < 10 && text[end] >= '0' && text[end] <= '9')
            {
                end++;
            }

            if (end <= 9 && end < text.Length && text[end] is '.' or '．' or '、'
                && (end + 1 >= text.Length || !(text[end + 1] >= '0' && text[end + 1] <= '9')))
            {
                return new Numbering(NumberingKind.Arabic, line.Text.Substring(0, end + 1), int.Parse(text.Substring(0, end), System.Globalization.CultureInfo.InvariantCulture), end + 1);
            }

            return None;
        }

        // A damaged number: replacement or question marks, then misdecoded bytes up to a box-drawing character.
        if (text[0] is '?' or '？' or '\uFFFD')
        {
            for (var i = 1; i < text.Length && i < 8; i++)
            {
                if (ChineseText.IsBoxDrawing(text[i]) || ChineseText.IsCloseParen(text[i]))
                {
                    return new Numbering(NumberingKind.Damaged, line.Text.Substring(0, i + 1), 0, i + 1);
                }
            }
        }

        return None;
    }
}
