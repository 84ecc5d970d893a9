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

        return CharUnicodeInfo.GetUnicodeCategory(text, index) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }

    public static bool IsIdentifierStart(string text, int index)
        => IsIdentifierPart(text, index) && CharUnicodeInfo.GetUnicodeCategory(text, index) != UnicodeCategory.DecimalDigitNumber;

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
