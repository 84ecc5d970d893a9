using System.Globalization;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Language.Text;

/// <summary>
/// WPL0012 from a plan's text as it was decoded, so that the build (which gets text the compiler decoded) and
/// <c>workplan check</c> (which decodes the bytes itself the same way) report the same files at the same line.
/// </summary>
public static class EncodingCheck
{
    /// <summary>The character a UTF-8 decoder puts where bytes are not UTF-8.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// WPL0012 for a file read with a byte order mark other than UTF-8's (<paramref name="foreignByteOrderMark"/> names
    /// it, or is null), else for the first line holding U+FFFD, else null. A U+FFFD saved on purpose is reported too:
    /// after decoding, it cannot be told from a damaged byte, and a plan has no use for it.
    /// </summary>
    public static PlanDiagnostic? Check(string text, string? foreignByteOrderMark)
    {
        var lines = new LineMap(text);
        if (foreignByteOrderMark is not null)
        {
            return At(lines, 0, "it is saved as " + foreignByteOrderMark + " with a byte order mark");
        }

        var bad = text.IndexOf(Replacement);
        return bad < 0 ? null : AtLine(lines, lines.LineOf(bad));
    }

    /// <summary>WPL0012 at a line found otherwise (a text decoded with a legacy code page).</summary>
    public static PlanDiagnostic AtLine(string text, int line) => AtLine(new LineMap(text), line);

    private static PlanDiagnostic AtLine(LineMap lines, int line)
        => At(lines, line, "first bad byte on line " + (line + 1).ToString(CultureInfo.InvariantCulture));

    private static PlanDiagnostic At(LineMap lines, int line, string what)
    {
        line = System.Math.Max(0, System.Math.Min(line, lines.LineCount - 1));
        var start = lines.LineStart(line);
        return PlanDiagnostic.Create(DiagnosticCatalog.NotUtf8, lines.Locate(start, lines.LineEnd(line) - start), what);
    }
}
