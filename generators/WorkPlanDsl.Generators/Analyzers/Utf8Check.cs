using System.Text;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// WPL0012 from the text the compiler gives the analyzer. The compiler decodes a file as UTF-8 when it can; otherwise
/// it falls back: on .NET to UTF-8 with U+FFFD for the bad bytes, elsewhere to a legacy code page. A file with a UTF-16
/// or UTF-32 byte order mark is decoded by that mark. Each of these is told apart here.
/// </summary>
internal static class Utf8Check
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PlanDiagnostic? Check(SourceText source, string text)
    {
        var encoding = source.Encoding;
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return EncodingCheck.Check(text, null);
        }

        if (ByteOrderMark(encoding.CodePage) is { } mark)
        {
            return EncodingCheck.Check(text, mark);
        }

        // Every line valid alone, yet the whole was not: a sequence broken across a line break, reported at the first line.
        return EncodingCheck.AtLine(text, FirstInvalidLine(source, encoding) ?? 0);
    }

    /// <summary>The name <c>workplan check</c> gives the same byte order mark.</summary>
    internal static string? ByteOrderMark(int codePage) => codePage switch
    {
        1200 => "UTF-16",
        1201 => "UTF-16 (big-endian)",
        12000 => "UTF-32",
        12001 => "UTF-32 (big-endian)",
        _ => null,
    };

    // A legacy code page: the lines, encoded back, show where the bytes were not UTF-8.
    private static int? FirstInvalidLine(SourceText text, Encoding encoding)
    {
        var lines = new LineMap(text.ToString());
        for (var line = 0; line < lines.LineCount; line++)
        {
            var bytes = encoding.GetBytes(lines.Text.Substring(lines.LineStart(line), lines.LineEnd(line) - lines.LineStart(line)));
            try
            {
                StrictUtf8.GetCharCount(bytes);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }
        }

        return null;
    }
}
