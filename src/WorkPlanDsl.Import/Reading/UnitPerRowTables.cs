using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A table exported one row per task and unit, as supervision systems export them (任务编号 | 任务名称 | 单位名称 |
/// 责任类型 over <c>RW2024-001 | … | 市交通运输局 | 牵头单位</c>, <c>RW2024-001 | … | 市发展和改革委员会 | 配合单位</c>): each
/// task's rows become one row, its units under the column their 责任类型 names (牵头单位, 配合单位, 责任单位, 督办单位), so
/// that the table is read as any task table.
/// </summary>
internal static class UnitPerRowTables
{
    // The column that says each row's unit's role.
    private static readonly HashSet<string> RoleHeaders = new(System.StringComparer.Ordinal)
    {
        "责任类型", "责任类别", "单位类型", "单位类别", "单位角色", "角色", "责任分工", "职责类型", "责任方式", "承办类型", "分工类型",
    };

    private static readonly HashSet<string> UnitHeaders = new(System.StringComparer.Ordinal)
    {
        "单位名称", "单位", "责任单位", "承办单位", "部门名称", "部门", "处室", "科室", "责任部门",
    };

    public static IReadOnlyList<DocumentBlock> Pivoted(IReadOnlyList<DocumentBlock> blocks, List<ImportNote> notes)
    {
        List<DocumentBlock>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock table && Pivot(table, notes) is { } pivoted)
            {
                result ??= blocks.Take(i).ToList();
                result.Add(pivoted);
            }
            else
            {
                result?.Add(blocks[i]);
            }
        }

        return result ?? blocks;
    }

    private static TableBlock? Pivot(TableBlock table, List<ImportNote> notes)
    {
        var header = -1;
        int roleColumn = -1, unitColumn = -1;
        for (var r = 0; r < table.Rows.Count && r < 5 && header < 0; r++)
        {
            var cells = table.Rows[r].Cells.Select(c => ChineseText.Fold(c.Text).Trim()).ToList();
            roleColumn = cells.FindIndex(RoleHeaders.Contains);
            unitColumn = cells.FindIndex(UnitHeaders.Contains);
            header = roleColumn >= 0 && unitColumn >= 0 ? r : -1;
        }

        if (header < 0)
        {
            return null;
        }

        var headerCells = table.Rows[header].Cells.Select(c => c.Text.Trim()).ToList();
        var kinds = headerCells.Select(TableColumns.Classify).ToList();
        var coded = headerCells.FindIndex(h => h.EndsWith("编号", System.StringComparison.Ordinal) || h.EndsWith("序号", System.StringComparison.Ordinal));
        var key = kinds.FindIndex(k => k == ColumnKind.Number);
        key = key >= 0 ? key : coded;
        var task = Enumerable.Range(0, kinds.Count).Where(c => c != key && kinds[c] is ColumnKind.Task or ColumnKind.Content).DefaultIfEmpty(-1).First();
        key = key >= 0 ? key : task;
        if (key < 0 || key == unitColumn || key == roleColumn)
        {
            return null;
        }

        // Every row that names a unit names its role, and some task has two units or more: one row per task and unit.
        // A task no unit answers for keeps its row; a total (合计) is no task.
        var rows = table.Rows.Skip(header + 1).Where(r => Cell(r, key).Length > 0 && !Totals.Contains(Cell(r, key))).ToList();
        var roles = rows.Select(r => Cell(r, unitColumn).Length == 0 ? (Role?)null : RoleOf(Cell(r, roleColumn))).ToList();
        var withUnits = rows.Where(r => Cell(r, unitColumn).Length > 0).ToList();
        if (withUnits.Count < 2 || rows.Where((r, i) => Cell(r, unitColumn).Length > 0 && roles[i] is null).Any() || !withUnits.GroupBy(r => Cell(r, key)).Any(g => g.Count() >= 2))
        {
            return null;
        }

        var order = new List<string>();
        var groups = new Dictionary<string, List<(TableRow Row, Role Role)>>(System.StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var name = Cell(rows[i], key);
            if (!groups.TryGetValue(name, out var group))
            {
                groups[name] = group = new List<(TableRow, Role)>();
                order.Add(name);
            }

            if (roles[i] is { } role)
            {
                group.Add((rows[i], role));
            }
            else if (group.Count == 0)
            {
                group.Add((rows[i], Role.None));
            }
        }

        // The other columns as printed (the task's name, its deadline), then a column for each role the rows give.
        var kept = Enumerable.Range(0, headerCells.Count).Where(c => c != unitColumn && c != roleColumn).ToList();
        var roleOrder = new[] { Role.Lead, Role.Accountable, Role.Support, Role.Implementer, Role.Oversight, Role.Guidance }
            .Where(role => roles.Contains(role)).ToList();
        // 任务编号 beside 任务名称: the code numbers the task, its name is the work.
        var keyIsNumber = key != task && task >= 0 && kinds[key] != ColumnKind.Number;
        var pivoted = table.Rows.Take(header).ToList();
        pivoted.Add(new TableRow(table.Rows[header].Line, kept.Select(c => new TableCell(c == key && keyIsNumber ? "序号" : headerCells[c]))
            .Concat(roleOrder.Select(role => new TableCell(HeaderOf(role)))).ToArray()));
        foreach (var name in order)
        {
            var group = groups[name];
            var first = group[0].Row;
            pivoted.Add(new TableRow(first.Line, kept.Select(c => new TableCell(Cell(first, c)))
                .Concat(roleOrder.Select(role => new TableCell(string.Join("、", group.Where(g => g.Role == role).Select(g => Cell(g.Row, unitColumn)).Distinct()))))
                .ToArray()));
        }

        notes.Add(new ImportNote(table.Line, NoteSeverity.Note, "the table gives one row per task and unit (" + headerCells[unitColumn] + " | " + headerCells[roleColumn]
            + "): read as one row per task, " + order.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tasks from "
            + rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " rows, each unit under the role its row gives"));
        return new TableBlock(table.Line, pivoted, table.Marks);
    }

    // 牵头单位, 配合, 督办单位: the role a row's 责任类型 cell names; null where it names none.
    private static readonly HashSet<string> Totals = new(System.StringComparer.Ordinal) { "合计", "小计", "总计", "共计" };

    private static Role? RoleOf(string cell)
    {
        // 牵头单位 as a label; 牵头, 参与, 配合 as the word alone.
        var folded = ChineseText.Fold(cell).Trim();
        var role = RoleWords.Label(folded) is var label && label != Role.None ? label
            : RoleWords.Verbs.FirstOrDefault(v => v.Word == folded).Role;
        return role is Role.Lead or Role.Accountable or Role.Support or Role.Implementer or Role.Oversight or Role.Guidance ? role : null;
    }

    private static string HeaderOf(Role role) => role switch
    {
        Role.Lead => "牵头单位",
        Role.Accountable => "责任单位",
        Role.Support => "配合单位",
        Role.Implementer => "实施单位",
        Role.Oversight => "督办单位",
        _ => "指导单位",
    };

    private static string Cell(TableRow row, int column) => column < row.Cells.Count ? row.Cells[column].Text.Trim() : string.Empty;
}
