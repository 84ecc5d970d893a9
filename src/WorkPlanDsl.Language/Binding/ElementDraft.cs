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
/// <remarks>
/// Drafts live until the model is built, so their size is carried through every collection of a big plan: they keep
/// no tokens. A lead or support list is resolved to unit ids as it is read when every name in it is declared already
/// (the usual order: units first); only a list naming a unit declared further down keeps its tokens until the end. The
/// spans that a rare diagnostic needs are read again from the statement's line (<see cref="LineRereader"/>), which the
/// draft knows by the offset of its keyword.
/// </remarks>
internal sealed class ElementDraft
{
    // Where each once-only attribute was given (offset of its keyword + 1; 0 for not given): a field for each that
    // sections, tasks and items take, the plan's own (issuer, published, year, source) in the rare part.
    private int _titleAt;
    private int _labelAt;
    private int _leadAt;
    private int _supportAt;
    private int _dueAt;
    private Rare? _rare;
    private List<TargetModel>? _targets;
    private List<string>? _tags;
    private List<ElementDraft>? _items;

    // Most elements have one text line: a list only from the second.
    private string? _text;
    private string? _textSource;
    private int _textStart;
    private int _textLength;

    public ElementDraft(ElementKind kind, string id, SyntaxToken? idToken, int keywordStart, int keywordLength)
    {
        Kind = kind;
        Id = id;
        AnchorStart = idToken?.Start ?? keywordStart;
        AnchorLength = idToken?.Length ?? keywordLength;
    }

    /// <summary>
    /// The draft made new for another element: a task's drafts are used again once its model is built, so that a big
    /// plan makes two or three drafts, not one per task and item. Its lists are kept, emptied.
    /// </summary>
    public ElementDraft Reset(ElementKind kind, string id, SyntaxToken? idToken, int keywordStart, int keywordLength)
    {
        Kind = kind;
        Id = id;
        AnchorStart = idToken?.Start ?? keywordStart;
        AnchorLength = idToken?.Length ?? keywordLength;
        Parent = null;
        Title = null;
        Label = null;
        Leads = default;
        Supports = default;
        DueText = null;
        DueIsDate = false;
        SaysNoLead = false;
        LeadBroken = false;
        IsResolved = false;
        Declared = Responsibility.None;
        InEffect = Responsibility.None;
        _titleAt = _labelAt = _leadAt = _supportAt = _dueAt = 0;
        _rare = null;
        _text = null;
        _textSource = null;
        _targets?.Clear();
        _tags?.Clear();
        _items?.Clear();
        return this;
    }

    public ElementKind Kind { get; private set; }

    public string Id { get; private set; }

    /// <summary>A task's section; null for the other elements.</summary>
    public string? SectionId => Kind == ElementKind.Task ? Parent?.Id : null;

    /// <summary>What the element inherits from: a task's section, an item's task.</summary>
    public ElementDraft? Parent { get; set; }

    public string? Title { get; set; }

    public string? Label { get; set; }

    /// <summary>The element says <c>lead</c> with a list of units (not <c>lead none</c>).</summary>
    public bool WritesLead => _leadAt > 0 && !SaysNoLead;

    /// <summary>The element has a <c>lead</c> line the parser could not read (reported as WPL0001).</summary>
    public bool LeadBroken { get; set; }

    /// <summary>The element says <c>support</c>.</summary>
    public bool WritesSupport => _supportAt > 0;

    /// <summary>Where the element's <c>lead</c> statement starts (its keyword).</summary>
    public int LeadAt => _leadAt - 1;

    /// <summary>Where the element's <c>support</c> statement starts (its keyword).</summary>
    public int SupportAt => _supportAt - 1;

    /// <summary>Where the element's <c>due</c> statement starts (its keyword).</summary>
    public int DueAt => _dueAt - 1;

    /// <summary>The lead list resolved as it was read; empty while <see cref="PendingLeads"/> waits for the end of the file.</summary>
    public EquatableArray<string> Leads { get; set; }

    public EquatableArray<string> Supports { get; set; }

    /// <summary>A lead list that names a unit not declared when it was read: resolved, and reported, at the end.</summary>
    public List<SyntaxToken>? PendingLeads
    {
        get => _rare?.PendingLeads;
        set => RarePart.PendingLeads = value;
    }

