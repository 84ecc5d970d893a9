using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import;

/// <summary>
/// Matters handed over one by one (a government office's list of 人大建议, 政协提案 or 领导批示件 given to the bodies
/// that must handle them): each record is a task, numbered by the matter's own number.
/// </summary>
internal readonly partial record struct Numbering
{
    // 第8号　关于…的建议, 提案第12号　关于…的提案, 批示件〔2024〕第3号　关于…的批示: the matter's kind perhaps, a year
    // perhaps, its number, then its subject (关于…). Not 第3号文件 or 根据第5号令 (no subject after the number).
    private static readonly System.Text.RegularExpressions.Regex HandoverNumber = new(
        @"^[ \t\u3000]*(?<label>(?<key>(?:代表|委员)?(?:建议|提案|议案|批示件|批示|督办件|交办件|信访件|来信)?)"
        + @"(?:[〔\[（(【][ \t\u3000]*(?:19|20)\d\d[ \t\u3000]*[〕\]）)】])?[ \t\u3000]*第[ \t\u3000]*(?<n>\d{1,5})[ \t\u3000]*号)[ \t\u3000：:、．.]*(?=关于)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Handed-over matters (<c>第8号　关于加快…的建议</c> with its 领衔代表 / 主办单位 / 协办单位 lines under it, or one a line:
    /// <c>提案第12号　关于…的提案　提案者：…　主办：…　会办：…</c>): where two or more lines of one kind open with a number
    /// that rises line by line (the numbers a session gave them, 8, 15, 23 …, not one by one) and then the subject, each is
    /// a record: its index, its count in the list, the label's length and where its subject starts.
    /// </summary>
    internal static List<(int At, int Value, int Label, int Length)> HandoverRecords(IReadOnlyList<SourceLine> lines, System.Func<int, bool> eligible)
        => RecordRuns(lines, eligible, HandoverNumber, (before, after) => after > before, ownNumbers: false);

    // The records of a handover list numbered as 1. 2. are (counted in their order), on lines numbered no other way;
    // the fields under a record or after it on its line say who handles it.
    private static void Handovers(List<(SourceLine Line, Numbering Numbering)> lines)
        => AsNumbered(lines, HandoverRecords(lines.Select(l => l.Line).ToList(), i => lines[i].Numbering.Kind == NumberingKind.None));
}
