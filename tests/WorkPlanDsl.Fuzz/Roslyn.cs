using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace WorkPlanDsl.Fuzz;

/// <summary>An AdditionalFile in memory, decoded as the compiler decoded it.</summary>
internal sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryAdditionalText(string path, string text, Encoding encoding)
    {
        Path = path;
        _text = SourceText.From(text, encoding);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The project's properties as MSBuild passes them; no per-file options.</summary>
internal sealed class ProjectOptions : AnalyzerConfigOptionsProvider
{
    public const string ProjectDir = "/fuzz/app/";

    public static ProjectOptions Instance { get; } = new();

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

/// <summary>The consumer's compilation the generated code goes into, at the three C# versions a consumer may use.</summary>
internal static class Consumer
{
    public static ImmutableArray<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(WorkPlanDsl.Plan).Assembly.Location))
        .ToImmutableArray();

    public static LanguageVersion[] Versions { get; } = { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.Latest };

    public static CSharpParseOptions ParseOptions(LanguageVersion version) => new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation Empty(LanguageVersion version) => CSharpCompilation.Create(
        "Consumer",
        null,
        References,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable,
            deterministic: true));
}
