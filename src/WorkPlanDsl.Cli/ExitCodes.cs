namespace WorkPlanDsl.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The output was written, but not all of the input could be classified (import), or a check found errors.</summary>
    public const int Incomplete = 1;

    /// <summary>Nothing was written: a missing file, a document that is not text, a bad argument.</summary>
    public const int Failed = 2;
}
