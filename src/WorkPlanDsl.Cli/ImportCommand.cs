using System;
using System.CommandLine;
using System.IO;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan import document.(txt|docx|html|xlsx|csv) [-o plan.wplan] [--name Dotted.Name]</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var document = new Argument<FileInfo>("document") { Description = "The published plan: plain text (UTF-8, UTF-16, GB18030/GBK or Big5, detected), .docx, .html/.htm, .xlsx or .csv. A .doc, .xls or .pdf is not read: the message names the conversion to run." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the .wplan file; standard output when not given." };
        var name = new Option<string?>("--name") { Description = "The plan's dotted name, such as Zhuzhou.Health2024." };
        var year = new Option<int?>("--year") { Description = "The plan's year, where the document does not print it." };
        var coLeads = new Option<bool>("--co-leads") { Description = "Every unit of a list of accountable units without a named lead (（A、B负责）) leads, instead of the first listed." };
        var command = new Command("import", "Turn a published plan document (text, .docx, .html, .xlsx, .csv) into a .wplan file. Exit code 0: complete; 1: written, but some of the document could not be classified or its encoding was a guess (see standard error); 2: nothing written (missing, empty, binary or unsupported file: .doc, .xls, .pdf).")
        {
            document,
            output,
            name,
            year,
            coLeads,
        };
        command.SetAction(result => Run(result.GetValue(document)!, result.GetValue(output), new ImportOptions(result.GetValue(document)!.Name) { PlanName = result.GetValue(name) ?? OutputName(result.GetValue(output)), Year = result.GetValue(year), CoLeads = result.GetValue(coLeads) }, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    // Without --name, a plan written to a file is named after that file (plans/zhuzhou-2024.wplan: Plans.Zhuzhou2024),
    // so that the plans of one project have distinct names; written to standard output, after the document.
    private static string? OutputName(FileInfo? output) => output is null ? null : PlanNames.FromFileName(output.Name);

    public static int Run(FileInfo document, FileInfo? output, ImportOptions options, TextWriter stdout, TextWriter stderr)
    {
        // The path as given (FileInfo keeps it), so that each line points where the user can click.
        var shown = PlanFiles.Shown(document.ToString());
        if (Directory.Exists(document.FullName))
        {
            stderr.WriteLine(shown + ": error: a folder; import takes one document, such as " + PlanFiles.Shown(Path.Combine(document.ToString(), "plan.txt")));
            return ExitCodes.Failed;
        }

        var read = DocumentReader.ReadFile(document.FullName);
        if (read.Document is null)
        {
            stderr.WriteLine(shown + ": error: " + read.Error);
            return ExitCodes.Failed;
        }

        var result = PlanImporter.Import(read.Document, options);
        if (result.Plan is null)
        {
            stderr.WriteLine(shown + ": error: " + result.Error);
            return ExitCodes.Failed;
        }

        if (output is not null && (Directory.Exists(output.FullName) || output.ToString().EndsWith("/", StringComparison.Ordinal) || output.ToString().EndsWith("\\", StringComparison.Ordinal)))
        {
            stderr.WriteLine(PlanFiles.Shown(output.ToString()) + ": error: a folder; -o takes the plan file to write, such as " + PlanFiles.Shown(Path.Combine(output.ToString(), "plan.wplan")));
            return ExitCodes.Failed;
        }

        if (output is not null)
        {
            // -o plans/x.wplan in a project without plans/ yet: the folder is made, as any writer of a file would.
            try
            {
                if (output.DirectoryName is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(output.FullName, result.Plan, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                stderr.WriteLine(PlanFiles.Shown(output.ToString()) + ": error: could not write the plan: " + e.Message);
                return ExitCodes.Failed;
            }
        }

        foreach (var note in result.Notes)
        {
            stderr.WriteLine(note.ToString(shown));
        }

        if (result.Summary is not null)
        {
            stderr.WriteLine(shown + ": " + result.Summary);
        }

        if (output is null)
        {
            stdout.Write(result.Plan);
        }

        return result.IsComplete ? ExitCodes.Success : ExitCodes.Incomplete;
    }
}
