using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace WorkPlanDsl.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Parses and runs a command line; usage errors are told on <paramref name="stderr"/> and exit 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRoot();
        var output = new StandardOutput(stdout);
        var configuration = new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false };

        // No command at all: what a user who types the tool's name wants is its usage.
        if (args.Length == 0)
        {
            root.Parse(new[] { "--help" }).Invoke(configuration);
            return ExitCodes.Failed;
        }

        // A usage error is "nothing was done" (2), not "the plans have errors" (1), which is what the commands return.
        var result = root.Parse(args);
        var messages = UsageErrors.Describe(result);
        if (result.Errors.Count > 0 || messages.Count > 0)
        {
            foreach (var message in messages)
            {
                stderr.WriteLine("error: " + message);
            }

            stderr.WriteLine("Run '" + UsageErrors.CommandLine(result.CommandResult) + " --help' for usage.");
            return ExitCodes.Failed;
        }

        try
        {
            return result.Invoke(configuration);
        }
        catch (StandardOutput.UnwritableException e)
        {
            // A closed or full standard output (`>&-`, a disk that filled): one line, and "nothing written".
            stderr.WriteLine("error: cannot write the output: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file the command reads or writes that the system refuses (permissions, a device gone).
            stderr.WriteLine("error: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What System.CommandLine's own handler did: a bug is told in full, not hidden behind a one-line message.
            stderr.WriteLine("Unhandled exception: " + e);
            return ExitCodes.Incomplete;
        }
    }

    private static RootCommand CreateRoot() => new("workplan: work plans as code. Import published plans, check plan files, export catalogs.")
    {
        ImportCommand.Create(),
        CheckCommand.Create(),
        ExportCommand.Create(),
        FormatCommand.Create(),
        LspCommand.Create(),
    };
}
