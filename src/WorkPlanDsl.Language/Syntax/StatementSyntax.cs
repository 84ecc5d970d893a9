namespace WorkPlanDsl.Language.Syntax;

/// <summary>
/// One statement (one line) of a plan file. Which fields are set depends on <see cref="Kind"/>:
/// <c>Name</c> holds the plan's dotted name or an element's id, <c>Value</c> the quoted string, date or number,
/// <c>List</c> references, tags or aliases, <c>Operator</c>, <c>Number</c> and <c>Rest</c> a target's comparison.
/// </summary>
/// <remarks>
/// A plan has a statement per line, so their size is most of what parsing allocates: tokens are kept without the
/// nullable wrapper (a token is absent when its value is null), and a target's three comparison tokens, which no other
/// statement has, in a part of their own.
/// </remarks>
public sealed record StatementSyntax(StatementKind Kind, int KeywordStart, int KeywordLength)
{
    private readonly SyntaxToken _name;
    private readonly SyntaxToken _value;
    private readonly Comparison? _comparison;

    public SyntaxToken? Name
    {
        get => _name.Value is null ? null : _name;
        init => _name = value ?? default;
    }

    public SyntaxToken? Value
    {
        get => _value.Value is null ? null : _value;
        init => _value = value ?? default;
    }

    public EquatableArray<SyntaxToken> List { get; init; }

    public SyntaxToken? Operator
    {
        get => _comparison?.Operator;
        init => _comparison = new Comparison(value, Number, Rest);
    }

    public SyntaxToken? Number
    {
        get => _comparison?.Number;
        init => _comparison = new Comparison(Operator, value, Rest);
    }

    public SyntaxToken? Rest
    {
        get => _comparison?.Rest;
        init => _comparison = new Comparison(Operator, Number, value);
    }

    /// <summary>
    /// The line starts with this keyword but is malformed (its WPL0001 is reported). A broken opener still opens an
    /// element, so that the attributes after it do not land on the wrong element and cost a second diagnostic each.
    /// </summary>
    public bool IsBroken { get; init; }

    // Replaced, never changed: a copy made with 'with' shares it.
    private sealed record Comparison(SyntaxToken? Operator, SyntaxToken? Number, SyntaxToken? Rest);
}
