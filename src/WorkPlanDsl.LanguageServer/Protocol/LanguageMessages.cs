using System.Collections.Generic;

namespace WorkPlanDsl.LanguageServer.Protocol;

public static class CompletionItemKinds
{
    public const int Keyword = 14;
    public const int Value = 12;
    public const int Class = 7;
    public const int Enum = 13;
}

public sealed record CompletionItem(string Label, int Kind)
{
    public string? Detail { get; init; }

    public string? Documentation { get; init; }

    public string? InsertText { get; init; }

    public string? FilterText { get; init; }

    public string? SortText { get; init; }

    public TextEdit? TextEdit { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, Range Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public static class DocumentHighlightKinds
{
    public const int Text = 1;
    public const int Read = 2;
    public const int Write = 3;
}

public sealed record DocumentHighlight(Range Range, int Kind);

public static class SymbolKinds
{
    public const int Namespace = 3;
    public const int Package = 4;
    public const int Class = 5;
    public const int Enum = 10;
    public const int Function = 12;
    public const int Field = 8;
    public const int Module = 2;
    public const int Struct = 23;
    public const int Event = 24;
}

public sealed record DocumentSymbol(string Name, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol> Children)
{
    public string? Detail { get; init; }
}

public sealed record SymbolInformation(string Name, int Kind, Location Location)
{
    public string? ContainerName { get; init; }
}

public sealed record WorkspaceSymbolParams(string Query);

public sealed record FoldingRange(int StartLine, int EndLine)
{
    public string? Kind { get; init; }
}

public sealed record SemanticTokens(IReadOnlyList<int> Data);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit)
{
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }
}
