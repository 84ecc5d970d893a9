using System.Collections.Generic;

namespace WorkPlanDsl.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>What the server reads of the client's initialize request; the rest of the client's capabilities is not needed.</summary>
public sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(object Capabilities, ServerInfo ServerInfo);
