using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Diagnostics;

/// <summary>A diagnostic of one plan file: what, where and the words to fill the message with.</summary>
public sealed record PlanDiagnostic(DiagnosticInfo Info, TextLocation Location, EquatableArray<string> Arguments)
{
    public string Id => Info.Id;

    public bool IsError => Info.DefaultSeverity == PlanSeverity.Error;

    public string Message => Info.Format(Arguments);

    public static PlanDiagnostic Create(DiagnosticInfo info, TextLocation location, params string[] arguments)
        => new(info, location, new EquatableArray<string>(arguments));

    /// <summary>The MSBuild form: <c>file(line,col): warning WPL0002: message</c>.</summary>
    public string ToString(string file)
        => file + Location + ": " + (IsError ? "error " : "warning ") + Id + ": " + Message;

    public override string ToString() => ToString(string.Empty);
}
