using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;

namespace WorkPlanDsl.LanguageServer.Server;

/// <summary>
/// Runs the language server on a pair of streams: stdin and stdout for <c>workplan lsp</c>, in-memory pipes in tests.
/// LSP's framing (Content-Length headers) is StreamJsonRpc's header-delimited handler.
/// </summary>
public static class LanguageServerHost
{
    public static async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        using var context = new SerialSynchronizationContext();
        var formatter = new JsonMessageFormatter();
        formatter.JsonSerializer.ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } };
        formatter.JsonSerializer.NullValueHandling = NullValueHandling.Ignore;
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        var server = new PlanLanguageServer(rpc);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.SynchronizationContext = context;
        rpc.StartListening();

        // Waiting for the reader to stop would wait for standard input, which a client may keep open after 'exit'.
        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        var ended = await Task.WhenAny(rpc.Completion, server.Exited, cancelled).ConfigureAwait(false);
        if (ended == rpc.Completion && rpc.Completion.IsFaulted)
        {
            _ = rpc.Completion.Exception;
        }

        if (ended != rpc.Completion)
        {
            _ = Task.Run(rpc.Dispose, CancellationToken.None);
        }

        // LSP: exit after shutdown is success, exit (or the client going away) without shutdown is 1.
        return server.ShutdownRequested ? 0 : 1;
    }
}
