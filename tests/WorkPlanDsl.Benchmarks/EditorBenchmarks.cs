using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using WorkPlanDsl.Benchmarks.Inputs;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Features;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.Benchmarks;

/// <summary>
/// The language server's latency, without the transport: diagnostics after a keystroke (the change applied, the
/// document parsed and bound, its diagnostics made), and completion and hover on the current version of the document.
/// </summary>
[Config(typeof(Config))]
public class EditorBenchmarks
{
    private const string Uri = "file:///bench/plan.wplan";
    private PlanWorkspace _workspace = new();
    private PlanAnalysis _analysis = null!;
    private Position _afterLead = new(0, 0);
    private Position _onReference = new(0, 0);
    private Range _keystroke = new(new Position(0, 0), new Position(0, 0));
    private string _typed = string.Empty;
    private int _version = 1;

    [Params("wuxi-2020", "synthetic-10000")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = PlanInputs.Text(Input);
        _workspace = new PlanWorkspace();
        _analysis = _workspace.Open(Uri, _version, text);

        // Positions in the middle of the plan: after a lead keyword, on a reference, a character of a title.
        var lead = text.IndexOf("  lead ", text.Length / 2, System.StringComparison.Ordinal);
        _afterLead = _analysis.Positions.PositionOf(lead + "  lead ".Length);
        _onReference = _analysis.Positions.PositionOf(lead + "  lead ".Length + 1);
        var title = text.IndexOf("task ", text.Length / 2, System.StringComparison.Ordinal) + "task T".Length;
        _keystroke = _analysis.Positions.RangeOf(title, 1);
        _typed = text.Substring(title, 1);
        _ = _analysis.Symbols;

        // A benchmark of an empty answer would measure nothing.
        if (CompletionAfterLead().Items.Count == 0 || HoverOnReference() is null)
        {
            throw new System.InvalidOperationException("the benchmark positions give no answer");
        }
    }

    [Benchmark]
    public IReadOnlyList<Diagnostic> DiagnosticsAfterKeystroke()
    {
        _workspace.Change(Uri, ++_version, new[] { new TextDocumentContentChangeEvent(_keystroke, _typed) });
        return DiagnosticsFeature.Compute(_workspace.Get(Uri)!, _workspace);
    }

    [Benchmark]
    public CompletionList CompletionAfterLead() => CompletionFeature.Complete(_analysis, _afterLead);

    [Benchmark]
    public Hover? HoverOnReference() => HoverFeature.HoverAt(_analysis, _onReference);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
