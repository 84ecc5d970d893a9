// The WPlan extension: the grammar, snippets and language configuration are declared in package.json; this starts
// the language server, `workplan lsp`, which gives everything else (diagnostics, completion, hover, navigation,
// rename, outline, formatting, semantic tokens, quick fixes) from the build's own parser and binder.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("wplan.restartServer", async () => {
      await stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("wplan.server")) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const configuration = vscode.workspace.getConfiguration("wplan.server");
  const command = configuration.get<string>("path")?.trim() || "workplan";
  const args = configuration.get<string[]>("arguments") ?? ["lsp"];
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "wplan" },
      { scheme: "untitled", language: "wplan" },
    ],
    synchronize: {
      // The server also reads the plans it has not opened (a plan name may be declared once) and .editorconfig.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/*.wplan"),
        vscode.workspace.createFileSystemWatcher("**/.editorconfig"),
      ],
    },
  };

  client = new LanguageClient("wplan", "WPlan", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const message = error instanceof Error ? error.message : String(error);
    const choice = await vscode.window.showErrorMessage(
      `The WPlan language server did not start ('${command} ${args.join(" ")}'): ${message}. ` +
        "Install it with 'dotnet tool install -g WorkPlanDsl.Cli', or set wplan.server.path.",
      "Open settings",
    );
    if (choice === "Open settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "wplan.server");
    }
    return;
  }

  context.subscriptions.push({ dispose: () => void stop() });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}
