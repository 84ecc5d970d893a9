using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A table that gives the numbered tasks their units by number alone (任务序号 | 牵头单位 | 配合单位, rows 1, （一）—（二）,
/// （三）、（四）): no words of its own, so no tasks of its own; each row's units go to the tasks it numbers.
/// </summary>
internal sealed partial class StructureReader
{
    // 1, 3—5, （一）—（二）, （三）、（四）, （一）（二）, 第6项: task numbers and the marks between them, nothing else (brackets
    // may stand side by side with no mark).
    private static readonly System.Text.RegularExpressions.Regex TaskNumbers = new(
        @"^[ 　]*(?:第)?[（(]?(?:\d{1,4}|[一二三四五六七八九十]{1,3})[）)]?(?:(?:[ 　]*[、，,—\-－~～至到和及][ 　]*|(?<=[）)]))(?:第)?[（(]?(?:\d{1,4}|[一二三四五六七八九十]{1,3})[）)]?)*[ 　]*(?:项)?[ 　]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 一、1—2, 二、3: the section a row's tasks are numbered in, where each section numbers its tasks from 1.
    private static readonly System.Text.RegularExpressions.Regex SectionOfNumbers = new(
        @"^[ 　]*([一二三四五六七八九十]{1,3})[、．.][ 　]*(?=\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A row's Lines are the body's task lines its key names where they were read from the body's numbering (a section's
    // key, a keyed table beside words); where null, its numbers are matched against the tasks once they are read.
    private readonly Dictionary<TableBlock, List<(TableRow Row, List<int> Numbers, string Spec, int? Section, List<int>? Lines)>> _numberedRows = new();

    private void NumberedRowTables(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None || !body.Any(p => p.Line.Table is null && p.Numbering.Kind == _taskKind))
        {
            return;
        }

        BodyKeys? keys = null;
        foreach (var table in body.Select(p => p.Line.Table).OfType<TableBlock>())
        {
            // The rows' only words column (任务序号, classed as the task's) holds numbers alone, or a key column (条目) stands
            // beside short words that restate the body (KeyBesideWords).
            if (TableColumns.Find(table.Rows) is not { } columns || !columns.Kinds.Any(TableColumns.NamesUnits))
            {
                continue;
            }

            var besideWords = KeyBesideWords(table, columns);
            if (besideWords is null && (columns.Has(ColumnKind.Content) || !columns.Has(ColumnKind.Task)))
            {
                continue;
            }

            var number = besideWords?.Key ?? columns.Index(ColumnKind.Task);
            var rows = new List<(TableRow, List<int>, string, int?, List<int>?)>();
            foreach (var row in table.Rows.Skip(columns.HeaderRows).Where(r => r.Cells.Any(c => !c.IsMergedCopy && c.Text.Trim().Length > 0)))
            {
                var cell = number < row.Cells.Count ? ChineseText.Fold(row.Cells[number].Text) : string.Empty;
                var of = SectionOfNumbers.Match(cell);
                var section = of.Success ? ChineseText.ParseNumeral(of.Groups[1].Value) : null;
                cell = of.Success ? cell.Substring(of.Length) : cell;
                if (!TaskNumbers.IsMatch(cell) || Numbers(cell) is not { Count: > 0 } numbers)
                {
                    rows.Clear();
                    break;
                }

                rows.Add((row, numbers, cell, section, null));
            }

            if (rows.Count == 0 && besideWords is { } unkeyed)
            {
                // 第8条 among keys into the body's numbering: a key the reader cannot take, in a table that restates the body
                // in short words; its rows are no tasks of their own and give nobody anything.
                _numberedRows[table] = rows;
                _notes.Add(new ImportNote(table.Line, NoteSeverity.Warning, "a table keyed by the body's task numbers (" + columns.Headers[unkeyed.Key]
                    + ") holds a key that names no task number: its rows give no task a unit, and stay text"));
                continue;
            }

            if (rows.Count == 0)
            {
                continue;
            }

            keys ??= new BodyKeys(body, _taskKind);
            rows = KeyedBySections(rows, keys, besideWords is not null, besideWords?.Words ?? -1);
            if (besideWords is null || KeysMostlyMatch(rows))
            {
                _numberedRows[table] = rows;
            }
            else
            {
                // Keys that name the body's tasks too seldom to be trusted (numbers restarting in each section, keys of
                // another numbering): the rows give nobody anything and, restating the body, are no tasks either.
                _numberedRows[table] = rows.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4, (List<int>?)new List<int>())).ToList();
                _notes.Add(new ImportNote(table.Line, NoteSeverity.Warning, "a table keyed by the body's task numbers (" + columns.Headers[besideWords.Value.Key]
                    + ") whose keys name the body's tasks too seldom to be read: its rows give no task a unit, and stay text"));
            }
        }
    }

    // The table's words stay the plan's text.
    private bool NumberedRowTable(TableBlock table)
    {
        if (!_numberedRows.ContainsKey(table))
        {
            return false;
        }

        KeepAsText(table);
        return true;
    }

    // The tasks of the one section labelled with this number (一、 for 1), or null where none or several are.
    private List<ImportedElement>? SectionNumbered(int number)
    {
        var sections = _plan.Sections.Where(x => x.Label is { } label && Numbering.Read(SourceLine.Of(0, label + "x")) is { Kind: NumberingKind.Chinese } n && n.Value == number).Take(2).ToList();
        return sections.Count == 1 ? sections[0].Children : null;
    }

    // After a task's own words are read: a task they give no lead takes the units of the row that numbers it, where the
    // number is one task's alone (a plan numbering each section from 1 cannot say which).
    private void ApplyNumberedRows(IEnumerable<ImportedElement> tasks)
    {
        var byNumber = tasks.Select(t => (Task: t, Number: NumberOf(t))).Where(t => t.Number is not null)
            .GroupBy(t => t.Number!.Value).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Task);
        var byLine = tasks.GroupBy(t => t.Line).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        foreach (var numbered in _numberedRows.OrderBy(r => r.Key.Line))
        {
            var columns = TableColumns.Find(numbered.Key.Rows)!;
            var reader = new TableReader(_elements, _notes, rebuilt: true);
            foreach (var (row, numbers, spec, section, lines) in numbered.Value)
            {
                if (lines is not null)
                {
                    ReadKeyedRow(reader, row, columns, lines, byLine);
                    continue;
                }

                // 二、1—2: the tasks 1 and 2 of the one section numbered 二、.
                var sectionTasks = section is { } s ? SectionNumbered(s) : null;
                foreach (var n in numbers)
                {
                    var task = sectionTasks is null ? (byNumber.TryGetValue(n, out var only) ? only : null)
                        : sectionTasks.Where(t => NumberOf(t) == n).Take(2).ToList() is { Count: 1 } one ? one[0] : null;
                    if (task is not null && task.Leads.Count == 0 && SameKind(spec, task))
                    {
                        reader.ReadRow(row, columns, task);
                    }
                }
            }
        }
    }
}
