using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Reads a task table (任务分工表): its header says which column is which (<see cref="TableColumns"/>); each row is a
/// task, except that a task cell merged down over several rows is one task whose rows are its items (its measures); a
/// category column, or a row whose one text spans the table, opens a section; the lead, support and accountable columns
/// are read like a clause's fields, the deadline column gives <c>due</c>. A table without such a header is text.
/// </summary>
internal sealed class TableReader
{
    private readonly ElementReader _elements;
    private readonly List<ImportNote> _notes;

    private readonly bool _rebuilt;

    // The units a banner row across the table names the lead of the rows under it (一、市城管局牵头（4项）), and its line.
    private (string Lead, int Line)? _banner;

    // Whether the banner is a parent row's (1 | … | 市数据局 over 1.1, 1.2), which the next parent row ends.
    private bool _bannerOfParent;

    // The parent row's 序号 (1 over 1.1, 1.2): a row numbered otherwise (2, 二 | 数字社会) is no longer under it.
    private string? _parentNumber;

    // The column of the table being read whose cells say each row's role (分工: 牵头 / 配合), or -1.
    private int _roleMarks = -1;

    public TableReader(ElementReader elements, List<ImportNote> notes, bool rebuilt = false)
    {
        _elements = elements;
        _notes = notes;
        _rebuilt = rebuilt;
    }

    /// <summary>True where the table has a task table's header.</summary>
    public static bool IsTaskTable(TableBlock table) => TableColumns.Find(table.Rows) is not null;

    /// <summary>
    /// Reads the table's tasks into <paramref name="tasks"/> (the open section's or the plan's); a category or spanning
    /// row opens a section through <paramref name="openSection"/>, which returns the new section's task list.
    /// </summary>
    public void Read(TableBlock table, List<ImportedElement> tasks, System.Func<SourceLine, string?, string, List<ImportedElement>> openSection)
    {
        var columns = TableColumns.Find(table.Rows)!;
        if (columns.BuildersOnly.Length > 0)
        {
            _notes.Add(new ImportNote(table.Line, NoteSeverity.Note, "the table names bodies only as builders (" + string.Join("、", columns.BuildersOnly)
                + "), who carry the projects out and lead none of them: no lead read from it, its names kept as each task's text"));
        }

        var groups = new List<List<TableRow>>();
        string? category = null;
        var body = table.Rows.Skip(columns.HeaderRows).ToList();
        int taskColumn = 0, numberColumn = -1;
        var hasSupport = false;
        var categories = false;
        var above = new string?[0];

        // The columns as a header names them, from the row after it on.
        void Map(TableColumns header, int from)
        {
            columns = header;
            taskColumn = columns.TaskColumn;
            numberColumn = columns.Index(ColumnKind.Number);
            hasSupport = columns.Has(ColumnKind.Support);
            above = new string?[columns.Kinds.Length];
            _roleMarks = RoleMarkColumn(columns, body, from);

            // A task cell merged down over a row with a 序号 of its own groups rows: the column is the table's categories,
            // each a section, also where a category holds a single row.
            // A 小计 row merged across the number and task cells (小计 | 49600) sums its category up: it makes no categories.
            categories = false;
            for (var r = from; numberColumn >= 0 && !categories && r < body.Count && RestatedHeader(body, r) is null; r++)
            {
                var row = body[r];
                categories = !IsTotal(row) && taskColumn >= 0 && taskColumn < row.Cells.Count && row.Cells[taskColumn].IsMergedCopy && numberColumn < row.Cells.Count
                    && row.Cells[numberColumn] is { IsMergedCopy: false } number && number.Text.Trim().Length > 0 && SpanningText(row) is null;
            }
        }

        Map(columns, 0);
        _banner = null;
        _bannerOfParent = false;
        _parentNumber = null;
        for (var k = 0; k < body.Count; k++)
        {
            var row = body[k];
            if (row.Cells.All(c => c.Text.Trim().Length == 0) || IsTotal(row) || IsPageMetadata(row))
            {
                continue;
            }

            if (RestatedHeader(body, k) is { } restated)
            {
                // 序号,完成时限,配合单位,牵头单位,重点任务 over a second block: the header printed again, maybe with its
                // columns in another order; the rows under it are read by it, never by the first.
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                k += restated.HeaderRows - 1;
                Map(restated, k + 1);
                continue;
            }

            if (SpanningText(row) is { } heading)
            {
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                if (TableNote.IsMatch(heading))
                {
                    // 注：排在第一位的为牵头单位 across the table: a note on the rows above, kept as the text after them
                    // (as a note line after the tasks of a text is), never a section.
                    if (tasks.Count > 0)
                    {
                        AddText(tasks[tasks.Count - 1], heading);
                    }

                    continue;
                }

                tasks = Section(openSection, row, heading);
                _banner = LeadOfBanner(heading, columns) is { } lead ? (lead, row.Line) : null;
                _bannerOfParent = false;
                continue;
            }

            if (numberColumn >= 0 && numberColumn < row.Cells.Count && row.Cells[numberColumn].Text.Trim() is var noteLabel
                && noteLabel.Length <= 6 && TableNote.IsMatch(noteLabel.TrimEnd('：', ':') + "："))
            {
                // 说明： | 1.“牵头”单位对任务落实负总责… under the rows: the table's note, kept as the text after its last task.
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                if (tasks.Count > 0)
                {
                    AddText(tasks[tasks.Count - 1], string.Join(" ", row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).Where(t => t.Length > 0)));
                }

                continue;
            }

            row = WithDittosRead(row, columns, above);

            var categoryColumn = columns.Index(ColumnKind.Category);
            if (categoryColumn >= 0 && categoryColumn < row.Cells.Count && row.Cells[categoryColumn].Text.Trim() is { Length: > 0 } name
                && name != category && !row.Cells[categoryColumn].IsMergedCopy)
            {
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                category = name;
                tasks = Section(openSection, row, name);
            }

            var cell = taskColumn >= 0 && taskColumn < row.Cells.Count ? row.Cells[taskColumn] : null;
            var number = numberColumn >= 0 && numberColumn < row.Cells.Count ? row.Cells[numberColumn] : null;
            if (_bannerOfParent && _parentNumber is { } parent && number is { IsMergedCopy: false } && number.Text.Trim() is { Length: > 0 } own
                && !(own.Length > parent.Length + 1 && own.StartsWith(parent, System.StringComparison.Ordinal) && own[parent.Length] is '.' or '．'))
            {
                // 1 | … | 市数据局 over 1.1, 1.2, then 2 | 建设城管平台 (no unit) or 二 | 数字社会: the rows under the parent have
                // ended, and its lead with them; the rows read so far take it first.
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                _banner = null;
                _bannerOfParent = false;
                _parentNumber = null;
            }

            if (number is { IsMergedCopy: false } && cell is { IsMergedCopy: false } && cell.Text.Trim().Length > 0
                && IsParentOf(number.Text.Trim(), NextNumber(body, k, numberColumn)) && (!NamesAnyUnit(row, columns) || ParentLead(row, columns) is not null))
            {
                // 1 | 推进项目建设 (no unit) over 1.1, 1.2: the rows numbered under it are its tasks, it is their section.
                // 1 | 推动“一网通办”提质增效 | 市数据局 over them: its lead is theirs where they print none; a parent
                // row naming none ends the one before.
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                tasks = openSection(SourceLine.Of(row.Line, cell.Text.Trim()), number.Text.Trim(), OneLine(cell.Text));
                if (ParentLead(row, columns) is { } parentLead)
                {
                    _banner = (parentLead, row.Line);
                    _bannerOfParent = true;
                    _parentNumber = number.Text.Trim();
                }
                else if (_bannerOfParent)
                {
                    _banner = null;
                    _bannerOfParent = false;
                    _parentNumber = null;
                }

                continue;
            }

            if (number is { IsMergedCopy: false } && (cell is null || cell.Text.Trim().Length == 0) && !NamesAnyUnit(row, columns)
                && CategoryInNumber(number.Text) is { } categoryName)
            {
                // 一、工业项目小计 | | 30000: a category's row, its name (and the sum of its rows) where the 序号 goes.
                tasks = Flush(groups, tasks, columns, hasSupport, categories, openSection);
                tasks = Section(openSection, row, categoryName);
                continue;
            }

            bool continues;
            if (number is not null && (number.Text.Trim().Length > 0 || number.IsMergedCopy))
            {
                // Each 序号 is a task; a 序号 merged down over several rows is one task over its measures.
                continues = groups.Count > 0 && number.IsMergedCopy;
            }
            else
            {
                continues = groups.Count > 0 && cell is not null && columns.Has(ColumnKind.Task) && columns.Has(ColumnKind.Content)
                    && (cell.IsMergedCopy || cell.Text.Trim().Length == 0);

                // 14 | 加强发票… | 征收管理股 | 信息中心 | 12月底 over | 开展虚开发票风险监控… | | 风险管理股 | |: an export that keeps a
                // merged 序号 in its first row only (.csv, .xlsx) prints the task's next measure with no 序号, lead or deadline.
                continues |= groups.Count > 0 && number is not null && number.Text.Trim().Length == 0 && !number.IsMergedCopy
                    && Cell(groups[groups.Count - 1][0], numberColumn).Length > 0 && !LeadOrDeadline(row, columns) && NumberedRows(body, numberColumn) >= MinNumberedRows;
            }

            if (continues)
            {
                groups[groups.Count - 1].Add(row);
            }
            else if ((cell is not null && cell.Text.Trim().Length > 0) || (number is not null && number.Text.Trim().Length > 0))
            {
                groups.Add(new List<TableRow> { row });
            }
        }

