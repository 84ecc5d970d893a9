using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table printed one cell per line whose cells wrap onto several lines, as plain <c>pdftotext</c> prints one
/// (no <c>-layout</c>): each row is its 序号, its words (task, content), its units (牵头单位, 配合单位) and its deadline,
/// line after line, and an empty cell prints nothing. The units are told apart by the way a cell wraps: a line that
/// ends a unit's name (<c>区教育局</c>) ends its cell, unless it fills its column's width and the next line starts with
/// the rest of a name; a line that ends in <c>、</c> or in a cut name (<c>区市场监督管理</c> / <c>局</c>) goes on. The
/// columns' widths are learnt from the rows that need none. A row that prints fewer unit cells than the table has
/// unit columns gets its lead only where both readings agree (the unit is the row above's lead); otherwise its units
/// are left out with a note.
/// </summary>
internal static class WrappedCells
{
    private const int MaxRowLines = 16;

    /// <summary>The table from the header's columns and the lines after it, or null where its rows cannot be read so.</summary>
    public static TableBlock? Read(List<SourceLine> lines, int start, List<ColumnKind> kinds, List<SourceLine> header, List<ImportNote> notes, out int next)
    {
        next = start;
        var shape = Shape.Of(kinds);
        if (shape is null)
        {
            return null;
        }

        var rows = new List<(int Number, SourceLine Line, List<string> Lines)>();
        var p = start;
        for (var n = 1; p < lines.Count && Number(lines[p]) == n; n++)
        {
            var q = p + 1;
            var body = new List<string>();
            while (q < lines.Count && lines[q].Table is null && Number(lines[q]) != n + 1 && body.Count < MaxRowLines)
            {
                if (!PageChrome.IsPageNumber(lines[q].Text))
                {
                    body.Add(lines[q].Text);
                }

                q++;
                if (shape.Deadline >= 0 && body.Count > 1 && IsDate(body[body.Count - 1]) && (q >= lines.Count || Number(lines[q]) != n + 1))
                {
                    // The last row ends with its deadline; what follows is the document's.
                    var rest = q;
                    while (rest < lines.Count && PageChrome.IsPageNumber(lines[rest].Text))
                    {
                        rest++;
                    }

                    if (rest >= lines.Count || Number(lines[rest]) != n + 1)
                    {
                        break;
                    }
                }
            }

            if (body.Count == 0)
            {
                return null;
            }

            rows.Add((n, lines[p], body));
            p = q;
        }

        if (rows.Count < 2)
        {
            return null;
        }

        // How the table's names start (区, 县, 市): a line starting so begins a name, it does not finish one.
        // Only lines after a whole name count: 建设局 after 区住房和城乡 finishes a name.
        var nameStarts = new HashSet<char>(rows.SelectMany(r => r.Lines.Skip(1).Where((l, i) => Complete(LastName(r.Lines[i])) || r.Lines[i].TrimEnd().EndsWith("、", System.StringComparison.Ordinal)))
            .Where(l => IsUnits(l) && l.Split('、', '，', ',', '；', ';').All(n => Complete(n.Trim())))
            .SelectMany(l => l.Split('、', '，', ',', '；', ';').Select(n => n.Trim()[0])));

        // First the rows whose units need no widths: they give each unit column its width.
        var widths = new int[shape.Units.Count];
        foreach (var row in rows)
        {
            if (Units(row.Lines, shape, null, nameStarts) is { } units && units.Groups.Count == shape.Units.Count)
            {
                for (var c = 0; c < units.Groups.Count; c++)
                {
                    widths[c] = System.Math.Max(widths[c], units.Groups[c].Max(Width));
                }
            }
        }

        var taskWidth = rows.Select(r => Width(r.Lines[0])).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var heading = "text copied out of a table (" + string.Join(" / ", header.Select(l => l.Text)) + ")";
        var result = new List<TableRow> { new(header[0].Number, header.Select(l => new TableCell(l.Text)).ToArray()) };
        string? previousLead = null;
        foreach (var row in rows)
        {
            var units = Units(row.Lines, shape, widths, nameStarts);
            if (units is null)
            {
                return null;
            }

            var cells = Enumerable.Repeat(string.Empty, kinds.Count).ToArray();
            cells[0] = row.Line.Text;
            var words = row.Lines.Take(units.WordsEnd).ToList();
            if (words.Count == 0)
            {
                return null;
            }

            // The task cell's lines but its last fill the column: where a line falls short, the content starts.
            var task = 1;
            while (shape.Words.Count > 1 && task < words.Count - 1 && Width(words[task - 1]) >= taskWidth - 1)
            {
                task++;
            }

            cells[shape.Words[0]] = Join(shape.Words.Count > 1 ? words.Take(task) : words);
            if (shape.Words.Count > 1)
            {
                cells[shape.Words[1]] = Join(words.Skip(task));
            }

            if (shape.Deadline >= 0 && units.Deadline is { } due)
            {
                cells[shape.Deadline] = due;
            }

            var printed = units.Groups.Select(Join).ToList();
            if (printed.Count == shape.Units.Count)
            {
                for (var c = 0; c < printed.Count; c++)
                {
                    cells[shape.Units[c]] = printed[c];
                }
            }
            else if (printed.Count == 1 && printed[0] == previousLead && kinds[shape.Units[0]] == ColumnKind.Lead)
            {
                // One unit cell printed, the same as the row above's lead: as this row's own lead, or as a lead merged
                // from above with the unit supporting itself, it leads either way.
                cells[shape.Units[0]] = printed[0];
                notes.Add(new ImportNote(row.Line.Number, NoteSeverity.Note, heading + ": row " + row.Number + " prints one unit cell ("
                    + printed[0] + "), read as its " + header[shape.Units[0]].Text + ", the same as the row above's; its "
                    + string.Join("、", shape.Units.Skip(1).Select(u => header[u].Text)) + " empty"));
            }
            else if (printed.Count > 0 || shape.Units.Count > 0)
            {
                notes.Add(new ImportNote(row.Line.Number, NoteSeverity.Warning, heading + ": row " + row.Number + " prints "
                    + (printed.Count == 0 ? "no unit cell" : string.Join("、", printed)) + " for its " + string.Join("、", shape.Units.Select(u => header[u].Text))
                    + ", and its empty cells leave no line: which column is which cannot be told, so the row names no unit"));
            }

            previousLead = cells[shape.Units[0]].Length > 0 ? cells[shape.Units[0]] : previousLead;
            result.Add(new TableRow(row.Line.Number, cells.Select(c => new TableCell(c)).ToArray()));
        }

        next = p;
        return new TableBlock(header[0].Number, result);
    }

