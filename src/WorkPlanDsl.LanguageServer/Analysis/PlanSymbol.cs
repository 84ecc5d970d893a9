namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>What a name in a plan file names. Units and groups share one name space, tasks and items another.</summary>
internal enum PlanSymbolKind
{
    Plan,
    Unit,
    Group,
    Section,
    Task,
    Item,
    Tag,

    /// <summary>A lead or support reference that names no declared unit (WPL0004).</summary>
    UnknownUnit,
}

/// <summary>
/// One occurrence of a name: where it is written, what it names (<see cref="Key"/>: the unit's id for every spelling
/// of a unit, the element's id otherwise) and how it is spelt here (an alias, or the id).
/// </summary>
internal readonly record struct PlanSymbol(int Start, int Length, PlanSymbolKind Kind, string Key, string Spelling, bool IsDeclaration)
{
    public int End => Start + Length;

    /// <summary>Units and groups are one name space: a reference finds its declaration whichever of the two it is.</summary>
    public bool SameSymbol(PlanSymbol other) => Key == other.Key && Space(Kind) == Space(other.Kind);

    public static int Space(PlanSymbolKind kind) => kind switch
    {
        PlanSymbolKind.Unit or PlanSymbolKind.Group or PlanSymbolKind.UnknownUnit => 1,
        PlanSymbolKind.Task or PlanSymbolKind.Item => 2,
        PlanSymbolKind.Section => 3,
        PlanSymbolKind.Tag => 4,
        _ => 0,
    };
}
