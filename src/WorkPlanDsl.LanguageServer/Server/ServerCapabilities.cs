using WorkPlanDsl.LanguageServer.Features;

namespace WorkPlanDsl.LanguageServer.Server;

/// <summary>What the server answers, as the initialize result says it.</summary>
internal static class ServerCapabilities
{
    public const int IncrementalSync = 2;

    public static object Create() => new
    {
        // LSP's default and mandatory encoding; the language's offsets are UTF-16 code units already.
        positionEncoding = "utf-16",
        textDocumentSync = new { openClose = true, change = IncrementalSync, save = new { includeText = false } },
        completionProvider = new { triggerCharacters = new[] { " ", ",", "，", "、", "\"" } },
        hoverProvider = true,
        definitionProvider = true,
        referencesProvider = true,
        documentHighlightProvider = true,
        renameProvider = new { prepareProvider = true },
        documentSymbolProvider = true,
        workspaceSymbolProvider = true,
        foldingRangeProvider = true,
        documentFormattingProvider = true,
        semanticTokensProvider = new
        {
            legend = new { tokenTypes = SemanticTokensFeature.TokenTypes, tokenModifiers = SemanticTokensFeature.TokenModifiers },
            full = true,
        },
        codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
    };
}
