using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A task table that restates the body's numbered tasks (一、工作要点 1.…6., then 二、任务分解 重点任务 | 工作内容 |
/// 负责科室, each row's words inside one task's words): the table says who does those tasks and adds none of its own.
/// </summary>
internal sealed partial class StructureReader
{
    // Words shorter than this match too much to say which task a row restates.
    private const int MinRestatedWords = 8;

    private const int MinShortRestatedWords = 4;

    private const long MaxPairs = 250_000;

    private readonly Dictionary<TableBlock, List<(TableRow Row, int TaskLine)>> _restated = new();

    private void RestatedTables(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind == NumberingKind.None || !body.Any(p => p.Line.Table is not null))
        {
            return;
        }

        // Each numbered task with the unnumbered lines after it, as bare words: a table that changed a restated task's
        // punctuation or spacing still restates it.
        var tasks = new List<(int Line, string Words, int Number)>();
        var titles = new Dictionary<int, string>();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Line.Table is null && body[i].Numbering.Kind == _taskKind)
            {
                var words = new System.Text.StringBuilder(Bare(body[i].Line.Folded));
                for (var j = i + 1; j < body.Count && body[j].Line.Table is null && body[j].Numbering.Kind == NumberingKind.None; j++)
                {
                    words.Append(Bare(body[j].Line.Folded));
                }

                tasks.Add((body[i].Line.Number, words.ToString(), body[i].Numbering.Value));
                var line = body[i].Line.Folded.Substring(body[i].Numbering.BodyStart);
                titles[body[i].Line.Number] = Bare(line.IndexOf('。') is var stop and > 0 ? line.Substring(0, stop) : line);
            }
        }

        foreach (var table in body.Select(p => p.Line.Table).OfType<TableBlock>())
        {
            if (TableColumns.Find(table.Rows) is not { } columns)
            {
                continue;
            }

            var wordsColumn = columns.Has(ColumnKind.Content) ? columns.Index(ColumnKind.Content) : columns.TaskColumn;
            if (wordsColumn < 0)
            {
                continue;
            }
            var rows = table.Rows.Skip(columns.HeaderRows)
                .Where(r => wordsColumn < r.Cells.Count && r.Cells[wordsColumn] is { IsMergedCopy: false } cell && cell.Text.Trim().Length > 0)
                .ToList();

            // A plan that restates its tasks in a table is short; past this many pairs to compare the table is read as before,
            // so that a long plan costs time in proportion to its length.
            if ((long)rows.Count * tasks.Count > MaxPairs)
            {
                continue;
            }

            // A short row (校园食品安全) is taken only in a table whose other rows, at least half of them, restate theirs
            // in full: alone, its words could sit in any task.
            var matched = new List<(TableRow Row, int TaskLine)>();
            var unmatched = new List<TableRow>();
            var full = 0;
            foreach (var row in rows)
            {
                var folded = ChineseText.Fold(row.Cells[wordsColumn].Text);
                var words = Bare(folded);
                var holding = OneHolder(tasks, words);

                // 依法保护产权、规范涉企执法 for 三（一）、三（二）: one row for two tasks, each part the words of one.
                var parts = holding is null ? folded.Split('、', '，', ',', '；').Select(Bare).ToList() : null;
                var lines = holding is { } one ? new List<int> { one } : parts!.Count >= 2 && parts.All(p => OneHolder(tasks, p) is not null) ? parts.Select(p => OneHolder(tasks, p)!.Value).ToList() : null;
                if (lines is null || lines.Any(l => matched.Any(m => m.TaskLine == l)) || lines.Distinct().Count() != lines.Count)
                {
                    unmatched.Add(row);
                    continue;
                }

                matched.AddRange(lines.Select(l => (row, l)));
                full += words.Length >= MinRestatedWords || lines.Count > 1 ? 1 : 0;
            }

            // A row that restates no one task (a task the body words otherwise) does not undo a table keyed by the
            // tasks' numbers (任务编号 一（一）) whose other rows, four in five, restate theirs: the row stays as text, and
            // the reader is told. Without such keys a row of its own is work the body lacks, and the table is read as
            // its own tasks.
            var keyed = rows.All(r => r.Cells.Count > 0 && TaskKey.IsMatch(ChineseText.Fold(r.Cells[0].Text).Trim()));
            var restatedRows = matched.Select(m => m.Row).Distinct().Count();
            if (rows.Count >= 2 && restatedRows >= 2 && full >= 2 && full * 2 >= rows.Count && (unmatched.Count == 0 || (keyed && unmatched.Count * 5 <= rows.Count)))
            {
                _restated[table] = matched;
                foreach (var row in unmatched)
                {
                    _notes.Add(new ImportNote(row.Line, NoteSeverity.Warning, "this row of the table that restates the tasks matches no one task ('"
                        + row.Cells[wordsColumn].Text.Trim() + "'): its units are given to none; kept as text"));
                }
            }
            else if (rows.Count >= 2 && SameNumbers(rows, columns, wordsColumn, tasks) is { } numbered)
            {
                _restated[table] = numbered;
            }
            else if (rows.Count >= 3 && !KeyedByItsHeader(table, columns) && !ProjectWords.Any(columns.Headers[wordsColumn].Contains) && !columns.Headers.Any(h => DoneWords.Any(h.Contains))
                && (long)rows.Count * tasks.Sum(t => t.Words.Length) <= MaxNamedShortWork
                && NamedShort(rows, wordsColumn, tasks, titles) is var (named, left))
            {
                _restated[table] = named;
                foreach (var row in left)
                {
                    _notes.Add(new ImportNote(row.Line, NoteSeverity.Warning, "this row of the table that names the tasks short matches no one task ('"
                        + row.Cells[wordsColumn].Text.Trim() + "'): its units are given to none; kept as text"));
                }
            }
        }
    }

    // 1 | 投放设施 | 区城市管理局 under 1.完善分类投放设施。…: each row numbered as one task is, its words inside that task's
    // (four characters will do: the number says which task; two, 学校, could be any project's), in a list that numbers
    // each task once.
    private static List<(TableRow Row, int TaskLine)>? SameNumbers(List<TableRow> rows, TableColumns columns, int wordsColumn, List<(int Line, string Words, int Number)> tasks)
    {
        var number = columns.Index(ColumnKind.Number);
        if (number < 0 || tasks.GroupBy(t => t.Number).Any(g => g.Count() > 1))
        {
            return null;
        }

        var byNumber = tasks.ToDictionary(t => t.Number, t => (t.Line, t.Words));
        var matched = new List<(TableRow Row, int TaskLine)>();

        // A table of exactly the tasks, numbered as they are, may put each in words of its own (数字基础设施建设 for
        // （一）夯实新型数字基础设施): there the row need only share words with its task.
        // Only where the tasks name nobody themselves: beside their own leads, a table of as many rows is other work
        // (验收, 审计) that shares their words.
        var oneForEach = rows.Count == tasks.Count && !tasks.Any(t => OwnRoleWords.Any(w => t.Words.Contains(w)));
        foreach (var row in rows)
        {
            var words = Bare(ChineseText.Fold(row.Cells[wordsColumn].Text));
            if (number >= row.Cells.Count || PageChrome.BareNumber(ChineseText.Fold(row.Cells[number].Text).Trim()) is not { } n
                || !byNumber.TryGetValue(n, out var task) || words.Length < MinShortRestatedWords
                || !(task.Words.Contains(words) || (oneForEach && SharesWords(words, task.Words))))
            {
                return null;
            }

            matched.Add((row, task.Line));
        }

        return matched;
    }

    // 高新技术企业倍增 for （一）实施高新技术企业倍增计划, 渲川实验室建设 for （四）高标准建设渲川实验室, 国家级创新平台争创，
    // 概念验证中心和中试基地建设 for （五） and （六）: an annex naming the tasks short, in words of its own, a row (or each
    // part of one) to a task whose words it shares as no other task's do, and that no other row shares more of (its title
    // first: 产业绿色转型升级 is （一）推进产业绿色转型's, not 大气污染防治攻坚, which its words only mention). Only where the
    // tasks name nobody themselves and four rows in five find their task, and not a list of projects (项目名称), which are
    // work of their own; the rows left are the reader's to place.
    private static (List<(TableRow Row, int TaskLine)> Matched, List<TableRow> Left)? NamedShort(
        List<TableRow> rows, int wordsColumn, List<(int Line, string Words, int Number)> tasks, Dictionary<int, string> titles)
    {
        if (rows.Count > tasks.Count || tasks.Any(t => OwnRoleWords.Any(w => t.Words.Contains(w))))
        {
            return null;
        }

        var parts = rows.Select(r => ChineseText.Fold(r.Cells[wordsColumn].Text).Split('、', '，', ',', '；').Select(Bare).Where(p => p.Length >= MinShortRestatedWords).ToList()).ToList();
        var scores = parts.SelectMany((ps, r) => ps.Select((p, k) => (Row: r, Part: k, Scores: tasks.Select(t => Score(p, titles.TryGetValue(t.Line, out var title) ? title : string.Empty, t.Words)).ToList()))).ToList();
        var bests = scores.Select(s => Best(s.Scores)).ToList();
        var claims = Enumerable.Range(0, scores.Count).Where(i => bests[i] is not null).GroupBy(i => bests[i]!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var matched = new List<(TableRow Row, int TaskLine)>();
        var left = new List<TableRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var lines = new List<int>();
            foreach (var i in Enumerable.Range(0, scores.Count).Where(i => scores[i].Row == r))
            {
                // No other row's part claims the task as strongly.
                if (bests[i] is { } t && !claims[t].Any(o => o != i && Compare(scores[o].Scores[t], scores[i].Scores[t]) >= 0))
                {
                    lines.Add(tasks[t].Line);
                }
                else
                {
                    lines.Clear();
                    break;
                }
            }

            if (lines.Count == 0 || lines.Distinct().Count() != lines.Count || lines.Any(l => matched.Any(m => m.TaskLine == l)))
            {
                left.Add(rows[r]);
                continue;
            }

            matched.AddRange(lines.Select(l => (rows[r], l)));
        }

        return (rows.Count - left.Count) * 5 >= rows.Count * 4 ? (matched, left) : null;
    }

    // Past this many characters to compare (rows times the tasks' words), an annex is not matched by its words.
    private const long MaxNamedShortWork = 2_000_000;

    // 项目名称, 工程名称: a list of projects, each its own work, not the tasks named short.
    private static readonly string[] ProjectWords = { "项目", "工程" };

    // 完成情况, 进展情况: a table of what was done (last year's work beside this year's plan), not the plan's tasks again.
    private static readonly string[] DoneWords = { "完成情况", "进展情况", "完成进度", "推进情况", "进展", "成效" };

    // How much of the words' pairs of characters a task's title holds, then its whole words; (0, 0) where the words
    // share too little with it (two pairs and two thirds of them at least).
    private static (int Title, int All) Score(string words, string title, string all)
    {
        var pairs = Enumerable.Range(0, words.Length - 1).Select(i => words.Substring(i, 2)).Distinct().ToList();
        var shared = pairs.Count(all.Contains);
        return shared >= 2 && shared * 3 >= pairs.Count * 2 ? (pairs.Count(title.Contains), shared) : (0, 0);
    }

    private static int Compare((int Title, int All) a, (int Title, int All) b) => a.Title != b.Title ? a.Title.CompareTo(b.Title) : a.All.CompareTo(b.All);

    // The task the words score highest with, where none ties it; null where none scores.
    private static int? Best(List<(int Title, int All)> scores)
    {
        var order = Enumerable.Range(0, scores.Count).Where(i => scores[i].All > 0).OrderByDescending(i => scores[i].Title).ThenByDescending(i => scores[i].All).Take(2).ToList();
        return order.Count == 0 || (order.Count == 2 && Compare(scores[order[0]], scores[order[1]]) == 0) ? null : order[0];
    }

    private static string Bare(string folded) => new(folded.Where(char.IsLetterOrDigit).ToArray());

    // 一（一）, 三（一）、三（二）, 2—3: a row's first cell that only numbers the tasks it restates.
    private static readonly System.Text.RegularExpressions.Regex TaskKey = new(
        @"^[一二三四五六七八九十\d（()）、，,.．—\-～~ ]{1,40}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The line of the one task whose words hold these; null where none or several do.
    private static int? OneHolder(List<(int Line, string Words, int Number)> tasks, string words)
    {
        if (words.Length < MinShortRestatedWords)
        {
            return null;
        }

        var holding = tasks.Where(t => t.Words.Contains(words)).Take(2).ToList();
        return holding.Count == 1 ? holding[0].Line : null;
    }

    private static readonly string[] OwnRoleWords = { "牵头", "负责", "责任", "配合", "主办", "协办", "主责" };

    // Two of a row's pairs of characters, and a third of them, in its task's words: the same work in other words.
    private static bool SharesWords(string row, string task)
    {
        var pairs = Enumerable.Range(0, row.Length - 1).Select(i => row.Substring(i, 2)).Distinct().ToList();
        var shared = pairs.Count(p => task.Contains(p));
        return shared >= 2 && shared * 3 >= pairs.Count;
    }

    // The table's words stay the plan's text; its rows are not read as tasks again.
    private bool RestatedTable(TableBlock table)
    {
        if (!_restated.ContainsKey(table))
        {
            return false;
        }

        KeepAsText(table);
        return true;
    }

    private void KeepAsText(TableBlock table)
    {
        foreach (var row in table.Rows)
        {
            var text = string.Join("\u3000", row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).Where(t => t.Length > 0));
            if (text.Length > 0)
            {
                Text(text);
            }
        }
    }

    // After a task's own words are read: a task they give no lead takes the units of the row that restates it.
    private void ApplyRestatedRows(IEnumerable<ImportedElement> tasks)
    {
        var byLine = tasks.GroupBy(t => t.Line).ToDictionary(g => g.Key, g => g.First());
        foreach (var restated in _restated.OrderBy(r => r.Key.Line))
        {
            var columns = TableColumns.Find(restated.Key.Rows)!;
            var reader = new TableReader(_elements, _notes, rebuilt: true);
            foreach (var (row, taskLine) in restated.Value)
            {
                if (byLine.TryGetValue(taskLine, out var task) && task.Leads.Count == 0)
                {
                    reader.ReadRow(row, columns, task);
                }
            }
        }
    }
}
