using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language;

/// <summary>
/// A bound plan: every reference resolved to a declared unit's id, inheritance applied. Only values (strings, numbers,
/// enums, equatable arrays, value-type locations), so the generator's pipeline can compare and cache it.
/// </summary>
public sealed record PlanModel(
    string Name,
    TextLocation Location,
    string? Title,
    string? Issuer,
    PlanDate? Published,
    int? Year,
    string? Source,
    string Preface,
    EquatableArray<UnitModel> Units,
    EquatableArray<SectionModel> Sections,
    EquatableArray<TaskModel> Tasks)
{
    /// <summary>The plan's meaning without where its elements stand: a plan and its formatted self compare equal.</summary>
    public PlanModel WithoutLocations() => this with
    {
        Location = default,
        Units = EquatableArray.From(System.Linq.Enumerable.Select(Units, u => u with { Location = default })),
        Sections = EquatableArray.From(System.Linq.Enumerable.Select(Sections, s => s with { Location = default })),
        Tasks = EquatableArray.From(System.Linq.Enumerable.Select(Tasks, t => t with
        {
            Location = default,
            Items = EquatableArray.From(System.Linq.Enumerable.Select(t.Items, i => i with { Location = default })),
        })),
    };
}

public enum UnitModelKind
{
    Unit,
    Group,
}

public sealed record UnitModel(string Id, string? FullName, UnitModelKind Kind, EquatableArray<string> Aliases, TextLocation Location);

/// <summary>Lead, support and deadline: declared by an element, or in effect after inheritance.</summary>
public sealed record Responsibility(EquatableArray<string> Leads, EquatableArray<string> Supports, DeadlineModel? Due)
{
    public static Responsibility None { get; } = new(default, default, null);

    /// <summary>
    /// This element's own values where it has them, else <paramref name="parent"/>'s; but an element that names its own
    /// lead takes no supports from the parent: a responsibility clause, (B牵头) on an item of a task (A牵头，B配合),
    /// replaces the parent's clause, so B is the item's lead and not also its support.
    /// </summary>
    public Responsibility InheritFrom(Responsibility parent)
    {
        if (Leads.IsEmpty && Supports.IsEmpty && Due is null)
        {
            return parent;
        }

        var leads = Leads.IsEmpty ? parent.Leads : Leads;
        var supports = Supports.IsEmpty && Leads.IsEmpty ? parent.Supports : Supports;
        var due = Due ?? parent.Due;
        return leads == Leads && supports == Supports && Equals(due, Due) ? this : new(leads, supports, due);
    }
}

public sealed record SectionModel(
    string Id,
    string Title,
    string? Label,
    Responsibility Declared,
    string Text,
    TextLocation Location);

