using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace WorkPlanDsl.Generators.Analyzers;

/// <summary>
/// Finds the first line of a plan file that is not UTF-8. The compiler decodes a file as UTF-8 when it can and falls
/// back to another encoding when it cannot, so a text decoded otherwise was not UTF-8; its lines, encoded back, show where.
/// </summary>
internal static class Utf8Check
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The 0-based line of the first byte that is not UTF-8, or null for a UTF-8 (or unknown) file.</summary>
    public static int? FirstInvalidLine(SourceText text)
    {
        var encoding = text.Encoding;
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage || encoding.CodePage == Encoding.Unicode.CodePage
            || encoding.CodePage == Encoding.BigEndianUnicode.CodePage || encoding.CodePage == Encoding.UTF32.CodePage)
        {
            return null;
        }

        foreach (var line in text.Lines)
        {
            var bytes = encoding.GetBytes(line.ToString());
            try
            {
                StrictUtf8.GetCharCount(bytes);
            }
            catch (DecoderFallbackException)
            {
                return line.LineNumber;
            }
        }

        // Every line is valid alone, yet the whole was not: a sequence broken across a line break.
        return 0;
    }
}
