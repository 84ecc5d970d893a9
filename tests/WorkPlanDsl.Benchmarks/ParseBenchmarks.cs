using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WorkPlanDsl.Benchmarks.Inputs;
using WorkPlanDsl.Benchmarks.Peers;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Benchmarks;

/// <summary>Parse + bind of each plan, and the peers a team would use instead reading the same content.</summary>
[Config(typeof(BenchmarkConfig))]
public class ParseBenchmarks
{
    private static readonly Dictionary<(string Format, string Input), string> Texts = new();

    private string _wplan = string.Empty;
    private string _json = string.Empty;
    private string _yaml = string.Empty;
    private string _gherkin = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = string.Empty;

    // WPLAN_BENCH_INPUTS=zhuzhou-2024,wuxi-2020 runs only those inputs.
    public static IEnumerable<string> Inputs
        => System.Environment.GetEnvironmentVariable("WPLAN_BENCH_INPUTS") is { Length: > 0 } only
            ? only.Split(',')
            : PlanInputs.Names;

    /// <summary>The text a benchmark method reads, for the throughput column.</summary>
    public static string InputFor(string method, string input)
    {
        lock (Texts)
        {
            if (!Texts.ContainsKey(("WPlan", input)))
            {
                var wplan = PlanInputs.Text(input);
                var model = PlanCompiler.Compile(wplan).Model!;
                var peer = PeerFormats.From(model);
                Texts[("WPlan", input)] = wplan;
                Texts[("Json", input)] = PeerFormats.Json(peer);
                Texts[("Yaml", input)] = PeerFormats.Yaml(peer);
                Texts[("Gherkin", input)] = PeerFormats.Gherkin(model);
            }

            var format = method switch
            {
                nameof(WPlanParseAndBind) => "WPlan",
                nameof(YamlDotNetDeserialize) => "Yaml",
                nameof(GherkinParse) => "Gherkin",
                _ => "Json",
            };
            return Texts[(format, input)];
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _wplan = InputFor(nameof(WPlanParseAndBind), Input);
        _json = InputFor(nameof(SystemTextJsonDeserialize), Input);
        _yaml = InputFor(nameof(YamlDotNetDeserialize), Input);
        _gherkin = InputFor(nameof(GherkinParse), Input);
    }

    [Benchmark(Baseline = true)]
    public PlanModel? WPlanParseAndBind() => PlanCompiler.Compile(_wplan).Model;

    [Benchmark]
    public PeerPlan? SystemTextJsonDeserialize() => JsonSerializer.Deserialize(_json, PeerJsonContext.Default.PeerPlan);

    [Benchmark]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public PeerPlan YamlDotNetDeserialize() => PeerFormats.YamlReader.Deserialize<PeerPlan>(_yaml);

    [Benchmark]
    public object GherkinParse() => new Gherkin.Parser().Parse(new StringReader(_gherkin));
}
