using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WorkPlanDsl.Benchmarks.Inputs;

/// <summary>The plans the benchmarks run on: every file in plans/ and synthetic plans of 1,000 to 100,000 tasks.</summary>
public static class PlanInputs
{
    public static readonly string[] Names = { "zhuzhou-2024", "wuxi-2020", "lucheng-2021", "yangjiang-2025", "shanxi-2017", "synthetic-1000", "synthetic-10000", "synthetic-100000" };

    private static readonly Dictionary<string, string> Cache = new();

    public static string Root { get; } = FindRoot();

    public static string Text(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var text))
            {
                text = name.StartsWith("synthetic-", StringComparison.Ordinal)
                    ? SyntheticPlans.Plan(int.Parse(name.Substring("synthetic-".Length), System.Globalization.CultureInfo.InvariantCulture))
                    : File.ReadAllText(Path.Combine(Root, "plans", name + ".wplan"));
                Cache[name] = text;
            }

            return text;
        }
    }

    public static IEnumerable<(string Name, string Text)> SeedPlans()
        => Directory.EnumerateFiles(Path.Combine(Root, "plans"), "*.wplan").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));

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
