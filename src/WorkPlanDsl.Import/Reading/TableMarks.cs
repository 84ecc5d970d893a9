using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// The words a table's cells set apart by their type (<c>&lt;strong&gt;区市场监管局&lt;/strong&gt;、区政务服务中心</c>),
/// given to the document's marked words by the row's line, as a paragraph's are: where the document says bold marks
/// the lead (责任单位中字体加粗的为牵头单位), a row's cell is read by them as a paragraph is.
/// </summary>
internal static class TableMarks
{
    public static void Add(IEnumerable<DocumentBlock> blocks, Accountability accountability)
    {
        Dictionary<int, MarkedWords[]>? words = null;
        Dictionary<int, string>? lines = null;
        foreach (var table in blocks.OfType<TableBlock>().Where(t => t.Marks.Count > 0))
        {
            words ??= accountability.MarkedWords.ToDictionary(p => p.Key, p => p.Value);
            lines ??= accountability.MarkedLines.ToDictionary(p => p.Key, p => p.Value);
            foreach (var row in table.Rows)
            {
                if (!table.Marks.TryGetValue(row.Line, out var marks) || words.ContainsKey(row.Line))
                {
                    continue;
                }

                words[row.Line] = marks;
                lines[row.Line] = string.Join("\n", row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text));
            }
        }

        if (words is not null)
        {
            accountability.MarkedWords = words;
            accountability.MarkedLines = lines!;
        }
    }
}
