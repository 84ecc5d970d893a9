namespace WorkPlanDsl.Language.Syntax;

public enum TokenKind
{
    Identifier,
    DottedName,
    String,
    Number,
    Date,
    Operator,
    Text,
}

/// <summary>A token of a statement: its exact span in the file and its value (a string's value has its escapes decoded).</summary>
public readonly record struct SyntaxToken(TokenKind Kind, int Start, int Length, string Value)
{
    public int End => Start + Length;
}
