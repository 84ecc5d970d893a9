using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Tasks printed as records of fields rather than as rows: a 任务分解 page that shows one task as a form
/// (<c>具体任务</c> / its text / <c>责任单位</c> / <c>卫健局、文旅局</c> / <c>配合单位</c> / …, a label and its value on
/// lines of their own, as a two-column table copies), the same as <c>具体任务：…</c> / <c>责任单位：…</c> lines, or a
/// form table whose first column holds the labels (<c>具体任务 | …</c>, <c>责任单位 | … | 配合单位 | …</c>). Each record
/// becomes a row of a task table whose header is the records' labels, so the table reader reads it as any task table.
/// A record opens with its task (or its 序号) and names who is accountable; a record straight under a numbered line is
/// that line's fields, which the task reader reads (<c>1.推进… / 具体任务：… / 责任单位：…</c>), unless several records
/// follow one another there.
/// </summary>
internal static class FieldRecords
{
    // A label before a colon: a header's words (TableColumns.Classify), at most this long.
    private const int MaxLabel = 8;

    // A label alone on its line, shorter: 具体任务, 主要责任单位, not a title (主要目标任务分解).
    private const int MaxLabelAlone = 6;

    // The lines a label alone on its line may give its value (a cell of several paragraphs copies as several lines).
    private const int MaxValueLines = 4;

    public static List<SourceLine> Rebuild(List<SourceLine> lines)
    {
        // A document that prints its tasks as records (two in a row, or one standing alone) prints them so under a
        // heading too: one record under 二、营商环境 is that section's task, not the heading's fields.
        var found = Found(lines);
        var asRecords = found.Any(f => f.Records.Count > 1 || !UnderNumberedLine(lines, f.Start));
        var result = new List<SourceLine>(lines.Count);
        var next = 0;
        foreach (var (start, records, end) in found.Where(f => asRecords))
        {
            result.AddRange(lines.Skip(next).Take(start - next).Select(AsForm));

            // A record without a 配合 field lists its accountable bodies, first leading; one beside a 配合 field gives
            // them all the lead, as a table's columns do: records of different fields are different tables.
            result.AddRange(Runs(records).Select(run => SourceLine.OfTable(ToTable(run), rebuilt: true)));
            next = end;
        }

        result.AddRange(lines.Skip(next).Select(AsForm));
        return result;
    }

    // A form table read as the task table it is; any other line as it is. A form's row may read as a header
    // (工作任务 | 每月工作进展), a task table's rows never as labels and values: the form is tried first.
    private static SourceLine AsForm(SourceLine line)
        => line.Table is { } table && FormTable(table) is { } rows ? SourceLine.OfTable(rows, rebuilt: true) : line;

    // Every run of records in the text: where it starts, its records, the line after it.
    private static List<(int Start, List<List<Field>> Records, int End)> Found(List<SourceLine> lines)
    {
        var found = new List<(int Start, List<List<Field>> Records, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Table is null && Opens(lines[i]) && Records(lines, i) is var (records, end) && records.Count > 0)
            {
                found.Add((i, records, end));
                i = end - 1;
            }
        }

