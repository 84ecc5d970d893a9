namespace WorkPlanDsl.Language.Syntax;

/// <summary>
/// One statement as the parser reads it, a value on the stack: the binder takes it at once and keeps only what the
/// model needs, so a compile allocates no object per line. <see cref="StatementSyntax"/> is the same statement as a
/// node of the syntax tree, for the tools that need the tree (editor, formatter).
/// </summary>
internal readonly struct Statement
{
    public Statement(StatementKind kind, int keywordStart, int keywordLength)
    {
        Kind = kind;
        KeywordStart = keywordStart;
        KeywordLength = keywordLength;
    }

    public StatementKind Kind { get; }

    public int KeywordStart { get; }

    public int KeywordLength { get; }

    public SyntaxToken? Name { get; init; }

    public SyntaxToken? Value { get; init; }

    public EquatableArray<SyntaxToken> List { get; init; }

    public SyntaxToken? Operator { get; init; }

    public SyntaxToken? Number { get; init; }

    public SyntaxToken? Rest { get; init; }

    /// <inheritdoc cref="StatementSyntax.IsBroken"/>
    public bool IsBroken { get; init; }

    public StatementSyntax ToSyntax()
    {
        var syntax = new StatementSyntax(Kind, KeywordStart, KeywordLength) { Name = Name, Value = Value, List = List, IsBroken = IsBroken };
        return Operator is null && Number is null && Rest is null ? syntax : syntax with { Operator = Operator, Number = Number, Rest = Rest };
    }

    public static Statement From(StatementSyntax syntax) => new(syntax.Kind, syntax.KeywordStart, syntax.KeywordLength)
    {
        Name = syntax.Name,
        Value = syntax.Value,
        List = syntax.List,
        Operator = syntax.Operator,
        Number = syntax.Number,
        Rest = syntax.Rest,
        IsBroken = syntax.IsBroken,
    };
}
