using System.IO;
using System.Linq;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Cli.Export;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

/// <summary>CSV export never hands a spreadsheet a formula: cells starting with = + - @ tab or CR get a leading quote (OWASP).</summary>
public class CsvInjectionTests
{
    private const string Plan = "plan Shi.Csv \"=HYPERLINK(\\\"http://evil\\\",\\\"点此\\\")\"\n"
        + "unit 体改科 \"+SUM(A1:A9)\"\n"
        + "unit 医政科 \"@cmd\"\n"
        + "task T01 \"-2+3\"\n"
        + "  label \"\\tTAB\"\n"
        + "  lead 体改科\n"
        + "  support 医政科\n"
        + "  | =1+1\n"
        + "task T02 \"\\u000D=CR\"\n"
        + "  lead 医政科\n"
        + "task T03 \"普通任务 = 不是公式\"\n"
        + "  lead 体改科\n"
        + "task T04 \"=HYPERLINK(\\\"http://evil\\\",\\\"点此\\\")\"\n"
        + "  lead 体改科\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cells_that_start_a_formula_are_written_as_text(bool matrix)
    {
        var file = Path.Combine(Workplan.TempDirectory(), "csv.wplan");
        File.WriteAllText(file, Plan);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.True(ExportCommand.Run(new FileInfo(file), "csv", matrix, null, stdout, stderr) == 0, stderr.ToString());
        var cells = ExportCommandTests.ParseCsv(stdout.ToString()).SelectMany(r => r).ToArray();

        Assert.All(cells, c => Assert.False(c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r', "formula cell: " + c));
        Assert.Contains("'-2+3", cells);
        Assert.Contains("'\r=CR", cells);
        if (matrix)
        {
            Assert.Contains("'+SUM(A1:A9)", cells);
            Assert.Contains("'@cmd", cells);
            Assert.Contains("'\tTAB", cells);
        }
        else
        {
            Assert.Contains("'=HYPERLINK(\"http://evil\",\"点此\")", cells);
            Assert.Contains("'\tTAB", cells);
            Assert.Contains("'=1+1", cells);
        }

        // A formula sign inside a cell is not at its start: left as it is.
        Assert.Contains("普通任务 = 不是公式", cells);
    }

    [Theory]
    [InlineData("=1", "'=1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@a", "'@a")]
    [InlineData("\ta", "'\ta")]
    [InlineData("\ra", "'\ra")]
    [InlineData("a=1", "a=1")]
    [InlineData("＝1", "＝1")]
    [InlineData("", "")]
    public void The_owasp_rule(string cell, string written) => Assert.Equal(written, CsvExporter.Neutralise(cell));
}
