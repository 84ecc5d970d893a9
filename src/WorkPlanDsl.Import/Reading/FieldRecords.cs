using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Tasks printed as records of fields rather than as rows: a 任务分解 page that shows one task as a form
/// (<c>具体任务</c> / its text / <c>责任单位</c> / <c>卫健局、文旅局</c> / <c>配合单位</c> / …, a label and its value on
/// lines of their own, as a two-column table copies), the same as <c>具体任务：…</c> / <c>责任单位：…</c> lines, or a
/// form table whose first column holds the labels (<c>具体任务 | …</c>, <c>责任单位 | … | 配合单位 | …</c>). Each record
/// becomes a row of a task table whose header is the records' labels, so the table reader reads it as any task table.
/// A record opens with its task (or its 序号) and names who is accountable; fields under a numbered line are that line's,
/// which the task reader reads (<c>1.推进… / 具体任务：… / 责任单位：…</c>), unless the document prints its tasks as
/// records elsewhere.
/// </summary>
internal static class FieldRecords
{
    // A label before a colon: a header's words (TableColumns.Classify), at most this long.
    private const int MaxLabel = 8;

    // A label alone on its line, shorter: 具体任务, 主要责任单位, not a title (主要目标任务分解).
    private const int MaxLabelAlone = 6;

    // The lines a label alone on its line may give its value (a cell of several paragraphs copies as several lines).
    private const int MaxValueLines = 4;

    // The characters UnitShape.ModalAt reads from a modal's place (要不要 is no modal).
    private const int MaxModalContext = 3;

    // The field lines looked back over for the numbered line they belong to.
    private const int MaxFieldsAbove = 12;

    private static readonly char[] SentenceMarks = { '。', '，', ',', '；', ';', '、' };

    public static List<SourceLine> Rebuild(List<SourceLine> lines)
    {
        // A document that prints its tasks as records (two in a row, a copied form of label lines, or one standing
        // alone) prints them so under a heading too: one record under 二、营商环境 is that section's task, not the
        // heading's fields.
        var found = Found(lines, headFirst: true);
        if (found.Any(f => f.Records[0][0].Kind is not (ColumnKind.Number or ColumnKind.Task or ColumnKind.Content)) && !found.Any(IsHeadFirstRun))
        {
            found = Found(lines, headFirst: false);
        }

        if (!found.Any(f => f.Records.Count > 1 || (FieldsOf(lines[f.Start].Text)![0].Value is null && !ColonLabelUnderTask(lines, f.Start)) || !UnderNumberedLine(lines, f.Start)))
        {
            found.Clear();
        }

        var result = new List<SourceLine>(lines.Count);
        var next = 0;
        foreach (var (start, records, end) in found.Append((lines.Count, new List<List<Field>>(), lines.Count)))
        {
            for (var i = next; i < start; i++)
            {
                result.AddRange(AsForm(lines[i]));
            }

            result.AddRange(Tables(records));
            next = end;
        }

        return result;
    }

    // A record without a 配合 field lists its accountable bodies, first leading; one beside a 配合 field gives them all
    // the lead, as a table's columns do: records of different fields are different tables.
    private static IEnumerable<SourceLine> Tables(List<List<Field>> records)
        => records.Count == 0 ? Enumerable.Empty<SourceLine>() : Runs(records).Select(run => SourceLine.OfTable(ToTable(run), rebuilt: true));

    // A form table read as the task tables it holds (its rows above the first record kept as text); any other line as
    // it is. A form's row may read as a header (工作任务 | 每月工作进展), a task table's rows never as labels and values:
    // the form is tried first.
    private static IEnumerable<SourceLine> AsForm(SourceLine line)
        => line.Table is { } table && FormTable(table) is var (above, records)
            ? above.Concat(Tables(records))
            : new[] { line };

    // Cards that print who does the task above it name no accountable body after the task (牵头单位：C / 工作任务：… /
    // 责任单位：D is a card naming its body under the task, its 牵头单位 a heading's; a 配合单位 under it is the card's),
    // and each card shows where it ends: a field after its task (完成时限) or a blank line before the next. 牵头单位：A /
    // 工作任务：… / 牵头单位：B / 工作任务：… with neither is read the other way, the first lead the heading's.
    private static bool PrintsBodiesFirst(List<SourceLine> lines, List<List<Field>> records)
    {
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            var task = record.FindIndex(f => f.Kind is ColumnKind.Task or ColumnKind.Content);
            if (record.Skip(task + 1).Any(f => f.Kind is ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Implementer))
            {
                return false;
            }

            var apart = r + 1 < records.Count && records[r + 1][0].Line > lines[record[record.Count - 1].Next - 1].Number + 1;
            if (r + 1 < records.Count && task == record.Count - 1 && !apart)
            {
                return false;
            }
        }

