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
        };
        return root.Parse(args).Invoke();
    }
}
