using System.IO;

namespace WorkPlanDsl.Import.Documents;

/// <summary>The formats that are not read, each with the conversion that makes it one that is.</summary>
internal static class Conversions
{
    public static DocumentReadResult Pdf(string name)
        => Needs("a PDF is not read: convert it to text with `pdftotext -layout " + Quote(name) + " " + Quote(TextName(name))
            + "` (poppler-utils) and import the .txt; a scanned PDF has no text and needs OCR first");

    // pdftohtml keeps the PDF's text in the order the PDF draws it, a fragment a line: a table's cells come column by
    // column or block by block, and no row can be told from the next.
    public static DocumentReadResult PdfToHtml()
        => Needs("this HTML was made from a PDF by pdftohtml, which keeps the PDF's drawing order, not its tables' rows: convert the PDF with `pdftotext -layout`"
            + " (poppler-utils) and import the .txt");

    public static DocumentReadResult Word97(string name)
        => Needs("a Word 97-2003 document (.doc) is not read: convert it with `libreoffice --headless --convert-to docx " + Quote(name)
            + "` (or save it as .docx in Word or WPS) and import the .docx");

    public static DocumentReadResult Excel97(string name)
        => Needs("an Excel 97-2003 workbook (.xls) is not read: convert it with `libreoffice --headless --convert-to xlsx " + Quote(name)
            + "` (or save it as .xlsx in Excel or WPS) and import the .xlsx");

    public static DocumentReadResult Rtf(string name)
        => Needs("an RTF document is not read: convert it with `libreoffice --headless --convert-to docx " + Quote(name) + "` and import the .docx");

    public static DocumentReadResult OpenDocument(string name, bool spreadsheet)
        => Needs("an OpenDocument " + (spreadsheet ? "spreadsheet" : "text") + " is not read: convert it with `libreoffice --headless --convert-to "
            + (spreadsheet ? "xlsx " : "docx ") + Quote(name) + "` and import the " + (spreadsheet ? ".xlsx" : ".docx"));

    public static DocumentReadResult WebArchive(string name)
        => Needs("a web archive (.mht) is not read: open " + Quote(name) + " in a browser and save it as a web page (HTML only), or in Word and save it as .docx, and import that");

    public static DocumentReadResult OtherOffice(string name, string what)
        => Needs(what + " is not read: save or convert the plan as .docx, .xlsx, .html or text (`libreoffice --headless --convert-to docx "
            + Quote(name) + "`) and import that");

    // plan.pdf gives plan.txt; a PDF already called plan.txt gives plan-text.txt, never the file it reads.
    private static string TextName(string name)
        => string.Equals(Path.GetExtension(name), ".txt", System.StringComparison.OrdinalIgnoreCase)
            ? Path.Combine(Path.GetDirectoryName(name) ?? string.Empty, Path.GetFileNameWithoutExtension(name) + "-text.txt")
            : Path.ChangeExtension(name, ".txt");

    private static DocumentReadResult Needs(string message) => DocumentReadResult.Failed(ReadFailureKind.NeedsConversion, message);

    private static string Quote(string name) => name.IndexOfAny(new[] { ' ', '\'', '"', '(', ')', '&', ';' }) < 0 ? name : "\"" + name.Replace("\"", "\\\"") + "\"";
}
