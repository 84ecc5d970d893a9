using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_UTF16_positions_incremental_sync_and_every_feature()
    {
        await using var session = await LspSession.StartAsync();
        var capabilities = session.InitializeResult!["capabilities"]!;
        Assert.Equal("utf-16", (string)capabilities["positionEncoding"]!);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        foreach (var feature in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider", "documentFormattingProvider" })
        {
            Assert.True((bool)capabilities[feature]!, feature);
        }

        Assert.True((bool)capabilities["renameProvider"]!["prepareProvider"]!);
        Assert.Contains("quickfix", capabilities["codeActionProvider"]!["codeActionKinds"]!.Select(k => (string)k!));
        Assert.Equal("workplan", (string)session.InitializeResult["serverInfo"]!["name"]!);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_success()
    {
        var session = await LspSession.StartAsync();
        Assert.Equal(0, await session.ShutdownAsync());
        await session.DisposeAsync();
    }

    [Fact]
    public async Task A_request_for_a_document_that_is_neither_open_nor_on_disk_is_an_error_not_a_crash()
    {
        await using var session = await LspSession.StartAsync();
        await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() => session.RequestAsync("textDocument/hover", LspSession.At("untitled:nothing", 0, 0)));

        // The server still answers.
        await session.OpenAsync("untitled:after", "plan A.B\n");
        Assert.NotNull(await session.RequestAsync("textDocument/hover", LspSession.At("untitled:after", 0, 6)));
    }
}
