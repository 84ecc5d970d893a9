using System;
using System.Globalization;
using System.IO;

namespace WorkPlanDsl.Fuzz;

/// <summary>The command line: how many inputs (or how long), from which seed, on how many threads, and where findings go.</summary>
internal sealed record FuzzOptions(long Count, TimeSpan? Duration, int Seed, int Threads, string Findings, int CompileEvery, long? Replay, long Start)
{
    public const string Usage = "dotnet run -c Release --project tests/WorkPlanDsl.Fuzz -- [--count N] [--minutes M] [--seed S] [--threads T] [--compile-every K] [--findings DIR] [--start I] [--replay I]";

    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions(10_000, null, 1, 1, Path.Combine(RepositoryRoot(), "tests", "WorkPlanDsl.Fuzz", "findings"), 4, null, 0);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value\n" + Usage);
            long Number() => long.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--count" => options with { Count = Number() },
                "--minutes" => options with { Duration = TimeSpan.FromMinutes(Number()), Count = long.MaxValue },
                "--seed" => options with { Seed = (int)Number() },
                "--threads" => options with { Threads = Math.Max(1, (int)Number()) },
                "--compile-every" => options with { CompileEvery = Math.Max(1, (int)Number()) },
                "--findings" => options with { Findings = Path.GetFullPath(Next()) },
                "--start" => options with { Start = Number() },
                "--replay" => options with { Replay = Number() },
                _ => throw new ArgumentException("unknown argument " + args[i] + "\n" + Usage),
            };
        }

        return options;
    }

    /// <summary>The repository the current directory (or else the fuzzer's own build) is in.</summary>
    public static string RepositoryRoot()
        => Find(Environment.CurrentDirectory) ?? Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("run the fuzzer from inside the repository");

    private static string? Find(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkPlanDsl.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
