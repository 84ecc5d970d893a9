using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>What a column of a task table (任务分工表) holds, as its header says.</summary>
internal enum ColumnKind
{
    None,
    Number,
    Category,
    Task,
    Content,
    Lead,
    Support,
    Accountable,

    /// <summary>实施单位, 实施主体: the bodies carrying the work out (see <see cref="Role.Implementer"/>).</summary>
    Implementer,

    /// <summary>督办单位: supervision, kept as text (see <see cref="Role.Oversight"/>).</summary>
    Oversight,
    Guidance,
    Person,
    Deadline,
    Remark,

    /// <summary>
    /// One unit's column of a responsibility matrix (责任单位 over a row of units' names): its cells mark the unit's role in
    /// the row's task (●/○, 牵头/配合); see <see cref="TableColumns.Marks"/>.
    /// </summary>
    MarkedUnit,
}

/// <summary>
/// The header of a task table: which column is which, classified by the role-word table (牵头单位, 配合单位, 责任单位,
/// 责任领导, 完成时限) and by the words task tables name their other columns with (序号, 类别, 重点任务, 具体措施, 备注).
/// </summary>
internal sealed class TableColumns
{
    private TableColumns(ColumnKind[] kinds, string[] headers, int headerStart, int headerRows, MatrixMarks? marks = null)
    {
        Kinds = kinds;
        Headers = headers;
        HeaderStart = headerStart;
        HeaderRows = headerRows;
        Marks = marks;
    }

    /// <summary>
    /// The marks of a responsibility matrix, where the table is one: which of a <see cref="ColumnKind.MarkedUnit"/>
    /// column's cells lead and which support. The column's header (<see cref="Headers"/>) is its unit's name.
    /// </summary>
    public MatrixMarks? Marks { get; }

    /// <summary>The rows above the header (附件1, the table's title): not tasks.</summary>
    public int HeaderStart { get; }

    public ColumnKind[] Kinds { get; }

    /// <summary>The header's words for each column, as printed.</summary>
    public string[] Headers { get; }

    /// <summary>
    /// True where the table lists the plan's indicators (指标 | 2024年目标 | 责任科室) and names no work: who answers for a
    /// figure, not the plan's list of tasks.
    /// </summary>
    public bool OfIndicators => Headers.Any(h => ChineseText.Fold(h).Contains("指标"))
        && !Headers.Any(h => WorkHeaders.Any(ChineseText.Fold(h).Contains));

    private static readonly string[] WorkHeaders = { "任务", "措施", "工作", "事项", "项目", "内容", "举措" };

    /// <summary>
    /// The headers of builders' columns (建设单位, 项目实施单位) in a table that names no other bodies: kept as text, since
    /// builders lead nothing; the import says so.
    /// </summary>
    public string[] BuildersOnly { get; private init; } = System.Array.Empty<string>();

    /// <summary>Where the tasks start: after the header, which takes two rows where 责任单位 spans 牵头单位 and 配合单位.</summary>
    public int HeaderRows { get; }

    // The role each role column's cells have: the one table of role words (RoleWords) names both.
    private static readonly (Role Role, ColumnKind Kind)[] RoleColumns =
    {
        (Role.Lead, ColumnKind.Lead), (Role.Support, ColumnKind.Support), (Role.Accountable, ColumnKind.Accountable),
        (Role.Implementer, ColumnKind.Implementer), (Role.Oversight, ColumnKind.Oversight), (Role.Guidance, ColumnKind.Guidance),
        (Role.Person, ColumnKind.Person), (Role.Time, ColumnKind.Deadline),
    };

    /// <summary>The role a column's cells give their names (a deadline column: time), or <see cref="Role.None"/>.</summary>
    public static Role RoleOf(ColumnKind kind) => RoleColumns.Where(c => c.Kind == kind).Select(c => c.Role).FirstOrDefault();

    /// <summary>A column that says who is accountable or supports: lead, support, accountable, implementer.</summary>
    public static bool NamesUnits(ColumnKind kind) => kind is ColumnKind.Lead or ColumnKind.Support or ColumnKind.Accountable or ColumnKind.Implementer;

