using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Nerdbank.Streams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Server;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>
/// A language server in process, talked to as an editor does: JSON-RPC with LSP's Content-Length framing over a pair
/// of in-memory streams, requests built as JSON and answers read as JSON, so the wire format is what is tested.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    // A guard against a server that never answers, not a measure of speed.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly JsonRpc _client;
    private readonly Task<int> _server;
    private readonly Stream _clientStream;
    private readonly List<JObject> _published = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextVersion = 1;

    private LspSession(string? folder)
    {
        Folder = folder;
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _clientStream = clientStream;
        _server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream));
        var formatter = new JsonMessageFormatter();
        formatter.JsonSerializer.ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } };
        formatter.JsonSerializer.NullValueHandling = NullValueHandling.Ignore;
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        _client.AddLocalRpcTarget(new ClientMethods(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _client.StartListening();
    }

    public string? Folder { get; }

    public JObject? InitializeResult { get; private set; }

    public static async Task<LspSession> StartAsync(string? folder = null)
    {
        var session = new LspSession(folder);
        var root = folder is null ? null : DocumentUris.FromPath(folder);
        session.InitializeResult = (JObject)(await session.RequestAsync("initialize", new
        {
            processId = (int?)null,
            rootUri = root,
            capabilities = new { general = new { positionEncodings = new[] { "utf-16" } } },
            workspaceFolders = root is null ? null : new[] { new { uri = root, name = "plans" } },
        }))!;
        await session.NotifyAsync("initialized", new { });
        return session;
    }

    public static string Uri(string path) => DocumentUris.FromPath(path);

    public async Task<JToken?> RequestAsync(string method, object parameters)
    {
        var result = await _client.InvokeWithParameterObjectAsync<JToken?>(method, parameters).WaitAsync(Patience);
        return result is null || result.Type == JTokenType.Null ? null : result;
    }

    public Task NotifyAsync(string method, object parameters) => _client.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Opens a document and returns the diagnostics published for this version of it.</summary>
    public async Task<JArray> OpenAsync(string uri, string text)
    {
        var version = _nextVersion++;
        await NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "wplan", version, text } });
        return await DiagnosticsAsync(uri, version);
    }

    /// <summary>Sends changes (full text when a change has no range) and returns the diagnostics published for the new version.</summary>
    public async Task<JArray> ChangeAsync(string uri, params object[] changes)
    {
        var version = _nextVersion++;
        await NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });
        return await DiagnosticsAsync(uri, version);
    }

    /// <summary>The latest diagnostics published for the document at or after the version.</summary>
    public async Task<JArray> DiagnosticsAsync(string uri, int? version = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_published)
            {
                var found = _published.LastOrDefault(p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] >= version));
                if (found is not null)
                {
                    return (JArray)found["diagnostics"]!;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no diagnostics published for " + uri + " version " + version);
            }

            await _arrived.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The diagnostics published for the document after the first <paramref name="count"/> publications of it.</summary>
    public async Task<JArray> NextDiagnosticsAsync(string uri, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_published)
            {
                var all = _published.Where(p => (string?)p["uri"] == uri).ToList();
                if (all.Count > count)
                {
                    return (JArray)all[^1]["diagnostics"]!;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no further diagnostics published for " + uri);
            }

            await _arrived.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// The first diagnostics published for <paramref name="uri"/> after the first <paramref name="count"/> that have none:
    /// a publication already on its way when the count was taken (an edit elsewhere republishes the document) may come
    /// first. Throws when none comes in time.
    /// </summary>
    public async Task<JArray> NextCleanDiagnosticsAsync(string uri, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_published)
            {
                var clean = _published.Where(p => (string?)p["uri"] == uri).Skip(count).Select(p => (JArray)p["diagnostics"]!).FirstOrDefault(d => d.Count == 0);
                if (clean is not null)
                {
                    return clean;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no diagnostics without problems published for " + uri);
            }

            await _arrived.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    public int PublishedCount(string uri)
    {
        lock (_published)
        {
            return _published.Count(p => (string?)p["uri"] == uri);
        }
    }

    public static object Position(int line, int character) => new { line, character };

    public static object At(string uri, int line, int character) => new { textDocument = new { uri }, position = Position(line, character) };

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", new { });
        await NotifyAsync("exit", new { });
        return await _server.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.IsCompleted)
        {
            await ShutdownAsync();
        }

        _client.Dispose();
        await _clientStream.DisposeAsync();
    }

    private sealed class ClientMethods
    {
        private readonly LspSession _session;

        public ClientMethods(LspSession session) => _session = session;

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(JObject parameters)
        {
            lock (_session._published)
            {
                _session._published.Add(parameters);
            }

            _session._arrived.Release();
        }
    }
}
