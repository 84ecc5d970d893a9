using System.Globalization;
using System.Text;

namespace WorkPlanDsl.Language.Text;

/// <summary>
/// Decimal digits of every script (Unicode category Nd): full-width ５ in Chinese text, Arabic-Indic ٥, Devanagari ५,
/// mathematical 𝟓 (a surrogate pair). .NET's <c>\d</c> matches the ones in the BMP while <c>int.Parse</c> reads only
/// 0-9, so a reader that matches with one and parses with the other throws; readers fold the text to 0-9 first.
/// </summary>
public static class DecimalDigits
{
    /// <summary>The text with every Nd digit replaced by the ASCII digit of the same value; the same string when it has none.</summary>
    public static string ToAscii(string text)
    {
        var first = FirstNonAscii(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (text[i] >= 0x80 && Value(text, i) is var value and >= 0)
            {
                builder.Append((char)('0' + value));
            }
            else
            {
                builder.Append(text, i, width);
            }

            i += width - 1;
        }

        return builder.ToString();
    }

    /// <summary>The value (0-9) of the Nd digit at <paramref name="index"/> (which may start a surrogate pair), or -1.</summary>
    public static int Value(string text, int index)
        => CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.DecimalDigitNumber
            ? CharUnicodeInfo.GetDecimalDigitValue(text, index)
            : -1;

    /// <summary>True when the text holds a decimal digit other than 0-9.</summary>
    public static bool HasNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80 && Value(text, i) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
            {
                return i;
            }
        }

        return -1;
    }
}
