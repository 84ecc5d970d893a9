using System.Globalization;
using System.Text;

namespace WorkPlanDsl.Import.Documents;

/// <summary>A list counter printed in one of Word's number formats (<c>w:numFmt</c>), as Word prints it.</summary>
internal static class NumberText
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string format)
    {
        switch (format)
        {
            case "none":
                return string.Empty;
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return FullWidth(Decimal(value));
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : Decimal(value);
            case "decimalEnclosedParen":
                return value is >= 1 and <= 20 ? ((char)('\u2474' + value - 1)).ToString() : "(" + Decimal(value) + ")";
            case "decimalEnclosedFullstop":
                return value is >= 1 and <= 20 ? ((char)('\u2488' + value - 1)).ToString() : Decimal(value) + ".";
            case "upperRoman":
                return Roman(value);
            case "lowerRoman":
                return Roman(value).ToLowerInvariant();
            case "upperLetter":
                return Letters(value, 'A');
            case "lowerLetter":
                return Letters(value, 'a');
            case "chineseCounting":
            case "taiwaneseCounting":
            case "japaneseCounting":
                // Word writes 1…99 as 一…九十九 and larger numbers digit by digit (一〇〇).
                return value is >= 1 and <= 99 ? Counting(value, ChineseDigits, '十', '百', '千') : Digits(value, ChineseDigits);
            case "chineseCountingThousand":
            case "taiwaneseCountingThousand":
                return Counting(value, ChineseDigits, '十', '百', '千');
            case "chineseLegalSimplified":
                return Counting(value, LegalDigits, '拾', '佰', '仟', legal: true);
            case "ideographLegalTraditional":
                return Counting(value, "零壹貳參肆伍陸柒捌玖", '拾', '佰', '仟', legal: true);
            case "ideographTraditional":
                return value is >= 1 and <= 10 ? HeavenlyStems[value - 1].ToString() : Decimal(value);
            case "ideographZodiac":
                return value is >= 1 and <= 12 ? EarthlyBranches[value - 1].ToString() : Decimal(value);
            case "ideographDigital":
            case "taiwaneseDigital":
            case "japaneseDigitalTenThousand":
                return Digits(value, ChineseDigits);
            case "ideographEnclosedCircle":
                return value is >= 1 and <= 10 ? ((char)('\u3280' + value - 1)).ToString() : Decimal(value);
            default:
                // decimal, and the formats with no Chinese use (ordinal, cardinalText, hebrew1…) that Word falls back from.
                return Decimal(value);
        }
    }

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c);
        }

        return builder.ToString();
    }

    private static string Digits(int value, string digits)
    {
        if (value < 0)
        {
            return Decimal(value);
        }

        var builder = new StringBuilder();
        foreach (var c in Decimal(value))
        {
            builder.Append(digits[c - '0']);
        }

        return builder.ToString();
    }

    /// <summary>一, 十, 十一, 二十, 一百零五, 一千零一十: the counting form up to 9999 (then digit by digit).</summary>
    private static string Counting(int value, string digits, char ten, char hundred, char thousand, bool legal = false)
    {
        if (value <= 0 || value > 9999)
        {
            return value == 0 ? digits[0].ToString() : Digits(value, digits);
        }

        var units = new[] { thousand, hundred, ten };
        var builder = new StringBuilder();
        var divisor = 1000;
        var pendingZero = false;
        for (var i = 0; i < 4; i++, divisor /= 10)
        {
            var digit = value / divisor % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append('零');
                pendingZero = false;
            }

            // 十一 rather than 一十一 when ten is the leading unit (壹拾壹 in the legal form keeps it).
            if (!(i == 2 && digit == 1 && builder.Length == 0 && !legal))
            {
                builder.Append(digits[digit]);
            }

            if (i < 3)
            {
                builder.Append(units[i]);
            }
        }

        return builder.ToString();
    }

    private static string Roman(int value)
    {
        if (value <= 0 || value >= 4000)
        {
            return Decimal(value);
        }

        var numerals = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var builder = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                builder.Append(numeral);
                value -= amount;
            }
        }

        return builder.ToString();
    }

    /// <summary>A…Z, then AA…ZZ, AAA…: Word repeats the letter.</summary>
    private static string Letters(int value, char first)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        return new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);
    }
}
