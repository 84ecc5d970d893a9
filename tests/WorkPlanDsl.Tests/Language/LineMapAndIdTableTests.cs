using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Text;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

/// <summary>
/// The line map is made in one pass with an estimated size (regrown when a file's later lines are denser than its
/// first 64 K characters) and looks lines up from the one found last; the id table keeps numbered ids by number and
/// others by hash. Each is compared here with the plain way (a count, a full binary search, a dictionary).
/// </summary>
public class LineMapAndIdTableTests
{
    private static int[] Reference(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static int ReferenceLine(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public static TheoryData<string> Texts()
    {
        var long1 = new StringBuilder();
        long1.Append(new string('x', 70_000)).Append('\n');
        for (var i = 0; i < 40_000; i++)
        {
            long1.Append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }

        var dense = new StringBuilder();
        for (var i = 0; i < 9_000; i++)
        {
            dense.Append("task T").Append(i).Append(" \"标题\"\n  | 文字\n");
        }

        var sparseThenDense = new string('字', 80_000) + "\n" + string.Concat(Enumerable.Repeat("a\n", 50_000));
        return new TheoryData<string> { string.Empty, "\n", "a", "a\r\nb\rc\n", "\r\n\r\n", dense.ToString(), long1.ToString(), sparseThenDense };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_line_map_has_the_lines_and_answers_every_offset_as_a_full_search_does(string text)
    {
        var starts = Reference(text);
        var map = new LineMap(text);
        Assert.Equal(starts.Length, map.LineCount);
        Assert.Equal(starts, Enumerable.Range(0, map.LineCount).Select(map.LineStart).ToArray());
        var random = new Random(text.Length);
        var offsets = Enumerable.Range(-2, Math.Min(text.Length, 3_000) + 4)
            .Concat(Enumerable.Range(0, 3_000).Select(_ => random.Next(-1, text.Length + 2)))
            .Concat(Enumerable.Range(0, 300).SelectMany(_ => { var at = random.Next(0, text.Length + 1); return Enumerable.Range(at, 40); }))
            .ToArray();
        foreach (var offset in offsets)
        {
            Assert.Equal(ReferenceLine(starts, offset), map.LineOf(offset));
        }
    }

    [Fact]
    public void A_duplicate_id_meets_its_first_declaration_whichever_table_keeps_it()
    {
        var table = new IdTable(200);
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(7);
        var ids = new List<string>();
        for (var i = 0; i < 5_000; i++)
        {
            // Numbered ids of a few prefixes and widths (T1, T01, S2), numbers beyond what is kept by number, ids
            // whose prefix has digits (an item's T3_1), more prefixes than get a table of their own, and plain names.
            var id = random.Next(9) switch
            {
                0 => "T" + random.Next(0, 500),
                1 => "T" + random.Next(0, 99).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                2 => "S" + random.Next(0, 50),
                3 => "T" + random.Next(0, 2_000_000_000),
                4 => "T" + random.Next(0, 300) + "_" + random.Next(1, 4),
                5 => ((char)('A' + random.Next(0, 20))).ToString() + random.Next(0, 30),
                6 => "名称" + (char)('a' + random.Next(0, 26)),
                7 => "T" + new string('0', random.Next(1, 12)) + random.Next(0, 9),
                _ => ids.Count > 0 ? ids[random.Next(ids.Count)] : "T1",
            };
            ids.Add(id);
            var added = table.TryAdd(id, i, out var earlier);
            if (reference.TryGetValue(id, out var first))
            {
                Assert.False(added, id);
                Assert.Equal(first, earlier);
            }
            else
            {
                Assert.True(added, id);
                reference.Add(id, i);
            }
        }

        Assert.True(reference.Count > 1_000);
    }

    [Fact]
    public void The_compile_reports_a_duplicate_numbered_id_at_its_first_declaration()
    {
        var text = string.Join("\n", "plan A.B \"t\"", "task T1 \"a\"", "task T01 \"b\"", "task T2 \"c\"", "task T1 \"d\"", "task T01 \"e\"");
        var duplicates = PlanCompiler.Compile(text).Diagnostics.Where(d => d.Id == "WPL0005").ToArray();
        Assert.Equal(new[] { 4, 5 }, duplicates.Select(d => d.Location.StartLine).ToArray());
        Assert.Contains("line 2", duplicates[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 3", duplicates[1].Message, StringComparison.Ordinal);
    }
}
