using System.Text;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// An HTML page's bytes as text: a byte-order mark decides, then the page's own <c>&lt;meta charset&gt;</c> (or the
/// <c>http-equiv</c> form; gb2312 and gbk pages are common on government sites), then the text decoder's guess.
/// </summary>
internal static class HtmlCharset
{
    private static readonly Regex MetaCharset = new(
        @"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static DecodedText Decode(byte[] bytes)
    {
        if (TextDecoder.StartsWith(bytes, 0xEF, 0xBB, 0xBF) || TextDecoder.StartsWith(bytes, 0xFF, 0xFE) || TextDecoder.StartsWith(bytes, 0xFE, 0xFF))
        {
            return TextDecoder.Decode(bytes);
        }

        var head = Latin1(bytes, 4096);
        var match = MetaCharset.Match(head);
        if (match.Success && LegacyEncodings.ByLabel(match.Groups[1].Value) is { } declared && declared.CodePage != 1200 && declared.CodePage != 1201)
        {
            try
            {
                return new DecodedText(declared.GetString(bytes), match.Groups[1].Value, null, null);
            }
            catch (DecoderFallbackException)
            {
                var guess = TextDecoder.Decode(bytes);
                var why = "the page says charset=" + match.Groups[1].Value + ", but its bytes are not " + match.Groups[1].Value;
                return guess.Text is null
                    ? guess
                    : guess with { Note = new ImportNote(1, NoteSeverity.Warning, why + "; " + (guess.Note?.Message ?? "read as " + guess.Encoding)) };
            }
        }

        return TextDecoder.Decode(bytes);
    }

    /// <summary>The first bytes as Latin-1: ASCII markup reads the same whatever the page's encoding (UTF-16 aside).</summary>
    public static string Latin1(byte[] bytes, int length)
    {
        var count = System.Math.Min(bytes.Length, length);
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }
}
