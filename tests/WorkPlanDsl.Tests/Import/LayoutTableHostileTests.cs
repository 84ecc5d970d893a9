using System.Diagnostics;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import.Documents;
using Xunit;
using Xunit.Abstractions;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Hostile layout text (pdftotext -layout): the reader must stay linear in the document's lines.</summary>
public class LayoutTableHostileTests
{
    private const string Header = "  序号       工作任务                               牵头单位           配合单位               完成时限";

    private readonly ITestOutputHelper output;

    public LayoutTableHostileTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void A_header_line_repeated_thousands_of_times_is_read_in_linear_time()
    {
        // Found by hostile testing: 1,000 repeated header lines took 11 s in workplan import, 10,000 did not finish
        // in 5 minutes (LayoutTable.Header.Find called from Layout.ReadRows for every line). 2,000 lines are 170 kB.
        var text = string.Concat(Enumerable.Repeat(Header + "\n", 2_000));

        var watch = Stopwatch.StartNew();
        var read = DocumentReader.Read("headers.txt", Encoding.UTF8.GetBytes(text));
        watch.Stop();
        output.WriteLine("2,000 header lines read in " + watch.ElapsedMilliseconds + " ms");

        Assert.Null(read.Failure);
        Assert.True(watch.ElapsedMilliseconds < 3_000, "reading took " + watch.ElapsedMilliseconds + " ms: superlinear");
    }
}
