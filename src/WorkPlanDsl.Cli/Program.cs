using System;
using System.CommandLine;
using System.Text;

namespace WorkPlanDsl.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var root = new RootCommand("workplan: work plans as code. Import published plans, check plan files, export catalogs.")
        {
            ImportCommand.Create(),
            CheckCommand.Create(),
            ExportCommand.Create(),
            FormatCommand.Create(),
            LspCommand.Create(),
        };
        // A usage error is "nothing was done" (2), not "the plans have errors" (1), which is what the commands return.
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine("error: " + error.Message);
            }

            return ExitCodes.Failed;
        }

        return result.Invoke();
    }
}
