namespace WorkPlanDsl.Language.Diagnostics;

/// <summary>How serious a diagnostic is by default; mirrors Roslyn's DiagnosticSeverity without depending on it.</summary>
public enum PlanSeverity
{
    Warning,
    Error,
}

/// <summary>One entry of the diagnostic catalogue: everything a Roslyn descriptor or the command line needs.</summary>
public sealed record DiagnosticInfo(string Id, string Title, string MessageFormat, PlanSeverity DefaultSeverity, string Category, string Description)
{
    public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id + ".md";

    public string Format(EquatableArray<string> arguments)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, System.Linq.Enumerable.ToArray<object>(arguments));
}
