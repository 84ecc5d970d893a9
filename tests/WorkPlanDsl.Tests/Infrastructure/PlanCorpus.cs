using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>The valid plans the tests compile: every file in plans/ and the test plans.</summary>
internal static class PlanCorpus
{
    public static IReadOnlyList<(string RelativePath, string Text)> ValidPlans()
        => Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan")
            .Select(p => ("plans/" + Path.GetFileName(p), File.ReadAllText(p)))
            .Concat(Directory.EnumerateFiles(RepositoryPaths.TestPlans, "*.wplan").Select(p => ("tests/" + Path.GetFileName(p), File.ReadAllText(p))))
            .OrderBy(p => p.Item1, System.StringComparer.Ordinal)
            .ToArray();

    public static PlanProject ProjectWithAllPlans(PlanProject project)
    {
        foreach (var (path, text) in ValidPlans())
        {
            project.AddPlan(path, text);
        }

        return project;
    }
}
