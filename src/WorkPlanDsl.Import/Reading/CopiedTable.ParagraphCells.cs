using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

internal static partial class CopiedTable
{
    /// <summary>
    /// The task tables that plain <c>pdftotext</c> (no <c>-layout</c>) prints a cell a paragraph, a blank line after each
    /// cell: the header's cells first, each wrapped at its column (<c>序</c> / <c>号</c>, <c>完成时</c> / <c>限</c>) and,
    /// because it sits centred in a header row the wrapped cells make taller, printed in another order than the
    /// columns (<c>序号</c> / <c>完成时限</c> / <c>工作任务</c> / <c>牵头单位</c>); then each row, its number, its words, its
    /// unit cells and its deadline, in the columns' order. The header tells which columns the table has; what each of a
    /// row's paragraphs holds (words, names, a date, an empty cell's dash) tells which it stands in, the unit cells
    /// keeping the order of the unit columns. A row printing fewer unit cells than the table has unit columns (an empty
    /// cell prints nothing) names nobody, with a warning: which column its names stand in cannot be told. A row printing
    /// more (a cell's names a paragraph each) fills the first unit column and the last, where no row prints fewer. The
    /// header printed again on later pages, also inside a row's paragraphs, is passed over.
    /// </summary>
    private static List<SourceLine> ParagraphCellTables(List<SourceLine> lines, ISet<int> notBlank, List<ImportNote> notes)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            // The header's first cell may close the paragraph of the title over the table (…分工表 / 序 / 号).
            if (ParagraphCells(lines, i, notBlank, notes, out var next) is not { } table)
            {
                result?.Add(lines[i]);
                continue;
            }

