using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// An annex 任务分工 table keyed by the body's numbers (条目 | 主要内容 | 牵头单位 | 配合单位, rows （一）, 4、7, 5—6): its
/// short words restate the body, so it has no tasks of its own; a key in the numbering of the body's sections (（一） over
/// tasks 1.–3.) stands for every task of that section. A row gives its units only where its key names body tasks exactly.
/// </summary>
internal sealed partial class StructureReader
{
    // Words longer than this are work of the row's own, not the body's restated in short.
    private const int MaxRestatingWords = 30;

    /// <summary>
    /// The key column and the words column of a table whose rows restate the body in short words beside keys into its numbering (条目 |
    /// 主要内容 | 牵头单位), or null: one column headed as a key (条目, 任务序号) and one short column of words, no 序号 beside
    /// them. A table that restates the tasks in their own words (RestatedTables) is read so already.
    /// </summary>
    private (int Key, int Words)? KeyBesideWords(TableBlock table, TableColumns columns)
    {
        if (_restated.ContainsKey(table))
        {
            return null;
        }

        var key = Enumerable.Range(0, columns.Kinds.Length)
            .Where(i => columns.Kinds[i] is ColumnKind.Number or ColumnKind.Task && TableColumns.IsKeyHeader(columns.Headers[i])).DefaultIfEmpty(-1).First();
        var words = Enumerable.Range(0, columns.Kinds.Length).Where(i => i != key && columns.Kinds[i] is ColumnKind.Number or ColumnKind.Task or ColumnKind.Content).ToList();
        if (key < 0 || words.Count != 1 || columns.Kinds[words[0]] == ColumnKind.Number)
        {
            return null;
        }

        var restating = table.Rows.Skip(columns.HeaderRows).Where(r => words[0] < r.Cells.Count).Select(r => ChineseText.Fold(r.Cells[words[0]].Text).Trim())
            .All(w => w.Length <= MaxRestatingWords && w.IndexOfAny(new[] { '。', '；', ';' }) < 0);
        return restating ? (key, words[0]) : null;
    }

    // 条目 | 主要内容 over keys alone (（一）, 4、7): the keys say which tasks each row is about, where matching its short words
    // against the tasks' (NamedShort) would only guess.
    private bool KeyedByItsHeader(TableBlock table, TableColumns columns)
        => KeyBesideWords(table, columns) is { } keyed
            && table.Rows.Skip(columns.HeaderRows).Where(r => r.Cells.Any(c => !c.IsMergedCopy && c.Text.Trim().Length > 0))
                .All(r => keyed.Key < r.Cells.Count && TaskNumbers.IsMatch(ChineseText.Fold(r.Cells[keyed.Key].Text)));

    /// <summary>
    /// The rows with the body's task lines their keys name, where the body's numbering says: a section's key (（一） over
    /// tasks numbered 1.) names its tasks where the row's words restate the section's heading or another row keys tasks
    /// by their own numbers (the table speaks of both levels), and names none otherwise; beside words, every row's key is
    /// read so, and one that names no task exactly names none. Other rows are left to be matched by number.
    /// </summary>
    private static List<(TableRow Row, List<int> Numbers, string Spec, int? Section, List<int>? Lines)> KeyedBySections(
        List<(TableRow Row, List<int> Numbers, string Spec, int? Section, List<int>? Lines)> rows, BodyKeys keys, bool besideWords, int wordsColumn)
    {
        var tasksByOwnNumbers = rows.Any(r => r.Section is null && !keys.IsSectionKey(r.Spec) && keys.Tasks(r.Numbers, r.Spec) is not null);
        return rows.Select(r =>
        {
            if (r.Section is not null)
            {
                return r;
            }

            if (keys.IsSectionKey(r.Spec))
            {
                var sections = r.Numbers.Select(keys.Section).ToList();
                var words = wordsColumn >= 0 && wordsColumn < r.Row.Cells.Count ? r.Row.Cells[wordsColumn].Text : string.Empty;
                var named = sections.All(s => s is not null) && (tasksByOwnNumbers || (sections.Count == 1 && Restates(words, sections[0]!.Value.Heading)));
                return (r.Row, r.Numbers, r.Spec, r.Section, named ? sections.SelectMany(s => s!.Value.Tasks).ToList() : new List<int>());
            }

            return besideWords ? (r.Row, r.Numbers, r.Spec, r.Section, keys.Tasks(r.Numbers, r.Spec) ?? new List<int>()) : r;
        }).ToList();
    }

    // 健全养老服务网络 for （一）健全养老服务网络: the row's words and the heading's, one inside the other.
    private static bool Restates(string words, string heading)
    {
        var row = Bare(ChineseText.Fold(words));
        var title = Bare(ChineseText.Fold(heading));
        return row.Length >= MinShortRestatedWords && title.Length >= MinShortRestatedWords && (title.Contains(row) || row.Contains(title));
    }

