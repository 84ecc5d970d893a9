using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>
/// Reads the tokens of one line. Every Read method returns false and records one error (message and span) when the
/// text is not what it expects; the parser then drops the line.
/// </summary>
internal sealed class LineScanner
{
    private const int MaxQuotedLength = 24;
    private static readonly char[] QuoteOrEscape = { '"', '\\' };

    /// <summary>
    /// The longest identifier or dotted name, in UTF-16 code units: each becomes a C# name, and .NET metadata holds a
    /// name of at most 1024 UTF-8 bytes (CS7013). A code unit is at most 4 bytes once generated (a letter beyond the
    /// basic plane, two units, becomes <c>_UXXXXXX</c>), which leaves room for <c>get_</c> and a '_' or two.
    /// </summary>
    public const int MaxNameLength = 250;
    private readonly string _text;
    private readonly StringBuilder _buffer = new();
    private readonly StringPool _pool;
    private int _end;

    /// <param name="text">The whole file.</param>
    /// <param name="names">How many distinct names the file may repeat (its declarations), to make the pool once at its size.</param>
    public LineScanner(string text, int names = 0)
    {
        _text = text;
        _pool = new StringPool(names);
    }

    public int Position { get; private set; }

    public (string Message, int Start, int Length)? Error { get; private set; }

    public bool AtEnd => Position >= _end;

    public char Current => _text[Position];

    public bool AtQuote => !AtEnd && Current == '"';

    public bool AtIdentifierStart => !AtEnd && CharClass.IsIdentifierStart(_text, Position);

    public void Reset(int start, int end)
    {
        Position = start;
        _end = end;
        Error = null;
    }

    public void SkipByteOrderMark()
    {
        if (!AtEnd && Current == '\uFEFF')
        {
            Position++;
        }
    }

