using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// A list of duties printed one body a line with no number (<c>县住房城乡建设局：负责城镇排水防涝…；负责…</c> /
/// <c>县自然资源局：负责地质灾害的调查…</c>), as an emergency plan's 成员单位职责 are: each line is a task of the body it
/// opens with. Such a run becomes a task table (the line as its task, the body as its 责任单位), so the table reader reads
/// it. A run counts only where it has two lines or more, every line opens with bodies the document names by their level
/// or their field and a colon, and what follows is the work they do (负责…, 牵头…, 承担…), at least half of it with a
/// word of accountability: <c>县财政局：2000万元</c> or <c>县财政局：张某，电话…</c> is no duty.
/// </summary>
internal static class DutyLines
{
    // The longest run of names before the colon.
    private const int MaxNames = 24;

    public static List<SourceLine> Rebuild(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        var copied = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // A run opens with a duty line, not with the blank lines before it.
            if (Duty(lines[i]) is null)
            {
                continue;
            }

            var (end, rows) = Run(lines, i);
            if (rows.Count < 2)
            {
                // A run of lines that are no duties is passed once, not read again from each of its lines.
                i = System.Math.Max(i, end - 1);
                continue;
            }

            result ??= new List<SourceLine>(lines.Count);
            result.AddRange(lines.Skip(copied).Take(i - copied));
            var header = new TableRow(lines[i].Number, new[] { new TableCell("工作职责"), new TableCell("责任单位") });
            result.Add(SourceLine.OfTable(new TableBlock(lines[i].Number, rows.Prepend(header).ToList()), rebuilt: true));
            copied = end;
            i = end - 1;
        }

        if (result is null)
        {
            return lines;
        }

