namespace WorkPlanDsl.Language.Text;

/// <summary>The line starts of a text (LF, CRLF and lone CR all end a line), to turn offsets into line and column.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        Text = text;

        // Counted first, so the array is made once at its size: a big file's would otherwise be regrown on the
        // large-object heap. Both passes jump from break to break with IndexOfAny, which the runtime vectorizes.
        var count = 1;
        for (var i = NextBreak(text, 0); i >= 0; i = NextBreak(text, i))
        {
            count++;
        }

        _lineStarts = new int[count];
        var line = 1;
        for (var i = NextBreak(text, 0); i >= 0; i = NextBreak(text, i))
        {
            _lineStarts[line++] = i;
        }
    }

    private static readonly char[] Breaks = { '\r', '\n' };

    /// <summary>Where the line after the next line break starts (a CRLF is one break), or -1 when there is none.</summary>
    private static int NextBreak(string text, int from)
    {
        var i = text.IndexOfAny(Breaks, from);
        if (i < 0)
        {
            return -1;
        }

        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Where the line's content ends, before its line break.</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public int LineOf(int offset)
    {
        var index = System.Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public TextLocation Locate(int start, int length)
    {
        if (start < 0)
        {
            start = 0;
        }

        if (start > Text.Length)
        {
            start = Text.Length;
        }

        if (length < 0 || start + length > Text.Length)
        {
            length = Text.Length - start;
        }

        var startLine = LineOf(start);
        var endLine = LineOf(start + length);
        return new TextLocation(start, length, startLine, start - _lineStarts[startLine], endLine, start + length - _lineStarts[endLine]);
    }
}