        return true;
    }

    // Cards that print who does the task above it (牵头单位：A / 工作任务：… / 完成时限：… / 牵头单位：B / …) are cards
    // only where two of them in a row open with the same label: one such card alone is a heading's lead and its task.
    private static bool IsHeadFirstRun((int Start, List<List<Field>> Records, int End) run)
        => run.Records.Count > 1 && run.Records[0][0].Kind is not (ColumnKind.Number or ColumnKind.Task or ColumnKind.Content);

    // Every run of records in the text: where it starts, its records, the line after it. With headFirst, a record may
    // open with the field naming who does its task (see IsHeadFirstRun).
    private static List<(int Start, List<List<Field>> Records, int End)> Found(List<SourceLine> lines, bool headFirst)
    {
        var found = new List<(int Start, List<List<Field>> Records, int End)>();
        var (bodies, barrier) = Reach(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Table is not null || !Opens(lines[i], headFirst))
            {
                continue;
            }

            // A record names bodies under a label; where no such label stands before the lines no record can span, no
            // record starts anywhere up to them. Without this, 1,500 task-and-deadline cards cost 40 s: every line
            // opened a scan to the end of the run.
            if (bodies[i] >= barrier[i])
            {
                i = barrier[i] - 1;
                continue;
            }

            if (Records(lines, i) is var (records, end) && records.Count > 0)
            {
                found.Add((i, records, end));
                i = end - 1;
            }
        }

        return found;
    }

    // For each line, the first line from it on whose fields name bodies, and the first no run of records passes: a
    // table, or more lines without a label in a row than a label's value and its wrapped lines take.
    private static (int[] Bodies, int[] Barrier) Reach(List<SourceLine> lines)
    {
        const int UnlabelledRun = MaxValueLines + 2;
        var bodies = new int[lines.Count + 1];
        var barrier = new int[lines.Count + 1];
        (bodies[lines.Count], barrier[lines.Count]) = (lines.Count, lines.Count);
        var unlabelled = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var fields = lines[i].Table is null ? FieldsOf(lines[i].Text) : null;
            unlabelled = lines[i].Table is null && fields is null ? unlabelled + 1 : 0;
            bodies[i] = fields is not null && fields.Any(MayNameBodies) ? i : bodies[i + 1];
            barrier[i] = lines[i].Table is not null || unlabelled >= UnlabelledRun ? i : barrier[i + 1];
        }

        return (bodies, barrier);
    }

    // A field that may become a record's bodies (see IsRecord): a label alone, or a value with no modal verb that the
    // lines wrapped after it could not undo (责任单位：各街道要抓好落实 stays a sentence whatever follows).
    private static bool MayNameBodies((ColumnKind Kind, string Label, string? Value) field)
    {
        if (field.Kind is not (ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Implementer))
        {
            return false;
        }

        var folded = ChineseText.Fold(field.Value ?? string.Empty);
        for (var i = 0; i + MaxModalContext <= folded.Length; i++)
        {
            if (UnitShape.ModalAt(folded, i) > 0)
            {
                return false;
            }
        }

        return true;
    }

    // (一)扩大农村学前教育资源项目。 / 资金来源：… / 目标任务：… / 牵头单位：…: label-and-colon fields under a numbered
    // line, the first of them any short label, are that line's, unless the line or its fields already name its lead
    // (1.推进城市更新。（牵头单位：区住建局） or （一）… / 牵头单位：区住建局 then 重点任务：… / 牵头单位：…, a task of its
    // own). A record of label lines and value lines is a copied form wherever it stands. A task has a few fields: the
    // look back is bounded, so a long run of field lines costs no more than its length.
    private static bool UnderNumberedLine(List<SourceLine> lines, int at)
    {
        var i = at - 1;
        var named = false;
        // 任务一：安全生产治本攻坚行动 looks like a field too: a numbered line ends the look back.
        while (i >= 0 && at - i <= MaxFieldsAbove && lines[i].Table is null && AnyField.IsMatch(lines[i].Text) && Numbering.Read(lines[i]).Kind == NumberingKind.None)
        {
            named |= NamesItsLead(lines[i].Folded);
            i--;
        }

        return i >= 0 && lines[i].Table is null && Numbering.Read(lines[i]).Kind != NumberingKind.None && !named && !NamesItsLead(lines[i].Folded);
    }

    // （一）加快高速公路网建设。 / 阶段目标： / 第一阶段…: a label with its colon, alone under a numbered task, opens a field
    // of that task, as 责任单位：… under it does; a form copied from a table's cells prints its labels bare (具体任务).
    private static bool ColonLabelUnderTask(List<SourceLine> lines, int at)
        => lines[at].Text.TrimEnd() is { Length: > 0 } label && label[label.Length - 1] is '：' or ':' && UnderNumberedLine(lines, at);

    // （牵头单位：区住建局）, 由区住建局负责: a label or a verb that gives the line's task its lead.
    private static bool NamesItsLead(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (RoleWords.VerbAt(folded, i).Role is Role.Lead or Role.Accountable)
            {
                return true;
            }
        }

        return LabelBeforeColon.Matches(folded).Cast<System.Text.RegularExpressions.Match>()
            .Any(m => RoleWords.Label(m.Groups[1].Value) is Role.Lead or Role.Accountable);
    }

    private static readonly System.Text.RegularExpressions.Regex LabelBeforeColon = new(
        @"([\u4E00-\u9FFF]{2,8})[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex AnyField = new(
        @"^[ 　\t]*[\u4E00-\u9FFF]{2,8}[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private sealed class Field
    {
        public Field(int line, string label, ColumnKind kind, string value)
        {
            Line = line;
            Label = label;
            Kind = kind;
            Value = value;
        }

        public int Line { get; }

        public string Label { get; }

        public ColumnKind Kind { get; }

        public string Value { get; set; }

        /// <summary>In text, the index of the line after the field's value.</summary>
        public int Next { get; set; }
    }

    /// <summary>
    /// Fields gathered into records: a label met again or a 序号 opens the next record (not a second field of a kind:
    /// 改革目标 and 成果形式 are both the work's words, 牵头领导 and 责任人 both persons). A record needs its task; the
    /// records need one that names who is accountable.
    /// </summary>
    private sealed class RecordBuilder
    {
        // The label every record opens with where the records print who does the task first (牵头单位), else null.
        private readonly string? _head;

        private List<Field> _record = new();

        public RecordBuilder(string? head) => _head = head;

        public List<List<Field>> Records { get; } = new();

        public bool Started => _record.Count > 0 || Records.Count > 0;

        /// <summary>True where the record open now holds its task and its bodies.</summary>
        public bool Complete => IsRecord(_record);

        /// <summary>Adds a field; false where it cannot stand there (the record before it holds no task).</summary>
        public bool Add(Field field)
        {
            if (_record.Any(f => f.Label == field.Label) || (_record.Count > 0 && field.Kind == ColumnKind.Number))
            {
                if (!HasTask(_record))
                {
                    return false;
                }

                Records.Add(_record);
                _record = new List<Field>();
            }

            if (_record.Count == 0 && (_head is null ? field.Kind is not (ColumnKind.Number or ColumnKind.Task or ColumnKind.Content) : field.Label != _head))
            {
                return false;
            }

            _record.Add(field);
            return true;
        }

        /// <summary>
        /// Adds the fields of one line, all or none: a line whose later field cannot stand in the records (a third
        /// 牵头单位 on it) stays out of them whole, so no words of it are lost.
        /// </summary>
        public bool AddLine(List<Field> fields)
        {
            var (closed, open) = (Records.Count, new List<Field>(_record));
            if (fields.All(Add))
            {
                return true;
            }

            Records.RemoveRange(closed, Records.Count - closed);
            _record = open;
            return false;
        }

        /// <summary>The records, the open one included where it holds its task; none where no record names anyone.</summary>
        public List<List<Field>> Close()
        {
            // 牵头单位：B left with no task after it: the cards print who does a task under the task, not above it.
            if (_head is not null && _record.Count > 0 && !HasTask(_record))
            {
                return new List<List<Field>>();
            }

            if (HasTask(_record))
            {
                Records.Add(_record);
            }

            _record = new List<Field>();
            return Records.Any(IsRecord) ? Records : new List<List<Field>>();
        }
    }

    private static bool Opens(SourceLine line, bool headFirst)
        => FieldsOf(line.Text) is { Count: > 0 } fields && Numbering.Read(line).Kind == NumberingKind.None
            && (fields[0].Kind is ColumnKind.Number or ColumnKind.Task or ColumnKind.Content
                || (headFirst && fields[0].Kind is ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Implementer or ColumnKind.Support or ColumnKind.Person));

    /// <summary>
    /// The fields a line holds: its label (the kind, the label as printed) and the value after a colon (null where the
    /// label stands alone), two of them where a wide space parts them (<c>责任处室：X　　完成时限：Y</c>); <c>序号 3</c>
    /// is a number. Null where the line opens with no label.
    /// </summary>
    private static List<(ColumnKind Kind, string Label, string? Value)>? FieldsOf(string text, int maxAlone = MaxLabelAlone)
    {
        var trimmed = WithGappedLabelsColoned(text.Trim(' ', '　', '\t'));
        // 序号 3, 序號　１２ (a mirror's traditional characters, full-width digits): the record's number, as printed.
        if (NumberField.Match(ChineseText.Fold(trimmed)) is { Success: true } number)
        {
            var label = number.Groups["label"];
            var value = number.Groups["value"];
            return new() { (ColumnKind.Number, trimmed.Substring(label.Index, label.Length), trimmed.Substring(value.Index, value.Length)) };
        }

        // 项目一 alone on its line over 项目名称 / 牵头单位 …: the number of a form printed a task each (not a 项目 label).
        if (NamedNumber.Match(ChineseText.Fold(trimmed)) is { Success: true } named
            && (ChineseText.ParseNumeral(named.Groups["value"].Value) ?? (int.TryParse(named.Groups["value"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (int?)null)) is { } place)
        {
            return new() { (ColumnKind.Number, trimmed.Substring(0, 2), place.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        }

        var colon = trimmed.IndexOfAny(new[] { '：', ':' });

        // 任务一：安全生产治本攻坚行动 numbers a task by name; it is no 任务 field.
        if (colon > 0 && Numbering.Read(SourceLine.Of(0, trimmed)) is { Kind: not NumberingKind.None } numbered && numbered.Label.Length >= colon)
        {
            return null;
        }

        if (colon > 0 && colon <= MaxLabel + 2 && Kind(trimmed.Substring(0, colon)) is var kind and not ColumnKind.None)
        {
            // 责任处室：省公路事务中心　　完成时限：2025年11月底, 具体任务：…，牵头单位：Y；配合单位：Z: the next field goes
            // on after a wide space, or after a comma or a semicolon where it names bodies, a time or a person. One pass
            // over the line, however many fields it holds.
            var fields = new List<(ColumnKind Kind, string Label, string? Value)>();
            var (label, valueStart) = (trimmed.Substring(0, colon).Trim(), colon + 1);
            foreach (System.Text.RegularExpressions.Match m in NextField.Matches(trimmed, colon + 1))
            {
                var at = m.Index + m.Length;
                // 序号：1；事项：…: after a record's number any field goes on, whatever it holds.
                if (m.Index < valueStart || LabelAt(trimmed, at) is not var (next, nextColon)
                    || !(m.Value.Trim(' ', '\t', '　').Length == 0 || TableColumns.NamesBodies(next) || next is ColumnKind.Deadline or ColumnKind.Person
                        || (kind == ColumnKind.Number && RecordNumber.IsMatch(trimmed.Substring(valueStart, m.Index - valueStart)))))
                {
                    continue;
                }

                fields.Add(Parsed(kind, label, trimmed.Substring(valueStart, m.Index - valueStart)));
                (kind, label, valueStart) = (next, trimmed.Substring(at, nextColon - at).Trim(), nextColon + 1);
            }

            fields.Add(Parsed(kind, label, trimmed.Substring(valueStart)));
            return fields;
        }

        var bare = trimmed.TrimEnd('：', ':');
        return bare.Trim().Length <= maxAlone && Kind(bare) is var alone and not ColumnKind.None ? new() { (alone, bare.Trim(), null) } : null;
    }

    // 牵头单位      市民政局, 责任市领导   钱丽华      完成时限   6月底前: a form's label cell and its value cell as
    // pdftotext -layout prints them, apart by a wide space and no colon. Not a header's labels side by side (序号  重点任务
    // 牵头单位), where the words after the space are a label too.
    private static readonly System.Text.RegularExpressions.Regex GappedLabel = new(
        @"(?<=^|[ \t]{2}|　)(?<label>[\u4E00-\u9FFF]{2,8})(?<gap>[ \t]{2,}|　+[ \t　]*)(?<next>[^\s：:][^ \t　]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string WithGappedLabelsColoned(string text)
    {
        if (text.IndexOf("  ", System.StringComparison.Ordinal) < 0 && text.IndexOf('　') < 0)
        {
            return text;
        }

        return GappedLabel.Replace(text, m => Kind(m.Groups["label"].Value) != ColumnKind.None
            && (m.Groups["next"].Length > MaxLabelAlone || Kind(m.Groups["next"].Value) == ColumnKind.None)
            ? m.Groups["label"].Value + "：" + m.Groups["next"].Value
            : m.Value);
    }

    private static readonly System.Text.RegularExpressions.Regex NamedNumber = new(
        @"^(?:任务|项目|事项|工程|实事)(?<value>[一二三四五六七八九十]{1,3}|[0-9]{1,3})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex RecordNumber = new(
        @"^[ 　]*[0-9０-９]{1,4}[ 　]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex NumberField = new(
        @"^(?<label>序号|编号)[ 　:：]*(?<value>[0-9０-９]{1,4})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static (ColumnKind Kind, string Label, string? Value) Parsed(ColumnKind kind, string label, string value)
        => (kind, label, value.Trim(' ', '　', '\t') is { Length: > 0 } trimmed ? trimmed : null);

    // The kind of a label at the index and where its colon stands, where a value follows it; null otherwise.
    private static (ColumnKind Kind, int Colon)? LabelAt(string text, int at)
    {
        var colon = text.IndexOfAny(new[] { '：', ':' }, at, System.Math.Min(MaxLabel + 3, text.Length - at));
        var value = colon + 1;
        while (colon > at && value < text.Length && text[value] is ' ' or '　' or '\t')
        {
            value++;
        }

        return colon > at && value < text.Length && Kind(text.Substring(at, colon - at)) is var kind and not ColumnKind.None ? (kind, colon) : null;
    }

    private static readonly System.Text.RegularExpressions.Regex NextField = new(
        @"(?:[ \t]{2,}|　+|[，,；;])(?=[\u4E00-\u9FFF]{2,10}[：:])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A header's words with nothing but a label in them (完成时限, 责任单位（牵头）): not a numbered heading, not prose. On a
    // form, 责任分工 is the label merged over the fields that name the bodies (承办单位, 协办单位), not a field itself.
    private static ColumnKind Kind(string label)
        => IsLabelShaped(label) && ChineseText.Fold(label).Replace(" ", string.Empty).Replace("　", string.Empty) is var folded && folded is not ("责任分工" or "职责分工")
            ? TableColumns.Classify(folded) : ColumnKind.None;

    // （一）城管项目：背街小巷整治: a numbered item whose words open with a category, not a label.
    private static bool IsLabelShaped(string label)
    {
        var folded = ChineseText.Fold(label).Replace(" ", string.Empty).Replace("　", string.Empty);
        return folded.Length is >= 2 and <= MaxLabel + 4 && !ChineseText.IsOpenParen(folded[0])
            && folded.All(c => c is >= '\u4E00' and <= '\u9FFF' || ChineseText.IsOpenParen(c) || ChineseText.IsCloseParen(c) || c is '、' or '/');
    }

    // 主讲人 / 王教授, 活动地点 / 区体育馆: a short line of a label's shape that no header word names, a value under it,
    // which a record of tasks does not hold (a timetable's, a letter's); a body's name under a label that names bodies
    // is its value, and a short line before the next label the end of a wrapped value.
    private static bool IsOtherLabel(List<SourceLine> lines, int at, ColumnKind waiting)
    {
        var text = lines[at].Text.Trim(' ', '　', '\t').TrimEnd('：', ':');
        return text.Length <= MaxLabelAlone && IsLabelShaped(text) && !(TableColumns.NamesBodies(waiting) && UnitShape.IsOrganisation(text))
            && at + 1 < lines.Count && lines[at + 1].Table is null && FieldsOf(lines[at + 1].Text) is null;
    }

    /// <summary>The records from <paramref name="start"/> on, and the line after the last; none where none of them holds a task and its bodies.</summary>
    private static (List<List<Field>> Records, int Next) Records(List<SourceLine> lines, int start)
    {
        var opener = FieldsOf(lines[start].Text)![0];
        var head = opener.Kind is ColumnKind.Number or ColumnKind.Task or ColumnKind.Content ? null : opener.Label;
        var builder = new RecordBuilder(head);
        var i = start;

        // The first lines of the value of a label printed beside the middle of its cell (see IsCentredLabel).
        string? centred = null;
        while (i < lines.Count && lines[i].Table is null && FieldsOf(lines[i].Text) is { } fields)
        {
            var read = fields.Select(f => new Field(lines[i].Number, f.Label, f.Kind, f.Value ?? string.Empty)).ToList();
            if (!builder.AddLine(read))
            {
                // Cards that print who does the task first end where a line opens no card of theirs: a field line that
                // would open one the other way (工作任务：… under 牵头单位：A / 工作任务：… / 责任单位：B) is no such end.
                return head is null ? Finish() : (new List<List<Field>>(), start);
            }

            i++;
            var last = read[read.Count - 1];
            if (last.Value.Length == 0)
            {
                // A label alone: the next line is its value, whatever its words (a unit 县创建工作领导小组办公室 reads like
                // a header), never a label of its own or a part's heading (一、…, （一）…).
                if (i < lines.Count && lines[i].Table is null && !IsLabelLine(lines[i], last.Kind) && MayBeValue(lines[i], last.Kind, measures: true))
                {
                    last.Value = Joined(last.Kind, new[] { centred ?? string.Empty, lines[i].Text.Trim() });
                    i++;
                }
            }

            centred = null;

            // The lines after the value up to the next label, where they are few (a cell of several paragraphs, a value
            // wrapped onto the next line); a timetable's 主讲人 / 王教授 or anything else after a value ends the records.
            var more = i;
            var measures = Numbering.Read(lines[i - 1]).Kind != NumberingKind.None;
            while (last.Value.Length > 0 && more < lines.Count && lines[more].Table is null && FieldsOf(lines[more].Text) is null
                   && MayBeValue(lines[more], last.Kind, measures) && !IsOtherLabel(lines, more, last.Kind) && more - i < MaxValueLines
                   && (!TableColumns.NamesBodies(last.Kind) || AreNames(lines[more].Text)))
            {
                more++;
            }

            if (more > i && more < lines.Count && lines[more].Table is null && FieldsOf(lines[more].Text) is { } following)
            {
                var between = lines.Skip(i).Take(more - i).Select(l => l.Text.Trim());
                if (IsCentredLabel(lines, more, following, i))
                {
                    centred = Joined(following[0].Kind, between);
                }
                else
                {
                    last.Value = Joined(last.Kind, new[] { last.Value }.Concat(between));
                }

                i = more;
            }

            foreach (var field in read)
            {
                field.Next = i;
            }
        }

        return Finish();

        (List<List<Field>> Records, int Next) Finish()
        {
            var records = builder.Close();
            if (head is not null && !PrintsBodiesFirst(lines, records))
            {
                records.Clear();
            }

            return (records, records.Count == 0 ? start : records.SelectMany(r => r).Max(f => f.Next));
        }
    }

    // pdftotext -layout prints a label beside the middle of a tall cell: the cell's first lines above the label, the rest
    // below it, all indented to the value's column while the label stands at the margin (        开展职业技能培训… /
    // 建设内容 /         群体创业担保贷款…). The indented lines above a lone words label are that label's, not the
    // field's before it.
    private static bool IsCentredLabel(List<SourceLine> lines, int label, List<(ColumnKind Kind, string Label, string? Value)> fields, int from)
        => fields.Count == 1 && fields[0].Value is null && fields[0].Kind is ColumnKind.Task or ColumnKind.Content
            && !IsIndented(lines[label]) && label + 1 < lines.Count && lines[label + 1].Table is null && IsIndented(lines[label + 1])
            && FieldsOf(lines[label + 1].Text) is null && Enumerable.Range(from, label - from).All(x => IsIndented(lines[x]));

    private static bool IsIndented(SourceLine line) => line.Indent >= 4;

    // A heading (一、…, （一）…) is never a value; a task's text under a label alone may be numbered measures (具体任务 /
    // 1.…；2.…), which go on where the value opened with one. After a value of words, a numbered line is the next task.
    // A cell's measures (1.… 2.…) may be its value; a numbered line that names who does it (1.兴建单位。（市房屋局牵头）) is a
    // task of its own under a heading that reads like a label (重点任务), not a cell.
    private static bool MayBeValue(SourceLine line, ColumnKind kind, bool measures)
        => Numbering.Read(line).Kind is NumberingKind.None
            || (measures && kind is ColumnKind.Task or ColumnKind.Content
                && Numbering.Read(line).Kind is NumberingKind.Arabic or NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled
                && !RoleWords.HasRole(line.Folded));

    // 文旅局, 市财政局、各街道: a line of bodies' names that goes on a list, not a sentence after it.
    private static bool AreNames(string text)
        => text.IndexOfAny(new[] { '。', '！', '？' }) < 0 && ClauseReader.Names(text, ChineseText.Fold(text)) is { Count: > 0 } names
            && names.All(n => UnitShape.IsOrganisation(n.Name));

    // 卫健局 / 文旅局 on lines of their own are two bodies (牵头单位：A、B、 / C one list); a task's text wrapped over lines is one text.
    private static string Joined(ColumnKind kind, IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (text.Length > 0 && TableColumns.NamesBodies(kind) && "、，,；;".IndexOf(text[text.Length - 1]) < 0)
            {
                text.Append('、');
            }

            text.Append(part);
        }

        return text.ToString();
    }

    // A line that is a label of its own and not the value the label before it waits for (a body's name under 牵头单位).
    private static bool IsLabelLine(SourceLine line, ColumnKind waiting)
        => FieldsOf(line.Text) is { Count: 1 } fields && fields[0].Value is null && !(TableColumns.NamesBodies(waiting) && RoleWords.Label(ChineseText.Fold(line.Text.Trim())) == Role.None);

    private static bool HasTask(List<Field> record) => record.Any(f => f.Kind is ColumnKind.Task or ColumnKind.Content && f.Value.Length > 0);

    // A task and who is accountable for it: its text and a lead, accountable or implementer field that names bodies, not
    // a sentence (责任单位：各街道、区政府各部门要按照职责分工抓好落实) nor supports alone (a letter's 配合单位).
    private static bool IsRecord(List<Field> record)
        => HasTask(record) && record.Any(f => f.Kind is ColumnKind.Lead or ColumnKind.Accountable or ColumnKind.Implementer && f.Value.Length > 0
            && !Enumerable.Range(0, f.Value.Length).Any(i => UnitShape.ModalAt(ChineseText.Fold(f.Value), i) > 0));

    // Consecutive records whose bodies are named under the same labels (a 督办意见 or a 责任人 more or less is the same table).
    private static IEnumerable<List<List<Field>>> Runs(List<List<Field>> records)
    {
        static string Labels(List<Field> record)
            => string.Join("|", record.Where(f => TableColumns.NamesBodies(f.Kind)).Select(f => f.Label).OrderBy(l => l, System.StringComparer.Ordinal));

        var run = new List<List<Field>>();
        foreach (var record in records)
        {
            if (run.Count > 0 && Labels(run[0]) != Labels(record))
            {
                yield return run;
                run = new List<List<Field>>();
            }

            run.Add(record);
        }

        yield return run;
    }

    // The records as a task table: a column per label, the bodies' columns first, so that a record whose bodies are not
    // filled in (责任单位 left empty) is a row with its task, not a category row spanning the table. A measure after
    // the task (工作措施 beside 具体任务) is the task's text, under its label.
    private static TableBlock ToTable(List<List<Field>> records)
    {
        records = records.Select(Measured).ToList();
        var labels = records.SelectMany(r => r.Where(f => TableColumns.NamesBodies(f.Kind)).Select(f => f.Label))
            .Concat(records.SelectMany(r => r.Select(f => f.Label))).Distinct().ToList();
        var rows = new List<TableRow> { new(records[0][0].Line, labels.Select(l => new TableCell(l)).ToArray()) };
        rows.AddRange(records.Select(r => new TableRow(r[0].Line, labels.Select(l => new TableCell(r.FirstOrDefault(f => f.Label == l)?.Value ?? string.Empty)).ToArray())));
        return new TableBlock(records[0][0].Line, rows);
    }

    private static List<Field> Measured(List<Field> record)
    {
        var works = record.Where(f => f.Kind is ColumnKind.Task or ColumnKind.Content).ToList();
        if (works.Count < 2)
        {
            return record;
        }

        var task = new Field(works[0].Line, works[0].Label, works[0].Kind,
            works[0].Value + string.Concat(works.Skip(1).Where(f => f.Value.Length > 0).Select(f => "\n" + f.Label + "：" + f.Value)));
        return record.Where(f => !works.Contains(f)).Prepend(task).ToList();
    }

    // A cell that is a label and nothing else, with the column kind the label names (None for 责任分工, 督办意见).
    private static bool IsLabelAlone(string cell, out ColumnKind kind)
    {
        kind = ColumnKind.None;
        if (FieldsOf(cell, MaxLabel) is { Count: 1 } fields && fields[0].Value is null)
        {
            kind = fields[0].Kind;
            return true;
        }

        return IsLabelShaped(cell) && cell.Length <= MaxLabel;
    }

    /// <summary>
    /// A form table: label cells each followed by its value (a row <c>责任单位 | A | 配合单位 | B</c>), a title and the
    /// form's own fields (填报单位) above the first record, kept as text, and after a record's bodies a row no header word
    /// names (督办意见), kept as its text. Null where a row is no labels and values, a row no header word names stands
    /// before a record's bodies (a timetable's 主讲人), or no record names who is accountable.
    /// </summary>
    private static (List<SourceLine> Above, List<List<Field>> Records)? FormTable(TableBlock table)
    {
        var builder = new RecordBuilder(head: null);
        var above = new List<SourceLine>();
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).ToList();
            while (cells.Count > 0 && cells[cells.Count - 1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count == 0)
            {
                continue;
            }

            if (!builder.Started && cells.Count >= 3 && cells.Select(c => c.Length > 0 ? TableColumns.Classify(c) : ColumnKind.None).ToList() is var kinds
                && kinds.All(k => k != ColumnKind.None) && kinds.Any(TableColumns.NamesUnits) && cells.All(c => c.IndexOfAny(SentenceMarks) < 0))
            {
                // 重点任务 | 工作内容 | 牵头单位 | 配合单位: every cell a column's name, one of them a unit column's, the header of
                // a task table. A form's first row holds a label and its value (任务名称 | 农村人居环境整治工作 | 工作目标 | …),
                // and names no unit column before its 牵头单位 row.
                return null;
            }

            if (cells.Count == 1 && !builder.Started)
            {
                // The form's title across it.
                above.Add(SourceLine.Of(row.Line, cells[0]));
                continue;
            }

            // 责任分工 | 承办单位 | X under 交办事项 | …: a label over the labels beside it (merged down over their rows)
            // names no field of its own.
            if (cells.Count >= 3 && IsLabelAlone(cells[0], out var group) && group == ColumnKind.None && IsLabelAlone(cells[1], out var inner) && inner != ColumnKind.None)
            {
                cells.RemoveAt(0);
            }

            for (var c = 0; c < cells.Count; c += 2)
            {
                // 编号 | 2024-23-01 | 交办日期：2024年4月22日: a cell holding a label and its value both.
                if (FieldsOf(cells[c], MaxLabel) is { Count: 1 } own && own[0].Value is { Length: > 0 } ownValue && own[0].Kind != ColumnKind.None && builder.Started)
                {
                    if (!builder.Add(new Field(row.Line, own[0].Label, own[0].Kind, ownValue)))
                    {
                        return null;
                    }

                    c--;
                    continue;
                }

                var value = c + 1 < cells.Count ? cells[c + 1] : string.Empty;
                if (cells[c].Length == 0 && value.Length == 0)
                {
                    continue;
                }

                // 督办意见, 填报单位: a label no header word names, where it stands as one.
                var (kind, label) = FieldsOf(cells[c], MaxLabel) is { Count: 1 } fields && fields[0].Value is null ? (fields[0].Kind, fields[0].Label) : (ColumnKind.None, cells[c]);
                if (kind == ColumnKind.None && !(IsLabelShaped(label) && label.Length <= MaxLabel))
                {
                    return null;
                }

                var field = new Field(row.Line, label, kind, Joined(kind, value.Split('\n').Select(v => v.Trim())));
                if (!builder.Started && kind is not (ColumnKind.Number or ColumnKind.Task or ColumnKind.Content))
                {
                    above.Add(SourceLine.Of(row.Line, label + "：" + field.Value));
                }
                else if ((kind == ColumnKind.None && !builder.Complete) || !builder.Add(field))
                {
                    return null;
                }
            }
        }

        var records = builder.Close();
        return records.Count > 0 ? (above, records) : null;
    }
}
