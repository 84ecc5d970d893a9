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
    // 1, 3—5, （一）—（二）, （三）、（四）, 第6项: task numbers and the marks between them, nothing else.
    private static readonly System.Text.RegularExpressions.Regex TaskNumbers = new(
        @"^[ 　]*(?:第)?[（(]?(?:\d{1,4}|[一二三四五六七八九十]{1,3})[）)]?(?:[ 　]*[、，,—\-－~～至到和及][ 　]*(?:第)?[（(]?(?:\d{1,4}|[一二三四五六七八九十]{1,3})[）)]?)*[ 　]*(?:项)?[ 　]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly Dictionary<TableBlock, List<(TableRow Row, List<int> Numbers, string Spec)>> _numberedRows = new();

    private void NumberedRowTables(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None || !body.Any(p => p.Line.Table is null && p.Numbering.Kind == _taskKind))
        {
            return;
        }

        foreach (var table in body.Select(p => p.Line.Table).OfType<TableBlock>())
        {
            // The rows' only words column (任务序号, classed as the task's) holds numbers alone.
            if (TableColumns.Find(table.Rows) is not { } columns || columns.Has(ColumnKind.Content) || !columns.Has(ColumnKind.Task)
                || !columns.Kinds.Any(TableColumns.NamesUnits))
            {
                continue;
            }

            var number = columns.Index(ColumnKind.Task);
            var rows = new List<(TableRow, List<int>, string)>();
            foreach (var row in table.Rows.Skip(columns.HeaderRows).Where(r => r.Cells.Any(c => !c.IsMergedCopy && c.Text.Trim().Length > 0)))
            {
                var cell = number < row.Cells.Count ? ChineseText.Fold(row.Cells[number].Text) : string.Empty;
                if (!TaskNumbers.IsMatch(cell) || Numbers(cell) is not { Count: > 0 } numbers)
                {
                    rows.Clear();
                    break;
                }

                rows.Add((row, numbers, cell));
            }

            if (rows.Count > 0)
            {
                _numberedRows[table] = rows;
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

    // After a task's own words are read: a task they give no lead takes the units of the row that numbers it, where the
    // number is one task's alone (a plan numbering each section from 1 cannot say which).
    private void ApplyNumberedRows(IEnumerable<ImportedElement> tasks)
    {
        var byNumber = tasks.Select(t => (Task: t, Number: NumberOf(t))).Where(t => t.Number is not null)
            .GroupBy(t => t.Number!.Value).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Task);
        foreach (var numbered in _numberedRows.OrderBy(r => r.Key.Line))
        {
            var columns = TableColumns.Find(numbered.Key.Rows)!;
            var reader = new TableReader(_elements, _notes, rebuilt: true);
            foreach (var (row, numbers, spec) in numbered.Value)
            {
                foreach (var n in numbers)
                {
                    if (byNumber.TryGetValue(n, out var task) && task.Leads.Count == 0 && SameKind(spec, task))
                    {
                        reader.ReadRow(row, columns, task);
                    }
                }
            }
        }
    }
}
