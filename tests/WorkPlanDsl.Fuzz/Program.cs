using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;

namespace WorkPlanDsl.Fuzz;

/// <summary>
/// The fuzzer: mutated seed plans through every stage, for a count or a time, findings saved with the input that
/// caused them. Exit code 0: no finding; 1: findings (see the findings folder); 2: bad arguments.
/// </summary>
public static class Program
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StuckLimit = TimeSpan.FromSeconds(120);
    private const int SavedPerSignature = 3;
    private const int AnalyzerBatch = 128;

    public static int Main(string[] args)
    {
        FuzzOptions options;
        try
        {
            options = FuzzOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var seeds = SeedPlans.Load(FuzzOptions.RepositoryRoot());
        if (options.Replay is { } replay)
        {
            var bytes = Mutator.Make(seeds, options.Seed, replay, out var origin);
            var outcome = Harness.Run(bytes, replay, compile: true, analyze: true);
            Console.WriteLine("input " + replay + " (" + origin + "), " + bytes.Length + " bytes: " + (outcome.Findings.Count == 0 ? "no finding" : string.Join("\n", outcome.Findings.Select(f => f.Kind + " " + f.Stage + ": " + f.Details))));
            return outcome.Findings.Count == 0 ? 0 : 1;
        }

        Directory.CreateDirectory(options.Findings);
        var run = new Run(options, seeds);
        return run.Execute();
    }

    private sealed class Run
    {
        private readonly FuzzOptions _options;
        private readonly IReadOnlyList<(string Name, string Text)> _seeds;
        private readonly ConcurrentDictionary<string, int> _signatures = new();
        private readonly ConcurrentDictionary<FindingKind, int> _counts = new();
        private readonly long[] _current;
        private readonly long[] _startedAt;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _next;
        private long _done;
        private long _boundClean;
        private long _compiled;
        private long _slowest;

        public Run(FuzzOptions options, IReadOnlyList<(string Name, string Text)> seeds)
        {
            _options = options;
            _seeds = seeds;
            _next = options.Start;
            _current = new long[options.Threads];
            _startedAt = Enumerable.Repeat(long.MaxValue, options.Threads).ToArray();
        }

        public int Execute()
        {
            Console.WriteLine("fuzzing: seed " + _options.Seed + ", " + (_options.Duration is { } d ? d.TotalMinutes + " minutes" : _options.Count + " inputs") + " from input " + _options.Start + ", " + _options.Threads + " thread(s), compiling every " + _options.CompileEvery + "th input that binds without errors; " + _seeds.Count + " seeds, " + Mutator.DecimalDigits.Count + " Unicode decimal digits; findings in " + _options.Findings);
            var threads = Enumerable.Range(0, _options.Threads).Select(t => new Thread(() => Work(t), 16 * 1024 * 1024) { IsBackground = true }).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            var lastReport = TimeSpan.Zero;
            while (threads.Any(t => t.IsAlive))
            {
                Thread.Sleep(500);
                Watchdog();
                if (_clock.Elapsed - lastReport >= TimeSpan.FromSeconds(60))
                {
                    lastReport = _clock.Elapsed;
                    Console.WriteLine(Progress());
                }
            }

            var total = Math.Max(1, Harness.StageTicks.Values.Sum());
            var stages = "time by stage: " + string.Join(", ", Harness.StageTicks.OrderByDescending(s => s.Value).Select(s => s.Key + " " + (100 * s.Value / total) + "%"));
            var summary = Progress() + "\n" + stages + "\n" + string.Join("\n", _signatures.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => "  " + s.Value + " × " + s.Key));
            Console.WriteLine("done: " + summary);
            File.WriteAllText(Path.Combine(_options.Findings, "summary-" + _options.Seed + "-" + _options.Start + ".txt"), summary + "\n");
            return _signatures.IsEmpty ? 0 : 1;
        }

        private string Progress()
        {
            var seconds = Math.Max(1, _clock.Elapsed.TotalSeconds);
            return string.Create(CultureInfo.InvariantCulture, $"{_done:N0} inputs in {_clock.Elapsed:hh\\:mm\\:ss} ({_done / seconds:F0}/s); {_boundClean:N0} bound without errors, {_compiled:N0} compiled; slowest {_slowest} ms; crashes {Count(FindingKind.Crash)}, hangs {Count(FindingKind.Hang)}, uncompilable {Count(FindingKind.Uncompilable)}, round-trip {Count(FindingKind.RoundTrip)}, wrong {Count(FindingKind.Wrong)}");
        }

        private int Count(FindingKind kind) => _counts.TryGetValue(kind, out var n) ? n : 0;

        private void Work(int thread)
        {
            var batch = new List<(long Index, string Origin, byte[] Bytes, string Text, System.Text.Encoding Encoding)>();
            while (true)
            {
                var index = Interlocked.Increment(ref _next) - 1;
                if (batch.Count == AnalyzerBatch || (batch.Count > 0 && (index - _options.Start >= _options.Count || (_options.Duration is { } d0 && _clock.Elapsed >= d0))))
                {
                    var inputs = batch.ToDictionary(b => b.Index);
                    foreach (var finding in Harness.AnalyzeBatch(batch.Select(b => (b.Index, b.Text, b.Encoding)).ToArray()))
                    {
                        var input = inputs[Harness.InputOf(finding) ?? batch[0].Index];
                        Record(finding, input.Index, input.Origin, input.Bytes);
                    }

                    batch.Clear();
                }

                if (index - _options.Start >= _options.Count || (_options.Duration is { } d && _clock.Elapsed >= d))
                {
                    return;
                }

                var bytes = Mutator.Make(_seeds, _options.Seed, index, out var origin);
                var compile = index % _options.CompileEvery == 0;
                Volatile.Write(ref _current[thread], index);
                Volatile.Write(ref _startedAt[thread], _clock.ElapsedMilliseconds);
                var started = Stopwatch.GetTimestamp();
                var outcome = Harness.Run(bytes, index, compile);
                var elapsed = Stopwatch.GetElapsedTime(started);
                Volatile.Write(ref _startedAt[thread], long.MaxValue);
                var findings = outcome.Findings.ToList();
                if (elapsed > HangLimit && IsSlow(bytes, index) is { } again)
                {
                    findings.Add(new Finding(FindingKind.Hang, "all", "over " + HangLimit.TotalSeconds + " s", "took " + elapsed.TotalMilliseconds + " ms (wall, with compiling), again " + again.TotalMilliseconds + " ms of CPU without compiling"));
                }

                InterlockedMax(ref _slowest, (long)elapsed.TotalMilliseconds);
                batch.Add((index, origin, bytes, outcome.Text, outcome.Encoding));
                foreach (var finding in findings)
                {
                    Record(finding, index, origin, bytes);
                }

                Interlocked.Increment(ref _done);
                if (outcome.BoundClean)
                {
                    Interlocked.Increment(ref _boundClean);
                }

                if (outcome.Compiled)
                {
                    Interlocked.Increment(ref _compiled);
                }
            }
        }

        // The machine is shared: an input is a hang only when our own stages (the analyzer included, compiling the
        // generated code, which is Roslyn's work, left out) take over a second of this thread's CPU, twice.
        private static TimeSpan? IsSlow(byte[] bytes, long index)
        {
            var fastest = TimeSpan.MaxValue;
            for (var i = 0; i < 2; i++)
            {
                var started = ThreadCpu.Now();
                Harness.Run(bytes, index, compile: false, analyze: true);
                var elapsed = ThreadCpu.Now() - started;
                fastest = elapsed < fastest ? elapsed : fastest;
            }

            return fastest > HangLimit ? fastest : null;
        }

        private void Watchdog()
        {
            var now = _clock.ElapsedMilliseconds;
            for (var t = 0; t < _startedAt.Length; t++)
            {
                var started = Volatile.Read(ref _startedAt[t]);
                if (started != long.MaxValue && now - started > StuckLimit.TotalMilliseconds)
                {
                    var index = Volatile.Read(ref _current[t]);
                    var bytes = Mutator.Make(_seeds, _options.Seed, index, out var origin);
                    Record(new Finding(FindingKind.Hang, "all", "stuck over " + StuckLimit.TotalSeconds + " s", "the input never finished; the fuzzer stopped"), index, origin, bytes);
                    Console.WriteLine("input " + index + " is stuck; stopping. " + Progress());
                    Environment.Exit(1);
                }
            }
        }

        private void Record(Finding finding, long index, string origin, byte[] bytes)
        {
            _counts.AddOrUpdate(finding.Kind, 1, (_, n) => n + 1);
            var key = finding.Kind + " " + finding.Stage + ": " + finding.Signature;
            var seen = _signatures.AddOrUpdate(key, 1, (_, n) => n + 1);
            if (seen > SavedPerSignature)
            {
                return;
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"{finding.Kind}-{finding.Stage}-{_options.Seed}-{index}").Replace('+', '_');
            File.WriteAllBytes(Path.Combine(_options.Findings, name + ".wplan"), bytes);
            File.WriteAllText(
                Path.Combine(_options.Findings, name + ".txt"),
                key + "\ninput " + index + " of seed " + _options.Seed + " (" + origin + "); repeat with --seed " + _options.Seed + " --replay " + index + "\n\n" + finding.Details + "\n");
            Console.WriteLine("finding: " + key + " (input " + index + ")");
        }

        private static void InterlockedMax(ref long target, long value)
        {
            long current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
