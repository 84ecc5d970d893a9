namespace WorkPlanDsl.Import.Documents;

internal enum Signature
{
    /// <summary>No signature: the bytes may be text (plain, HTML, CSV).</summary>
    None,
    Pdf,
    Rtf,

    /// <summary>An OLE compound file: .doc, .xls, .ppt, WPS files, and password-protected .docx/.xlsx.</summary>
    CompoundFile,

    /// <summary>A zip archive: .docx, .xlsx, .odt and others.</summary>
    Zip,

    /// <summary>A binary format that is no document (an image, an archive, a program).</summary>
    Other,
}

/// <summary>What the first bytes of a file say it is, whatever its extension claims.</summary>
internal static class FileSignature
{
    private static readonly (byte[] Magic, string What)[] Others =
    {
        (new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, "a PNG image"),
        (new byte[] { 0xFF, 0xD8, 0xFF }, "a JPEG image"),
        (new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8' }, "a GIF image"),
        (new byte[] { (byte)'B', (byte)'M' }, "a bitmap image"),
        (new byte[] { 0x1F, 0x8B }, "a gzip archive"),
        (new byte[] { (byte)'7', (byte)'z', 0xBC, 0xAF }, "a 7-Zip archive"),
        (new byte[] { (byte)'R', (byte)'a', (byte)'r', (byte)'!' }, "a RAR archive"),
        (new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, "a program (ELF)"),
        (new byte[] { (byte)'M', (byte)'Z' }, "a Windows program"),
    };

    public static Signature Of(byte[] bytes)
    {
        if (Contains(bytes, System.Text.Encoding.ASCII.GetBytes("%PDF-"), 1024))
        {
            return Signature.Pdf;
        }

        if (TextDecoder.StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return Signature.CompoundFile;
        }

        if (TextDecoder.StartsWith(bytes, (byte)'P', (byte)'K', 3, 4) || TextDecoder.StartsWith(bytes, (byte)'P', (byte)'K', 5, 6))
        {
            return Signature.Zip;
        }

        if (TextDecoder.StartsWith(bytes, (byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f'))
        {
            return Signature.Rtf;
        }

        foreach (var (magic, _) in Others)
        {
            if (TextDecoder.StartsWith(bytes, magic) && !(magic.Length == 2 && LooksLikeText(bytes)))
            {
                return Signature.Other;
            }
        }

        return Signature.None;
    }

    public static string Describe(byte[] bytes)
    {
        foreach (var (magic, what) in Others)
        {
            if (TextDecoder.StartsWith(bytes, magic))
            {
                return what;
            }
        }

        return "binary data";
    }

    public static bool Contains(byte[] bytes, byte[] pattern, int within = int.MaxValue)
    {
        var last = System.Math.Min(bytes.Length - pattern.Length, within);
        for (var i = 0; i <= last; i++)
        {
            var j = 0;
            while (j < pattern.Length && bytes[i + j] == pattern[j])
            {
                j++;
            }

            if (j == pattern.Length)
            {
                return true;
            }
        }

        return false;
    }

    // "BM" and "MZ" are two letters a text may start with; the binary formats have NUL bytes right after.
    private static bool LooksLikeText(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length && i < 64; i++)
        {
            if (bytes[i] == 0)
            {
                return false;
            }
        }

        return true;
    }
}
