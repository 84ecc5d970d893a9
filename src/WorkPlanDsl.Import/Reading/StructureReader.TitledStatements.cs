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

    // A part's closing paragraph speaks of its tasks: no more than this many back are looked at.
    private const int MostTitledTasks = 40;

    /// <summary>True where the line gives the open list's tasks out by their titles, and has given them.</summary>
    private bool TitledStatements(SourceLine line)
    {
        if (_task is null || Tasks.Count < 2 || line.Table is not null || !RoleWords.HasRole(line.Folded))
        {
            return false;
        }

        // The part's last tasks, their titles' characters read once: a paragraph after every task of a long list (工程建设由
        // …负责 under each of 5,000) would otherwise match every title once per paragraph.
        var tasks = Tasks.Skip(System.Math.Max(0, Tasks.Count - MostTitledTasks))
            .Select(t => (Task: t, Title: new string(ChineseText.Fold(t.Title).Where(ChineseText.IsHan).ToArray()))).ToList();

        var lead = PartLeadIn.Match(line.Folded) is { Success: true } leadIn ? leadIn.Length : 0;
        var statements = new List<(List<ImportedElement> Tasks, string Words)>();
        foreach (var (start, end) in ClauseReader.SplitTopLevel(line.Folded.Substring(lead), "；;。"))
        {
            var clause = line.Folded.Substring(lead + start, end - start).Trim();
            if (clause.Length == 0)
            {
                continue;
            }

            var by = clause.IndexOf('由');
            if (by < 2)
            {
                return false;
            }

            var named = new List<ImportedElement>();
            foreach (var name in clause.Substring(0, by).Split('、').Select(n => n.Trim()))
            {
                if (TaskTitled(name, tasks) is not { } task || named.Contains(task))
                {
                    return false;
                }

                named.Add(task);
            }

            statements.Add((named, line.Text.Substring(lead + start + by, end - start - by).Trim()));
        }

        // Two statements at least, or one naming two tasks: a paragraph of one task's words may name its own work once.
        if (statements.Count == 0 || (statements.Count == 1 && statements[0].Tasks.Count < 2)
            || statements.SelectMany(s => s.Tasks).Distinct().Count() != statements.Sum(s => s.Tasks.Count))
        {
            return false;
        }

        Text(line.Text);
        _task = null;
        foreach (var (named, words) in statements)
        {
            var holder = _elements.Heading(SourceLine.Of(line.Number, words), 0, wholeLine: true);
            var respectively = words.Contains("分别") && holder.Leads.Count == named.Count && named.Count > 1;
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

    // The one task of the list whose title the name says (城中村改造 of 推进城中村改造, 排水防涝能力提升 of 提升城市排水防涝
    // 能力): most of the name's character pairs in the title, more than in any other title; null where none or two.
    private static ImportedElement? TaskTitled(string name, List<(ImportedElement Task, string Title)> tasks)
    {
        var pairs = Pairs(name);
        if (name.Length < 3 || pairs.Count == 0 || UnitShape.IsOrganisation(name))
        {
            return null;
        }

        var scored = tasks.Select(t => (t.Task, Share: pairs.Count(p => t.Title.Contains(p)) / (double)pairs.Count))
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
