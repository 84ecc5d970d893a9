using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table copied out as text: one cell per line under header lines (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 /
/// 完成时限), or one row per line with the cells apart by tabs or wide spaces. The rows are rebuilt into a table where
/// the layout allows it: each row starts with its 序号 number and holds one line per column. Where it does not (no 序号
/// column, an empty cell left out, a cell over two lines), the lines stay text and a warning says so.
/// </summary>
internal static partial class CopiedTable
{
    private static readonly Regex CellGap = new(@"\t+|[ \u3000]{2,}", RegexOptions.CultureInvariant);

    /// <summary>
    /// Rebuilds the tables copied out as text; <paramref name="removed"/> holds the numbers of the lines already taken
    /// away as page chrome, which are no blank lines between a table's cells.
    /// </summary>
    public static List<SourceLine> Rebuild(List<SourceLine> lines, List<ImportNote> notes, ISet<int>? removed = null)
    {
        // The lone bars that are no empty cells of a bar-ended table are chrome (PageChrome), gone before rows are read.
        var notBlank = new HashSet<int>(removed ?? new HashSet<int>());
        var cells = PipeEndedCells(lines);
        notBlank.UnionWith(cells.Where(IsLoneBar).Select(l => l.Number));
        lines = BlankLineCells(HeaderFragments.Join(ParagraphCellTables(cells.Where(l => !IsLoneBar(l)).ToList(), notBlank, notes)), notBlank);
        var result = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            SourceLine? before = null;
            if (OneCellPerLine(lines, i, notes, notBlank, out var table, out var next) || OneRowPerLine(lines, i, notes, out table, out next) || SpacedRows(lines, i, notes, out table, out next, out before)
                || RunTogetherRows(lines, i, notes, out table, out next))
            {
                if (before is not null)
                {
                    result.Add(before);
                }

                if (table is not null)
                {
                    result.Add(SourceLine.OfTable(Unglued(table, notes), rebuilt: true));
                }
                else
                {
                    // A header whose rows cannot be rebuilt (a warning says so): its lines stay text, read once.
                    result.AddRange(lines.Skip(i).Take(next - i));
                }

                i = next - 1;
                continue;
            }

            result.Add(lines[i]);
        }

        return result;
    }

    // What a body's name ends with, where a second name may start right after it (区文广旅游体育局 | 区委宣传部).
    private static readonly string[] NameEndings = { "局", "办", "厅", "院", "中心", "站", "所", "社", "馆", "处", "科", "股", "队", "委", "部", "联", "区", "镇", "乡", "街道" };

    // Words that end a body's name and never start one (湘湖度假区 | 管委会 is one body, 市公安局 | 交警支队 one below another).
    private static readonly string[] NameTails = { "管委会", "管理委员会", "工作委员会", "管理办公室", "管理中心", "服务中心", "党工委", "工委", "委员会", "办公室", "办事处", "联合", "管理处", "管理局", "分局", "支队", "大队", "中队", "派出所", "分院", "分中心", "分公司", "集团", "公司", "政府", "人民政府", "党委" };

    // A character after a name's ending that makes a word with it (社|会, 区|域, 部|门, 办|事): the name goes on.
    private const string WordGoesOn = "会域门面有校技学藏理点伍员公事份务";

    /// <summary>
    /// The unit cells of a rebuilt table that glue several bodies with no separator, as a web page copies a cell whose
    /// names stood on lines of their own (<c>区文广旅游体育局区委宣传部湘湖度假区</c>): each cut where a body's name ends
    /// and another's begins, every piece an organisation of three characters or more and none a tail of the name before
    /// (管委会, 分局, 支队); the pieces are joined by 、 and a note says so. A cell that cannot be cut so stays as it is.
    /// </summary>
    private static TableBlock Unglued(TableBlock table, List<ImportNote> notes)
    {
        if (TableColumns.Find(table.Rows) is not { } columns)
        {
            return table;
        }

        var changed = false;
        var rows = table.Rows.Select((row, r) => r < columns.HeaderRows ? row : row.WithCells(row.Cells.Select((cell, c) =>
        {
            if (c >= columns.Kinds.Length || !TableColumns.NamesUnits(columns.Kinds[c]) || cell.IsMergedCopy || Cut(cell.Text.Trim()) is not { } pieces)
            {
                return cell;
            }

            changed = true;
            notes.Add(new ImportNote(row.Line, NoteSeverity.Note, "the " + columns.Headers[c] + " cell " + cell.Text.Trim() + " prints several names with no separator: read as "
                + string.Join("、", pieces)));
            return new TableCell(string.Join("、", pieces), cell.IsMergedCopy);
        }).ToArray())).ToList();
        return changed ? new TableBlock(table.Line, rows, table.Marks) : table;
    }

    // A section (股, 科, 室, 组, 处) named right after a bureau, a hospital, a committee or a centre, without a level of its
    // own, is that body's section: 教务处学生处 are two offices, 县教育局计划财务股 one.
    private static bool SectionOf(string body, string next)
        => new[] { "局", "院", "委", "厅", "中心", "部", "办" }.Any(e => body.EndsWith(e, System.StringComparison.Ordinal))
            && "股科室组处".IndexOf(next[next.Length - 1]) >= 0
            && UnitShape.LevelPrefixes.IndexOf(next[0]) < 0 && next[0] != '各';

    internal static List<string>? Cut(string printed)
    {
        // Judged in simplified characters (市公安局交通警察支隊 is one body as 支队 is); cut as printed.
        var text = ChineseText.Fold(printed);
        if (text.Length < 6 || text.Length > 60 || text.Length != printed.Length || text.Any(c => !ChineseText.IsHan(c)) || UnitShape.IsGroup(text))
        {
            return null;
        }

        // The shortest first piece whose rest cuts too: names are cut where they end, not inside.
        List<string>? Pieces(int from)
        {
            if (from == text.Length)
            {
                return new List<string>();
            }

            for (var k = from + 3; k <= text.Length; k++)
            {
                var piece = text.Substring(from, k - from);
                if (k < text.Length && (!NameEndings.Any(e => piece.EndsWith(e, System.StringComparison.Ordinal)) || text.Length - k < 3
                    || NameTails.Any(t => string.CompareOrdinal(text, k, t, 0, t.Length) == 0) || WordGoesOn.IndexOf(text[k]) >= 0))
                {
                    continue;
                }

                // 县公安局 | 交通警察大队, 县教育局 | 计划财务股, 区人民医院 | 医务科, 国家统计局 | 某县调查队: a body below the
                // one before, named under it, is one name.
                if (!UnitShape.IsOrganisation(piece) || Pieces(k) is not { } rest
                    || (rest.Count > 0 && (new[] { "分局", "支队", "大队", "中队", "派出所", "分院", "分中心", "分公司", "分行", "支行", "调查队", "调查总队" }.Any(e => rest[0].EndsWith(e, System.StringComparison.Ordinal))
                        || SectionOf(piece, rest[0])
                        // 国家税务总局 | 鹤汀市税务局: a national administration's office in a place, named under it.
                        || (piece.StartsWith("国家", System.StringComparison.Ordinal) && piece.EndsWith("总局", System.StringComparison.Ordinal)))))
                {
                    continue;
                }

                rest.Insert(0, piece);
                return rest;
            }

            return null;
        }

        if (Pieces(0) is not { Count: >= 2 } pieces)
        {
            return null;
        }

        var at = 0;
        return pieces.Select(p => printed.Substring((at += p.Length) - p.Length, p.Length)).ToList();
    }

    /// <summary>
    /// A table flattened one cell a line with each cell ending <c> |</c> (and <c>|</c> or <c>||||</c> alone between rows):
    /// in a run of such lines the bars go, the bar-only lines with them, and a space between two Chinese characters
    /// (a cell's line wrap, 工作机 制) is closed, so that the cells are read as one cell per line.
    /// </summary>
    private static List<SourceLine> PipeEndedCells(List<SourceLine> lines)
    {
        static bool BarOnly(SourceLine l) => l.Table is null && l.Text.Length > 0 && l.Text.All(c => c is '|' or '｜' or ' ');
        static bool BarEnded(SourceLine l) => l.Table is null && l.Text.Length > 1 && l.Text[l.Text.Length - 1] is '|' or '｜'
            && l.Text[0] is not ('|' or '｜') && Bars(l.Text) == 1;
        // A cell over two lines (2025年度某某区 / 民生实事安排方案 |): its first line has no bar, the line after ends one.
        // A 序号 after it starts a table: the line before is that table's title.
        bool Continued(int at) => at > 0 && at + 1 < lines.Count && lines[at].Table is null && lines[at].Text.Trim().Length > 0
            && lines[at].Text.IndexOfAny(new[] { '|', '｜' }) < 0 && BarEnded(lines[at + 1]) && (BarEnded(lines[at - 1]) || BarOnly(lines[at - 1]))
            && TableColumns.Classify(lines[at + 1].Text.TrimEnd(' ', '|', '｜')) != ColumnKind.Number;
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var end = i;
            while (end < lines.Count && (BarEnded(lines[end]) || BarOnly(lines[end]) || (end > i && Continued(end))))
            {
                end++;
            }

            if (lines.Skip(i).Take(end - i).Count(BarEnded) < 6)
            {
                result?.Add(lines[i]);
                continue;
            }

            result ??= lines.Take(i).ToList();
            if (BarredRows(lines, i, end, BarEnded, BarOnly, Continued) is { } exact)
            {
                result.AddRange(exact);
                i = end - 1;
                continue;
            }

            var emptyCells = EmptyCells(lines, i, end);
            string? pending = null;
            for (var k = i; k < end; k++)
            {
                var line = lines[k];
                if (emptyCells.Contains(k))
                {
                    result.Add(SourceLine.Of(line.Number, EmptyCell));
                    pending = null;
                    continue;
                }

                if (!BarEnded(line))
                {
                    pending = BarOnly(line) ? null : line.Text.Trim();
                    continue;
                }

                var text = BarredCell((pending ?? string.Empty) + line.Text.Substring(0, line.Text.Length - 1).TrimEnd());
                pending = null;
                if (text.Length > 0)
                {
                    result.Add(SourceLine.Of(line.Number, text));
                }
            }

            i = end - 1;
        }

        return result ?? lines;
    }

    // 区自然资源局 区农业农村局 各镇政府: names apart by spaces are a list; other spaces are a cell's wraps.
    private static string BarredCell(string text)
    {
        var parts = text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(IsUnits) ? string.Join("、", parts)
            : Regex.Replace(text, @"(?<=[\u4E00-\u9FFF，、。；：“”（）]) (?=[\u4E00-\u9FFF，、。；：“”（）])", string.Empty);
    }

    /// <summary>
    /// The same run read as the rows its bars print, where they print them: a bar alone on its line opens a row, each
    /// <c>… |</c> line is a cell, <c>||||</c> are empty cells, and every row after its title has as many cells as the
    /// header, whose words name who is accountable. The rows are the table's, as a web page's table copied them; null
    /// where the bars do not give rows of one width, for the cell-a-line reading.
    /// </summary>
    private static List<SourceLine>? BarredRows(List<SourceLine> lines, int start, int end, System.Func<SourceLine, bool> barEnded,
        System.Func<SourceLine, bool> barOnly, System.Func<int, bool> continued)
    {
        var rows = new List<(int Line, List<string> Cells)>();
        string? pending = null;
        var serial = 0;

        // The next row's number (7 |) where the rows are numbered by their first cell: after a header of three cells at
        // least, 1; then one more than the last.
        bool OpensNumberedRow(int at) => at < end && barEnded(lines[at]) && Serial(lines[at]) == serial + 1
            && (serial > 0 || (rows.Count > 0 && rows[rows.Count - 1].Cells.Count >= MinBarredColumns));

        for (var k = start; k < end; k++)
        {
            var line = lines[k];
            if (IsLoneBar(line))
            {
                // Rows numbered by their first cell: a lone bar opens the next only before its number (|/7 |); elsewhere it
                // is an empty cell (市城市管理局 |/|/2015年 |, no 配合单位). Above the numbered rows it opens a row.
                if (serial > 0 && !OpensNumberedRow(k + 1))
                {
                    rows[rows.Count - 1].Cells.Add(string.Empty);
                    continue;
                }

                serial = OpensNumberedRow(k + 1) ? serial + 1 : serial;
                rows.Add((line.Number, new List<string>()));
                pending = null;
            }
            else if (barOnly(line) && rows.Count > 0)
            {
                rows[rows.Count - 1].Cells.AddRange(Enumerable.Repeat(string.Empty, Bars(line.Text)));
            }
            else if (barEnded(line))
            {
                // The table's first cell with no bar before it (序号 |), or a numbered row with no bar between it and the
                // row above (完成时限 | then 1 |): a row of its own.
                if (rows.Count == 0 || (pending is null && OpensNumberedRow(k)))
                {
                    serial = rows.Count > 0 ? serial + 1 : serial;
                    rows.Add((line.Number, new List<string>()));
                }

                rows[rows.Count - 1].Cells.Add(BarredCell((pending ?? string.Empty) + line.Text.Substring(0, line.Text.Length - 1).TrimEnd()));
                pending = null;
            }
            else if (continued(k) && rows.Count > 0)
            {
                pending = line.Text.Trim();
            }
            else
            {
                return null;
            }
        }

        // A title printed across the table (清单 | then its empty cells) stands above it as text.
        var titles = rows.TakeWhile(r => r.Cells.Count(c => c.Length > 0) <= 1).ToList();
        var body = rows.Skip(titles.Count).ToList();

        // A bar closing the last row (… | 2015年 | then | before the text goes on) is no cell of it.
        foreach (var row in body.Skip(1))
        {
            while (row.Cells.Count > body[0].Cells.Count && row.Cells[row.Cells.Count - 1].Length == 0)
            {
                row.Cells.RemoveAt(row.Cells.Count - 1);
            }
        }

        // A last row cut short (the text ends inside it) stays text under the table.
        var cut = body.Count > MinBarredRows && body[body.Count - 1].Cells.Count < body[0].Cells.Count ? body[body.Count - 1] : default;
        if (cut.Cells is not null)
        {
            body.RemoveAt(body.Count - 1);
        }

        if (body.Count < MinBarredRows || body[0].Cells.Count < MinBarredColumns || body.Any(r => r.Cells.Count != body[0].Cells.Count)
            || !body[0].Cells.Any(c => TableColumns.NamesBodies(TableColumns.Classify(c))))
        {
            return null;
        }

        var result = titles.Where(t => t.Cells.Any(c => c.Length > 0)).Select(t => SourceLine.Of(t.Line, t.Cells.First(c => c.Length > 0))).ToList();
        var table = new TableBlock(body[0].Line, body.Select(r => new TableRow(r.Line, r.Cells.Select(c => new TableCell(c)).ToArray())).ToArray());
        result.Add(SourceLine.OfTable(table));
        if (cut.Cells is not null)
        {
            result.AddRange(cut.Cells.Where(c => c.Length > 0).Select(c => SourceLine.Of(cut.Line, c)));
        }

        return result;
    }

    // The number a bar-ended cell holds (7 |, ７ |, 7. |), or 0.
    private static int Serial(SourceLine line)
        => int.TryParse(line.Folded.TrimEnd(' ', '|', '｜').Trim().TrimEnd('.', '．', '、'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    // A header and two rows at least, of three columns or more.
    private const int MinBarredRows = 3;
    private const int MinBarredColumns = 3;

    // A row printed a line a column: every unit column holds names, every date column a date, the matter no names.
    private static bool ExactRow(List<string> cells, List<ColumnKind> kinds)
    {
        if (kinds.Contains(ColumnKind.Category) || cells.Count != kinds.Count)
        {
            return false;
        }

        var named = false;
        for (var i = 1; i < kinds.Count; i++)
        {
            var cell = cells[i].Trim();
            if (cell == EmptyCell)
            {
                continue;
            }

            if (TableColumns.NamesBodies(kinds[i]))
            {
                // 县委、县政府主办 under 主办单位: the names, then the column's own word.
                var verb = RoleWords.VerbAt(ChineseText.Fold(cell), System.Math.Max(0, cell.Length - 2));
                // After a unit column that holds names, a short cell that is neither names nor a date is still that
                // column's (区新华书店 under 协办单位): read in place, it is noted, never slid into the column before.
                if (!IsUnits(cell) && !(verb.Word.Length == 2 && TableColumns.RoleOf(kinds[i]) == verb.Role && IsUnits(cell.Substring(0, cell.Length - 2)))
                    && !(named && cell.Length <= 20 && !IsDate(cell) && cell.IndexOf('。') < 0))
                {
                    return false;
                }

                named = true;
            }
            else if ((kinds[i] == ColumnKind.Deadline && IsUnits(cell)) || (kinds[i] is ColumnKind.Task or ColumnKind.Content && (IsUnits(cell) || IsDate(cell))))
            {
                return false;
            }
        }

        return named;
    }

    /// <summary>A line that is one bar and nothing else (<c>|</c>, <c>｜</c>).</summary>
    internal static bool IsLoneBar(SourceLine line) => line.Table is null && line.Text.Trim() is "|" or "｜";

    /// <summary>
    /// A line that is only the mark a table prints in an empty cell (<c>/</c>, <c>—</c>, <c>-</c>): a cell of its own in
    /// text copied out of a table a cell a line, chrome anywhere else.
    /// </summary>
    internal static bool IsEmptyCellMark(SourceLine line) => line.Table is null && line.Text.Trim() is "/" or "／" or "-" or "－" or "—" or "——" or "–" or "―";

    // What an empty cell reads as once its bar is gone: a mark no document prints, which every column takes (see Fits)
    // and a built row holds as nothing.
    private const string EmptyCell = "\uE000";

    /// <summary>
    /// The lone bars of a bar-ended run that are empty cells, not breaks between rows: where the header's cells (the
    /// lines before the row numbered 1) are as many as the lines of most rows once each lone bar counts as a cell
    /// (<c>1 |</c> / <c>|</c> / <c>开拍仪式 |</c> / … with its time left empty). Without them a row's cells slide into the
    /// next column (a place read as the 责任单位).
    /// </summary>
    private static HashSet<int> EmptyCells(List<SourceLine> lines, int start, int end)
    {
        // １ | counts as 1 |: the folded text's digits.
        static string Cell(SourceLine l) => l.Folded.Trim().TrimEnd('|', '｜').Trim();
        static bool Lone(SourceLine l) => IsLoneBar(l);
        var rows = new List<int>();
        for (var k = start; k < end; k++)
        {
            if (int.TryParse(Cell(lines[k]).TrimEnd('.', '．', '、'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && !Lone(lines[k]) && n == rows.Count + 1)
            {
                rows.Add(k);
            }
        }

        var width = rows.Count > 0 ? Enumerable.Range(start, rows[0] - start).Count(k => !Lone(lines[k]) && Cell(lines[k]).Length > 0) : 0;
        if (rows.Count < 2 || width < 3)
        {
            return new HashSet<int>();
        }

        var spans = rows.Select((at, r) => (At: at, End: r + 1 < rows.Count ? rows[r + 1] : end)).ToList();
        var fitting = spans.Count(x => x.End - x.At == width);
        if (fitting * 3 < spans.Count * 2 || !spans.Any(x => Enumerable.Range(x.At, x.End - x.At).Any(k => Lone(lines[k]))))
        {
            return new HashSet<int>();
        }

        return new HashSet<int>(spans.Where(x => x.End - x.At == width).SelectMany(x => Enumerable.Range(x.At, x.End - x.At)).Where(k => Lone(lines[k])));
    }

    // 1-1, 2-3, 1.2: a row's number within its task's number.
    private static readonly Regex SubNumber = new(@"^\d{1,3}[-－—.．]\d{1,3}$", RegexOptions.CultureInvariant);

    // How far a republished table's row numbers may jump (3 to 68): a parent table's rows left out.
    private const int MaxJump = 200;

    private static bool OneCellPerLine(List<SourceLine> lines, int start, List<ImportNote> notes, ISet<int> notBlank, out TableBlock? table, out int next)
    {
        table = null;
        next = start;
        var kinds = new List<ColumnKind>();
        var header = new List<SourceLine>();
        var end = start;
        // 主要责任单位 then 责任单位: two unit columns of one kind, named apart.
        while (end < lines.Count && lines[end].Table is null && kinds.Count < 12 && TableColumns.Classify(lines[end].Text) is var kind and not ColumnKind.None
            && (!kinds.Contains(kind) || (TableColumns.NamesUnits(kind) && kinds[kinds.Count - 1] == kind && header[header.Count - 1].Text.Trim() != lines[end].Text.Trim()))
            && !StartsNumbered(lines[end]))
        {
            kinds.Add(kind);
            header.Add(lines[end]);
            end++;
        }

        if (end < lines.Count && (kinds.Count >= 2 || (kinds.Count == 1 && kinds[0] == ColumnKind.Number)) && Number(lines[end]) is null)
        {
            // A header column the table words do not name (建设地点, 投资金额（万元）) between known ones, a second column of
            // words (年度目标, 第二季度任务目标) or of progress (完成情况, 是否完成), a header cell's second line in brackets
            // (责任股室 / （单位）): the header goes on where it ends on the first row's 序号 (or a heading over the rows)
            // with the known columns still making a task table.
            var more = new List<ColumnKind>(kinds);
            var moreHeader = new List<SourceLine>(header);
            var at = end;
            while (at < lines.Count && lines[at].Table is null && more.Count < 12 && Number(lines[at]) is null && !IsHeading(lines, at, -1))
            {
                if (moreHeader.Count > 0 && IsBracketed(lines[at].Text))
                {
                    var last = moreHeader[moreHeader.Count - 1];
                    moreHeader[moreHeader.Count - 1] = SourceLine.Of(last.Number, last.Text + lines[at].Text.Trim());
                    at++;
                    continue;
                }

                var kind = TableColumns.Classify(lines[at].Text);
                if (StartsNumbered(lines[at]) || !(kind == ColumnKind.None ? IsHeaderWords(lines[at]) : !more.Contains(kind) || kind is ColumnKind.Task or ColumnKind.Content or ColumnKind.Remark))
                {
                    break;
                }

                more.Add(kind);
                moreHeader.Add(lines[at]);
                at++;
            }

            // A table without 序号 whose task cells are numbered (经费来源 / 1.配合…) ends its header on the first of them.
            var numberedRows = at < lines.Count && !more.Contains(ColumnKind.Number) && (NumberedItem.IsMatch(lines[at].Text) || NumberedCellsHeading(lines, at));
            if (at < lines.Count && (((Number(lines[at]) is not null || IsHeading(lines, at, -1)) && (more[more.Count - 1] != ColumnKind.None || IsQuestion(moreHeader[moreHeader.Count - 1]))) || numberedRows)
                && (Number(lines[at]) == 1 || more.Count(k => k != ColumnKind.None) >= 3))
            {
                kinds = more;
                header = moreHeader;
                end = at;
            }
        }

        var known = kinds.Where(k => k != ColumnKind.None).ToList();
        if (known.Count < 3 || !TableColumns.IsHeader(known) || !kinds.Any(IsRole))
        {
            return false;
        }

        var heading = "text copied out of a table (" + string.Join(" / ", header.Select(l => l.Text)) + ")";
        var numberColumn = kinds.IndexOf(ColumnKind.Number);
        var categoriesBeforeNumbers = false;
        if (numberColumn < 0 && kinds[0] is ColumnKind.Task or ColumnKind.Category && kinds.Skip(1).Any(k => k is ColumnKind.Task or ColumnKind.Content)
            && end + 1 < lines.Count && Number(lines[end]) is null && lines[end].Table is null && !IsUnits(lines[end].Text) && Number(lines[end + 1]) == 1)
        {
            // 工作任务 over a category and the row's number (a header cell spanning two columns), then 具体要求: the rows
            // show the number the header does not name, after their category (强化…公开 / 1 / 对…清理 / 办公室).
            kinds.Insert(1, ColumnKind.Number);
            kinds[0] = ColumnKind.Category;
            header.Insert(1, SourceLine.Of(header[0].Number, "序号"));
            numberColumn = 1;
            categoriesBeforeNumbers = true;
        }

        if (numberColumn < 0 && NumberedCells(lines, end, kinds, header, notes) is { } numbered)
        {
            table = numbered.Table;
            next = numbered.Next;
            return true;
        }

        if (numberColumn > 0 && !kinds.Take(numberColumn).All(k => k == ColumnKind.Category) && kinds.Skip(numberColumn).Count(k => k != ColumnKind.None) >= 3)
        {
            // 行政决策事项目录 (a title's broken line) before 序号: the header starts at its 序号, read from there.
            return false;
        }

        if (numberColumn < 0 && RowsOfExactWidth(lines, end, kinds, header) is { } unnumbered)
        {
            table = unnumbered.Table;
            next = unnumbered.Next;
            return true;
        }

        if (numberColumn == 0 && end < lines.Count && SubNumber.IsMatch(lines[end].Folded.Trim()) && RowsOfExactWidth(lines, end, kinds, header) is { } subNumbered)
        {
            // 1-1 / 推进码头智能化改造 / 辽港集团 / 2024年12月, then 1-2 …: rows numbered within their task's number are told
            // apart by their width alone, every row a line a column.
            table = subNumbered.Table;
            next = subNumbered.Next;
            return true;
        }

        if (numberColumn < 0 && KeyedRows(lines, end, kinds, header, notBlank) is { } keyed)
        {
            // 条目 / 主要内容 / 牵头单位 over rows keyed （一）, 4、7: each row runs from its key to the next.
            if (keyed.Unread is { } unread)
            {
                notes.Add(new ImportNote(unread.Number, NoteSeverity.Warning, heading + ": the lines of the row keyed " + unread.Text.Trim()
                    + " cannot be told apart into its " + kinds.Count + " columns, so the table ends before it and they are kept as text"));
            }

            table = keyed.Table;
            next = keyed.Next;
            return true;
        }

        if (numberColumn < 0 || (numberColumn > 0 && !kinds.Take(numberColumn).All(k => k == ColumnKind.Category)))
        {
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Warning, heading + (numberColumn > 0 ? " with columns before its 序号" : " without a 序号 column")
                + ": its rows cannot be told apart, so they are kept as text"));
            next = end;
            return true;
        }

        var rows = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        bool? namesALine = null;
        var wrappedTried = false;
        var notesBefore = notes.Count;
        var wrappedNotes = new List<ImportNote>();
        var p = end;
        var expected = -1;
        var jumps = true;
        string[]? previous = null;
        string? category = null;
        if (numberColumn > 0 && p < lines.Count && (IsCategory(lines[p]) || categoriesBeforeNumbers) && p + 1 < lines.Count && Number(lines[p + 1]) is not null)
        {
            // 类别 before 序号: the first row's category stands before its number.
            category = lines[p].Text;
            p++;
        }

        while (p < lines.Count && lines[p].Table is null)
        {
            if (Number(lines[p]) is { } n && (expected < 0 || n == expected || (jumps && n > expected && n <= expected + MaxJump)))
            {
                // The row's lines run to the next row's number (or a heading before it, or the table's end). Where no row
                // numbered next follows, the rows keep a parent table's numbers (3, 68, 69): a greater number whose line
                // is followed by words starts the next row.
                var window = System.Math.Min(lines.Count, p + 1 + 4 * kinds.Count);
                jumps = !Enumerable.Range(p + 1, System.Math.Max(0, window - p - 1)).Any(x => lines[x].Table is null && Number(lines[x]) == n + 1);
                bool Starts(int x) => Number(lines[x]) == n + 1 || IsHeading(lines, x, n + 1) || IsHeading(lines, x, 1) || RepeatsHeader(lines[x], header)
                    || (jumps && ((Number(lines[x]) is { } m && m > n + 1 && m <= n + MaxJump && x + 1 < lines.Count && lines[x + 1].Table is null
                        && Number(lines[x + 1]) is null && !IsUnits(lines[x + 1].Text) && !IsDate(lines[x + 1].Text)) || IsHeading(lines, x, -1)));
                var q = p + 1;
                while (q < lines.Count && lines[q].Table is null && !Starts(q) && q - p <= 4 * kinds.Count)
                {
                    q++;
                }

                var last = q >= lines.Count || lines[q].Table is not null || !Starts(q) || RepeatsHeader(lines[q], header);
                string? nextCategory = null;
                if (numberColumn > 0 && !last && q - 1 > p && Number(lines[q]) == n + 1
                    && (IsCategory(lines[q - 1]) || (categoriesBeforeNumbers && q - p == kinds.Count - numberColumn + 1 && !IsUnits(lines[q - 1].Text) && !IsDate(lines[q - 1].Text))))
                {
                    // A category before the next row's number is that row's (a remark as short would be misread).
                    nextCategory = lines[q - 1].Text;
                    q--;
                }

                var rowLines = WithWrapsJoined(lines.Skip(p).Take(q - p).Select(l => l.Text).ToList(), kinds, numberColumn);
                if (rowLines.Count is >= 2 and <= 3 && SaysNone(rowLines))
                {
                    // 1 | 无 |: the category holds no matter this year; a row that is no task, and carries nothing down.
                    category = nextCategory;
                    expected = n + 1;
                    p = q;
                    continue;
                }

                // A row of exactly one line a column is one row (a place's name before a date is no next measure).
                var width = kinds.Count - numberColumn;
                if (last && numberColumn == 0 && rowLines.Count > width && rowLines.Take(width).Contains(EmptyCell)
                    && !IsUnits(rowLines[width]) && !IsDate(rowLines[width]))
                {
                    // The table's last row, its empty cells shown, then the document goes on (三、保障措施, 各单位要…).
                    rowLines = rowLines.Take(width).ToList();
                    q = p + width;
                }

                if (last && rowLines.Count > width && rowLines.Count == q - p && lines[p + width].Number > lines[p + width - 1].Number + 1
                    && Align(Prefixed(rowLines.Take(width).ToList(), category, numberColumn), kinds, previous, numberColumn + 1) is not null)
                {
                    // The table's last row, a line a column, then a blank line and the document goes on (the issuer's
                    // name and the date under the table): the row stops at the blank line.
                    rowLines = rowLines.Take(width).ToList();
                    q = p + width;
                }

                // A row whose empty cells its bars showed (EmptyCells) has a line a column whatever its words look like.
                var exact = rowLines.Count == width && numberColumn == 0 && (rowLines.Contains(EmptyCell) || ExactRow(rowLines, kinds));
                List<List<string>> chunks;
                if (rowLines.Count == width && (exact || Align(rowLines, kinds, previous, numberColumn + 1) is not null))
                {
                    chunks = new List<List<string>> { rowLines };
                }
                else
                {
                    chunks = Chunks(rowLines, kinds.Contains(ColumnKind.Person));
                    if (last && rowLines.Count > width && Align(Prefixed(chunks[0], category, numberColumn), kinds, previous, numberColumn + 1) is null
                        && Align(Prefixed(rowLines.Take(width).ToList(), category, numberColumn), kinds, previous, numberColumn + 1) is not null
                        && !IsUnits(rowLines[width]) && !IsDate(rowLines[width]))
                    {
                        // The table's last row, a line a column, then the document goes on (附件1:, a second table's header).
                        chunks = new List<List<string>> { rowLines.Take(width).ToList() };
                        q = p + width;
                    }
                }
                var built = new List<TableRow>();
                var carried = new List<string>();
                for (var c = 0; c < chunks.Count; c++)
                {
                    // A measure row under a 序号 merged down over it carries the number and whatever else is merged.
                    var cells = c == 0 ? Prefixed(chunks[0], category, numberColumn) : chunks[c];
                    var aligned = c == 0 ? Align(cells, kinds, previous, numberColumn + 1) : Align(cells, kinds, previous, numberColumn + 1, continuation: true);
                    if (c == 0 && categoriesBeforeNumbers && category is null && previous is not null && aligned is not null)
                    {
                        // A row printing no category of its own sits under the one merged down from the row above.
                        aligned[0] = (previous[0], true);
                    }

                    if (c == 0 && exact && cells.Count == kinds.Count)
                    {
                        // A line a column, each where its column's words belong: the row as printed (a place before the
                        // bodies is no body's cell), its empty cells empty, not merged from above.
                        aligned = cells.Select(t => (t == EmptyCell ? string.Empty : t, false)).ToArray();
                    }

                    if (last && c > 0 && (aligned is null || chunks[c].All(x => !IsUnits(x) && !IsDate(x))))
                    {
                        // After the table's last row, the document's paragraphs go on.
                        q = p + chunks.Take(c).Sum(x => x.Count);
                        break;
                    }

                    if (aligned is null)
                    {
                        // The whole table read as wrapped cells is the same reading at every row that fails: tried once
                        // (a table of thousands of such rows read it as often, minutes instead of a second).
                        TableBlock? wrapped = null;
                        var wrappedNext = 0;
                        if (numberColumn == 0 && !wrappedTried)
                        {
                            wrappedTried = true;
                            wrapped = WrappedCells.Read(lines, end, kinds, header, wrappedNotes, out wrappedNext);
                        }

                        if (wrapped is not null)
                        {
                            // Cells over several lines (plain pdftotext): read as such, the notes of the rows before withdrawn.
                            notes.RemoveRange(notesBefore, notes.Count - notesBefore);
                            notes.AddRange(wrappedNotes);
                            table = wrapped;
                            next = wrappedNext;
                            return true;
                        }

                        // A cell printed a paragraph a name (县水务局 / 县住建局 / 县护城河指挥部) or a line a step (公众参与； /
                        // 专家论证；): more lines than columns, joined where they run.
                        var squeezed = Squeezed(cells, kinds, c == 0 ? numberColumn + 1 : 0);
                        if (squeezed is not null)
                        {
                            aligned = c == 0 ? Align(squeezed, kinds, previous, numberColumn + 1) : Align(squeezed, kinds, previous, numberColumn + 1, continuation: true);
                        }
                    }

                    if (aligned is null && c == 0 && numberColumn == 0 && chunks.Count == 1 && (namesALine ??= NoRowShortOfCells(lines, end, kinds.Count, header[0].Text.Trim()))
                        && UnitsALine(rowLines, kinds) is { } unitsALine)
                    {
                        // 1 | 开展长江岸线生态修复 | 市生态环境局 | 市水利局 | 市自然资源和规划局: more unit lines than unit
                        // columns, a name a line. In a table where some row prints a line a cell and none prints fewer
                        // (so no cell is merged down), the first stands under 牵头单位 whichever cell the others are in.
                        notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": row " + n + " prints its units a line each ("
                            + unitsALine[kinds.IndexOf(ColumnKind.Lead)].Text + "、" + unitsALine[kinds.IndexOf(ColumnKind.Support)].Text + "): the first read as its "
                            + header[kinds.IndexOf(ColumnKind.Lead)].Text + ", the others as its " + header[kinds.IndexOf(ColumnKind.Support)].Text));
                        aligned = unitsALine;
                    }

                    if (aligned is null && last && c == 0 && rows.Count(r => !r.Cells.Skip(1).All(x => x.IsMergedCopy)) >= 3)
                    {
                        // The last row cannot be placed (a group the cell words do not show as one, then the document's
                        // paragraphs): the rows before it stand, its lines stay text.
                        notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": the lines of row " + n
                            + " cannot be told apart into its " + kinds.Count + " columns, so the table ends before it and they are kept as text"));
                        table = new TableBlock(lines[start].Number, rows);
                        next = p;
                        return true;
                    }

                    var taskColumn = kinds.FindIndex(k => k is ColumnKind.Task or ColumnKind.Content);
                    if (aligned is null && c == 0 && numberColumn == 0 && chunks.Count == 1 && !last && q < lines.Count && Number(lines[q]) == n + 1 && taskColumn > numberColumn
                        && rowLines.Count >= 2 && rowLines.Count <= kinds.Count - numberColumn && !IsUnits(rowLines[1]) && !IsDate(rowLines[1]))
                    {
                        // 2 | 区属国有企业改革方案 | 按职责分工 |, between rows 1 and 3 that are read: the row's matter is its
                        // first line; what stands where its units should cannot be read, so it names nobody.
                        notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": the lines of row " + n
                            + " cannot be told apart into its " + kinds.Count + " columns: its first line is read as its matter, and it names no unit"));
                        aligned = Enumerable.Range(0, kinds.Count)
                            .Select(i => (i == numberColumn ? rowLines[0] : i == taskColumn ? rowLines[1] : string.Empty, false)).ToArray();
                    }

                    if (aligned is null)
                    {
                        notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": the lines of row " + n
                            + " cannot be told apart into its " + kinds.Count + " columns, so the table's rows are kept as text"));
                        next = end;
                        return true;
                    }

                    if (c == 0 && OneBodyUnderLeadAndSupport(aligned, kinds, numberColumn + 1, previous) is { } alone)
                    {
                        notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, heading + ": row " + n + " prints one body (" + alone + ") where the table has "
                            + header[kinds.IndexOf(ColumnKind.Lead)].Text + " and " + header[kinds.IndexOf(ColumnKind.Support)].Text + ": whether it leads (its "
                            + header[kinds.IndexOf(ColumnKind.Support)].Text + " empty) or supports the row above's lead merged down cannot be told, so the row names nobody"));
                    }

                    carried.AddRange(aligned.Select((a, i) => a.Merged && i != numberColumn && (c == 0 || i > numberColumn) ? header[i].Text : null).Where(h => h is not null)!);
                    built.Add(new TableRow(lines[p].Number, aligned.Select(a => new TableCell(a.Text == EmptyCell ? string.Empty : a.Text, a.Merged)).ToArray()));
                    previous = aligned.Select(a => a.Text).ToArray();
                }

                if (carried.Count > 0)
                {
                    notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Note, heading + ": row " + n + " does not print every cell; "
                        + string.Join("、", carried.Distinct()) + " read as merged from the row above"));
                }

                rows.AddRange(built);
                category = nextCategory;
                expected = n + 1;
                p = q + (nextCategory is null ? 0 : 1);
            }
            else if (IsHeading(lines, p, expected < 0 ? 1 : expected) || ((jumps || expected < 0) && IsHeading(lines, p, -1)) || (expected > 1 && IsHeading(lines, p, 1)))
            {
                // 二、民生实事 between rows: a heading that spans the table; the rows under it may number from 1 again.
                rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, kinds.Count).Select(c => new TableCell(lines[p].Text, c > 0)).ToArray()));
                if (Number(lines[p + 1]) == 1)
                {
                    expected = 1;
                }

                p++;
            }
            else
            {
                break;
            }
        }

        if (rows.Count(r => !r.Cells.Skip(1).All(c => c.IsMergedCopy)) < 2)
        {
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Warning, heading + ": no row starting with its 序号 number follows, so the lines are kept as text"));
            next = end;
            return true;
        }

        table = new TableBlock(lines[start].Number, rows);
        next = p;
        return true;
    }

    private static readonly Regex NumberedItem = new(@"^\s*\d{1,3}[.．、](?!\d)\S", RegexOptions.CultureInvariant);

    /// <summary>
    /// A table with no 序号 column copied one cell a line, every row a line a column (景区安全 / 开展…排查 / 资源开发股): each
    /// run of as many lines as the header has cells is a row where every cell is what its column holds (names of units
    /// under a unit column and nowhere else, a date under a deadline). The rows end at the first run that is not one.
    /// Null where fewer than two rows read so.
    /// </summary>
    private static (TableBlock Table, int Next)? RowsOfExactWidth(List<SourceLine> lines, int end, List<ColumnKind> kinds, List<SourceLine> header)
    {
        if (!kinds.Any(TableColumns.NamesUnits) || !kinds.Any(k => k is ColumnKind.Task or ColumnKind.Content))
        {
            return null;
        }

        bool Holds(SourceLine line, ColumnKind kind)
        {
            var text = line.Text.Trim();
            if (kind == ColumnKind.Number && line.Table is null)
            {
                return SubNumber.IsMatch(line.Folded.Trim()) || Number(line) is not null;
            }

            if (line.Table is not null || text.Length == 0 || Numbering.Read(line).Kind != NumberingKind.None)
            {
                return false;
            }

            // — in a unit or deadline column: the cell was empty.
            if (IsEmptyCellMark(line))
            {
                return TableColumns.NamesUnits(kind) || kind is ColumnKind.Deadline or ColumnKind.Remark or ColumnKind.Person or ColumnKind.None;
            }

            return kind switch
            {
                _ when TableColumns.NamesUnits(kind) => IsUnits(text),
                ColumnKind.Deadline => IsDate(text),
                ColumnKind.Task or ColumnKind.Content or ColumnKind.Category => !IsUnits(text) && !IsDate(text),
                _ => true,
            };
        }

        bool RowAt(int at, int width) => at + width <= lines.Count && Enumerable.Range(0, width).All(c => Holds(lines[at + c], kinds[c]));

        // A last column of remarks may be left empty, the row then a line short: it is, where the full reading would
        // take the next row's first line for the remark and the short one lets the next row read.
        var remarks = kinds[kinds.Count - 1] is ColumnKind.Remark or ColumnKind.None or ColumnKind.Person;
        int Width(int at)
        {
            var full = RowAt(at, kinds.Count);
            var shortRow = remarks && RowAt(at, kinds.Count - 1);
            if (full && (!shortRow || at + kinds.Count >= lines.Count || RowAt(at + kinds.Count, kinds.Count) || RowAt(at + kinds.Count, kinds.Count - 1) || !RowAt(at + kinds.Count - 1, kinds.Count - 1)))
            {
                return kinds.Count;
            }

            return shortRow ? kinds.Count - 1 : 0;
        }

        var rows = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        var p = end;
        for (var width = Width(p); width > 0; width = Width(p))
        {
            rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, kinds.Count).Select(c => new TableCell(c < width && !IsEmptyCellMark(lines[p + c]) ? lines[p + c].Text : string.Empty)).ToArray()));
            p += width;
        }

        return rows.Count >= 3 ? (new TableBlock(header[0].Number, rows), p) : null;
    }

    /// <summary>
    /// A table without a 序号 column whose task cells are numbered (1.妇女…, 2.提高…), copied one cell a paragraph: each
    /// row is a numbered line, the lines of its cell that follow (——bullets), and its unit names one a line. With one
    /// unit column the names are its cell; with two (主要责任单位 / 责任单位) the first name after the words stands in the
    /// first, the others in the second. A cell split into bullets each followed by its own names gives the names of all
    /// of them, where each run starts with the same first name; otherwise the row names none. Null where the lines do not
    /// read so (fewer than two rows).
    /// </summary>
    private static (TableBlock Table, int Next)? NumberedCells(List<SourceLine> lines, int start, List<ColumnKind> kinds, List<SourceLine> header, List<ImportNote> notes)
    {
        var words = kinds.FindIndex(k => k is ColumnKind.Task) is var t && t >= 0 ? t : kinds.FindIndex(k => k is ColumnKind.Content);
        var units = Enumerable.Range(0, kinds.Count).Where(j => TableColumns.NamesUnits(kinds[j])).ToList();
        if (words < 0 || units.Count is < 1 or > 2 || units.Any(u => u < words)
            || kinds.Where((k, j) => j != words && !units.Contains(j)).Any(k => k is not (ColumnKind.Category or ColumnKind.Content or ColumnKind.None or ColumnKind.Remark or ColumnKind.Deadline or ColumnKind.Person)))
        {
            return null;
        }

        // 完成时间 between the words and the units: a row's short last line before its names is its time (视需要办理).
        var timeBefore = Enumerable.Range(words + 1, units[0] - words - 1).Where(j => kinds[j] == ColumnKind.Deadline).DefaultIfEmpty(-1).First();

        // Columns after the units (完成时限, 经费来源, 备注): a row's short lines after its names, in order.
        var after = Enumerable.Range(units[units.Count - 1] + 1, kinds.Count - units[units.Count - 1] - 1).ToList();
        var rows = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        var local = new List<ImportNote>();
        var p = start;
        while (p < lines.Count && lines[p].Table is null && ((NumberedItem.IsMatch(lines[p].Text) && !IsUnits(lines[p].Text)) || NumberedCellsHeading(lines, p)))
        {
            if (!NumberedItem.IsMatch(lines[p].Text))
            {
                // 四、传染病防治 between rows: a heading that spans the table.
                rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, kinds.Count).Select(c => new TableCell(lines[p].Text, c > 0)).ToArray()));
                p++;
                continue;
            }

            var text = new List<string> { lines[p].Text.Trim() };
            var runs = new List<List<string>>();
            var afterCells = new List<string>();
            var q = p + 1;
            while (q < lines.Count && lines[q].Table is null && !NumberedItem.IsMatch(lines[q].Text) && !NumberedCellsHeading(lines, q) && q - p < 60)
            {
                var line = lines[q].Text.Trim();

                // 省人口计生 between names, printed short of its suffix: a name of the run all the same.
                // With columns after the units, a short last line before the next row is theirs (校内预算 under 经费来源).
                var inRun = runs.Count > 0 && IsUnits(lines[q - 1].Text) && line.Length <= 10 && line.All(ChineseText.IsHan)
                    && (q + 1 >= lines.Count || lines[q + 1].Table is not null || IsUnits(lines[q + 1].Text) || (after.Count == 0 && NumberedItem.IsMatch(lines[q + 1].Text)));
                if (IsUnits(line) || inRun)
                {
                    if (q == p + 1 || !(IsUnits(lines[q - 1].Text) || runs.Count > 0 && runs[runs.Count - 1].Contains(lines[q - 1].Text.Trim().TrimEnd('、', '，', ',', '；', ';', '。'))))
                    {
                        runs.Add(new List<string>());
                    }

                    runs[runs.Count - 1].Add(line.TrimEnd('、', '，', ',', '；', ';', '。'));
                }
                else if (runs.Count == 0 || line.StartsWith("—", System.StringComparison.Ordinal) || line.StartsWith("-", System.StringComparison.Ordinal))
                {
                    text.Add(line);
                }
                else if (afterCells.Count < after.Count && IsShortCell(line))
                {
                    afterCells.Add(line);
                }
                else
                {
                    break;
                }

                q++;
            }

            if (runs.Count == 0)
            {
                break;
            }

            var cells = Enumerable.Repeat(string.Empty, kinds.Count).ToArray();
            if (timeBefore >= 0 && text.Count >= 2 && (IsDate(text[text.Count - 1]) || (IsShortCell(text[text.Count - 1]) && TimeWords.Any(text[text.Count - 1].Contains))))
            {
                cells[timeBefore] = text[text.Count - 1];
                text.RemoveAt(text.Count - 1);
            }

            for (var a = 0; a < afterCells.Count; a++)
            {
                cells[after[a]] = afterCells[a];
            }

            cells[words] = string.Join("\n", text);
            if (units.Count == 1)
            {
                cells[units[0]] = string.Join("、", runs.SelectMany(r => r).Distinct());
            }
            else if (runs.Select(r => r[0]).Distinct().Count() == 1)
            {
                cells[units[0]] = runs[0][0];
                cells[units[1]] = string.Join("、", runs.SelectMany(r => r.Skip(1)).Where(n => n != runs[0][0]).Distinct());
            }
            else
            {
                local.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, "text copied out of a table (" + string.Join(" / ", header.Select(l => l.Text))
                    + "): the parts of " + text[0] + " each name their own units, first " + string.Join("、", runs.Select(r => r[0])) + ": which leads the task cannot be told, so it names none"));
            }

            rows.Add(new TableRow(lines[p].Number, cells.Select(x => new TableCell(x)).ToArray()));
            p = q;
        }

        if (rows.Count < 3)
        {
            return null;
        }

        notes.AddRange(local);
        return (new TableBlock(header[0].Number, rows), p);
    }

    // What a time cell says that a wrapped line of the matter does not (视需要办理, 每周办理, 全年, 持续推进).
    private static readonly string[] TimeWords = { "办理", "每", "月", "周", "年", "季度", "前", "后", "需要", "持续", "长期", "随时", "即时", "常态" };

    /// <summary>
    /// A row of more lines than columns where a cell wrapped: inside a name (区财政局、区农业农 then 村局, 各县 then
    /// （市、区）人民政府), the two lines are one cell (see <see cref="BrokenName"/>); in the one words column before the
    /// units (…收入增长5%左 then 右), the lines between the number and the first names are that cell.
    /// </summary>
    private static List<string> WithWrapsJoined(List<string> rowLines, List<ColumnKind> kinds, int numberColumn)
    {
        var width = kinds.Count - numberColumn;
        for (var i = 0; rowLines.Count > width && i + 1 < rowLines.Count; i++)
        {
            var (head, tail) = (rowLines[i].Trim(), rowLines[i + 1].Trim());
            if (BrokenName(head, tail))
            {
                rowLines = rowLines.Take(i).Append(head + tail).Concat(rowLines.Skip(i + 2)).ToList();
            }
        }

        // 市人力社保局、市财政局、 then 市税务局: a cell of names broken after a list's comma goes on on the next line.
        for (var i = 1; rowLines.Count > width && i + 1 < rowLines.Count; i++)
        {
            var (head, tail) = (rowLines[i].Trim(), rowLines[i + 1].Trim());
            if (head.Length > 1 && head[head.Length - 1] is '、' or '，' or ',' && IsUnits(head.Substring(0, head.Length - 1)) && IsUnits(tail))
            {
                rowLines = rowLines.Take(i).Append(head + tail).Concat(rowLines.Skip(i + 2)).ToList();
                i--;
            }
        }

        // 开展集体经济合同清理规范， then 建立农村产权交易平台: a cell of words that stops at a comma goes on on the next
        // line, where the row has more lines than columns.
        for (var i = 1; rowLines.Count > width && i + 1 < rowLines.Count; i++)
        {
            var (head, tail) = (rowLines[i].Trim(), rowLines[i + 1].Trim());
            if (head.Length > 0 && head[head.Length - 1] is '，' or ',' or '、' or '；' && tail.Length > 0 && tail != EmptyCell && !IsUnits(head) && !IsUnits(tail) && !IsDate(tail))
            {
                rowLines = rowLines.Take(i).Append(head + tail).Concat(rowLines.Skip(i + 2)).ToList();
                i--;
            }
        }

        // 序号 / 重点任务 / 牵头单位 …: the number, one words column, then the names.
        var firstUnits = kinds.FindIndex(TableColumns.NamesUnits);
        if (rowLines.Count <= width || numberColumn != 0 || firstUnits != 2 || kinds[1] is not (ColumnKind.Task or ColumnKind.Content) || rowLines.Count < 3)
        {
            return rowLines;
        }

        // The number's line, then the words' lines up to the first line of names; a short last line that is a name's start
        // with the names' line (城关 then 镇人民政府, 东城街 then 道办事处) is the name, not the words.
        // The names' column stands right after the words: the first line of names ends them, not a line of words that
        // holds a date (征至2020年6月底); a date ends them only in a row that prints no name.
        var names = rowLines.FindIndex(1, l => IsUnits(l) || l.Trim() == EmptyCell);
        names = names >= 0 ? names : rowLines.FindIndex(1, IsDate);
        if (names >= 3 && rowLines[names - 1].Trim() is { Length: <= MaxNameStart } start && start.All(ChineseText.IsHan) && IsUnits(rowLines[names])
            && NoPlaceOfItsOwn(rowLines[names].Trim().Split('、')[0])
            && IsUnits(start + rowLines[names].Trim()))
        {
            rowLines = rowLines.Take(names - 1).Append(start + rowLines[names].Trim()).Concat(rowLines.Skip(names + 1)).ToList();
            names--;
        }

        var extra = rowLines.Count - width;
        if (names < 3 || names - 2 > extra)
        {
            return rowLines;
        }

        return rowLines.Take(1).Append(string.Concat(rowLines.Skip(1).Take(names - 1).Select(l => l.Trim()))).Concat(rowLines.Skip(names)).ToList();
    }

    // Two lines of names only, the head's last a name's start by its level, that are names together and not each alone
    // (a bracket opens no cell of names; 王某某 then 文化股 are a person and a body).
    private static bool BrokenName(string head, string tail)
    {
        static bool NamesOnly(string text) => text.All(c => ChineseText.IsHan(c) || "、（）()".IndexOf(c) >= 0);
        if (head.Length < 2 || tail.Length is < 1 or > MaxNameTail || head == EmptyCell || tail == EmptyCell || !NamesOnly(head) || !NamesOnly(tail)
            || !(ChineseText.IsHan(tail[0]) || tail[0] is '（' or '(') || !(ChineseText.IsHan(head[head.Length - 1]) || head[head.Length - 1] == '、')
            || !OpensName(LastName(head)))
        {
            return false;
        }

        var apart = IsUnits(head) && IsUnits(tail) && tail[0] is not ('（' or '(') && LastName(head).Length >= 2 && IsUnits(LastName(head));
        return !apart && IsUnits(head + tail);
    }

    private const int MaxNameTail = 30;

    private const int MaxNameStart = 6;

    // 镇人民政府, 道办事处: a line that cannot name a body alone (a level's government without its place, or no level at
    // all); 县农业农村局 can, and the short line before it is the task's (…示范带 / 茶山).
    private static bool NoPlaceOfItsOwn(string name)
        => !OpensName(name) || System.Text.RegularExpressions.Regex.IsMatch(ChineseText.Fold(name), "^[省市县区镇乡](?:人民政府|政府|党委|委员会|管委会)$");

    private static string LastName(string names) => names.Substring(names.LastIndexOf('、') + 1);

    // 市住房和城乡建, 各县, 区农业农: a name's start by its level; not 王某某 or a project's name before the names.
    private static bool OpensName(string piece) => piece.Length > 0 && (UnitShape.LevelPrefixes.IndexOf(piece[0]) >= 0 || piece[0] == '各');

    // A cell of a few words after a row's names (无, 校内经费, 12月底前): no sentence, no names, no numbered item.
    private static bool IsShortCell(string line)
        => line.Length <= 12 && line.IndexOf('。') < 0 && !IsUnits(line) && !NumberedItem.IsMatch(line) && !StartsNumbered(SourceLine.Of(0, line));

    // 四、传染病防治 over the numbered rows of a table without 序号: a heading spanning it, the next line a numbered row.
    // Not 三、保障措施 after the table, whose numbered items name no body: the next row must print its names.
    private static bool NumberedCellsHeading(List<SourceLine> lines, int at)
    {
        if (!(at + 1 < lines.Count && lines[at].Table is null && StartsNumbered(lines[at]) && lines[at].Text.Trim().Length <= 40
            && lines[at + 1].Table is null && NumberedItem.IsMatch(lines[at + 1].Text)))
        {
            return false;
        }

        for (var k = at + 2; k < lines.Count && k < at + 60 && lines[k].Table is null && !NumberedItem.IsMatch(lines[k].Text) && !StartsNumbered(lines[k]); k++)
        {
            if (IsUnits(lines[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // The rows numbered on from start (up to the header printed again on the next page), but the last: some print
    // exactly a line a column, none fewer.
    private static bool NoRowShortOfCells(List<SourceLine> lines, int start, int width, string headerStart)
    {
        var rows = new List<int>();
        var first = start < lines.Count ? Number(lines[start]) ?? 1 : 1;
        var k = start;
        for (; k < lines.Count && lines[k].Table is null && k - (rows.Count > 0 ? rows[rows.Count - 1] : start) <= 4 * width
            && lines[k].Text.Trim() != headerStart; k++)
        {
            if (Number(lines[k]) == first + rows.Count)
            {
                rows.Add(k);
            }
        }

        // The header printed again ends the last row before it.
        var spans = Enumerable.Range(0, System.Math.Max(0, rows.Count - 1)).Select(r => rows[r + 1] - rows[r]).ToList();
        if (rows.Count > 0 && k < lines.Count && lines[k].Text.Trim() == headerStart)
        {
            spans.Add(k - rows[rows.Count - 1]);
        }

        return spans.Contains(width) && spans.All(s => s >= width);
    }

    // 序号 / 任务 (/ 具体措施) / 牵头单位 / 配合单位 (/ 完成时限 / 备注) with a row of its number, its words, more names
    // a line than its two unit columns, then its other cells: the first name its lead, the others its supports. Null for
    // any other header or row.
    private static (string Text, bool Merged)[]? UnitsALine(List<string> rowLines, List<ColumnKind> kinds)
    {
        var lead = kinds.IndexOf(ColumnKind.Lead);
        if (kinds[0] != ColumnKind.Number || lead < 2 || lead + 1 >= kinds.Count || kinds[lead + 1] != ColumnKind.Support
            || !kinds.Skip(1).Take(lead - 1).All(k => k is ColumnKind.Task or ColumnKind.Content)
            || !kinds.Skip(lead + 2).All(k => k is ColumnKind.Deadline or ColumnKind.Remark))
        {
            return null;
        }

        var tail = kinds.Count - lead - 2;
        var names = rowLines.Count - lead - tail;
        if (names < 3 || rowLines.Contains(EmptyCell)
            || rowLines.Skip(1).Take(lead - 1).Any(l => IsUnits(l) || IsDate(l))
            || !rowLines.Skip(lead).Take(names).All(l => IsUnits(l) && l.IndexOf('、') < 0)
            || rowLines.Skip(lead + names).Any(IsUnits))
        {
            return null;
        }

        return rowLines.Take(lead).Select(l => (l, false))
            .Append((rowLines[lead], false))
            .Append((string.Join("、", rowLines.Skip(lead + 1).Take(names - 1)), false))
            .Concat(rowLines.Skip(lead + names).Select(l => (l, false)))
            .ToArray();
    }

    // A row's lines in runs: a new run starts where words follow units or a date (the next measure of a merged task).
    private static List<List<string>> Chunks(List<string> cells, bool hasPerson)
    {
        var chunks = new List<List<string>> { new() { cells[0] } };
        var sawOther = false;
        var sawWords = false;
        for (var i = 1; i < cells.Count; i++)
        {
            // A person's name after the deadline (责任领导) is the row's, not a next measure; before the row's first words
            // (3 / 文化产业 / 培育…) two to four characters are its category.
            var isWords = !IsUnits(cells[i]) && !IsDate(cells[i]) && !(hasPerson && sawWords && IsPersons(cells[i]));
            if (isWords && sawOther)
            {
                chunks.Add(new List<string>());
                sawOther = false;
            }

            sawWords |= isWords;
            sawOther |= !isWords;
            chunks[chunks.Count - 1].Add(cells[i]);
        }

        return chunks;
    }

    /// <summary>
    /// A row's cells with runs joined, or null where nothing joins: a run of unit names where the table has one unit
    /// column is that column's cell (each name a paragraph of it; with two, which name stands where cannot be told); where the words are still more than the word columns, the lines after the first run of words are one cell.
    /// </summary>
    private static List<string>? Squeezed(List<string> cells, List<ColumnKind> kinds, int given)
    {
        var unitColumns = kinds.Count(TableColumns.NamesBodies);
        var result = cells.Take(given).ToList();
        var changed = false;
        for (var i = given; i < cells.Count;)
        {
            var j = i;
            while (j < cells.Count && IsUnits(cells[j]))
            {
                j++;
            }

            // Only where one column names units: with two (牵头 / 配合), which names stand in which cannot be told.
            if (j - i > 1 && unitColumns == 1)
            {
                result.Add(string.Join("、", cells.Skip(i).Take(j - i).Select(x => x.Trim().TrimEnd('、', '，', ',', '；', ';'))));
                changed = true;
                i = j;
                continue;
            }

            if (j > i)
            {
                result.AddRange(cells.Skip(i).Take(j - i));
                i = j;
                continue;
            }

            result.Add(cells[i]);
            i++;
        }

        var wordColumns = kinds.Count(k => k is ColumnKind.Task or ColumnKind.Content or ColumnKind.None);
        var words = Enumerable.Range(given, result.Count - given).TakeWhile(x => !IsUnits(result[x]) && !IsDate(result[x])).Count();
        if (words > wordColumns && wordColumns >= 2)
        {
            // 事项名称 then 需履行的程序 over four lines: the task is the first line, the rest the next words column's.
            var keep = given + wordColumns - 1;
            var joined = string.Concat(result.Skip(keep).Take(given + words - keep).Select(x => x.Trim()));
            result = result.Take(keep).Concat(new[] { joined }).Concat(result.Skip(given + words)).ToList();
            changed = true;
        }

        return changed ? result : null;
    }

    // 夏某某, 王 某 李某某: people's names, short, no sentence in them.
    private static bool IsPersons(string cell)
    {
        var folded = ChineseText.Fold(cell).Trim();
        var names = folded.Split(new[] { ' ', '\u3000', '、', '，', ',' }, System.StringSplitOptions.RemoveEmptyEntries);
        // 区委常委、组织部部长 钱宏: a person named with the posts held, as a ledger's 责任领导 cell prints them.
        return folded.Length > 0 && folded.Replace(" ", string.Empty).Length <= 24 && names.All(n => (n.Length <= 4 && n.All(ChineseText.IsHan)) || UnitShape.IsPost(n))
            && (folded.Replace(" ", string.Empty).Length <= 12 || names.Any(UnitShape.IsPost)) && !IsUnits(cell);
    }

    private static List<string> Prefixed(List<string> cells, string? category, int numberColumn)
    {
        var result = new List<string>();
        for (var i = 0; i < numberColumn; i++)
        {
            result.Add(category ?? string.Empty);
        }

        result.AddRange(cells);
        return result;
    }

    // 建设地点, 年度投资金额（万元）: short words with no sentence's punctuation, as a header cell is. A cell that tabs or
    // bars set apart may be longer (2025年计划投资（亿元）): its ends are printed, not guessed.
    private static bool IsHeaderWords(SourceLine line, int longest = 12)
        => (TableColumns.WithoutPinyin(line.Folded).Length <= longest && !line.Folded.Any(c => "、，,。；;：:".IndexOf(c) >= 0) && !IsUnits(line.Text) && !IsDate(line.Text))
            || IsQuestion(line);

    // 是否需履行公众参与、风险评估等决策程序: a yes/no column of a decision list asks its question in the header.
    private static bool IsQuestion(SourceLine line)
        => line.Folded.TrimStart().StartsWith("是否", System.StringComparison.Ordinal) && TableColumns.WithoutPinyin(line.Folded).Trim().Length <= 30 && !line.Folded.Any(c => "。；;：:".IndexOf(c) >= 0);

    private static bool IsCategory(SourceLine line)
        => line.Table is null && line.Text.Length <= 8 && Number(line) is null && !line.Folded.Any(c => char.IsDigit(c) || "、，,。；;：:".IndexOf(c) >= 0)
            && !IsUnits(line.Text) && !IsDate(line.Text);

    /// <summary>
    /// Places a row's cells (a merged cell is copied out once, in its first row) in its columns: in order, each in a
    /// column whose kind fits (names of units under 牵头单位, a date under 完成时限, words elsewhere), later columns first
    /// (merged cells are the grouping ones, on the left); the columns left over carry the row above's cell, or are
    /// empty in the first row. The columns before <paramref name="from"/> are given (category, 序号), or carried in a
    /// <paramref name="continuation"/> row. Null where no such placing exists.
    /// </summary>
    private static (string Text, bool Merged)[]? Align(List<string> cells, List<ColumnKind> kinds, string[]? previous, int from, bool continuation = false)
    {
        var m = kinds.Count;
        var given = continuation ? 0 : from;
        var rest = cells.Skip(given).ToList();
        var n = rest.Count;
        if (given + n > m || (continuation && previous is null))
        {
            return null;
        }

        // fits[i, j]: cells i.. can be placed in columns j...
        var fits = new bool[n + 1, m + 1];
        for (var j = 0; j <= m; j++)
        {
            fits[n, j] = true;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= from; j--)
            {
                fits[i, j] = fits[i, j + 1] || (Fits(rest[i], kinds[j]) && fits[i + 1, j + 1]);
            }
        }

        if (!fits[0, from])
        {
            return null;
        }

        string Carry(int j) => previous is null ? string.Empty : previous[j];
        var placed = new (string Text, bool Merged)[m];
        for (var j = 0; j < from; j++)
        {
            placed[j] = continuation ? (Carry(j), true) : (cells[j], false);
        }

        // 5 / 文化产业 / 培育规模以上文化服务企业1家。 under 序号 | 指标 | 工作任务: a row opening a new category prints it
        // before its work, which would otherwise stand under the remark.
        var categoryColumn = kinds.FindIndex(from, k => k is ColumnKind.Category or ColumnKind.Content or ColumnKind.Task);
        var workColumn = categoryColumn < 0 ? -1 : kinds.FindIndex(categoryColumn + 1, k => k is ColumnKind.Task or ColumnKind.Content);
        var categoryFirst = !continuation && workColumn > categoryColumn && n >= 2 && IsCategoryWords(rest[0]) && Fits(rest[1], kinds[workColumn])
            && rest[1].Length > rest[0].Length && fits[2, workColumn + 1];

        var column = from;
        for (var i = 0; i < n; i++)
        {
            // Words go to a task or content column before a remark's, a person's or an unnamed one (a row printing only
            // its task leaves its remark empty, not its task).
            var chosen = categoryFirst && i < 2 ? (i == 0 ? categoryColumn : workColumn) : -1;
            for (var pass = 0; pass < 2 && chosen < 0; pass++)
            {
                for (var j = m - 1 - (n - 1 - i); j >= column; j--)
                {
                    if ((pass == 1 || kinds[j] is not (ColumnKind.Remark or ColumnKind.Person or ColumnKind.None) || IsUnits(rest[i]) || IsDate(rest[i]))
                        && Fits(rest[i], kinds[j]) && fits[i + 1, j + 1])
                    {
                        chosen = j;
                        break;
                    }
                }
            }

            if (chosen < 0)
            {
                return null;
            }

            for (var j = column; j < chosen; j++)
            {
                placed[j] = (Carry(j), previous is not null);
            }

            placed[chosen] = (rest[i], false);
            column = chosen + 1;
        }

        for (var j = column; j < m; j++)
        {
            placed[j] = (Carry(j), previous is not null);
        }

        for (var j = from; j < m; j++)
        {
            // A 备注 the row does not print is empty far more often than merged down (新增 / 续建 marks a row of its own).
            if (kinds[j] == ColumnKind.Remark && placed[j].Merged && !continuation)
            {
                placed[j] = (string.Empty, false);
            }
        }

        // A row that prints no unit at all may share a merged cell with any row above, or have none: in copied-out text
        // the two look alike, so it names no unit rather than a guessed one.
        if (!rest.Any(IsUnits))
        {
            for (var j = from; j < m; j++)
            {
                if (TableColumns.NamesUnits(kinds[j]) && placed[j].Merged)
                {
                    placed[j] = (string.Empty, false);
                }
            }
        }

        return placed;
    }

    /// <summary>
    /// 4 / 加快建设县城供水管网 / 县水务集团 / 2025年11月底 under 牵头单位 | 配合单位: one body where the table has both. A
    /// 牵头单位 merged down from the row above and an empty 配合单位 leave the same lines, and which it is decides whether the
    /// body leads; as the other readers of copied-out tables do (a paragraph a cell, a layout), such a row names nobody
    /// and the body is returned for the warning. The row above's lead printed again is the lead; its support printed
    /// again, a list or a group is the support of the lead merged down. Null where the row is none of these.
    /// </summary>
    private static string? OneBodyUnderLeadAndSupport((string Text, bool Merged)[] placed, List<ColumnKind> kinds, int from, string[]? previous)
    {
        var lead = kinds.IndexOf(ColumnKind.Lead);
        var support = kinds.IndexOf(ColumnKind.Support);
        if (previous is null || lead < from || support != lead + 1 || !placed[lead].Merged || placed[lead].Text.Length == 0 || placed[support].Merged
            || Enumerable.Range(from, lead - from).Any(j => placed[j].Merged || placed[j].Text.Length == 0))
        {
            return null;
        }

        var names = ClauseReader.Names(placed[support].Text, ChineseText.Fold(placed[support].Text));
        var above = ClauseReader.Names(previous[support], ChineseText.Fold(previous[support])).Select(n => n.Name.Trim()).ToList();
        if (names.Count != 1 || UnitShape.IsGroup(names[0].Name) || above.Contains(names[0].Name.Trim()))
        {
            return null;
        }

        var body = placed[support].Text;
        var sameLead = names[0].Name.Trim() == placed[lead].Text.Trim();
        placed[lead] = (sameLead ? body : string.Empty, false);
        placed[support] = (string.Empty, false);
        return sameLead ? null : body;
    }

    // 文化产业, 旅游宣传和旅游收入: a few words naming a kind of work, no sentence, no body, no date.
    private static bool IsCategoryWords(string cell)
    {
        var folded = ChineseText.Fold(cell).Trim();
        return folded.Length is >= 2 and <= 12 && folded.IndexOfAny(new[] { '。', '，', ',', '；', ';', '：', ':' }) < 0 && !IsUnits(cell) && !IsDate(cell) && PageChrome.BareNumber(folded) is null;
    }

    private static bool Fits(string cell, ColumnKind kind)
    {
        var folded = ChineseText.Fold(cell).Trim();
        if (folded is "无" or "/" or "／" or "-" or "—" or "——" or "－" or EmptyCell)
        {
            return true;
        }

        var isUnits = IsUnits(cell);
        var isDate = IsDate(cell);
        return kind switch
        {
            ColumnKind.None => true,
            _ when TableColumns.NamesBodies(kind) => isUnits,
            ColumnKind.Deadline => isDate,
            ColumnKind.Person => IsPersons(cell),
            _ => !isUnits && !isDate,
        };
    }

    /// <summary>True where a cell (or a line) holds the names of bodies and nothing else.</summary>
    internal static bool IsUnits(string cell)
    {
        // 縣電視臺(tái): a mirror's pinyin inside a name says nothing of what the name is.
        cell = TableColumns.WithoutPinyin(cell);

        // 应急处、疾控处等按职责分工落实: the bodies, and what the cell says they do.
        cell = DutyTail.Replace(cell.Trim(), string.Empty);
        var folded = ChineseText.Fold(cell).Trim();
        var names = ClauseReader.Names(cell, folded);

        // 开工建设社区老年学校。: a sentence saying what is to be built, not the body that builds it; so too a list of
        // places to build in (建成投用桥墩镇、赤溪镇等3家中心敬老院), however many names it holds, and a count of things.
        if ((names.Count == 1 && folded.EndsWith("。", System.StringComparison.Ordinal) && UnitShape.ActionAt(folded, 0) > 0)
            || BuildVerbs.Any(v => folded.StartsWith(v, System.StringComparison.Ordinal)) || CountOfThings.IsMatch(folded))
        {
            return false;
        }

        if (names.Count > 0 && names.All(n => UnitShape.IsOrganisation(Unmarked(n.Name))))
        {
            return true;
        }

        // 区教育局　张某, 区住建局 王五、区城管局 赵六: bodies with their people, as a 责任单位及责任人 cell prints them.
        var bodies = TableReader.BodiesBesidePersons(cell);
        return bodies.Length > 0 && bodies != cell.Trim() && UnitShape.IsOrganisation(cell.Trim().Split(' ', '　', '（', '(', '、')[0])
            && ClauseReader.Names(bodies, ChineseText.Fold(bodies)).All(n => UnitShape.IsOrganisation(n.Name));
    }

    private static readonly Regex DutyTail = new(@"(?<=[\u4E00-\u9FFF）)])(?:等)?(?:按职责分工|按职责|分工)(?:落实|负责|抓好落实|配合)?[。.]?$", RegexOptions.CultureInvariant);

    private static readonly string[] BuildVerbs = { "开工", "建成", "完成", "迁建", "续建", "改建", "扩建", "投用", "启用" };

    // 等3家, 等12所: "and the rest, so many in all", after places a work is done in.
    private static readonly Regex CountOfThings = new(@"等\d+[家所个座条处项]", RegexOptions.CultureInvariant);

    // 2024年10月底, 6月底前, 每季度, 长期坚持, 全年: a deadline, the whole of the cell or nearly.
    internal static bool IsDate(string cell)
    {
        var folded = ChineseText.Fold(cell).Trim();
        if (folded.Length == 0 || folded.Length > 16)
        {
            return false;
        }

        if (Regex.IsMatch(folded, @"^(?:19|20)\d{2}年?(?:度|全年)?$"))
        {
            return true;
        }

        // 2021.12, 2022-6, 2021/10/31: a month written in figures, as a date column does.
        if (Regex.IsMatch(folded, @"^(?:19|20)\d{2}[.．\-/](?:0?[1-9]|1[0-2])(?:[.．\-/](?:0?[1-9]|[12]\d|3[01]))?(?:前|以前|底前|底)?$"))
        {
            return true;
        }

        // 5月底前动工, 9月投入使用: a month and what is to happen by then, a deadline cell.
        if (folded.Length <= 8 && Regex.IsMatch(folded, @"^(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份)?(?:底|末|初|上旬|中旬|下旬)?(?:前|以前)?[\u4E00-\u9FFF]{0,4}$"))
        {
            return true;
        }

        if (folded.Length <= 6 && (folded.StartsWith("每", System.StringComparison.Ordinal) || folded.Contains("长期") || folded.Contains("持续") || folded.Contains("常态") || folded.Contains("全年") || folded.Contains("年内")))
        {
            return true;
        }

        return DeadlineFinder.FindInField(cell, 2000) is { } due && due.Length * 10 >= folded.Length * 6;
    }

    // 市民政局（牵头）: the name without the role written after it.
    private static string Unmarked(string name)
    {
        var open = name.LastIndexOfAny(new[] { '(', '（' });
        return open > 1 && RoleWords.HasRole(ChineseText.Fold(name.Substring(open))) ? name.Substring(0, open) : name;
    }

    private static bool OneRowPerLine(List<SourceLine> lines, int start, List<ImportNote> notes, out TableBlock? table, out int next)
    {
        table = null;
        next = start;
        var header = Cells(lines[start]);
        var marked = lines[start].Text.IndexOfAny(new[] { '|', '｜', '\t' }) >= 0;
        if (header is not null && marked)
        {
            // 起止日期 | 主要工作 | 责任处室 | |: a copy's empty cells at the row's end are its bars, no columns.
            header = WithoutEmptyEnd(header);
        }

        if (header is null || header.Length < (marked ? 2 : 3) || header.Any(h => h.Length == 0))
        {
            return false;
        }

        var firstRow = start + 1;
        if (start + 2 < lines.Count && Cells(lines[start + 1]) is { Length: > 0 } wrapped && wrapped.All(h => h.Length > 0)
            && wrapped.All(h => TableColumns.Classify(h) != ColumnKind.None || IsHeaderWords(SourceLine.Of(lines[start + 1].Number, h)))
            && Cells(lines[start + 2]) is { } row && row.Length == header.Length + wrapped.Length)
        {
            // A header too wide for the page goes on on the next line (是否履行听证程序 | 是否履行专家论证 |), the rows under
            // it one line each.
            header = header.Concat(wrapped).ToArray();
            firstRow = start + 2;
        }
        else if (marked && start + 2 < lines.Count && Cells(lines[start + 1]) is { } pieces && UnderFirstCell(lines[start + 1], WithoutEmptyEnd(pieces), header.Length) is var below
            && below.Length == header.Length && below[0].Length == 0 && below.Any(p => p.Length > 0) && below.All(p => p.Length <= 4 && PageChrome.BareNumber(p) is null)
            && Cells(lines[start + 2]) is { } under && WithoutEmptyEnd(under).Length == header.Length)
        {
            // 序号 | 重点 | 具体措施 | 责任 | 配合 | 完成 over  | 任务 | | 单位 | 单位 | 时限: header cells wrapped onto a second
            // line, column by column.
            header = header.Select((h, j) => h + below[j]).ToArray();
            firstRow = start + 2;
        }

        var kinds = header.Select(TableColumns.Classify).ToList();
        if (!kinds.Any(IsRole) && MisnamedUnitColumn(lines, start, header, kinds) is { } misnamed)
        {
            // 序号 | 事项名称 | 事项名称 | 完成时间 over rows whose second 事项名称 is a body's name, every row: the header
            // repeats a column's name where the unit column's stands.
            notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Note, "the table's header names a column " + header[misnamed] + " twice; the second's cells are all names of bodies, read as its 责任单位"));
            header = header.ToArray();
            header[misnamed] = "责任单位";
            kinds[misnamed] = ColumnKind.Accountable;
        }

        // A column the table words do not name (实施计划, 建设地点) beside three they do: a header still, its words short.
        var unnamed = header.Where((h, j) => kinds[j] == ColumnKind.None).ToList();

        // 序号 | 项目名称 | over numbered rows, its cells apart by bars or tabs: a list of projects that names nobody
        // (民生实事), whose rows are tasks still; every header cell a column the table words name.
        var nobody = marked && kinds[0] == ColumnKind.Number && unnamed.Count == 0 && !kinds.Any(IsRole);
        if ((unnamed.Count > 0 && (kinds.Count(k => k != ColumnKind.None) < 3 || !unnamed.All(h => IsHeaderWords(SourceLine.Of(lines[start].Number, h), marked ? 20 : 12))))
            || !TableColumns.IsHeader(kinds) || (!kinds.Any(IsRole) && !nobody) || (header.Length < 3 && !nobody))
        {
            return false;
        }

        var rows = new List<TableRow> { new(lines[start].Number, header.Select(c => new TableCell(c)).ToArray()) };
        var p = firstRow;
        var tabbed = lines[start].Text.IndexOf('\t') >= 0;
        var headerEndsWithBar = EndsWithBar(lines[start]);

        // 序号 | 重点任务 | … | as a portal prints it, then ` |  | 开展… |  | X |` under a merged 序号: with no bar before the
        // header's first cell, a row's first bar closes an empty first cell.
        var headerOpensWithBar = lines[start].Text.TrimStart() is { Length: > 0 } headerText && headerText[0] is '|' or '｜';
        while (p < lines.Count)
        {
            if (CategoryBetweenRows(lines, p))
            {
                // 序号⇥工作任务⇥牵头单位 … then 二、强化服务保障 on a line of its own between rows: a row across the table,
                // a section of its tasks.
                var category = lines[p].Text.Trim();
                rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, header.Length).Select(j => new TableCell(category, j > 0)).ToArray()));
                p++;
                continue;
            }

            if (rows.Count > 1 && Cells(lines[p]) is { Length: > 1 } sums && TotalWords.Contains(sums[0].Trim()))
            {
                // 小计    77.7    23.5 under a category's rows: the sum, no task; the rows after it go on.
                rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, header.Length).Select(j => new TableCell(j == 0 ? sums[0].Trim() : j == 1 ? string.Join(" ", sums.Skip(1)) : string.Empty)).ToArray()));
                p++;
                continue;
            }

            if (marked && !tabbed && rows.Count > 1 && kinds[0] == ColumnKind.Number && WordsGoingOn(lines[p], lines[start]) is { } more
                && kinds.FindIndex(k => k is ColumnKind.Task or ColumnKind.Content) is var words and >= 0)
            {
                // 新增学位810个 | ||||| under row 1: the row's task cell printed on a line of its own with the header's
                // bars, its number and other cells merged: the words go on, no task of their own.
                var last = rows[rows.Count - 1];
                rows[rows.Count - 1] = new TableRow(last.Line, last.Cells.Select((c, j) => j == words ? new TableCell(c.Text + "\n" + more) : c).ToArray());
                p++;
                continue;
            }

            if (tabbed && rows.Count > 1 && kinds[0] == ColumnKind.Number && TabbedWrap(lines[p], kinds, rows[rows.Count - 1]) is { } wrap)
            {
                // 1⇥推进…，一季度⇥刘志强⇥县交通运输局（牵头） then ⇥完成沿线征地拆迁⇥⇥县自然资源局: a spreadsheet's wrapped
                // cells copied as a line of their own under their row, its number cell empty: the row's words go on.
                var last = rows[rows.Count - 1];
                rows[rows.Count - 1] = new TableRow(last.Line, last.Cells.Select((c, j) => j < wrap.Length && wrap[j].Length > 0
                    ? new TableCell(WrappedCells.Joined(c.Text, wrap[j], IsRole(kinds[j]))) : c).ToArray());
                p++;
                continue;
            }

            if (tabbed && rows.Count > 1 && kinds[0] == ColumnKind.Number && lines[p].Text.IndexOf('\t') < 0 && lines[p].Text.Trim().Length > 0
                && p + 1 < lines.Count && Cells(lines[p + 1]) is { Length: > 1 } nextRow && Number(SourceLine.Of(lines[p + 1].Number, nextRow[0])) is { } following
                && Number(SourceLine.Of(rows[rows.Count - 1].Line, rows[rows.Count - 1].Cells[0].Text)) is { } above && following == above + 1
                && kinds.FindIndex(k => k is ColumnKind.Task or ColumnKind.Content) is var noteColumn and >= 0)
            {
                // 2⇥…, then （另附说明） on a line of its own, then 3⇥…: a line set between two rows that follow on is the row
                // above's words; the table goes on (it ended there, and its later rows were lost with no word said).
                var last = rows[rows.Count - 1];
                rows[rows.Count - 1] = new TableRow(last.Line, last.Cells.Select((c, j) => j == noteColumn ? new TableCell(c.Text + "\n" + lines[p].Text.Trim()) : c).ToArray());
                p++;
                continue;
            }

            if (tabbed && kinds[0] == ColumnKind.Number && BrokenTabbedRow(lines, p, header.Length) is { } whole)
            {
                // 1⇥推进老旧小区改造工作，重点做好 then 加装电梯⇥市住建局⇥市财政局: a cell's line break copied unquoted parts the
                // row in two; the second line's first words go on in the cell the first line ends with.
                rows.Add(new TableRow(lines[p].Number, whole.Select(c => new TableCell(c)).ToArray()));
                p += 2;
                continue;
            }

            if (Cells(lines[p]) is not { } printed
                || (EmptyLastCell(lines[p], printed, header.Length, headerEndsWithBar)
                    ?? (marked && !tabbed && rows.Count > 1 ? RightOfMergedCells(lines[p], lines[start], printed, kinds) : null)
                    ?? RowCells(LeadingEmptyCells(lines[p], headerOpensWithBar ? printed : UnderFirstCell(lines[p], printed, header.Length), header.Length, tabbed), header, kinds, tabbed)) is not { } cells)
            {
                break;
            }

            // | --- | --- | under a markdown header is no row; a tabbed row's empty cells at its end were trimmed away;
            // 2 | 无 | is no task.
            if (cells.Length > 0 && !SaysNone(cells))
            {
                var all = WithoutEmptyEnd(printed);
                rows.Add(new TableRow(lines[p].Number, cells.Concat(Enumerable.Repeat(string.Empty, header.Length - cells.Length)).Select(c => new TableCell(c)).ToArray())
                {
                    Unheaded = all.Length > header.Length && kinds[kinds.Count - 1] == ColumnKind.Lead && cells.SequenceEqual(all.Take(header.Length))
                        ? all.Skip(header.Length).ToArray()
                        : System.Array.Empty<string>(),
                });
            }

            p++;
        }

        if (rows.Count < 2 || (nobody && rows.Skip(1).Any(r => Number(SourceLine.Of(r.Line, r.Cells[0].Text)) is null)))
        {
            return false;
        }

        if (marked && p < lines.Count && lines[p].Text.IndexOfAny(new[] { '|', '｜' }) >= 0 && Cells(lines[p]) is { Length: > 1 })
        {
            // A row whose cells cannot be placed under the header's columns: the lines from it on stay text, and the user
            // is told which, rather than a row read under the wrong columns.
            notes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning,
                "this table row's cells could not be placed under the header's columns (" + string.Join(" | ", header.Take(8)) + (header.Length > 8 ? " | …" : string.Empty)
                + "): the table ends above it and the lines from here stay text"));
        }

        table = new TableBlock(lines[start].Number, rows);
        next = p;
        return true;
    }

    private static readonly string[] TotalWords = { "小计", "合计", "总计", "共计" };

    // ⇥面积8万平方米 or ⇥⇥⇥县水利局、县城管局: a tabbed line opening with an empty number cell, no wider than the header,
    // that starts no row of its own (no number, no whole row of cells).
    // A tabbed row that opens with its number and prints fewer cells than the header, and the line under it, with no
    // tab before it and no number, printing the rest: one row, or null.
    private static string[]? BrokenTabbedRow(List<SourceLine> lines, int p, int width)
    {
        if (p + 1 >= lines.Count || lines[p + 1].LeadingTabs > 0 || Cells(lines[p]) is not { } first || Cells(lines[p + 1]) is not { } rest
            || first.Length < 2 || first.Length >= width || first.Length + rest.Length - 1 != width
            || Number(SourceLine.Of(lines[p].Number, first[0])) is null || Number(SourceLine.Of(lines[p + 1].Number, rest[0])) is not null
            || first.Concat(rest).Any(c => c.Length == 0) || !IsUnits(rest[rest.Length - 1]))
        {
            return null;
        }

        return first.Take(first.Length - 1).Append(first[first.Length - 1] + rest[0]).Concat(rest.Skip(1)).ToArray();
    }

    private static string[]? TabbedWrap(SourceLine line, List<ColumnKind> kinds, TableRow above)
    {
        if (line.LeadingTabs == 0 || line.Text.Trim().Length == 0)
        {
            return null;
        }

        // One cell's words alone keep no tab after the trim.
        var width = kinds.Count;
        var printed = Cells(line) ?? new[] { line.Text.Trim() };
        var cells = LeadingEmptyCells(line, printed, width, tabbed: true);
        var filled = cells.Count(c => c.Length > 0);
        if (cells.Length > width || cells[0].Length != 0 || filled == 0 || cells.Any(c => Number(SourceLine.Of(line.Number, c)) is not null))
        {
            return null;
        }

        // ⇥完成沿线征地拆迁⇥⇥县自然资源局 under 序号⇥建设内容⇥牵头单位⇥配合单位, no tab after it: as many cells as a measure
        // of a merged 序号 would fill, but its lead cell left empty under a row that has one, so it wraps that row.
        // ⇥⇥县城市管理局 under a row whose 责任单位 ends 县住建局、城关镇人民政府、: the list goes on, however narrow the table.
        return filled < width - 2
            || (filled == width - 2 && kinds.Select((k, j) => (k, j)).Any(c => c.k == ColumnKind.Lead && c.j < cells.Length && cells[c.j].Length == 0
                && c.j < above.Cells.Count && above.Cells[c.j].Text.Trim().Length > 0))
            || cells.Select((c, j) => (c, j)).Where(c => c.c.Length > 0).All(c => c.j < above.Cells.Count && IsRole(kinds[c.j])
                && above.Cells[c.j].Text.TrimEnd() is { Length: > 0 } goingOn && goingOn[goingOn.Length - 1] is '、' or '，' or ',')
            ? cells
            : null;
    }

    // 2021.8 | 城投集团 | || under 项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |: a page prints every row with the header's
    // bars, a row's own cells first and the empty ones after them; where the cells merged down from the row above are
    // missing, the row's own are the last columns'.
    private static string[]? RightOfMergedCells(SourceLine line, SourceLine headerLine, string[] printed, List<ColumnKind> kinds)
    {
        var cells = WithoutEmptyEnd(printed);
        var text = line.Text.TrimStart();
        if (cells.Length == 0 || cells.Length == printed.Length || cells.Length >= kinds.Count || cells.Any(c => c.Length == 0)
            || text.Length == 0 || text[0] is '|' or '｜' || Bars(line.Text) != Bars(headerLine.Text)
            || Number(SourceLine.Of(line.Number, cells[0])) is not null || !IsRole(kinds[kinds.Count - 1]) || !IsUnits(cells[cells.Length - 1]))
        {
            return null;
        }

        var placed = Enumerable.Repeat(string.Empty, kinds.Count - cells.Length).Concat(cells).ToArray();
        return Fits(placed, kinds) ? placed : null;
    }

    private static int Bars(string text) => text.Count(c => c is '|' or '｜');

    // A line of the header's bars holding words alone in its first cell: no number, no body, no date.
    private static string? WordsGoingOn(SourceLine line, SourceLine headerLine)
    {
        var text = line.Text.TrimStart();
        if (text.Length == 0 || text[0] is '|' or '｜' || Bars(line.Text) != Bars(headerLine.Text) || Cells(line) is not { Length: > 1 } printed
            || WithoutEmptyEnd(printed) is not { Length: 1 } only)
        {
            return null;
        }

        var cell = only[0];
        return Number(SourceLine.Of(line.Number, cell)) is null && !IsUnits(cell) && !IsDate(cell) && SubNumber.Match(cell).Success == false ? cell : null;
    }

    private static bool EndsWithBar(SourceLine line) => line.Text.TrimEnd() is { Length: > 0 } text && text[text.Length - 1] is '|' or '｜';

    // （二） | 开展…评估 | 普法与依法治理科 |  under a header printed with no bar at its end: the row's last bar closes an
    // empty last cell, not the row.
    private static string[]? EmptyLastCell(SourceLine line, string[] cells, int width, bool headerEndsWithBar)
        => !headerEndsWithBar && cells.Length == width - 1 && cells.All(c => c.Length > 0) && EndsWithBar(line) ? cells.Concat(new[] { string.Empty }).ToArray() : null;

    // A row's cells under the header's columns, or null where the line is no row of the table.
    private static string[]? RowCells(string[] raw, string[] header, List<ColumnKind> kinds, bool tabbed)
    {
        if (raw.Length == 0 || SaysNone(raw) || (raw.Length == header.Length && raw[raw.Length - 1].Length > 0)
            || (tabbed && raw.Length >= 2 && raw.Length < header.Length))
        {
            return raw;
        }

        var cells = WithoutEmptyEnd(raw);
        if (cells.Length == 0)
        {
            return raw.Length == header.Length ? raw : null;
        }

        if (cells.Any(c => c.Length == 0))
        {
            // 1 | 任务 |  | 市财政局 |: an empty cell inside the row holds its place (a merged cell above it).
            return raw.Length == header.Length ? raw : null;
        }

        if (cells.Length <= header.Length)
        {
            // 2 | 加快5G基站建设 | 市工信局 | (its 配合单位 empty) stands where it starts; 开学督导迎检 | 督导室 | || under
            // 起止日期 | 主要工作 | 责任处室 is a row whose merged cells the copy printed on an earlier row only; 2 | 任务 |
            // 市住建局 | 2024年10月 under 序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 lost its leader's cell.
            return Placed(cells, kinds, strict: true) ?? Placed(cells, kinds, strict: false);
        }

        // More cells than the header: a list of bodies spread over cells after the last column's
        // (… | 市大数据局 | 市财政局 | 市委网信办), or merged cells printed before the row's own (开学前 | 2月24日 | …).
        var extra = cells.Length - header.Length;
        if (kinds[kinds.Count - 1] == ColumnKind.Lead && cells.Skip(header.Length - 1).All(IsUnits))
        {
            // … | 牵头单位 over … | 县交通运输局 | 县财政局: the cell under the header leads; a cell past it has no column to say
            // what it does (its 配合单位's header lost, or a co-lead), so it gives no lead and the row is noted.
            return cells.Take(header.Length).ToArray();
        }

        if (IsRole(kinds[kinds.Count - 1]) && cells.Skip(header.Length - 1).All(IsUnits))
        {
            var joined = cells.Take(header.Length - 1).Concat(new[] { string.Join("、", cells.Skip(header.Length - 1)) }).ToArray();
            if (Fits(joined, kinds))
            {
                return joined;
            }
        }

        var merged = new[] { string.Join(" ", cells.Take(extra + 1)) }.Concat(cells.Skip(extra + 1)).ToArray();
        return IsRole(kinds[kinds.Count - 1]) && IsUnits(cells[cells.Length - 1]) && Fits(merged, kinds) ? merged : null;
    }

    /// <summary>
    /// The row's cells, in their order, each under a column it can stand under (<see cref="Stands"/>), the work's column
    /// filled, the others left empty; the first such placement in the columns' order, or null.
    /// </summary>
    private static string[]? Placed(string[] cells, List<ColumnKind> kinds, bool strict)
    {
        var placed = new string[kinds.Count];
        var work = kinds.FindIndex(k => k is ColumnKind.Task or ColumnKind.Content);

        // A row of many cells under a wide header has many placements: what a cell can stand under is judged once, and a
        // state that led nowhere is not tried again, so the search stays within cells × columns.
        var stands = new Dictionary<(int Cell, ColumnKind Kind), bool>();
        var failed = new HashSet<(int Cell, int Column, bool Worked)>();
        bool Place(int cell, int column)
        {
            var worked = work >= 0 && work < column && placed[work] is not null;
            if (cell == cells.Length)
            {
                return work < 0 || placed[work] is not null;
            }

            if (failed.Contains((cell, column, worked)))
            {
                return false;
            }

            for (var j = column; j <= kinds.Count - (cells.Length - cell); j++)
            {
                if (!stands.TryGetValue((cell, kinds[j]), out var can))
                {
                    can = Stands(cells[cell], kinds[j], strict);
                    stands[(cell, kinds[j])] = can;
                }

                // A short row's missing cell is first of all its category's, merged over the rows of the group.
                if (kinds[j] != ColumnKind.Category && can)
                {
                    placed[j] = cells[cell];
                    if (Place(cell + 1, j + 1))
                    {
                        return true;
                    }

                    placed[j] = null!;
                }
            }

            failed.Add((cell, column, worked));
            return false;
        }

        return Place(0, 0) ? placed.Select(c => c ?? string.Empty).ToArray() : null;
    }

    // Whether a cell can stand under a column of this kind: a number only under 序号 (and nowhere the work or bodies
    // stand), bodies' names under a column of bodies and never under a person's, a date alone under a date's and none
    // under the work's, no body's name under any other column. Not strictly, a task may be named like a body (体育中心):
    // read so only where nothing strict fits.
    private static bool Stands(string cell, ColumnKind kind, bool strict)
    {
        var number = Number(SourceLine.Of(0, cell)) is not null;
        if (kind == ColumnKind.Number || (number && (kind is ColumnKind.Task or ColumnKind.Content || IsRole(kind))))
        {
            return kind == ColumnKind.Number && number;
        }

        if (IsRole(kind))
        {
            return IsUnits(cell);
        }

        var units = IsUnits(cell);
        return kind switch
        {
            ColumnKind.Person => !units,
            ColumnKind.Deadline => !units && (IsDate(cell) || DateRange.IsMatch(ChineseText.Fold(cell).Trim())),
            ColumnKind.Task or ColumnKind.Content => !IsDate(cell) && (!strict || !units),
            _ => !units,
        };
    }

    // 2月20日-2月25日, 3.1—3.10: dates and the marks between them, a calendar's cell.
    private static readonly Regex DateRange = new(@"^(?:\d{1,4}[年月日号]?|[.．/\-—~～至到、 ])+$", RegexOptions.CultureInvariant);

    // Whether every cell of a row rebuilt as wide as the header can stand under its column (see Stands), the dates'
    // column taking any words that are not bodies: the merged cells put together in it are a range of dates and words
    // (开学前 2月24日).
    private static bool Fits(string[] cells, List<ColumnKind> kinds)
        => cells.Select((cell, j) => cell.Length == 0 || (kinds[j] == ColumnKind.Deadline ? !IsUnits(cell) : Stands(cell, kinds[j], strict: true))).All(stands => stands);

    private static string[] WithoutEmptyEnd(string[] cells)
    {
        var length = cells.Length;
        while (length > 0 && cells[length - 1].Length == 0)
        {
            length--;
        }

        return length == cells.Length ? cells : cells.Take(length).ToArray();
    }

    // The column whose header repeats an earlier one's and whose cells, in every row under it (two at least), are each
    // one body's name; or null.
    private static int? MisnamedUnitColumn(List<SourceLine> lines, int start, string[] header, List<ColumnKind> kinds)
    {
        for (var j = 1; j < header.Length; j++)
        {
            if (System.Array.IndexOf(header, header[j]) == j)
            {
                continue;
            }

            var cells = new List<string>();
            for (var p = start + 1; p < lines.Count && Cells(lines[p]) is { } row && (row.Length == header.Length || row.Length == 0); p++)
            {
                if (row.Length > 0)
                {
                    cells.Add(row[j]);
                }
            }

            if (cells.Count >= 2 && cells.All(c => IsUnits(c) && ClauseReader.Names(c, ChineseText.Fold(c)).Count == 1))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// A table copied one row a line with a single space between cells (<c>序号 工 作 任 务 牵头部门</c>, then
    /// <c>1 推进某某工程建设 交通运输部</c>): the header's letter-spaced words are joined (工 作 任 务 is 工作任务), each
    /// row starts with its 序号 in sequence, and where the header has one column of words beside columns of names or
    /// dates, the row's last words are those columns' cells, one each, and what stands between is the words (which may
    /// hold spaces). Rows whose cells do not fit end the table; fewer than two rows are no table.
    /// </summary>
    private static bool SpacedRows(List<SourceLine> lines, int start, List<ImportNote> notes, out TableBlock? table, out int next, out SourceLine? before)
    {
        table = null;
        next = start;
        before = null;
        var line = lines[start];
        if (line.Table is not null || line.Text.IndexOf('\t') >= 0 || Number(line) is not null)
        {
            return false;
        }

        // The header may close a paragraph run together with it (…分解表 序号 名称 工作任务 牵头责任单位, a forum's repost):
        // it starts at its last 序号.
        var all = line.Text.Trim().Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        var from = System.Array.FindLastIndex(all, t => TableColumns.Classify(t) == ColumnKind.Number);
        if (from < 0 || all.Length - from > 12)
        {
            return false;
        }

        var header = LetterSpaced(all.Skip(from).ToArray());
        if (header.Count < 3 || header.Count > 8)
        {
            return false;
        }

        var kinds = header.Select(TableColumns.Classify).ToList();
        if (kinds[0] != ColumnKind.Number || !TableColumns.IsHeader(kinds) || !kinds.Any(IsRole)
            || header.Where((h, j) => kinds[j] == ColumnKind.None).Any(h => h.Length > 6))
        {
            return false;
        }

        // The columns after the words hold names or dates, one word each; the words before them (task, content, a
        // category) may hold spaces and cannot be told apart: they are the task column's.
        var after = 0;
        while (after < kinds.Count - 1 && (TableColumns.NamesBodies(kinds[kinds.Count - 1 - after]) || kinds[kinds.Count - 1 - after] == ColumnKind.Deadline))
        {
            after++;
        }

        var wordsColumns = Enumerable.Range(1, kinds.Count - 1 - after).ToList();
        if (after == 0 || wordsColumns.Count == 0 || wordsColumns.Any(j => TableColumns.NamesBodies(kinds[j]) || kinds[j] == ColumnKind.Deadline))
        {
            return false;
        }

        var w = wordsColumns.FirstOrDefault(j => kinds[j] == ColumnKind.Task) is var t && t > 0 ? t
            : wordsColumns.FirstOrDefault(j => kinds[j] == ColumnKind.Content) is var c && c > 0 ? c : wordsColumns[wordsColumns.Count - 1];
        var rows = new List<TableRow> { new(line.Number, header.Select(h => new TableCell(h)).ToArray()) };
        var p = start + 1;
        var expected = 1;
        var tasks = 0;
        // Said only where the table is read; the rows read top-aligned once for the table (a long table may have thousands).
        var rowNotes = new List<ImportNote>();
        var spilled = new List<(int Line, string Row)>();
        while (p < lines.Count && lines[p].Table is null)
        {
            var tokens = lines[p].Text.Trim().Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length >= 1 && Numbering.Read(lines[p]).Kind is NumberingKind.Chinese && lines[p].Text.Length <= 40 && p + 1 < lines.Count
                && PageChrome.BareNumber(lines[p + 1].Text.Trim().Split(' ')[0]) is not null)
            {
                // 一、经济社会发展主要预期目标 between rows: a heading spanning the table.
                rows.Add(new TableRow(lines[p].Number, Enumerable.Range(0, kinds.Count).Select(x => new TableCell(lines[p].Text.Trim(), x > 0)).ToArray()));
                p++;
                continue;
            }

            // The first row may be any number: a part of a longer table (rows 33–35 of a 分解表) is copied as often as all of it.
            if (tokens.Length < 1 || PageChrome.BareNumber(tokens[0]) is not { } n || (tasks > 0 && n != expected && n != 1))
            {
                break;
            }

            var rowLines = 1;
            var cells = SpacedCells(tokens, kinds, after, w);
            if (cells is not null && NamesBelow(lines, p, n) is { Count: > 0 } more)
            {
                // 2 新增停车泊位1800个 区城管局 区住建局 2024年12月底 / 区自然资源局 / 区国资委: the row's first line holds every
                // column; the names below go on its last column of names.
                var last = kinds.Count - 1 - (kinds[kinds.Count - 1] == ColumnKind.Deadline ? 1 : 0);
                cells[last] = string.Join("、", new[] { cells[last] }.Concat(more));
                rowLines += more.Count;
                if (after - (kinds[kinds.Count - 1] == ColumnKind.Deadline ? 1 : 0) > 1)
                {
                    spilled.Add((lines[p].Number, tokens[0]));
                }
            }

            if (cells is null && SpreadOverLines(lines, p, kinds, after, w) is { } spread)
            {
                (cells, rowLines) = (spread.Cells, spread.Lines);
                if (spread.TopAligned)
                {
                    spilled.Add((lines[p].Number, tokens[0]));
                }
                else if (spread.Warning is { } warning)
                {
                    rowNotes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning, "row " + tokens[0] + " of the table: " + warning));
                }
            }

            if (cells is null && NextRow(lines, p, n) is var nextRow and > 0)
            {
                // 1 开展…排查 区市场监督管 区应急管理局 2024年9月底 / 理局 / 2 …: a row that cannot be read, the next row below it:
                // a task of its words, naming no unit, and the table goes on.
                var words = tokens.Skip(1).TakeWhile((t, j) => j == 0 || !(IsUnits(t) || UnitShape.LevelPrefixes.IndexOf(t[0]) >= 0 || Fits(t, ColumnKind.Deadline))).ToList();
                cells = Enumerable.Repeat(string.Empty, kinds.Count).ToArray();
                cells[0] = tokens[0];
                cells[w] = string.Join(" ", words);
                if (kinds[kinds.Count - 1] == ColumnKind.Deadline && tokens.Length > 2 && Fits(tokens[tokens.Length - 1], ColumnKind.Deadline))
                {
                    // The row's deadline stands last whatever cells it left empty.
                    cells[kinds.Count - 1] = tokens[tokens.Length - 1];
                }

                var rest = string.Join(" ", Enumerable.Range(p, nextRow - p).Select(x => lines[x].Text.Trim()));
                rowNotes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning,
                    "row " + tokens[0] + " of the table copied with spaces between its cells could not be read into its columns (" + rest + "): its words are a task, no unit read for it"));
                rowLines = nextRow - p;
            }

            if (cells is null)
            {
                if (tasks > 0)
                {
                    rowNotes.Add(new ImportNote(lines[p].Number, NoteSeverity.Warning,
                        "row " + tokens[0] + " of the table copied with spaces between its cells could not be read into its columns: it and the lines after it are kept as text"));
                }

                break;
            }

            rows.Add(new TableRow(lines[p].Number, cells.Select(x => new TableCell(x)).ToArray()));
            expected = n + 1;
            tasks++;
            p += rowLines;
        }

        if (tasks < 2)
        {
            return false;
        }

        if (from > 0)
        {
            // The paragraph before the header stays text.
            before = SourceLine.Of(line.Number, string.Join(" ", all.Take(from)));
        }

        if (spilled.Count > 0)
        {
            rowNotes.Insert(0, new ImportNote(spilled[0].Line, NoteSeverity.Warning, (spilled.Count == 1 ? "row " : "rows ")
                + string.Join(", ", spilled.Take(MostRowsNamed).Select(r => r.Row)) + (spilled.Count > MostRowsNamed ? " and " + (spilled.Count - MostRowsNamed).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty)
                + " of the table: names go on over the lines below the row, read as its last column's, where its first line starts every column"));
        }

        notes.AddRange(rowNotes);
        table = new TableBlock(line.Number, rows);
        next = p;
        return true;
    }

    // A row's cells from its words: its last words the columns after the words, one each, what stands between them the
    // words' column; null where the columns after do not fit.
    private static string[]? SpacedCells(string[] tokens, List<ColumnKind> kinds, int after, int w)
    {
        if (tokens.Length < 2 + after)
        {
            return null;
        }

        var cells = Enumerable.Repeat(string.Empty, kinds.Count).ToArray();
        cells[0] = tokens[0];
        for (var j = 0; j < after; j++)
        {
            cells[kinds.Count - 1 - j] = tokens[tokens.Length - 1 - j];
        }

        cells[w] = string.Join(" ", tokens.Skip(1).Take(tokens.Length - 1 - after)).TrimEnd('.', ' ');
        return Enumerable.Range(kinds.Count - after, after).All(j => Fits(cells[j], kinds[j])) ? cells : null;
    }

    // Rows a note names before it says how many more.
    private const int MostRowsNamed = 10;

    // Lines a row may take when a cell holds a name a line (34 … 区科技局 / 区商务局 / 谯城经开区管委会 2023年12月底): up to
    // the next numbered line, a blank one or a heading.
    private const int MostLinesOfARow = 8;

    /// <summary>
    /// A row whose cells of names go on over the lines after it, names alone on them (the last may close with the row's
    /// deadline): with one column of names, every name is that column's; with several, each line's names in order where
    /// there are as many as columns, and where the first line starts every column (top-aligned) the names below it go on
    /// the last column's cell, with a warning. Otherwise which name stands in which column cannot be told: the row keeps its
    /// words and names no body, with a warning. Null where the lines below are not such a row's.
    /// </summary>
    private static (string[] Cells, int Lines, string? Warning, bool TopAligned)? SpreadOverLines(List<SourceLine> lines, int at, List<ColumnKind> kinds, int after, int w)
    {
        var first = lines[at].Text.Trim().Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).ToList();
        var hasDeadline = kinds[kinds.Count - 1] == ColumnKind.Deadline;
        var unitColumns = after - (hasDeadline ? 1 : 0);
        string? deadline = null;
        if (hasDeadline && first.Count > 2 && Fits(first[first.Count - 1], ColumnKind.Deadline))
        {
            deadline = first[first.Count - 1];
            first.RemoveAt(first.Count - 1);
        }

        var k = 0;
        while (k < first.Count - 2 && IsUnits(first[first.Count - 1 - k]))
        {
            k++;
        }

        var below = new List<string>();
        var q = at + 1;
        while (q < lines.Count && q - at < MostLinesOfARow && lines[q].Table is null && lines[q].Text.Trim() is { Length: > 0 } text
            && PageChrome.BareNumber(text.Split(' ')[0]) is null && Numbering.Read(lines[q]).Kind is NumberingKind.None)
        {
            var more = text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).ToList();
            if (hasDeadline && deadline is null && more.Count > 1 && Fits(more[more.Count - 1], ColumnKind.Deadline))
            {
                deadline = more[more.Count - 1];
                more.RemoveAt(more.Count - 1);
                if (!more.All(IsUnits))
                {
                    return null;
                }

                below.AddRange(more);
                q++;
                break;
            }

            if (!more.All(IsUnits))
            {
                return null;
            }

            below.AddRange(more);
            q++;
        }

        // Not the last row of a table with nothing after it: a signature (办公室 / 2024年3月5日) may follow the table. Not a
        // name the line broke (区市场监督管 / 理局): every name below is a whole body's, and the words do not end in half of one.
        if (below.Count == 0 || (hasDeadline && deadline is null) || (q < lines.Count && lines[q].Text.Trim().Length > 0 && PageChrome.BareNumber(lines[q].Text.Trim().Split(' ')[0]) is null)
            || !below.All(WholeNames) || (first.Count - k > 2 && UnitShape.LevelPrefixes.IndexOf(first[first.Count - 1 - k][0]) >= 0 && !IsUnits(first[first.Count - 1 - k])))
        {
            return null;
        }

        var cells = Enumerable.Repeat(string.Empty, kinds.Count).ToArray();
        cells[0] = first[0];
        cells[w] = string.Join(" ", first.Skip(1).Take(first.Count - 1 - k)).TrimEnd('.', ' ');
        if (hasDeadline)
        {
            cells[kinds.Count - 1] = deadline!;
        }

        var names = first.Skip(first.Count - k).ToList();
        var firstUnit = kinds.Count - after;
        string? warning = null;
        var topAligned = false;
        if (unitColumns == 1)
        {
            cells[firstUnit] = string.Join("、", names.Concat(below));
        }
        else if (names.Count + below.Count == unitColumns)
        {
            var all = names.Concat(below).ToList();
            for (var j = 0; j < unitColumns; j++)
            {
                cells[firstUnit + j] = all[j];
            }
        }
        else if (names.Count == unitColumns)
        {
            for (var j = 0; j < unitColumns; j++)
            {
                cells[firstUnit + j] = names[j];
            }

            cells[firstUnit + unitColumns - 1] = string.Join("、", new[] { names[unitColumns - 1] }.Concat(below));
            topAligned = true;
        }
        else
        {
            warning = "its cells of names go on over the lines below it (" + string.Join(" ", names.Concat(below))
                + "), and which name stands in which column cannot be told: no unit read for it";
        }

        return (cells, q - at, warning, topAligned);
    }

    // The lines below the row numbered n at `at` that hold a whole body's name alone each, up to the next row (numbered
    // n + 1); empty where anything else stands between.
    private static List<string> NamesBelow(List<SourceLine> lines, int at, int n)
    {
        var names = new List<string>();
        for (var q = at + 1; q < lines.Count && q - at <= MostLinesOfARow && lines[q].Table is null; q++)
        {
            var text = lines[q].Text.Trim();
            if (PageChrome.BareNumber(text.Split(' ')[0]) is { } next)
            {
                return next == n + 1 ? names : new List<string>();
            }

            if (text.Length == 0 || text.IndexOf(' ') >= 0 || !WholeNames(text))
            {
                return new List<string>();
            }

            names.Add(text);
        }

        return new List<string>();
    }

    // The index of the line that opens the row after the one numbered n at `at`, within a row's reach; 0 where none does.
    private static int NextRow(List<SourceLine> lines, int at, int n)
    {
        for (var q = at + 1; q < lines.Count && q - at <= MostLinesOfARow && lines[q].Table is null; q++)
        {
            var text = lines[q].Text.Trim();
            if (PageChrome.BareNumber(text.Split(' ')[0]) is { } next)
            {
                return next == n + 1 && text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Length >= 2 ? q : 0;
            }

            if (text.Length == 0 || Numbering.Read(lines[q]).Kind is not NumberingKind.None)
            {
                return 0;
            }
        }

        return 0;
    }

    // Names that are each a whole body's (区住建局, 团县委), not the end of one a line broke (理局, 委员会).
    private static bool WholeNames(string cell)
        => ClauseReader.Names(cell, ChineseText.Fold(cell)) is { Count: > 0 } names
            && names.All(n => n.Name.Length >= 3 && UnitShape.IsOrganisation(n.Name) && !BrokenNameEnds.Contains(n.Name));

    private static readonly string[] BrokenNameEnds = { "委员会", "管理局", "办公室", "服务中心", "管理处", "管委会", "人民政府", "有限公司" };

    // 序号 工 作 任 务 牵头部门: a run of single characters is one word spaced out.
    private static List<string> LetterSpaced(string[] tokens)
    {
        var result = new List<string>();
        var run = string.Empty;
        foreach (var token in tokens)
        {
            if (token.Length == 1)
            {
                run += token;
                continue;
            }

            if (run.Length > 0)
            {
                result.Add(run);
                run = string.Empty;
            }

            result.Add(token);
        }

        if (run.Length > 0)
        {
            result.Add(run);
        }

        return result;
    }

    // " | 任务 | | 单位": a line opening with a bar under a header's first cell leaves that cell empty, which Cells drops.
    private static string[] UnderFirstCell(SourceLine line, string[] cells, int width)
        => cells.Length == width - 1 && line.Text.TrimStart() is { Length: > 0 } text && text[0] is '|' or '｜' ? new[] { string.Empty }.Concat(cells).ToArray() : cells;

    // Tabs separate cells one for one (an empty cell is two tabs); a markdown-like row is | a | b | (or a | b |); otherwise
    // wide spaces.
    // A heading numbered 一、 or （一） alone on its line, before a numbered row of a table whose cells bars or tabs part
    // (not before another table's header: 二、联系方式 then 单位⇥联系人⇥电话).
    private static bool CategoryBetweenRows(List<SourceLine> lines, int p)
        => p + 1 < lines.Count && Cells(lines[p]) is null && lines[p].Text.IndexOfAny(new[] { '|', '｜', '\t' }) < 0
            && Numbering.Read(lines[p]).Kind is NumberingKind.Chinese or NumberingKind.Parenthesized && lines[p].Text.Trim().Length <= 40
            && Cells(lines[p + 1]) is { Length: > 1 } row && (Number(SourceLine.Of(lines[p + 1].Number, row[0])) is not null || SubNumber.IsMatch(ChineseText.Fold(row[0]).Trim()));

    private static string[]? Cells(SourceLine line)
    {
        if (line.Table is not null)
        {
            return null;
        }

        // | a | b |, or a | b | c | as a portal's page copies its table (no bar before the first cell, a space on each side,
        // or none where the row ends with its bar: 序号｜项目名称｜).
        var text = line.Text.Trim();
        if (text.StartsWith("|", System.StringComparison.Ordinal) || text.StartsWith("｜", System.StringComparison.Ordinal)
            || (Bars(text) >= 2 && (text.Contains(" | ") || text.Contains(" ｜ ") || text[text.Length - 1] is '|' or '｜')))
        {
            var cells = text.Trim('|', '｜').Split('|', '｜').Select(c => MarkdownCell(c.Trim())).ToArray();
            return cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or '—' or ' ')) ? new string[0] : cells;
        }

        if (text.IndexOf('\t') >= 0)
        {
            return text.Split('\t').Select(c => c.Trim()).ToArray();
        }

        return CellGap.IsMatch(text) ? CellGap.Split(text).Select(c => c.Trim()).ToArray() : null;
    }

    // ⇥2⇥扩大…: the empty cells a tabbed row started with, where the header has room for them.
    private static string[] LeadingEmptyCells(SourceLine line, string[] printed, int width, bool tabbed)
        => tabbed && line.LeadingTabs > 0 && printed.Length + line.LeadingTabs <= width
            ? Enumerable.Repeat(string.Empty, line.LeadingTabs).Concat(printed).ToArray()
            : printed;

    // A Markdown table's cell: lines joined by <br> (市卫生健康委<br>各区人民政府, two bodies) and a bold row (**一、…**).
    private static string MarkdownCell(string cell)
    {
        if (cell.IndexOf('<') >= 0)
        {
            cell = LineBreakTag.Replace(cell, "\n");
        }

        return cell.Length > 4 && cell.StartsWith("**", System.StringComparison.Ordinal) && cell.EndsWith("**", System.StringComparison.Ordinal)
            ? cell.Substring(2, cell.Length - 4).Trim()
            : cell;
    }

    private static readonly System.Text.RegularExpressions.Regex LineBreakTag = new(@"\s*<br\s*/?>\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, System.TimeSpan.FromSeconds(1));

    // 二、民生实事 between rows, the next row's number after it.
    // With nextRow below 0, a row of any number, or another heading (a part of a republished table holding none of
    // the rows copied), may follow: the table's rows keep a parent table's numbers (3, 68, 69 under 一、…六、).
    private static bool IsHeading(List<SourceLine> lines, int at, int nextRow)
        => at + 1 < lines.Count && lines[at].Table is null
            && (Numbering.Read(lines[at]).Kind is NumberingKind.Chinese || (CountedGroup.IsMatch(lines[at].Folded.Trim()) && UnitShape.ActionAt(lines[at].Folded.Trim(), 0) == 0))
            && lines[at].Text.Length <= 160
            && (nextRow < 0 ? Number(lines[at + 1]) is not null || (at + 2 < lines.Count && Numbering.Read(lines[at + 1]).Kind is NumberingKind.Chinese && IsHeading(lines, at + 1, -1))
                : Number(lines[at + 1]) == nextRow);

    // 1 | 无 |: a number and "none" (or a dash) after it, a category that holds no row this year.
    private static bool SaysNone(IReadOnlyList<string> cells)
        => cells.Count >= 2 && Number(SourceLine.Of(0, cells[0])) is not null
            && cells.Skip(1).All(c => ChineseText.Fold(c).Trim() is "无" or "暂无" or "/" or "／" or "-" or "—" or "——" or "")
            && cells.Skip(1).Any(c => ChineseText.Fold(c).Trim().Length > 0);

    // 序号 again after the rows: a second table starts (a hearing list after the decision list).
    private static bool RepeatsHeader(SourceLine line, List<SourceLine> header)
        => line.Table is null && line.Text.Trim() == header[0].Text.Trim();

    // 经济社会发展主要预期目标分解(15项): a group of rows with their count, a heading as 一、… is (a task's cell, 推进重大
    // 项目建设(30项), starts with what is to be done).
    private static readonly Regex CountedGroup = new(@"^[^、，,。；;：:]{2,40}[(（]\d{1,3}项[)）]$", RegexOptions.CultureInvariant);

    // 一、未来五年主要工作任务: a heading over the table, never one of its header cells.
    private static bool StartsNumbered(SourceLine line) => Regex.IsMatch(line.Folded, @"^\s*[一二三四五六七八九十]+[、.．]");

    // （单位）: a header cell's second line, in brackets.
    private static bool IsBracketed(string text)
    {
        var t = text.Trim();
        return t.Length >= 3 && t.Length <= 10 && ChineseText.IsOpenParen(t[0]) && ChineseText.IsCloseParen(t[t.Length - 1]);
    }

    private static bool IsRole(ColumnKind kind) => TableColumns.NamesUnits(kind);

    // A line that is a bare row number (1, １, 1.), outside any table.
    internal static int? Number(SourceLine line)
        => line.Table is null ? PageChrome.BareNumber(line.Folded) : null;
}
