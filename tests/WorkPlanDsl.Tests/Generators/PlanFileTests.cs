using WorkPlanDsl.Generators.Pipeline;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

public class PlanFileTests
{
    [Theory]
    [InlineData("/repo/app/plans/a.wplan", "/repo/app/", "plans/a.wplan")]
    [InlineData("/repo/app/a.wplan", "/repo/app", "a.wplan")]
    [InlineData("/repo/plans/a.wplan", "/repo/src/App/", "../../plans/a.wplan")]
    [InlineData(@"C:\repo\plans\a.wplan", @"C:\repo\src\App\", "../../plans/a.wplan")]
    [InlineData(@"D:\elsewhere\a.wplan", @"C:\repo\src\App\", "a.wplan")]
    [InlineData("/other/a.wplan", "/repo/app/", "a.wplan")]
    [InlineData("/repo/app/plans/a.wplan", null, "a.wplan")]
    public void Paths_are_relative_to_the_project(string path, string? projectDir, string expected)
        => Assert.Equal(expected, PlanFile.ProjectRelativePath(path, projectDir));
}
