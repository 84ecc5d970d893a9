using System.Globalization;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>The character classes of the lexical rules.</summary>
public static class CharClass
{
    /// <summary>Letters (Lu Ll Lt Lm Lo Nl), decimal digits (Nd) and '_' make identifiers; <paramref name="index"/> may start a surrogate pair.</summary>
    public static bool IsIdentifierPart(string text, int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }

        // The CJK ideographs of Unicode 1.1 (一 to 龥), letters (Lo) in every version of the runtime's tables: most
        // of a Chinese plan's names, answered without the category lookup.
        if (c >= '\u4E00' && c <= '\u9FA5')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return IsLetter(category) || category == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>An identifier part that is not a decimal digit: the category is asked for once.</summary>
    public static bool IsIdentifierStart(string text, int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        return (c >= '\u4E00' && c <= '\u9FA5') || IsLetter(CharUnicodeInfo.GetUnicodeCategory(text, index));
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    /// <summary>True when the whole string is one identifier.</summary>
    public static bool IsIdentifier(string value)
    {
        if (value.Length == 0 || !IsIdentifierStart(value, 0))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i += CharWidth(value, i))
        {
            if (!IsIdentifierPart(value, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>1, or 2 where a well-formed surrogate pair starts at <paramref name="index"/>.</summary>
    public static int CharWidth(string text, int index)
        => char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    public static bool IsListSeparator(char c) => c is ',' or '，' or '、';

    public static bool IsDigit(char c) => c >= '0' && c <= '9';
}
