using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using WorkPlanDsl.Language.Formatting;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan fmt &lt;files or folders&gt; [--check]</c>: rewrite plans in canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files, or folders searched for *.wplan.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit code 1 when a file is not in canonical form." };
        var command = new Command("fmt", "Rewrite plan files in canonical form, keeping their meaning. Exit code 0: done (or, with --check, all canonical); 1: a file is not canonical, or has syntax errors; 2: nothing was read.")
        {
            paths,
            check,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(check), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool check, TextWriter stdout, TextWriter stderr)
    {
        var (files, error) = PlanFiles.Find(paths);
        if (error is not null)
        {
            stderr.WriteLine(error);
            return ExitCodes.Failed;
        }

        var failed = false;
        foreach (var file in files)
        {
            var (text, _) = PlanFiles.ReadText(file);
            var result = PlanFormatter.Format(text);
            if (result.Text is null)
            {
                foreach (var diagnostic in result.Errors)
                {
                    stderr.WriteLine(diagnostic.ToString(file.Replace('\\', '/')));
                }

                stderr.WriteLine(file + ": not formatted: it has syntax errors");
                failed = true;
                continue;
            }

            if (result.Text == text.Replace("\r\n", "\n"))
            {
                continue;
            }

            if (check)
            {
                stdout.WriteLine(file.Replace('\\', '/') + ": not in canonical form");
                failed = true;
            }
            else
            {
                File.WriteAllText(file, result.Text, new UTF8Encoding(false));
                stdout.WriteLine(file.Replace('\\', '/') + ": formatted");
            }
        }

        return failed ? ExitCodes.Incomplete : ExitCodes.Success;
    }
}
