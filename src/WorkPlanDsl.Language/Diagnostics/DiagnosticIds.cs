namespace WorkPlanDsl.Language.Diagnostics;

/// <summary>The stable diagnostic ids, as constants so that Roslyn's release tracking can read the descriptors.</summary>
public static class DiagnosticIds
{
    public const string SyntaxError = "WPL0001";

    public const string MissingLead = "WPL0002";

    public const string LeadsAreGroups = "WPL0003";

    public const string UnknownReference = "WPL0004";

    public const string DuplicateIdentifier = "WPL0005";

    public const string LeadAlsoSupports = "WPL0006";

    public const string PlanStatement = "WPL0007";

    public const string MisplacedAttribute = "WPL0008";

    public const string DuplicatePlanName = "WPL0009";

    public const string DueOutsideYear = "WPL0010";

    public const string NotUtf8 = "WPL0012";

    public const string PlanNameClash = "WPL0013";

    public const string PlanNameHidesNamespace = "WPL0014";

    public const string UndatedDeadline = "WPL0015";

    public const string InternalError = "WPL0020";
}
