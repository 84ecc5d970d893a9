using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators.Analyzers;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// Why one plan could not be processed: the file and the exception, as values. It becomes WPL0020 at that file and
/// costs that plan only; the other plans' code is generated as usual.
/// </summary>
internal sealed record PlanFailure(string Path, string Description)
{
    public static PlanFailure From(string path, Exception exception) => new(path, InternalError.Describe(exception));

    /// <summary>True for every exception but the one that cancellation asked for, which must reach the driver.</summary>
    public static bool IsFailure(Exception exception, CancellationToken cancellationToken)
        => !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>WPL0020 at the start of the plan file.</summary>
    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(PlanDescriptors.InternalError, Location.Create(Path, default(TextSpan), default(LinePositionSpan)), Description);
}