    /// <summary>A column whose cells are bodies' names, in any role (also guidance and supervision).</summary>
    public static bool NamesBodies(ColumnKind kind) => NamesUnits(kind) || kind is ColumnKind.Guidance or ColumnKind.Oversight;

    public int Index(ColumnKind kind) => System.Array.IndexOf(Kinds, kind);

    public bool Has(ColumnKind kind) => Kinds.Contains(kind);

    /// <summary>The column that names each task: the task column, or the content column where there is none.</summary>
    public int TaskColumn => Has(ColumnKind.Task) ? Index(ColumnKind.Task) : Index(ColumnKind.Content);

    /// <summary>
    /// 任务序号 beside a column that names the task (任务序号 | 任务事项 | 牵头单位): the task's number, the 序号 column. Alone
    /// (任务序号 | 牵头单位 | 配合单位, rows keyed 1—3, 4、9) it is the column that names which tasks a row is about.
    /// </summary>
    public static ColumnKind[] WithTaskNumbers(ColumnKind[] kinds, IReadOnlyList<string> headers)
    {
        var numbered = System.Array.FindIndex(kinds, 0, kinds.Length, k => k == ColumnKind.Task);
        numbered = numbered >= 0 && TaskNumberHeaders.Contains(Folded(headers[numbered])) ? numbered : -1;
        if (numbered >= 0 && !kinds.Contains(ColumnKind.Number) && Enumerable.Range(0, kinds.Length).Any(i => i != numbered && kinds[i] is ColumnKind.Task or ColumnKind.Content))
        {
            kinds = (ColumnKind[])kinds.Clone();
            kinds[numbered] = ColumnKind.Number;
        }

        return kinds;
    }

    private static readonly string[] TaskNumberHeaders = { "任务序号", "任务编号", "事项序号", "事项编号", "条目", "任务条目", "对应条目", "条目序号", "条目编号" };

    /// <summary>
    /// True where a header names the column that says which of the body's tasks a row is about (任务序号, 条目, 对应任务):
    /// its cells are keys into the body's numbering (（一）, 4、7, 5—6), not the row's own running number.
    /// </summary>
    public static bool IsKeyHeader(string header) => Folded(header) is var folded && (TaskNumberHeaders.Contains(folded) || CellKeyedHeaders.Contains(folded));

    // 对应任务 may as well hold the words of the task it answers: a key header only where its cells are keys, which the
    // table's reader checks; it keeps its kind (a task column) meanwhile.
    private static readonly string[] CellKeyedHeaders = { "对应任务", "对应任务序号", "对应任务编号" };

