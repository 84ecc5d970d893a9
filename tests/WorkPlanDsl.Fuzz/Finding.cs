namespace WorkPlanDsl.Fuzz;

/// <summary>What an input did wrong.</summary>
internal enum FindingKind
{
    Crash,
    Hang,
    Uncompilable,
    RoundTrip,
    Wrong,
}

/// <summary>One finding: its kind, the stage, a signature to group equal ones, and the details to save.</summary>
internal sealed record Finding(FindingKind Kind, string Stage, string Signature, string Details);
