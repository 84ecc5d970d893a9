using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using WorkPlanDsl.Generators;
using WorkPlanDsl.Generators.Analyzers;
using Xunit;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>A C# project in memory with .wplan AdditionalFiles: runs the generator and the analyzer as the compiler does.</summary>
internal sealed class PlanProject
{
    public const string ProjectDir = "/repo/app/";

    private readonly List<AdditionalText> _plans = new();
    private readonly List<SyntaxTree> _sources = new();
    private readonly Dictionary<string, IDictionary<string, string>> _metadata = new();

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; set; } = NullableContextOptions.Enable;

    public IReadOnlyList<AdditionalText> Plans => _plans;

    public static IEnumerable<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Plan).Assembly.Location))
        .ToArray();

    public CSharpParseOptions ParseOptions => new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose);

    public PlanProject AddPlan(string relativePath, string text, Encoding? encoding = null, string? namespaceOverride = null)
    {
        var path = ProjectDir + relativePath;
        _plans.Add(new InMemoryAdditionalText(path, text, encoding));
        if (namespaceOverride is not null)
        {
            _metadata[path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.WPlanNamespace"] = namespaceOverride };
        }

        return this;
    }

    /// <summary>An analyzer config option of one plan file, as an .editorconfig section or item metadata gives it.</summary>
    public PlanProject SetFileOption(string relativePath, string key, string value)
    {
        var path = ProjectDir + relativePath;
        if (!_metadata.TryGetValue(path, out var options))
        {
            _metadata[path] = options = new Dictionary<string, string>();
        }

        options[key] = value;
        return this;
    }

    public PlanProject AddSource(string code, string path = "Code.cs")
    {
        _sources.Add(CSharpSyntaxTree.ParseText(code, ParseOptions, path));
        return this;
    }

    /// <summary>Project properties the generator reads, as MSBuild passes them (build_property.*).</summary>
    public Dictionary<string, string> Properties { get; } = new() { ["build_property.ProjectDir"] = ProjectDir };

    public TestOptionsProvider Options => new(Properties, _metadata);

    /// <summary>The consumer's compilation; by default it treats warnings as errors, as a strict consumer does.</summary>
    public CSharpCompilation CreateCompilation(bool warningsAsErrors = true) => CSharpCompilation.Create(
        "Consumer",
        _sources.Select(s => s.WithRootAndOptions(s.GetRoot(), ParseOptions)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable, deterministic: true)
            .WithGeneralDiagnosticOption(warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default));

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new PlanGenerator().AsSourceGenerator() },
        _plans,
        ParseOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; fails the test if it threw (CS8785) or reported anything but a plan's errors.</summary>
    public GeneratorOutput Generate()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        AssertGeneratorHealthy(result, diagnostics);
        return new GeneratorOutput(result, (CSharpCompilation)output, diagnostics);
    }

    public static void AssertGeneratorHealthy(GeneratorDriverRunResult result, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var generator in result.Results)
        {
            Assert.True(generator.Exception is null, "The generator threw: " + generator.Exception);
        }

        Assert.All(diagnostics, d => Assert.True(d.Id.StartsWith("WPL", System.StringComparison.Ordinal), d.ToString()));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
    }

    /// <summary>
    /// What a build prints for this project's plans: the generator's diagnostics (the errors that keep a plan from
    /// generating) and the analyzer's (the warnings), in file and position order.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(CancellationToken cancellationToken = default)
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(CreateCompilation(warningsAsErrors: false), out _, out var generated, cancellationToken);
        return generated.Concat(AnalyzerDiagnostics(cancellationToken))
            .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Every diagnostic the analyzer alone reports for this project's plans, in file and position order.</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics(CancellationToken cancellationToken = default)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PlanAnalyzer());
        var options = new AnalyzerOptions(_plans.ToImmutableArray(), Options);
        var withAnalyzers = CreateCompilation(warningsAsErrors: false).WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, OnAnalyzerException, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static void OnAnalyzerException(System.Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
        => Assert.Fail("The analyzer threw: " + exception);
}

internal sealed record GeneratorOutput(GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources).ToArray();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Fails unless the generated code compiles without a single warning.</summary>
    public void AssertCompilesCleanly()
    {
        var problems = Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20).Select(p => p.ToString())));
    }
}
