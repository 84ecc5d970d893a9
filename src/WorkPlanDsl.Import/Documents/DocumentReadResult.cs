namespace WorkPlanDsl.Import.Documents;

/// <summary>Why a file gave no document. Every kind means nothing was read and nothing is written (exit code 2).</summary>
public enum ReadFailureKind
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    Unreadable,

    /// <summary>The file is empty, or holds only white space.</summary>
    Empty,

    /// <summary>The bytes are not a document: binary data, an image, an archive, text in no known encoding.</summary>
    NotADocument,

    /// <summary>A format this reader does not read (.doc, .xls, .pdf, .rtf, .odt): the message names the conversion to run.</summary>
    NeedsConversion,

    /// <summary>A .docx, .xlsx or zip that is damaged or protected.</summary>
    Damaged,

    /// <summary>
    /// More text than any plan holds (<see cref="DocumentReader.MaxCharacters"/>): a log, a data dump, a concatenation;
    /// or a file whose reading ran out of memory.
    /// </summary>
    TooLarge,

    /// <summary>A defect of a reader on this file's contents: nothing is read, and the message asks for a report.</summary>
    Defect,
}

/// <summary>What reading a file gave: a <see cref="PlanDocument"/>, or a failure with a message that says what to do.</summary>
public sealed class DocumentReadResult
{
    private DocumentReadResult(PlanDocument? document, ReadFailureKind? failure, string? error)
    {
        Document = document;
        Failure = failure;
        Error = error;
    }

    public PlanDocument? Document { get; }

    /// <summary>Null when the document was read.</summary>
    public ReadFailureKind? Failure { get; }

    /// <summary>The message for the user (without the file name), such as <c>a .pdf is not read: convert it first with pdftotext -layout 'plan.pdf' 'plan.txt'</c>.</summary>
    public string? Error { get; }

    /// <summary>True when nothing could be read: the command writes nothing and exits with 2.</summary>
    public bool NothingDone => Document is null;

    internal static DocumentReadResult Read(PlanDocument document) => new(document, null, null);

    internal static DocumentReadResult Failed(ReadFailureKind failure, string error) => new(null, failure, error);

    /// <summary>
    /// What an exception thrown while reading a .docx or .xlsx (<paramref name="format"/>) means: running out of memory
    /// says the file is too large, not that it is broken; anything else, that the file is damaged.
    /// </summary>
    internal static DocumentReadResult Thrown(string format, System.Exception exception)
        => exception is System.OutOfMemoryException
            ? Failed(ReadFailureKind.TooLarge, "the " + format + " is too large to read: reading it ran out of memory (a sheet or table far larger than any plan's?); nothing is imported")
            : Failed(ReadFailureKind.Damaged, "the " + format + " cannot be read, it is damaged: " + exception.Message);
}
