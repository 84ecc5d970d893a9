using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Turns a file into a <see cref="PlanDocument"/>, choosing the reader by what the bytes are and, where they could
/// be either, by the extension: plain text, .docx, .html, .xlsx, .csv. Formats it does not read (.doc, .xls, .pdf,
/// .rtf, .odt) fail with the conversion to run; so do binary files and empty ones. A file whose content contradicts
/// its extension (a .doc that is an HTML page, a .txt that is a .docx) is read as what it is, with a note.
/// </summary>
public static class DocumentReader
{
    /// <summary>
    /// The most text a document may hold: two million characters, some twenty times the longest published plan (a
    /// State Council plan of 100 pages is about 100,000). Past it the file is something else, and is refused at once.
    /// </summary>
    public const int MaxCharacters = 2_000_000;

    public static DocumentReadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return DocumentReadResult.Failed(ReadFailureKind.Unreadable, "no such file");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DocumentReadResult.Failed(ReadFailureKind.Unreadable, e.Message);
        }

        return Read(name, bytes, cancellationToken);
    }

    /// <summary>Reads a document from its bytes; <paramref name="name"/> is the file name (its extension counts) that notes cite.</summary>
    public static DocumentReadResult Read(string name, byte[] bytes, CancellationToken cancellationToken = default)
    {
        DocumentReadResult read;
        try
        {
            read = ReadAny(name, bytes, cancellationToken);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException and not System.OutOfMemoryException)
        {
            // A reader's defect on some file's contents (as the recogniser's, see PlanImporter.Import): a message to act
            // on, not a stack trace.
            return DocumentReadResult.Failed(ReadFailureKind.Defect, "the reader failed on this file (" + e.GetType().Name + ": " + e.Message
                + "); nothing was read. This is a defect of the importer: please report it with the document");
        }

        if (read.Document is { } document)
        {
            long characters = 0;
            foreach (var block in document.Blocks)
            {
                characters += block is ParagraphBlock p ? p.Text.Length : ((TableBlock)block).Rows.Sum(r => r.Cells.Sum(c => (long)c.Text.Length));
            }

            if (characters > MaxCharacters)
            {
                return TooLarge(characters);
            }
        }

        return read;
    }

    private static DocumentReadResult TooLarge(long characters, bool counted = true)
        => DocumentReadResult.Failed(
            ReadFailureKind.TooLarge,
            "the document holds " + (counted ? string.Empty : "over ") + characters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters, more than the "
                + MaxCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + " any work plan holds: it is not one plan (a log, a data export, several documents joined?); nothing is imported");

    private static DocumentReadResult ReadAny(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (bytes.Length == 0)
        {
            return Empty();
        }

        switch (FileSignature.Of(bytes))
        {
            case Signature.Pdf:
                return Conversions.Pdf(name);
            case Signature.Rtf:
                return Conversions.Rtf(name);
            case Signature.CompoundFile:
                return CompoundFile(name, bytes);
            case Signature.Zip:
                return Zip(name, bytes, extension, cancellationToken);
            case Signature.Other:
                return DocumentReadResult.Failed(ReadFailureKind.NotADocument, "not a text document: it is " + FileSignature.Describe(bytes));
        }

        var head = HtmlCharset.Latin1(bytes, 1024);
        if (head.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase) && head.IndexOf("multipart/related", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return Conversions.WebArchive(name);
        }

        if (extension is ".html" or ".htm" or ".xhtml" or ".shtml" || HtmlDocumentReader.LooksLikeHtml(bytes))
        {
            var html = HtmlDocumentReader.Read(name, bytes, cancellationToken);
            return html.Document is null || extension is ".html" or ".htm" or ".xhtml" or ".shtml"
                ? html
                : DocumentReadResult.Read(WithNote(html.Document, "'" + name + "' is an HTML page" + Claimed(extension) + "; read as HTML"));
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return DocumentReadResult.Failed(ReadFailureKind.NotADocument, decoded.Error!);
        }

        if (decoded.Text.All(char.IsWhiteSpace))
        {
            return Empty();
        }

        if (decoded.Text.Length > MaxCharacters)
        {
            return TooLarge(decoded.Text.Length);
        }

        if (HtmlDocumentReader.LooksLikeHtml(decoded.Text))
        {
            return HtmlDocumentReader.Read(name, decoded.Text, decoded.Note, cancellationToken);
        }

        var notes = decoded.Note is null ? Array.Empty<ImportNote>() : new[] { decoded.Note };
        var separator = extension is ".csv" or ".tsv" ? CsvDocumentReader.DetectSeparator(decoded.Text) : null;
        if (separator is { } fieldSeparator)
        {
            return DocumentReadResult.Read(new PlanDocument(name, CsvDocumentReader.Blocks(decoded.Text, fieldSeparator, cancellationToken), notes));
        }

        var textNotes = notes.ToList();
        var text = extension is ".csv" or ".tsv" ? CsvDocumentReader.Unquoted(decoded.Text) : decoded.Text;
        var document = new PlanDocument(name, PlainText.Blocks(text, textNotes), textNotes);
        return DocumentReadResult.Read(
            extension is ".docx" or ".xlsx" or ".doc" or ".xls" or ".pdf" ? WithNote(document, "'" + name + "' is plain text" + Claimed(extension) + "; read as text")
            : extension is ".csv" or ".tsv" ? WithNote(document, "'" + name + "' has too few lines split into fields by commas, semicolons or tabs to be a table; read as text")
            : document);
    }

    private static DocumentReadResult Empty() => DocumentReadResult.Failed(ReadFailureKind.Empty, "the document is empty");

    private static DocumentReadResult CompoundFile(string name, byte[] bytes)
    {
        // An OLE compound file names its streams in UTF-16 in its directory: that is enough to tell what it holds.
        if (FileSignature.Contains(bytes, Encoding.Unicode.GetBytes("EncryptedPackage")))
        {
            return DocumentReadResult.Failed(ReadFailureKind.Damaged, "the document is password-protected: open it, remove the password, save it and import it again");
        }

        if (FileSignature.Contains(bytes, Encoding.Unicode.GetBytes("WordDocument")))
        {
            return Conversions.Word97(name);
        }

        if (FileSignature.Contains(bytes, Encoding.Unicode.GetBytes("Workbook")) || FileSignature.Contains(bytes, Encoding.Unicode.GetBytes("Book")))
        {
            return Conversions.Excel97(name);
        }

        if (FileSignature.Contains(bytes, Encoding.Unicode.GetBytes("PowerPoint Document")))
        {
            return Conversions.OtherOffice(name, "a PowerPoint 97-2003 presentation");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension == ".xls" ? Conversions.Excel97(name) : Conversions.Word97(name);
    }

    private static DocumentReadResult Zip(string name, byte[] bytes, string extension, CancellationToken cancellationToken)
    {
        string[] entries;
        string? mimeType = null;
        string? tooDeep;
        long workbookCharacters = 0;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            entries = archive.Entries.Select(e => e.FullName).ToArray();
            var mime = archive.GetEntry("mimetype");
            if (mime is not null && mime.Length < 200)
            {
                using var reader = new StreamReader(mime.Open(), Encoding.ASCII);
                mimeType = reader.ReadToEnd().Trim();
            }

            if (archive.Entries.FirstOrDefault(e => e.Length > MaxPartBytes && (e.FullName.StartsWith("word/", StringComparison.Ordinal) || e.FullName.StartsWith("xl/", StringComparison.Ordinal))) is { } huge)
            {
                // A part that inflates to gigabytes (a zip bomb, or a dump) is refused from the archive's directory,
                // before seconds and gigabytes go into inflating it.
                return DocumentReadResult.Failed(ReadFailureKind.TooLarge, "the file's part " + huge.FullName + " inflates to "
                    + (huge.Length / (1024 * 1024)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " MB, more than any work plan's "
                    + (MaxPartBytes / (1024 * 1024)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " MB: it is not one plan; nothing is imported");
            }

            tooDeep = TooDeep(archive, cancellationToken);
            if (tooDeep is null && entries.Any(e => e.StartsWith("xl/", StringComparison.Ordinal)))
            {
                workbookCharacters = WorkbookText.Characters(archive, MaxCharacters, cancellationToken);
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            return DocumentReadResult.Failed(ReadFailureKind.Damaged, "the file is a damaged zip archive (" + e.Message + ")");
        }

        if (tooDeep is not null)
        {
            // The Open Xml SDK builds its element tree by recursion: a part nesting thousands of elements (no editor
            // writes one) would overflow the stack and end the process, which no catch can stop.
            return DocumentReadResult.Failed(ReadFailureKind.Damaged, "the file's part " + tooDeep + " nests its elements more than " + MaxXmlDepth + " deep: a damaged or made-up file, not read");
        }

        if (workbookCharacters > MaxCharacters)
        {
            // Counted from the stream, before the SDK loads the cells as elements: rows of identical cells compress
            // 400 KB into 8 million of them, 5 GB.
            return TooLarge(MaxCharacters, counted: false);
        }

        if (entries.Any(e => e.StartsWith("word/", StringComparison.Ordinal)))
        {
            var read = DocxReader.Read(name, bytes, cancellationToken);
            return read.Document is not null && extension != ".docx" && extension != ".docm" && extension != ".dotx"
                ? DocumentReadResult.Read(WithNote(read.Document, "'" + name + "' is a Word document (.docx)" + Claimed(extension) + "; read as .docx"))
                : read;
        }

        if (entries.Any(e => e.StartsWith("xl/", StringComparison.Ordinal)))
        {
            var read = XlsxReader.Read(name, bytes, cancellationToken);
            return read.Document is not null && extension != ".xlsx" && extension != ".xlsm"
                ? DocumentReadResult.Read(WithNote(read.Document, "'" + name + "' is an Excel workbook (.xlsx)" + Claimed(extension) + "; read as .xlsx"))
                : read;
        }

        if (entries.Any(e => e.StartsWith("ppt/", StringComparison.Ordinal)))
        {
            return Conversions.OtherOffice(name, "a PowerPoint presentation");
        }

        if (mimeType is not null && mimeType.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal))
        {
            return Conversions.OpenDocument(name, mimeType.Contains("spreadsheet"));
        }

        return DocumentReadResult.Failed(ReadFailureKind.NotADocument, "not a document but a zip archive: unpack it and import the plan document inside");
    }

    // 2,000,000 characters of a plan in Word's or Excel's XML, with all its markup, stay well under this.
    private const long MaxPartBytes = 200L * 1024 * 1024;

    // Word nests a table in a cell in a table a few levels deep; a thousand is far past any document.
    private const int MaxXmlDepth = 1000;

    // The first XML part of the package whose elements nest deeper than MaxXmlDepth, or null; read as a stream, so a deep
    // part costs no stack here.
    private static string? TooDeep(ZipArchive archive, CancellationToken cancellationToken)
    {
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = entry.Open();
            using var reader = System.Xml.XmlReader.Create(stream, settings);
            try
            {
                while (reader.Read())
                {
                    if (reader.Depth > MaxXmlDepth)
                    {
                        return entry.FullName;
                    }
                }
            }
            catch (System.Xml.XmlException)
            {
                // A part that is not well-formed is the SDK's to report as damage, as before.
            }
        }

        return null;
    }

    private static string Claimed(string extension) => extension.Length == 0 ? string.Empty : ", not what its extension " + extension + " says";

    private static PlanDocument WithNote(PlanDocument document, string message)
        => new(document.Name, document.Blocks, new[] { new ImportNote(1, NoteSeverity.Note, message) }.Concat(document.Notes).ToArray());
}
