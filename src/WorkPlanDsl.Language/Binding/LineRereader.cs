using System.Collections.Generic;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Binding;

/// <summary>
/// Reads a well-formed statement's tokens again from its line, for the few diagnostics that point at a name or a
/// deadline: the drafts keep no tokens, so that a big plan carries none of them through every collection.
/// </summary>
internal sealed class LineRereader
{
    private readonly LineMap _lines;
    private LineScanner? _scanner;

    public LineRereader(LineMap lines) => _lines = lines;

    /// <summary>The names of the lead, support or tag statement whose keyword starts at <paramref name="keywordStart"/>.</summary>
    public void ReadList(int keywordStart, List<SyntaxToken> into)
    {
        var scanner = At(keywordStart);
        if (!scanner.ReadList(into, string.Empty))
        {
            throw new System.InvalidOperationException("A statement that was read once is read again the same way.");
        }
    }

    /// <summary>The value of the due statement whose keyword starts at <paramref name="keywordStart"/>: a quoted deadline or a date.</summary>
    public SyntaxToken ReadDue(int keywordStart)
    {
        var scanner = At(keywordStart);
        scanner.SkipSpace();
        var read = scanner.AtQuote ? scanner.ReadString(out var token, string.Empty) : scanner.ReadDate(out token);
        return read ? token : throw new System.InvalidOperationException("A statement that was read once is read again the same way.");
    }

    private LineScanner At(int keywordStart)
    {
        var scanner = _scanner ??= new LineScanner(_lines.Text);
        scanner.Reset(keywordStart, _lines.LineEnd(_lines.LineOf(keywordStart)));
        scanner.SkipWord();
        return scanner;
    }
}
