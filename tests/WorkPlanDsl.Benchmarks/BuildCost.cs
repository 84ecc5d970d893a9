using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using WorkPlanDsl.Benchmarks.Inputs;

namespace WorkPlanDsl.Benchmarks;

/// <summary>
/// What a user pays: the wall time of a real <c>dotnet build</c> of a consumer project without plans, with the five
/// seed plans and with one 10,000-task plan, with the compiler server and without it. Each build recompiles (a C#
/// file is touched first) and builds nothing else (<c>BuildProjectReferences=false</c> after a first full build).
/// </summary>
public static class BuildCost
{
    private static readonly string[] PlanSets = { "none", "seeds", "10000-tasks" };

    public static void Run(int runs, string servers)
    {
        var directory = Path.Combine(Path.GetTempPath(), "wplan-build-cost-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        WriteConsumer(directory);
        Console.WriteLine("consumer: " + directory);
        Dotnet(directory, "build -c Release -p:Plans=seeds", mustSucceed: true);

        // Rounds interleave the three projects, so that a change in the machine's load falls on all of them; what a
        // set of plans adds is the median over rounds of its build time minus the plan-less build's in that round.
        var results = new List<string>();
        foreach (var server in new[] { true, false }.Where(s => servers == "both" || (s ? servers == "server" : servers == "no-server")))
        {
            var times = PlanSets.ToDictionary(p => p, _ => new List<double>());
            var serverCpu = PlanSets.ToDictionary(p => p, _ => new List<double>());
            foreach (var plans in PlanSets)
            {
                Build(directory, Arguments(plans, server));
            }

            for (var round = 0; round < runs; round++)
            {
                foreach (var plans in PlanSets)
                {
                    var cpuBefore = CompilerServerCpu();
                    times[plans].Add(Build(directory, Arguments(plans, server)));
                    serverCpu[plans].Add(CompilerServerCpu() - cpuBefore);
                }

                Console.WriteLine("server=" + server + " round " + (round + 1).ToString(CultureInfo.InvariantCulture) + " (load " + LoadAverage() + "): " + string.Join(", ", PlanSets.Select(p => p + " " + times[p][round].ToString("F2", CultureInfo.InvariantCulture) + " s" + (server ? " (compiler server CPU " + serverCpu[p][round].ToString("F2", CultureInfo.InvariantCulture) + " s)" : string.Empty))));
            }

            foreach (var plans in PlanSets)
            {
                var sorted = times[plans].OrderBy(t => t).ToArray();
                var added = Median(Enumerable.Range(0, runs).Select(r => times[plans][r] - times["none"][r]));
                var line = string.Format(CultureInfo.InvariantCulture, "{0,-12} server={1,-5} median {2,7:F2} s  min {3,7:F2} s  max {4,7:F2} s  adds (median of paired differences) {5,7:F2} s  ({6} rounds)", plans, server, Median(sorted), sorted[0], sorted[sorted.Length - 1], added, runs);
                if (server)
                {
                    line += string.Format(CultureInfo.InvariantCulture, "; compiler server CPU adds (median) {0:F2} s", Median(Enumerable.Range(0, runs).Select(r => serverCpu[plans][r] - serverCpu["none"][r])));
                }

                Console.WriteLine(line);
                results.Add(line);
            }
        }

        Console.WriteLine();
        results.ForEach(Console.WriteLine);
        Directory.Delete(directory, recursive: true);
    }

    // The machine's one compiler server: a server of our own (SharedCompilationId) was tried, and its builds fell back to
    // csc. Its CPU time is this benchmark's compiles alone only when nothing else builds on the machine; the load average
    // printed beside it says when that was so.
    private static string Arguments(string plans, bool server)
        => "build -c Release --no-restore -nologo -p:BuildProjectReferences=false -p:Plans=" + plans + " -p:UseSharedCompilation=" + (server ? "true" : "false");

    /// <summary>
    /// The CPU seconds (user and system) our compiler server has used so far; NaN where /proc is not available or the
    /// server was not found (a build that fell back to csc), so that a missing figure never reads as a measured 0.
    /// </summary>
    private static double CompilerServerCpu()
    {
        if (!Directory.Exists("/proc"))
        {
            return double.NaN;
        }

        foreach (var process in Directory.GetDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(process, "cmdline"));
                if (commandLine.Contains("VBCSCompiler", StringComparison.Ordinal))
                {
                    // Fields 14 and 15 of /proc/PID/stat (utime, stime), in clock ticks of 1/100 s (USER_HZ), counted after the name.
                    var fields = File.ReadAllText(Path.Combine(process, "stat")).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
                }
            }
            catch (IOException)
            {
                // The process ended while we read it.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return double.NaN;
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Build(string directory, string arguments)
    {
        File.SetLastWriteTimeUtc(Path.Combine(directory, "Program.cs"), DateTime.UtcNow);
        var watch = Stopwatch.StartNew();
        Dotnet(directory, arguments, mustSucceed: true);
        return watch.Elapsed.TotalSeconds;
    }

    public static void WriteConsumer(string directory)
    {
        var root = PlanInputs.Root;
        Directory.CreateDirectory(Path.Combine(directory, "plans", "none"));
        Directory.CreateDirectory(Path.Combine(directory, "plans", "seeds"));
        Directory.CreateDirectory(Path.Combine(directory, "plans", "10000-tasks"));
        foreach (var (name, text) in PlanInputs.SeedPlans())
        {
            File.WriteAllText(Path.Combine(directory, "plans", "seeds", name + ".wplan"), text);
        }

        File.WriteAllText(Path.Combine(directory, "plans", "10000-tasks", "synthetic-10000.wplan"), SyntheticPlans.Plan(10_000, "Synthetic.TenThousand"));
        File.Copy(Path.Combine(root, "nuget.config"), Path.Combine(directory, "nuget.config"));
        File.Copy(Path.Combine(root, "global.json"), Path.Combine(directory, "global.json"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "public static class Program { public static void Main() { System.Console.WriteLine(\"consumer\"); } }\n");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{root}/src/WorkPlanDsl/build/WorkPlanDsl.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <WPlanIncludePlans>false</WPlanIncludePlans>
                <Plans Condition="'$(Plans)' == ''">none</Plans>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="plans/$(Plans)/*.wplan" />
                <ProjectReference Include="{root}/generators/WorkPlanDsl.Generators/WorkPlanDsl.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{root}/src/WorkPlanDsl/WorkPlanDsl.csproj" />
              </ItemGroup>
              <Import Project="{root}/src/WorkPlanDsl/build/WorkPlanDsl.targets" />
            </Project>
            """);
    }

    private static void Dotnet(string directory, string arguments, bool mustSucceed)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (mustSucceed && process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + arguments + " failed:\n" + output.Result + error.Result);
        }
    }
}