        // A document that numbers its tasks (1.开展隐患排查。由县水利局负责。, 一、预防措施 over its paragraph) keeps
        // its duty lines as the words of the task or section they stand under: only headings over the duties or over
        // other headings (四、成员单位职责) may be numbered beside them.
        result.AddRange(lines.Skip(copied));
        return Enumerable.Range(0, result.Count).All(i => result[i].Table is not null || IsHeadingOrUnnumbered(result[i]) && HeadsNoParagraph(result, i))
            ? result
            : lines;
    }

    private static bool HeadsNoParagraph(List<SourceLine> lines, int at)
    {
        if (Numbering.Read(lines[at]).Kind == NumberingKind.None)
        {
            return true;
        }

        var next = at + 1;
        while (next < lines.Count && lines[next].Table is null && lines[next].Text.Trim().Length == 0)
        {
            next++;
        }

        return next >= lines.Count || lines[next].Table is not null || Numbering.Read(lines[next]).Kind != NumberingKind.None;
    }

    // 四、成员单位职责: a numbered line that only names a part of the document.
    private static bool IsHeadingOrUnnumbered(SourceLine line)
    {
        var numbering = Numbering.Read(line);
        if (numbering.Kind == NumberingKind.None)
        {
            return true;
        }

        var words = line.Folded.Substring(numbering.BodyStart).Trim();
        return numbering.Kind is NumberingKind.Chinese or NumberingKind.Chapter && words.Length <= MaxHeading
            && words.TrimEnd('：', ':').IndexOfAny(new[] { '。', '；', ';', '，', ',', '：', ':' }) < 0 && !RoleWords.HasRole(words);
    }

    private const int MaxHeading = 16;

    // The duty lines from `at` (blank lines between them skipped) and the line after the last of them.
    private static (int End, List<TableRow> Rows) Run(List<SourceLine> lines, int at)
    {
        var rows = new List<TableRow>();
        var accountable = 0;
        var end = at;
        for (var i = at; i < lines.Count; i++)
        {
            if (lines[i].Table is null && lines[i].Text.Trim().Length == 0)
            {
                continue;
            }

            if (Duty(lines[i]) is not var (bodies, named))
            {
                break;
            }

            rows.Add(new TableRow(lines[i].Number, new[] { new TableCell(lines[i].Text.Trim()), new TableCell(bodies) }));
            accountable += named ? 1 : 0;
            end = i + 1;
        }

        return accountable * 2 >= rows.Count ? (end, rows) : (end, new List<TableRow>());
    }

    // The bodies a duty line opens with, and whether its work opens with a word of accountability (负责, 牵头, 承担).
    private static (string Bodies, bool Accountable)? Duty(SourceLine line)
    {
        if (line.Table is not null || Numbering.Read(line).Kind != NumberingKind.None)
        {
            return null;
        }

        var folded = line.Folded;
        var start = 0;
        while (start < folded.Length && folded[start] is ' ' or '　' or '\t')
        {
            start++;
        }

        var colon = folded.IndexOfAny(new[] { '：', ':' }, start);
        var work = colon + 1;
        var subject = colon < 0 || colon - start > MaxNames || colon + 1 >= folded.Length;
        if (subject)
        {
            // 区住建局负责全区…, 区环保局要加强…, 县农委。负责…: the body as the subject of its duty, with no colon.
            // A report of work done (区交通局牵头完成了…, 已全部完成) gives no one a duty.
            work = DutyAfterSubject(folded, start) is var after and >= 0 && !UnnumberedTasks.Done.IsMatch(folded) ? after : -1;
            colon = work > 0 && folded[work - 1] == '。' ? work - 1 : work;
            if (work < 0)
            {
                return null;
            }
        }

        while (work < folded.Length && folded[work] is ' ' or '　')
        {
            work++;
        }

        var role = RoleWords.VerbAt(folded, work).Role;
        var accountable = role is Role.Lead or Role.Accountable || string.CompareOrdinal(folded, work, "承担", 0, 2) == 0;

        // 财政局：负责… names the plan's own bureau without its level, where its work is given to it.
        var words = line.Text.Substring(start, colon - start).Trim();
        var names = ClauseReader.Names(words, ChineseText.Fold(words));
        if (names.Count == 0 || names.Any(n => n.Tail || !UnitShape.IsOrganisation(n.Name) || RoleWords.Label(ChineseText.Fold(n.Name)) != Role.None
                || !(UnitShape.LevelPrefixes.IndexOf(ChineseText.Fold(n.Name)[0]) >= 0 || UnitShape.IsSectorDepartment(n.Name) || UnitShape.IsGroup(n.Name)
                    || (accountable && UnitShape.IsOfficeWithoutLevel(n.Name)))))
        {
            return null;
        }
        // 区环保局要加强…: a subject's duty may open with 要 (not 要求, which asks it of others).
        var ought = subject && folded[work] == '要' && string.CompareOrdinal(folded, work, "要求", 0, 2) != 0;
        return accountable || ought || role is Role.Together or Role.Guidance || Doings.Any(d => string.CompareOrdinal(folded, work, d, 0, d.Length) == 0)
            ? (words, accountable)
            : null;
    }

    // Where the duty starts after the bodies a line opens with: at the word that gives it to them (负责, 牵头, 承担, 要),
    // within a run of names and before any comma or bracket; -1 where there is none.
    private static int DutyAfterSubject(string folded, int start)
    {
        var limit = System.Math.Min(folded.Length - 2, start + MaxNames);
        for (var at = start + 2; at <= limit; at++)
        {
            if (folded[at] is '，' or ',' or '；' or ';' or '（' or '(')
            {
                return -1;
            }

            if (SubjectWords.FirstOrDefault(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0) is { } word)
            {
                // 区住建局负责的项目资金缺口较大, 区农委承担的任务已全部完成: the body's work named as a thing, not given.
                return at + word.Length < folded.Length && folded[at + word.Length] == '的' ? -1 : at;
            }
        }

        return -1;
    }

    private static readonly string[] SubjectWords = { "负责", "牵头", "承担", "要" };

    // Work a body's duty line may open with besides a role word: 组织开展…, 做好…, 协调…, 督促…
    private static readonly string[] Doings = { "组织", "做好", "协调", "督促", "开展", "加强", "指导" };
}
