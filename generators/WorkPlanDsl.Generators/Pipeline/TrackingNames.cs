namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>The names of the generator's steps, for step tracking in tests and benchmarks.</summary>
public static class TrackingNames
{
    public const string PlanFiles = "WPlan.PlanFiles";
    public const string BoundPlans = "WPlan.BoundPlans";
    public const string PlanDeclarations = "WPlan.PlanDeclarations";
    public const string PlanNames = "WPlan.PlanNames";
    public const string EmitOptions = "WPlan.EmitOptions";
    public const string GeneratedPlans = "WPlan.GeneratedPlans";
    public const string PlanErrors = "WPlan.PlanErrors";
    public const string EditorConfigs = "WPlan.EditorConfigs";
}
