using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using WorkPlanDsl.Benchmarks.Inputs;
using WorkPlanDsl.Generators.Analyzers;

namespace WorkPlanDsl.Benchmarks;

/// <summary>The generator end to end through CSharpGeneratorDriver: cold, with nothing changed, after a .cs edit, after a plan edit.</summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorBenchmarks
{
    private BenchmarkProject _project = null!;
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _editedCSharp = null!;
    private GeneratorDriver _warmWithEditedPlan = null!;

    [Params("seeds", "100-plans", "10000-tasks")]
    public string Project { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _project = BenchmarkProject.Create(Project);
        _warm = _project.NewDriver().RunGenerators(_project.Compilation);
        _editedCSharp = _project.WithEditedCSharp();
        var (old, edited) = _project.EditedPlan();
        _warmWithEditedPlan = _warm.ReplaceAdditionalText(old, edited);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => _project.NewDriver().RunGenerators(_project.Compilation);

    [Benchmark]
    public GeneratorDriver NothingChanged() => _warm.RunGenerators(_project.Compilation);

    [Benchmark]
    public GeneratorDriver CSharpFileEdited() => _warm.RunGenerators(_editedCSharp);

    [Benchmark]
    public GeneratorDriver OnePlanEdited() => _warmWithEditedPlan.RunGenerators(_project.Compilation);
}

/// <summary>The analyzer over the same projects: every plan parsed, bound and checked, diagnostics reported.</summary>
[Config(typeof(BenchmarkConfig))]
public class AnalyzerBenchmarks
{
    private BenchmarkProject _project = null!;

    [Params("seeds", "100-plans", "10000-tasks")]
    public string Project { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _project = BenchmarkProject.Create(Project);

    [Benchmark]
    public ImmutableArray<Diagnostic> Analyze()
        => ((Compilation)_project.Compilation.Clone())
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer()), new AnalyzerOptions(_project.Plans, _project.Options))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}

/// <summary>What the generated code of a 10,000-task plan adds to the consumer's compile: emit with and without it.</summary>
[Config(typeof(BenchmarkConfig))]
public class CompileCostBenchmarks
{
    private CSharpCompilation _without = null!;
    private CSharpCompilation _with = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = BenchmarkProject.Create("10000-tasks");
        _without = project.Compilation;
        project.NewDriver().RunGeneratorsAndUpdateCompilation(project.Compilation, out var output, out _);
        _with = (CSharpCompilation)output;
    }

    [Benchmark(Baseline = true)]
    public bool EmitWithoutPlan() => Emit(_without);

    [Benchmark]
    public bool EmitWithTenThousandTaskPlan() => Emit(_with);

    private static bool Emit(CSharpCompilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        return compilation.Clone().Emit(stream).Success;
    }
}
