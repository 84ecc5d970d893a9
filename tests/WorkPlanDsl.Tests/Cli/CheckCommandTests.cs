using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

public class CheckCommandTests
{
    private static (int ExitCode, string Output, string Errors) Check(params string[] arguments)
    {
        var format = arguments.Contains("sarif") ? "sarif" : "msbuild";
        var paths = arguments.Where(a => a is not ("sarif" or "--warnaserror")).ToArray();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CheckCommand.Run(paths, format, arguments.Contains("--warnaserror"), stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Plans(params (string Name, string Text)[] files)
    {
        var directory = Workplan.TempDirectory();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        return directory;
    }

    [Fact]
    public void The_plans_folder_gets_what_the_build_reports()
    {
        var (exitCode, output, errors) = Check(RepositoryPaths.Plans);
        Assert.Equal(0, exitCode);
        var expected = Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").OrderBy(f => f, System.StringComparer.Ordinal)
            .SelectMany(f => PlanCompiler.Compile(File.ReadAllText(f)).Diagnostics.Select(d => d.ToString(f.Replace('\\', '/'))))
            .ToArray();
        Assert.Equal(55, expected.Length);
        Assert.Equal(expected, output.TrimEnd('\n').Split('\n'));
        Assert.Contains("5 plan files, 0 errors, 55 warnings", errors);
        Assert.Equal(1, Check(RepositoryPaths.Plans, "--warnaserror").ExitCode);
    }

    [Fact]
    public void Errors_fail_the_check_at_their_line_and_column()
    {
        var folder = Plans(("broken.wplan", "plan Org.Broken\nunit 甲\ntask T01 \"未结束\n  lead 甲\ntask T02 \"t\"\n  lead 乙\n"), ("good.wplan", "plan Org.Good\nunit 甲\ntask T \"t\"\n  lead 甲\n"));
        var (exitCode, output, errors) = Check(folder);
        Assert.Equal(1, exitCode);
        Assert.Contains("broken.wplan(3,10): error WPL0001: unterminated string", output);
        Assert.Contains("broken.wplan(6,8): error WPL0004: '乙' is not a declared unit or group\n", output);
        Assert.DoesNotContain("good.wplan", output);
        Assert.Contains("2 plan files, 2 errors, 0 warnings", errors);
    }

    [Fact]
    public void Two_files_with_one_plan_name_and_a_file_that_is_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var folder = Plans(("a.wplan", "plan Org.Same\nunit U\ntask T \"t\"\n  lead U\n"), ("b.wplan", "plan Org.Same\nunit U\ntask T \"t\"\n  lead U\n"));
        File.WriteAllBytes(Path.Combine(folder, "gbk.wplan"), Encoding.GetEncoding("GB18030").GetBytes("plan Org.Gbk\nunit U\n# 注释\ntask T \"t\"\n  lead U\n"));
        var (_, output, _) = Check(folder);
        Assert.Contains("a.wplan(1,6): error WPL0009: Plan 'Org.Same' is also declared in '" + folder.Replace('\\', '/') + "/b.wplan'", output);
        Assert.Contains("b.wplan(1,6): error WPL0009", output);
        Assert.Contains("gbk.wplan(3,1): warning WPL0012: The file is not UTF-8 (first bad byte on line 3)", output);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    [InlineData("utf-32", "UTF-32")]
    public void A_file_with_another_byte_order_mark_is_read_and_gets_one_WPL0012(string encodingName, string said)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var folder = Plans();
        File.WriteAllBytes(Path.Combine(folder, "wide.wplan"), encoding.GetPreamble().Concat(encoding.GetBytes("plan Org.Wide\nunit U\ntask T \"t\"\n  lead U\n")).ToArray());
        var (exitCode, output, _) = Check(folder);
        Assert.Equal(0, exitCode);
        Assert.Equal("wide.wplan(1,1): warning WPL0012: The file is not UTF-8 (it is saved as " + said + " with a byte order mark); save it as UTF-8", output.Trim().Replace(folder.Replace('\\', '/') + "/", string.Empty));
    }

    [Fact]
    public void Sarif_for_code_scanning_tools()
    {
        var (exitCode, output, _) = Check(Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan"), "sarif");
        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Equal(WorkPlanDsl.Language.Diagnostics.DiagnosticCatalog.All.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("WPL0002", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(51, region.GetProperty("startLine").GetInt32());
        Assert.Equal(6, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(9, region.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Missing_files_and_empty_folders_get_a_clear_message()
    {
        var missing = Check("no-such-plan.wplan");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-plan.wplan: error: no such file or folder", missing.Errors);

        var empty = Check(Workplan.TempDirectory());
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("error: no .wplan files in this folder", empty.Errors);
    }

    [Fact]
    public void The_command_line_wires_check_with_its_options()
    {
        var (exitCode, output) = Workplan.Run(RepositoryPaths.Root, "check", "plans", "--warnaserror");
        Assert.Equal(1, exitCode);
        Assert.Contains("plans/zhuzhou-2024.wplan(51,6): warning WPL0002", output);
        var usage = Workplan.Run(RepositoryPaths.Root, "check", "plans", "--format", "xml");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("error: Argument 'xml' not recognized", usage.Output);
    }
}
