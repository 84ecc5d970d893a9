using System.Collections.Generic;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>
/// One statement as the parser reads it, into one object that the parser fills again for every line: the binder
/// takes what the model needs at once and keeps nothing of it, so a compile allocates no object per line.
/// <see cref="StatementSyntax"/> is the same statement as a node of the syntax tree, for the tools that need the tree
/// (editor, formatter).
/// </summary>
/// <remarks>
/// A class filled in place, not a value: as a struct of six nullable tokens (about 190 bytes) it was copied several
/// times per line, which took a seventh of the compile's time (issue #13). A list of names is read into
/// <see cref="List"/>, which is reused too: only the tree copies it into an array.
/// </remarks>
internal sealed class Statement
{
    public StatementKind Kind { get; private set; }

    public int KeywordStart { get; private set; }

    public int KeywordLength { get; private set; }

    public SyntaxToken? Name { get; set; }

    public SyntaxToken? Value { get; set; }

    /// <summary>References, tags or aliases; valid until the next line is read.</summary>
    public List<SyntaxToken> List { get; } = new();

    public SyntaxToken? Operator { get; set; }

    public SyntaxToken? Number { get; set; }

    public SyntaxToken? Rest { get; set; }

    /// <inheritdoc cref="StatementSyntax.IsBroken"/>
    public bool IsBroken { get; set; }

    /// <summary>Starts a new statement, with no tokens and an empty list.</summary>
    public Statement Start(StatementKind kind, int keywordStart, int keywordLength)
    {
        Kind = kind;
        KeywordStart = keywordStart;
        KeywordLength = keywordLength;
        Name = null;
        Value = null;
        Operator = null;
        Number = null;
        Rest = null;
        IsBroken = false;
        List.Clear();
        return this;
    }

    /// <summary>A line that starts with a keyword but is malformed: it keeps only the id of an opener (a broken line keeps no names).</summary>
    public Statement Broken(StatementKind kind, int keywordStart, int keywordLength, SyntaxToken? name)
    {
        Start(kind, keywordStart, keywordLength);
        Name = name;
        IsBroken = true;
        return this;
    }

    public StatementSyntax ToSyntax()
    {
        var list = List.Count == 0 ? default : new EquatableArray<SyntaxToken>(List.ToArray());
        var syntax = new StatementSyntax(Kind, KeywordStart, KeywordLength) { Name = Name, Value = Value, List = list, IsBroken = IsBroken };
        return Operator is null && Number is null && Rest is null ? syntax : syntax with { Operator = Operator, Number = Number, Rest = Rest };
    }

    /// <summary>Fills this statement from a node of the tree, for the binder of a tree.</summary>
    public Statement From(StatementSyntax syntax)
    {
        Start(syntax.Kind, syntax.KeywordStart, syntax.KeywordLength);
        Name = syntax.Name;
        Value = syntax.Value;
        Operator = syntax.Operator;
        Number = syntax.Number;
        Rest = syntax.Rest;
        IsBroken = syntax.IsBroken;
        foreach (var token in syntax.List)
        {
            List.Add(token);
        }

        return this;
    }
}
