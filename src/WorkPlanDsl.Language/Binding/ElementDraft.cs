using System.Collections.Generic;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Language.Binding;

internal enum ElementKind
{
    Plan,
    Section,
    Task,
    Item,
}

/// <summary>An element (plan, section, task or item) while its statements are read, before references are resolved.</summary>
internal sealed class ElementDraft
{
    private readonly Dictionary<StatementKind, int> _givenAt = new();

    public ElementDraft(ElementKind kind, string id, SyntaxToken? idToken, int keywordStart, int keywordLength)
    {
        Kind = kind;
        Id = id;
        IdToken = idToken;
        KeywordStart = keywordStart;
        KeywordLength = keywordLength;
    }

    public ElementKind Kind { get; }

    public string Id { get; }

    public SyntaxToken? IdToken { get; }

    public int KeywordStart { get; }

    public int KeywordLength { get; }

    public string? SectionId { get; set; }

    /// <summary>What the element inherits from: a task's section, an item's task.</summary>
    public ElementDraft? Parent { get; set; }

    public string? Title { get; set; }

    public string? Label { get; set; }

    public EquatableArray<SyntaxToken> LeadTokens { get; set; }

    public EquatableArray<SyntaxToken> SupportTokens { get; set; }

    public SyntaxToken? DueToken { get; set; }

    public List<StatementSyntax> Targets { get; } = new();

    public List<string> Tags { get; } = new();

    public List<string> TextLines { get; } = new();

    public List<ElementDraft> Items { get; } = new();

    // Filled in once every declaration is known.
    public Responsibility Declared { get; set; } = Responsibility.None;

    public Responsibility InEffect { get; set; } = Responsibility.None;

    /// <summary>Where the element is pointed at: its identifier, or its keyword when it has none.</summary>
    public int AnchorStart => IdToken?.Start ?? KeywordStart;

    public int AnchorLength => IdToken?.Length ?? KeywordLength;

    public string Describe() => Kind.ToString().ToLowerInvariant() + " '" + Id + "'";

    /// <summary>Records that a once-only attribute is given; returns the offset of the earlier one if it was given before.</summary>
    public int? Give(StatementKind kind, int offset)
    {
        if (_givenAt.TryGetValue(kind, out var earlier))
        {
            return earlier;
        }

        _givenAt[kind] = offset;
        return null;
    }
}
