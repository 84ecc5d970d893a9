using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory; the encoding is what the compiler would have decoded it with.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text, Encoding? encoding = null)
    {
        Path = path;
        _text = SourceText.From(text, encoding ?? Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
