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
        // plans/.editorconfig makes WPL0002 a suggestion in the three plans whose documents name no leads, as in the build.
        var quiet = new[] { "lucheng-2021.wplan", "shanxi-2017.wplan", "yangjiang-2025.wplan" };
        var (exitCode, output, errors) = Check(RepositoryPaths.Plans);
        Assert.Equal(0, exitCode);
        var all = Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").OrderBy(f => f, System.StringComparer.Ordinal)
            .SelectMany(f => PlanCompiler.Compile(File.ReadAllText(f)).Diagnostics.Select(d => (File: f, Diagnostic: d)))
            .ToArray();
        Assert.Equal(55, all.Length);
        var expected = all.Select(r => r.Diagnostic.Id == "WPL0002" && quiet.Contains(Path.GetFileName(r.File))
                ? r.Diagnostic.ToString(r.File.Replace('\\', '/')).Replace(": warning WPL0002:", ": info WPL0002:")
                : r.Diagnostic.ToString(r.File.Replace('\\', '/')))
            .ToArray();
        Assert.Equal(expected, output.TrimEnd('\n').Split('\n'));
        Assert.Contains("5 plan files, 0 errors, 1 warning", errors);
        Assert.Equal(1, Check(RepositoryPaths.Plans, "--warnaserror").ExitCode);
    }

    [Theory]
    [InlineData("[*.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n", 0, "0 errors, 0 warnings")]
    [InlineData("[*.wplan]\ndotnet_diagnostic.WPL0002.severity = error\n", 1, "1 error, 0 warnings")]
    [InlineData("[*.wplan]\ndotnet_diagnostic.WPL0002.severity = suggestion\n", 0, "0 errors, 0 warnings")]
    [InlineData("[*.wplan]\ndotnet_analyzer_diagnostic.category-WorkPlanDsl.Accountability.severity = error\n", 1, "1 error, 0 warnings")]
    [InlineData("[other.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n", 0, "0 errors, 1 warning")]
    [InlineData("[sub/*.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n", 0, "0 errors, 1 warning")]
    public void Severities_in_editorconfig_apply_as_in_the_build(string editorConfig, int exitCode, string summary)
    {
        var folder = Plans(("orphan.wplan", "plan Org.Orphan\ngroup 各区县\ntask T01 \"无人牵头\"\n  support 各区县\n"));
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n" + editorConfig);
        var result = Check(Path.Combine(folder, "orphan.wplan"));
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains("1 plan file, " + summary + "\n", result.Errors);
        if (summary.StartsWith("1 error", System.StringComparison.Ordinal))
        {
            Assert.Contains("orphan.wplan(3,6): error WPL0002", result.Output);
        }

        var suggestion = editorConfig.Contains("suggestion");
        Assert.Equal(suggestion, result.Output.Contains("orphan.wplan(3,6): info WPL0002"));
        var sarif = Check(Path.Combine(folder, "orphan.wplan"), "sarif").Output;
        Assert.Equal(suggestion, sarif.Contains("\"level\": \"note\""));
    }

    [Fact]
    public void A_root_editorconfig_hides_the_ones_above_it()
    {
        var folder = Plans();
        var inner = Path.Combine(folder, "inner");
        Directory.CreateDirectory(inner);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.wplan]\ndotnet_diagnostic.WPL0002.severity = error\n");
        File.WriteAllText(Path.Combine(inner, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(inner, "orphan.wplan"), "plan Org.Orphan\ngroup 各区县\ntask T01 \"无人牵头\"\n  support 各区县\n");
        var (exitCode, output, _) = Check(inner);
        Assert.Equal(0, exitCode);
        Assert.Contains("orphan.wplan(3,6): warning WPL0002", output);
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
        Assert.Contains("error: --format: 'xml' is not one of msbuild, sarif.", usage.Output);
    }

    [Fact]
    public void A_plan_saved_in_GB18030_gets_one_WPL0012_and_no_cascade_of_errors_on_garbled_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var folder = Workplan.TempDirectory();
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan"));
        File.WriteAllBytes(Path.Combine(folder, "zhuzhou-gb18030.wplan"), Encoding.GetEncoding("GB18030").GetBytes(text));
        var (exitCode, output, errors) = Check(folder, "--warnaserror");
        var line = Assert.Single(output.TrimEnd('\n').Split('\n'));
        Assert.Equal(folder.Replace('\\', '/') + "/zhuzhou-gb18030.wplan(2,1): warning WPL0012: The file is not UTF-8 (first bad byte on line 2); save it as UTF-8", line);
        Assert.Contains("1 plan file, 0 errors, 1 warning", errors);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public void Diagnostics_name_the_file_as_given_on_the_command_line_by_every_command()
    {
        var folder = Plans(("bad.wplan", "plan Org.Bad\ntask T \"t\"\n  lead Nobody\n"));
        var relative = Path.GetRelativePath(Path.GetDirectoryName(folder)!, Path.Combine(folder, "bad.wplan")).Replace('\\', '/');
        var check = Workplan.Run(Path.GetDirectoryName(folder)!, "check", relative);
        var export = Workplan.Run(Path.GetDirectoryName(folder)!, "export", relative);
        var format = Workplan.Run(Path.GetDirectoryName(folder)!, "fmt", "--check", relative);
        Assert.Contains(relative + "(3,8): error WPL0004", check.Output);
        Assert.Contains(relative + "(3,8): error WPL0004", export.Output);
        Assert.Contains(relative + ": error: the plan has errors; nothing was exported", export.Output);
        Assert.Equal(1, format.ExitCode);
        Assert.Contains(relative + "(2): not in canonical form", format.Output);
    }
}
