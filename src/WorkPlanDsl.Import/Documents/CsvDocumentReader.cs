using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A CSV file (RFC 4180: fields in double quotes may hold separators, line breaks and doubled quotes) as one table.
/// The separator is the one of <c>,</c> <c>;</c> and tab that splits the first lines into the same number of fields.
/// A row's line is the text line its record starts on.
/// </summary>
internal static class CsvDocumentReader
{
    private static readonly char[] Separators = { ',', ';', '\t' };

    public static List<DocumentBlock> Blocks(string text, char separator, CancellationToken cancellationToken)
    {
        var grid = new TableGrid();
        foreach (var (line, fields) in Records(text, separator))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = grid.AddRow(line);
            for (var c = 0; c < fields.Count; c++)
            {
                grid.Place(row, c, fields[c]);
            }
        }

        var rows = grid.ToRows();
        return rows.Count == 0 ? new List<DocumentBlock>() : new List<DocumentBlock> { new TableBlock(rows[0].Line, rows) };
    }

    /// <summary>
    /// The separator that splits the most of the first records (up to 20) into one number of fields, more than one;
    /// title and section lines above or between the rows stay single. Null where none splits a quarter of them (the
    /// file is text under a table's name: a plan saved as .csv).
    /// </summary>
    internal static char? DetectSeparator(string text)
    {
        char? best = null;
        var bestScore = -1;
        foreach (var separator in Separators)
        {
            var counts = Records(text, separator).Take(20).Select(r => r.Fields.Count).ToList();
            var split = counts.Where(c => c > 1).ToList();
            if (split.Count < System.Math.Min(2, counts.Count) || split.Count * 4 < counts.Count)
            {
                continue;
            }

            var mode = split.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            var score = mode.Count() * 100 + mode.Key;
            if (score > bestScore)
            {
                best = separator;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// A one-column CSV as the text it quotes (<c>"1.推进甲项工作,完善机制。"</c> a line of its own, its quotes gone), each
    /// record on the line it starts on, so that notes cite the file's lines.
    /// </summary>
    internal static string Unquoted(string text)
    {
        var lines = new StringBuilder();
        var line = 1;
        foreach (var (start, fields) in Records(text, ','))
        {
            for (; line < start; line++)
            {
                lines.Append('\n');
            }

            var record = string.Join(",", fields);
            lines.Append(record);
            foreach (var c in record)
            {
                line += c == '\n' ? 1 : 0;
            }
        }

        return lines.ToString();
    }

    internal static IEnumerable<(int Line, List<string> Fields)> Records(string text, char separator)
    {
        var line = 1;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var atFieldStart = true;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
                        {
                            line++;
                        }

                        field.Append(c == '\r' ? '\n' : c);
                        if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                            line++;
                        }
                    }

                    continue;
                }

                if (c == '"' && atFieldStart)
                {
                    quoted = true;
                    atFieldStart = false;
                }
                else if (c == separator)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    i++;
                    line++;
                    break;
                }
                else
                {
                    field.Append(c);
                    atFieldStart = false;
                }
            }

            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                yield return (start, fields);
            }
        }
    }
}
