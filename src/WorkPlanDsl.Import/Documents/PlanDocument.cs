using System;
using System.Collections.Generic;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A published plan as the importer's recogniser sees it, whatever file it came from: its blocks in reading order,
/// and what the reader has to say about the file itself (an encoding it guessed, chrome it dropped).
/// </summary>
public sealed class PlanDocument
{
    public PlanDocument(string name, IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<ImportNote>? notes = null)
    {
        Name = name;
        Blocks = blocks;
        Notes = notes ?? System.Array.Empty<ImportNote>();
    }

    /// <summary>The file name that notes cite.</summary>
    public string Name { get; }

    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <summary>What the reader noticed about the file (encoding, dropped chrome); they go out with the import's notes.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }
}

/// <summary>
/// A paragraph or a table. <see cref="Line"/> is the 1-based position a note cites: the text line of a plain-text
/// document, the paragraph number (tables counted as one per row) of a .docx or .html, the row of a sheet or CSV.
/// </summary>
public abstract class DocumentBlock
{
    protected DocumentBlock(int line) => Line = line;

    public int Line { get; }
}

/// <summary>One paragraph's text as the document prints it, numbering that Word generated included (<c>一、</c>).</summary>
public sealed class ParagraphBlock : DocumentBlock
{
    public ParagraphBlock(int line, string text, IReadOnlyList<MarkedWords>? marks = null)
        : base(line)
    {
        Text = text;
        Marks = marks ?? Array.Empty<MarkedWords>();
    }

    public string Text { get; }

    /// <summary>
    /// Words the type sets apart (bold, underlined), where the format shows it: a document may say that they are the
    /// leads (加下划线的为牵头单位), which its text alone cannot show.
    /// </summary>
    public IReadOnlyList<MarkedWords> Marks { get; }
}

/// <summary>How the type sets words apart.</summary>
public enum TypeMark
{
    Bold,
    Underline,

    /// <summary>Red type (红色字体标注的为牵头单位): a page's or a Word file's colour, where the legend gives it a meaning.</summary>
    Red,
}

/// <summary>Words of a paragraph set in bold or underlined.</summary>
public sealed class MarkedWords
{
    public MarkedWords(TypeMark mark, string text)
    {
        Mark = mark;
        Text = text;
    }

    public TypeMark Mark { get; }

    public string Text { get; }
}

/// <summary>A table as rows of cells, merged cells already carried to every row and column they cover.</summary>
public sealed class TableBlock : DocumentBlock
{
    public TableBlock(int line, IReadOnlyList<TableRow> rows, IReadOnlyDictionary<int, MarkedWords[]>? marks = null)
        : base(line)
    {
        Rows = rows;
        Marks = marks ?? new Dictionary<int, MarkedWords[]>();
    }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>
    /// Words the type sets apart in the cells of each row (区市场监管局 in bold), by the row's line, where the format shows
    /// it (see <see cref="ParagraphBlock.Marks"/>).
    /// </summary>
    public IReadOnlyDictionary<int, MarkedWords[]> Marks { get; }
}

public sealed class TableRow
{
    public TableRow(int line, IReadOnlyList<TableCell> cells)
    {
        Line = line;
        Cells = cells;
    }

    /// <summary>The position a note about this row cites (see <see cref="DocumentBlock.Line"/>).</summary>
    public int Line { get; }

    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>
    /// Cells a row printed past its header's last column where no reading places them (… | 牵头单位 over … | X | Y, a
    /// leader list's row of four cells under two): no header says what they hold, so they are shown to the reviewer and
    /// read in no role.
    /// </summary>
    public IReadOnlyList<string> Unheaded { get; init; } = System.Array.Empty<string>();

    /// <summary>The same row with other cells (a cell's text repaired or cut): what else it carries goes with it.</summary>
    public TableRow WithCells(IReadOnlyList<TableCell> cells) => new(Line, cells) { Unheaded = Unheaded };
}

/// <summary>
/// A cell's text (paragraphs inside it joined by a line break). <see cref="IsMergedCopy"/> is true where the cell is
/// covered by a merge that starts in the cell above or to the left and its text was carried from there: a task cell
/// merged down over three rows of measures is one task, not three.
/// </summary>
public sealed class TableCell
{
    public TableCell(string text, bool isMergedCopy = false)
    {
        Text = text;
        IsMergedCopy = isMergedCopy;
    }

    public string Text { get; }

    public bool IsMergedCopy { get; }
}