            result ??= lines.Take(i).ToList();
            result.Add(SourceLine.OfTable(Unglued(table, notes), rebuilt: true));
            i = next - 1;
        }

        return result ?? lines;
    }

    private const int MaxHeaderCellLines = 3;
    private const int MaxHeaderCellLine = 8;
    private const int MaxCellsOfARow = 12;

    // A second measure's words and deadline under a row's one number: a few paragraphs, not the document after the table.
    private const int MaxMeasureParagraphs = 4;

    // The paragraphs printed after a row's cells, out of their place, past which the next row's number must follow.
    private const int MaxStrayParagraphs = 6;

    private static TableBlock? ParagraphCells(List<SourceLine> lines, int start, ISet<int> notBlank, List<ImportNote> notes, out int next)
    {
        next = start;
        var kinds = new List<ColumnKind>();
        var header = new List<(int Line, string Text)>();
        var p = start;
        while (kinds.Count < 12 && ParagraphEnd(lines, p, notBlank, MaxHeaderCellLines + 1) is var end && end > p && end - p <= MaxHeaderCellLines
            && lines.Skip(p).Take(end - p).All(l => l.Text.Trim().Length <= MaxHeaderCellLine && Number(l) is null)
            && string.Concat(lines.Skip(p).Take(end - p).Select(l => l.Text.Trim())) is var text
            && TableColumns.Classify(text) is var kind and not ColumnKind.None && !kinds.Contains(kind))
        {
            kinds.Add(kind);
            header.Add((lines[p].Number, text));
            p = end;
        }

        // Only the columns whose cells tell themselves apart by what they hold: one column of words, unit columns, a deadline.
        var textColumn = kinds.FindIndex(k => k is ColumnKind.Task or ColumnKind.Content);
        var unitColumns = Enumerable.Range(0, kinds.Count).Where(c => IsRole(kinds[c])).ToList();
        if (kinds.Count < 4 || !kinds.Contains(ColumnKind.Number) || textColumn < 0 || unitColumns.Count == 0 || !TableColumns.IsHeader(kinds)
            || kinds.Any(k => !(k is ColumnKind.Number or ColumnKind.Deadline || IsRole(k) || k == kinds[textColumn])) || kinds.Count(k => k == kinds[textColumn]) > 1
            || RowNumberAt(lines, p, notBlank, header.Select(h => h.Text).ToList())?.Number != 1)
        {
            return null;
        }

        var heading = "text copied out of a table a cell a paragraph (" + string.Join(" / ", header.Select(h => h.Text)) + ")";
        var headerTexts = header.Select(h => h.Text).ToList();
        var rows = new List<TableRow> { new(header[0].Line, header.Select(h => new TableCell(h.Text)).ToArray()) };
        var expected = 1;
        var consumed = p;
        var crowded = new List<(int Row, List<string> Names)>();
        var shortRow = false;
        while (RowNumberAt(lines, p, notBlank, headerTexts) is { Number: var n, End: var numberEnd } && n == expected)
        {
            var rowLine = lines[numberEnd - 1].Number;
            var texts = new List<string>();
            var units = new List<string?>();
            var dates = new List<string>();
            var more = new List<(CellKind Kind, string Text)>();
            var stray = 0;
            var q = numberEnd;
            var cellsEnd = q;
            while (q < lines.Count && lines[q].Table is null && stray <= MaxStrayParagraphs && more.Count <= MaxMeasureParagraphs && texts.Count + units.Count + dates.Count <= MaxCellsOfARow
                && RowNumberAt(lines, q, notBlank, headerTexts)?.Number != expected + 1)
            {
                var end = ParagraphEnd(lines, q, notBlank, int.MaxValue);
                var cellLines = WithoutHeaderWords(lines.Skip(q).Take(end - q).Select(l => l.Text.Trim()).Where(l => !PageChrome.IsPageNumber(l)).ToList(), headerTexts);
                q = end;
                if (cellLines.Count == 0)
                {
                    continue;
                }

                var joined = string.Concat(cellLines);
                if (stray == 0 && more.Count == 0 && dates.Count == 0 && units.Count > 0 && units[units.Count - 1] is { } open
                    && (open.EndsWith("、", System.StringComparison.Ordinal) || (ChineseText.IsOpenParen(joined[0]) && ChineseText.IsCloseParen(joined[joined.Length - 1])))
                    && (Names(cellLines) is not null || !ChineseText.IsHan(joined[0])))
                {
                    // 县发改局 / （县粮食和物资储备局）, 县财政局、 / 县民政局: the cell's name goes on in the next paragraph.
                    units[units.Count - 1] = open + joined;
                    cellsEnd = q;
                    continue;
                }

                var cell = ParagraphCell(cellLines);
                if (stray == 0 && cell.Kind is CellKind.Words or CellKind.Date && (units.Count > 0 || dates.Count > 0) && (more.Count > 0 || EndsSentence(cell.Text)))
                {
                    // 开工建设县老年养护楼。 / 县民政局 / 5月底前动工 / 开工建设老年大学。 / 12月底前: a second measure of the row
                    // under its one number and names, its own deadline after it (kept only where the next row follows).
                    more.Add(cell);
                    continue;
                }

                if (stray > 0 || (cell.Kind == CellKind.Words && (units.Count > 0 || dates.Count > 0)))
                {
                    // Words after the row's names or date: a cell printed out of its place, or the document going on.
                    stray++;
                    continue;
                }

                switch (cell.Kind)
                {
                    case CellKind.Words: texts.Add(cell.Text); break;
                    case CellKind.Units: units.Add(cell.Text); break;
                    case CellKind.Empty: units.Add(null); break;
                    default: dates.Add(cell.Text); break;
                }

                cellsEnd = q;
            }

            if (texts.Count == 0 && units.Count > unitColumns.Count && units[0] is { } named)
            {
                // 1 / 县城北客运站 / 县交通运输局 / 县公安局: a task named as a place or a project is (a 重点项目 list); the
                // row's words come before its units, so its first paragraph of names is its task.
                notes.Add(new ImportNote(rowLine, NoteSeverity.Note, heading + ": row " + expected + " prints no words but names; its first ("
                    + named.TrimEnd('、') + ") is read as its " + header[textColumn].Text));
                texts.Add(named.TrimEnd('、'));
                units.RemoveAt(0);
            }

            if (texts.Count == 0)
            {
                break;
            }

            var cells = new string?[kinds.Count];
            cells[kinds.IndexOf(ColumnKind.Number)] = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
            cells[textColumn] = string.Concat(texts);
            var deadline = kinds.IndexOf(ColumnKind.Deadline);
            if (deadline >= 0 && dates.Count == 1)
            {
                cells[deadline] = dates[0];
            }

            if (unitColumns.Count == 1 && units.Count > 1 && units.All(u => u is not null))
            {
                // 县水务局 / 县住建局 / 县护城河指挥部: the names of one column's cell, a paragraph each.
                cells[unitColumns[0]] = string.Join("、", units.Select(u => u!.TrimEnd('、')));
            }
            else if (units.Count == unitColumns.Count)
            {
                for (var u = 0; u < units.Count; u++)
                {
                    cells[unitColumns[u]] = units[u]?.TrimEnd('、') ?? string.Empty;
                }
            }
            else if (units.Count > unitColumns.Count && units.All(u => u is not null))
            {
                // 县教育局 / 县住建局 / 县第一中学 under 牵头单位 and 配合单位: a cell printing a name a paragraph. Where no row of
                // the table prints fewer, none leaves a unit cell empty, so the first is the first column's (placed below).
                crowded.Add((rows.Count, units.Select(u => u!.TrimEnd('、')).ToList()));
            }
            else if (units.Count > 0)
            {
                shortRow = true;
                notes.Add(new ImportNote(rowLine, NoteSeverity.Warning, heading + ": row " + expected + " prints " + units.Count + " cells of names ("
                    + string.Join(" / ", units.Select(u => u ?? "—")) + ") under " + unitColumns.Count + " columns of units: which column each stands in cannot be told, so the row names no unit"));
            }

            var last = RowNumberAt(lines, q, notBlank, headerTexts)?.Number != expected + 1;
            if (!last && more.Count > 0)
            {
                cells[textColumn] += "\n" + string.Concat(more.Where(m => m.Kind == CellKind.Words).Select(m => m.Text));
                if (deadline >= 0 && more.Any(m => m.Kind == CellKind.Date))
                {
                    // Each measure has a deadline of its own: the row has none.
                    cells[deadline] = null;
                }
            }

            rows.Add(new TableRow(rowLine, cells.Select(c => new TableCell(c ?? string.Empty)).ToArray()));
            expected++;
            consumed = cellsEnd;
            if (last)
            {
                // The last row: the paragraphs after its cells are the document's.
                break;
            }

            if (stray > 0)
            {
                notes.Add(new ImportNote(rowLine, NoteSeverity.Warning, heading + ": words printed after row " + (expected - 1) + "'s cells stand in no cell of it and are left out"));
            }

            p = q;
        }

        if (rows.Count < 3)
        {
            return null;
        }

        foreach (var (row, names) in crowded)
        {
            var cells = rows[row].Cells.Select(c => c.Text).ToArray();
            if (!shortRow)
            {
                cells[unitColumns[0]] = names[0];
                cells[unitColumns[unitColumns.Count - 1]] = string.Join("、", names.Skip(unitColumns.Count - 1));
                for (var u = 1; u < unitColumns.Count - 1; u++)
                {
                    cells[unitColumns[u]] = names[u];
                }
            }

            notes.Add(new ImportNote(rows[row].Line, shortRow ? NoteSeverity.Warning : NoteSeverity.Note, heading + ": row " + cells[kinds.IndexOf(ColumnKind.Number)] + " prints "
                + names.Count + " paragraphs of names under " + unitColumns.Count + " columns of units: " + (shortRow
                    ? "a row of the table leaves a unit cell empty, so which column each stands in cannot be told and the row names no unit"
                    : "the first read as its " + header[unitColumns[0]].Text + ", the last column's cell as holding the others")));
            rows[row] = new TableRow(rows[row].Line, cells.Select(c => new TableCell(c)).ToArray());
        }

        next = consumed;
        notes.Add(new ImportNote(header[0].Line, NoteSeverity.Note, heading + ": " + (rows.Count - 1) + " rows, each cell read by what it holds (words, names, a date), the names in the order of the unit columns"));
        return new TableBlock(header[0].Line, rows);
    }

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith("。", System.StringComparison.Ordinal);

    // The row number a paragraph prints alone (after the header printed again on a new page: 序 / 号 / 5), and where it ends.
    private static (int Number, int End)? RowNumberAt(List<SourceLine> lines, int at, ISet<int> notBlank, List<string> headerTexts)
    {
        var end = ParagraphEnd(lines, at, notBlank, MaxHeaderCellLines + 2);
        if (end == at || (end < lines.Count && lines[end].Table is null && BlankLinesBetween(lines, notBlank, end - 1, end) == 0))
        {
            return null;
        }

        var cellLines = WithoutHeaderWords(lines.Skip(at).Take(end - at).Select(l => l.Text.Trim()).Where(l => !PageChrome.IsPageNumber(l)).ToList(), headerTexts);
        return cellLines.Count == 1 && Number(SourceLine.Of(0, cellLines[0])) is { } n ? (n, end) : null;
    }

    private enum CellKind
    {
        Words,
        Units,
        Empty,
        Date,
    }

    // What a cell's paragraph holds: names of bodies (a name a line, or one cut over two lines: 县人力资源和社会 / 保障局),
    // a dash, a deadline (2025 年 / 10 月底 / 前), or words.
    private static (CellKind Kind, string Text) ParagraphCell(List<string> cellLines)
    {
        var joined = string.Concat(cellLines);
        if (cellLines.Count == 1 && (IsEmptyCellMark(SourceLine.Of(0, joined)) || joined == "无"))
        {
            return (CellKind.Empty, joined);
        }

        var compact = SpacedDate.Replace(joined, string.Empty);
        if (IsDate(compact))
        {
            return (CellKind.Date, compact);
        }

        if (Names(cellLines) is { } names)
        {
            // A name list the cell goes on after (县财政局、 / 县民政局) keeps its 、 until the next paragraph joins it.
            return (CellKind.Units, string.Join("、", names) + (joined.EndsWith("、", System.StringComparison.Ordinal) ? "、" : string.Empty));
        }

        return (CellKind.Words, joined);
    }

    // 2025 年 / 10 月底: pdftotext's spaces beside a date's figures.
    private static readonly System.Text.RegularExpressions.Regex SpacedDate = new(
        @"(?<=\d) +| +(?=\d)|(?<=\d) *(?=[年月日])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The bodies a paragraph names, a line each or cut over lines, or null where some line is no body's name.
    private static List<string>? Names(List<string> cellLines)
    {
        var names = new List<string>();
        var name = string.Empty;
        for (var k = 0; k < cellLines.Count; k++)
        {
            name += cellLines[k];
            if (IsUnits(name) && !(k + 1 < cellLines.Count && BrokenName(name, cellLines[k + 1])))
            {
                names.Add(name.TrimEnd('、'));
                name = string.Empty;
            }
        }

        return name.Length == 0 && names.Count > 0 ? names : null;
    }

    // A paragraph's lines without the header's words printed again at their start (序 / 号 / 23, 完成时 / 限 / 2027 年).
    private static List<string> WithoutHeaderWords(List<string> cellLines, List<string> headerTexts)
    {
        var from = 0;
        for (var taken = true; taken;)
        {
            taken = false;
            for (var n = 1; n <= MaxHeaderCellLines && from + n <= cellLines.Count; n++)
            {
                if (headerTexts.Contains(string.Concat(cellLines.Skip(from).Take(n))))
                {
                    from += n;
                    taken = true;
                    break;
                }
            }
        }

        return cellLines.Skip(from).ToList();
    }

    // Where the paragraph starting at `start` ends: the first line after a blank one, or a line already a table; no
    // further than `most` lines.
    private static int ParagraphEnd(List<SourceLine> lines, int start, ISet<int> notBlank, int most)
    {
        if (start >= lines.Count || lines[start].Table is not null)
        {
            return start;
        }

        var end = start + 1;
        while (end < lines.Count && end - start < most && lines[end].Table is null && BlankLinesBetween(lines, notBlank, end - 1, end) == 0)
        {
            end++;
        }

        return end;
    }
}
