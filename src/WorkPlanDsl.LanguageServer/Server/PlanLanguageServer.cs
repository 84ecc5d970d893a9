using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Features;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Server;

/// <summary>
/// The LSP methods: each one hands the document's current <see cref="PlanAnalysis"/> (the build's parser and binder
/// on the editor's text) to a feature. Messages are handled one at a time, in order.
/// </summary>
internal sealed class PlanLanguageServer
{
    private const int RequestFailed = -32803;
    private const int WorkspaceSymbolLimit = 500;
    private readonly JsonRpc _rpc;
    private readonly PlanWorkspace _workspace = new();

    // The plan name of each open document as last published, to know whose WPL0009 a change affects.
    private readonly Dictionary<string, string?> _publishedNames = new(StringComparer.Ordinal);

    public PlanLanguageServer(JsonRpc rpc) => _rpc = rpc;

    public bool ShutdownRequested { get; private set; }

    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the client sends 'exit'.</summary>
    public Task Exited => _exited.Task;

    internal PlanWorkspace Workspace => _workspace;

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        var folders = new List<string>();
        foreach (var folder in parameters.WorkspaceFolders ?? Array.Empty<WorkspaceFolder>())
        {
            if (DocumentUris.ToPath(folder.Uri) is { } path)
            {
                folders.Add(path);
            }
        }

        if (folders.Count == 0 && (parameters.RootUri is { } root ? DocumentUris.ToPath(root) : parameters.RootPath) is { } rootPath)
        {
            folders.Add(rootPath);
        }