    /// <summary>The header among the first rows of a table, or null where the table is not a task table.</summary>
    public static TableColumns? Find(IReadOnlyList<TableRow> rows)
    {
        for (var r = 0; r < rows.Count && r < 5; r++)
        {
            var kinds = WithTaskNumbers(rows[r].Cells.Select(c => Classify(c.Text)).ToArray(), rows[r].Cells.Select(c => c.Text).ToArray());
            if (!IsHeader(kinds))
            {
                continue;
            }

            var headers = rows[r].Cells.Select(c => c.Text.Trim()).ToArray();
            var headerRows = r + 1;

            // A second header row under merged headers (责任单位 over 牵头单位 | 配合单位) says more.
            if (r + 1 < rows.Count && rows[r + 1].Cells.Count == kinds.Length)
            {
                var next = rows[r + 1].Cells.Select(c => Classify(c.Text)).ToArray();
                if (rows[r + 1].Cells.Select((c, i) => c.IsMergedCopy || next[i] != ColumnKind.None || c.Text.Trim().Length == 0).All(x => x)
                    && next.Any(k => k != ColumnKind.None) && rows[r + 1].Cells.Any(c => !c.IsMergedCopy))
                {
                    for (var i = 0; i < kinds.Length; i++)
                    {
                        if (next[i] != ColumnKind.None && !rows[r + 1].Cells[i].IsMergedCopy)
                        {
                            kinds[i] = next[i];
                            headers[i] = rows[r + 1].Cells[i].Text.Trim();
                        }
                    }

                    headerRows++;
                }
            }

            // 责任单位 merged over a row of units' names, each column marked ● / ○ or 牵头 / 配合 on a task's row.
            MatrixMarks? marks = null;
            if (headerRows == r + 1 && MatrixMarks.Find(rows, r, kinds) is { } matrix)
            {
                marks = matrix;
                foreach (var i in matrix.Columns)
                {
                    kinds[i] = ColumnKind.MarkedUnit;
                    headers[i] = rows[r + 1].Cells[i].Text.Trim();
                }

                headerRows++;
            }
            else if (headerRows == r + 1 && MatrixMarks.FindInHeader(rows, r, kinds) is { } unitsInHeader)
            {
                // 工作任务 | 党委组织部 | 教务处 …, ● / ○ under them: the units name the header's own columns.
                marks = unitsInHeader;
                foreach (var i in unitsInHeader.Columns)
                {
                    kinds[i] = ColumnKind.MarkedUnit;
                }
            }

            // 项目名称 | 工作任务 | 牵头单位: two columns named as tasks, the first the project and the second the work under
            // it, row by row, as 重点任务 | 具体措施 are.
            var tasks = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == ColumnKind.Task).ToList();
            if (tasks.Count == 2 && !kinds.Contains(ColumnKind.Content))
            {
                kinds[tasks[1]] = ColumnKind.Content;
            }

            // 項目 | 工作內容 | 主導部門 over rows numbered 1, 2, 3 (a Hong Kong or Taiwan table's 項目 is the item's
            // number): the task column holds only numbers, so it numbers the rows and the content names each task.
            if (tasks.Count == 1 && kinds.Contains(ColumnKind.Content) && !kinds.Contains(ColumnKind.Number)
                && System.Array.IndexOf(kinds, ColumnKind.Content) is var content
                && rows.Skip(headerRows).Where(row => tasks[0] < row.Cells.Count && content < row.Cells.Count && row.Cells[content].Text.Trim() != row.Cells[tasks[0]].Text.Trim())
                    .Select(row => row.Cells[tasks[0]].Text.Trim()).Where(t => t.Length > 0).ToList() is { Count: >= 2 } cells
                && cells.All(t => t.Length <= 4 && t.All(char.IsDigit)))
            {
                kinds[tasks[0]] = ColumnKind.Number;
            }

            // 项目名称 | 建设单位 with no column of the bodies that answer for the projects: the builders (a company among
            // them) lead nothing; their column is kept as text.
            var builders = new List<string>();
            if (Enumerable.Range(0, kinds.Length).Where(i => NamesUnits(kinds[i])).All(i => IsOwner(Folded(headers[i]))))
            {
                for (var i = 0; i < kinds.Length; i++)
                {
                    if (kinds[i] == ColumnKind.Implementer && IsOwner(Folded(headers[i])))
                    {
                        kinds[i] = ColumnKind.Remark;
                        builders.Add(headers[i]);
                    }
                }
            }

            // 主要责任单位 as the only unit column: a list of the units accountable, whose first leads as any such list's.
            var mainly = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == ColumnKind.Lead && ChineseText.Fold(headers[i]).Replace(" ", string.Empty).StartsWith("主要责任", System.StringComparison.Ordinal)).ToList();
            if (mainly.Count == 1 && kinds.Count(NamesUnits) == 1)
            {
                kinds[mainly[0]] = ColumnKind.Accountable;
            }

