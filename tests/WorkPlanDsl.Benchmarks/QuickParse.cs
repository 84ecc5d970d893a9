using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using WorkPlanDsl.Benchmarks.Inputs;
using WorkPlanDsl.Benchmarks.Peers;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Benchmarks;

/// <summary>
/// A rough check while working (not a benchmark): parse + bind and System.Text.Json on the same content, the best of a
/// few runs each, interleaved so that both see the same load, and the bytes each allocates per task.
/// </summary>
/// <remarks>
/// Each input is first run for <see cref="WarmUp"/> (both parsers, interleaved) before anything is timed: the runtime
/// compiles a method first without optimization and only later, in the background, with it (tiered compilation), so
/// the first input of a run used to be timed on unoptimized code. 株洲, the first input of the list, measured 0.23–0.28
/// ms and a ratio to System.Text.Json of 0.55 when first, and 0.044–0.074 ms (ratio 1.6–3.7) when measured again in
/// the same process. <c>WPLAN_QUICK_WARMUP_MS</c> sets the time (default 2,000 ms; 0 for none, to see the cold figures).
/// </remarks>
public static class QuickParse
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("WPLAN_QUICK_WARMUP_MS"), out var ms) ? ms : 2_000);

    /// <summary>Runs the actions in turn until <see cref="WarmUp"/> has passed (and each at least twice, unless no warm-up is asked for).</summary>
    private static void Warm(params Func<object?>[] actions)
    {
        if (WarmUp <= TimeSpan.Zero)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        for (var round = 0; round < 2 || watch.Elapsed < WarmUp; round++)
        {
            foreach (var action in actions)
            {
                GC.KeepAlive(action());
            }
        }
    }

    public static void Run(string[] names)
    {
        foreach (var name in names.Length > 0 ? names : PlanInputs.Names)
        {
            var wplan = ParseBenchmarks.InputFor(nameof(ParseBenchmarks.WPlanParseAndBind), name);
            var json = ParseBenchmarks.InputFor(nameof(ParseBenchmarks.SystemTextJsonDeserialize), name);
            var tasks = PlanCompiler.Compile(wplan).Model!.Tasks.Count;
            Warm(() => PlanCompiler.Compile(wplan).Model, () => JsonSerializer.Deserialize(json, PeerJsonContext.Default.PeerPlan));
            var repeat = Math.Max(1, 2_000_000 / wplan.Length);
            var runs = wplan.Length > 10_000_000 ? 3 : 7;
            double bestPlan = double.MaxValue, bestJson = double.MaxValue;
            long planBytes = 0, jsonBytes = 0;
            for (var run = 0; run < runs; run++)
            {
                (var time, planBytes) = Measure(repeat, () => PlanCompiler.Compile(wplan).Model);
                bestPlan = Math.Min(bestPlan, time);
                (time, jsonBytes) = Measure(repeat, () => JsonSerializer.Deserialize(json, PeerJsonContext.Default.PeerPlan));
                bestJson = Math.Min(bestJson, time);
            }

            var megabytes = Encoding.UTF8.GetByteCount(wplan) / 1e6;
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0,-18} {1,9:F3} ms {2,7:F0} MB/s  STJ {3,9:F3} ms  ratio {4,5:F2}  alloc/task WPlan {5,8:N0} B  STJ {6,8:N0} B",
                name, bestPlan, megabytes / (bestPlan / 1000), bestJson, bestJson / bestPlan, planBytes / tasks, jsonBytes / tasks));
        }
    }

    /// <summary>
    /// Where parse + bind spend their time and memory: the line map, the parse (which includes its own line map) and
    /// the bind, each with the bytes it allocates and the collections it causes (best of a few runs).
    /// </summary>
    public static void Phases(string[] names)
    {
        foreach (var name in names.Length > 0 ? names : PlanInputs.Names)
        {
            var wplan = ParseBenchmarks.InputFor(nameof(ParseBenchmarks.WPlanParseAndBind), name);
            var tasks = PlanCompiler.Compile(wplan).Model!.Tasks.Count;
            var runs = wplan.Length > 10_000_000 ? 3 : wplan.Length > 1_000_000 ? 5 : 21;
            Warm(() => PlanCompiler.Compile(wplan), () => WorkPlanDsl.Language.Binding.PlanBinder.Bind(WorkPlanDsl.Language.Syntax.PlanParser.Parse(wplan)));
            Phase(name, "line map", runs, tasks, () => new WorkPlanDsl.Language.Text.LineMap(wplan));
            Phase(name, "parse", runs, tasks, () => WorkPlanDsl.Language.Syntax.PlanParser.Parse(wplan));
            var tree = WorkPlanDsl.Language.Syntax.PlanParser.Parse(wplan);
            Phase(name, "bind", runs, tasks, () => WorkPlanDsl.Language.Binding.PlanBinder.Bind(tree));
            tree = null;
            Phase(name, "compile", runs, tasks, () => PlanCompiler.Compile(wplan));
        }
    }

    private static void Phase(string name, string phase, int runs, int tasks, Func<object?> action)
    {
        var best = double.MaxValue;
        var bestPause = 0.0;
        long bytes = 0;
        int gen0 = 0, gen1 = 0, gen2 = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (c0, c1, c2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause = GC.GetTotalPauseDuration();
            (var time, bytes) = Measure(1, action);
            pause = GC.GetTotalPauseDuration() - pause;
            (gen0, gen1, gen2) = (GC.CollectionCount(0) - c0, GC.CollectionCount(1) - c1, GC.CollectionCount(2) - c2);
            if (time < best)
            {
                (best, bestPause) = (time, pause.TotalMilliseconds);
            }
        }

        // The collector's pauses are those of the best run: the time the compile waited for collections.
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-18} {1,-9} {2,9:F3} ms  alloc/task {3,8:N0} B  gc {4}/{5}/{6}  paused {7,8:F3} ms",
            name, phase, best, bytes / tasks, gen0, gen1, gen2, bestPause));
    }

    private static (double Milliseconds, long Bytes) Measure(int repeat, Func<object?> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            GC.KeepAlive(action());
        }

        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds / repeat, (GC.GetAllocatedBytesForCurrentThread() - before) / repeat);
    }
}

