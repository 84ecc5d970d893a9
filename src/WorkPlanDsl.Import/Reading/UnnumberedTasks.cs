using System;
using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The work of a document that numbers none of it, as a news item reports a meeting or a list of projects:
/// <list type="bullet">
/// <item>a sentence giving several pieces of work to bodies one after another, each from its own <c>由X牵头</c>
/// (<c>曲道凯要求，由县发展和改革局牵头，A、B配合，在9月底前完成…；由县工业园区管委会牵头，…完成…；由丹凤街道牵头，…</c>): each
/// part is a task;</item>
/// <item>paragraphs that each close with a field naming who answers for them (<c>年内完成老新村综合整治…。责任部门：市房管局。</c>),
/// two or more of them: each paragraph is a task.</item>
/// </list>
/// Read only where nothing else made a task: the tasks have no label, since the document prints none.
/// </summary>
internal static class UnnumberedTasks
{
    public static List<ImportedElement> Read(IEnumerable<SourceLine> lines, ElementReader elements)
    {
        var paragraphs = lines.Where(l => l.Table is null && l.Text.Trim().Length > 0).ToList();
        var tasks = new List<ImportedElement>();
        var closing = new HashSet<SourceLine>(paragraphs.Where(p => ClosesWithField(p, elements)));
        foreach (var paragraph in paragraphs)
        {
            if (LedParts(paragraph, elements) is { } parts)
            {
                tasks.AddRange(parts.Select(part => elements.Task(SourceLine.Of(paragraph.Number, part), null!, 0)));
            }
            else if (closing.Count >= 2 && closing.Contains(paragraph))
            {
                tasks.Add(elements.Task(paragraph, null!, 0));
            }
        }

        return tasks.Where(t => t.Leads.Count > 0).ToList();
    }

    // The parts of the sentence from each 由X牵头 on, where two or more parts, parted by ；, each open with one.
    private static List<string>? LedParts(SourceLine paragraph, ElementReader elements)
    {
        var text = paragraph.Text;
        var folded = paragraph.Folded;
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] is not ('；' or ';'))
            {
                continue;
            }

            var part = folded.Substring(start, i - start);
            var agent = part.IndexOf("由", StringComparison.Ordinal);
            if (agent >= 0 && Done.IsMatch(part))
            {
                // 由县发改委牵头，…圆满完成了项目谋划工作: a report of work done, not work given.
                return null;
            }

            if (agent >= 0 && OpensWithLead(part.Substring(agent), elements))
            {
                var end = part.IndexOf('。', agent) is var stop and >= 0 ? stop : part.Length;
                parts.Add(text.Substring(start + agent, end - agent).Trim());
            }
            else if (parts.Count > 0)
            {
                // A part between them that gives the work to no one: the list is not one of led parts.
                return null;
            }

            start = i + 1;
        }

        return parts.Count >= 2 ? parts : null;
    }

    /// <summary>Words that report work done (完成了, 已建成, 圆满, 荣获), not work given.</summary>
    internal static readonly System.Text.RegularExpressions.Regex Done = new(
        @"(?:完成|实现|开展|召开|举办|取得|获得|建成|达到|组织|推进|争取|落实)了|圆满|受到|表彰|荣获|已经|已完成|已建成|已于",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 由县发展和改革局牵头，…: the words up to the first comma after 牵头 name the lead.
    private static bool OpensWithLead(string part, ElementReader elements)
    {
        var lead = part.IndexOf("牵头", StringComparison.Ordinal);
        if (lead < 2 || lead > 30)
        {
            return false;
        }

        return Leads("（" + part.Substring(0, lead + 2) + "）", elements);
    }

    // …。责任部门：无锡工商局、市经贸委、市农林局。: a paragraph of work whose last sentence is only a field naming bodies.
    private static bool ClosesWithField(SourceLine paragraph, ElementReader elements)
    {
        var folded = paragraph.Folded.TrimEnd().TrimEnd('。', '.');
        var stop = folded.LastIndexOfAny(new[] { '。', '；', ';' });
        if (stop < 8)
        {
            return false;
        }

        var field = folded.Substring(stop + 1).Trim();
        var colon = field.IndexOfAny(new[] { '：', ':' });
        return colon is > 1 and <= 8 && RoleWords.Label(field.Substring(0, colon)) is Role.Lead or Role.Accountable
            && Leads("（" + field + "）", elements);
    }

    // Read as a bracket closing a task reads.
    private static bool Leads(string clause, ElementReader elements)
        => elements.Clauses.Read(clause, clause, 0, new[] { clause.Length }).Any(c => c.Leads.Count > 0);
}
