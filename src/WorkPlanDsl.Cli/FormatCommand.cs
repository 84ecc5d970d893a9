using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan fmt &lt;files or folders&gt; [--check]</c>: rewrite plans in canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files, or folders searched for *.wplan.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit code 1 when a file is not in canonical form." };
        var command = new Command("fmt", "Rewrite plan files in canonical form, keeping their meaning. Exit code 0: done (or, with --check, all canonical); 1: a file is not canonical, has syntax errors, or could not be read or rewritten faithfully (not UTF-8, say: it is left untouched); 2: nothing was read.")
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
            var name = file.Replace('\\', '/');
            var outcome = FaithfulFormatter.Format(File.ReadAllBytes(file));
            switch (outcome.Verdict)
            {
                case FormatVerdict.SyntaxErrors:
                    foreach (var diagnostic in outcome.Errors)
                    {
                        stderr.WriteLine(diagnostic.ToString(name));
                    }

                    stderr.WriteLine(file + ": not formatted: it has syntax errors");
                    failed = true;
                    break;
                case FormatVerdict.Refused:
                    stderr.WriteLine(name + ": error: not formatted: " + outcome.Reason);
                    failed = true;
                    break;
                case FormatVerdict.Rewrite when check:
                    stdout.WriteLine(name + ": not in canonical form");
                    failed = true;
                    break;
                case FormatVerdict.Rewrite:
                    File.WriteAllText(file, outcome.Text, new UTF8Encoding(false, throwOnInvalidBytes: true));
                    stdout.WriteLine(name + ": formatted");
                    break;
            }
        }

        return failed ? ExitCodes.Incomplete : ExitCodes.Success;
    }
}
