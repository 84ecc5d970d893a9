using System.IO;
using System.Linq;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

/// <summary>The conventions a .NET user expects of a command line: usage, "did you mean", messages in their terms.</summary>
public class CommandLineTests
{
    private static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = Program.Run(arguments, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void No_command_prints_the_usage_and_the_commands()
    {
        var (exitCode, output, errors) = Run();
        Assert.Equal(2, exitCode);
        Assert.Contains("Usage:", output);
        Assert.Contains("[command] [options]", output);
        foreach (var command in new[] { "import", "check", "export", "fmt" })
        {
            Assert.Contains("  " + command + " <", output);
        }

        Assert.DoesNotContain("Required command", output + errors);
    }

    [Theory]
    [InlineData("exprt", "error: 'exprt' is not a workplan command. Did you mean 'export'?")]
    [InlineData("chek", "error: 'chek' is not a workplan command. Did you mean 'check'?")]
    [InlineData("frmt", "error: 'frmt' is not a workplan command. Did you mean 'fmt'?")]
    [InlineData("publish", "error: 'publish' is not a workplan command.\n")]
    public void A_mistyped_command_gets_the_closest_one(string command, string message)
    {
        var (exitCode, output, errors) = Run(command, "plans");
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(message, errors.Replace("\r\n", "\n"));
        Assert.Contains("Run 'workplan --help' for usage.", errors);
    }

    [Theory]
    [InlineData(new[] { "fmt", "--chek", "plans" }, "error: unknown option '--chek' for 'workplan fmt'. Did you mean '--check'?")]
    [InlineData(new[] { "check", "plans", "--warnaserrors" }, "error: unknown option '--warnaserrors' for 'workplan check'. Did you mean '--warnaserror'?")]
    [InlineData(new[] { "export", "--formt", "json", "plans/a.wplan" }, "error: unknown option '--formt' for 'workplan export'. Did you mean '--format'?")]
    [InlineData(new[] { "import", "a.txt", "--yeer", "2024" }, "error: unknown option '--yeer' for 'workplan import'. Did you mean '--year'?")]
    [InlineData(new[] { "fmt", "plans", "--hepl" }, "error: unknown option '--hepl' for 'workplan fmt'. Did you mean '--help'?")]
    [InlineData(new[] { "check", "plans", "--frobnicate" }, "error: unknown option '--frobnicate' for 'workplan check'.\n")]
    public void An_unknown_option_is_refused_with_the_closest_one_never_read_as_a_path(string[] arguments, string message)
    {
        var (exitCode, output, errors) = Run(arguments);
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(message, errors.Replace("\r\n", "\n"));
        Assert.DoesNotContain("no such file", errors);
        Assert.Contains("Run 'workplan " + arguments[0] + " --help' for usage.", errors);
    }

    [Fact]
    public void After_a_double_dash_a_word_with_a_dash_is_a_path()
    {
        var (exitCode, errors) = Workplan.Run(Workplan.TempDirectory(), "fmt", "--check", "--", "--not-an-option.wplan");
        Assert.Equal(2, exitCode);
        Assert.Contains("--not-an-option.wplan: error: no such file or folder", errors);
        Assert.DoesNotContain("unknown option", errors);
    }

    [Theory]
    [InlineData(new[] { "import", "a.txt", "--year", "abc" }, "error: --year: 'abc' is not a whole number, such as 2024.")]
    [InlineData(new[] { "import", "a.txt", "--year", "２０２４" }, "error: --year: '２０２４' is not a whole number, such as 2024.")]
    [InlineData(new[] { "export", "a.wplan", "--format", "xml" }, "error: --format: 'xml' is not one of csv, html, json, markdown.")]
    [InlineData(new[] { "export", "a.wplan", "--format", "jsno" }, "error: --format: 'jsno' is not one of csv, html, json, markdown. Did you mean 'json'?")]
    [InlineData(new[] { "check", "plans", "--format", "srif" }, "error: --format: 'srif' is not one of msbuild, sarif. Did you mean 'sarif'?")]
    [InlineData(new[] { "export", "a.wplan", "--format" }, "error: --format needs a value: csv, html, json, markdown.")]
    [InlineData(new[] { "export" }, "error: workplan export needs <plan>: The .wplan file to export.")]
    [InlineData(new[] { "fmt", "--check" }, "error: workplan fmt needs <paths>...: Plan files, or folders searched for *.wplan.")]
    [InlineData(new[] { "export", "a.wplan", "b.wplan" }, "error: unexpected argument 'b.wplan': workplan export takes <plan>.")]
    public void Messages_are_in_the_users_terms_never_a_dotnet_type(string[] arguments, string message)
    {
        var (exitCode, output, errors) = Run(arguments);
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(message, errors);
        Assert.DoesNotContain("System.", errors);
        Assert.DoesNotContain("`1", errors);
        Assert.DoesNotContain("Exception", errors);
    }

    [Fact]
    public void Help_and_version_still_work_and_exit_0()
    {
        var help = Run("fmt", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--check", help.Output);
        Assert.Equal(0, Run("--version").ExitCode);
    }

    [Fact]
    public void The_installed_command_prints_usage_errors_on_standard_error_with_exit_code_2()
    {
        var (exitCode, output) = Workplan.Run(RepositoryPaths.Root, "fmt", "--chek", "plans");
        Assert.Equal(2, exitCode);
        Assert.Contains("Did you mean '--check'?", output);
        Assert.DoesNotContain("formatted", output);
    }

    // `workplan import plan.txt >&-` or a full disk: a message and "nothing written", not a stack trace.
    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    public void An_output_that_cannot_be_written_is_told_in_one_line(string command)
    {
        var directory = Workplan.TempDirectory();
        var document = Path.Combine(directory, "plan.txt");
        File.WriteAllText(document, "一、重点任务\n1.推进甲项工作。（牵头单位：市教育局）\n");
        var plan = Path.Combine(directory, "plan.wplan");
        Assert.Equal(0, Program.Run(new[] { "import", document, "-o", plan }, new StringWriter(), new StringWriter()));

        var stderr = new StringWriter();
        var exitCode = Program.Run(command == "import" ? new[] { "import", document } : new[] { "export", plan, "--format", "json" }, new ClosedWriter(), stderr);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: cannot write the output: Bad file descriptor", stderr.ToString().Split('\n').Last(l => l.Length > 0));
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    private sealed class ClosedWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new System.UnauthorizedAccessException("Access to the path is denied.", new IOException("Bad file descriptor"));
    }
}
