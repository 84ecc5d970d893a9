using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Cli.Export;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan export &lt;plan&gt; --format json|csv|markdown|html [--matrix] [-o file]</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var plan = new Argument<FileInfo>("plan") { Description = "The .wplan file to export." };
        var format = new Option<string>("--format") { Description = "json, csv, markdown or html.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "markdown", "html");
        var matrix = new Option<bool>("--matrix") { Description = "The responsibility matrix (任务分工表): tasks × units, lead or support." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write; standard output when not given." };
        var command = new Command("export", "Export a plan's catalog. Exit code 0: written; 1: the plan has errors (nothing written); 2: no such file.")
        {
            plan,
            format,
            matrix,
            output,
        };
        command.SetAction(result => Run(result.GetValue(plan)!, result.GetValue(format)!, result.GetValue(matrix), result.GetValue(output), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(FileInfo plan, string format, bool matrix, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        // The path as given (FileInfo keeps it), so that each line points where the user can click.
        var shown = PlanFiles.Shown(plan.ToString());
        if (Directory.Exists(plan.FullName))
        {
            stderr.WriteLine(shown + ": error: a folder; export takes one .wplan file, such as " + PlanFiles.Shown(Path.Combine(plan.ToString(), "plan.wplan")));
            return ExitCodes.Failed;
        }

        if (!plan.Exists)
        {
            stderr.WriteLine(shown + ": error: no such file");
            return ExitCodes.Failed;
        }

        var read = PlanFiles.Read(plan.FullName);
        foreach (var diagnostic in read.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString(shown));
        }

        if (read.Compiled.HasErrors || read.Compiled.Model is null)
        {
            stderr.WriteLine(shown + ": error: " + (read.Diagnostics.Any(d => d.Id == DiagnosticIds.NotUtf8) ? "the file is not UTF-8" : "the plan has errors") + "; nothing was exported");
            return ExitCodes.Incomplete;
        }

        var catalog = new Catalog(read.Compiled.Model);
        var text = format switch
        {
            "csv" => CsvExporter.Write(catalog, matrix),
            "markdown" => MarkdownExporter.Write(catalog, matrix),
            "html" => HtmlExporter.Write(catalog, matrix),
            _ => JsonExporter.Write(catalog, matrix),
        };

        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            // A BOM lets spreadsheet programs read a CSV file's Chinese text as UTF-8.
            File.WriteAllText(output.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv"));
        }

        return ExitCodes.Success;
    }
}
