using System;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// Where the tests make one plan's processing fail, to check that the failure costs that plan only. The switch is the
/// plan file's analyzer config option <see cref="Option"/>, read through the pipeline's input like any other option,
/// so it is no static state; nothing sets it in a build but a test (or someone reproducing WPL0020 on purpose).
/// </summary>
internal static class TestFault
{
    public const string Option = "wplan_internal_test_fault";

    public const string Read = "read";
    public const string Bind = "bind";
    public const string Emit = "emit";
    public const string Analyze = "analyze";

    public static void ThrowIf(string? fault, string stage)
    {
        if (string.Equals(fault, stage, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("fault injected at '" + stage + "' by " + Option);
        }
    }
}
