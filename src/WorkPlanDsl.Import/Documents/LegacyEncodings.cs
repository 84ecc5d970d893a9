using System;
using System.Text;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// The encodings Chinese documents are saved in, strict (a byte that does not belong throws), taken from the code-page
/// provider directly so that no process-wide registration is needed.
/// </summary>
internal static class LegacyEncodings
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static Encoding Utf16LittleEndian { get; } = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);

    public static Encoding Utf16BigEndian { get; } = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);

    public static Encoding Utf32LittleEndian { get; } = new UTF32Encoding(false, false, throwOnInvalidCharacters: true);

    public static Encoding Utf32BigEndian { get; } = new UTF32Encoding(true, false, throwOnInvalidCharacters: true);

    /// <summary>GB18030, the superset of GB2312 and GBK that mainland tools save in.</summary>
    public static Encoding Gb18030 { get; } = CodePage(54936);

    /// <summary>Big5 (code page 950), the traditional-character encoding of Taiwan and Hong Kong documents.</summary>
    public static Encoding Big5 { get; } = CodePage(950);

    /// <summary>
    /// The encoding an HTML page or an XML declaration names, or null when it names none this reader knows. GB2312
    /// and GBK labels read as GB18030, as browsers do: pages labelled gb2312 use GBK characters.
    /// </summary>
    public static Encoding? ByLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8":
            case "utf8":
                return Utf8;
            case "gb2312":
            case "gbk":
            case "gb18030":
            case "x-gbk":
            case "cp936":
            case "euc-cn":
                return Gb18030;
            case "big5":
            case "big5-hkscs":
            case "cp950":
                return Big5;
            case "utf-16":
            case "utf-16le":
                return Utf16LittleEndian;
            case "utf-16be":
                return Utf16BigEndian;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            try
            {
                var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name);
                return encoding is null ? null : CodePage(encoding.CodePage);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }

    private static Encoding CodePage(int codePage)
        => CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("code page " + codePage + " is not available");
}