            return new TableColumns(kinds, headers, r, headerRows, marks) { BuildersOnly = builders.ToArray() };
        }

        return null;
    }

    /// <summary>A header names a task or content column and at least one other column.</summary>
    public static bool IsHeader(IReadOnlyList<ColumnKind> kinds)
        => kinds.Count(k => k != ColumnKind.None) >= 2 && kinds.Any(k => k is ColumnKind.Task or ColumnKind.Content);

    // 项目业主, 业主单位, 项目建设单位: who builds a listed project.
    private static bool IsOwner(string folded)
        => folded is "项目业主" or "业主" or "业主单位" or "项目业主单位" or "建设单位" or "项目建设单位" or "项目单位" or "项目实施单位";

    private static string Folded(string header) => new string(ChineseText.Fold(header).Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '：' or ':')).ToArray());

    private static readonly System.Text.RegularExpressions.Regex TaskCount = new(
        @"^(?:重点)?(?:任务|项目|事项|措施|工作)(?:数|数量|个数|总数)(?:[（(][项个件条][）)])?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // An English key by its first word, lower case, without blanks or marks (Lead Unit, lead_unit and Lead-Unit are
    // leadunit; Owner(s) and Owners are owner): leader, PIC and contact name people, never units; co-lead leads.
    private static ColumnKind English(string folded)
    {
        var key = new string(folded.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        if (key.Length == 0)
        {
            return folded is "#" ? ColumnKind.Number : ColumnKind.None;
        }

        if (ShortEnglishKeys.TryGetValue(key, out var exact))
        {
            return exact;
        }

        // Item No., Task ID, Serial Number: a key that ends in a number's word numbers the rows, whatever it opens with.
        if (NumberEndings.Any(e => key.Length > e.Length && key.EndsWith(e, System.StringComparison.Ordinal)))
        {
            return ColumnKind.Number;
        }

        foreach (var (start, kind) in EnglishKeys)
        {
            if (key.StartsWith(start, System.StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return ColumnKind.None;
    }

    private static readonly string[] NumberEndings = { "no", "id", "number", "num", "nos" };

    // Short keys, matched whole (co is no prefix of content, nor no of note).
    private static readonly Dictionary<string, ColumnKind> ShortEnglishKeys = new(System.StringComparer.Ordinal)
    {
        ["co"] = ColumnKind.Support, ["no"] = ColumnKind.Number, ["id"] = ColumnKind.Number, ["sn"] = ColumnKind.Number, ["by"] = ColumnKind.Deadline,
        ["pic"] = ColumnKind.Person, ["nos"] = ColumnKind.Number,
    };

    // Looked for in this order: the first that opens the key names the column (leader before lead, coowner before
    // cooperating).
    private static readonly (string Start, ColumnKind Kind)[] EnglishKeys =
    {
        ("leader", ColumnKind.Person), ("personincharge", ColumnKind.Person), ("contact", ColumnKind.Person),
        ("responsibleperson", ColumnKind.Person), ("person", ColumnKind.Person), ("official", ColumnKind.Person),
        ("colead", ColumnKind.Lead), ("lead", ColumnKind.Lead), ("owner", ColumnKind.Lead), ("host", ColumnKind.Lead), ("primary", ColumnKind.Lead),
        ("coowner", ColumnKind.Support), ("cooperat", ColumnKind.Support), ("coordinat", ColumnKind.Support), ("support", ColumnKind.Support),
        ("partner", ColumnKind.Support), ("assist", ColumnKind.Support), ("secondary", ColumnKind.Support),
        ("responsib", ColumnKind.Accountable), ("department", ColumnKind.Accountable), ("dept", ColumnKind.Accountable), ("unit", ColumnKind.Accountable),
        ("agenc", ColumnKind.Accountable), ("organi", ColumnKind.Accountable), ("accountab", ColumnKind.Accountable),
        ("deadline", ColumnKind.Deadline), ("due", ColumnKind.Deadline), ("timeline", ColumnKind.Deadline), ("timeframe", ColumnKind.Deadline),
        ("completion", ColumnKind.Deadline), ("time", ColumnKind.Deadline), ("date", ColumnKind.Deadline),
        ("taskname", ColumnKind.Task), ("task", ColumnKind.Task), ("title", ColumnKind.Task), ("item", ColumnKind.Task), ("project", ColumnKind.Task),
        ("content", ColumnKind.Content), ("descr", ColumnKind.Content), ("detail", ColumnKind.Content), ("measure", ColumnKind.Content),
        ("action", ColumnKind.Content), ("work", ColumnKind.Content),
        ("subcategor", ColumnKind.Category), ("categor", ColumnKind.Category), ("subsection", ColumnKind.Category), ("section", ColumnKind.Category),
        ("group", ColumnKind.Category), ("area", ColumnKind.Category), ("field", ColumnKind.Category), ("domain", ColumnKind.Category),
        ("theme", ColumnKind.Category), ("type", ColumnKind.Category),
        ("remark", ColumnKind.Remark), ("note", ColumnKind.Remark), ("status", ColumnKind.Remark), ("progress", ColumnKind.Remark),
        ("comment", ColumnKind.Remark),
        ("seq", ColumnKind.Number), ("serial", ColumnKind.Number), ("number", ColumnKind.Number), ("index", ColumnKind.Number),
    };

    /// <summary>What a header cell's words say its column holds.</summary>
    public static ColumnKind Classify(string header)
    {
        var folded = Folded(header);

        // id, task, owner, co, deadline: the keys of a task table exported from a system or a page's data, in English.
        if (folded.Length > 0 && folded.All(c => c < 128))
        {
            return English(folded);
        }

        // 序號(hào), 責(zé)任單位: a mirror's pinyin after characters it could not show says nothing of the column.
        folded = Pinyin.Replace(folded, string.Empty);

        // 牵头单位 Lead, Lead 牵头单位: a bilingual header is read by its Chinese words (pinyin with its tones is gone above).
        if (folded.Any(c => c >= 128) && folded.Any(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')) && !folded.Any(c => c is >= '\u00C0' and <= '\u024F')
            && System.Text.RegularExpressions.Regex.Replace(folded, "[A-Za-z()（）/&.\\-_]+", string.Empty) is { Length: >= 2 } chinese && chinese != folded)
        {
            return Classify(chinese);
        }

        // 一、主要预期目标: a heading over rows, never a header cell.
        if (NumberedHeading.IsMatch(folded))
        {
            return ColumnKind.None;
        }

        // 进展情况、存在问题及下一步打算: a progress report's long column beside the plan's, kept as text.
        if (folded.Length <= 24 && ProgressOpenings.Any(p => folded.StartsWith(p, System.StringComparison.Ordinal)))
        {
            return ColumnKind.Remark;
        }

        // A header's note in brackets (责任单位（牵头单位列首位）: which of the listed units leads) does not make it prose.
        if (folded.Length == 0 || OutsideBrackets(folded) is var bare && (bare == 0 || bare > 12))
        {
            return ColumnKind.None;
        }

        if (folded is "序号" or "编号" or "项次" or "序次" or "序" or "号" or "No." or "NO." or "no.")
        {
            return ColumnKind.Number;
        }

        // 条目 over keys into the body's numbering (（一）, 4、7): which tasks the row is about, as 任务序号 says.
        if (folded is "条目" or "对应条目" or "条目序号" or "条目编号")
        {
            return ColumnKind.Task;
        }

        // 任务数（项）, 项目数量: how many tasks a row of a summary stands for, a figure kept as text, not the task.
        if (TaskCount.IsMatch(folded))
        {
            return ColumnKind.Remark;
        }

        // 办理要求, 工作要求: what is asked of whoever does the work (办理 names no one here), kept as text; not 具体要求
        // (the work itself) nor 时限要求 (when).
        if (folded is "办理要求" or "工作要求" or "落实要求" or "督办要求" or "有关要求" or "相关要求" or "其他要求")
        {
            return ColumnKind.Remark;
        }

        var role = RoleWords.Label(folded);

        // 责任分工, 职责分工 over cells that say who leads and who helps (牵头：X / 配合：Y): a column of the task's bodies. Only
        // as a header: on a form, 责任分工 is the label merged over 承办单位 and 协办单位 (FieldRecords).
        if (folded is "责任分工" or "职责分工")
        {
            role = Role.Accountable;
        }

        // 协责单位 beside 主责单位, 会办单位 beside 主办单位 (a congress's proposals handled jointly): header words only; in a
        // sentence 会办 is a verb (市政府会办).
        if (role == Role.None && (folded.StartsWith("协责", System.StringComparison.Ordinal) || folded.StartsWith("会办", System.StringComparison.Ordinal)))
        {
            role = Role.Support;
        }

        // 责任单位及责任人, 牵头单位（责任人）, 责任领导/责任单位: one column for the bodies and their people; its
        // cells are read for the bodies (TableReader.BodiesBesidePersons), the people kept as text.
        if (role == Role.None && UnitsBesidePersons(folded) is { } joined)
        {
            role = joined;
        }

        // 责任主体与协同单位, 牵头单位及配合单位: one column for the bodies of two roles, an accountable list (the first
        // listed leads where no other column does).
        if (role == Role.None && JoinsUnitRoles(folded))
        {
            role = Role.Accountable;
        }

        // 原牵头单位, 调整前责任单位 beside 调整后牵头单位: the unit before a change is no longer the role's; its column is
        // kept as text. 调整后, 现, 新 name the one in effect.
        if (role != Role.None && IsFormer(folded))
        {
            return ColumnKind.Remark;
        }

        // 主要责任单位 (beside 责任单位 or 协同配合单位): the unit mainly accountable, the lead.
        if (role == Role.Accountable && folded.StartsWith("主要责任", System.StringComparison.Ordinal))
        {
            return ColumnKind.Lead;
        }
        if (RoleColumns.Where(c => c.Role == role).Select(c => c.Kind).FirstOrDefault() is var kind and not ColumnKind.None)
        {
            return kind;
        }

        if (folded.EndsWith("备注", System.StringComparison.Ordinal) || folded is "说明")
        {
            return ColumnKind.Remark;
        }

        // 问题清单, 问题描述, 问题表现: a rectification list's rows are its problems, each with the units that answer for
        // it (存在问题 and 主要问题 are as often a progress report's column beside the tasks, and stay text).
        if (folded.EndsWith("问题清单", System.StringComparison.Ordinal) || folded is "问题描述" or "问题表现" or "具体问题" or "反馈问题" or "问题名称" or "问题事项"
            || (folded.EndsWith("问题", System.StringComparison.Ordinal) && RectificationWords.Any(w => folded.StartsWith(w, System.StringComparison.Ordinal))))
        {
            return ColumnKind.Task;
        }

        // 完成情况, 进展情况, 进度（百分比）, 问题与困难, 下一步工作打算, 是否完成: a progress report's columns beside the
        // plan's, kept as text.
        if (Any(folded, "情况", "进度", "进展", "问题", "困难", "打算") || folded.StartsWith("是否", System.StringComparison.Ordinal))
        {
            return ColumnKind.Remark;
        }

        // 县创建工作领导小组办公室, 市重点工作专班: a body's name under a label copied out of a form, never a header.
        if (UnitShape.LevelPrefixes.IndexOf(folded[0]) >= 0 && UnitShape.IsOrganisation(folded))
        {
            return ColumnKind.None;
        }

        // 项目业主, 业主单位, 项目建设单位: who builds a listed project, beside the bodies that answer for it; read as the
        // bodies that carry the work out (a 项目业主 is no task, though its header says 项目).
        if (IsOwner(folded))
        {
            return ColumnKind.Implementer;
        }

        // 建设性质 (新建, 续建), 建设规模, 建设地点, 起止年限: a project list's particulars, kept as text.
        if (folded is "建设性质" or "项目性质" or "建设规模" or "建设地点" or "建设年限" or "起止年限" or "建设起止年限")
        {
            return ColumnKind.Remark;
        }

        // 专项整治行业名称, 重点项目名称: the name of each row's work, whatever kind of work it names.
        if (folded.EndsWith("名称", System.StringComparison.Ordinal) && Any(folded, "行业", "项目", "任务", "工作", "活动", "事项", "工程"))
        {
            return ColumnKind.Task;
        }

        if (Any(folded, "类别", "分类", "类型", "领域", "板块", "方面", "专项", "篇章"))
        {
            return ColumnKind.Category;
        }

        // 批示要点, 批示意见: a leader's instruction tracked to its handling is the row's work.
        if (Any(folded, "措施", "内容", "目标", "举措", "要求", "具体任务", "任务分解", "细化", "工作标准", "成果", "指标", "要点")
            || (folded.StartsWith("批示", System.StringComparison.Ordinal) && !Any(folded, "领导", "人", "时间", "日期", "编号", "文号")))
        {
            return ColumnKind.Content;
        }

        // 活动名称, 会议名称: an activity arrangement's rows are its activities, the tasks; 协商议题, 调研议题: a consultation
        // plan's topics.
        // 提案题目, 建议标题 (a proposals' handling table: 主办单位 answers each), 施政重点 (Taiwan's 施政计划); not a
        // list's 文件标题 or 标题 alone, which name documents.
        if (Any(folded, "任务", "事项", "项目", "重点工作", "工作名称", "主要工作", "工作", "实事", "活动名称", "会议名称", "赛事名称", "活动主题", "施政重点", "议题")
            || Proposal.IsMatch(folded))
        {
            return ColumnKind.Task;
        }

        return ColumnKind.None;
    }

    private static readonly string[] ProgressOpenings = { "进展情况", "完成情况", "工作进展", "进度情况", "推进情况", "落实情况" };

    // 整改问题, 巡视反馈问题, 审计发现问题: the problems a rectification ledger answers, its tasks.
    private static readonly string[] RectificationWords = { "整改", "巡视", "巡察", "审计", "督查", "督察", "反馈" };

    private static readonly System.Text.RegularExpressions.Regex Proposal = new(
        "(提案|建议|议案|课题)(题目|标题|名称)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// True where a header names the bodies of a column together with their people (责任单位及责任人, 牵头单位（责任人）,
    /// 责任领导、责任单位): its cells hold both, and a name in them that is no body is a person, not a unit's damage.
    /// </summary>
    public static bool NamesPersonsBeside(string header)
    {
        var folded = Folded(header);
        return UnitsBesidePersons(Pinyin.Replace(folded, string.Empty)) is not null;
    }

    // The unit role of a header made of a unit label and a person label joined by 及/和/与/、/／, or with the person
    // label in brackets after it.
    private static Role? UnitsBesidePersons(string folded)
    {
        var parts = folded.Split(new[] { "及", "和", "与", "、", "/", "／", "（", "(", "）", ")" }, System.StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var roles = parts.Select(RoleWords.Label).ToArray();
        var unit = roles.Where(r => r is Role.Lead or Role.Support or Role.Accountable or Role.Implementer).ToList();
        return unit.Count == 1 && roles.Contains(Role.Person) ? unit[0] : null;
    }

    private static bool JoinsUnitRoles(string folded)
    {
        var parts = folded.Split(new[] { "及", "和", "与", "、", "/", "／" }, System.StringSplitOptions.RemoveEmptyEntries);
        var roles = parts.Select(RoleWords.Label).ToArray();
        // Lead or accountable first, support second: the order the cells list their bodies in (not 配合单位及牵头单位).
        return parts.Length == 2 && roles[0] is Role.Lead or Role.Accountable && roles[1] == Role.Support;
    }

    /// <summary>
    /// True where a header joins a lead label and a support label at a slash (牵头单位/配合单位): its cells are written the
    /// same way, the leads before the slash and the supports after it.
    /// </summary>
    public static bool JoinsRolesAtSlash(string header)
    {
        var folded = Pinyin.Replace(new string(ChineseText.Fold(header).Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '：' or ':')).ToArray()), string.Empty);
        var parts = folded.Split('/', '／');
        return parts.Length == 2 && RoleWords.Label(parts[0]) is Role.Lead or Role.Accountable && RoleWords.Label(parts[1]) == Role.Support;
    }

    /// <summary>A header cell's words without a mirror's pinyin after characters (序號(hào) → 序號).</summary>
    public static string WithoutPinyin(string text) => Pinyin.Replace(text, string.Empty);

    private static readonly System.Text.RegularExpressions.Regex Pinyin = new(@"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex NumberedHeading = new(@"^[一二三四五六七八九十]+[、.．]\S",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool Any(string text, params string[] words) => words.Any(text.Contains);

    /// <summary>A role header that names the unit before a change: 原…, 原来…, 原有…, 调整前…, 变更前…, …（调整前）.</summary>
    private static bool IsFormer(string folded)
        => folded.StartsWith("原", System.StringComparison.Ordinal) || Any(folded, "调整前", "变更前", "调整之前", "变更之前", "更改前", "修改前");

    private static int OutsideBrackets(string text)
    {
        int depth = 0, count = 0;
        foreach (var c in text)
        {
            if (ChineseText.IsOpenParen(c))
            {
                depth++;
            }
            else if (ChineseText.IsCloseParen(c))
            {
                depth = System.Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                count++;
            }
        }

        return count;
    }
}
