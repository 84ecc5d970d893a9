namespace WorkPlanDsl.Import;

/// <summary>How much a note matters: a warning means the output is not complete.</summary>
public enum NoteSeverity
{
    Note,
    Warning,
}

/// <summary>Something the importer reports about the document, at a 1-based line of it.</summary>
public sealed record ImportNote(int Line, NoteSeverity Severity, string Message)
{
    /// <summary>The form the command line prints: <c>document.txt(12): warning: …</c>.</summary>
    public string ToString(string document)
        => document + "(" + Line + "): " + (Severity == NoteSeverity.Warning ? "warning" : "note") + ": " + Message;
}
