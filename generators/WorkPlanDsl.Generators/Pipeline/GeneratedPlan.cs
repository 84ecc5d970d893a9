namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>The C# source of one plan and the hint name it is added under.</summary>
internal sealed record GeneratedPlan(string HintName, string Source);