        Flush(groups, tasks, columns, hasSupport, categories, openSection);
    }

    // 一、市城市管理局牵头（4项）, 三、A、B共同牵头: a banner over rows that have no lead column of their own names the units
    // that lead them (二、牵头单位待明确事项 names none). Only bodies' names before the 牵头, nothing else.
    private string? LeadOfBanner(string heading, TableColumns columns)
    {
        if (columns.Kinds.Any(k => k is ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Implementer))
        {
            return null;
        }

        var line = SourceLine.Of(0, heading.Trim());
        var numbering = Numbering.Read(line);
        var body = numbering.Kind == NumberingKind.None ? line.Text : line.Text.Substring(numbering.BodyStart);
        if (BannerLead.Match(body.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var units = match.Groups["units"].Value;
        var clause = _elements.Clauses.ReadCell(units, 0, Role.Lead, true);
        return clause.Leads.Count > 0 && clause.Supports.Count + clause.NotUnits.Count + clause.Unread.Count + clause.Persons.Count == 0 ? units : null;
    }

    private static readonly System.Text.RegularExpressions.Regex BannerLead = new(
        @"^(?<units>[^，,。；;：:]+?)(?:共同|联合)?牵头(?:的?(?:事项|任务|工作))?(?:[(（]\s*(?:共|计)?\s*\d{1,3}\s*项\s*[)）])?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 责任单位 | 分工 with one row per unit, the 分工 cells 牵头 or 配合: a column under no role header whose every cell is a
    // role word alone (two rows at least) says what the unit on its row is; beside a 责任单位 column only, whose cells
    // would otherwise be a list whose first leads.
    private static int RoleMarkColumn(TableColumns columns, List<TableRow> body, int from)
    {
        if (columns.Index(ColumnKind.Accountable) < 0 || columns.Has(ColumnKind.Lead) || columns.Has(ColumnKind.Support))
        {
            return -1;
        }

        for (var i = 0; i < columns.Kinds.Length; i++)
        {
            if (columns.Kinds[i] is not (ColumnKind.None or ColumnKind.Remark))
            {
                continue;
            }

            var marks = 0;
            var others = 0;
            for (var r = from; r < body.Count && others == 0; r++)
            {
                var text = Squeezed(Cell(body[r], i));
                if (text.Length == 0 || body[r].Cells[i].IsMergedCopy || SpanningText(body[r]) is not null)
                {
                    continue;
                }

                if (RoleMark(text) != Role.None)
                {
                    marks++;
                }
                else
                {
                    others++;
                }
            }

            if (marks >= 2 && others == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // 牵头, 配合, 主办, 协办: a role word alone in a cell (not 负责, which says no more than the 责任单位 header).
    private static Role RoleMark(string text)
    {
        var role = text.Length <= 3 ? RoleWords.Label(ChineseText.Fold(text)) : Role.None;
        return role is Role.Lead or Role.Support ? role : Role.None;
    }

    // A row in the table's body every cell of which is a header's word (序号 | 重点任务 | 牵头单位 …), with the row under
    // it where that one completes it: the header printed again.
    private static TableColumns? RestatedHeader(List<TableRow> body, int at)
    {
        var cells = body[at].Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (cells.Count < 3 || cells.Any(t => TableColumns.Classify(t) == ColumnKind.None))
        {
            return null;
        }

        return TableColumns.Find(body.Skip(at).Take(2).ToList()) is { HeaderStart: 0 } header ? header : null;
    }

    // 一、工业项目小计, 二、民生工程: words in a 序号 cell, after a number, name a category; 小计 is its sum, not its name.
    private static string? CategoryInNumber(string text)
    {
        var line = SourceLine.Of(0, OneLine(text).Trim());
        var numbering = Numbering.Read(line);
        if (numbering.Kind == NumberingKind.None)
        {
            return null;
        }

        var name = TotalSuffix.Replace(line.Text.Substring(numbering.BodyStart).Trim(), string.Empty).Trim();
        return name.Count(c => c >= '\u4E00' && c <= '\u9FFF') >= 2 ? line.Text.Substring(0, numbering.BodyStart) + name : null;
    }

    private static readonly System.Text.RegularExpressions.Regex TotalSuffix = new(@"(小计|合计|共计)([(（][^)）]*[)）])?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the words open a note (注：, 说明：, 注1：, 填报说明：): a table's, or one under it.</summary>
    public static bool OpensNote(string text) => TableNote.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex TableNote = new(@"^[ 　]*(注|备注|附注|说明|填表说明|填报说明)[ 　]*[0-9一二三四五六七八九十]?[：:]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The 序号 of the next row that prints one (not merged from above).
    private static string? NextNumber(List<TableRow> rows, int at, int numberColumn)
    {
        for (var k = at + 1; k < rows.Count; k++)
        {
            if (numberColumn < rows[k].Cells.Count && rows[k].Cells[numberColumn] is { IsMergedCopy: false } cell && cell.Text.Trim().Length > 0)
            {
                return cell.Text.Trim();
            }
        }

        return null;
    }

    // 1 over 1.1, 2.3 over 2.3.1: a 序号 in decimals whose next row's 序号 is one level under it.
    private static bool IsParentOf(string number, string? next)
        => next is not null && ParentNumber.IsMatch(number) && next.Length > number.Length + 1
            && next.StartsWith(number, System.StringComparison.Ordinal) && next[number.Length] is '.' or '．' && char.IsDigit(next[number.Length + 1]);

    private static readonly System.Text.RegularExpressions.Regex ParentNumber = new(@"^\d{1,3}([.．]\d{1,3})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The lead a parent row (1 over 1.1, 1.2) prints for the rows under it: its one lead cell, where no other cell of
    // the row names a body (a parent row with supports of its own is a task, read as before).
    private static string? ParentLead(TableRow row, TableColumns columns)
    {
        var named = columns.Kinds.Select((kind, i) => (kind, i)).Where(c => TableColumns.NamesBodies(c.kind) && Cell(row, c.i).Length > 0).ToList();
        return named.Count == 1 && named[0].kind is ColumnKind.Lead ? Cell(row, named[0].i) : null;
    }

    private const int MinNumberedRows = 3;

    private static bool LeadOrDeadline(TableRow row, TableColumns columns)
        => columns.Kinds.Select((kind, i) => (kind, i)).Any(c => c.kind is ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Implementer or ColumnKind.Deadline && Cell(row, c.i).Length > 0);

    private static int NumberedRows(List<TableRow> rows, int numberColumn)
        => numberColumn < 0 ? 0 : rows.Count(r => Cell(r, numberColumn).Length > 0);

    private static bool NamesAnyUnit(TableRow row, TableColumns columns)
        => columns.Kinds.Select((kind, i) => (kind, i)).Any(c => TableColumns.NamesBodies(c.kind) && Cell(row, c.i).Length > 0);

    // 合计, 总计, 小计 (a total of the scores or sums above): the row sums up the table and is no task.
    private static bool IsTotal(TableRow row)
        => row.Cells.Select(c => Squeezed(c.Text)).FirstOrDefault(t => t.Length > 0) is { } first && TotalRow.IsMatch(first);

    // 索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08: the page's own record, copied with the table under it.
    // 索引号：001234567/2024-00021 or 发布机构：X人民政府办公室 in one cell: the same, label and value together.
    private static bool IsPageMetadata(TableRow row)
        => row.Cells.Select(c => Squeezed(c.Text)).FirstOrDefault(t => t.Length > 0) is { } first && (PageMetadataLabel.IsMatch(first) || PageMetadataField.IsMatch(first));

    private static readonly System.Text.RegularExpressions.Regex PageMetadataLabel = new(@"^(索引号|成文日期|发文日期|发布日期|发布机构|主题分类|组配分类|信息分类|文号|发文字号|发文机关|生效日期|有效性)[:：]?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PageMetadataField = new(
        @"^(?:索引号[:：][0-9A-Za-z/\-_.]{6,}|(?:成文日期|发文日期|发布日期|生效日期)[:：](?:19|20)\d\d[-年./]|(?:发布机构|发文机关)[:：].{2,30}(?:政府|办公室|办公厅|局|委|厅|委员会)$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex TotalRow = new(@"^(合计|总计|小计|共计)([:：]|[(（][^)）]*[)）])?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A ditto mark (同上, 〃, ") in a role column says the row above's: read as the row above's text, with a note.
    private TableRow WithDittosRead(TableRow row, TableColumns columns, string?[] above)
    {
        TableCell[]? cells = null;
        for (var i = 0; i < columns.Kinds.Length && i < row.Cells.Count; i++)
        {
            var text = row.Cells[i].Text.Trim();
            if (TableColumns.RoleOf(columns.Kinds[i]) == Role.None)
            {
                continue;
            }

            if (IsDitto(text))
            {
                cells ??= row.Cells.ToArray();
                cells[i] = new TableCell(above[i] ?? string.Empty, row.Cells[i].IsMergedCopy);
                _notes.Add(new ImportNote(row.Line, NoteSeverity.Note, above[i] is { } repeated
                    ? "'" + text + "' (ditto) in " + columns.Headers[i] + " is read as the row above's: " + OneLine(repeated)
                    : "'" + text + "' (ditto) in " + columns.Headers[i] + " has no row above to repeat: read as empty"));
            }
            else
            {
                above[i] = text.Length > 0 ? row.Cells[i].Text : null;
            }
        }

        return cells is null ? row : row.WithCells(cells);
    }

    /// <summary>同上, 仝上, 同前, 〃, " and the quotes that stand for it alone in a cell.</summary>
    internal static bool IsDitto(string text)
        => Squeezed(text).TrimEnd('。', '.') is "同上" or "仝上" or "同前" or "〃" or "\"" or "＂" or "“" or "”" or "〝" or "〞" or "''" or "“”" or "\"\"";

    private static string Squeezed(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());

    // (1)市卫健委 / (2)市卫健委、市医保局: a unit cell numbered by the measures beside it; the numbers are no part of a name.
    private static readonly System.Text.RegularExpressions.Regex MeasureNumber = new(
        @"(?<=^|[\s；;，,、。])(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳]|\d{1,2}\s*[.．、](?!\d))\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Multiline);

    internal static string WithoutMeasureNumbers(string text) => MeasureNumber.Replace(text, string.Empty);

    private static List<ImportedElement> Section(System.Func<SourceLine, string?, string, List<ImportedElement>> openSection, TableRow row, string text)
    {
        var line = SourceLine.Of(row.Line, text);
        var numbering = Numbering.Read(line);
        var label = numbering.Kind is NumberingKind.Chinese or NumberingKind.Parenthesized or NumberingKind.Arabic ? numbering.Label : null;
        return openSection(line, label, text.Substring(label is null ? 0 : numbering.BodyStart).Trim());
    }

    // A row whose cells all hold one text (a merge across the whole table): a heading.
    private static string? SpanningText(TableRow row)
    {
        var texts = row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        return row.Cells.Count > 1 && texts.Count == 1 && row.Cells.Count(c => c.Text.Trim().Length > 0 && !c.IsMergedCopy) == 1
            && (row.Cells.Skip(1).All(c => c.IsMergedCopy) || row.Cells.Skip(1).All(c => c.Text.Trim().Length == 0))
            ? texts[0]
            : null;
    }

    // The tasks of the rows read so far; a task cell merged down over several 序号 is their category: a section.
    private List<ImportedElement> Flush(List<List<TableRow>> groups, List<ImportedElement> tasks, TableColumns columns, bool hasSupport, bool categories,
        System.Func<SourceLine, string?, string, List<ImportedElement>> openSection)
    {
        var taskColumn = columns.TaskColumn;
        bool MergedDown(int g) => g < groups.Count && taskColumn >= 0 && taskColumn < groups[g][0].Cells.Count && groups[g][0].Cells[taskColumn].IsMergedCopy;
        var byNumber = columns.Has(ColumnKind.Number) && columns.Has(ColumnKind.Task) && columns.Has(ColumnKind.Content);
        for (var g = 0; g < groups.Count; g++)
        {
            var category = byNumber && (categories || MergedDown(g) || MergedDown(g + 1));
            if (category && !MergedDown(g) && Cell(groups[g][0], taskColumn).Length > 0)
            {
                tasks = Section(openSection, groups[g][0], Cell(groups[g][0], taskColumn));
            }

            var task = Task(groups[g], columns, hasSupport, category);
            if (_banner is { } banner && task.Leads.Count == 0)
            {
                // 一、市城管局牵头（4项） over rows that print only their 配合单位: the banner's lead is each row's.
                var clause = _elements.Clauses.ReadCell(banner.Lead, banner.Line, Role.Lead, true);
                _elements.Apply(clause, task, SourceLine.Of(banner.Line, banner.Lead), banner.Lead + "牵头");
            }

            tasks.Add(task);
        }

        groups.Clear();
        return tasks;
    }

    // 推进农村改厕（县农业农村局牵头） | 县卫健委牵头，县财政局配合: the task's own words and its unit cells name different
    // leads. Which the document means is not plain: none leads, every body named supports, and the task says why.
    private void OwnLeadAgainstColumns(ImportedElement task, int row, string taskCell)
    {
        var own = _elements.Clauses.Read(taskCell, ChineseText.Fold(taskCell)).SelectMany(c => c.Leads).Distinct().ToList();
        if (own.Count == 0 || task.Leads.Count == 0 || own.All(task.Leads.Contains))
        {
            return;
        }

        var message = "the task's words name " + string.Join("、", own) + " as its lead, its unit cells " + string.Join("、", task.Leads) + ": which leads is not plain, so none is read";
        var named = new Clause(0, 0);
        named.Supports.AddRange(own.Concat(task.Leads).Distinct());
        task.Leads.Clear();
        var line = SourceLine.Of(row, taskCell);
        _elements.Apply(named, task, line, taskCell);
        _elements.Review(task, line, NoteSeverity.Warning, message);
    }

    private ImportedElement Task(List<TableRow> rows, TableColumns columns, bool hasSupport, bool taskCellIsCategory)
    {
        var first = rows[0];
        var content = columns.Has(ColumnKind.Task) ? columns.Index(ColumnKind.Content) : -1;
        // 2 | (blank) | 推进…集成改革: a row whose task cell is blank (merged above in the original, or empty) is named by its
        // measure, never left without a title.
        var nameColumn = (taskCellIsCategory || Cell(first, columns.TaskColumn).Length == 0) && content >= 0 ? content : columns.TaskColumn;
        var taskText = Cell(first, nameColumn);
        var line = SourceLine.Of(first.Line, taskText);
        var numbering = Numbering.Read(line);
        var number = Cell(first, columns.Index(ColumnKind.Number));
        var label = number.Length > 0 ? number : numbering.Kind == NumberingKind.None ? null : numbering.Label;
        var body = numbering.Kind == NumberingKind.None || number.Length > 0 ? taskText : taskText.Substring(numbering.BodyStart);
        var (title, rest) = ElementReader.SplitTitle(OneLine(body));
        var task = new ImportedElement(first.Line, label, title.Trim());
        AddText(task, rest);
        _elements.Words(task, body, ChineseText.Fold(body));
        if (nameColumn == content)
        {
            content = -1;
        }

        if (rows.Count == 1)
        {
            if (content >= 0)
            {
                var words = Cell(first, content);
                AddText(task, words);
                _elements.Words(task, words, ChineseText.Fold(words));
            }

            // A 备注 that hands the row's work to another body says what its measures' roles were before.
            if (!Responsibility(first, task, columns, hasSupport) && !columns.Kinds.Any(TableColumns.NamesUnits))
            {
                // 序号 | 重点任务 | 具体措施 | 完成时限, the roles written in the measures: …。（县应急管理局牵头，…配合）.
                var written = (nameColumn >= 0 ? Cell(first, nameColumn) : string.Empty) + "\n" + (content >= 0 ? Cell(first, content) : string.Empty);
                // A paragraph as long as a document is no cell's measure (reading it costs in its length squared).
                foreach (var paragraph in written.Split('\n', '\r', '\u2028', '\u2029').Select(t => t.Trim()).Where(t => t.Length is > 0 and <= MaxMeasureParagraph))
                {
                    _elements.ReadRoles(task, SourceLine.Of(first.Line, paragraph));
                }
            }

            OwnLeadAgainstColumns(task, first.Line, body);
            return task;
        }

        // One task merged over several rows: its measures are items. Where every measure's row prints a lead and the rows
        // do not all name the same lead (二 | 深化专项整治 | 3.开展燃气… | 区城管局, then 4.开展高层建筑… | 区消防救援大队,
        // then 5.… | 区城管局), who each row names is its measure's: none of them leads the others' work. Rows that all
        // name the same lead (their supports aside), or under one lead cell merged over all of them, are the task's. In
        // text copied out of a table a blank cell may be a merged one and a wrapped measure may look like two: there only
        // numbered measures with leads printed on their own rows count.
        var leadColumn = columns.Kinds.Select((k, i) => (k, i)).Where(c => TableColumns.NamesUnits(c.k) && TableColumns.RoleOf(c.k) is Role.Lead or Role.Accountable)
            .Select(c => c.i).DefaultIfEmpty(-1).First();
        // 序号 | 工作内容 | 具体措施: two columns of content, the second the measures.
        var measures = content >= 0 ? content
            : columns.Kinds.Select((k, i) => (k, i)).Where(c => c.k == ColumnKind.Content && c.i != nameColumn).Select(c => c.i).DefaultIfEmpty(-1).Last();
        // Under a task cell the table itself merges (not text copied out of one, nor a CSV, whose blank cells may be
        // merged ones), a measure whose lead cell is empty, not merged, is a measure no one leads where its row names
        // other units (（3）开展诊断服务 | (empty) | 省中小企业发展服务中心) or two other rows print leads of their own:
        // pooled into the task, it took the lead the other rows print. Beside one row that prints a lead, an empty row
        // may as well be under it.
        var mergedTask = !_rebuilt && columns.TaskColumn >= 0 && rows.Skip(1).All(r => columns.TaskColumn < r.Cells.Count && r.Cells[columns.TaskColumn].IsMergedCopy);
        var rowsWithLeads = leadColumn < 0 ? 0 : rows.Count(r => Cell(r, leadColumn).Length > 0);
        // A CSV prints a merged task cell once and leaves it blank below, and so a merged lead cell: there a blank lead is a
        // measure no one leads only where two other rows print two different leads of their own (市公安局, then 各县（市、
        // 区）人民政府, then a blank): those rows are each their own measure's, and none is the blank one's.
        var blankTask = !_rebuilt && columns.TaskColumn >= 0 && rows.Skip(1).All(r => Cell(r, columns.TaskColumn).Length == 0
            && !(columns.TaskColumn < r.Cells.Count && r.Cells[columns.TaskColumn].IsMergedCopy));
        var ownLeadsPrinted = blankTask && leadColumn >= 0
            && rows.Select(r => Cell(r, leadColumn)).Where(t => t.Length > 0).Distinct(System.StringComparer.Ordinal).Count() >= 2;
        bool LeadLeftEmpty(TableRow r) => leadColumn < r.Cells.Count && Cell(r, leadColumn).Length == 0 && !r.Cells[leadColumn].IsMergedCopy
            && ((mergedTask && (rowsWithLeads >= 2 || columns.Kinds.Select((k, i) => (k, i)).Any(c => c.i != leadColumn && TableColumns.NamesUnits(c.k) && Cell(r, c.i).Length > 0)))
                || ownLeadsPrinted);
        var ownLeads = measures >= 0 && leadColumn >= 0
            && rows.All(r => Cell(r, measures).Length > 0 && leadColumn < r.Cells.Count && (Cell(r, leadColumn).Length > 0 || LeadLeftEmpty(r))
                && (!_rebuilt || (!r.Cells[leadColumn].IsMergedCopy && Numbering.Read(SourceLine.Of(r.Line, Cell(r, measures))).Kind != NumberingKind.None)))
            && !rows.Skip(1).All(r => r.Cells[leadColumn].IsMergedCopy)
            && rows.Any(r => Cell(r, leadColumn).Length > 0)
            && rows.Select(r => Cell(r, leadColumn)).Distinct(System.StringComparer.Ordinal).Count() > 1
            // 县公安局（牵头） on one row, 县住建局 on the next: the mark says who leads the task, not each row its own.
            && !rows.Any(r => ClauseReader.MarksLeadIn(Cell(r, leadColumn)));
        foreach (var row in rows)
        {
            var words = content >= 0 ? Cell(row, content) : ownLeads ? Cell(row, measures) : string.Empty;
            if (row != first && nameColumn >= 0 && nameColumn != measures && nameColumn < row.Cells.Count && !row.Cells[nameColumn].IsMergedCopy
                && Cell(row, nameColumn) is { Length: > 0 } more && (ClauseReader.HasLabel(ChineseText.Fold(more)) || RoleWords.HasRole(ChineseText.Fold(more)))
                && Numbering.Read(SourceLine.Of(row.Line, more)).Kind == NumberingKind.None)
            {
                // 1 | 开展…活动 over 1 | 牵头单位：市商务局；配合单位：… or 市商务局牵头，市财政局配合 (序号 merged over both): the
                // task's roles go on in the row under it, labelled or said; dropped, the task lost its lead with no word said.
                // Not a numbered measure's row.
                _elements.Continue(task, SourceLine.Of(row.Line, OneLine(more)), 0);
            }

            ImportedElement? item = null;
            if (words.Length > 0)
            {
                var (itemTitle, itemRest) = ElementReader.SplitTitle(OneLine(words));
                item = new ImportedElement(row.Line, null, itemTitle.Trim());
                AddText(item, itemRest);
                _elements.Words(item, words, ChineseText.Fold(words));
                task.Children.Add(item);
            }

            _ = Responsibility(row, ownLeads && item is not null ? item : task, columns, hasSupport);
            if (ownLeads && item is not null && LeadLeftEmpty(row))
            {
                _elements.Review(item, SourceLine.Of(row.Line, string.Empty), NoteSeverity.Note,
                    columns.Headers[leadColumn] + " of this measure is empty while the others of its task print theirs: no lead read (if the blank means the one above, give it)");
            }
        }

        return task;
    }

    /// <summary>Gives a task read elsewhere the units, dates and words of the row that restates it.</summary>
    public void ReadRow(TableRow row, TableColumns columns, ImportedElement task) => _ = Responsibility(row, task, columns, columns.Has(ColumnKind.Support));

    // The role columns of a row, read like a clause's fields; other columns (people, remarks) are kept as text.
    // True where the row's 备注 handed its work to another body (see Reassignment).
    private bool Responsibility(TableRow row, ImportedElement element, TableColumns columns, bool hasSupport)
    {
        var carried = columns.Kinds.Select((k, i) => (k, i))
            .Where(c => TableColumns.NamesUnits(c.k) && c.i < row.Cells.Count && row.Cells[c.i].IsMergedCopy && row.Cells[c.i].Text.Trim().Length > 0)
            .Select(c => columns.Headers[c.i])
            .ToList();
        if (_rebuilt && carried.Count > 0)
        {
            // In copied-out text a merged cell and an empty one look alike: the carried reading is worth a look.
            _elements.Review(element, SourceLine.Of(row.Line, string.Empty), NoteSeverity.Note,
                string.Join("、", carried) + " of row " + Cell(row, columns.Index(ColumnKind.Number)) + " carried from the row above in text copied out of a table");
        }

        if (row.Unheaded.Count > 0)
        {
            _elements.Review(element, SourceLine.Of(row.Line, string.Empty), NoteSeverity.Warning,
                "row " + Cell(row, columns.Index(ColumnKind.Number)) + " has cells past the header's last column (" + columns.Headers[columns.Headers.Length - 1] + "): "
                + string.Join("、", row.Unheaded) + " read in no role; give the column a header and import again");
        }

        // 牵头单位 | 责任单位 with the row's 牵头单位 left empty or marked —: the table says who leads in its own column and
        // for this row names no one; the 责任单位 beside it are those the lead would have worked with, not a list whose
        // first leads.
        var leadColumn = columns.Kinds.Select((k, i) => (k, i)).Where(c => TableColumns.NamesUnits(c.k) && TableColumns.RoleOf(c.k) == Role.Lead).Select(c => c.i).DefaultIfEmpty(-1).First();
        // One unit alone beside it is still the one the row makes accountable.
        // Not where the document says such units answer together (未明确牵头单位的，由责任单位共同负责): they lead.
        // Where the document says the first of them leads then (牵头单位为“—”的，由排在首位的责任单位牵头), it does.
        var firstListedLeads = leadColumn >= 0 && _elements.FirstListedWhenLeadOpen != OpenLead.None && OpenMark(Cell(row, leadColumn)) == _elements.FirstListedWhenLeadOpen;
        var leadLeftEmpty = leadColumn >= 0 && !_elements.ListedUnitsLeadTogether && !firstListedLeads && LeftOpen(Cell(row, leadColumn))
            && columns.Kinds.Select((k, i) => (k, i)).Any(c => TableColumns.NamesUnits(c.k) && TableColumns.RoleOf(c.k) == Role.Accountable
                && ClauseReader.Names(Cell(row, c.i), ChineseText.Fold(Cell(row, c.i))).Count > 1 && !RoleWords.HasRole(ChineseText.Fold(Cell(row, c.i))));

        var remarkLead = LeadNamedInRemark(row, columns);
        var reassigned = false;
        if (Reassignment(row, columns) is { } words && _elements.Clauses.ReadStatement(words, ChineseText.Fold(words), row.Line) is { Leads.Count: > 0, NotUnits.Count: 0, Unread.Count: 0 } now)
        {
            // 备注：经区政府常务会议研究，该项工作牵头单位调整为区商务局，区发改局、区统计局配合: the row's unit columns are
            // what the work was given before, and so are the roles its measures cell named.
            element.Leads.Where(n => !now.Leads.Contains(n)).ToList().ForEach(element.LeadToSupport);

            _elements.Apply(now, element, SourceLine.Of(row.Line, words), words);
            _elements.Review(element, SourceLine.Of(row.Line, words), NoteSeverity.Note, "the 备注 gives the work to another lead (" + words + "): read instead of the row's unit columns");
            reassigned = true;
        }

        for (var i = 0; i < columns.Kinds.Length; i++)
        {
            var text = Cell(row, i);
            if (text.Length == 0 || (reassigned && TableColumns.NamesUnits(columns.Kinds[i])) || (i == leadColumn && LeftOpen(text)))
            {
                continue;
            }

            if (remarkLead is not null && TableColumns.RoleOf(columns.Kinds[i]) == Role.Accountable && MarkedAsLead(text, remarkLead) is { } remarked)
            {
                text = remarked;
            }

            if (columns.Kinds[i] == ColumnKind.MarkedUnit)
            {
                // ● under 市财政局: the unit the column is headed by, in the role the mark gives it.
                if (columns.Marks!.RoleOf(text) is var mark and not Role.None)
                {
                    var unit = columns.Headers[i];
                    _elements.Apply(_elements.Clauses.ReadCell(unit, row.Line, mark, true), element, SourceLine.Of(row.Line, unit), unit + "：" + text);
                }

                continue;
            }

            // People (责任领导) are never units: their column stays text, as remarks do.
            var role = columns.Kinds[i] == ColumnKind.Person ? Role.None : TableColumns.RoleOf(columns.Kinds[i]);
            if (firstListedLeads && i != leadColumn && TableColumns.NamesUnits(columns.Kinds[i]) && role is Role.Accountable or Role.Support
                && ClauseReader.Names(text, ChineseText.Fold(text)).Select(n => n.Name).ToList() is { Count: > 0 } listed && !RoleWords.HasRole(ChineseText.Fold(text)))
            {
                var lineOfCell = SourceLine.Of(row.Line, text);
                _elements.Apply(_elements.Clauses.ReadCell(listed[0], row.Line, Role.Lead, hasSupport), element, lineOfCell, columns.Headers[i] + "：" + OneLine(text));
                if (listed.Count > 1)
                {
                    _elements.Apply(_elements.Clauses.ReadCell(string.Join("、", listed.Skip(1)), row.Line, Role.Support, hasSupport), element, lineOfCell, columns.Headers[i] + "：" + OneLine(text));
                }

                _elements.Review(element, lineOfCell, NoteSeverity.Note, columns.Headers[leadColumn] + " of row " + Cell(row, columns.Index(ColumnKind.Number))
                    + " is left open: " + listed[0] + ", the first of its " + columns.Headers[i] + ", leads, as the document says");
                firstListedLeads = false;
                continue;
            }

            role = leadLeftEmpty && role == Role.Accountable ? Role.Support : role;
            if (i == _roleMarks)
            {
                // The role word is read with the unit beside it, and is no text of the task.
                continue;
            }

            if (role == Role.Accountable && _roleMarks >= 0 && RoleMark(Squeezed(Cell(row, _roleMarks))) is var marked and not Role.None)
            {
                role = marked;
            }
            if (role == Role.None)
            {
                // A second column of words (攻坚目标任务, then 工作任务安排) is the task's words too.
                if ((columns.Kinds[i] is ColumnKind.Person or ColumnKind.Remark or ColumnKind.None
                        || (columns.Kinds[i] is ColumnKind.Task or ColumnKind.Content && i != columns.Index(ColumnKind.Content) && i != columns.Index(ColumnKind.Task)))
                    && i != columns.TaskColumn)
                {
                    AddText(element, columns.Headers[i] + "：" + text);
                }

                continue;
            }

            if (role == Role.Lead && TableColumns.NamesBodies(columns.Kinds[i]) && NumberedLeads.NamesEachMeasuresOwn(text))
            {
                // ①市工信局 ②市发改委 under 牵头单位 beside measures ①②: each measure has its own lead, and none of them
                // leads the other's. Read as the row's, every measure got both: no lead, for a reviewer to pair.
                AddText(element, columns.Headers[i] + "：" + OneLine(text));
                _elements.Review(element, SourceLine.Of(row.Line, text), NoteSeverity.Note,
                    columns.Headers[i] + " '" + OneLine(text) + "' names a lead for each numbered measure: no lead read for the row (give each measure its own)");
                continue;
            }

            if (TableColumns.NamesBodies(columns.Kinds[i]))
            {
                text = WithoutMeasureNumbers(text).Trim();
                if (TableColumns.NamesPersonsBeside(columns.Headers[i]))
                {
                    // 区教育局　张某 under 责任单位及责任人: the people stay in the task's words, the bodies are read.
                    AddText(element, columns.Headers[i] + "：" + OneLine(text));
                    text = BodiesBesidePersons(text);
                }

                if (text.Length == 0)
                {
                    continue;
                }
            }

            if (role == Role.Accountable && TableColumns.JoinsRolesAtSlash(columns.Headers[i]) && text.Split('/', '／') is { Length: 2 } sides)
            {
                // 县住建局、县城管局/县应急局 under 牵头单位/配合单位: the leads before the slash, the supports after it;
                // /县交通局 names no lead.
                ReadSide(sides[0].Trim(), Role.Lead, row, element, columns.Headers[i], text);
                ReadSide(sides[1].Trim(), Role.Support, row, element, columns.Headers[i], text);
                continue;
            }

            var line = SourceLine.Of(row.Line, text);
            var clause = _elements.Clauses.ReadCell(text, row.Line, role, hasSupport);
            _elements.Apply(clause, element, line, columns.Headers[i] + "：" + OneLine(text));
            // A deadline that is no date, a role WPlan has no keyword for (指导, 督办), and a unit cell that names no body
            // (承办部门：按事项分工落实) stay in the task's text.
            if ((role == Role.Time && element.Due is null) || RoleWords.WithoutKeyword(role) is not null
                || (TableColumns.NamesUnits(columns.Kinds[i]) && clause.Leads.Count + clause.Supports.Count + clause.Implementers.Count == 0))
            {
                AddText(element, columns.Headers[i] + "：" + text);
            }
        }

        if (leadLeftEmpty && element.Leads.Count == 0)
        {
            _elements.Review(element, SourceLine.Of(row.Line, string.Empty), NoteSeverity.Note,
                columns.Headers[leadColumn] + " of row " + Cell(row, columns.Index(ColumnKind.Number)) + " names no one: no lead, and the units beside it read as supports");
        }

        return reassigned;
    }

    // A lead cell that names no one: empty, a dash, 无, or 待定 (who leads is still to be decided).
    private static bool LeftOpen(string cell) => OpenMark(cell) != OpenLead.None;

    // How a lead cell names no one: empty, a dash, or a word saying none is named yet.
    private static OpenLead OpenMark(string cell) => cell switch
    {
        "" => OpenLead.Empty,
        "—" or "——" or "-" or "－" or "/" or "／" => OpenLead.Dash,
        "无" or "暂无" or "待定" or "待定。" or "暂定" => OpenLead.Word,
        _ => OpenLead.None,
    };

    // 县供销社牵头, 县农业农村局为牵头单位 in a 备注 cell (at its start or after a comma, nothing after it but a comma):
    // the lead the remark names. Not 县财政局牵头拨付: who leads the paying, not the project.
    private static readonly System.Text.RegularExpressions.Regex RemarkLead = new(
        @"(?:^|[，,；;。])[ 　]*由?([^，,；;。、 　]{2,30}?)(?:牵头|为牵头单位|为牵头部门)(?=$|[，,；;。])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 牵头单位调整为区商务局，区发改局、区统计局配合, 改由县城管局牵头: a 备注 that hands the row's work to another body, in the
    // words a clause's change is said in (ClauseReader.Reassigned), said of the row's work or its lead (nothing before
    // the change, 该项工作, 牵头单位), not of a part of it (资金渠道改为…, 考核工作调整为…, 建设内容调整为…) nor what was once
    // planned (此前曾计划移交…). The words from the body on, to the end of that sentence; null where none.
    private static string? Reassignment(TableRow row, TableColumns columns)
    {
        for (var i = 0; i < columns.Kinds.Length; i++)
        {
            if (columns.Kinds[i] != ColumnKind.Remark || Cell(row, i) is not { Length: > 0 } remark)
            {
                continue;
            }

            // Each change in the order the remark says them (资金渠道改为…；牵头单位调整为…: the second hands the work over).
            var folded = ChineseText.Fold(remark);
            for (var at = 0; at < folded.Length; at++)
            {
                var word = ClauseReader.Reassigned.FirstOrDefault(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0);
                if (word is null || at + word.Length >= folded.Length || !ChineseText.IsHan(folded[at + word.Length]))
                {
                    continue;
                }

                var opens = at == 0 ? 0 : folded.LastIndexOfAny(new[] { '。', '；', ';', '，', ',' }, at - 1) + 1;
                var said = folded.Substring(opens, at - opens).Trim(' ', '　');
                if (said.Length > 0 && !OfTheRowsWork.IsMatch(said))
                {
                    at += word.Length - 1;
                    continue;
                }

                var start = at + word.Length;
                var end = folded.IndexOfAny(new[] { '。', '；', ';' }, start);
                return remark.Substring(start, (end < 0 ? remark.Length : end) - start).Trim();
            }
        }

        return null;
    }

    // 该项工作, 此项任务牵头单位, 责任部门: what a 备注's change may be said of for it to hand over the row's work; after why,
    // by whose leave or from when it is made (因机构改革, 经县政府同意, 2025年3月起), if it says so.
    private static readonly System.Text.RegularExpressions.Regex OfTheRowsWork = new(
        @"^(?:因[^，,。；;]{1,12}?|经[^，,。；;]{1,16}?(?:同意|研究|批准|决定)|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)?|自[^，,。；;]{1,12}?起)?"
        + @"(?:(?:该|此|本|这)项?(?:工作|任务|事项)?)?(?:牵头|责任|主办|承办|主责|实施)?(?:单位|部门|主体)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The folded name a row's 备注 says leads, where it says so of one body.</summary>
    private string? LeadNamedInRemark(TableRow row, TableColumns columns)
    {
        string? lead = null;
        for (var i = 0; i < columns.Kinds.Length; i++)
        {
            if (columns.Kinds[i] == ColumnKind.Remark && Cell(row, i) is { Length: > 0 } remark)
            {
                foreach (System.Text.RegularExpressions.Match match in RemarkLead.Matches(ChineseText.Fold(remark)))
                {
                    if (lead is not null && lead != match.Groups[1].Value)
                    {
                        return null;
                    }

                    lead = match.Groups[1].Value;
                }
            }
        }

        return lead;
    }

    /// <summary>
    /// 县商务局、县供销社、城关镇人民政府 under 责任单位 with 备注 县供销社牵头: the remark picks the lead out of the list, as a
    /// 县供销社（牵头） mark would. Null where the cell names roles of its own, or the remark's body is not one of the list.
    /// </summary>
    private static string? MarkedAsLead(string text, string lead)
    {
        var folded = ChineseText.Fold(text);
        if (RoleWords.HasRole(folded))
        {
            return null;
        }

        var names = ClauseReader.Names(text, folded);
        if (names.Count < 2 || !names.Any(n => ChineseText.Fold(n.Name).Trim() == lead))
        {
            return null;
        }

        var at = folded.IndexOf(lead, System.StringComparison.Ordinal);
        while (at >= 0 && !((at == 0 || "、，, ；;".IndexOf(folded[at - 1]) >= 0) && (at + lead.Length == folded.Length || "、，, ；;".IndexOf(folded[at + lead.Length]) >= 0)))
        {
            at = folded.IndexOf(lead, at + 1, System.StringComparison.Ordinal);
        }

        return at < 0 ? null : text.Insert(at + lead.Length, "（牵头）");
    }

    // One side of a cell split at the slash its header splits its labels at, read as a cell of that role.
    private void ReadSide(string side, Role role, TableRow row, ImportedElement element, string header, string text)
    {
        if (side.Length > 0)
        {
            var clause = _elements.Clauses.ReadCell(side, row.Line, role, true);
            _elements.Apply(clause, element, SourceLine.Of(row.Line, side), header + "：" + OneLine(text));
        }
        else if (role == Role.Lead)
        {
            _elements.Review(element, SourceLine.Of(row.Line, string.Empty), NoteSeverity.Note,
                header + " '" + OneLine(text) + "' names no one before the slash: no lead");
        }
    }

    /// <summary>
    /// The bodies of a cell that names them with their people (区住建局 王五、区城管局 赵六, 区民政局（李某某）,
    /// 区市场监管局局长 陈某), joined by 、. A part that is neither a body nor a person's name is kept for the reader to judge.
    /// </summary>
    internal static string BodiesBesidePersons(string text)
    {
        var kept = new List<string>();
        foreach (var piece in text.Split(new[] { '、', '，', ',', '；', ';', '\n', '\r', ' ', '　', '\t', '/', '／' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            // 区人社局（负责人：孙丽）: the label before the person in the brackets is no part of a name.
            var name = PersonInBrackets.Replace(piece, m => IsPersonsName(PersonLabel.Replace(m.Groups[1].Value, string.Empty)) ? string.Empty : m.Value).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (UnitShape.IsOrganisation(name) && !ChineseText.Fold(name).EndsWith("常委", System.StringComparison.Ordinal))
            {
                kept.Add(name);
            }
            else if (UnitShape.BodyOfOfficial(name) is { } body)
            {
                // 县商务局党组书记 is the bureau's head; 宣传部部长 beside 区委宣传部 a person's post, no body's full name.
                body = body.EndsWith("党组", System.StringComparison.Ordinal) ? body.Substring(0, body.Length - 2) : body;
                if (UnitShape.LevelPrefixes.IndexOf(ChineseText.Fold(body)[0]) >= 0 && UnitShape.IsOrganisation(body))
                {
                    kept.Add(body);
                }
            }
            else if (!IsPersonsName(name) && !ChineseText.Fold(name).EndsWith("常委", System.StringComparison.Ordinal))
            {
                kept.Add(name);
            }
        }

        return string.Join("、", kept);
    }

    private static readonly System.Text.RegularExpressions.Regex PersonLabel = new(@"^\s*(?:负责人|责任人|联系人|分管领导)\s*[：:]\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PersonInBrackets = new(@"[（(]([^（）()]{1,12})[）)]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 张某, 李某某, 王五, 欧阳小明, 陈某同志, 局长陈某, 副主任李某: a person as a plan names one.
    private static bool IsPersonsName(string name)
    {
        var folded = ChineseText.Fold(name).Trim();
        var bare = PersonsPost.Replace(folded, string.Empty);
        return (bare.Length is >= 2 and <= 4 && bare.All(ChineseText.IsHan) || bare.Length is >= 1 and <= 4 && bare.Contains("某"))
            && !UnitShape.IsOrganisation(bare) && !RoleWords.HasRole(bare) && UnitShape.LevelPrefixes.IndexOf(bare[0]) < 0;
    }

    private static readonly System.Text.RegularExpressions.Regex PersonsPost = new(
        "^(?:副)?(?:局长|主任|书记|科长|处长|站长|所长|队长|部长|院长|组长)|同志$|(?:副)?(?:局长|主任|书记|科长|处长|站长|所长|队长|部长|院长|组长)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Cell(TableRow row, int column)
        => column >= 0 && column < row.Cells.Count ? row.Cells[column].Text.Trim() : string.Empty;

    private static string OneLine(string text) => string.Join(" ", text.Split('\n', '\r').Select(t => t.Trim()).Where(t => t.Length > 0));

    private const int MaxMeasureParagraph = 2_000;

    private static void AddText(ImportedElement element, string text)
    {
        foreach (var part in text.Split('\n', '\r', '\u2028', '\u2029').Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            element.Text.Add(part);
        }
    }
}
