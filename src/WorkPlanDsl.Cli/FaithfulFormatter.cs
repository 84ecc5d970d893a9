using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Formatting;

namespace WorkPlanDsl.Cli;

/// <summary>What <c>workplan fmt</c> does with one file's bytes.</summary>
internal enum FormatVerdict
{
    /// <summary>Already canonical: nothing to write.</summary>
    Canonical,

    /// <summary><see cref="FormatOutcome.Text"/> is the canonical form, to be written as UTF-8.</summary>
    Rewrite,

    /// <summary>The plan has syntax errors (<see cref="FormatOutcome.Errors"/>); the file is left as it is.</summary>
    SyntaxErrors,

    /// <summary>The file could not be read or rewritten faithfully (<see cref="FormatOutcome.Reason"/>); left as it is.</summary>
    Refused,
}

internal sealed record FormatOutcome(FormatVerdict Verdict, string? Text, string? Reason, EquatableArray<PlanDiagnostic> Errors);

/// <summary>
/// Formats a plan file's bytes, and refuses whenever the result might not say exactly what the file says: the file
/// must be UTF-8 (any other bytes would be written back as U+FFFD, destroying the original), and the canonical text
/// must encode as UTF-8, bind to the same model with the same diagnostics, and keep every comment. A refusal is a
/// bug in the formatter when the file was UTF-8; it is reported, never written.
/// </summary>
internal static class FaithfulFormatter
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly System.Text.RegularExpressions.Regex LineNumber = new(@"line [0-9]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static FormatOutcome Format(byte[] bytes)
    {
        try
        {
            return FormatUtf8(bytes);
        }
        catch (System.Exception e) when (e is not System.OutOfMemoryException)
        {
            return Refuse("an internal error stopped it (" + InternalError.Describe(e) + "), so the file is left untouched; please report this as a bug");
        }
    }

    private static FormatOutcome FormatUtf8(byte[] bytes)
    {
        var (text, notUtf8) = Decode(bytes);
        if (text is null)
        {
            return Refuse("the file is not UTF-8 (" + notUtf8 + "); formatting would replace those bytes, so it is left untouched: save it as UTF-8 first");
        }

        var result = PlanFormatter.Format(text);
        if (result.Text is not { } formatted)
        {
            return new FormatOutcome(FormatVerdict.SyntaxErrors, null, null, result.Errors);
        }

        if (formatted == text.Replace("\r\n", "\n"))
        {
            return new FormatOutcome(FormatVerdict.Canonical, formatted, null, default);
        }

        return Unfaithful(text, formatted) is { } reason
            ? Refuse("formatting would " + reason + ", so the file is left untouched; please report this as a bug")
            : new FormatOutcome(FormatVerdict.Rewrite, formatted, null, default);
    }

    /// <summary>The file's text when its bytes are UTF-8 (after an optional UTF-8 byte order mark), else where they are not.</summary>
    internal static (string? Text, string? NotUtf8) Decode(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            var lossy = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            return (null, Language.Text.EncodingCheck.Check(lossy, null)?.Arguments[0] ?? "bytes that are not UTF-8");
        }
    }

    /// <summary>How the formatted text differs in meaning from the original, or null when it does not.</summary>
    internal static string? Unfaithful(string original, string formatted)
    {
        try
        {
            StrictUtf8.GetByteCount(formatted);
        }
        catch (EncoderFallbackException)
        {
            return "write text that UTF-8 cannot hold (a lone surrogate)";
        }

        var before = PlanCompiler.Compile(original);
        var after = PlanCompiler.Compile(formatted);
        if (!Equals(before.Model?.WithoutLocations(), after.Model?.WithoutLocations()))
        {
            return "change the plan's meaning";
        }

        if (!Diagnostics(before).SequenceEqual(Diagnostics(after)))
        {
            return "change the plan's diagnostics";
        }

        if (!Comments(original).SequenceEqual(Comments(formatted)))
        {
            return "lose or change a comment";
        }

        return null;
    }

    // The same diagnostics, wherever they stand: formatting moves lines, and messages that cite a line ("already
    // declared at line 12") cite it where it moved to.
    private static string[] Diagnostics(CompiledPlan compiled)
        => compiled.Diagnostics.Select(d => d.Id + ":" + LineNumber.Replace(d.Message, "line #"))
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .ToArray();

    // As the formatter reads lines (LF, CRLF, lone CR) and writes comments (trimmed, in the order of their statements).
    private static string[] Comments(string text)
    {
        var lines = new Language.Text.LineMap(text);
        return Enumerable.Range(0, lines.LineCount)
            .Select(l => text.Substring(lines.LineStart(l), lines.LineEnd(l) - lines.LineStart(l)).Trim().TrimStart('\uFEFF').Trim())
            .Where(l => l.StartsWith("#", System.StringComparison.Ordinal))
            .OrderBy(l => l, System.StringComparer.Ordinal)
            .ToArray();
    }

    private static FormatOutcome Refuse(string reason) => new(FormatVerdict.Refused, null, reason, default);
}
