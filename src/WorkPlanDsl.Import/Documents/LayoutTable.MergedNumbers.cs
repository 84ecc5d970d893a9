using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Documents;

internal static partial class LayoutTable
{
    private sealed partial class Layout
    {
        // Bands with no 序号 between two numbered rows, each with the row before it: a 序号 merged down over several rows
        // of measures (推进表: one task, its measures a row each, a blank line between them). Which row each is settled
        // when the table is read (see SettleMergedRows).
        private readonly List<(int After, List<(LayoutLine Line, string[] Cells, int Index)> Band)> between = new();

        // The held bands that open a page: given to the row above, they run its cells over the page (its words go on).
        private readonly HashSet<List<(LayoutLine Line, string[] Cells, int Index)>> overPage = new();

        /// <summary>The bands held after row <paramref name="row"/> go to it: a page break or a section row follows them.</summary>
        private void HandBack(List<Row> rows, int row)
        {
            // Bands are held in order: those after the last row stand at the list's end.
            var first = between.Count;
            while (first > 0 && between[first - 1].After == row)
            {
                first--;
            }

            foreach (var held in between.Skip(first))
            {
                rows[row].AddPart(held.Band, atStart: false);
            }

            between.RemoveRange(first, between.Count - first);
        }

        /// <summary>
        /// Gives each held band to the row above or below it. A merged 序号 is printed where its cell is set: at its
        /// first line in a top-aligned table (every band then is the row above's), else at the middle of the lines it
        /// spans on its page. The bands between two rows are parted where both 序号 stand nearest their middles, over
        /// the whole table at once (a row's span depends on the bands taken above and below it). Bands after the last
        /// row that would pull its 序号 off its middle are not the table's. A band whose row is not known (a tie, or a
        /// table that shows neither way of setting its 序号) goes to the row above with its units unread. False where
        /// bands above the first row cannot be its own: the table is then not read.
        /// </summary>
        private bool SettleMergedRows(List<Row> rows, List<LayoutLine> lines, List<ImportNote> notes)
        {
            if (between.Count == 0)
            {
                return true;
            }

            // Bands above the first row are its own in a table that centres its 序号 (a merged 序号 over rows of
            // measures, the first without one), where its 序号 then stands in the middle of them all (checked once the
            // bands below it are settled); else they are not the table's, and it is not read.
            var above = between.Where(b => b.After < 0).Select(b => b.Band).ToList();
            between.RemoveAll(b => b.After < 0);
            if (above.Count > 0)
            {
                if (rows.Count == 0 || topAligned || !centred || rows[0].IsSection)
                {
                    return false;
                }

                for (var k = above.Count - 1; k >= 0; k--)
                {
                    rows[0].AddPart(above[k], atStart: true);
                }
            }

            var held = between.ToLookup(b => b.After, b => b.Band);
            var gaps = new List<(LayoutLine Line, string[] Cells, int Index)>[rows.Count][];
            for (var r = 0; r < rows.Count; r++)
            {
                gaps[r] = held[r].ToArray();
            }

            between.Clear();
            var taken = new int[rows.Count];

            // Only a table seen to centre its 序号 (below a row's first line) and never to set it at the top parts
            // the bands by centring; one seen to set it at the top gives them to the row above, whose 序号 then stands
            // on its first line. Where the table shows neither (or both), they go to the row above, units unread.
            if (topAligned || !centred)
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    taken[r] = gaps[r].Length;
                    if (topAligned == centred)
                    {
                        foreach (var band in gaps[r])
                        {
                            UnitsUnknown(band, notes, "how the table sets its 序号 is not known (no row shows it), so its row is not either: read with row " + rows[r].Label + ", its units not read");
                        }
                    }
                }
            }
            else
            {
                var pageStarts = PageStarts(lines);
                taken = Parted(rows, header.NumberColumn, gaps, pageStarts);
                Doubt(rows, gaps, taken, pageStarts, notes);
            }

            for (var r = 0; r < rows.Count; r++)
            {
                for (var k = 0; k < taken[r]; k++)
                {
                    if (overPage.Contains(gaps[r][k]))
                    {
                        rows[r].Add(gaps[r][k]);
                    }
                    else
                    {
                        rows[r].AddPart(gaps[r][k], atStart: false);
                    }
                }

                for (var k = gaps[r].Length - 1; k >= taken[r] && r + 1 < rows.Count; k--)
                {
                    rows[r + 1].AddPart(gaps[r][k], atStart: true);
                }
            }

            if (above.Count > 0 && Offset(rows[0], header.NumberColumn, System.Array.Empty<(LayoutLine, string[], int)[]>(), PageStarts(lines)) > CentringSlack)
            {
                return false;
            }

            foreach (var row in rows.Where(r => r.Parts > 1))
            {
                notes.Add(new ImportNote(row.Line, NoteSeverity.Note, Heading + ": row " + row.Label + "'s 序号 stands for " + row.Parts
                    + " rows of the table (its cell merged down over them): read as one task"));
            }

