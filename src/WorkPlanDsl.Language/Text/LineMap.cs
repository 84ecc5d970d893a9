namespace WorkPlanDsl.Language.Text;

/// <summary>The line starts of a text (LF, CRLF and lone CR all end a line), to turn offsets into line and column.</summary>
public sealed class LineMap
{
    // The starts of the lines, in _lineStarts[0.._count): the array may be longer (see Build).
    private readonly int[] _lineStarts;
    private readonly int _count;

    // The line LineOf found last, where it starts looking next.
    private int _hint;

    public LineMap(string text)
    {
        var none = default(NoVisitor);
        Text = text;
        _lineStarts = Starts(text, ref none, out _count);
    }

    private LineMap(string text, int[] starts, int count) => (Text, _lineStarts, _count) = (text, starts, count);

    /// <summary>Something that sees each line's start as the map is made (the parser's count of what opens an element).</summary>
    internal interface ILineVisitor
    {
        void Line(string text, int start);
    }

    private struct NoVisitor : ILineVisitor
    {
        public void Line(string text, int start)
        {
        }
    }

    /// <summary>The map of <paramref name="text"/>, with <paramref name="visitor"/> shown every line's start in the same pass.</summary>
    internal static LineMap Build<TVisitor>(string text, ref TVisitor visitor)
        where TVisitor : struct, ILineVisitor
    {
        var starts = Starts(text, ref visitor, out var count);
        return new LineMap(text, starts, count);
    }

    /// <remarks>
    /// One pass over the text (issue #13): a big file was read three times before parsing (lines counted, their starts
    /// written, the openers counted), and at 100,000 tasks its 34 MB do not stay in the processor's caches from one
    /// pass to the next. A small text (up to 64 K characters) is counted first, so that its array has the exact size;
    /// a bigger one's size is estimated from its first 64 K characters with an eighth more, and doubled in the rare
    /// file whose later lines are much shorter (a regrown array of a big file is made on the large-object heap).
    /// Every pass jumps from break to break with IndexOfAny, which the runtime vectorizes.
    /// </remarks>
    private static int[] Starts<TVisitor>(string text, ref TVisitor visitor, out int count)
        where TVisitor : struct, ILineVisitor
    {
        const int Sample = 65_536;
        var sampled = 1;
        var i = NextBreak(text, 0);
        for (; i >= 0 && i <= Sample; i = NextBreak(text, i))
        {
            sampled++;
        }

        // The estimate at most one line per 8 characters (a hostile file's dense first lines must not size the
        // array of a long one by them): a denser file regrows.
        var starts = new int[i < 0 ? sampled : (int)System.Math.Min((text.Length / 8) + 64, ((long)sampled * text.Length / Sample * 9 / 8) + 64)];
        count = 0;
        for (i = 0; i >= 0; i = NextBreak(text, i))
        {
            if (count == starts.Length)
            {
                System.Array.Resize(ref starts, starts.Length * 2);
            }

            starts[count++] = i;
            visitor.Line(text, i);
        }

        return starts;
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

    public int LineCount => _count;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Where the line's content ends, before its line break.</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _count ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    /// <summary>The line of <paramref name="offset"/> (-1 before the text).</summary>
    /// <remarks>
    /// Searched from the line found last when the offset is at most 16 lines after it: a compile asks for the lines of
    /// the elements in the order of the file, and a search of a big file's whole table (a million lines, 4 MB) missed
    /// the processor's caches on every step (issue #13). The hint is only a guess, checked before it is used, so a
    /// map read from several threads still answers right.
    /// </remarks>
    public int LineOf(int offset)
    {
        var starts = _lineStarts;
        var low = 0;
        var high = _count - 1;
        var hint = _hint;
        if ((uint)hint < (uint)_count && starts[hint] <= offset)
        {
            low = hint;
            var near = hint + 16;
            if (near < _count && offset < starts[near])
            {
                high = near - 1;
            }
        }
        else if (offset < starts[0])
        {
            return -1;
        }

        // The last line that starts at or before the offset.
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        _hint = low;
        return low;
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
