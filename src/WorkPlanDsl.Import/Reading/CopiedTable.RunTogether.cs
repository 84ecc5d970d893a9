using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A table copied with nothing between its cells (<c>序号项目名称建设内容牵头单位责任单位完成时限</c>, then
/// <c>1新建改扩建幼儿园3所新增学位1080个区教育局区财政局、区住建局2024年8月</c>): the header is cut into the words that name
/// columns, and each row, numbered 1, 2, 3… from its first character, is read from its end: the deadline, then the bodies'
/// names, whose cells are told apart where one name runs into the next with no 、 between them. The words before the
/// names are the task's, whole. A row whose names cannot be told apart so keeps its words and names no body, with a
/// warning; a table most of whose rows cannot be read is left as text.
/// </summary>
internal static partial class CopiedTable
{
    // Column words short enough to be read inside a run of others; any other column word has four characters or more.
    private static readonly string[] ShortColumnWords = { "序号", "编号", "项目", "任务", "措施", "内容", "时限", "备注", "类别", "领域" };

    // A row's deadline at its end: 2024年8月, 6月底前, 年底前完成, 长期坚持.
    private static readonly Regex RowDeadline = new(
        @"(?:(?:19|20)\d\d年(?:(?:[1-9]|1[0-2])月(?:\d{1,2}日)?)?|(?:[1-9]|1[0-2])月(?:\d{1,2}日)?|年底|年内|全年|长期|持续|常态化)(?:底|末|内|份|中旬|上旬|下旬)?(?:前|以前)?(?:完成|坚持|推进|开展)?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex RowNumber = new(@"^(\d{1,3})[.．、]?(?=[\u4E00-\u9FFF“《（(])", RegexOptions.CultureInvariant);

    // How an office's name ends, as a place's (社区, 园区) does not.
    private static readonly string[] OfficeEndings = { "局", "委", "办", "办公室", "中心", "院", "处", "站", "所", "队", "会", "部", "厅", "公司", "政府", "办事处", "科", "股" };

    // Words that open with a level's character without being a level (市场监管局, 市政园林局, 乡村振兴局).
    private static readonly string[] LevelWords = { "市场", "市政", "市容", "市民", "区域", "县域", "乡村", "镇村" };

    // What a body's name in such a row starts with: its level, 各, or the words of bodies named for the nation or the party.
    private static readonly string[] NameStarts = { "各", "国网", "国家", "中国", "共青团", "团" };

    private static bool RunTogetherRows(List<SourceLine> lines, int start, List<ImportNote> notes, out TableBlock? table, out int next)
    {
        table = null;
        next = start;
        var text = lines[start].Text.Trim();
        // Cheap checks first, the cut into column words last: it is not cheap, and a header stands over row 1.
        if (lines[start].Table is not null || text.Length < 8 || text.Length > 60 || ChineseText.Fold(text) is not { } folded
            || !(folded.StartsWith("序号", System.StringComparison.Ordinal) || folded.StartsWith("编号", System.StringComparison.Ordinal))
            || !text.All(ChineseText.IsHan) || start + 1 >= lines.Count || lines[start + 1].Table is not null || RowWordsAt(lines[start + 1].Folded, 1) == 0
            || HeaderWords(folded) is not { } header)
        {
            return false;
        }

        var kinds = header.Select(TableColumns.Classify).ToArray();
        var unitColumns = Enumerable.Range(0, kinds.Length).Where(j => IsRole(kinds[j])).ToList();
        var afterUnits = kinds.Skip(unitColumns.LastOrDefault() + 1).ToList();
        var textColumns = Enumerable.Range(1, kinds.Length - 1).Where(j => j < unitColumns.FirstOrDefault()).ToList();
        if (kinds[0] != ColumnKind.Number || unitColumns.Count == 0 || textColumns.Count == 0 || !TableColumns.IsHeader(kinds)
            || unitColumns.Last() - unitColumns[0] != unitColumns.Count - 1 || afterUnits.Count > 1 || afterUnits.Any(k => k != ColumnKind.Deadline))
        {
            return false;
        }

        var read = new List<(int Line, string[] Cells, string Words)>();
        var p = start + 1;
        // １新建…: a row number in full-width digits is read as the folded text prints it; the words as the document does.
        for (var expected = 1; p < lines.Count && lines[p].Table is null && RowWordsAt(lines[p].Folded, expected) is var at and > 0; p++, expected++)
        {
            var words = lines[p].Text.Substring(at).TrimEnd();

            // …每个中心床位不少于20张 / 区民政局区卫生健康局2024年10月: a row wrapped onto a line that opens with no number,
            // where the next row or the table's end follows it, and the row's deadline is still to come.
            while (p + 1 < lines.Count && (afterUnits.Count == 0 || !RowDeadline.IsMatch(ChineseText.Fold(words))) && WrappedRowRest(lines, p + 1, expected + 1))
            {
                words += lines[++p].Text.Trim();
            }

            if (words.IndexOf('\t') >= 0 || words.Contains("  ") || words.IndexOfAny(new[] { '|', '｜' }) >= 0)
            {
                return false;
            }

            var cells = Enumerable.Repeat(string.Empty, kinds.Length).ToArray();
            cells[0] = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (afterUnits.Count == 1 && RowDeadline.Match(ChineseText.Fold(words)) is { Success: true } deadline)
            {
                cells[kinds.Length - 1] = words.Substring(deadline.Index);
                words = words.Substring(0, deadline.Index);
            }

            read.Add((lines[p].Number, cells, words));
        }

        // Under a header of the table's words, rows numbered one after another are its rows: a row whose bodies cannot be
        // told apart is a task that names none, with a warning, not a reason to read the table as the preface's words.
        var unread = Enumerable.Range(0, read.Count).Where(r => !Fill(r)).ToList();
        if (read.Count < 2 || unread.Count == read.Count)
        {
            return false;
        }

        bool Fill(int r)
        {
            if (UnitCells(read[r].Words, unitColumns.Count) is not { } units)
            {
                read[r].Cells[textColumns[0]] = read[r].Words;
                return false;
            }

            for (var k = 0; k < units.Cells.Count; k++)
            {
                read[r].Cells[unitColumns[k]] = units.Cells[k];
            }

            read[r].Cells[textColumns[0]] = read[r].Words.Substring(0, units.Start);
            return true;
        }

        var rows = new List<TableRow> { new(lines[start].Number, header.Select(h => new TableCell(h)).ToArray()) };
        rows.AddRange(read.Select(r => new TableRow(r.Line, r.Cells.Select(c => new TableCell(c)).ToArray())));
        notes.Add(new ImportNote(lines[start].Number, NoteSeverity.Note, "a table copied with its cells run together (" + string.Join(" | ", header)
            + "): each row's bodies read from its end, a new cell where one name runs into the next, the words before them the task's"));
        notes.AddRange(unread.Select(r => new ImportNote(read[r].Line, NoteSeverity.Warning, "a row of the run-together table whose bodies' names could not be told apart: no body read from it")));
        table = new TableBlock(lines[start].Number, rows);
        next = p;
        return true;
    }

    // A line of the row above's words: no number of its own, characters and figures only, and the next row after it (a
    // line after the last row may be the signature's office), or the row's deadline at its end (区民政局区卫生健康局2024年
    // 10月 as the text's last line: a wrap of the last row, which no signature ends in).
    private static bool WrappedRowRest(List<SourceLine> lines, int at, int next)
    {
        var text = lines[at].Text.Trim();
        return lines[at].Table is null && text.Length > 0 && RowWordsAt(lines[at].Folded, next) == 0 && !char.IsDigit(lines[at].Folded.TrimStart()[0])
            && text.All(c => ChineseText.IsHan(c) || char.IsDigit(c) || c is '、' or '（' or '）' or '(' or ')' or '%' or '.')
            && ((at + 1 < lines.Count && RowWordsAt(lines[at + 1].Folded, next) > 0) || RowDeadline.IsMatch(ChineseText.Fold(text)));
    }

    // Where the words of the row numbered expected start (4新建…, 4.新建…), or 0: 45G基站… after row 3 is row 4's 5G基站…,
    // 230个… after row 1 is row 2's 30个….
    private static int RowWordsAt(string folded, int expected)
    {
        var indent = folded.Length - folded.TrimStart().Length;
        var row = folded.Trim();
        var number = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!row.StartsWith(number, System.StringComparison.Ordinal) || row.Length <= number.Length + 1)
        {
            return 0;
        }

        var at = number.Length + (row[number.Length] is '.' or '．' or '、' ? 1 : 0);
        return ChineseText.IsHan(row[at]) || row[at] is '“' or '《' or '（' or '(' || (char.IsLetterOrDigit(row[at]) && at == number.Length && (RowNumber.Match(row) is not { Success: true } other || other.Groups[1].Value != number))
            ? indent + at
            : 0;
    }

    // 序号项目名称建设内容牵头单位责任单位完成时限 → 序号 | 项目名称 | 建设内容 | 牵头单位 | 责任单位 | 完成时限: the cut into
    // the most column words, each one the table words name; null where no cut covers the line.
    private static List<string>? HeaderWords(string folded)
    {
        var best = new List<string>?[folded.Length + 1];
        best[0] = new List<string>();
        for (var end = 1; end <= folded.Length; end++)
        {
            for (var from = System.Math.Max(0, end - 10); from <= end - 2; from++)
            {
                var word = folded.Substring(from, end - from);
                // The most words; among as many, the most even (项目名称 | 建设内容, not 项目 | 名称建设内容).
                if (best[from] is not { } before || (word.Length < 4 && !ShortColumnWords.Contains(word)) || TableColumns.Classify(word) == ColumnKind.None
                    || (best[end] is { } found && (found.Count > before.Count + 1
                        || (found.Count == before.Count + 1 && found.Sum(w => w.Length * w.Length) <= before.Sum(w => w.Length * w.Length) + word.Length * word.Length))))
                {
                    continue;
                }

                best[end] = new List<string>(before) { word };
            }
        }

        return best[folded.Length] is { Count: >= 4 } words ? words : null;
    }

    /// <summary>
    /// The bodies' names a row ends with, as cells: from the end, each name the shortest that is an organisation and
    /// starts as one does (its level, 各, 国网…), a 、 before it keeping the cell and a name's end before it opening the
    /// cell before; at most <paramref name="columns"/> cells. Null where none is found, or where one more name runs
    /// into the first as an office's does (three glued names for two columns cannot say which cell holds two).
    /// </summary>
    private static (int Start, List<string> Cells)? UnitCells(string words, int columns)
    {
        var folded = ChineseText.Fold(words);
        var cells = new List<List<string>>();
        var end = folded.Length;
        var start = end;
        var newCell = true;
        while (end > 0 && NameEndingAt(folded, end) is { } from)
        {
            if (newCell)
            {
                if (cells.Count == columns)
                {
                    // 覆盖全区所有社区 | 区民政局 | 各街道办事处: words before the cells that end as a place does, not as an
                    // office, are the task's; an office's name there is one more body, and which cell holds two is not plain.
                    if (!OfficeEndings.Any(e => folded.Substring(from, end - from).EndsWith(e, System.StringComparison.Ordinal)))
                    {
                        break;
                    }

                    return null;
                }

                cells.Insert(0, new List<string>());
            }

            cells[0].Insert(0, words.Substring(from, end - from));
            start = from;

            // A 、 before the name: another of the same cell; a name's ending: perhaps the cell before's last name.
            newCell = !(from > 0 && folded[from - 1] is '、' or '，' or ',');
            end = newCell ? from : from - 1;
            if (newCell && NameEndings.Concat(OfficeEndings).Concat(CompanyEndings).All(e => !folded.Substring(0, from).EndsWith(e, System.StringComparison.Ordinal)))
            {
                break;
            }
        }

        // 改造提升区人民医院 | 区卫健局, 迁建区疾控中心 | …: where the words before the names are only what is done, the
        // first name is what it is done to, and where the cells start is not plain; so after 对, 为, 向.
        var before = folded.Substring(0, start).TrimEnd();
        if (cells.Count == 0 || OnlyWhatIsDone(before) || (before.Length > 0 && ObjectMarks.IndexOf(before[before.Length - 1]) >= 0)
            || EndsWithWhatIsDoneTo(before))
        {
            return null;
        }

        return (start, cells.Select(c => string.Join("、", c)).ToList());
    }

    // 依托区人民医院, 纳入区图书馆, 筛查机构：区妇幼保健院: the words run into the name as into what they rest on or the place
    // they name (a unit column left empty in the table); which cells the names fill is not plain.
    private static bool EndsWithWhatIsDoneTo(string before)
        => before.Length > 0 && (before[before.Length - 1] is '：' or ':'
            || RestsOn.Any(w => before.EndsWith(w, System.StringComparison.Ordinal))
            || RestsOnUnlessDoneTo.Any(w => before.EndsWith(w, System.StringComparison.Ordinal) && !EndsTheWorksWords(before, w.Length)));

    // Words a task rests on a body with.
    private static readonly string[] RestsOn = { "依托", "纳入", "入驻", "进驻", "委托", "依靠", "借助", "设在", "挂靠" };

    // 通过区人民医院, 利用区图书馆: the means the row's work goes by, a body as much as the lead column's; but after what
    // they are done to (资源化利用, 人才引进) they end the work's own words.
    private static readonly string[] RestsOnUnlessDoneTo = { "利用", "通过", "引进", "联合", "落户" };

    // 资源化利用, 无害化利用, 人才引进, 项目落户: the verb after its object or a -化 word, a noun of the work, not a means.
    private static bool EndsTheWorksWords(string before, int verb)
    {
        var object_ = before.Substring(0, before.Length - verb);
        return object_.EndsWith("化", System.StringComparison.Ordinal)
            || new[] { "人才", "技术", "项目", "资本", "资金", "外资", "企业", "产业", "设备" }.Any(o => object_.EndsWith(o, System.StringComparison.Ordinal));
    }

    // 对, 为, 向, 与, 和: a name after them is another's object or partner.
    private const string ObjectMarks = "对为向与和及给";

    // 迁建, 扩建, 改造, 修缮, 建设: what is built or moved, the name after it the thing.
    private const string BuildingVerbEnds = "建造改修缮设迁扩";

    // 改造提升, 迁建, 新建: words of doing and nothing else (not 完成标准化改造, which names what it does).
    private static bool OnlyWhatIsDone(string words)
    {
        var at = 0;
        while (at < words.Length)
        {
            var action = UnitShape.ActionAt(words, at);
            var step = action > 0 ? action : at + 1 < words.Length && BuildingVerbEnds.IndexOf(words[at + 1]) >= 0 ? 2 : 0;
            if (step == 0)
            {
                return false;
            }

            at += step;
        }

        return words.Length > 0;
    }

    // How a company's or an institution's name ends, where the next name may start right after it.
    private static readonly string[] CompanyEndings = { "集团", "公司", "银行", "分行", "支行", "医院", "学校", "大学", "学院", "支队", "大队", "中队" };

    // Where the shortest organisation's name that ends at end starts, or null.
    private static int? NameEndingAt(string folded, int end)
    {
        for (var from = end - 3; from >= System.Math.Max(0, end - 24); from--)
        {
            var name = folded.Substring(from, end - from);

            // 全省首个省域医疗中心, 3个市域指挥中心: what a count is of is a thing made, not a body, nor is anything longer.
            if (name.Length > 1 && name[1] == '域' && from > 0 && Counted.IndexOf(folded[from - 1]) >= 0)
            {
                return null;
            }

            if (!StartsName(name) || name.IndexOfAny(new[] { '、', '，', ',' }) >= 0 && !InsideBrackets(name) || !UnitShape.IsOrganisation(name)
                || NameTails.Any(t => name.Length > 1 && name.Substring(1).StartsWith(t, System.StringComparison.Ordinal) && UnitShape.LevelPrefixes.IndexOf(name[0]) >= 0))
            {
                continue;
            }

            // 市场监管局 after 市: the level's character is the name's own word (市场), so the name takes it; 区城管局 after
            // 区 does not (区区城管局 is no name). 各 always belongs to the name after it.
            if (from > 0 && (folded[from - 1] == '各'
                || (UnitShape.LevelPrefixes.IndexOf(folded[from - 1]) >= 0 && LevelWords.Any(w => name.StartsWith(w, System.StringComparison.Ordinal)) && UnitShape.IsOrganisation(folded[from - 1] + name))))
            {
                from--;
            }

            return from;
        }

        return null;
    }

    // Measure words: 个, 所, 家, 座, 批 before a name count things of that kind.
    private const string Counted = "个所家座批";

    // 区域医疗中心, 县域医共体 start with a level and name a kind of centre or a whole area, no body of that level; 市域社会
    // 治理指挥中心 and 省域… are bodies of the city or province.
    private static bool StartsName(string name)
        => (UnitShape.LevelPrefixes.IndexOf(name[0]) >= 0 && !(name.Length > 1 && name[1] == '域' && name[0] is '区' or '县'))
            || NameStarts.Any(s => name.StartsWith(s, System.StringComparison.Ordinal));

    // 各县（市、区）人民政府: a 、 inside the name's brackets is the name's.
    private static bool InsideBrackets(string name)
    {
        var depth = 0;
        foreach (var c in name)
        {
            depth += ChineseText.IsOpenParen(c) ? 1 : ChineseText.IsCloseParen(c) ? -1 : 0;
            if (c is '、' or '，' or ',' && depth <= 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
