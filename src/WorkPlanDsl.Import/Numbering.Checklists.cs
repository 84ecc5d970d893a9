using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import;

/// <summary>A plan kept as a markdown checklist (a notes tool's export): its top-level items are its tasks.</summary>
internal readonly partial record struct Numbering
{
    // - [ ] **推进…**, - [x] 完成…（已完成）, * [X] …: a checklist item, its box ticked or not, then its words.
    private static readonly System.Text.RegularExpressions.Regex ChecklistItem = new(
        @"^(?<indent>[ \t]*)[-*+][ \t]+\[[ xX✓✔]\][ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(?=[\u4E00-\u9FFF“「《（(])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Checklist items (<c>- [ ] **推进一网通办提质增效**</c> with <c>  - 负责：政务服务科</c> under it): in a document
    /// that numbers no task 1. 2. itself, two or more items at the outermost indent are its tasks, numbered as 1. 2. are
    /// in their order; the indented bullets under an item are its fields and words. Without this the items were their
    /// section's words and the section led by all of their units at once.
    /// </summary>
    private static void Checklists(List<(SourceLine Line, Numbering Numbering)> lines)
    {
        if (lines.Any(l => l.Numbering.Kind is NumberingKind.Arabic or NumberingKind.Decimal or NumberingKind.Article))
        {
            return;
        }

        var items = new List<(int At, int Indent, int Length)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Numbering.Kind == NumberingKind.None && lines[i].Line.Table is null && ChecklistItem.Match(lines[i].Line.Folded) is { Success: true } item)
            {
                items.Add((i, item.Groups["indent"].Length, item.Length));
            }
        }

        var outermost = items.Count == 0 ? 0 : items.Min(item => item.Indent);
        var tasks = items.Where(item => item.Indent == outermost).ToList();
        if (tasks.Count < 2)
        {
            return;
        }

        for (var k = 0; k < tasks.Count; k++)
        {
            var line = lines[tasks[k].At].Line;
            var label = line.Text.Substring(0, tasks[k].Length).Trim().TrimEnd('*', '_').TrimEnd();
            lines[tasks[k].At] = (line, new Numbering(NumberingKind.Arabic, label, k + 1, tasks[k].Length));
        }
    }
}