        return found;
    }

    // (一)扩大农村学前教育资源项目。 / 资金来源：… / 目标任务：… / 牵头单位：…: fields under a numbered line, the first of
    // them any short label, are that line's.
    private static bool UnderNumberedLine(List<SourceLine> lines, int at)
    {
        var i = at - 1;
        while (i >= 0 && lines[i].Table is null && AnyField.IsMatch(lines[i].Text))
        {
            i--;
        }

        return i >= 0 && lines[i].Table is null && Numbering.Read(lines[i]).Kind != NumberingKind.None;
    }

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
    }

    private static bool Opens(SourceLine line)
        => FieldsOf(line.Text) is { Count: > 0 } fields && fields[0].Kind is ColumnKind.Number or ColumnKind.Task or ColumnKind.Content
            && Numbering.Read(line).Kind == NumberingKind.None;

    /// <summary>
    /// The fields a line holds: its label (the kind, the label as printed) and the value after a colon (null where the
    /// label stands alone), two of them where a wide space parts them (<c>责任处室：X　　完成时限：Y</c>); <c>序号 3</c>
    /// is a number. Null where the line opens with no label.
    /// </summary>
    private static List<(ColumnKind Kind, string Label, string? Value)>? FieldsOf(string text)
    {
        var trimmed = text.Trim(' ', '　', '\t');
        if (NumberField.Match(trimmed) is { Success: true } number)
        {
            return new() { (ColumnKind.Number, number.Groups["label"].Value, number.Groups["value"].Value) };
        }

        var colon = trimmed.IndexOfAny(new[] { '：', ':' });
        if (colon > 0 && colon <= MaxLabel + 2 && Kind(trimmed.Substring(0, colon)) is var kind and not ColumnKind.None)
        {
            var fields = new List<(ColumnKind Kind, string Label, string? Value)>();
            var parts = WideSpace.Split(trimmed.Substring(colon + 1));
            var value = parts[0].Trim(' ', '　', '\t');
            fields.Add((kind, trimmed.Substring(0, colon).Trim(), value.Length == 0 ? null : value));
            foreach (var part in parts.Skip(1))
            {
                // 责任处室：省公路事务中心　　完成时限：2025年11月底: the second field goes on after the wide space.
                if (FieldsOf(part) is { Count: 1 } next && next[0].Value is not null)
                {
                    fields.Add(next[0]);
                }
                else
                {
                    fields[fields.Count - 1] = (fields[fields.Count - 1].Kind, fields[fields.Count - 1].Label, fields[fields.Count - 1].Value + "　" + part.Trim());
                }
            }

            return fields;
        }

        var bare = trimmed.TrimEnd('：', ':');
        return bare.Trim().Length <= MaxLabelAlone && Kind(bare) is var alone and not ColumnKind.None ? new() { (alone, bare.Trim(), null) } : null;
    }

    private static readonly System.Text.RegularExpressions.Regex NumberField = new(
        @"^(?<label>序号|编号)[ 　:：]*(?<value>[0-9０-９]{1,4})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex WideSpace = new(
        @"(?:[ \t]{2,}|　+)(?=[\u4E00-\u9FFF]{2,10}[：:])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A header's words with nothing but a label in them (完成时限, 责任单位（牵头）): not a numbered heading, not prose.
    private static ColumnKind Kind(string label)
    {
        // （一）城管项目：背街小巷整治: a numbered item whose words open with a category, not a label.
        var folded = ChineseText.Fold(label).Replace(" ", string.Empty).Replace("　", string.Empty);
        return folded.Length is >= 2 and <= MaxLabel + 4 && !ChineseText.IsOpenParen(folded[0]) && folded.All(c => c is >= '\u4E00' and <= '\u9FFF' || ChineseText.IsOpenParen(c) || ChineseText.IsCloseParen(c) || c is '、' or '/')
            ? TableColumns.Classify(folded)
            : ColumnKind.None;
    }

    /// <summary>The records from <paramref name="start"/> on, and the line after the last; none where the first does not hold a task and its bodies.</summary>
    private static (List<List<Field>> Records, int Next) Records(List<SourceLine> lines, int start)
    {
        var records = new List<List<Field>>();
        var record = new List<Field>();
        var i = start;
        var end = start;
        while (i < lines.Count && lines[i].Table is null && FieldsOf(lines[i].Text) is { } fields)
        {
            Field? alone = null;
            foreach (var (kind, label, inline) in fields)
            {
                // A label met again opens the next record (序号 or the task after the last field of the one before).
                if (record.Any(f => f.Kind == kind || f.Label == label) || (record.Count > 0 && kind == ColumnKind.Number))
                {
                    if (!IsRecord(record))
                    {
                        return Finish();
                    }

                    records.Add(record);
                    end = i;
                    record = new List<Field>();
                }

                if (record.Count == 0 && kind is not (ColumnKind.Number or ColumnKind.Task or ColumnKind.Content))
                {
                    return Finish();
                }

                record.Add(new Field(lines[i].Number, label, kind, inline ?? string.Empty));
                alone = inline is null ? record[record.Count - 1] : null;
            }

            i++;
            // A numbered line (一、主要预期目标) is a heading or a task of its own, never a cell's value.
            if (alone is null || i >= lines.Count || lines[i].Table is not null || IsLabelLine(lines[i], alone.Kind)
                || (alone.Kind != ColumnKind.Number && Numbering.Read(lines[i]).Kind != NumberingKind.None))
            {
                continue;
            }

            // A label alone: the next line is its value, whatever its words (a unit 县创建工作领导小组办公室 reads like a
            // header); the lines after it too, up to the next label, where they are few.
            var more = i + 1;
            while (more < lines.Count && lines[more].Table is null && FieldsOf(lines[more].Text) is null && Numbering.Read(lines[more]).Kind == NumberingKind.None
                   && more - i < MaxValueLines)
            {
                more++;
            }

            var closed = more >= lines.Count || lines[more].Table is not null || FieldsOf(lines[more].Text) is not null;
            var taken = closed && more < lines.Count ? more - i : 1;

            // 卫健局 / 文旅局 on lines of their own are two bodies; a task's text wrapped over lines is one text.
            alone.Value = string.Join(TableColumns.NamesBodies(alone.Kind) ? "、" : string.Empty, lines.Skip(i).Take(taken).Select(l => l.Text.Trim()));
            i += taken;
            if (!closed)
            {
                // Prose after the value: the records end here.
                break;
            }
        }

        return Finish();

        (List<List<Field>> Records, int Next) Finish()
        {
            if (IsRecord(record))
            {
                records.Add(record);
                end = i;
            }

            return (records, end);
        }
    }

    // A line that is a label of its own and not the value the label before it waits for (a body's name under 牵头单位).
    private static bool IsLabelLine(SourceLine line, ColumnKind waiting)
        => FieldsOf(line.Text) is { Count: 1 } fields && fields[0].Value is null && !(TableColumns.NamesBodies(waiting) && RoleWords.Label(ChineseText.Fold(line.Text.Trim())) == Role.None);

    // A task and who is accountable for it: its text and one field that names bodies, both filled.
    private static bool IsRecord(List<Field> record)
        => record.Any(f => f.Kind is ColumnKind.Task or ColumnKind.Content && f.Value.Length > 0)
            && record.Any(f => TableColumns.NamesUnits(f.Kind) && f.Value.Length > 0);

    // Consecutive records with the same labels.
    private static IEnumerable<List<List<Field>>> Runs(List<List<Field>> records)
    {
        static string Labels(List<Field> record) => string.Join("|", record.Select(f => f.Label).OrderBy(l => l, System.StringComparer.Ordinal));

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

    private static TableBlock ToTable(List<List<Field>> records)
    {
        var labels = records.SelectMany(r => r.Select(f => f.Label)).Distinct().ToList();
        var rows = new List<TableRow> { new(records[0][0].Line, labels.Select(l => new TableCell(l)).ToArray()) };
        rows.AddRange(records.Select(r => new TableRow(r[0].Line, labels.Select(l => new TableCell(r.FirstOrDefault(f => f.Label == l)?.Value ?? string.Empty)).ToArray())));
        return new TableBlock(records[0][0].Line, rows);
    }

    /// <summary>
    /// A form table (a label cell, its value cell, perhaps another pair on the same row; a title row across it above):
    /// its records as a task table, or null where its rows are not all labels and values or hold no task and its bodies.
    /// </summary>
    private static TableBlock? FormTable(TableBlock table)
    {
        var records = new List<List<Field>>();
        var record = new List<Field>();
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).ToList();
            if (cells.All(c => c.Length == 0) || (cells.Count == 1 && records.Count == 0 && record.Count == 0))
            {
                continue;
            }

            if (cells.Count % 2 != 0)
            {
                return null;
            }

            for (var c = 0; c < cells.Count; c += 2)
            {
                if (FieldsOf(cells[c]) is not { Count: 1 } fields || fields[0].Value is not null)
                {
                    return null;
                }

                var (kind, label, _) = fields[0];

                if (record.Any(f => f.Kind == kind || f.Label == label) || (record.Count > 0 && kind == ColumnKind.Number))
                {
                    if (!IsRecord(record))
                    {
                        return null;
                    }

                    records.Add(record);
                    record = new List<Field>();
                }

                record.Add(new Field(row.Line, label, kind, cells[c + 1].Replace("\n", TableColumns.NamesBodies(kind) ? "、" : string.Empty)));
            }
        }

        if (!IsRecord(record))
        {
            return null;
        }

        records.Add(record);
        return ToTable(records);
    }
}
