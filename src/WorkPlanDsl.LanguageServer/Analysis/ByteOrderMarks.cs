using System.IO;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// The one thing about a plan's encoding the editor's text does not show: a UTF-16 or UTF-32 byte order mark on disk,
/// which the build reports as WPL0012 although the text reads well. Bytes that are not UTF-8 show in the text as
/// U+FFFD, and <see cref="Language.Text.EncodingCheck"/> finds them there, as the build does.
/// </summary>
internal static class ByteOrderMarks
{
    /// <summary>The name <c>workplan check</c> gives the file's byte order mark when it is not UTF-8's, else null.</summary>
    public static string? Foreign(string path)
    {
        var b = new byte[4];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.Read(b, 0, 4);
        }

        return read switch
        {
            >= 4 when b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 => "UTF-32",
            >= 4 when b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF => "UTF-32 (big-endian)",
            >= 2 when b[0] == 0xFF && b[1] == 0xFE => "UTF-16",
            >= 2 when b[0] == 0xFE && b[1] == 0xFF => "UTF-16 (big-endian)",
            _ => null,
        };
    }
}