    public List<SyntaxToken>? PendingSupports
    {
        get => _rare?.PendingSupports;
        set => RarePart.PendingSupports = value;
    }

    /// <summary>The deadline as written: a date's text or a quoted deadline's value; null when none is given.</summary>
    public string? DueText { get; private set; }

    public bool DueIsDate { get; private set; }

    /// <summary>The element says <c>lead none</c>: no lead, on purpose.</summary>
    public bool SaysNoLead { get; set; }

    /// <summary>Why the element has no lead, as <c>lead none "…"</c> says; empty when it gives no reason.</summary>
    public string? NoLeadReason
    {
        get => _rare?.NoLeadReason;
        set => RarePart.NoLeadReason = value;
    }

    // Most elements have none of these: the lists are made when the first one comes.
    public List<TargetModel> Targets => _targets ??= new List<TargetModel>();

    public List<string> Tags => _tags ??= new List<string>();

    public List<ElementDraft> Items => _items ??= new List<ElementDraft>();

    // Lists or null, not an interface over an empty array, so that a foreach over them does not box an enumerator.
    public List<TargetModel>? TargetsOrNull => _targets is { Count: > 0 } ? _targets : null;

    public List<string>? TagsOrNull => _tags is { Count: > 0 } ? _tags : null;

    public List<ElementDraft>? ItemsOrNull => _items is { Count: > 0 } ? _items : null;

    /// <summary>A section's <see cref="Declared"/> is worked out (when its first task is built, or at the end).</summary>
    public bool IsResolved { get; set; }

    /// <summary>
    /// The element names a unit that was not declared when its list was read: it waits for the end of the file to be
    /// resolved, and so do a section's tasks.
    /// </summary>
    public bool Waits => _rare is { PendingLeads: not null } or { PendingSupports: not null };

    // Filled in once every declaration is known.
    public Responsibility Declared { get; set; } = Responsibility.None;

    public Responsibility InEffect { get; set; } = Responsibility.None;

    /// <summary>Where the element is pointed at: its identifier, or its keyword when it has none.</summary>
    public int AnchorStart { get; private set; }

    public int AnchorLength { get; private set; }

    private Rare RarePart => _rare ??= new Rare();

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
                var planAttributeAt = RarePart.PlanAttributeAt ??= new int[(int)StatementKind.Text + 1];
                return Give(ref planAttributeAt[(int)kind], offset);
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

    public void SetDue(SyntaxToken due)
    {
        DueText = due.Value;
        DueIsDate = due.Kind == TokenKind.Date;
    }

    public void AddTextLine(string line)
    {
        if (_textSource is not null)
        {
            // A second line: the first becomes a string of its own, and the lines are joined as ever.
            _text = _textSource.Substring(_textStart, _textLength);
            _textSource = null;
        }

        if (_text is null)
        {
            _text = line;
            return;
        }

        var lines = RarePart.TextLines ??= new List<string> { _text };
        lines.Add(line);
    }

    /// <summary>A text line given by its span in the file (a compile's): kept as the span while it is the only one.</summary>
    public void AddTextSpan(string source, int start, int length)
    {
        if (_text is null && _textSource is null)
        {
            (_textSource, _textStart, _textLength) = (source, start, length);
            return;
        }

        AddTextLine(source.Substring(start, length));
    }

    /// <summary>Whether the text is one line of the file, kept as its span (<see cref="AddTextSpan"/>).</summary>
    public bool TextIsSpan(out string source, out int start, out int length)
    {
        (source, start, length) = (_textSource!, _textStart, _textLength);
        return _textSource is not null;
    }

    /// <summary>The text lines joined by line breaks; empty when there are none.</summary>
    public string Text() => _textSource is not null
        ? _textSource.Substring(_textStart, _textLength)
        : _rare?.TextLines is { } lines ? string.Join("\n", lines) : _text ?? string.Empty;

    // What few elements have, out of the draft's own fields.
    private sealed class Rare
    {
        public List<SyntaxToken>? PendingLeads;
        public List<SyntaxToken>? PendingSupports;
        public string? NoLeadReason;
        public List<string>? TextLines;
        public int[]? PlanAttributeAt;
    }
}
