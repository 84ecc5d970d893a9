using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using WorkPlanDsl.Generators.Pipeline;
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
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(warnAsError), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
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

        var severities = new ConfiguredSeverities();
        var results = plans.SelectMany(p => p.Diagnostics.Select(d => (p.Path, Diagnostic: d)))
            .Concat(NameConflicts(plans))
            .Select(r => (r.Path, r.Diagnostic, Severity: severities.For(r.Path, r.Diagnostic)))
            .Where(r => r.Severity is not null and not DiagnosticSeverity.Hidden)
            .Select(r => new CheckResult(r.Path, r.Diagnostic, r.Severity!.Value))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Diagnostic.Location.Start)
            .ThenBy(r => r.Diagnostic.Id, StringComparer.Ordinal)
            .ToList();

        if (format == "sarif")
        {
            SarifWriter.Write(stdout, results);
        }
        else
        {
            foreach (var result in results)
            {
                stdout.WriteLine(result.ToString());
            }
        }

        var errors = results.Count(r => r.Severity == DiagnosticSeverity.Error);
        var warnings = results.Count(r => r.Severity == DiagnosticSeverity.Warning);
        stderr.WriteLine(Count(files.Count, "plan file") + ", " + Count(errors, "error") + ", " + Count(warnings, "warning"));
        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Incomplete : ExitCodes.Success;
    }

    private static string Count(int n, string what) => n + " " + what + (n == 1 ? string.Empty : "s");

    // WPL0009, WPL0013 and WPL0014 by the generator's own table of the plans' C# names (without WPlanNamespace, which
    // only a project gives).
    private static IEnumerable<(string Path, PlanDiagnostic Diagnostic)> NameConflicts(List<CheckedPlan> plans)
    {
        var valid = plans.Where(p => p.Compiled.Model is not null && !p.Compiled.HasErrors).ToList();
        var table = PlanNameTable.From(valid.Select(p => (PlanDeclaration?)PlanDeclaration.Declare(p.Path.Replace('\\', '/'), p.Compiled.Model!.Name, null)).ToImmutableArray(), default);
        foreach (var plan in valid)
        {
            foreach (var conflict in table.For(plan.Path.Replace('\\', '/')))
            {
                yield return (plan.Path, new PlanDiagnostic(DiagnosticCatalog.ById(conflict.Id), plan.Compiled.Model!.Location, conflict.Arguments));
            }
        }
    }
}

/// <summary>One diagnostic as check reports it: where, what, and at the severity the build gives it.</summary>
internal sealed record CheckResult(string Path, PlanDiagnostic Diagnostic, DiagnosticSeverity Severity)
{
    /// <summary>The MSBuild form: <c>file(line,col): warning WPL0002: message</c>.</summary>
    public override string ToString()
        => Path.Replace('\\', '/') + Diagnostic.Location + ": " + Level + " " + Diagnostic.Id + ": " + Diagnostic.Message;

    public string Level => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
