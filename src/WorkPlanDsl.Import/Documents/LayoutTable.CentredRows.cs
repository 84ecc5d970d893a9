using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Reading;

namespace WorkPlanDsl.Import.Documents;

internal static partial class LayoutTable
{
    private sealed partial class Layout
    {
        // How far (in half lines) a centred cell's middle may stand off its row's 序号: a cell of an even number of lines
        // has its middle between two, and a converter rounds where each line stands.
        private const int CentringSlack = 2;

        /// <summary>
        /// The rows of a band holding several 序号 with no blank line between them, in a table whose cells are each
        /// centred on their row (the 序号 too): each column's lines are parted on their own, each row's block of them
        /// centred on its 序号. A narrow unit cell wrapped over seven lines and the task's two lines beside it both centre
        /// on the row's middle, so no one cut between rows serves every column. Null where some column's lines cannot be
        /// so parted (its cells set at their top, a cell's lines apart): the rows are then cut whole (see Splits).
        /// </summary>
        private List<List<(LayoutLine Line, string[] Cells, int Index)>>? CentredRows(List<(LayoutLine Line, string[] Cells, int Index)> band, List<int> numbered)
        {
            var owner = new int[band.Count, Count];
            for (var j = 0; j < Count; j++)
            {
                var filled = Enumerable.Range(0, band.Count).Where(i => band[i].Cells[j].Length > 0).ToList();
                if (j == header.NumberColumn)
                {
                    foreach (var i in filled)
                    {
                        var row = numbered.IndexOf(i);
                        if (row < 0)
                        {
                            return null;
                        }

                        owner[i, j] = row;
                    }

                    continue;
                }

                var texts = band.Select(l => l.Cells[j]).ToArray();
                if (Parted(filled, numbered, Units[j] ? (a, b) => NameGoesOn(texts[a], texts[b]) : null) is not { } parts)
                {
                    return null;
                }

                for (var f = 0; f < filled.Count; f++)
                {
                    owner[filled[f], j] = parts[f];
                }
            }

            var rows = new List<List<(LayoutLine Line, string[] Cells, int Index)>>();
            for (var k = 0; k < numbered.Count; k++)
            {
                var lines = new List<(LayoutLine Line, string[] Cells, int Index)>();
                for (var i = 0; i < band.Count; i++)
                {
                    var cells = Enumerable.Range(0, Count).Select(j => band[i].Cells[j].Length > 0 && owner[i, j] == k ? band[i].Cells[j] : string.Empty).ToArray();
                    if (cells.Any(c => c.Length > 0))
                    {
                        lines.Add((band[i].Line, cells, band[i].Index));
                    }
                }

                rows.Add(lines);
            }

            return rows;
        }

        // The row each of a column's filled lines belongs to: blocks in order, each a run of lines one after another, centred on its row's 序号 and standing between the 序号 above
        // and below it; a row whose cell is empty costs a little. Null where no parting keeps every block so.
        private static int[]? Parted(List<int> filled, List<int> numbered, System.Func<int, int, bool>? joined)
        {
            var q = filled.Count;
            var m = numbered.Count;
            if (q == 0)
            {
                return System.Array.Empty<int>();
            }

            // best[k, i]: the least cost of rows 0..k-1 holding the first i lines; back[k, i]: how many rows 0..k-2 held.
            var best = new long[m + 1, q + 1];
            var back = new int[m + 1, q + 1];
            for (var k = 0; k <= m; k++)
            {
                for (var i = 0; i <= q; i++)
                {
                    best[k, i] = k == 0 && i == 0 ? 0 : long.MaxValue;
                }
            }

            for (var k = 1; k <= m; k++)
            {
                var row = k - 1;
                for (var i = 0; i <= q; i++)
                {
                    for (var h = 0; h <= i; h++)
                    {
                        if (best[k - 1, h] == long.MaxValue)
                        {
                            continue;
                        }

                        // A row lies between the rows above and below it, and each of those holds its 序号 inside it; a
                        // cell's wrapped lines follow each other, centred on the row's 序号.
                        // A unit cell's rows part where a name ends, not inside one (市商务 / 局).
                        var offset = h == i ? 0 : System.Math.Abs(filled[h] + filled[i - 1] - (2L * numbered[row]));
                        if (h < i && ((row > 0 && filled[h] <= numbered[row - 1]) || (row + 1 < m && filled[i - 1] >= numbered[row + 1])
                            || offset > CentringSlack || filled[i - 1] - filled[h] != i - 1 - h
                            || (joined is not null && ((h > 0 && joined(filled[h - 1], filled[h])) || (i < q && joined(filled[i - 1], filled[i]))))))
                        {
                            continue;
                        }

                        var cost = h == i ? 1 : offset * 4;
                        if (best[k - 1, h] + cost < best[k, i])
                        {
                            best[k, i] = best[k - 1, h] + cost;
                            back[k, i] = h;
                        }
                    }
                }
            }

            if (best[m, q] == long.MaxValue)
            {
                return null;
            }

            var parts = new int[q];
            var end = q;
            for (var k = m; k >= 1; k--)
            {
                var start = back[k, end];
                for (var i = start; i < end; i++)
                {
                    parts[i] = k - 1;
                }

                end = start;
            }

            return parts;
        }

        // Whether a unit cell's line goes on in the next: it ends no name (no 、, no body's ending) and the next opens none.
        private static bool NameGoesOn(string line, string next)
            => line.Length > 0 && next.Length > 0 && "、，,；;）)".IndexOf(line[line.Length - 1]) < 0 && !CellNames.EndsName(line)
                && UnitShape.LevelPrefixes.IndexOf(next[0]) < 0 && next[0] != '各' && !next.StartsWith("中国", System.StringComparison.Ordinal)
                && !next.StartsWith("国家", System.StringComparison.Ordinal) && !next.StartsWith("国网", System.StringComparison.Ordinal);
    }
}
