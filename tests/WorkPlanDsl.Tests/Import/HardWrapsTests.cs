using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Reading;
using Xunit;
using Xunit.Abstractions;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Hard-wrapped text joined into paragraphs: a hostile document where every line looks wrapped (same width, no
/// sentence end, the next line unnumbered) is joined into one paragraph, and that must take time linear in its size.
/// </summary>
public class HardWrapsTests
{
    private readonly ITestOutputHelper output;

    public HardWrapsTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Lines_that_all_look_wrapped_are_joined_into_one_paragraph_in_linear_time()
    {
        // 50,000 lines of one width, none ending a sentence: one paragraph of about a million characters. Joined by
        // repeated string concatenation this copies ~50 GB (tens of seconds); joined once it takes milliseconds.
        const int count = 50_000;
        var lines = Enumerable.Range(0, count).Select(i => SourceLine.Of(i + 1, "单位" + (i % 7) + "    部门" + (i % 11) + "推进落实有关工作的具体情况")).ToList();

        var watch = Stopwatch.StartNew();
        var joined = HardWraps.Join(lines);
        watch.Stop();
        output.WriteLine(count + " wrapped lines joined in " + watch.ElapsedMilliseconds + " ms");

        var paragraph = Assert.Single(joined);
        Assert.Equal(1, paragraph.Number);
        Assert.Equal(string.Concat(lines.Select(l => l.Text)), paragraph.Text);
        Assert.True(watch.ElapsedMilliseconds < 3_000, "joining took " + watch.ElapsedMilliseconds + " ms: quadratic");
    }
}
