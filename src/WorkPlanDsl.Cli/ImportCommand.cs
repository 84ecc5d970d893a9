using System;
using System.CommandLine;
using System.IO;
using System.Text;
using WorkPlanDsl.Import;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan import document.txt [-o plan.wplan] [--name Dotted.Name]</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var document = new Argument<FileInfo>("document") { Description = "The plain text of the published plan (UTF-8 or GB18030)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the .wplan file; standard output when not given." };
        var name = new Option<string?>("--name") { Description = "The plan's dotted name, such as Zhuzhou.Health2024." };
        var year = new Option<int?>("--year") { Description = "The plan's year, where the document does not print it." };
        var coLeads = new Option<bool>("--co-leads") { Description = "Every unit of a list of accountable units without a named lead (（A、B负责）) leads, instead of the first listed." };
        var command = new Command("import", "Turn a published plan document into a .wplan file. Exit code 0: complete; 1: written, but some of the document could not be classified (see standard error); 2: nothing written.")
        {
            document,
            output,
            name,
            year,
            coLeads,
        };
        command.SetAction(result => Run(result.GetValue(document)!, result.GetValue(output), new ImportOptions(result.GetValue(document)!.Name) { PlanName = result.GetValue(name), Year = result.GetValue(year), CoLeads = result.GetValue(coLeads) }, Console.Out, Console.Error));
        return command;
    }

    public static int Run(FileInfo document, FileInfo? output, ImportOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!document.Exists)
        {
            stderr.WriteLine(document.Name + ": error: no such file");
            return ExitCodes.Failed;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(document.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(document.Name + ": error: " + e.Message);
            return ExitCodes.Failed;
        }

        var (text, encodingNote, decodeError) = DocumentDecoder.Decode(bytes);
        if (text is null)
        {
            stderr.WriteLine(document.Name + ": error: " + decodeError);
            return ExitCodes.Failed;
        }

        if (encodingNote is not null)
        {
            stderr.WriteLine(document.Name + ": note: " + encodingNote);
        }

        var result = PlanImporter.Import(text, options);
        if (result.Plan is null)
        {
            stderr.WriteLine(document.Name + ": error: " + result.Error);
            return ExitCodes.Failed;
        }

        foreach (var note in result.Notes)
        {
            stderr.WriteLine(note.ToString(document.Name));
        }

        if (result.Summary is not null)
        {
            stderr.WriteLine(document.Name + ": " + result.Summary);
        }

        if (output is null)
        {
            stdout.Write(result.Plan);
        }
        else
        {
            File.WriteAllText(output.FullName, result.Plan, new UTF8Encoding(false));
        }

        return result.IsComplete ? ExitCodes.Success : ExitCodes.Incomplete;
    }
}
