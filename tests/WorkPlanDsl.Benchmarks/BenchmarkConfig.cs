using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace WorkPlanDsl.Benchmarks;

/// <summary>One configuration for all benchmarks: a short but repeated job, allocations measured, ratios to the baseline.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        // WPLAN_BENCH_SHORT=1: one warm-up and three measured iterations, for a machine shared with other work.
        var isShort = System.Environment.GetEnvironmentVariable("WPLAN_BENCH_SHORT") == "1";
        // WPLAN_BENCH_SHORT=1 also runs in process: on a loaded machine the benchmark's own build can time out.
        var job = Job.Default.WithWarmupCount(isShort ? 1 : 3).WithIterationCount(isShort ? 3 : 10).WithLaunchCount(1);
        AddJob(isShort ? job.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance) : job);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
