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
    /// <summary>Set when the task says <c>lead none</c>: no lead, on purpose, for this reason (empty when it gives none).</summary>
    public string? NoLeadReason { get; init; }
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
