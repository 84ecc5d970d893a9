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

    /// <summary>
    /// The line starts with this keyword but is malformed (its WPL0001 is reported). A broken opener still opens an
    /// element, so that the attributes after it do not land on the wrong element and cost a second diagnostic each.
    /// </summary>
    public bool IsBroken { get; init; }
}
