using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// An activity arrangement numbers the fields of each item as if they were tasks: <c>（一）开幕式</c> then <c>1、时 间：…</c>
/// <c>2、地 点：…</c> <c>3、承办单位：…</c> <c>4、活动内容：…</c>. Such a run is the item's fields, written without their numbers,
/// so the item is the task and its 承办单位 its bodies. A run counts only where every line of it is a field with a label
/// of such forms, one of them names bodies, and it opens at 1 right under a numbered line or a title: <c>1、动员部署：…</c>
/// is a stage of work, not a field.
/// </summary>
internal static class NumberedFields
{
    // The longest label (spaces taken out): 承办单位, 参加对象, 活动内容, 主要负责单位.
    private const int MaxLabel = 6;

    public static List<SourceLine> Unnumber(List<SourceLine> lines)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var end = RunEnd(lines, i);
            if (end > i)
            {
                runs.Add((i, end));
                i = end - 1;
            }
        }

        // 二、工作任务 then 1、加强宣传。…: where the document numbers tasks as it numbers the fields, the number says
        // nothing about which is which, and the document's structure is left as printed.
        var kinds = runs.Select(r => Numbering.Read(lines[r.Start]).Kind).ToList();
        var inRun = new bool[lines.Count];
        foreach (var (start, end) in runs)
        {
            for (var j = start; j < end; j++)
            {
                inRun[j] = true;
            }
        }

        // Unless the runs repeat their labels item after item (时间、地点、承办单位 under each of （一）（二）（三）): then
        // they are fields whatever else the document numbers so.
        if (runs.Count == 0 || (!RepeatLabels(lines, runs)
            && Enumerable.Range(0, lines.Count).Any(i => !inRun[i] && lines[i].Table is null && kinds.Contains(Numbering.Read(lines[i]).Kind))))
        {
            return lines;
        }

        var result = new List<SourceLine>(lines);
        foreach (var (i, end) in runs)
        {
            for (var j = i; j < end; j++)
            {
                if (IsBlank(lines[j]))
                {
                    continue;
                }

                var numbering = Numbering.Read(lines[j]);
                result[j] = SourceLine.Of(lines[j].Number, lines[j].Text.Substring(numbering.BodyStart).TrimStart(' ', '　', '\t'));
            }
        }

        return result;
    }

    // The line after a run of numbered fields that starts at `at`, or `at` where none does.
    private static int RunEnd(List<SourceLine> lines, int at)
    {
        var first = Numbering.Read(lines[at]);
        if (first.Kind == NumberingKind.None || first.Value != 1)
        {
            return at;
        }

        var above = at - 1;
        while (above >= 0 && IsBlank(lines[above]))
        {
            above--;
        }

        if (above < 0 || !IsItemAbove(lines[above], first.Kind))
        {
            return at;
        }

        // Blank lines may part the fields; the run ends after its last field.
        var end = at;
        var next = at;
        var count = 0;
        var namesBodies = false;
        var labels = new HashSet<string>();

        // An item's fields each say a different thing: （一）责任单位：X。… （二）责任单位：Y。… are tasks, each its own record.
        while (next < lines.Count && lines[next].Table is null && Numbering.Read(lines[next]) is var n && n.Kind == first.Kind
            && n.Value == first.Value + count && Label(lines[next], n) is var (kind, label) && labels.Add(label))
        {
            namesBodies |= TableColumns.NamesUnits(kind);
            count++;
            end = next + 1;
            next = end;
            while (next < lines.Count && IsBlank(lines[next]))
            {
                next++;
            }
        }

        return count >= 2 && namesBodies ? end : at;
    }

    // Two runs or more, each sharing at least two labels with another.
    private static bool RepeatLabels(List<SourceLine> lines, List<(int Start, int End)> runs)
    {
        var labels = runs.Select(r => new HashSet<string>(Enumerable.Range(r.Start, r.End - r.Start)
            .Where(j => !IsBlank(lines[j])).Select(j => Label(lines[j], Numbering.Read(lines[j]))?.Label).OfType<string>())).ToList();
        return labels.Count >= 2 && labels.All(l => labels.Any(o => !ReferenceEquals(o, l) && o.Count(l.Contains) >= 2));
    }

    private static bool IsBlank(SourceLine line) => line.Table is null && line.Text.Trim().Length == 0;

    // The item whose fields they are: a numbered line of another kind, or an unnumbered title line with no colon.
    private static bool IsItemAbove(SourceLine line, NumberingKind fields)
    {
        if (line.Table is not null)
        {
            return false;
        }

        var kind = Numbering.Read(line).Kind;
        return kind == NumberingKind.None
            ? line.Text.Trim().Length is > 0 and <= 40 && line.Folded.IndexOfAny(new[] { '：', ':', '。' }) < 0
            : kind != fields;
    }

    // The column kind a field's label names, where the line is a field with a label of an item's fields; null otherwise.
    private static (ColumnKind Kind, string Label)? Label(SourceLine line, Numbering numbering)
    {
        var folded = line.Folded;
        var colon = folded.IndexOfAny(new[] { '：', ':' }, numbering.BodyStart);
        if (colon < 0)
        {
            return null;
        }

        var label = new string(folded.Substring(numbering.BodyStart, colon - numbering.BodyStart).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (label.Length is < 2 or > MaxLabel || !label.All(ChineseText.IsHan))
        {
            return null;
        }

        var kind = TableColumns.Classify(label);
        return kind is not (ColumnKind.None or ColumnKind.Task or ColumnKind.Category) ? (kind, label)
            : ItemLabels.Any(l => label.EndsWith(l, System.StringComparison.Ordinal)) ? (ColumnKind.Remark, label)
            : null;
    }

    // 地点, 活动地点, 参加对象, 活动主题, 活动形式, 联系电话: what an activity's fields say besides its roles, time and content.
    private static readonly string[] ItemLabels =
    {
        "地点", "地址", "场地", "对象", "人员", "主题", "形式", "方式", "规模", "范围", "经费", "费用", "电话", "联系人", "名称",
    };
}
