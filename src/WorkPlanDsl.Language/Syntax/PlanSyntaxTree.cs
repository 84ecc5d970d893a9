using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>A parsed plan file: the well-formed statements in order and a diagnostic for each line that was not.</summary>
public sealed class PlanSyntaxTree
{
    public PlanSyntaxTree(LineMap lines, EquatableArray<StatementSyntax> statements, EquatableArray<PlanDiagnostic> diagnostics)
    {
        Lines = lines;
        Statements = statements;
        Diagnostics = diagnostics;
    }

    public LineMap Lines { get; }

    public string Text => Lines.Text;

    public EquatableArray<StatementSyntax> Statements { get; }

    public EquatableArray<PlanDiagnostic> Diagnostics { get; }
}
