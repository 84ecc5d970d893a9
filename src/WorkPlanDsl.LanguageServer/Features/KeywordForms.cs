using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>The form of each statement and what it applies to, as docs/language.md gives them, for completion and hover.</summary>
internal static class KeywordForms
{
    public static string Form(StatementKind kind) => kind switch
    {
        StatementKind.Plan => "plan DottedName [\"title\"] — opens the plan: the first statement, exactly once",
        StatementKind.Title => "title \"…\" — plan, section, task, item",
        StatementKind.Issuer => "issuer \"…\" — plan",
        StatementKind.Published => "published Date — plan",
        StatementKind.Year => "year 2024 — plan (four digits)",
        StatementKind.Source => "source \"…\" — plan",
        StatementKind.Unit => "unit Ident [\"full name\"] [alias Ident, …] — declares a department",
        StatementKind.Group => "group Ident [\"full name\"] [alias Ident, …] — declares a collective",
        StatementKind.Section => "section Ident [\"title\"] — opens a section",
        StatementKind.Task => "task Ident [\"title\"] — opens a task",
        StatementKind.Item => "item [Ident] [\"title\"] — opens a sub-item of the current task",
        StatementKind.Label => "label \"(二)\" — section, task, item",
        StatementKind.Lead => "lead Ref, … — the lead (牵头) units of a section, task or item",
        StatementKind.Support => "support Ref, … — the supporting (配合) units of a section, task or item",
        StatementKind.Due => "due Date or due \"6月底前\" — section, task, item",
        StatementKind.Target => "target \"metric\" [Op Number [unit text]] — task, item",
        StatementKind.Tag => "tag Ident, … — task, item",
        _ => "| text line — plan (preface), section, task, item",
    };
}
