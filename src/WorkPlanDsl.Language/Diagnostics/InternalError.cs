using System;

namespace WorkPlanDsl.Language.Diagnostics;

/// <summary>What WPL0020 says of a failure: the exception's type and message, on one line and bounded.</summary>
public static class InternalError
{
    private const int MaxLength = 300;

    public static string Describe(Exception exception)
    {
        var text = exception.GetType().FullName + ": " + exception.Message;
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var c in text)
        {
            if (builder.Length == MaxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }
}
