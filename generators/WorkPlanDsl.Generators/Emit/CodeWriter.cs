using System.Text;

namespace WorkPlanDsl.Generators.Emit;

/// <summary>Writes indented lines with '\n' endings, so the output is the same on every machine.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;
    private bool _atBlockStart;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        _atBlockStart = false;
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        _atBlockStart = true;
        return this;
    }

    /// <summary>A blank line between members, none right after an opening brace.</summary>
    public CodeWriter Separate() => _atBlockStart ? this : Line();

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
