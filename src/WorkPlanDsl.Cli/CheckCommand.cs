using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Cli;

/// <summary><c>workplan check &lt;files or folders&gt; [--format msbuild|sarif] [--warnaserror]</c>: the build's diagnostics, outside MSBuild.</summary>
internal static class CheckCommand
{
    private const int ProgressEvery = 100;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Plan files, or folders searched for *.wplan.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "msbuild (file(line,col): warning WPL0002: …) or sarif (for code-scanning tools).", DefaultValueFactory = _ => "msbuild" };
        format.AcceptOnlyFromAmong("msbuild", "sarif");
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Fail (exit code 1) on warnings too." };
        var command = new Command("check", "Report what is wrong in plan files, as the build does. Exit code 0: no error; 1: an error (or a warning with --warnaserror); 2: nothing was checked.")
        {
            paths,
            format,
            warnAsError,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(warnAsError), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string format, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        var (files, error) = PlanFiles.Find(paths);
        if (error is not null)
        {
            stderr.WriteLine(error);
            return ExitCodes.Failed;
        }

        var plans = new List<CheckedPlan>();
        foreach (var file in files)
        {
            plans.Add(PlanFiles.Read(file));
            if (files.Count > ProgressEvery && plans.Count % ProgressEvery == 0)
            {
                stderr.WriteLine("checked " + plans.Count + " of " + files.Count + " plan files");
            }
        }

        // Severities as the .editorconfig files above the plans set them, as in the build: a diagnostic switched off
        // there is not reported, a suggestion is reported only in SARIF (as the build shows it only in the IDE).
        var severities = EditorConfigSeverities.Above(files);
        var results = plans.SelectMany(p => p.Diagnostics.Select(d => (p.Path, Diagnostic: d)))
            .Concat(DuplicatePlanNames(plans))
            .Select(r => (r.Path, r.Diagnostic, Severity: severities.For(r.Path, r.Diagnostic)))
            .Where(r => r.Severity is not null)
            .Select(r => new CheckResult(r.Path, r.Diagnostic, r.Severity!.Value))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Diagnostic.Location.Start)
            .ToList();

        if (format == "sarif")
        {
            SarifWriter.Write(stdout, results);
        }
        else
        {
            foreach (var result in results.Where(r => r.Severity != ReportedSeverity.Info))
            {
                stdout.WriteLine(result.ToString());
            }
        }

        var errors = results.Count(r => r.Severity == ReportedSeverity.Error);
        var warnings = results.Count(r => r.Severity == ReportedSeverity.Warning);
        var suggestions = results.Count(r => r.Severity == ReportedSeverity.Info);
        stderr.WriteLine(Count(files.Count, "plan file") + ", " + Count(errors, "error") + ", " + Count(warnings, "warning") + (suggestions > 0 ? ", " + Count(suggestions, "suggestion") : string.Empty));
        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Incomplete : ExitCodes.Success;
    }

    private static string Count(int n, string what) => n + " " + what + (n == 1 ? string.Empty : "s");

    private static IEnumerable<(string Path, PlanDiagnostic Diagnostic)> DuplicatePlanNames(List<CheckedPlan> plans)
    {
        foreach (var group in plans.Where(p => p.Compiled.Model is not null).GroupBy(p => p.Compiled.Model!.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
            foreach (var plan in files)
            {
                var other = files.First(p => !ReferenceEquals(p, plan));
                yield return (plan.Path, PlanDiagnostic.Create(DiagnosticCatalog.DuplicatePlanName, plan.Compiled.Model!.Location, plan.Compiled.Model.Name, other.Path.Replace('\\', '/')));
            }
        }
    }
}

/// <summary>A diagnostic of one file at the severity configured for it.</summary>
internal sealed record CheckResult(string Path, PlanDiagnostic Diagnostic, ReportedSeverity Severity)
{
    /// <summary>The MSBuild form, with the path as given: <c>plans/x.wplan(51,6): warning WPL0002: …</c>.</summary>
    public override string ToString()
        => PlanFiles.Shown(Path) + Diagnostic.Location + ": " + (Severity == ReportedSeverity.Error ? "error " : Severity == ReportedSeverity.Warning ? "warning " : "info ") + Diagnostic.Id + ": " + Diagnostic.Message;
}
