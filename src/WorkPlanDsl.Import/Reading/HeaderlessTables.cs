using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table printed without a header row (1 | 推进…建设 | 6月底前 | 区住建局、区财政局, under a paragraph that says
/// 排在首位的为牵头单位): its columns are told from their cells, and it is given the header they make, so it is read as
/// any task table is. A column of small numbers counting up is the 序号; cells opening with a role's label (牵头：…,
/// 配合：…, 时限：…) are that role's; dates (6月底前, 2024年12月) the deadline; bodies' names or a sentence giving roles
/// (区商务局牵头，区人社局配合) who answers for it; the longest words, before them, the task. Where the document names the
/// columns in words (本表不另设表头，各列依次为序号、工作任务、牵头单位…) and the cells do not say otherwise, those are the
/// header. Only where most cells of every column agree: a table the cells do not make clear stays text, with a note.
/// </summary>
internal static class HeaderlessTables
{
    // Rows above the tasks (a title, a date line, a 说明) a header may stand under: TableColumns looks at the first five.
    private const int MaxTitleRows = 4;

    private const int MinTaskRows = 2;

    // A task's words are longer than a name or a date.
    private const int MinTaskLength = 8;

    // A sentence of roles (区商务局牵头，区人社局配合) is short; a longer one is a task's words that mention who.
    private const int MaxRoleCellLength = 60;

    // How many paragraphs above the table may say what its columns are.
    private const int ProseAbove = 3;

    private enum Shape
    {
        Unknown,
        Empty,
        Number,
        Date,
        Units,
        Labelled,
        Words,
    }

    public static IReadOnlyList<DocumentBlock> WithHeaders(IReadOnlyList<DocumentBlock> blocks, List<ImportNote> notes)
    {
        List<DocumentBlock>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock table && TableColumns.Find(table.Rows) is null && Headed(table, ProseBefore(blocks, i), notes) is { } headed)
            {
                result ??= blocks.Take(i).ToList();
                result.Add(headed);
                continue;
            }

            result?.Add(blocks[i]);
        }

        return result ?? blocks;
    }

    private static List<string> ProseBefore(IReadOnlyList<DocumentBlock> blocks, int table)
    {
        var prose = new List<string>();
        for (var i = table - 1; i >= 0 && prose.Count < ProseAbove && blocks[i] is ParagraphBlock paragraph; i--)
        {
            prose.Add(paragraph.Text);
        }

        return prose;
    }

    private static TableBlock? Headed(TableBlock table, List<string> prose, List<ImportNote> notes)
    {
        var rows = table.Rows;
        var start = 0;
        // 一、产业发展 across the first row is the first section's heading, read under the header as a spanning row is.
        while (start < rows.Count && IsTitleRow(rows[start]) && !SectionHeading.IsMatch(ChineseText.Fold(rows[start].Cells.Select(c => c.Text.Trim()).FirstOrDefault(t => t.Length > 0) ?? string.Empty)))
        {
            start++;
        }

        if (start > MaxTitleRows || start >= rows.Count)
        {
            return null;
        }

        var body = rows.Skip(start).Where(r => !IsTitleRow(r)).ToList();
        var width = body.Count == 0 ? 0 : body.Max(r => r.Cells.Count);
        if (body.Count < MinTaskRows || width < 3)
        {
            return null;
        }

        var shapes = new Shape[width];
        var labelled = new ColumnKind[width];
        for (var c = 0; c < width; c++)
        {
            (shapes[c], labelled[c]) = ShapeOf(body.Select(r => Cell(r, c)).Where(t => !IsBlank(t)).ToList());
        }

        var stated = Stated(rows.Take(start).SelectMany(r => r.Cells.Select(x => x.Text)).Concat(prose), shapes);
        string? unclear = null;
        var kinds = stated?.Kinds ?? Inferred(body, shapes, labelled, out unclear);
        if (kinds is null)
        {
            // Only a table shaped like a task table (words, then who answers) is worth a note; a contact list is not.
            var firstWords = System.Array.IndexOf(shapes, Shape.Words);
            if (unclear is { } why && firstWords >= 0 && Enumerable.Range(firstWords + 1, shapes.Length - firstWords - 1).Any(c => shapes[c] is Shape.Units or Shape.Labelled))
            {
                notes.Add(new ImportNote(rows[start].Line, NoteSeverity.Note,
                    "a table without a header row whose columns its cells do not make clear (" + why + "): its rows are read as text; "
                    + "give it a header row (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) to read them as tasks"));
            }

            return null;
        }

        var headers = stated?.Headers ?? kinds.Select(HeaderFor).ToArray();
        var header = new TableRow(rows[start].Line, headers.Select(h => new TableCell(h)).ToArray());
        var headed = rows.Take(start).Append(header).Concat(rows.Skip(start)).ToList();
        if (TableColumns.Find(headed) is not { } columns || columns.HeaderStart != start || columns.HeaderRows != start + 1)
        {
            return null;
        }

        notes.Add(new ImportNote(rows[start].Line, NoteSeverity.Note, "a table without a header row: its columns are read "
            + (stated is null ? "from their cells" : "as the document names them") + " as " + string.Join(" | ", headers.Select(h => h.Length == 0 ? "(empty)" : h))));
        return new TableBlock(table.Line, headed, table.Marks);
    }

    /// <summary>
    /// What the cells of a column are, where most agree (two in three, and two at least): numbers counting up, a role's
    /// label (and which), dates, bodies or a sentence of roles, or words.
    /// </summary>
    private static (Shape Shape, ColumnKind Labelled) ShapeOf(List<string> cells)
    {
        if (cells.Count == 0)
        {
            return (Shape.Empty, ColumnKind.None);
        }

        bool Most(int count) => count >= 2 && count * 3 >= cells.Count * 2;

        var numbers = cells.Select(NumberOf).Where(n => n is not null).Select(n => n!.Value).ToList();
        if (Most(numbers.Count) && numbers.Zip(numbers.Skip(1), (a, b) => b > a).All(x => x) && numbers[0] <= 10)
        {
            return (Shape.Number, ColumnKind.None);
        }

        var labels = cells.Select(LabelOf).Where(k => k != ColumnKind.None).GroupBy(k => k).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (labels is not null && Most(labels.Count()))
        {
            return (Shape.Labelled, labels.Key);
        }

        if (Most(cells.Count(CopiedTable.IsDate)))
        {
            return (Shape.Date, ColumnKind.None);
        }

        if (Most(cells.Count(IsResponsibility)))
        {
            return (Shape.Units, ColumnKind.None);
        }

        // Words, not names: a task's are long and read as no list of bodies.
        return cells.Average(c => c.Length) >= MinTaskLength && cells.Count(CopiedTable.IsUnits) * 3 < cells.Count
            ? (Shape.Words, ColumnKind.None)
            : (Shape.Unknown, ColumnKind.None);
    }

    /// <summary>
    /// The columns the cells make: one column of words before those naming bodies is the task, every other column has
    /// a shape of its own. One column of bodies is 责任单位 (its first listed leads, or the document's rule); two are
    /// 牵头单位 and 配合单位, as tables print them. Null, with why, where any column is left unexplained.
    /// </summary>
    private static ColumnKind[]? Inferred(List<TableRow> body, Shape[] shapes, ColumnKind[] labelled, out string? unclear)
    {
        unclear = null;
        var kinds = new ColumnKind[shapes.Length];
        var words = Enumerable.Range(0, shapes.Length).Where(c => shapes[c] == Shape.Words).ToList();
        var units = Enumerable.Range(0, shapes.Length).Where(c => shapes[c] == Shape.Units).ToList();
        var responsible = Enumerable.Range(0, shapes.Length).Where(c => shapes[c] == Shape.Units
            || (shapes[c] == Shape.Labelled && TableColumns.NamesUnits(labelled[c]))).ToList();
        if (words.Count != 1)
        {
            unclear = words.Count == 0 ? "no column of a task's words" : words.Count + " columns of words";
            return null;
        }

        if (responsible.Count == 0 || units.Count > 2)
        {
            unclear = responsible.Count == 0 ? "no column names who answers" : units.Count + " columns of bodies";
            return null;
        }

        // 区发改局 | 负责统筹协调…: a list of members and their duties puts the body first; a task table, the task.
        if (responsible.Min() < words[0])
        {
            unclear = "the bodies stand before the words";
            return null;
        }

        // 4月10日 | 全县防汛工作部署会 | 县政府会议室 | …: a schedule puts its dates first; a task table, its deadlines after the task.
        if (Enumerable.Range(0, shapes.Length).Any(c => shapes[c] == Shape.Date && c < words[0]))
        {
            unclear = "the dates stand before the words";
            return null;
        }

        // Bodies beside words alone may be any list of who does what; with a 序号 or a deadline, or a role said in its
        // cells, they are a task table's.
        if (!shapes.Any(s => s is Shape.Number or Shape.Date or Shape.Labelled)
            && !units.Any(c => body.Count(r => RoleWords.HasRole(ChineseText.Fold(Cell(r, c)))) * 3 >= body.Count * 2))
        {
            unclear = "no 序号, deadline or role word beside the bodies";
            return null;
        }

        if (shapes.Count(s => s == Shape.Number) > 1 || shapes.Count(s => s == Shape.Date) > 1)
        {
            unclear = "more than one column of numbers or of dates";
            return null;
        }

        for (var c = 0; c < shapes.Length; c++)
        {
            kinds[c] = shapes[c] switch
            {
                Shape.Empty => ColumnKind.None,
                Shape.Number => ColumnKind.Number,
                Shape.Date => ColumnKind.Deadline,
                Shape.Labelled => labelled[c],
                Shape.Words => ColumnKind.Task,
                Shape.Units => units.Count == 1 ? ColumnKind.Accountable : c == units[0] ? ColumnKind.Lead : ColumnKind.Support,
                _ => ColumnKind.None,
            };

            if (shapes[c] == Shape.Unknown)
            {
                unclear = "column " + (c + 1) + " is none of a 序号, a task, bodies or a deadline";
                return null;
            }
        }

        if (kinds.Where(k => k != ColumnKind.None).GroupBy(k => k).Any(g => g.Count() > 1))
        {
            unclear = "two columns of one kind";
            return null;
        }

        return kinds;
    }

    // 说明：本表不另设表头，各列依次为序号、工作任务、牵头单位、配合单位、完成时限。 / 每项依次列明议定事项、办结时限和责任单位.
    private static readonly Regex ColumnsNamed = new(@"(?:依次为|依次是|依次列明|依次列出|依次列|分别为|分别是)[：:]?([^。；;\n]+)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The columns as the document names them in words, where each name is a header's word, they are as many as the
    /// columns (or all but a 序号 the cells show first), and no column's cells say otherwise (a named deadline holding
    /// bodies).
    /// </summary>
    private static (ColumnKind[] Kinds, string[] Headers)? Stated(IEnumerable<string> texts, Shape[] shapes)
    {
        foreach (var text in texts)
        {
            var match = ColumnsNamed.Match(ChineseText.Fold(text));
            if (!match.Success)
            {
                continue;
            }

            var names = match.Groups[1].Value.Split(new[] { '、', '，', ',', '和', '及', '与' }, System.StringSplitOptions.RemoveEmptyEntries)
                .Select(n => n.Trim(' ', '\u3000', '“', '”', '"')).Where(n => n.Length > 0).ToList();
            var kinds = names.Select(TableColumns.Classify).ToList();
            if (kinds.Count < 2 || kinds.Contains(ColumnKind.None))
            {
                continue;
            }

            var filled = Enumerable.Range(0, shapes.Length).Where(c => shapes[c] != Shape.Empty).ToList();
            if (kinds.Count == filled.Count - 1 && shapes[filled[0]] == Shape.Number && !kinds.Contains(ColumnKind.Number))
            {
                names.Insert(0, "序号");
                kinds.Insert(0, ColumnKind.Number);
            }

            if (kinds.Count != filled.Count)
            {
                continue;
            }

            var columns = new ColumnKind[shapes.Length];
            var headers = new string[shapes.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                headers[i] = string.Empty;
            }

            var agrees = true;
            for (var i = 0; i < filled.Count; i++)
            {
                columns[filled[i]] = kinds[i];
                headers[filled[i]] = names[i];
                agrees &= Agrees(kinds[i], shapes[filled[i]]);
            }

            if (agrees && TableColumns.IsHeader(columns))
            {
                return (columns, headers);
            }
        }

        return null;
    }

    // A named column whose cells show another kind (a 完成时限 of bodies' names): the words are not this table's.
    private static bool Agrees(ColumnKind kind, Shape shape) => shape switch
    {
        Shape.Number => kind == ColumnKind.Number,
        Shape.Date => kind == ColumnKind.Deadline,
        Shape.Units or Shape.Labelled => TableColumns.RoleOf(kind) != Role.None,
        Shape.Words => kind is ColumnKind.Task or ColumnKind.Content or ColumnKind.Category or ColumnKind.Remark,
        _ => true,
    };

    private static string HeaderFor(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "序号",
        ColumnKind.Task => "工作任务",
        ColumnKind.Lead => "牵头单位",
        ColumnKind.Support => "配合单位",
        ColumnKind.Accountable => "责任单位",
        ColumnKind.Implementer => "实施单位",
        ColumnKind.Deadline => "完成时限",
        _ => string.Empty,
    };

    // 1, 2., 3、: a row's number.
    private static int? NumberOf(string cell)
        => Regex.Match(ChineseText.AsciiDigits(cell), @"^(\d{1,3})[.．、]?$") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    // 牵头：县国资委, 配合：无, 时限：6月30日前: the role the cell's own label gives (a lead, support, time label).
    private static ColumnKind LabelOf(string cell)
    {
        var match = Regex.Match(ChineseText.Fold(cell), @"^[ 　]*([\u4E00-\u9FFF]{1,6})[ 　]*[：:]");
        if (!match.Success)
        {
            return ColumnKind.None;
        }

        var kind = TableColumns.Classify(match.Groups[1].Value);
        return TableColumns.RoleOf(kind) is Role.None or Role.Person ? ColumnKind.None : kind;
    }

    // 区商务局、区人社局 (bodies), or 由区应急局牵头，会同区财政局办理 (a short sentence whose roles name bodies).
    private static bool IsResponsibility(string cell)
    {
        if (CopiedTable.IsUnits(cell))
        {
            return true;
        }

        var folded = ChineseText.Fold(cell);
        if (cell.Length > MaxRoleCellLength || !RoleWords.HasRole(folded))
        {
            return false;
        }

        var clause = new ClauseReader().ReadCell(cell, 0, Role.Accountable, tableHasSupportColumn: false);
        return clause.Leads.Count + clause.Supports.Count > 0 && clause.Leads.Concat(clause.Supports).All(n => UnitShape.IsOrganisation(n) || UnitShape.IsGroup(n));
    }

    private static readonly Regex SectionHeading = new(@"^[一二三四五六七八九十]{1,3}[、.．]|^[(（][一二三四五六七八九十]{1,3}[)）]", RegexOptions.CultureInvariant);

    // —, 无, /: a cell that says there is nothing; it neither agrees nor disagrees.
    private static bool IsBlank(string text) => text is "" or "—" or "——" or "-" or "－" or "/" or "／" or "无" or "暂无";

    // A title, a date line, a 说明, a section's name: one text across the row.
    private static bool IsTitleRow(TableRow row)
        => row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).Count(t => t.Length > 0) <= 1
            && row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).Distinct().Count() <= 1;

    private static string Cell(TableRow row, int column) => column < row.Cells.Count ? row.Cells[column].Text.Trim() : string.Empty;
}
