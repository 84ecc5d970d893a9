using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language.Formatting;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan fmt &lt;files or folders&gt; [--check]</c>: rewrite plans in canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files, or folders searched for *.wplan.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; print where each file differs from its canonical form, with a diff, and exit 1 when one does." };
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

                stderr.WriteLine(PlanFiles.Shown(file) + ": not formatted: it has syntax errors");
                failed = true;
                continue;
            }

            if (result.Text == text.Replace("\r\n", "\n"))
            {
                continue;
            }

            if (check)
            {
                WriteDifferences(stdout, PlanFiles.Shown(file), text.Replace("\r\n", "\n"), result.Text);
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

    /// <summary>
    /// Where a file is not canonical, as <c>file(line): …</c> lines a terminal or editor can open, each followed by the
    /// diff of what formatting would change there (as <c>dotnet format --verify-no-changes</c> points at each place).
    /// </summary>
    private static void WriteDifferences(TextWriter stdout, string shown, string text, string formatted)
    {
        var before = Lines(text);
        var after = Lines(formatted);
        var hunks = LineDiff.Compare(before, after);
        foreach (var hunk in hunks)
        {
            stdout.WriteLine(shown + "(" + LineDiff.FirstChangedLine(hunk) + "): not in canonical form");
            stdout.WriteLine(hunk.Header);
            foreach (var line in hunk.Lines)
            {
                stdout.WriteLine(line);
            }
        }

        if (hunks.Count == 0)
        {
            // The lines are the same; what differs is the end of the file.
            stdout.WriteLine(shown + "(" + Math.Max(1, before.Count) + "): not in canonical form: the file does not end with one line break");
        }
    }

    // The lines of a text; a final line break ends the last line rather than starting an empty one.
    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
