namespace WorkPlanDsl.LanguageServer.Protocol;

/// <summary>A place in a document: 0-based line and character, counted in UTF-16 code units as LSP says by default.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);
