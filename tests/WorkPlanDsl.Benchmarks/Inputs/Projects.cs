using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators;

namespace WorkPlanDsl.Benchmarks.Inputs;

/// <summary>The consumer projects the generator and analyzer benchmarks run on.</summary>
public sealed class BenchmarkProject
{
    public const string ProjectDir = "/bench/app/";

    private BenchmarkProject(ImmutableArray<AdditionalText> plans)
    {
        Plans = plans;
        Compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("public static class Program { public static void Main() { } }", ParseOptions, "Program.cs"), CSharpSyntaxTree.ParseText("public static class Helper { public static int Value() { return 1; } }", ParseOptions, "Helper.cs") },
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(WorkPlanDsl.Plan).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public ImmutableArray<AdditionalText> Plans { get; }

    public CSharpCompilation Compilation { get; }

    public AnalyzerConfigOptionsProvider Options { get; } = new ProjectOptions();

    /// <summary>seeds: the five plans in plans/; 100-plans: a hundred 20-task plans; 10000-tasks: one synthetic plan.</summary>
    public static BenchmarkProject Create(string name) => new(name switch
    {
        "seeds" => PlanInputs.SeedPlans().Select(p => (AdditionalText)new Text(ProjectDir + "plans/" + p.Name + ".wplan", p.Text)).ToImmutableArray(),
        "100-plans" => Enumerable.Range(0, 100).Select(i => (AdditionalText)new Text(ProjectDir + "plans/p" + i.ToString(CultureInfo.InvariantCulture) + ".wplan", SyntheticPlans.Plan(20 + i % 7, "Many.Plan" + i.ToString(CultureInfo.InvariantCulture)))).ToImmutableArray(),
        _ => ImmutableArray.Create<AdditionalText>(new Text(ProjectDir + "plans/big.wplan", SyntheticPlans.Plan(10_000))),
    });

    public GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new PlanGenerator().AsSourceGenerator() },
        Plans,
        ParseOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public CSharpCompilation WithEditedCSharp() => Compilation.ReplaceSyntaxTree(
        Compilation.SyntaxTrees.Last(),
        CSharpSyntaxTree.ParseText("public static class Helper { public static int Value() { return 2; } }", ParseOptions, "Helper.cs"));

    public (AdditionalText Old, AdditionalText New) EditedPlan()
    {
        var old = Plans[0];
        var text = old.GetText()!.ToString();
        var at = text.IndexOf("task ", System.StringComparison.Ordinal);
        return (old, new Text(old.Path, text.Insert(text.IndexOf('\n', at) + 1, "  | 修改了一行文字。\n")));
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class ProjectOptions : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", ProjectDir));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
