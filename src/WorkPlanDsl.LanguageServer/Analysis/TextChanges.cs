using WorkPlanDsl.Language.Text;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>Applies an editor's change to a document's text, its range in UTF-16 positions.</summary>
internal static class TextChanges
{
    /// <summary>The text after the change; <paramref name="positions"/> are the text's own, if known, so that a large document's lines are not counted again.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change, PositionMap? positions = null)
    {
        if (change.Range is not { } range)
        {
            return change.Text;
        }

        positions ??= new PositionMap(new LineMap(text));
        var start = positions.OffsetOf(range.Start);
        var end = System.Math.Max(start, positions.OffsetOf(range.End));
        return string.Concat(System.MemoryExtensions.AsSpan(text, 0, start), change.Text, System.MemoryExtensions.AsSpan(text, end));
    }
}
