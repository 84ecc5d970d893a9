using System.Collections.Generic;

namespace WorkPlanDsl.Language.Diagnostics;

/// <summary>The one catalogue of WPlan diagnostics. Ids are stable: never reuse or renumber one.</summary>
public static class DiagnosticCatalog
{
    public const string HelpLinkBase = "https://github.com/workplandsl/workplandsl/blob/main/docs/diagnostics/";

    public const string Syntax = "WorkPlanDsl.Syntax";
    public const string Accountability = "WorkPlanDsl.Accountability";
    public const string Declarations = "WorkPlanDsl.Declarations";
    public const string Structure = "WorkPlanDsl.Structure";
    public const string Internal = "WorkPlanDsl.Internal";

    public static readonly DiagnosticInfo SyntaxError = new(
        DiagnosticIds.SyntaxError, "Plan syntax error", "{0}", PlanSeverity.Error, Syntax,
        "A line of the plan is not a well-formed statement: an unknown keyword, a missing or extra argument, an unterminated string, a bad escape, date or number.");

    public static readonly DiagnosticInfo MissingLead = new(
        DiagnosticIds.MissingLead, "Task has no lead unit", "Task '{0}' has no lead unit (牵头): it declares no 'lead' and its section gives none", PlanSeverity.Warning, Accountability,
        "Every task should have a lead (牵头) unit in effect, its own or its section's, so that someone is accountable for it.");

    public static readonly DiagnosticInfo LeadsAreGroups = new(
        DiagnosticIds.LeadsAreGroups, "Task is led only by groups", "Task '{0}' is led only by groups ({1}): nobody in particular is accountable", PlanSeverity.Warning, Accountability,
        "A group (各县市区卫生健康局, 委机关各科室) is a collective; a task led only by groups has no accountable department.");

    public static readonly DiagnosticInfo UnknownReference = new(
        DiagnosticIds.UnknownReference, "Unknown unit or group", "'{0}' is not a declared unit or group{1}", PlanSeverity.Error, Declarations,
        "A lead or support reference must name a unit or group declared in the same file, by its identifier or an alias.");

    public static readonly DiagnosticInfo DuplicateIdentifier = new(
        DiagnosticIds.DuplicateIdentifier, "Duplicate identifier", "{0} '{1}' is already declared at line {2}", PlanSeverity.Error, Declarations,
        "Units and groups (with their aliases) share one name space, sections one, tasks and items one; a name may be declared once in each.");

    public static readonly DiagnosticInfo LeadAlsoSupports = new(
        DiagnosticIds.LeadAlsoSupports, "Unit both leads and supports", "'{0}' is both lead and support of '{1}'{2}", PlanSeverity.Warning, Accountability,
        "A unit that leads a task does not also support it; one of the two references is a mistake.");

    public static readonly DiagnosticInfo PlanStatement = new(
        DiagnosticIds.PlanStatement, "Misplaced plan statement", "{0}", PlanSeverity.Error, Structure,
        "A plan file starts with exactly one 'plan' statement (comments and blank lines aside).");

    public static readonly DiagnosticInfo MisplacedAttribute = new(
        DiagnosticIds.MisplacedAttribute, "Attribute not allowed here", "{0}", PlanSeverity.Error, Structure,
        "An attribute statement attaches to the element opened last; it must be one that element takes, and title, label, due, lead, support and the plan's metadata are given once per element.");

    public static readonly DiagnosticInfo DuplicatePlanName = new(
        DiagnosticIds.DuplicatePlanName, "Duplicate plan name", "Plan '{0}' is also declared in '{1}'", PlanSeverity.Error, Declarations,
        "Two plan files in one compilation declare the same plan name, so their generated types would collide.");

    public static readonly DiagnosticInfo DueOutsideYear = new(
        DiagnosticIds.DueOutsideYear, "Deadline outside the plan's year", "Deadline {0} is outside the plan's year {1}", PlanSeverity.Warning, Structure,
        "A 'due' date falls outside the year the plan covers.");

    public static readonly DiagnosticInfo NotUtf8 = new(
        DiagnosticIds.NotUtf8, "Plan file is not UTF-8", "The file is not UTF-8 ({0}); save it as UTF-8", PlanSeverity.Warning, Syntax,
        "Plan files are UTF-8. A file saved in another encoding (GBK by a Chinese-locale editor, say) reads as garbage: its bad bytes reach the build as U+FFFD replacement characters. A file with a UTF-16 or UTF-32 byte order mark is reported too, so that the build and 'workplan check' agree on every file.");

    public static readonly DiagnosticInfo PlanNameClash = new(
        DiagnosticIds.PlanNameClash, "Plan names clash in C#", "Plan '{0}' would generate {1}, but plan '{2}' in '{3}' generates {4}", PlanSeverity.Error, Declarations,
        "Two plans of one compilation map to C# names that cannot stand together: one type name (after WPlanNamespace, keyword escaping and identifier repair: 'Org.Plan' and 'Org.Plan_' both become Org.Plan_), or one plan's type is another plan's namespace ('A.B' next to 'A.B.C'). Neither generates; rename one or give it a WPlanNamespace.");

    public static readonly DiagnosticInfo PlanNameHidesNamespace = new(
        DiagnosticIds.PlanNameHidesNamespace, "Plan name hides a namespace", "Plan '{0}' would generate the type '{1}', which hides the namespace '{2}' that the generated code and its users need; choose another name or set WPlanNamespace", PlanSeverity.Error, Declarations,
        "A plan type named System or WorkPlanDsl, or declared in the System namespaces or directly in WorkPlanDsl, hides the types the generated code is made of (System.DateTime, WorkPlanDsl.PlanTask, ...), so nothing would compile. The plan does not generate.");

    public static readonly DiagnosticInfo UndatedDeadline = new(
        DiagnosticIds.UndatedDeadline, "Deadline without a year", "Deadline '{0}' has no date: the plan declares neither 'year' nor 'published', so the words name no year", PlanSeverity.Warning, Structure,
        "A worded deadline (6月底前, 三季度, 年底前) is dated in the plan's year, from 'year' or else 'published'. A plan with neither leaves it without a date, so overdue queries and the exports' dates skip it.");

    public static readonly DiagnosticInfo InternalError = new(
        DiagnosticIds.InternalError, "Internal error while processing a plan", "Internal error while processing this plan: {0}; please report it", PlanSeverity.Error, Internal,
        "The plan's processing failed in the tools themselves, not because of anything the plan may not say. Only this plan is affected: its code is not generated (or its other diagnostics are incomplete); the other plans are processed as usual.");

    public static IReadOnlyList<DiagnosticInfo> All { get; } = new[]
    {
        SyntaxError, MissingLead, LeadsAreGroups, UnknownReference, DuplicateIdentifier, LeadAlsoSupports,
        PlanStatement, MisplacedAttribute, DuplicatePlanName, DueOutsideYear, NotUtf8, PlanNameClash, PlanNameHidesNamespace, UndatedDeadline, InternalError,
    };

    /// <summary>The catalogue entry of an id.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the catalogue.</exception>
    public static DiagnosticInfo ById(string id)
    {
        foreach (var info in All)
        {
            if (info.Id == id)
            {
                return info;
            }
        }

        throw new KeyNotFoundException("No diagnostic " + id + " in the catalogue.");
    }
}
