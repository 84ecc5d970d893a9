using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Tasks numbered 2 then 4 under one heading: a task whose number the document printed another way (<c>3：</c>,
/// <c>３，</c>, a mark before it) was read as words of the one above, and its lead may have gone with it. The reader is
/// told where, rather than left to find the loss.
/// </summary>
internal static class NumberingGaps
{
    public static void Review(ImportedPlan plan, ElementReader elements)
    {
        Siblings(plan.PlanTasks, elements);
        Siblings(plan.Sections, elements);
        foreach (var section in plan.Sections)
        {
            Nested(section, elements);
        }
    }

    private static void Nested(ImportedElement element, ElementReader elements)
    {
        Siblings(element.Children, elements);
        foreach (var child in element.Children)
        {
            Nested(child, elements);
        }
    }

    private static void Siblings(List<ImportedElement> items, ElementReader elements)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (Number(items[i - 1].Label) is not { } before || Number(items[i].Label) is not { } after
                || before.Kind != after.Kind || Shape(items[i - 1].Label!) != Shape(items[i].Label!) || after.Value <= before.Value + 1)
            {
                continue;
            }

            // 一是, 二是, 二是, 四是: the third printed where 三是 belongs, read so and noted; no task is missing.
            if (i >= 2 && Number(items[i - 2].Label) is { } twoBefore && twoBefore.Kind == after.Kind && twoBefore.Value + 2 == after.Value)
            {
                continue;
            }

            elements.Review(items[i - 1], SourceLine.Of(items[i - 1].Line, string.Empty), NoteSeverity.Warning,
                "the numbering goes from " + items[i - 1].Label + " to " + items[i].Label + " after this: a number printed another way (3：, ３，, a mark before it) may have been read as words of this one, with its lead");
        }
    }

    private static Numbering? Number(string? label)
        => label is { Length: > 0 } && Numbering.Read(SourceLine.Of(0, label + "推进")) is { Kind: not NumberingKind.None } numbering ? numbering : null;

    // （三） and （四） share a shape, 3. and 4、 do not: the digits, numerals and numbering characters (①, ❷, Ⅲ) of a
    // label set aside.
    private static string Shape(string label)
        => new string(label.Where(c => !char.IsDigit(c) && "一二三四五六七八九十百零〇".IndexOf(c) < 0
            && c is not (>= '\u2160' and <= '\u217F') and not (>= '\u2460' and <= '\u24FF') and not (>= '\u2776' and <= '\u2793') and not (>= '\u3251' and <= '\u32BF')).ToArray());
}
