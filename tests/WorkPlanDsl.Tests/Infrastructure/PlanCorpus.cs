using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>The valid plans the tests compile: every file in plans/ and the test plans.</summary>
internal static class PlanCorpus
{
    /// <summary>plans/ and the test plans; a test plan whose plan name a file in plans/ declares too is left out (WPL0009).</summary>
    public static IReadOnlyList<(string RelativePath, string Text)> ValidPlans()
    {
        var plans = Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").Select(p => ("plans/" + Path.GetFileName(p), File.ReadAllText(p))).ToList();
        var names = new HashSet<string>(plans.Select(p => NameOf(p.Item2)));
        plans.AddRange(TestPlans().Where(p => names.Add(NameOf(p.Text))));
        return plans.OrderBy(p => p.Item1, System.StringComparer.Ordinal).ToArray();
    }

    public static IReadOnlyList<(string RelativePath, string Text)> TestPlans()
        => Directory.EnumerateFiles(RepositoryPaths.TestPlans, "*.wplan")
            .Select(p => ("tests/" + Path.GetFileName(p), File.ReadAllText(p)))
            .OrderBy(p => p.Item1, System.StringComparer.Ordinal)
            .ToArray();

    private static string NameOf(string plan) => WorkPlanDsl.Language.PlanCompiler.Compile(plan).Model?.Name ?? string.Empty;

    public static PlanProject ProjectWithAllPlans(PlanProject project) => With(project, ValidPlans());

    public static PlanProject ProjectWithTestPlans(PlanProject project) => With(project, TestPlans());

    private static PlanProject With(PlanProject project, IEnumerable<(string RelativePath, string Text)> plans)
    {
        foreach (var (path, text) in plans)
        {
            project.AddPlan(path, text);
        }

        return project;
    }
}
