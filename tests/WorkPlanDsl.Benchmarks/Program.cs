using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Benchmarks.Inputs;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--report")
        {
            Report();
            return 0;
        }

        if (args.Length > 0 && args[0] == "--build-cost")
        {
            BuildCost.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 2 ? args[2] : "both");
            return 0;
        }

        if (args.Length > 1 && args[0] == "--write-consumer")
        {
            // The --build-cost consumer, kept, to look into one build (-bl, -p:ReportAnalyzer=true).
            BuildCost.WriteConsumer(args[1]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--quick-parse")
        {
            QuickParse.Run(args.Skip(1).ToArray());
            return 0;
        }

        if (args.Length > 0 && args[0] == "--parse-phases")
        {
            QuickParse.Phases(args.Skip(1).ToArray());
            return 0;
        }

        if (args.Length > 0 && args[0] == "--quick-compile")
        {
            QuickCompile.Run(args.Length > 1 ? args[1] : null);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>What BenchmarkDotNet does not show: the driver's own timing, the steps' run reasons, the input sizes.</summary>
    private static void Report()
    {
        Console.OutputEncoding = Encoding.UTF8;
        foreach (var name in PlanInputs.Names)
        {
            var text = PlanInputs.Text(name);
            var model = PlanCompiler.Compile(text).Model!;
            Console.WriteLine($"{name}: {Encoding.UTF8.GetByteCount(text):N0} bytes, {model.Tasks.Count:N0} tasks, {model.Tasks.Sum(t => t.Items.Count):N0} items");
        }

        foreach (var name in new[] { "seeds", "100-plans", "10000-tasks" })
        {
            var project = BenchmarkProject.Create(name);
            var cold = project.NewDriver().RunGenerators(project.Compilation);
            var warm = cold.RunGenerators(project.Compilation);
            var edited = warm.RunGenerators(project.WithEditedCSharp());
            var (old, changed) = project.EditedPlan();
            var planEdited = edited.ReplaceAdditionalText(old, changed).RunGenerators(project.WithEditedCSharp());
            foreach (var (label, driver) in new[] { ("cold", cold), ("nothing changed", warm), (".cs edited", edited), ("one plan edited", planEdited) })
            {
                var timing = driver.GetTimingInfo();
                var steps = driver.GetRunResult().Results.Single().TrackedSteps
                    .Where(s => s.Key.StartsWith("WPlan.", StringComparison.Ordinal))
                    .SelectMany(s => s.Value.SelectMany(step => step.Outputs))
                    .GroupBy(o => o.Reason)
                    .Select(g => g.Key + " " + g.Count());
                Console.WriteLine($"{name}, {label}: driver {timing.ElapsedTime.TotalMilliseconds:F3} ms; plan steps: {string.Join(", ", steps)}");
            }
        }
    }
}
