using System;
using System.IO;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>Where the repository's files are, found from the test binaries by walking up to the solution.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Plans => Path.Combine(Root, "plans");

    public static string TestPlans => Path.Combine(Root, "tests", "WorkPlanDsl.Tests", "Plans");

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>Copies of the seed documents (test fixtures).</summary>
    public static string Seeds => Path.Combine(Root, "tests", "WorkPlanDsl.Tests", "Seeds");

    /// <summary>The corpus of further real plans, beside the repository where the workplace provides it; never copied in.</summary>
    public static string? Corpus => Directory.Exists(Path.Combine(Root, "..", "shared", "corpus")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus")) : null;

    public static string TestPlan(string name) => File.ReadAllText(Path.Combine(TestPlans, name));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkPlanDsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WorkPlanDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