            return true;
        }

        /// <summary>
        /// Bands that stand as near the 序号 below them as the one above (another parting of their gap as good as the one
        /// taken): they go to the row above, but which row they are is not known, so their units are not read.
        /// </summary>
        private void Doubt(List<Row> rows, List<(LayoutLine Line, string[] Cells, int Index)>[][] gaps, int[] taken, int[] pageStarts, List<ImportNote> notes)
        {
            var none = System.Array.Empty<(LayoutLine, string[], int)[]>();
            for (var r = 0; r + 1 < rows.Count; r++)
            {
                if (gaps[r].Length == 0 || rows[r].IsSection || rows[r + 1].IsSection)
                {
                    continue;
                }

                long Cost(int s)
                {
                    var lower = r == 0 ? none : gaps[r - 1].Skip(taken[r - 1]).Select(b => b.ToArray()).ToArray();
                    return Offset(rows[r], header.NumberColumn, lower.Concat(gaps[r].Take(s).Select(b => b.ToArray())), pageStarts)
                        + Offset(rows[r + 1], header.NumberColumn, gaps[r].Skip(s).Select(b => b.ToArray()).Concat(gaps[r + 1].Take(taken[r + 1]).Select(b => b.ToArray())), pageStarts);
                }

                var chosen = Cost(taken[r]);
                var equal = Enumerable.Range(0, gaps[r].Length + 1).Where(s => Cost(s) == chosen).ToList();
                if (equal.Count < 2)
                {
                    continue;
                }

                for (var k = equal.Min(); k < equal.Max(); k++)
                {
                    UnitsUnknown(gaps[r][k], notes, "it stands as near row " + rows[r + 1].Label + "'s 序号 as row " + rows[r].Label + "'s: read with row " + rows[r].Label + ", its units not read");
                }
            }
        }

        // A held band whose row is not known: its units are nobody's.
        private void UnitsUnknown(List<(LayoutLine Line, string[] Cells, int Index)> band, List<ImportNote> notes, string why)
        {
            for (var i = 0; i < band.Count; i++)
            {
                band[i] = (band[i].Line, band[i].Cells.Select((c, j) => Units[j] ? string.Empty : c).ToArray(), band[i].Index);
            }

            notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Warning, Heading + ": a row without a 序号 (" + string.Join(" ", band[0].Cells.Where(c => c.Length > 0)) + "): " + why));
        }

        // The index of the first line of each line's page.
        private static int[] PageStarts(List<LayoutLine> lines)
        {
            var starts = new int[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                starts[i] = i > 0 && !lines[i].AfterPageBreak ? starts[i - 1] : i;
            }

            return starts;
        }

        // How many of each gap's bands go to the row above (the rest to the row below; after the last row, out of the
        // table): the parting where the 序号 stand nearest the middles of their spans, summed over the table.
        private static int[] Parted(List<Row> rows, int column, List<(LayoutLine Line, string[] Cells, int Index)>[][] gaps, int[] pageStarts)
        {
            var count = rows.Count;
            var best = new long[count][];
            var from = new int[count][];
            for (var r = 0; r < count; r++)
            {
                var options = gaps[r].Length + 1;
                best[r] = new long[options];
                from[r] = new int[options];
                var forced = r + 1 < count && rows[r + 1].IsSection;
                for (var s = 0; s < options; s++)
                {
                    best[r][s] = long.MaxValue;
                    if (forced && s != gaps[r].Length)
                    {
                        continue;
                    }

                    var above = r == 0 ? 1 : best[r - 1].Length;
                    for (var a = 0; a < above; a++)
                    {
                        if (r > 0 && best[r - 1][a] == long.MaxValue)
                        {
                            continue;
                        }

                        var lower = r == 0 ? System.Array.Empty<(LayoutLine, string[], int)[]>() : gaps[r - 1].Skip(a).Select(b => b.ToArray());
                        var upper = gaps[r].Take(s).Select(b => b.ToArray());
                        var cost = (r == 0 ? 0 : best[r - 1][a]) + Offset(rows[r], column, lower.Concat(upper), pageStarts)
                            + (r == count - 1 ? gaps[r].Length - s : 0);
                        // A tie goes to the row above (a later a gives it more bands): its 序号 cannot reach a row
                        // set at the top of the next.
                        if (cost <= best[r][s])
                        {
                            best[r][s] = cost;
                            from[r][s] = a;
                        }
                    }
                }
            }

            var taken = new int[count];
            var last = best[count - 1];
            var pick = System.Array.LastIndexOf(last, last.Min());
            for (var r = count - 1; r >= 0; r--)
            {
                taken[r] = pick;
                pick = from[r][pick];
            }

            return taken;
        }

        // How far a row's 序号 stands off the middle of its lines on its page (twice the lines), its own and the bands
        // it would take. A section row, or a row with no 序号, has none.
        private static long Offset(Row row, int column, IEnumerable<(LayoutLine Line, string[] Cells, int Index)[]> bands, int[] pageStarts)
        {
            if (row.IsSection || row.NumberIndex(column) is not { } number)
            {
                return 0;
            }

            var page = pageStarts[number];
            var indices = row.Indices.Concat(bands.SelectMany(b => b.Select(l => l.Index))).Where(i => pageStarts[i] == page).ToList();
            return System.Math.Abs(indices.Min() + indices.Max() - (2L * number));
        }
    }
}
