using System;
using System.CommandLine;
using WorkPlanDsl.LanguageServer.Server;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan lsp</c>: the language server on standard input and output, for any LSP editor.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP on standard input and output (the default and only transport; accepted because clients pass it)." };
        var command = new Command("lsp", "Run the WPlan language server (LSP 3.17) on standard input and output: the build's diagnostics as you type, completion, hover, navigation, rename, outline, formatting.")
        {
            stdio,
        };
        command.SetAction((_, cancellationToken) => LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellationToken));
        return command;
    }
}
