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
    // Where each once-only attribute was given (offset + 1; 0 for not given): a field for each that sections, tasks and
    // items take, an array only for the plan's own (issuer, published, year, source). Drafts live until the model is
    // built, so their size is carried through every collection of a big plan.
    private int _titleAt;
    private int _labelAt;
    private int _leadAt;
    private int _supportAt;
    private int _dueAt;
    private int[]? _planAttributeAt;

    public ElementDraft(ElementKind kind, string id, SyntaxToken? idToken, int keywordStart, int keywordLength)
    {
        Kind = kind;
        Id = id;
        AnchorStart = idToken?.Start ?? keywordStart;
        AnchorLength = idToken?.Length ?? keywordLength;
    }

    public ElementKind Kind { get; }

    public string Id { get; }

    /// <summary>A task's section; null for the other elements.</summary>
    public string? SectionId => Kind == ElementKind.Task ? Parent?.Id : null;

    /// <summary>What the element inherits from: a task's section, an item's task.</summary>
    public ElementDraft? Parent { get; set; }

    public string? Title { get; set; }

    public string? Label { get; set; }

    public EquatableArray<SyntaxToken> LeadTokens { get; set; }

    public EquatableArray<SyntaxToken> SupportTokens { get; set; }

    public SyntaxToken? DueToken { get; set; }

    /// <summary>The element says <c>lead none</c>: no lead, on purpose.</summary>
    public bool SaysNoLead { get; set; }

    /// <summary>Why the element has no lead, as <c>lead none "…"</c> says; empty when it gives no reason.</summary>
    public string? NoLeadReason { get; set; }

    // Most elements have none of these: the lists are made when the first one comes.
    public List<TargetModel> Targets => _targets ??= new List<TargetModel>();

    public List<string> Tags => _tags ??= new List<string>();


    public List<ElementDraft> Items => _items ??= new List<ElementDraft>();

    public IReadOnlyList<TargetModel> TargetsOrEmpty => (IReadOnlyList<TargetModel>?)_targets ?? System.Array.Empty<TargetModel>();

    public IReadOnlyList<string> TagsOrEmpty => (IReadOnlyList<string>?)_tags ?? System.Array.Empty<string>();


    public IReadOnlyList<ElementDraft> ItemsOrEmpty => (IReadOnlyList<ElementDraft>?)_items ?? System.Array.Empty<ElementDraft>();

    private List<TargetModel>? _targets;
    private List<string>? _tags;

    // Most elements have one text line: a list only from the second.
    private string? _text;
    private List<string>? _textLines;
    private List<ElementDraft>? _items;

    // Filled in once every declaration is known.
    public Responsibility Declared { get; set; } = Responsibility.None;

    public Responsibility InEffect { get; set; } = Responsibility.None;

    /// <summary>Where the element is pointed at: its identifier, or its keyword when it has none.</summary>
    public int AnchorStart { get; }

    public int AnchorLength { get; }

    public string Describe() => Id.Length == 0
        ? "the " + Kind.ToString().ToLowerInvariant() + " opened above"
        : Kind.ToString().ToLowerInvariant() + " '" + Id + "'";

    /// <summary>Records that a once-only attribute is given; returns the offset of the earlier one if it was given before.</summary>
    public int? Give(StatementKind kind, int offset)
    {
        switch (kind)
        {
            case StatementKind.Title: return Give(ref _titleAt, offset);
            case StatementKind.Label: return Give(ref _labelAt, offset);
            case StatementKind.Lead: return Give(ref _leadAt, offset);
            case StatementKind.Support: return Give(ref _supportAt, offset);
            case StatementKind.Due: return Give(ref _dueAt, offset);
            default:
                _planAttributeAt ??= new int[(int)StatementKind.Text + 1];
                return Give(ref _planAttributeAt[(int)kind], offset);
        }
    }

    private static int? Give(ref int givenAt, int offset)
    {
        if (givenAt > 0)
        {
            return givenAt - 1;
        }

        givenAt = offset + 1;
        return null;
    }

    public void AddTextLine(string line)
    {
        if (_text is null)
        {
            _text = line;
            return;
        }

        _textLines ??= new List<string> { _text };
        _textLines.Add(line);
    }

    /// <summary>The text lines joined by line breaks; empty when there are none.</summary>
    public string Text() => _textLines is not null ? string.Join("\n", _textLines) : _text ?? string.Empty;
}
