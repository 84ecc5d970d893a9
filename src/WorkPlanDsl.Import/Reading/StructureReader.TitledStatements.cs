using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A paragraph after a part's tasks that gives them out by what they are called, not by their numbers
/// (<c>推进老旧小区改造、城中村改造由市住建局牵头，市财政局配合；完善物业管理由市住建局会同市民政局负责。</c>): each task
/// whose title the words name, one task a name, gets its clause. Read as the last task's words, the paragraph gave that
/// task every body it named.
/// </summary>
internal sealed partial class StructureReader
{
    // 本部分任务中，: words before the statements that say whose tasks they speak of.
    private static readonly System.Text.RegularExpressions.Regex PartLeadIn = new(
        @"^[ 　]*(?:本部分|本节|以上|上述)?(?:任务|工作)?中[，,：:][ 　]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A name matches a title where this share of its character pairs is in the title.
    private const double TitleOverlap = 0.6;

    // 城中村改造分别由, 老旧小区改造均由: the words between the names and their 由 that say how, not what.
    private static readonly System.Text.RegularExpressions.Regex HowBeforeBy = new(
        @"(?:分别|均|都|统一)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Each task's title as its Han characters, read once for every paragraph after it: a paragraph after every task of a
    // long list (工程建设由…负责 under each of 5,000) would otherwise read every title again.
    private readonly Dictionary<ImportedElement, (string Source, string Han)> _titlesRead = new();

    /// <summary>True where the line gives the plan's tasks out by their titles, and has given them.</summary>
    private bool TitledStatements(SourceLine line)
    {
        if (_task is null || line.Table is not null || !RoleWords.HasRole(line.Folded))
        {
            return false;
        }

        // The shape first, titles after: each clause <names>由…, and two clauses or two names in one. A paragraph of one
        // task's words may name its own work once (工程建设由…负责，…), and is never matched against the titles.
        var lead = PartLeadIn.Match(line.Folded) is { Success: true } leadIn ? leadIn.Length : 0;
        var clauses = new List<(int By, int End, string[] Names, bool Respectively)>();
        foreach (var (start, end) in ClauseReader.SplitTopLevel(line.Folded.Substring(lead), "；;。"))
        {
            var raw = line.Folded.Substring(lead + start, end - start);
            var clause = raw.Trim();
            if (clause.Length == 0)
            {
                continue;
            }

            var by = AgentBy(clause);
            if (by < 2)
            {
                return false;
            }

            // 老旧小区改造、城中村改造分别由A、B牵头: 分别 before the 由 says the bodies go one a name, as after it.
            var names = clause.Substring(0, by);
            var how = HowBeforeBy.Match(names);
            names = names.Substring(0, names.Length - how.Length);
            clauses.Add((lead + start + raw.Length - raw.TrimStart().Length + by, lead + end, names.Split('、').Select(n => n.Trim()).ToArray(), how.Value == "分别"));
        }

        if (clauses.Count == 0 || (clauses.Count == 1 && clauses[0].Names.Length < 2))
        {
            return false;
        }

        // Every task of the plan so far, not the open part's alone: a closing paragraph may name a task of the part before
        // (城镇老旧小区改造 of part one's 推进城镇老旧小区改造), which a near title in the open part (开展老旧小区改造质量回头看)
        // would otherwise take; nor only the last tasks of a long part, whose first the paragraph may name.
        var tasks = AllTasks().Select(t => (Task: t, Title: TitleRead(t))).ToList();
        if (tasks.Count < 2)
        {
            return false;
        }

        var statements = new List<(List<ImportedElement> Tasks, string Words, bool Respectively)>();
        foreach (var (by, end, names, respectively) in clauses)
        {
            var named = new List<ImportedElement>();
            foreach (var name in names)
            {
                var task = TaskTitled(name, tasks);
                if (task is not null && !named.Contains(task))
                {
                    named.Add(task);
                    continue;
                }

                // 老旧小区改造和城中村改造由…: two titles joined by 和 (no title of its own), each one task; a name that is
                // one title with 和 in it (口袋公园和城市绿道建设) was matched whole above.
                var joined = name.Split('和', '及', '与').Select(n => TaskTitled(n.Trim(), tasks)).ToList();
                if (task is not null || joined.Count < 2 || joined.Any(t => t is null || named.Contains(t)) || joined.Distinct().Count() != joined.Count)
                {
                    return false;
                }

                named.AddRange(joined.Select(t => t!));
            }

            statements.Add((named, line.Text.Substring(by, end - by).Trim(), respectively));
        }

        // A task named twice, or every task named already giving its own lead (老旧小区改造资金由市财政局负责统筹 under tasks
        // with their brackets): the words are not the part's statement, and stay the last task's.
        if (statements.SelectMany(s => s.Tasks).Distinct().Count() != statements.Sum(s => s.Tasks.Count)
            || statements.SelectMany(s => s.Tasks).All(t => t.Leads.Count > 0 && !t.LedOnlyByTheList))
        {
            return false;
        }

        // A paragraph under a later part's task that names only an earlier part's tasks (一、数字政府 … 二、数字健康 / 3.… /
        // 系统建设由X负责；经费保障由Y负责): whether it gives out those tasks, across a heading and maybe its lead, or speaks
        // of the task above it, the text does not say; neither is read.
        if (!statements.SelectMany(s => s.Tasks).Any(Tasks.Contains))
        {
            Text(line.Text);
            foreach (var task in statements.SelectMany(s => s.Tasks).Append(_task).Distinct())
            {
                _elements.Review(task, line, NoteSeverity.Note,
                    $"'{line.Text.Trim()}' names tasks of an earlier part by their titles under a later part's task: not read as anyone's roles");
            }

            _task = null;
            return true;
        }

        Text(line.Text);
        _task = null;
        foreach (var (named, words, before) in statements)
        {
            var holder = _elements.Heading(SourceLine.Of(line.Number, words), 0, wholeLine: true);
            var respectively = (before || words.Contains("分别")) && holder.Leads.Count == named.Count && named.Count > 1;
            for (var i = 0; i < named.Count; i++)
            {
                if (named[i].Leads.Count > 0 && !named[i].LedOnlyByTheList)
                {
                    continue;
                }

                named[i].ListedSupport();
                if (respectively)
                {
                    named[i].AddLead(holder.Leads[i]);
                    continue;
                }

                holder.Leads.ForEach(named[i].AddLead);
                holder.Supports.ForEach(named[i].AddSupport);
            }
        }

        return true;
    }

    // The 由 that brings in who does the work, not the 由 of 自由 in a title (建设自由贸易试验区由市商务局牵头); 管理由,
    // 治理由 are a title's end and its 由.
    private static int AgentBy(string clause)
    {
        for (var at = clause.IndexOf('由'); at >= 0; at = clause.IndexOf('由', at + 1))
        {
            if (at == 0 || clause[at - 1] != '自')
            {
                return at;
            }
        }

        return -1;
    }

    private string TitleRead(ImportedElement task)
    {
        if (_titlesRead.TryGetValue(task, out var read) && ReferenceEquals(read.Source, task.Title))
        {
            return read.Han;
        }

        var han = new string(ChineseText.Fold(task.Title).Where(ChineseText.IsHan).ToArray());
        _titlesRead[task] = (task.Title, han);
        return han;
    }

    // The one task of the plan whose title the name says (城中村改造 of 推进城中村改造, 排水防涝能力提升 of 提升城市排水防涝
    // 能力): most of the name's character pairs in the title, more than in any other title; null where none or two.
    private static ImportedElement? TaskTitled(string name, List<(ImportedElement Task, string Title)> tasks)
    {
        var pairs = Pairs(name);
        if (name.Length < 3 || pairs.Count == 0 || UnitShape.IsOrganisation(name))
        {
            return null;
        }

        // The name ends where a title does: 老旧小区改造资金, 城中村改造进度 go on past 老旧小区改造 to a thing of the task
        // (its money, its figures), and whoever answers for that thing does not answer for the task.
        var letters = new string(name.Where(ChineseText.IsHan).ToArray());
        var last = letters.Substring(letters.Length - 2);
        var scored = tasks.Where(t => t.Title.Contains(last))
            .Select(t => (t.Task, Share: pairs.Count(p => t.Title.Contains(p)) / (double)pairs.Count))
            .Where(s => s.Share >= TitleOverlap).OrderByDescending(s => s.Share).ToList();
        return scored.Count == 1 || (scored.Count > 1 && scored[0].Share > scored[1].Share) ? scored[0].Task : null;
    }

    // 城中村改造 → 城中, 中村, 村改, 改造: the name's character pairs, punctuation left out.
    private static List<string> Pairs(string name)
    {
        var letters = new string(name.Where(ChineseText.IsHan).ToArray());
        return Enumerable.Range(0, System.Math.Max(0, letters.Length - 1)).Select(i => letters.Substring(i, 2)).Distinct().ToList();
    }
}
