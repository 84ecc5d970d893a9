namespace WorkPlanDsl.Language.Syntax;

/// <summary>
/// One statement (one line) of a plan file. Which fields are set depends on <see cref="Kind"/>:
/// <c>Name</c> holds the plan's dotted name or an element's id, <c>Value</c> the quoted string, date or number,
/// <c>List</c> references, tags or aliases, <c>Operator</c>, <c>Number</c> and <c>Rest</c> a target's comparison.
/// </summary>
public sealed record StatementSyntax(StatementKind Kind, int KeywordStart, int KeywordLength)
{
    public SyntaxToken? Name { get; init; }

    public SyntaxToken? Value { get; init; }

    public EquatableArray<SyntaxToken> List { get; init; }

    public SyntaxToken? Operator { get; init; }

    public SyntaxToken? Number { get; init; }

    public SyntaxToken? Rest { get; init; }
}