    // A table beside words is keyed only where half its rows or more name body tasks exactly: otherwise its keys are no
    // keys into this body, and the table is read as before. The rows that name none are said.
    private bool KeysMostlyMatch(List<(TableRow Row, List<int> Numbers, string Spec, int? Section, List<int>? Lines)> rows)
    {
        var unmatched = rows.Where(r => r.Lines is { Count: 0 }).ToList();
        if (unmatched.Count * 2 > rows.Count)
        {
            return false;
        }

        foreach (var row in unmatched)
        {
            _notes.Add(new ImportNote(row.Row.Line, NoteSeverity.Warning, "the row keyed " + row.Spec.Trim() + " of the table keyed by the body's numbers names no task of the body exactly"
                + " (no one task or section is numbered so): its units are given to none"));
        }

        return true;
    }

    // The row's units go to every task its key names, each that names no lead of its own; where one of them is no task
    // any longer, the key is not matched exactly and the row gives none.
    private static void ReadKeyedRow(TableReader reader, TableRow row, TableColumns columns, List<int> lines, Dictionary<int, ImportedElement> byLine)
    {
        if (!lines.All(byLine.ContainsKey))
        {
            return;
        }

        foreach (var task in lines.Select(l => byLine[l]).Where(t => t.Leads.Count == 0))
        {
            reader.ReadRow(row, columns, task);
        }
    }

    /// <summary>
    /// The body's numbering as an annex's keys name it: its tasks by number, and the （一） headings above them (over
    /// 1.–3.) with the tasks each holds, up to the next heading of its level or above (一、, （二）).
    /// </summary>
    private sealed class BodyKeys
    {
        private sealed record Heading(int Value, string Words, int Level)
        {
            public List<int> Tasks { get; } = new();
        }

        private readonly NumberingKind _taskKind;
        private readonly Dictionary<int, List<int>> _tasksByNumber = new();
        private readonly List<Heading> _headings = new();

        public BodyKeys(List<(SourceLine Line, Numbering Numbering)> body, NumberingKind taskKind)
        {
            _taskKind = taskKind;

            // The levels in the order the body first uses them (一、 over （一） over 1.), and the headings still open.
            var levels = new List<NumberingKind>();
            var open = new List<Heading>();
            foreach (var (line, numbering) in body.Where(p => p.Line.Table is null && p.Numbering.Kind != NumberingKind.None))
            {
                if (!levels.Contains(numbering.Kind))
                {
                    levels.Add(numbering.Kind);
                }

                // A heading ends where one of its level or above begins, and under a task where the task's level comes again.
                var level = levels.IndexOf(numbering.Kind);
                open.RemoveAll(h => h.Level >= (numbering.Kind == taskKind ? level + 1 : level));
                if (numbering.Kind == taskKind)
                {
                    (_tasksByNumber.TryGetValue(numbering.Value, out var lines) ? lines : _tasksByNumber[numbering.Value] = new List<int>()).Add(line.Number);
                    open.ForEach(h => h.Tasks.Add(line.Number));
                }
                else if (numbering.Kind == NumberingKind.Parenthesized)
                {
                    var heading = new Heading(numbering.Value, line.Folded.Substring(numbering.BodyStart), level);
                    _headings.Add(heading);
                    open.Add(heading);
                }
            }
        }

        /// <summary>
        /// True where a key names the body's （一） headings, the tasks being numbered otherwise (1.); not where the key is in
        /// the tasks' own numbering, or the body has no such headings. A bare 一 or 第一 is the first task, as a scope says
        /// it, never a heading.
        /// </summary>
        public bool IsSectionKey(string spec)
        {
            var folded = ChineseText.Fold(spec);
            var sectioned = !folded.Any(char.IsDigit) && System.Text.RegularExpressions.Regex.IsMatch(folded, @"[（(][一二三四五六七八九十]");
            return sectioned && _taskKind is not (NumberingKind.Parenthesized or NumberingKind.Damaged) && _headings.Count > 0;
        }

        /// <summary>The one （一） heading so numbered that holds tasks, with them; null where none or several.</summary>
        public (string Heading, List<int> Tasks)? Section(int value)
            => _headings.Where(h => h.Value == value && h.Tasks.Count > 0).Take(2).ToList() is { Count: 1 } one ? (one[0].Words, one[0].Tasks) : null;

        /// <summary>The lines of the tasks numbered so, one task each, in the numbering the key is printed in; null where any is not.</summary>
        public List<int>? Tasks(List<int> numbers, string spec)
        {
            if (numbers.Count == 0 || !SameKind(spec, _taskKind))
            {
                return null;
            }

            var lines = numbers.Select(n => _tasksByNumber.TryGetValue(n, out var numbered) && numbered.Count == 1 ? numbered[0] : -1).ToList();
            return lines.All(l => l >= 0) ? lines : null;
        }
    }
}
