using System;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>Inputs no one writes on purpose, each of which must give diagnostics or a plan, never a crash or a hang.</summary>
public class PathologicalInputTests
{
    private static string Tasks(int count, int unitCount = 1)
    {
        var text = new StringBuilder("plan Big.Plan\nyear 2024\n");
        for (var u = 0; u < unitCount; u++)
        {
            text.Append("unit 单位").Append(u).Append('\n');
        }

        for (var t = 0; t < count; t++)
        {
            text.Append("task T").Append(t).Append(" \"任务").Append(t).Append("\"\n  lead 单位").Append(t % unitCount).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void A_5_MB_single_line()
    {
        var line = new string('字', 5 * 1024 * 1024 / 3);
        var text = Assert.Single(PlanCompiler.Compile("plan A\n| " + line).Model!.Preface.Split('\n'));
        Assert.Equal(line.Length, text.Length);

        var garbage = PlanCompiler.Compile(string.Concat(Enumerable.Repeat("x(", 5 * 1024 * 1024 / 2)));
        Assert.Equal("WPL0001", Assert.Single(garbage.Diagnostics).Id);
        Assert.True(garbage.Diagnostics[0].Message.Length < 300);
    }

    [Fact]
    public void One_hundred_thousand_tasks()
    {
        var compiled = PlanCompiler.Compile(Tasks(100_000));
        Assert.Empty(compiled.Diagnostics);
        Assert.Equal(100_000, compiled.Model!.Tasks.Count);
        var output = new PlanProject().AddPlan("big.wplan", Tasks(100_000)).Generate();
        Assert.Contains("T99999", output.Sources.Single().SourceText.ToString());
    }

    [Fact]
    public void Ten_thousand_units_and_as_many_unknown_references()
    {
        var text = new StringBuilder(Tasks(100, 10_000));
        for (var t = 0; t < 10_000; t++)
        {
            text.Append("task X").Append(t).Append(" \"x\"\n  lead 单位不存在").Append(t).Append('\n');
        }

        var compiled = PlanCompiler.Compile(text.ToString());
        Assert.Equal(10_000, compiled.Model!.Units.Count);
        Assert.Equal(10_000, compiled.Diagnostics.Count(d => d.Id == "WPL0004"));
    }

    [Fact]
    public void A_thousand_levels_of_nothing_but_separators()
    {
        var separators = string.Concat(Enumerable.Repeat(",、，", 1000));
        var compiled = PlanCompiler.Compile("plan A\nunit U\ntask T \"t\"\n  lead " + separators + "\n  support U" + separators + "\n  tag " + separators + "\n" + separators + "\n  | " + separators);
        Assert.Equal(4, compiled.Diagnostics.Count(d => d.Id == "WPL0001"));
        Assert.EndsWith(separators, compiled.Model!.Tasks[0].Text);
    }

    [Fact]
    public void An_unterminated_string_at_the_end_of_a_1_MB_file()
    {
        var text = Tasks(20_000);
        text = text.Substring(0, Math.Min(text.Length, 1024 * 1024)) + "\ntask Last \"never closed";
        var diagnostic = Assert.Single(PlanCompiler.Compile(text).Diagnostics, d => d.Id == "WPL0001");
        Assert.Equal(text.Split('\n').Length - 1, diagnostic.Location.StartLine);
        Assert.Contains("unterminated string", diagnostic.Message);
    }

    [Fact]
    public void A_file_of_NUL_bytes()
    {
        var compiled = PlanCompiler.Compile(new string('\0', 1024 * 1024));
        Assert.Equal("WPL0001", Assert.Single(compiled.Diagnostics).Id);
        Assert.Contains("\\u0000", compiled.Diagnostics[0].Message);
        new PlanProject().AddPlan("nul.wplan", new string('\0', 4096)).Analyze();
    }

    [Fact]
    public void A_file_in_GBK_reads_as_garbage_with_WPL0012_and_nothing_worse()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(936).GetBytes("计划 Org.Gbk \"标题\"\n单位 甲\n任务 T \"任务\"\n  牵头 甲\n");
        var text = Encoding.Latin1.GetString(bytes);
        var diagnostics = new PlanProject().AddPlan("gbk.wplan", text, Encoding.Latin1).Analyze();
        Assert.Contains(diagnostics, d => d.Id == "WPL0012");
        new PlanProject().AddPlan("gbk.wplan", text, Encoding.Latin1).Generate();
    }

    [Fact]
    public void CRLF_mixed_line_endings_and_a_BOM_mean_the_same_as_LF()
    {
        var plan = RepositoryPaths.TestPlan("all-features.wplan").Replace("\r\n", "\n");
        var expected = PlanCompiler.Compile(plan).Model!.WithoutLocations();
        var lines = plan.Split('\n');
        var crlf = string.Join("\r\n", lines);
        var mixed = string.Concat(lines.Select((l, i) => l + (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r")));
        foreach (var variant in new[] { crlf, mixed, "\uFEFF" + plan, "\uFEFF" + crlf })
        {
            var compiled = PlanCompiler.Compile(variant);
            Assert.Equal(expected, compiled.Model!.WithoutLocations());
            Assert.Equal(PlanCompiler.Compile(plan).Diagnostics.Select(d => (d.Id, d.Location.StartLine, d.Location.StartColumn)), compiled.Diagnostics.Select(d => (d.Id, d.Location.StartLine, d.Location.StartColumn)));
        }
    }

    [Fact]
    public void An_empty_file()
    {
        Assert.Equal("WPL0007", Assert.Single(PlanCompiler.Compile(string.Empty).Diagnostics).Id);
        Assert.Empty(new PlanProject().AddPlan("empty.wplan", string.Empty).Generate().Sources);
    }

    /// <summary>Parse time grows linearly: the work (allocated bytes, which do not depend on the machine) for 10x input is about 10x.</summary>
    [Fact]
    public void Parse_and_bind_work_grows_linearly_with_input()
    {
        static long Work(string text)
        {
            PlanCompiler.Compile(text);
            var before = GC.GetAllocatedBytesForCurrentThread();
            PlanCompiler.Compile(text);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var small = Work(Tasks(2_000, 50));
        var large = Work(Tasks(20_000, 50));
        var ratio = (double)large / small;
        Assert.InRange(ratio, 8.0, 12.5);

        // The text lines of one task: a compile keeps a text line as its span until a second comes, so lines that no
        // element takes (a file without a plan statement) cost it almost nothing, and its fixed costs would dominate.
        var parseSmall = Work("plan P\ntask T \"t\"\n" + string.Concat(Enumerable.Repeat("| " + new string('字', 100) + "\n", 2_000)));
        var parseLarge = Work("plan P\ntask T \"t\"\n" + string.Concat(Enumerable.Repeat("| " + new string('字', 100) + "\n", 20_000)));
        Assert.InRange((double)parseLarge / parseSmall, 8.0, 12.5);
    }
}
