using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public void Import_writes_the_plan_to_a_file_and_notes_to_standard_error()
    {
        var directory = Workplan.TempDirectory();
        var seed = Path.Combine(RepositoryPaths.Seeds, "000_a3e06dc4d61956b4.txt");
        var output = Path.Combine(directory, "zhuzhou.wplan");
        var (exitCode, printed) = Workplan.Run(directory, "import", seed, "-o", output, "--name", "Zhuzhou.Health2024");
        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan")), File.ReadAllText(output));
        Assert.Contains("000_a3e06dc4d61956b4.txt(1): note: '规信科' is read as an abbreviation", printed);
    }

    [Fact]
    public void Without_an_output_file_the_plan_goes_to_standard_output()
    {
        var (exitCode, printed) = Workplan.Run(RepositoryPaths.Seeds, "import", "004_3620424997830555.txt", "--name", "Shanxi.Health2017");
        Assert.Equal(0, exitCode);
        Assert.Contains(File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "shanxi-2017.wplan")).TrimEnd(), printed);

        // The run ends with its summary, on standard error.
        Assert.Contains("004_3620424997830555.txt: 6 sections, 30 tasks: 0 with a lead, 30 without, 0 notes", printed);
    }

    [Fact]
    public void Co_leads_makes_every_listed_unit_a_lead_and_is_recorded_in_the_command()
    {
        var directory = Workplan.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "plan.txt"), "一、任务\n1.任务一。内容。（市发改委、市财政局负责）\n2.任务二。内容。（市商务局负责）\n");
        var (exitCode, printed) = Workplan.Run(directory, "import", "plan.txt", "--co-leads");
        Assert.Equal(0, exitCode);
        Assert.Contains("# Imported with: workplan import plan.txt --co-leads", printed);
        Assert.Contains("lead 市发改委, 市财政局", printed);
        Assert.Contains("plan.txt: 1 section, 2 tasks: 2 with a lead, 0 without, 0 notes", printed);
    }

    [Fact]
    public void The_output_folder_is_made_where_it_is_missing_and_a_plan_that_cannot_be_written_is_a_one_line_error()
    {
        var directory = Workplan.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "森林 防火 通知.txt"), "一、任务\n1.开展森林防火巡查。（县林业局负责）\n");
        var (exitCode, printed) = Workplan.Run(directory, "import", "森林 防火 通知.txt", "-o", Path.Combine("plans", "fire.wplan"));
        Assert.Equal(0, exitCode);
        var plan = File.ReadAllText(Path.Combine(directory, "plans", "fire.wplan"));

        // The header's command runs again in the document's folder: a name with spaces is quoted.
        Assert.StartsWith("# Imported with: workplan import '森林 防火 通知.txt' --name Plans.Fire", plan);
        Assert.Contains("lead 县林业局", plan);

        // A folder where the file should go, or a file where a folder should: nothing written, one line, exit code 2,
        // no stack trace, no summary as if done.
        Directory.CreateDirectory(Path.Combine(directory, "taken.wplan"));
        (exitCode, printed) = Workplan.Run(directory, "import", "森林 防火 通知.txt", "-o", "taken.wplan");
        Assert.Equal(2, exitCode);
        Assert.Contains("taken.wplan: error: a folder; -o takes the plan file to write", printed);
        (exitCode, printed) = Workplan.Run(directory, "import", "森林 防火 通知.txt", "-o", Path.Combine("森林 防火 通知.txt", "fire.wplan"));
        Assert.Equal(2, exitCode);
        Assert.Contains("error: could not write the plan", printed);
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain("1 section", printed);
    }

    [Fact]
    public void A_PDF_called_txt_is_told_to_convert_into_another_file_than_itself()
    {
        var directory = Workplan.TempDirectory();
        File.WriteAllBytes(Path.Combine(directory, "plan.txt"), Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
        var (exitCode, printed) = Workplan.Run(directory, "import", "plan.txt");
        Assert.Equal(2, exitCode);
        Assert.Contains("pdftotext -layout plan.txt plan-text.txt", printed);
    }

    [Fact]
    public void A_document_in_GB18030_is_read_with_a_note()
    {
        var directory = Workplan.TempDirectory();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "003_27d72c036dccbe36.txt"));
        File.WriteAllBytes(Path.Combine(directory, "003_27d72c036dccbe36.txt"), Encoding.GetEncoding("GB18030").GetBytes(text));
        var (exitCode, printed) = Workplan.Run(directory, "import", "003_27d72c036dccbe36.txt", "--name", "Wuxi.Health2020");
        Assert.Equal(0, exitCode);
        Assert.Contains("003_27d72c036dccbe36.txt(1): note: read as GB18030: it is not UTF-8", printed);
        Assert.Contains(File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "wuxi-2020.wplan")).TrimEnd(), printed);
    }

    [Theory]
    [InlineData("missing.txt", null, "missing.txt: error: no such file")]
    [InlineData("empty.txt", "", "empty.txt: error: the document is empty")]
    [InlineData("garbage.bin", "garbage", "garbage.bin: error: not a text document: it holds NUL bytes")]
    [InlineData("random.bin", "random", "random.bin: error: not a text document: its bytes are not UTF-8, UTF-16, GB18030 or Big5 text")]
    public void Bad_input_gets_a_clear_message_and_exit_code_2(string file, string? content, string message)
    {
        var directory = Workplan.TempDirectory();
        if (content == "garbage")
        {
            File.WriteAllBytes(Path.Combine(directory, file), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        }
        else if (content == "random")
        {
            var random = new System.Random(42);
            var bytes = new byte[65536];
            random.NextBytes(bytes);
            bytes = bytes.Select(b => b == 0 ? (byte)0xFF : b).ToArray();
            File.WriteAllBytes(Path.Combine(directory, file), bytes);
        }
        else if (content is not null)
        {
            File.WriteAllText(Path.Combine(directory, file), content);
        }

        var (exitCode, printed) = Workplan.Run(directory, "import", file);
        Assert.Equal(2, exitCode);
        Assert.Contains(message, printed);
        Assert.DoesNotContain("Exception", printed);
        Assert.DoesNotContain("   at ", printed);
    }

    [Fact]
    public void A_bad_plan_name_is_refused()
    {
        var (exitCode, printed) = Workplan.Run(RepositoryPaths.Seeds, "import", "000_a3e06dc4d61956b4.txt", "--name", "2024.Zhuzhou");
        Assert.Equal(2, exitCode);
        Assert.Contains("'2024.Zhuzhou' is not a plan name", printed);
    }

    [Fact]
    public void Without_name_a_plan_is_named_after_its_file_so_two_imports_do_not_clash()
    {
        var directory = Workplan.TempDirectory();
        var first = Workplan.Run(directory, "import", Path.Combine(RepositoryPaths.Seeds, "000_a3e06dc4d61956b4.txt"), "-o", "zhuzhou-2024.wplan");
        var second = Workplan.Run(directory, "import", Path.Combine(RepositoryPaths.Seeds, "003_27d72c036dccbe36.txt"), "-o", "wuxi.health-2020.wplan");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("plan Plans.Zhuzhou2024 ", File.ReadAllText(Path.Combine(directory, "zhuzhou-2024.wplan")));
        Assert.Contains("plan Wuxi.Health2020 ", File.ReadAllText(Path.Combine(directory, "wuxi.health-2020.wplan")));

        var check = Workplan.Run(directory, "check", ".");
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("WPL0009", check.Output);

        var toStandardOutput = Workplan.Run(RepositoryPaths.Seeds, "import", "004_3620424997830555.txt");
        Assert.Contains("plan Plans.Plan004_3620424997830555 \"2017年全省衛生計生工作要點\"", toStandardOutput.Output);
    }

    [Fact]
    public void Import_names_the_document_as_given_and_refuses_a_folder()
    {
        var (exitCode, printed) = Workplan.Run(RepositoryPaths.Root, "import", "tests/WorkPlanDsl.Tests/Seeds/000_a3e06dc4d61956b4.txt", "--name", "Zhuzhou.Health2024");
        Assert.Equal(0, exitCode);
        Assert.Contains("tests/WorkPlanDsl.Tests/Seeds/000_a3e06dc4d61956b4.txt(1): note:", printed);
        var folder = Workplan.Run(RepositoryPaths.Root, "import", "tests");
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("tests: error: a folder; import takes one document", folder.Output);
    }
}
