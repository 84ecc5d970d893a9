using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

public class SnapshotTests
{
    [Fact]
    public void Spec_example()
    {
        var output = new PlanProject().AddPlan("plans/spec-example.wplan", RepositoryPaths.TestPlan("spec-example.wplan")).Generate();
        Snapshot.Match(output.Source("Zhuzhou.Health2024.g.cs"), nameof(Spec_example));
    }

    [Fact]
    public void All_features()
    {
        var output = new PlanProject().AddPlan("plans/all-features.wplan", RepositoryPaths.TestPlan("all-features.wplan")).Generate();
        Snapshot.Match(output.Source("Demo.Features.AllFeatures2025.g.cs"), nameof(All_features));
    }

    [Fact]
    public void All_features_at_CSharp_7_3_has_no_nullable_directive()
    {
        var output = new PlanProject { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3 }
            .AddPlan("plans/all-features.wplan", RepositoryPaths.TestPlan("all-features.wplan"))
            .Generate();
        Assert.DoesNotContain("#nullable", output.Source("Demo.Features.AllFeatures2025.g.cs"));
    }
}