    public void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            Position++;
        }
    }

    /// <summary>A run of identifier characters (a keyword or an identifier).</summary>
    public SyntaxToken ReadWord(bool pooled = false)
    {
        var start = Position;
        while (!AtEnd && CharClass.IsIdentifierPart(_text, Position))
        {
            Position += CharClass.CharWidth(_text, Position);
        }

        var length = Position - start;
        return new SyntaxToken(TokenKind.Identifier, start, length, pooled ? _pool.Get(_text, start, length) : _text.Substring(start, length));
    }

    /// <summary>Skips a run of identifier characters and returns where it started.</summary>
    public int SkipWord()
    {
        var start = Position;
        while (!AtEnd && CharClass.IsIdentifierPart(_text, Position))
        {
            Position += CharClass.CharWidth(_text, Position);
        }

        return start;
    }

    public string PeekWord()
    {
        var start = Position;
        var word = ReadWord().Value;
        Position = start;
        return word;
    }

    // pooled: the name is one that lines repeat (a reference, a tag, an alias): one string for all of them.
    public bool ReadIdentifier(out SyntaxToken token, string what, bool pooled = false)
    {
        SkipSpace();
        if (!AtIdentifierStart)
        {
            token = default;
            return Fail("expected " + what);
        }

        token = ReadWord(pooled);
        if (!AtEnd && !char.IsWhiteSpace(Current) && !CharClass.IsListSeparator(Current) && Current != '"')
        {
            return FailAt(token.Start, NextRunEnd() - token.Start, "'" + Describe(token.Start) + "' is not an identifier: identifiers are letters, digits and '_'");
        }

        return token.Length <= MaxNameLength || TooLong(token, "an identifier");
    }

    public bool ReadDottedName(out SyntaxToken token)
    {
        SkipSpace();
        var start = Position;
        while (true)
        {
            if (!AtIdentifierStart)
            {
                token = default;
                return Fail(Position == start ? "expected the plan's dotted name (such as Zhuzhou.Health2024)" : "expected an identifier after '.'");
            }

            ReadWord();
            if (AtEnd || Current != '.')
            {
                break;
            }

            Position++;
        }

        token = new SyntaxToken(TokenKind.DottedName, start, Position - start, _text.Substring(start, Position - start));
        if (!AtEnd && !char.IsWhiteSpace(Current) && Current != '"')
        {
            return FailAt(start, NextRunEnd() - start, "'" + Describe(start) + "' is not a dotted name: identifiers joined by '.'");
        }

        return token.Length <= MaxNameLength || TooLong(token, "a dotted name");
    }

    /// <summary>One or more identifiers separated by <c>,</c> <c>，</c> or <c>、</c>, read into <paramref name="tokens"/> (emptied first).</summary>
    public bool ReadList(List<SyntaxToken> tokens, string what)
    {
        tokens.Clear();
        while (true)
        {
            if (!ReadIdentifier(out var token, what, pooled: true))
            {
                return false;
            }

            tokens.Add(token);
            SkipSpace();
            if (AtEnd || !CharClass.IsListSeparator(Current))
            {
                return true;
            }

            Position++;
            if (tokens.Count == tokens.Capacity)
            {
                // A long list is made room for once, at most one name per separator left on the line, rather than
                // doubled again and again: the list is reused from line to line, but a line of 100,000 names would
                // otherwise cost twice its size in arrays left behind.
                tokens.Capacity = tokens.Count + 1 + SeparatorsLeft();
            }
        }
    }

    private int SeparatorsLeft()
    {
        var count = 0;
        for (var i = Position; i < _end; i++)
        {
            count += CharClass.IsListSeparator(_text[i]) ? 1 : 0;
        }

        return count;
    }

    // pooled: the string is one that lines repeat (a worded deadline): one string for all of them.
    public bool ReadString(out SyntaxToken token, string what, bool pooled = false)
    {
        SkipSpace();
        token = default;
        if (!AtQuote)
        {
            return Fail("expected " + what);
        }

        var start = Position++;

        // Most strings have no escape: their value is one substring, without the buffer.
        var close = _text.IndexOfAny(QuoteOrEscape, Position, _end - Position);
        if (close >= 0 && _text[close] == '"')
        {
            var value = pooled ? _pool.Get(_text, Position, close - Position) : _text.Substring(Position, close - Position);
            token = new SyntaxToken(TokenKind.String, start, close + 1 - start, value);
            Position = close + 1;
            return true;
        }

        _buffer.Clear();
        while (!AtEnd)
        {
            var c = Current;
            if (c == '"')
            {
                Position++;
                token = new SyntaxToken(TokenKind.String, start, Position - start, _buffer.ToString());
                return true;
            }

            if (c != '\\')
            {
                _buffer.Append(c);
                Position++;
                continue;
            }

            if (!ReadEscape())
            {
                return false;
            }
        }

        return FailAt(start, _end - start, "unterminated string: a string ends with '\"' on the same line");
    }

    public bool ReadDate(out SyntaxToken token)
    {
        SkipSpace();
        token = default;
        var start = Position;
        var end = NextRunEnd();
        var word = _text.Substring(start, end - start);
        if (!PlanDate.TryParse(word, out _))
        {
            return FailAt(start, end - start, word.Length == 0
                ? "expected a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                : "'" + Shorten(word) + "' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY" + AsciiDigitsHint(word));
        }

        Position = end;
        token = new SyntaxToken(TokenKind.Date, start, end - start, word);
        return true;
    }

    public bool ReadYear(out SyntaxToken token)
    {
        SkipSpace();
        token = default;
        var start = Position;
        var end = NextRunEnd();
        var word = _text.Substring(start, end - start);
        if (word.Length != 4 || !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return FailAt(start, end - start, word.Length == 0 ? "expected a year such as 2024" : "'" + Shorten(word) + "' is not a year; expected four digits such as 2024" + AsciiDigitsHint(word));
        }

        Position = end;
        token = new SyntaxToken(TokenKind.Number, start, end - start, word);
        return true;
    }

    public bool ReadOperator(out SyntaxToken token)
    {
        token = default;
        var start = Position;
        var c = Current;
        var next = Position + 1 < _end ? _text[Position + 1] : '\0';
        string? op = c switch
        {
            '>' => next == '=' ? ">=" : ">",
            '<' => next == '=' ? "<=" : "<",
            '=' => "=",
            '≥' => ">=",
            '≤' => "<=",
            _ => null,
        };
        if (op is null)
        {
            return Fail("expected a comparison (>=, <=, =, >, <, ≥ or ≤) after the metric");
        }

        Position += (c is '>' or '<') && next == '=' ? 2 : 1;
        token = new SyntaxToken(TokenKind.Operator, start, Position - start, op);
        return true;
    }

    /// <summary>A decimal number: digits with an optional fraction, optionally negative.</summary>
    public bool ReadNumber(out SyntaxToken token)
    {
        SkipSpace();
        token = default;
        var start = Position;
        if (!AtEnd && Current == '-')
        {
            Position++;
        }

        var digits = Position;
        while (!AtEnd && (CharClass.IsDigit(Current) || (Current == '.' && Position > digits && Position + 1 < _end && CharClass.IsDigit(_text[Position + 1]))))
        {
            Position++;
        }

        var word = _text.Substring(start, Position - start);
        if (Position == digits)
        {
            Position = start;
            return Fail("expected a number after the comparison" + AsciiDigitsHint(_text.Substring(digits, NextRunEnd() - digits)));
        }

        if (!decimal.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return FailAt(start, Position - start, "'" + Shorten(word) + "' is out of range for a number");
        }

        token = new SyntaxToken(TokenKind.Number, start, Position - start, word);
        return true;
    }

    /// <summary>The rest of the line, trimmed (a target's unit text).</summary>
    public SyntaxToken ReadRest()
    {
        SkipSpace();
        return RestOfLine();
    }

    /// <summary>
    /// Set by a compile (no syntax tree): a text line's token then carries its span only, its value is empty, and the
    /// binder keeps the span (see <see cref="TaskModel"/>): the text is the largest string of a task.
    /// </summary>
    public bool TextAsSpan { get; set; }

    /// <summary>A text line: everything after '|' and the one space that follows it, without trailing white space.</summary>
    public SyntaxToken ReadText()
    {
        Position++;
        if (!AtEnd && Current == ' ')
        {
            Position++;
        }

        return RestOfLine(TextAsSpan);
    }

    public bool ExpectEnd(string statement)
    {
        SkipSpace();
        if (AtEnd)
        {
            return true;
        }

        return FailAt(Position, NextRunEnd() - Position, "unexpected '" + Describe(Position) + "' at the end of the " + statement + " statement");
    }

    public bool Fail(string expected)
    {
        SkipSpace();
        if (AtEnd)
        {
            return FailAt(Position, 0, expected + " at the end of the line");
        }

        return FailAt(Position, NextRunEnd() - Position, expected + ", found '" + Describe(Position) + "'");
    }

    public bool FailAt(int start, int length, string message)
    {
        Error ??= (message, start, length);
        Position = _end;
        return false;
    }

    private bool ReadEscape()
    {
        var start = Position++;
        if (AtEnd)
        {
            return FailAt(start, 1, "unterminated string: '\\' at the end of the line");
        }

        var c = Current;
        Position++;
        switch (c)
        {
            case '"': _buffer.Append('"'); return true;
            case '\\': _buffer.Append('\\'); return true;
            case 'n': _buffer.Append('\n'); return true;
            case 't': _buffer.Append('\t'); return true;
            case 'u':
                if (Position + 4 <= _end && int.TryParse(_text.Substring(Position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _buffer.Append((char)code);
                    Position += 4;
                    return true;
                }

                return FailAt(start, System.Math.Min(6, _end - start), "'\\u' must be followed by four hexadecimal digits");
            default:
                return FailAt(start, 2, "unknown escape '\\" + c + "'; expected \\\", \\\\, \\n, \\t or \\uXXXX");
        }
    }

    private SyntaxToken RestOfLine(bool spanOnly = false)
    {
        var start = Position;
        var end = _end;
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        Position = _end;
        return new SyntaxToken(TokenKind.Text, start, end - start, spanOnly ? string.Empty : _text.Substring(start, end - start));
    }

    /// <summary>Where the run of non-blank characters starting here ends.</summary>
    private int NextRunEnd()
    {
        var end = Position;
        while (end < _end && !char.IsWhiteSpace(_text[end]))
        {
            end++;
        }

        return end;
    }

    private bool TooLong(SyntaxToken token, string what)
        => FailAt(token.Start, token.Length, "'" + Shorten(token.Value) + "' is too long for " + what + ": "
            + token.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters, at most "
            + MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (it becomes a name in the generated C#)");

    private string Describe(int start)
    {
        var end = start;
        while (end < _end && !char.IsWhiteSpace(_text[end]))
        {
            end++;
        }

        return Shorten(_text.Substring(start, end - start));
    }

    // Digits of other scripts (full-width ２０２４) are letters to the lexer: the numbers of the language are 0-9.
    private static string AsciiDigitsHint(string word)
        => DecimalDigits.HasNonAscii(word) ? " (write the digits as 0-9)" : string.Empty;

    private static string Shorten(string word)
    {
        // Cut between characters, never inside a surrogate pair; a letter beyond the basic plane (𠀀) is shown as it
        // is, only a lone surrogate or a control character is escaped.
        var cut = word.Length > MaxQuotedLength && char.IsHighSurrogate(word[MaxQuotedLength - 1]) ? MaxQuotedLength + 1 : MaxQuotedLength;
        var shown = word.Length <= cut ? word : word.Substring(0, cut) + "…";
        var builder = new StringBuilder(shown.Length);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                builder.Append(c).Append(shown[++i]);
                continue;
            }

            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.ToString();
    }
}
