using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// <c>workplan import</c> of one small plan in every format read: two numbered tasks in paragraphs, and the same plan's
/// task table (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限). The paragraphs' tasks and leads are found in every
/// format that has paragraphs; reading the table's rows as tasks is the recogniser's part and is not asserted here.
/// </summary>
public class ImportEachFormatTests
{
    private static readonly string[] Paragraphs =
    {
        "某某市卫生健康委员会2024年重点工作任务分工方案",
        "一、总体要求",
        "（一）加强组织领导。各单位要提高认识，确保各项任务落实到位。（办公室牵头，各科室配合）",
        "二、重点任务",
        "（二）推进分级诊疗。完善双向转诊机制。（医政科牵头，规划科配合）",
        "附件：重点任务分工表",
    };

    private static readonly string[][] TaskTable =
    {
        new[] { "序号", "重点任务", "牵头单位", "配合单位", "完成时限" },
        new[] { "1", "推进分级诊疗", "医政科", "规划科", "6月底前" },
        new[] { "2", "提升基层能力", "基层科", "财务科、各县市区卫生健康局", "年底前" },
    };

    private readonly ITestOutputHelper output;

    public ImportEachFormatTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> FormatsWithParagraphs => new[] { new object[] { "plan.txt" }, new object[] { "plan-gbk.txt" }, new object[] { "plan.docx" }, new object[] { "plan.html" } };

    [Theory]
    [MemberData(nameof(FormatsWithParagraphs))]
    public void Every_format_with_paragraphs_imports_their_tasks_and_leads(string file)
    {
        var (exitCode, printed, plan) = Import(file);
        Assert.True(exitCode is 0 or 1, printed);
        Assert.Contains("task T01 \"加强组织领导\"", plan);
        Assert.Contains("lead 办公室", plan);
        Assert.Contains("task T02 \"推进分级诊疗\"", plan);
        Assert.Contains("lead 医政科", plan);
        Assert.Contains("# Imported with: workplan import " + file, plan);
    }

    [Theory]
    [InlineData("plan.docx")]
    [InlineData("plan.html")]
    [InlineData("tasks.xlsx")]
    [InlineData("tasks.csv")]
    public void Every_format_with_a_task_table_is_imported_and_the_plan_is_written(string file)
    {
        var (exitCode, printed, plan) = Import(file);
        Assert.True(exitCode is 0 or 1, printed);
        Assert.DoesNotContain("error", printed);
        Assert.Contains("# Imported with: workplan import " + file, plan);
        Assert.Contains("plan ", plan);
    }

    [Theory]
    [InlineData("plan.doc", "libreoffice --headless --convert-to docx plan.doc")]
    [InlineData("plan.xls", "libreoffice --headless --convert-to xlsx plan.xls")]
    [InlineData("plan.pdf", "pdftotext -layout plan.pdf plan.txt")]
    [InlineData("empty.docx", "the document is empty")]
    public void Formats_that_are_not_read_exit_2_with_the_conversion_to_run(string file, string message)
    {
        var (exitCode, printed, plan) = Import(file);
        Assert.Equal(2, exitCode);
        Assert.Contains(file + ": error: ", printed);
        Assert.Contains(message, printed);
        Assert.Null(plan);
        Assert.DoesNotContain("   at ", printed);
    }

    private (int ExitCode, string Printed, string? Plan) Import(string file)
    {
        var directory = Workplan.TempDirectory();
        File.WriteAllBytes(Path.Combine(directory, file), Make(file));
        var wplan = Path.Combine(directory, "out.wplan");
        var (exitCode, printed) = Workplan.Run(directory, "import", file, "-o", wplan);
        output.WriteLine(printed);
        var plan = File.Exists(wplan) ? File.ReadAllText(wplan) : null;
        output.WriteLine(plan ?? "(no plan written)");
        return (exitCode, printed, plan);
    }

    private static byte[] Make(string file)
    {
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[504]);
        return file switch
        {
            "plan.txt" => Encoding.UTF8.GetBytes(string.Join("\n", Paragraphs) + "\n" + string.Join("\n", TaskTable.Select(r => string.Join("\t", r)))),
            "plan-gbk.txt" => CodePages.Gbk.GetBytes(string.Join("\r\n", Paragraphs)),
            "plan.docx" => WordFiles.Create(Paragraphs.Select(p => (OpenXmlElement)WordFiles.Paragraph(p))
                .Append(WordFiles.Table(TaskTable.Select(r => WordFiles.Row(r.Select(c => WordFiles.Cell(c)).ToArray())).ToArray()))),
            "plan.html" => Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><nav>首页 政务公开</nav>"
                + string.Concat(Paragraphs.Select(p => "<p>" + p + "</p>"))
                + "<table>" + string.Concat(TaskTable.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")) + "</table></body></html>"),
            "tasks.xlsx" => SheetReaderTests.TaskWorkbook(),
            "tasks.csv" => Encoding.UTF8.GetBytes(string.Join("\r\n", TaskTable.Select(r => string.Join(",", r.Select(c => c.Contains('、') ? "\"" + c + "\"" : c))))),
            "plan.doc" => ole.Concat(Encoding.Unicode.GetBytes("WordDocument")).ToArray(),
            "plan.xls" => ole.Concat(Encoding.Unicode.GetBytes("Workbook")).ToArray(),
            "plan.pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n"),
            "empty.docx" => WordFiles.Create(new OpenXmlElement[] { new DocumentFormat.OpenXml.Wordprocessing.Paragraph() }),
            _ => throw new System.ArgumentException(file),
        };
    }
}
