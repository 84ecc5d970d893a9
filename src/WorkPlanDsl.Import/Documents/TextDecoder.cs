using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WorkPlanDsl.Import.Documents;

/// <summary>Text decoded from a document's bytes, what the decoder has to say about how, or why it is not text.</summary>
internal sealed record DecodedText(string? Text, string Encoding, ImportNote? Note, string? Error);

/// <summary>
/// Reads a document's bytes as text. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); without one, NUL
/// bytes on every other byte are UTF-16, valid UTF-8 is UTF-8, and anything else is decoded as GB18030 and as Big5 and
/// judged by how much of each reads as the common characters of Chinese documents. Every guess is said in a note, a
/// warning where the guess is not sure, so that a wrong one never passes silently as mojibake.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Enough characters to judge a guess; the rest of a large file is only decoded.</summary>
    private const int SampleLength = 200_000;

    /// <summary>Fewer Han characters than this are too few to tell GB18030 from Big5 with confidence.</summary>
    private const int ConfidentHanCount = 20;

    public static DecodedText Decode(byte[] bytes)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return Strict(bytes, 3, LegacyEncodings.Utf8, "UTF-8");
        }

        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
        {
            return Strict(bytes, 4, LegacyEncodings.Utf32LittleEndian, "UTF-32 LE");
        }

        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF))
        {
            return Strict(bytes, 4, LegacyEncodings.Utf32BigEndian, "UTF-32 BE");
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return Strict(bytes, 2, LegacyEncodings.Utf16LittleEndian, "UTF-16 LE");
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return Strict(bytes, 2, LegacyEncodings.Utf16BigEndian, "UTF-16 BE");
        }

        var (evenNuls, oddNuls) = CountNuls(bytes);
        if (evenNuls + oddNuls > 0)
        {
            return WithoutBomUtf16(bytes, evenNuls, oddNuls);
        }

        if (TryDecode(bytes, LegacyEncodings.Utf8) is { } utf8)
        {
            return new DecodedText(utf8, "UTF-8", null, null);
        }

        // A UTF-8 file with a few damaged bytes is still UTF-8: read as a legacy code page it would be all mojibake.
        var lenient = new UTF8Encoding(false, false).GetString(bytes);
        var damaged = Count(lenient, '\uFFFD') - CountTriples(bytes, 0xEF, 0xBF, 0xBD);
        var multiByte = 0;
        foreach (var c in lenient)
        {
            multiByte += c >= '\u0080' && c != '\uFFFD' ? 1 : 0;
        }

        if (damaged > 0 && multiByte >= damaged * 20)
        {
            return WithReplacements(lenient, "UTF-8", damaged);
        }

        return Legacy(bytes);
    }

    private static DecodedText Strict(byte[] bytes, int start, Encoding encoding, string name)
    {
        if (TryDecode(bytes, encoding, start) is { } text)
        {
            return new DecodedText(text, name, null, null);
        }

        // The byte-order mark says what the text is; a few bad sequences (a lone surrogate, a cut character) do not
        // make it something else.
        var lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
            .GetString(bytes, start, bytes.Length - start);
        var damaged = Count(lenient, '\uFFFD');
        if (damaged <= Math.Max(3, lenient.Length / 100))
        {
            return WithReplacements(lenient, name, damaged);
        }

        return Refused("it starts with a " + name + " byte-order mark, but its bytes are not " + name);
    }

    private static DecodedText WithReplacements(string text, string name, int damaged)
    {
        var first = text.IndexOf('\uFFFD');
        var line = 1;
        for (var i = 0; i < first; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        var message = "read as " + name + ", but " + damaged.ToString(CultureInfo.InvariantCulture) + " of its byte sequences are not valid "
            + name + " and are read as U+FFFD '\uFFFD' (the first at line " + line.ToString(CultureInfo.InvariantCulture) + ")";
        return new DecodedText(text, name, new ImportNote(line, NoteSeverity.Warning, message), null);
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        foreach (var x in text)
        {
            count += x == c ? 1 : 0;
        }

        return count;
    }

    private static int CountTriples(byte[] bytes, byte a, byte b, byte c)
    {
        var count = 0;
        for (var i = 0; i + 2 < bytes.Length; i++)
        {
            count += bytes[i] == a && bytes[i + 1] == b && bytes[i + 2] == c ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: the high byte of every ASCII character (line breaks, digits, punctuation) is
    /// NUL, so the NULs fall on odd bytes (little-endian) or even bytes (big-endian) and hardly ever on the other.
    /// </summary>
    private static DecodedText WithoutBomUtf16(byte[] bytes, int evenNuls, int oddNuls)
    {
        var units = bytes.Length / 2;
        var (onParity, offParity, encoding, name) = oddNuls >= evenNuls
            ? (oddNuls, evenNuls, LegacyEncodings.Utf16LittleEndian, "UTF-16 LE")
            : (evenNuls, oddNuls, LegacyEncodings.Utf16BigEndian, "UTF-16 BE");
        if (bytes.Length % 2 == 0 && onParity >= Math.Max(1, units / 100) && offParity * 4 <= onParity
            && TryDecode(bytes, encoding) is { } text && Plausible(text))
        {
            var because = "it has no byte-order mark, and its NUL bytes fall on every other byte ("
                + onParity.ToString(CultureInfo.InvariantCulture) + " of its " + (evenNuls + oddNuls).ToString(CultureInfo.InvariantCulture) + " NUL bytes are "
                + (encoding == LegacyEncodings.Utf16LittleEndian ? "odd" : "even") + " bytes)";
            return new DecodedText(text, name, new ImportNote(1, NoteSeverity.Note, "read as " + name + ": " + because), null);
        }

        return Refused("it holds NUL bytes, as binary files do, and is not UTF-16 text");
    }

    /// <summary>Not UTF-8: the code pages Chinese documents are saved in, each judged by the text it gives.</summary>
    private static DecodedText Legacy(byte[] bytes)
    {
        var candidates = new List<(string Name, string Text, double Score)>();
        Try("GB18030", LegacyEncodings.Gb18030);
        Try("Big5", LegacyEncodings.Big5);
        if (bytes.Length % 2 == 0)
        {
            // Chinese UTF-16 with no ASCII at all has no NUL bytes to betray it.
            Try("UTF-16 LE", LegacyEncodings.Utf16LittleEndian);
            Try("UTF-16 BE", LegacyEncodings.Utf16BigEndian);
        }

        if (candidates.Count == 0)
        {
            return Refused("its bytes are not UTF-8, UTF-16, GB18030 or Big5 text");
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var best = candidates[0];
        var runnerUp = candidates.Count > 1 ? candidates[1] : default;
        var hanCount = CountHan(best.Text);
        var share = Percent(best.Score);
        var confident = hanCount >= ConfidentHanCount && best.Score >= 0.5 && (runnerUp.Name is null || runnerUp.Score * 2 <= best.Score);
        string because;
        if (runnerUp.Name is null)
        {
            because = "it is not UTF-8, and only " + best.Name + " decodes it (" + share + " of its Chinese characters are common ones)";
        }
        else
        {
            because = "it is not UTF-8; read as " + best.Name + ", " + share + " of its Chinese characters are common ones, read as "
                + runnerUp.Name + " " + Percent(runnerUp.Score);
        }

        var note = confident
            ? new ImportNote(1, NoteSeverity.Note, "read as " + best.Name + ": " + because)
            : new ImportNote(1, NoteSeverity.Warning, "the encoding is a guess: read as " + best.Name + ", but " + because
                + (hanCount < ConfidentHanCount ? ", over only " + hanCount.ToString(CultureInfo.InvariantCulture) + " Chinese characters" : string.Empty)
                + "; if the text is garbled, save the document as UTF-8 and import it again");
        return new DecodedText(best.Text, best.Name, note, null);

        void Try(string name, Encoding encoding)
        {
            if (TryDecode(bytes, encoding) is { } text && Plausible(text))
            {
                candidates.Add((name, text, Score(text)));
            }
        }
    }

    private static DecodedText Refused(string why) => new(null, string.Empty, null, "not a text document: " + why);

    private static string? TryDecode(byte[] bytes, Encoding encoding, int start = 0)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Random bytes decode in a multi-byte code page too, into controls, private-use and rare characters; a document
    /// is almost all ordinary text.
    /// </summary>
    internal static bool Plausible(string text)
    {
        var length = Math.Min(text.Length, SampleLength);
        if (length == 0)
        {
            return true;
        }

        var ordinary = 0;
        for (var i = 0; i < length; i++)
        {
            if (IsOrdinary(text[i]))
            {
                ordinary++;
            }
        }

        return ordinary >= length * 0.95;
    }

    private static bool IsOrdinary(char c)
        => c is '\t' or '\n' or '\r' or '\f'
            || (c >= ' ' && c < '\u007F')
            || (c >= '\u00A0' && c <= '\u00FF')
            || (c >= '\u2000' && c <= '\u206F')
            || (c >= '\u2150' && c <= '\u22FF')
            || (c >= '\u2460' && c <= '\u26FF')
            || (c >= '\u3000' && c <= '\u303F')
            || (c >= '\u3200' && c <= '\u32FF')
            || (c >= '\u4E00' && c <= '\u9FFF')
            || (c >= '\uFE30' && c <= '\uFE6F')
            || (c >= '\uFF00' && c <= '\uFFEF');

    /// <summary>The share of the Han characters (folded to simplified) that are common in documents.</summary>
    private static double Score(string text)
    {
        var length = Math.Min(text.Length, SampleLength);
        var folded = ChineseText.Fold(text.Substring(0, length));
        var han = 0;
        var frequent = 0;
        foreach (var c in folded)
        {
            if (c >= '\u4E00' && c <= '\u9FFF')
            {
                han++;
                if (FrequentHan.Contains(c))
                {
                    frequent++;
                }
            }
        }

        return han == 0 ? 0 : (double)frequent / han;
    }

    private static int CountHan(string text)
    {
        var count = 0;
        var length = Math.Min(text.Length, SampleLength);
        for (var i = 0; i < length; i++)
        {
            if (text[i] >= '\u4E00' && text[i] <= '\u9FFF')
            {
                count++;
            }
        }

        return count;
    }

    private static (int Even, int Odd) CountNuls(byte[] bytes)
    {
        var even = 0;
        var odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        return (even, odd);
    }

    private static string Percent(double share) => ((int)Math.Round(share * 100)).ToString(CultureInfo.InvariantCulture) + "%";

    internal static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
