namespace WorkPlanDsl.Language.Syntax;

public enum StatementKind
{
    Plan,
    Title,
    Issuer,
    Published,
    Year,
    Source,
    Unit,
    Group,
    Section,
    Task,
    Item,
    Label,
    Lead,
    Support,
    Due,
    Target,
    Tag,
    Text,
}
