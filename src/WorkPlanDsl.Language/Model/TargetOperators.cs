namespace WorkPlanDsl.Language;

/// <summary>The one mapping between a target's comparison and how it is written.</summary>
public static class TargetOperators
{
    /// <summary>The comparison a target statement writes (the scanner reads ≥ and ≤ as &gt;= and &lt;=).</summary>
    public static TargetModelOperator Parse(string? text) => text switch
    {
        "=" => TargetModelOperator.Equal,
        ">=" => TargetModelOperator.GreaterOrEqual,
        "<=" => TargetModelOperator.LessOrEqual,
        ">" => TargetModelOperator.Greater,
        "<" => TargetModelOperator.Less,
        _ => TargetModelOperator.None,
    };

    /// <summary>As WPlan and JSON write it: <c>&gt;=</c>; null for a target without a number.</summary>
    public static string? Text(this TargetModelOperator comparison) => comparison switch
    {
        TargetModelOperator.Equal => "=",
        TargetModelOperator.GreaterOrEqual => ">=",
        TargetModelOperator.LessOrEqual => "<=",
        TargetModelOperator.Greater => ">",
        TargetModelOperator.Less => "<",
        _ => null,
    };

    /// <summary>As a reader sees it in a document: <c>≥</c>.</summary>
    public static string Symbol(this TargetModelOperator comparison) => comparison switch
    {
        TargetModelOperator.GreaterOrEqual => "≥",
        TargetModelOperator.LessOrEqual => "≤",
        TargetModelOperator.Greater => ">",
        TargetModelOperator.Less => "<",
        _ => "=",
    };
}
