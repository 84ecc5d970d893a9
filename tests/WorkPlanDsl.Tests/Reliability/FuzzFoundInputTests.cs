using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// Inputs a hostile-input run found to throw: a margin line number in another script's digits (the reader of margin
/// numbers parsed every Unicode digit as ASCII), and a task table whose header names no task column over a ditto.
/// Each gives a plan or a precise error, never an exception or a "defect of the importer".
/// </summary>
public class FuzzFoundInputTests
{
    [Theory]
    [InlineData("document.txt", "２  a\n")]
    [InlineData("document.txt", "٣  a\n")]
    [InlineData("分工.csv", "任务,牵头单位\n配合单位\n,（同上）\n")]
    [InlineData("分工.csv", "\"推进工作\n第二行\",配合\n牵头单位/配合单位\n,-1\n")]
    [InlineData("分工.csv", ",牵头,\"推进工作\n第二行\"\n,,牵头\n（同上）,牵头\n")]
    public void The_input_imports_or_is_refused_precisely(string name, string text)
    {
        var read = DocumentReader.Read(name, Encoding.UTF8.GetBytes(text));
        Assert.NotNull(read.Document);
        var result = PlanImporter.Import(read.Document!, new ImportOptions(name));
        Assert.True(result.Error is null || !result.Error.Contains("defect"), result.Error);
    }

    [Fact]
    public void Margin_numbers_in_full_width_digits_are_no_margin()
    {
        var lines = Enumerable.Range(1, 12).Select(i => new string((char)('０' + i % 10), 1) + "  （" + i + "）推进工作");
        var read = DocumentReader.Read("document.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        Assert.NotNull(read.Document);
        Assert.Null(PlanImporter.Import(read.Document!, new ImportOptions("document.txt")).Error);
    }
}