    /// <summary>The columns in the order such a table prints them: 序号, one or two word columns, unit columns, a deadline.</summary>
    private sealed record Shape(List<int> Words, List<int> Units, int Deadline)
    {
        public static Shape? Of(List<ColumnKind> kinds)
        {
            if (kinds.Count < 3 || kinds[0] != ColumnKind.Number)
            {
                return null;
            }

            var words = new List<int>();
            var units = new List<int>();
            var deadline = -1;
            for (var i = 1; i < kinds.Count; i++)
            {
                var kind = kinds[i];
                if (kind is ColumnKind.Task or ColumnKind.Content && units.Count == 0 && deadline < 0)
                {
                    words.Add(i);
                }
                else if (TableColumns.NamesUnits(kind) && words.Count > 0 && deadline < 0)
                {
                    units.Add(i);
                }
                else if (kind is ColumnKind.Deadline && units.Count > 0 && i == kinds.Count - 1)
                {
                    deadline = i;
                }
                else
                {
                    return null;
                }
            }

            return words.Count is 1 or 2 && units.Count > 0 ? new Shape(words, units, deadline) : null;
        }
    }

    private sealed record RowUnits(int WordsEnd, List<List<string>> Groups, string? Deadline);

    /// <summary>
    /// A row's unit cells, read back from its deadline: each a run of lines whose joints are inside a name or a list.
    /// Without widths a line goes on only where it ends in a separator, or in a cut name that one or two characters
    /// finish; with them also where it fills its column and the next starts with a cut name. Null where the lines
    /// before the units are not words, or a run is not names of units.
    /// </summary>
    private static RowUnits? Units(List<string> row, Shape shape, int[]? widths, HashSet<char> nameStarts)
    {
        var end = row.Count;
        string? deadline = null;
        if (shape.Deadline >= 0 && end > 1 && IsDate(row[end - 1]))
        {
            deadline = row[end - 1];
            end--;
        }

        var groups = new List<List<string>>();
        var first = end;
        while (first - 1 >= 1 && groups.Count < shape.Units.Count)
        {
            var column = shape.Units.Count - 1 - groups.Count;
            var j = first - 1;
            var group = new List<string> { row[j] };
            while (j - 1 >= 1 && GoesOn(row[j - 1], row[j], widths?[column], nameStarts))
            {
                j--;
                group.Insert(0, row[j]);
            }

            // Without widths (learning them), only whole names: 员会 or 区关 alone is a piece of a wrapped one.
            if (!IsUnits(Join(group)) || (widths is null && !Join(group).Split('、', '，', ',', '；', ';').All(n => Complete(n.Trim()))))
            {
                break;
            }

            groups.Insert(0, group);
            first = j;
        }

        // No unit at all, or a unit line before as many unit cells as columns: more cells than the table has.
        return groups.Count == 0 || (groups.Count == shape.Units.Count && IsUnits(row[first - 1])) ? null : new RowUnits(first, groups, deadline);
    }

