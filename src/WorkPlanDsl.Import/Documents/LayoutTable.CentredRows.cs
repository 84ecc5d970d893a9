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
        /// so parted (its cells set at their top): the rows are then cut whole (see Splits).
        /// </summary>
        private (List<List<(LayoutLine Line, string[] Cells, int Index)>> Rows, List<(LayoutLine Line, string[] Cells, int Index)> RunOver)? CentredRows(
            List<(LayoutLine Line, string[] Cells, int Index)> band, List<int> numbered, bool openTop, bool openEnd)
        {
            var owner = new int[band.Count, Count];

            // The measures' column first: a unit or a date on a measure's line is that measure's, and so its row's,
            // unless centring says otherwise (a measure's lead cell one line, its words three).
            var sentences = Enumerable.Range(0, Count).Where(j => j != header.NumberColumn && IsSentenceColumn(j)).DefaultIfEmpty(-1).First();
            int[]? measureRow = null;
            foreach (var j in sentences >= 0 ? new[] { sentences }.Concat(Enumerable.Range(0, Count).Where(c => c != sentences)) : Enumerable.Range(0, Count))
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
                // A row of several measures under one merged 序号 (Calc centres it over them) leaves a column's lines apart
                // where a measure's cell is shorter than the others': its block may then hold gaps.
                System.Func<int, int, bool>? joined = Units[j] ? (a, b) => NameGoesOn(texts[a], texts[b]) : null;
                // Lines apart are taken only where they centre better than lines together.
                // A measure's sentence goes on to its full stop: between two partings that centre as well, the one that
                // cuts where a sentence ends.
                System.Func<int, bool>? open = IsSentenceColumn(j) ? line => !EndsSentence(texts[line]) : null;
                var along = measureRow is { } rowOfLine ? filled.Select(i => rowOfLine[i]).ToArray() : null;
                var together = Parted(filled, numbered, joined, open, along, gaps: false, openTop, openEnd);
                var apart = Parted(filled, numbered, joined, open, along, gaps: true, openTop, openEnd);
                if ((together is { } t && (apart is not { } a || t.Cost <= a.Cost) ? together : apart)?.Parts is not { } parts)
                {
                    return null;
                }

                for (var f = 0; f < filled.Count; f++)
                {
                    owner[filled[f], j] = parts[f];
                }

                if (j == sentences)
                {
                    measureRow = Enumerable.Repeat(int.MinValue, band.Count).ToArray();
                    for (var f = 0; f < filled.Count; f++)
                    {
                        measureRow[filled[f]] = parts[f];
                    }
                }
            }

            var rows = new List<List<(LayoutLine Line, string[] Cells, int Index)>>();
            for (var k = openTop ? -1 : 0; k < numbered.Count; k++)
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

            return openTop ? (rows.Skip(1).ToList(), rows[0]) : (rows, new List<(LayoutLine Line, string[] Cells, int Index)>());
        }

        // The row each of a column's filled lines belongs to: blocks in order, each centred on its row's 序号 and standing
        // between the 序号 above and below it, a run of lines one after another (or, with gaps, lines apart, each missing
        // line costing a little); a row whose cell is empty costs a little. Null where no parting keeps every block so.
        private static (int[] Parts, long Cost)? Parted(
            List<int> filled, List<int> numbered, System.Func<int, int, bool>? joined, System.Func<int, bool>? open, int[]? along, bool gaps, bool openTop, bool openEnd)
        {
            var q = filled.Count;

            // A band after a page break may open with the last page's row run over (row -1, set above the first 序号, not
            // centred on any); a band the page ends may close with a row cut there (its block centred on nothing seen).
            var shift = openTop ? 1 : 0;
            var m = numbered.Count + shift;
            if (q == 0)
            {
                return (System.Array.Empty<int>(), 0);
            }

            // best[k][i]: the least cost of rows 0..k-1 holding the first i lines; back[k][i]: how many rows 0..k-2 held.
            // A line between two 序号 is one of theirs (a row's block stands between the 序号 above and below it), so the
            // lines rows 0..k-1 hold end between the last row's 序号 and the next's: only those i are kept (from[k] on),
            // and a band of a thousand rows costs what its rows do, not the square of its lines.
            var from = new int[m + 1];
            var best = new long[m + 1][];
            var back = new int[m + 1][];
            best[0] = new long[] { 0 };
            back[0] = new int[1];
            for (var k = 1; k <= m; k++)
            {
                var row = k - 1 - shift;
                var cut = row < 0 || (openEnd && k == m);
                from[k] = k == m ? q : row < 0 ? 0 : Held(filled, numbered[row] + 1);
                var to = k == m ? q : Held(filled, numbered[row + 1]);
                if (to < from[k])
                {
                    return null;
                }

                best[k] = new long[to - from[k] + 1];
                back[k] = new int[to - from[k] + 1];
                for (var i = from[k]; i <= to; i++)
                {
                    best[k][i - from[k]] = long.MaxValue;
                    for (var h = from[k - 1]; h <= i && h - from[k - 1] < best[k - 1].Length; h++)
                    {
                        if (best[k - 1][h - from[k - 1]] == long.MaxValue)
                        {
                            continue;
                        }

                        // A row lies between the rows above and below it, and each of those holds its 序号 inside it; a
                        // cell's wrapped lines follow each other, centred on the row's 序号.
                        // A unit cell's rows part where a name ends, not inside one (市商务 / 局).
                        var offset = h == i || cut ? 0 : System.Math.Abs(filled[h] + filled[i - 1] - (2L * numbered[row]));
                        if (h < i && ((row > 0 && filled[h] <= numbered[row - 1]) || (row + 1 < numbered.Count && filled[i - 1] >= numbered[row + 1])
                            || offset > CentringSlack || (!gaps && filled[i - 1] - filled[h] != i - 1 - h)
                            || (joined is not null && ((h > 0 && joined(filled[h - 1], filled[h])) || (i < q && joined(filled[i - 1], filled[i]))))))
                        {
                            continue;
                        }

                        // A line missing inside a block costs a little: a cell's lines follow each other where they can.
                        var cost = (h == i ? (cut ? 0 : 1) : offset * 4) + (h < i && i < q && open is not null && open(filled[i - 1]) ? 2 : 0)
                            + (h < i ? filled[i - 1] - filled[h] + 1 - (i - h) : 0) + (h < i && along is not null ? 2 * Astray(along, h, i, row) : 0);
                        if (best[k - 1][h - from[k - 1]] + cost < best[k][i - from[k]])
                        {
                            best[k][i - from[k]] = best[k - 1][h - from[k - 1]] + cost;
                            back[k][i - from[k]] = h;
                        }
                    }
                }
            }

            if (best[m][0] == long.MaxValue)
            {
                return null;
            }

            var parts = new int[q];
            var end = q;
            for (var k = m; k >= 1; k--)
            {
                var start = back[k][end - from[k]];
                for (var i = start; i < end; i++)
                {
                    parts[i] = k - 1 - shift;
                }

                end = start;
            }

            return (parts, best[m][0]);
        }

        // How many of the filled lines stand before line `line`.
        private static int Held(List<int> filled, int line)
        {
            var at = filled.BinarySearch(line);
            return at >= 0 ? at : ~at;
        }

        // How many of the lines h..i-1 print a measure's words that went to another row than `row`.
        private static int Astray(int[] along, int h, int i, int row)
        {
            var astray = 0;
            for (var f = h; f < i; f++)
            {
                astray += along[f] != int.MinValue && along[f] != row ? 1 : 0;
            }

            return astray;
        }

        // The column holding the measures' sentences: 具体措施, or the task's own where the table has none.
        private bool IsSentenceColumn(int j)
            => header.Columns[j].Kind == ColumnKind.Content || (header.Columns[j].Kind == ColumnKind.Task && !header.Columns.Any(c => c.Kind == ColumnKind.Content));

        // Whether a unit cell's line goes on in the next: it ends no name (no 、, no body's ending) and the next opens none.
        // A line of a few characters that opens no name (办公室, 局) ends the name above, though that reads whole (市政府 / 办公室).
        private static bool NameGoesOn(string line, string next)
            => line.Length > 0 && next.Length > 0 && "、，,；;）)".IndexOf(line[line.Length - 1]) < 0 && (!CellNames.EndsName(line) || next.Length <= 3)
                && UnitShape.LevelPrefixes.IndexOf(next[0]) < 0 && next[0] != '各' && !next.StartsWith("中国", System.StringComparison.Ordinal)
                && !next.StartsWith("国家", System.StringComparison.Ordinal) && !next.StartsWith("国网", System.StringComparison.Ordinal)
                && !(UnitShape.EndsLikeBody(line) && OpensWholeName(next));

        // 团区委 / 公安滠川分局（牵头）、区委政法委: a body's whole name opening the line (four characters or more, up to its
        // mark or 、), after a line ending as a body does, is a name of its own; a wrapped name's tail (保障局, 员会) is short.
        private static bool OpensWholeName(string line)
        {
            var end = line.IndexOfAny(new[] { '、', '（', '(', '，', ',' });
            var first = end < 0 ? line : line.Substring(0, end);
            return first.Length >= 4 && UnitShape.EndsLikeBody(first) && UnitShape.IsOrganisation(first);
        }
    }
}
