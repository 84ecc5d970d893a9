using System.Text;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>Whether a plan's bytes on disk are UTF-8, and if not the first line that is not: WPL0012, as the build says it.</summary>
internal static class Utf8Validity
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>The 0-based line of the first byte that is not UTF-8, or null when the bytes are UTF-8 (a BOM allowed).</summary>
    public static int? FirstInvalidLine(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var line = 0;
        var lineStart = start;
        for (var i = start; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            try
            {
                StrictUtf8.GetCharCount(bytes, lineStart, i - lineStart);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            line++;
            lineStart = i + 1;
        }

        return null;
    }
}