/// <summary>A rough check while working: the in-process compile cost of the generated code of a 10,000-task plan.</summary>
public static class QuickCompile
{
    public static void Run(string? onlyShape = null)
    {
        var project = BenchmarkProject.Create("10000-tasks");
        project.NewDriver().RunGeneratorsAndUpdateCompilation(project.Compilation, out var output, out _);
        var generated = output.SyntaxTrees.Last();
        Console.WriteLine("generated: " + generated.Length.ToString("N0", CultureInfo.InvariantCulture) + " chars");
        var text = generated.ToString();
        var options = (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)generated.Options;
        var noDocs = System.Text.RegularExpressions.Regex.Replace(text, @"^\s*///.*\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline);
        var noData = System.Text.RegularExpressions.Regex.Replace(text, "^(\\s+)\"1[^\n]*\"\\);$", "$1\"\");", System.Text.RegularExpressions.RegexOptions.Multiline);
        var shapes = new (string Name, string Text)[] { ("as generated", text), ("without XML docs", noDocs), ("without the data string", noData) };
        foreach (var shape in shapes)
        {
            Console.WriteLine(shape.Name + ": " + shape.Text.Length.ToString("N0", CultureInfo.InvariantCulture) + " chars");
        }

        if (onlyShape is not null)
        {
            // One emit in a fresh process, as a build without the compiler server does it.
            var only = shapes.Single(s => s.Name.Replace(' ', '-') == onlyShape);
            var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(only.Text, options, generated.FilePath);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "cold emit, {0}: {1:F0} ms", only.Name, Time(() => Emit(project.Compilation.AddSyntaxTrees(tree)))));
            return;
        }

        for (var run = 0; run < 3; run++)
        {
            var without = Time(() => Emit(project.Compilation.Clone()));
            Console.Write(string.Format(CultureInfo.InvariantCulture, "emit without {0:F0} ms", without));
            foreach (var shape in shapes)
            {
                var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(shape.Text, options, generated.FilePath);
                Console.Write(string.Format(CultureInfo.InvariantCulture, "; {0} {1:F0} ms", shape.Name, Time(() => Emit(project.Compilation.AddSyntaxTrees(tree)))));
            }

            Console.WriteLine();
        }
    }

    private static bool Emit(Microsoft.CodeAnalysis.Compilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        return compilation.Emit(stream).Success;
    }

    private static double Time(Func<object?> action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
