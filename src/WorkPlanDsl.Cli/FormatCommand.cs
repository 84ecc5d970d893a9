using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan fmt &lt;files or folders&gt; [--check]</c>: rewrite plans in canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files, or folders searched for *.wplan.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; print where each file differs from its canonical form, with a diff, and exit 1 when one does." };
        var command = new Command("fmt", "Rewrite plan files in canonical form, keeping their meaning. Exit code 0: done (or, with --check, all canonical); 1: a file is not canonical, has syntax errors, or could not be read or rewritten faithfully (not UTF-8, say: it is left untouched); 2: nothing was read.")
        {
            paths,
            check,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(check), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
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
            var name = PlanFiles.Shown(file);
            var bytes = File.ReadAllBytes(file);
            var outcome = FaithfulFormatter.Format(bytes);
            switch (outcome.Verdict)
            {
                case FormatVerdict.SyntaxErrors:
                    foreach (var diagnostic in outcome.Errors)
                    {
                        stderr.WriteLine(diagnostic.ToString(name));
                    }

                    stderr.WriteLine(name + ": not formatted: it has syntax errors");
                    failed = true;
                    break;
                case FormatVerdict.Refused:
                    stderr.WriteLine(name + ": error: not formatted: " + outcome.Reason);
                    failed = true;
                    break;
                case FormatVerdict.Rewrite when check:
                    WriteDifferences(stdout, name, Original(bytes), outcome.Text!);
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

    // A file that formats to a rewrite was read as UTF-8 (the formatter refuses anything else): its text as written.
    private static string Original(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n");
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
