using System.Collections.Generic;

namespace WorkPlanDsl.LanguageServer.Protocol;

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI (the keys are URIs, never renamed by the serializer).</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);
