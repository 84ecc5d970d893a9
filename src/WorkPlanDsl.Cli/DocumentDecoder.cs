using System;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Cli;

/// <summary>
/// Reads a document's bytes as text: UTF-8 (with or without a BOM), else GB18030, the encoding Chinese-locale tools
/// save in. Bytes that are neither, or that hold NUL bytes, are not a text document.
/// </summary>
internal static class DocumentDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static (string? Text, string? EncodingNote, string? Error) Decode(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, null, "not a text document: it holds NUL bytes");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null, null);
        }
        catch (DecoderFallbackException)
        {
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string text;
        try
        {
            text = gb.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, null, "not a text document: neither UTF-8 nor GB18030");
        }

        // Random bytes decode as GB18030 too, into rare characters and controls; a real document is mostly common text.
        var plausible = text.Count(c => c is '\n' or '\r' or '\t' || (c >= ' ' && c < 0x7F) || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c is '“' or '”' or '‘' or '’' or '…' or '—');
        if (text.Length == 0 || plausible < text.Length * 0.95)
        {
            return (null, null, "not a text document: neither UTF-8 nor GB18030");
        }

        return (text, "the document is not UTF-8; read as GB18030", null);
    }
}