        _workspace.SetFolders(folders);
        var version = typeof(PlanLanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return new InitializeResult(ServerCapabilities.Create(), new ServerInfo("workplan", version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit()
    {
        _exited.TrySetResult();
    }

    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpenAsync(DidOpenTextDocumentParams parameters)
    {
        var document = parameters.TextDocument;
        _workspace.Open(document.Uri, document.Version, document.Text);
        return PublishAsync(document.Uri);
    }

    /// <summary>
    /// Applies the edit and publishes diagnostics once the messages already waiting are handled: edits that come faster
    /// than a large plan compiles are compiled once, for the last of them.
    /// </summary>
    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        var version = parameters.TextDocument.Version;
        _workspace.Change(uri, version, parameters.ContentChanges);
        if (SynchronizationContext.Current is { } context)
        {
            context.Post(_ => _ = PublishIfCurrentAsync(uri, version), null);
        }
        else
        {
            _ = PublishIfCurrentAsync(uri, version);
        }
    }

    [JsonRpcMethod("textDocument/didClose")]
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        _workspace.Close(uri);
        _publishedNames.TryGetValue(uri, out var name);
        _publishedNames.Remove(uri);
        await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, Array.Empty<Diagnostic>())).ConfigureAwait(false);
        await PublishOthersNamedAsync(uri, name, null).ConfigureAwait(false);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public Task DidSaveAsync(DidSaveTextDocumentParams parameters)
    {
        _workspace.FilesChanged();
        return PublishAllAsync();
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams parameters)
    {
        _workspace.FilesChanged();
        return PublishAllAsync();
    }

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(TextDocumentPositionParams parameters)
        => CompletionFeature.Complete(Document(parameters.TextDocument), parameters.Position);

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters)
        => HoverFeature.HoverAt(Document(parameters.TextDocument), parameters.Position);

    [JsonRpcMethod("textDocument/definition")]
    public IReadOnlyList<Location> Definition(TextDocumentPositionParams parameters)
        => NavigationFeature.Definition(Document(parameters.TextDocument), parameters.Position);

    [JsonRpcMethod("textDocument/references")]
    public IReadOnlyList<Location> References(ReferenceParams parameters)
        => NavigationFeature.References(Document(parameters.TextDocument), parameters.Position, parameters.Context?.IncludeDeclaration ?? true, _workspace.AllPlans());

    [JsonRpcMethod("textDocument/documentHighlight")]
    public IReadOnlyList<DocumentHighlight> DocumentHighlight(TextDocumentPositionParams parameters)
        => NavigationFeature.Highlights(Document(parameters.TextDocument), parameters.Position);

    [JsonRpcMethod("textDocument/prepareRename")]
    public PrepareRenameResult PrepareRename(TextDocumentPositionParams parameters)
    {
        var analysis = Document(parameters.TextDocument);
        var (symbol, refusal) = NavigationFeature.RenameTarget(analysis, parameters.Position);
        if (symbol is not { } target)
        {
            throw new LocalRpcException(refusal) { ErrorCode = RequestFailed };
        }

        return new PrepareRenameResult(analysis.Positions.RangeOf(target.Start, target.Length), target.Spelling);
    }

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit Rename(RenameParams parameters)
    {
        var (edit, refusal) = NavigationFeature.Rename(Document(parameters.TextDocument), parameters.Position, parameters.NewName);
        return edit ?? throw new LocalRpcException(refusal) { ErrorCode = RequestFailed };
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public IReadOnlyList<DocumentSymbol> DocumentSymbols(DocumentParams parameters)
        => OutlineFeature.DocumentSymbols(Document(parameters.TextDocument));

    [JsonRpcMethod("workspace/symbol")]
    public IReadOnlyList<SymbolInformation> WorkspaceSymbols(WorkspaceSymbolParams parameters)
        => OutlineFeature.WorkspaceSymbols(_workspace.AllPlans(), parameters.Query ?? string.Empty, WorkspaceSymbolLimit);

    [JsonRpcMethod("textDocument/foldingRange")]
    public IReadOnlyList<FoldingRange> FoldingRanges(DocumentParams parameters)
        => OutlineFeature.FoldingRanges(Document(parameters.TextDocument));

    [JsonRpcMethod("textDocument/formatting")]
    public IReadOnlyList<TextEdit> Formatting(DocumentFormattingParams parameters)
        => FormattingFeature.Format(Document(parameters.TextDocument));

    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public SemanticTokens SemanticTokens(DocumentParams parameters)
        => SemanticTokensFeature.Tokens(Document(parameters.TextDocument));

    [JsonRpcMethod("textDocument/codeAction")]
    public IReadOnlyList<CodeAction> CodeActions(CodeActionParams parameters)
        => CodeActionFeature.Actions(Document(parameters.TextDocument), parameters.Range);

    private PlanAnalysis Document(TextDocumentIdentifier document)
    {
        if (_workspace.Get(document.Uri) is { } open)
        {
            return open;
        }

        // A request for a document the editor has not opened: the file as it is on disk.
        if (DocumentUris.ToPath(document.Uri) is { } path && System.IO.File.Exists(path))
        {
            return PlanAnalysis.Compile(document.Uri, 0, PlanFileText.Read(path));
        }

        throw new LocalRpcException("The document is not open: " + document.Uri) { ErrorCode = RequestFailed };
    }

    private async Task PublishIfCurrentAsync(string uri, int version)
    {
        try
        {
            if (_workspace.VersionOf(uri) == version)
            {
                await PublishAsync(uri).ConfigureAwait(false);
            }
        }
        catch (Exception) when (ExitedOrClosed)
        {
            // The client went away while diagnostics were being sent: nobody to tell.
        }
    }

    private bool ExitedOrClosed => _exited.Task.IsCompleted || _rpc.IsDisposed;

    // A plan's name decides the other documents' WPL0009: when it changes, they are published again too.
    private async Task PublishAsync(string uri)
    {
        var analysis = _workspace.Get(uri)!;
        await PublishAsync(analysis).ConfigureAwait(false);
        _publishedNames.TryGetValue(uri, out var before);
        var now = analysis.Model?.Name;
        _publishedNames[uri] = now;
        if (before != now)
        {
            await PublishOthersNamedAsync(uri, before, now).ConfigureAwait(false);
        }
    }

    private async Task PublishOthersNamedAsync(string uri, string? before, string? now)
    {
        if (before is null && now is null)
        {
            return;
        }

        foreach (var other in _workspace.OpenDocuments.Where(a => a.Uri != uri && a.Model?.Name is { } name && (name == before || name == now)).ToList())
        {
            await PublishAsync(other).ConfigureAwait(false);
        }
    }

    private async Task PublishAllAsync()
    {
        foreach (var analysis in _workspace.OpenDocuments.ToList())
        {
            await PublishAsync(analysis).ConfigureAwait(false);
        }
    }

    private Task PublishAsync(PlanAnalysis analysis)
        => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(analysis.Uri, analysis.Version, DiagnosticsFeature.Compute(analysis, _workspace)));
}
