using System.Diagnostics;
using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
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
    public void A_header_line_repeated_thousands_of_times_is_read()
    {
        // Found by hostile testing: 1,000 repeated header lines took 11 s in workplan import, 10,000 did not finish in
        // 5 minutes (every header-like line started a read that looked at the rest of the text). The tries are now
        // bounded (LayoutTable.MaxFailedHeaders); before that, this test ran for minutes. Time is not asserted here:
        // the test would hang, not fail, if the work grew back to quadratic.
        var text = string.Concat(Enumerable.Repeat(Header + "\n", 10_000));

        var watch = Stopwatch.StartNew();
        var read = DocumentReader.Read("headers.txt", Encoding.UTF8.GetBytes(text));
        output.WriteLine("10,000 header lines read in " + watch.ElapsedMilliseconds + " ms");

        Assert.Null(read.Failure);
        Assert.NotNull(read.Document);
    }

    [Fact]
    public void A_body_printed_left_of_its_header_words_gives_no_lead()
    {
        // Found by hostile testing: the row's text stands left of the header words, so 县农业农村局 fell in the task
        // column, 人民政府 in the lead column and the date in the support column: a lead the document does not give.
        var text = "县工作方案\n\n" + Header + "\n  1          推进   县农业农村局       人民政府               2025年\n\n"
            + "  2          开展   县卫生健康局       县财政局               2025年6月\n";
        var result = PlanImporter.Import(new PlanDocument("shifted.txt", PlainText.Blocks(text)), new ImportOptions("shifted.txt"));

        Assert.True(result.Plan is not null, result.Error);
        var model = PlanCompiler.Compile(result.Plan!).Model;
        Assert.NotNull(model);
        var leads = model!.Tasks.SelectMany(t => t.InEffect.Leads)
            .SelectMany(id => model.Units.Where(u => u.Id == id).Select(u => u.FullName ?? u.Id).Append(id))
            .ToArray();
        Assert.DoesNotContain("人民政府", leads);
        Assert.DoesNotContain("县财政局", leads);
    }
}