public sealed record TaskModel(
    string Id,
    string? SectionId,
    string Title,
    string? Label,
    Responsibility Declared,
    Responsibility InEffect,
    EquatableArray<TargetModel> Targets,
    EquatableArray<string> Tags,
    string Text,
    EquatableArray<ItemModel> Items,
    TextLocation Location)
{
    // The text, or, for a compile's task with one text line, the whole file with the line's span in it (_textStart
    // at least 0): the text is most of a task's bytes, and a big plan's model is copied by every collection that runs
    // while it is built (issue #13). Equality and the hash code are the text's, whichever way it is held.
    private readonly string _text = Text;
    private readonly int _textStart = -1;
    private readonly int _textLength;

    /// <summary>A task whose text is the span <paramref name="textStart"/>, <paramref name="textLength"/> of <paramref name="file"/>.</summary>
    internal TaskModel(string id, string? sectionId, string title, string? label, Responsibility declared, Responsibility inEffect, EquatableArray<TargetModel> targets, EquatableArray<string> tags, string file, int textStart, int textLength, EquatableArray<ItemModel> items, TextLocation location)
        : this(id, sectionId, title, label, declared, inEffect, targets, tags, file, items, location)
    {
        _textStart = textStart;
        _textLength = textLength;
    }

    /// <summary>The task's text lines joined by line breaks (empty when it has none).</summary>
    /// <remarks>A text held as a span of the file is made into a string on each read.</remarks>
    public string Text
    {
        get => _textStart < 0 ? _text : _text.Substring(_textStart, _textLength);
        init
        {
            _text = value;
            _textStart = -1;
            _textLength = 0;
        }
    }

    /// <summary>Set when the task says <c>lead none</c>: no lead, on purpose, for this reason (empty when it gives none).</summary>
    public string? NoLeadReason { get; init; }

    /// <summary>What the compiler would write for the record, with the text compared by its characters.</summary>
    /// <remarks>
    /// Written out because of the text's two forms: a member added to the record must be added here and to
    /// <see cref="GetHashCode"/> (the generator's cache compares models; CompilePathEquivalenceTests compares the two forms).
    /// </remarks>
    public bool Equals(TaskModel? other)
        => ReferenceEquals(this, other)
            || (other is not null
                && string.Equals(Id, other.Id, System.StringComparison.Ordinal)
                && string.Equals(SectionId, other.SectionId, System.StringComparison.Ordinal)
                && string.Equals(Title, other.Title, System.StringComparison.Ordinal)
                && string.Equals(Label, other.Label, System.StringComparison.Ordinal)
                && Equals(Declared, other.Declared)
                && Equals(InEffect, other.InEffect)
                && Targets.Equals(other.Targets)
                && Tags.Equals(other.Tags)
                && TextEquals(other)
                && Items.Equals(other.Items)
                && Location.Equals(other.Location)
                && string.Equals(NoLeadReason, other.NoLeadReason, System.StringComparison.Ordinal));

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Hash(0, Id);
            hash = Hash(hash, SectionId);
            hash = Hash(hash, Title);
            hash = Hash(hash, Label);
            hash = (hash * -1521134295) + (Declared?.GetHashCode() ?? 0);
            hash = (hash * -1521134295) + (InEffect?.GetHashCode() ?? 0);
            hash = (hash * -1521134295) + Targets.GetHashCode();
            hash = (hash * -1521134295) + Tags.GetHashCode();
            hash = (hash * -1521134295) + TextHash();
            hash = (hash * -1521134295) + Items.GetHashCode();
            hash = (hash * -1521134295) + Location.GetHashCode();
            return Hash(hash, NoLeadReason);
        }
    }

    private static int Hash(int hash, string? value) => unchecked((hash * -1521134295) + (value is null ? 0 : System.StringComparer.Ordinal.GetHashCode(value)));

    private int TextLength => _textStart < 0 ? _text?.Length ?? -1 : _textLength;

    private bool TextEquals(TaskModel other)
    {
        var length = TextLength;
        if (length != other.TextLength)
        {
            return false;
        }

        if (length <= 0)
        {
            return true; // both null, or both empty
        }

        return string.CompareOrdinal(_text, _textStart < 0 ? 0 : _textStart, other._text, other._textStart < 0 ? 0 : other._textStart, length) == 0;
    }

    /// <summary>A hash of the text's characters, the same for a string and for a span of a file.</summary>
    private int TextHash()
    {
        if (_text is null)
        {
            return 0;
        }

        var (start, end) = _textStart < 0 ? (0, _text.Length) : (_textStart, _textStart + _textLength);
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ _text[i]) * 16777619;
            }

            return hash;
        }
    }
}

public sealed record ItemModel(
    string Id,
    string Title,
    string? Label,
    Responsibility Declared,
    Responsibility InEffect,
    EquatableArray<TargetModel> Targets,
    EquatableArray<string> Tags,
    string Text,
    TextLocation Location);

public enum TargetModelOperator
{
    None,
    Equal,
    GreaterOrEqual,
    LessOrEqual,
    Greater,
    Less,
}

/// <summary>A target; the number is kept as written (invariant decimal text) so it round-trips exactly.</summary>
public sealed record TargetModel(string Metric, TargetModelOperator Operator, string? Number, string? UnitText);

/// <summary>A deadline as written (<c>6月底前</c>) and/or the date it means.</summary>
public sealed record DeadlineModel(string? Text, PlanDate? Date);
