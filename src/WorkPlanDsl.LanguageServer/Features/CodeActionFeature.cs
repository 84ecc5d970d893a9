using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// Quick fixes for the compiler's own diagnostics in the requested range: WPL0004's suggested name in place of the
/// unknown one, and a lead for a WPL0002 task, one action per declared unit (the units that lead the task's
/// neighbours first), written with the keyword spelling the task's own line uses, or <c>lead none</c> (<c>牵头 无</c>)
/// to say the task has no lead on purpose.
/// </summary>
internal static class CodeActionFeature
{
    private const int MaxLeadActions = 20;
    private static readonly Regex Suggestion = new("the closest declared name is '(?<name>[^']+)'", RegexOptions.CultureInvariant);

    public static IReadOnlyList<CodeAction> Actions(PlanAnalysis analysis, Range range)
    {
        var start = analysis.Positions.OffsetOf(range.Start);
        var end = analysis.Positions.OffsetOf(range.End);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in analysis.Compiled.Diagnostics)
        {
            if (diagnostic.Location.Start > end || diagnostic.Location.End < start)
            {
                continue;
            }

            if (diagnostic.Id == DiagnosticIds.UnknownReference)
            {
                actions.AddRange(ReplaceUnknown(analysis, diagnostic));
            }
            else if (diagnostic.Id == DiagnosticIds.MissingLead)
            {
                actions.AddRange(AddLead(analysis, diagnostic));
            }
        }

        return actions;
    }

    private static IEnumerable<CodeAction> ReplaceUnknown(PlanAnalysis analysis, PlanDiagnostic diagnostic)
    {
        if (diagnostic.Arguments.Count < 2 || Suggestion.Match(diagnostic.Arguments[1]) is not { Success: true } match)
        {
            yield break;
        }

        var name = match.Groups["name"].Value;
        var range = analysis.Positions.RangeOf(diagnostic.Location);
        yield return new CodeAction("Replace '" + diagnostic.Arguments[0] + "' with '" + name + "'", "quickfix", Edit(analysis, new TextEdit(range, name)))
        {
            Diagnostics = new[] { Lsp(analysis, diagnostic) },
            IsPreferred = true,
        };
    }

    private static IEnumerable<CodeAction> AddLead(PlanAnalysis analysis, PlanDiagnostic diagnostic)
    {
        var line = analysis.Positions.LineOf(diagnostic.Location.Start);
        if (analysis.StatementAtLine(line) is not { Kind: StatementKind.Task } task)
        {
            yield break;
        }

        var text = analysis.Text;
        var lineStart = analysis.Positions.LineStart(line);
        var indent = text.Substring(lineStart, task.KeywordStart - lineStart);
        var chinese = !(text[task.KeywordStart] is >= 'a' and <= 'z');
        var keyword = Keywords.All.Where(e => e.Value == StatementKind.Lead).Select(e => e.Key).First(k => chinese != (k[0] is >= 'a' and <= 'z'));
        var insertAt = analysis.Positions.PositionOf(analysis.Positions.LineEnd(line));
        var newLine = LineBreak(text, analysis.Positions.LineEnd(line));

        // The units leading the tasks of the same section come first: the likeliest lead.
        var sectionId = analysis.Model?.Tasks.FirstOrDefault(t => t.Location.Start == diagnostic.Location.Start)?.SectionId;
        var neighbours = analysis.Model?.Tasks.Where(t => t.SectionId == sectionId).SelectMany(t => t.InEffect.Leads)
            .GroupBy(l => l, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal)
            ?? new Dictionary<string, int>(System.StringComparer.Ordinal);
        var units = analysis.Symbols.UnitDeclarations.Values
            .Where(d => d.Kind == StatementKind.Unit)
            .Select(d => d.Name!.Value.Value)
            .OrderByDescending(id => neighbours.TryGetValue(id, out var n) ? n : 0)
            .ThenBy(id => analysis.Symbols.UnitDeclarations[id].KeywordStart)
            .Take(MaxLeadActions);
        foreach (var unit in units)
        {
            var edit = new TextEdit(new Range(insertAt, insertAt), newLine + indent + "  " + keyword + " " + unit);
            yield return new CodeAction("Add lead " + unit + " to task '" + diagnostic.Arguments[0] + "'", "quickfix", Edit(analysis, edit))
            {
                Diagnostics = new[] { Lsp(analysis, diagnostic) },
            };
        }

        yield return MarkNoLead(analysis, diagnostic, insertAt, newLine, indent, chinese);
    }

    // The language's way to say that a task has no lead on purpose: the action that silences WPL0002 honestly.
    private static CodeAction MarkNoLead(PlanAnalysis analysis, PlanDiagnostic diagnostic, Position insertAt, string newLine, string indent, bool chinese)
    {
        var keyword = Keywords.All.Where(e => e.Value == StatementKind.Lead).Select(e => e.Key).First(k => chinese != (k[0] is >= 'a' and <= 'z'));
        var none = chinese ? "无" : "none";
        var edit = new TextEdit(new Range(insertAt, insertAt), newLine + indent + "  " + keyword + " " + none);
        return new CodeAction("Mark task '" + diagnostic.Arguments[0] + "' as having no lead on purpose (" + keyword + " " + none + ")", "quickfix", Edit(analysis, edit))
        {
            Diagnostics = new[] { Lsp(analysis, diagnostic) },
        };
    }

    private static string LineBreak(string text, int lineEnd)
        => lineEnd < text.Length && text[lineEnd] == '\r' ? (lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? "\r\n" : "\r") : "\n";

    private static WorkspaceEdit Edit(PlanAnalysis analysis, TextEdit edit)
        => new(new Dictionary<string, IReadOnlyList<TextEdit>> { [analysis.Uri] = new[] { edit } });

    private static Diagnostic Lsp(PlanAnalysis analysis, PlanDiagnostic diagnostic)
        => new(analysis.Positions.RangeOf(diagnostic.Location), diagnostic.IsError ? DiagnosticSeverityCodes.Error : DiagnosticSeverityCodes.Warning, diagnostic.Id, DiagnosticsFeature.Source, diagnostic.Message);
}
