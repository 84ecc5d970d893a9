using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// A document as the editor has it. It is compiled when something asks for its analysis, not on every change: edits
/// that arrive faster than a large plan compiles are applied one after the other and compiled once.
/// </summary>
internal sealed class OpenDocument
{
    private PlanAnalysis? _analysis;
    private PositionMap? _positions;

    public OpenDocument(string uri, int version, string text)
    {
        Uri = uri;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    public PlanAnalysis Analysis => _analysis ??= PlanAnalysis.Compile(Uri, Version, Text);

    /// <summary>The text's lines, from its analysis when it has one.</summary>
    public PositionMap Positions => _analysis?.Positions ?? (_positions ??= new PositionMap(new LineMap(Text)));
}
