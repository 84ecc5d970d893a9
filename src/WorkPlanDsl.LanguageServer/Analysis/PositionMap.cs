using WorkPlanDsl.Language.Text;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// Offsets of the plan text to LSP positions and back. The language's offsets are UTF-16 code units (C# strings) and
/// its lines end at LF, CRLF or CR, exactly as LSP 3.17 counts both, so a position is the line and the offset from its
/// start; what remains is clamping what a client may send: past the end of a line, or between the halves of a pair.
/// </summary>
internal sealed class PositionMap
{
    private readonly LineMap _lines;

    public PositionMap(LineMap lines) => _lines = lines;

    public Position PositionOf(int offset)
    {
        offset = System.Math.Max(0, System.Math.Min(offset, _lines.Text.Length));
        var line = _lines.LineOf(offset);
        return new Position(line, offset - _lines.LineStart(line));
    }

    public Range RangeOf(int start, int length) => new(PositionOf(start), PositionOf(start + length));

    public Range RangeOf(TextLocation location) => RangeOf(location.Start, location.Length);

    /// <summary>The offset of a client's position: a line past the end is the end of the text, a character past the end of its line the line's end, and the inside of a surrogate pair the pair's start.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lines.LineCount)
        {
            return _lines.Text.Length;
        }

        var start = _lines.LineStart(position.Line);
        var end = _lines.LineEnd(position.Line);
        var offset = start + System.Math.Max(0, System.Math.Min(position.Character, end - start));
        if (offset > start && offset < _lines.Text.Length && char.IsLowSurrogate(_lines.Text[offset]) && char.IsHighSurrogate(_lines.Text[offset - 1]))
        {
            offset--;
        }

        return offset;
    }

    public int LineCount => _lines.LineCount;

    public int LineStart(int line) => _lines.LineStart(line);

    public int LineEnd(int line) => _lines.LineEnd(line);

    public int LineOf(int offset) => _lines.LineOf(offset);
}
