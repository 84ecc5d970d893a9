using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A .docx as blocks: the body's paragraphs in order, with the number Word generates for them written in front
/// (<c>一、</c>, <c>（一）</c>, <c>1.</c>), a line break inside a paragraph starting a new one, and tables with merged
/// cells carried to every row and column they cover. Headers, footers, comments, deleted and hidden text, field codes
/// and text boxes are not the plan's text and are left out; so are footnotes and endnotes, but for those that give the
/// work to bodies (read in brackets where their mark stands).
/// </summary>
internal static class DocxReader
{
    public static DocumentReadResult Read(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var main = package.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                return DocumentReadResult.Failed(ReadFailureKind.Damaged, "the .docx has no document body");
            }

            var reader = new Walker(new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles), NotesNamingBodies(main), cancellationToken);
            reader.Blocks(body);
            if (reader.Result.Count == 0)
            {
                return DocumentReadResult.Failed(ReadFailureKind.Empty, "the document is empty: the .docx has no text in its body");
            }

            return DocumentReadResult.Read(new PlanDocument(name, reader.Result));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file made by another tool may break the format anywhere (a number where none is allowed, a part
            // missing); whatever the SDK throws, the file is damaged for this reader (too large where memory ran out)
            // and nothing else breaks.
            return DocumentReadResult.Thrown(".docx", e);
        }

    }

    // 1.推进…。¹ with the footnote 牵头单位：市发改委；配合单位：市财政局: a note that gives the work to bodies is the
    // task's words, read in brackets where its mark stands; other notes (sources, definitions) stay out.
    // 城市更新单元是指由区人民政府负责划定的区域, 数据来源：市统计局，由市统计局负责解释, 2024年，市发展改革委牵头开展了
    // 前期研究: a note that defines a word, gives a source or tells what was done names a body without giving it the task.
    private static readonly System.Text.RegularExpressions.Regex TellsAboutTheWork = new(
        "是指|指的是|系指|来源|出处|解释|(?<![为除])了(?!解)|参见|详见|引自|摘自", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static Dictionary<string, string> NotesNamingBodies(MainDocumentPart main)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string kind, IEnumerable<OpenXmlCompositeElement> elements, Func<OpenXmlCompositeElement, long?> id)
        {
            foreach (var note in elements)
            {
                var words = string.Concat(note.Descendants<Text>().Select(t => t.Text)).Trim();
                if (id(note) is { } number && words.Length > 0 && (Reading.RoleWords.HasRole(ChineseText.Fold(words)) || Reading.ClauseReader.HasLabel(ChineseText.Fold(words)))
                    && !TellsAboutTheWork.IsMatch(ChineseText.Fold(words)))
                {
                    notes[kind + number.ToString(System.Globalization.CultureInfo.InvariantCulture)] = words;
                }
            }
        }

        Add("fn", main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? Enumerable.Empty<Footnote>(), n => ((Footnote)n).Id?.Value);
        Add("en", main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? Enumerable.Empty<Endnote>(), n => ((Endnote)n).Id?.Value);
        return notes;
    }

    private sealed class Walker
    {
        private readonly DocxNumbering numbering;
        private readonly IReadOnlyDictionary<string, string> notes;
        private readonly CancellationToken cancellationToken;
        private int line;

        public Walker(DocxNumbering numbering, IReadOnlyDictionary<string, string> notes, CancellationToken cancellationToken)
        {
            this.numbering = numbering;
            this.notes = notes;
            this.cancellationToken = cancellationToken;
        }

        public List<DocumentBlock> Result { get; } = new();

        public void Blocks(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        line++;
                        var marks = new List<MarkedWords>();
                        foreach (var text in Lines(paragraph, marks))
                        {
                            if (text.Trim().Length > 0)
                            {
                                Result.Add(new ParagraphBlock(line, text, marks.Count > 0 ? marks : null));
                            }
                        }

                        break;
                    case Table layout when layout.Descendants<Table>().Any()
                        && layout.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().All(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Count() <= 1):
                        // A table of one column holding tables (a borderless layout, each cell a heading and its task
                        // table): its cells' paragraphs and tables are the document's, in order. A task table with a
                        // small table in one cell, even of two columns, stays a table.
                        foreach (var cell in layout.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Where(c => c.Ancestors<Table>().First() == layout))
                        {
                            Blocks(cell);
                        }

                        break;
                    case Table table:
                        cancellationToken.ThrowIfCancellationRequested();
                        var tableMarks = new Dictionary<int, MarkedWords[]>();
                        var rows = Rows(table, tableMarks);
                        if (rows.Count > 0)
                        {
                            Result.Add(new TableBlock(rows[0].Line, rows, tableMarks));
                        }

                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock:
                        Blocks(child);
                        break;
                }
            }
        }

        /// <summary>The paragraph's text, its number in front, split where Word breaks the line.</summary>
        private List<string> Lines(Paragraph paragraph, List<MarkedWords> marks)
        {
            var lines = new List<string> { string.Empty };
            var text = new StringBuilder(numbering.Next(paragraph.ParagraphProperties) ?? string.Empty);
            Runs(paragraph, text, lines, marks);
            lines[lines.Count - 1] = text.ToString();
            return lines;
        }

        private void Runs(OpenXmlElement element, StringBuilder text, List<string> lines, List<MarkedWords>? marks = null)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case FootnoteReference footnote when footnote.Id?.Value is { } id && notes.TryGetValue("fn" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var footnoteWords):
                        text.Append('（').Append(footnoteWords.TrimEnd('。', '；', ';')).Append('）');
                        break;
                    case EndnoteReference endnote when endnote.Id?.Value is { } id && notes.TryGetValue("en" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var endnoteWords):
                        text.Append('（').Append(endnoteWords.TrimEnd('。', '；', ';')).Append('）');
                        break;
                    case TabChar or PositionalTab:
                        text.Append('\t');
                        break;
                    case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                    case CarriageReturn:
                        lines[lines.Count - 1] = text.ToString();
                        lines.Add(string.Empty);
                        text.Clear();
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value):
                        // Hidden text: Word does not show or print it.
                        break;
                    case Run run when marks is not null && MarkOf(run.RunProperties) is { } mark:
                        var (start, breaks) = (text.Length, lines.Count);
                        Runs(run, text, lines, marks);
                        if (breaks == lines.Count && text.ToString(start, text.Length - start).Trim() is { Length: > 0 } words)
                        {
                            marks.Add(new MarkedWords(mark, words));
                        }

                        break;
                    case Break:
                    // Tracked changes read as accepted: deleted and moved-away words are no longer the document's.
                    case DeletedRun or DeletedText or MoveFromRun or FieldCode or DeletedFieldCode or ParagraphProperties or RunProperties:
                    case Drawing or Picture or EmbeddedObject or AlternateContent or SymbolChar or FootnoteReference or EndnoteReference or CommentReference:
                        break;
                    default:
                        Runs(child, text, lines, marks);
                        break;
                }
            }
        }

        // A run's own bold (w:b), underline (w:u other than none) or red (w:color FF0000); a style's are not read.
        private static TypeMark? MarkOf(RunProperties? properties)
        {
            if (properties?.Underline is { } underline && (underline.Val is null || underline.Val.Value != UnderlineValues.None))
            {
                return TypeMark.Underline;
            }

            return properties?.Bold is { } bold && (bold.Val is null || bold.Val.Value) ? TypeMark.Bold
                : properties?.Color?.Val?.Value is { } colour && colour.Equals("FF0000", StringComparison.OrdinalIgnoreCase) ? TypeMark.Red
                : null;
        }

        /// <summary>
        /// The table's rows on its grid: <c>w:gridBefore</c> and <c>w:gridSpan</c> place each cell, <c>w:vMerge</c>
        /// without <c>restart</c> continues the cell above, the legacy <c>w:hMerge</c> the cell to the left.
        /// </summary>
        // marks: the words each row's cells set in bold or underlined (区市场监管局 bold in 责任单位), by the row's line.
        private List<TableRow> Rows(Table table, Dictionary<int, MarkedWords[]> marks)
        {
            var grid = new TableGrid();
            foreach (var row in Descend<DocumentFormat.OpenXml.Wordprocessing.TableRow>(table, typeof(SdtRow), typeof(CustomXmlRow)))
            {
                line++;
                var r = grid.AddRow(line);
                var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                var rowMarks = new List<MarkedWords>();
                foreach (var cell in Descend<DocumentFormat.OpenXml.Wordprocessing.TableCell>(row, typeof(SdtCell), typeof(CustomXmlCell)))
                {
                    var properties = cell.TableCellProperties;
                    var span = Math.Min(Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1), 63);
                    var verticalMerge = properties?.VerticalMerge;
                    var continuesAbove = verticalMerge is not null && (verticalMerge.Val is null || verticalMerge.Val.Value == MergedCellValues.Continue);
                    var horizontalMerge = properties?.HorizontalMerge;
                    var continuesLeft = horizontalMerge is not null && (horizontalMerge.Val is null || horizontalMerge.Val.Value == MergedCellValues.Continue);
                    var text = CellText(cell, rowMarks);
                    if (continuesAbove && grid.Get(r - 1, column) is { } above)
                    {
                        grid.Place(r, column, above.Text, span, 1, isMergedCopy: true);
                    }
                    else if (continuesLeft && column > 0 && grid.Get(r, column - 1) is { } left)
                    {
                        grid.Place(r, column, left.Text, span, 1, isMergedCopy: true);
                    }
                    else
                    {
                        grid.Place(r, column, text, span);
                    }

                    column += span;
                }

                if (rowMarks.Count > 0)
                {
                    marks[line] = rowMarks.ToArray();
                }
            }

            return grid.ToRows();
        }

        /// <summary>A cell's paragraphs joined by line breaks; a table inside the cell gives its rows, cells joined by a space.</summary>
        private string CellText(DocumentFormat.OpenXml.Wordprocessing.TableCell cell, List<MarkedWords>? marks = null)
        {
            var lines = new List<string>();
            Collect(cell, lines, marks);
            return string.Join("\n", lines.Where(l => l.Trim().Length > 0));
        }

        private void Collect(OpenXmlElement container, List<string> lines, List<MarkedWords>? marks = null)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        lines.AddRange(Lines(paragraph, marks ?? new List<MarkedWords>()));
                        break;
                    case Table nested:
                        foreach (var row in Descend<DocumentFormat.OpenXml.Wordprocessing.TableRow>(nested, typeof(SdtRow), typeof(CustomXmlRow)))
                        {
                            var cells = Descend<DocumentFormat.OpenXml.Wordprocessing.TableCell>(row, typeof(SdtCell), typeof(CustomXmlCell))
                                .Select(c => CellText(c)).Where(t => t.Length > 0);
                            lines.Add(string.Join(" ", cells));
                        }

                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock:
                        Collect(child, lines, marks);
                        break;
                }
            }
        }

        /// <summary>The children of type <typeparamref name="T"/>, looking through content controls and custom XML around them.</summary>
        private static IEnumerable<T> Descend<T>(OpenXmlElement parent, params Type[] wrappers)
            where T : OpenXmlElement
        {
            foreach (var child in parent.ChildElements)
            {
                if (child is T match)
                {
                    yield return match;
                }
                else if (wrappers.Contains(child.GetType()) || child is SdtContentRow or SdtContentCell)
                {
                    foreach (var inner in Descend<T>(child, wrappers))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
