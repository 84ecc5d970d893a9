using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Reading;

namespace WorkPlanDsl.Import.Documents;

internal static partial class LayoutTable
{
    // 一、确保粮食安全, （二）巩固脱贫成果: a category's number, opening its words.
    private static readonly Regex CategoryNumber = new(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])", RegexOptions.CultureInvariant);

    private sealed partial class Layout
    {
        /// <summary>
        /// A category cell merged down over its rows (类别: 一、确保粮食安全和重要农产品稳定供给 beside rows 1–5) prints its words on
        /// the lines the converter sets them, a few characters to a line, over whichever rows stand beside them: read row
        /// by row, each row would open a section of its own (确 / 保粮食安全和重要农产品稳 / 定供给). Where every category's
        /// words open with its number, a category's words run to the next number; its rows are those its words stand
        /// centred on (a table seen to centre its cells), or from its words down to the next category's (at the top). The
        /// first of its rows carries the whole name; the others carry none, so they stay in its section. Nothing changes
        /// where every category is printed beside one row.
        /// </summary>
        private void CarryCategories(List<Row> rows, List<string[]> cells)
        {
            var column = header.Columns.FindIndex(c => c.Kind == ColumnKind.Category);
            if (column < 0 || column == header.NumberColumn || rows.Any(r => r.IsSection))
            {
                return;
            }

            // Only where some category's words are spread over rows: a category printed whole beside one row (the first
            // of its group, say) already opens its section there, and the rows below it stay in it.
            var starts = Enumerable.Range(0, rows.Count).Where(k => CategoryNumber.IsMatch(cells[k][column])).ToList();
            if (starts.Count == 0 || Enumerable.Range(0, starts[0]).Any(k => cells[k][column].Length > 0)
                || starts.Select((first, c) => Enumerable.Range(first + 1, (c + 1 < starts.Count ? starts[c + 1] : rows.Count) - first - 1)).All(rest => rest.All(k => cells[k][column].Length == 0)))
            {
                return;
            }

            var names = new string[rows.Count];
            var from = centred ? 0 : starts[0];
            for (var c = 0; c < starts.Count; c++)
            {
                var first = starts[c];
                var next = c + 1 < starts.Count ? starts[c + 1] : rows.Count;
                var last = Enumerable.Range(first, next - first).Last(k => cells[k][column].Length > 0);
                var name = Enumerable.Range(first, last - first + 1).Select(k => cells[k][column]).Aggregate(string.Empty, Row.Join);

                // The category's words centred on its rows: the last row is the one that puts their middle nearest the
                // words' middle (counted in lines, twice over to stay whole).
                var to = next - 1;
                if (centred && c + 1 < starts.Count)
                {
                    var middle = rows[first].FirstIndexOf(column) + rows[last].LastIndexOf(column);
                    to = Enumerable.Range(last, next - last).OrderBy(e => System.Math.Abs(rows[from].Indices.Min() + rows[e].Indices.Max() - middle)).ThenBy(e => e).First();
                }

                names[from] = name;
                for (var k = from + 1; k <= to; k++)
                {
                    names[k] = string.Empty;
                }

                from = to + 1;
            }

            for (var k = 0; k < rows.Count; k++)
            {
                cells[k][column] = names[k] ?? string.Empty;
            }
        }
    }
}
