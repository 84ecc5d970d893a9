using System.Globalization;
using System.Text;

namespace WorkPlanDsl.Generators.Emit;

/// <summary>Plan text as C# literals and XML doc text, safe whatever characters it holds.</summary>
internal static class CSharpLiterals
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsPairStart(value, i))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
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

    /// <summary>Text for an XML doc comment line: markup characters as entities, characters XML or a comment cannot hold as <c>\uXXXX</c>.</summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (IsPairStart(value, i))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c) || c is '\uFFFE' or '\uFFFF')
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

        return builder.ToString();
    }

    public static string Decimal(string number) => number + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsPairStart(string value, int i)
        => char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);

    // Control characters, lone surrogates and the characters C# takes as line breaks.
    private static bool NeedsEscape(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029';

    private static void Escape(StringBuilder builder, char c)
        => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
