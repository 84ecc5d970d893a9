using System.Globalization;
using System.Text;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>How values are written in WPlan source, so that reading them back gives the same value.</summary>
public static class PlanText
{
    /// <summary>
    /// A string literal: quotes, backslashes and every character that is not printable are escaped (controls, format
    /// characters such as U+200B and U+FEFF, line and paragraph separators, unassigned code points, and lone
    /// surrogates, which UTF-8 cannot hold at all), so the literal reads back as the same string from a UTF-8 file.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (IsPrintable(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    Escape(builder, c);
                    Escape(builder, value[i + 1]);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsSurrogate(c) || !IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c)))
                    {
                        Escape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static StringBuilder Escape(StringBuilder builder, char c)
        => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static bool IsPrintable(UnicodeCategory category) => category is not (UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate);
}
