using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A table drawn with rules, as text tools print one: box-drawing characters (<c>┌──┬──┐</c> / <c>│ 序号 │ 重点任务 │</c> /
/// <c>├──┼──┤</c>, what w3m or a terminal copy gives) or ASCII (<c>+----+----+</c> / <c>| 1 | 推进… |</c>, pandoc's grid
/// tables). The rules part the rows, the bars the cells; a cell wrapped over several lines is joined without a space
/// (CJK text wraps anywhere). A row of one cell across the table is a heading row; a rule that does not cross a column
/// (<c>│ 人才引进 ├──┼──┤</c>) leaves that column's cell merged over the rows below it. Anything else (bars that do not
/// line up into the same number of cells) is left as text for the recogniser's own copied-table forms.
/// </summary>
internal static class GridTable
{
    private const string Verticals = "│┃║|｜";
    private const string Junctions = "┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┍┯┑┝┿┥┕┷┙┎┰┒┠╂┨┖┸┚+";
    private const string Horizontals = "─━═-=╌┄┈";

    /// <summary>
    /// The blocks of <paramref name="lines"/>: each drawn table as a <see cref="TableBlock"/>, the lines between the
    /// tables as <paramref name="rest"/> makes them.
    /// </summary>
    public static List<DocumentBlock> Blocks(List<LayoutLine> lines, Func<List<LayoutLine>, List<DocumentBlock>> rest)
    {
        if (!lines.Any(l => IsRule(l.Text)))
        {
            return rest(lines);
        }

        var blocks = new List<DocumentBlock>();
        var from = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsRule(lines[i].Text) || Read(lines, i) is not var (table, next))
            {
                continue;
            }

            blocks.AddRange(rest(lines.GetRange(from, i - from)));
            blocks.Add(table);
            from = next;
            i = next - 1;
        }

        blocks.AddRange(rest(lines.GetRange(from, lines.Count - from)));
        return blocks;
    }

    // A rule: junctions and horizontal strokes only (spaces inside a rule that a merged column leaves open, and bars
    // around them), with strokes and a junction in it.
    private static bool IsRule(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 3 || Junctions.IndexOf(trimmed[0]) < 0 && Verticals.IndexOf(trimmed[0]) < 0)
        {
            return false;
        }

        var strokes = 0;
        var junctions = 0;
        foreach (var c in trimmed)
        {
            if (Horizontals.IndexOf(c) >= 0)
            {
                strokes++;
            }
            else if (Junctions.IndexOf(c) >= 0)
            {
                junctions++;
            }
            else if (c != ' ' && c != '\u3000' && Verticals.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return strokes >= 2 && junctions >= 1 && (trimmed[0] != '+' || trimmed.Count(c => c == '+') >= 2);
    }

    private static bool IsContent(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length >= 2 && Verticals.IndexOf(trimmed[0]) >= 0 && Verticals.IndexOf(trimmed[trimmed.Length - 1]) >= 0;
    }

    // The parts between the bars (and, in a rule, the junctions) of a line, without its outer ones: a + inside a
    // cell's words (5G+工业互联网) parts nothing.
    private static List<string> Segments(string text, bool rule = false)
    {
        var trimmed = text.Trim();
        var parts = new List<string>();
        var start = 1;
        for (var i = 1; i < trimmed.Length; i++)
        {
            if (Verticals.IndexOf(trimmed[i]) >= 0 || (rule && Junctions.IndexOf(trimmed[i]) >= 0))
            {
                parts.Add(trimmed.Substring(start, i - start));
                start = i + 1;
            }
        }

        return parts;
    }

    private sealed class Band
    {
        public Band(int line, int cells)
        {
            Line = line;
            Pieces = Enumerable.Range(0, cells).Select(_ => new List<string>()).ToArray();
        }

        public int Line { get; }

        public List<string>[] Pieces { get; }

        // The columns the rule under this band leaves open: their cells go on into the next band.
        public bool[] OpenBelow { get; set; } = Array.Empty<bool>();
    }

    private static (TableBlock Table, int Next)? Read(List<LayoutLine> lines, int start)
    {
        // The columns: the cells of the first line of content after the top rule.
        if (start + 1 >= lines.Count || !IsContent(lines[start + 1].Text))
        {
            return null;
        }

        var columns = Segments(lines[start + 1].Text).Count;
        if (columns < 2)
        {
            return null;
        }

        var bands = new List<(Band Band, bool Spanning, string? Text)>();
        Band? band = null;
        string? spanning = null;
        var spanningLine = 0;
        var i = start + 1;
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (IsRule(text))
            {
                var rule = Segments(text, rule: true);
                if (spanning is not null)
                {
                    bands.Add((new Band(spanningLine, columns) { OpenBelow = new bool[columns] }, true, spanning));
                    spanning = null;
                }
                else if (band is not null)
                {
                    band.OpenBelow = rule.Count == columns ? rule.Select(r => r.Trim().Length == 0).ToArray() : new bool[columns];
                    bands.Add((band, false, null));
                    band = null;
                }

                continue;
            }

            if (!IsContent(text))
            {
                break;
            }

            var cells = Segments(text);
            if (cells.Count == columns && spanning is null)
            {
                band ??= new Band(lines[i].Number, columns);
                for (var c = 0; c < columns; c++)
                {
                    if (cells[c].Trim().Length > 0)
                    {
                        band.Pieces[c].Add(cells[c].Trim());
                    }
                }
            }
            else if (cells.Count == 1 && band is null)
            {
                // │ 一、市容环境 │: a row across the table.
                spanningLine = spanning is null ? lines[i].Number : spanningLine;
                spanning = spanning is null ? cells[0].Trim() : Join(new List<string> { spanning, cells[0].Trim() });
            }
            else
            {
                return null;
            }
        }

        if (band is not null || spanning is not null || bands.Count < 2 || bands[0].Spanning)
        {
            // A table ends with its bottom rule; one left open is no drawn table this reader can trust.
            return null;
        }

        // Only a task table (序号 | 重点任务 | 牵头单位 …): a drawn table of anything else (单位 │ 职责, a schedule) stays the
        // lines it was, as before.
        var rows = Rows(bands, columns);
        return Reading.TableColumns.Find(rows) is { HeaderStart: 0 } found && found.Kinds.Any(Reading.TableColumns.NamesUnits)
            ? (new TableBlock(lines[start].Number, rows), i)
            : null;
    }

    private static List<TableRow> Rows(List<(Band Band, bool Spanning, string? Text)> bands, int columns)
    {
        var rows = new List<TableRow>(bands.Count);
        var merged = new string?[bands.Count, columns];

        // A cell a rule leaves open runs on into the bands below: its text is all of theirs, printed in the first.
        for (var c = 0; c < columns; c++)
        {
            for (var b = 0; b < bands.Count; b++)
            {
                if (bands[b].Spanning)
                {
                    continue;
                }

                var end = b;
                while (end + 1 < bands.Count && !bands[end + 1].Spanning && bands[end].Band.OpenBelow.Length == columns && bands[end].Band.OpenBelow[c])
                {
                    end++;
                }

                var text = Join(Enumerable.Range(b, end - b + 1).SelectMany(k => bands[k].Band.Pieces[c]).ToList());
                for (var k = b; k <= end; k++)
                {
                    merged[k, c] = text;
                }

                b = end;
            }
        }

        for (var b = 0; b < bands.Count; b++)
        {
            var (band, isSpanning, text) = bands[b];
            if (isSpanning)
            {
                rows.Add(new TableRow(band.Line, Enumerable.Range(0, columns).Select(c => new TableCell(text!, c > 0)).ToArray()));
                continue;
            }

            rows.Add(new TableRow(band.Line, Enumerable.Range(0, columns)
                .Select(c => new TableCell(merged[b, c] ?? string.Empty, b > 0 && !bands[b - 1].Spanning && bands[b - 1].Band.OpenBelow.Length == columns && bands[b - 1].Band.OpenBelow[c]))
                .ToArray()));
        }

        return rows;
    }

    // A cell's wrapped pieces: CJK text wraps anywhere and is joined as it is; two words of Latin letters or digits keep
    // a space between them.
    private static string Join(List<string> pieces)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (text.Length > 0 && IsWordCharacter(text[text.Length - 1]) && IsWordCharacter(piece[0]))
            {
                text.Append(' ');
            }
            else if (text.Length > 0 && Reading.UnitShape.LevelPrefixes.IndexOf(piece[0]) >= 0 && Reading.UnitShape.IsOrganisation(text.ToString()))
            {
                // 市公安局 / 市交警支 / 队: a whole body's name, then the next body on its own line.
                text.Append('\n');
            }

            text.Append(piece);
        }

        return text.ToString();
    }

    private static bool IsWordCharacter(char c) => c < 128 && char.IsLetterOrDigit(c);
}