    /// <summary>
    /// The line goes on in the next, inside one cell: after a separator (<c>区教育局、</c>); before a remainder of one or
    /// two characters (<c>局</c>, <c>员会</c>); after a cut name (<c>区住房和城乡</c>) where the next line does not start a
    /// name of its own (as <c>区教育局</c> does: the table's names start with 区); or where the line fills its column.
    /// </summary>
    private static bool GoesOn(string line, string next, int? width, HashSet<char> nameStarts)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length == 0 || !IsUnitsStart(trimmed))
        {
            return false;
        }

        if ("、，,；;".IndexOf(trimmed[trimmed.Length - 1]) >= 0)
        {
            return true;
        }

        var right = FirstName(next);
        if (right.Length == 0 || nameStarts.Contains(right[0]))
        {
            return false;
        }

        return (right.Length <= 2 && !Complete(right) && !UnitShape.IsGroup(right))
            || !Complete(LastName(trimmed))
            || (width is { } w && w > 0 && Width(trimmed) >= w - 1 && Width(trimmed) <= w + 1);
    }

    /// <summary>
    /// A cell's words and the piece a wrap put on the next line: a list of bodies goes on after its separator or inside a
    /// cut name (<c>县工业园区</c> / <c>管委会、各乡镇</c>); a whole name under a whole name is the next of the list
    /// (<c>县交通运输局（牵头）</c> / <c>县自然资源局</c>); other words run on, as CJK text wraps anywhere.
    /// </summary>
    internal static string Joined(string above, string below, bool units)
    {
        var top = above.TrimEnd();
        var bottom = below.Trim();
        if (top.Length == 0 || bottom.Length == 0)
        {
            return top + bottom;
        }

        var separated = "、，,；;".IndexOf(top[top.Length - 1]) >= 0;
        // 管委会 under 县工业园区 is the rest of its name: a name of its own starts with its level (县自然资源局, 各乡镇).
        return units && !separated && Complete(UnitShape.WithoutClosingBracket(LastName(top))) && Complete(FirstName(bottom)) && (UnitShape.LevelPrefixes.IndexOf(bottom[0]) >= 0 || bottom[0] == '各')
            ? top + "、" + bottom
            : top + bottom;
    }

    // The line's names but its last, cut one, are units: 区教育局、区 starts a list of units; 全覆盖 does not.
    private static bool IsUnitsStart(string line)
    {
        var names = line.Split('、', '，', ',', '；', ';').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count > 0 && names.Take(names.Count - 1).All(n => UnitShape.IsOrganisation(n)) && !IsDate(line) && !names[names.Count - 1].Any(char.IsDigit);
    }

    private static string LastName(string line) => line.Split('、', '，', ',', '；', ';').Last().Trim();

    private static string FirstName(string line) => line.Split('、', '，', ',', '；', ';').First().Trim();

    // A whole name: 区教育局; not 区, 各街 or 员会, the pieces a wrap leaves.
    private static bool Complete(string name) => name.Length >= 3 && UnitShape.IsOrganisation(name);

    private static bool IsUnits(string cell)
    {
        var names = ClauseReader.Names(cell, ChineseText.Fold(cell));
        return names.Count > 0 && names.All(n => UnitShape.IsOrganisation(n.Name));
    }

    private static bool IsDate(string cell)
    {
        var folded = ChineseText.Fold(cell).Trim();
        return folded.Length > 0 && folded.Length <= 16 && DeadlineFinder.FindInField(cell, 2000) is { } due && due.Length * 10 >= folded.Length * 6;
    }

    // Chinese wraps anywhere: the pieces of a cell join without a space.
    private static string Join(IEnumerable<string> pieces) => string.Concat(pieces.Select(p => p.Trim()));

    private static int Width(string text) => text.Sum(c => c < 0x1100 ? 1 : 2);

    private static int? Number(SourceLine line)
        => line.Table is null ? PageChrome.BareNumber(line.Folded) : null;
}
