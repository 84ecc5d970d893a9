using System.Collections.Generic;
using System.Threading;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Binding;

/// <summary>Resolves lead and support references to declared units and works out what each element has in effect.</summary>
internal sealed class ResponsibilityResolver
{
    private readonly UnitDirectory _units;
    private readonly int? _planYear;
    private readonly List<PlanDiagnostic> _diagnostics;
    private readonly LineMap _lines;

    // A leap year, so that 2月29日 counts as words a year would date.
    private const int AnyYear = 2024;

    // Plans say 6月底前 and 年底前 hundreds of times; each is worked out once per file.
    private readonly Dictionary<string, PlanDate?> _worded = new(System.StringComparer.Ordinal);

    private readonly BindingWork? _work;

    public ResponsibilityResolver(UnitDirectory units, int? planYear, List<PlanDiagnostic> diagnostics, LineMap lines, BindingWork? work = null)
    {
        _work = work;
        _units = units;
        _planYear = planYear;
        _diagnostics = diagnostics;
        _lines = lines;
    }

    public void Resolve(List<ElementDraft> sections, List<ElementDraft> tasks, CancellationToken cancellationToken)
    {
        foreach (var section in sections)
        {
            section.Declared = Declared(section);
            section.InEffect = section.Declared;
        }

        foreach (var task in tasks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            task.Declared = Declared(task);
            task.InEffect = task.Declared.InheritFrom(task.Parent?.Declared ?? Responsibility.None);
            if (task.SaysNoLead && !task.InEffect.Leads.IsEmpty)
            {
                // 'lead none' is the task's own word on its lead: its section's does not count for it.
                task.InEffect = task.InEffect with { Leads = default };
            }

            foreach (var item in task.ItemsOrEmpty)
            {
                item.Declared = Declared(item);
                item.InEffect = item.Declared.InheritFrom(task.InEffect);
            }
        }
    }

    private Responsibility Declared(ElementDraft element)
        => element.LeadTokens.IsEmpty && element.SupportTokens.IsEmpty && element.DueToken is null
            ? Responsibility.None
            : new(References(element.LeadTokens), References(element.SupportTokens), Deadline(element.DueToken));

    private EquatableArray<string> References(EquatableArray<SyntaxToken> tokens)
    {
        if (tokens.IsEmpty)
        {
            return default;
        }

        // One array at its size; a list of a few names is searched, a long one gets a set, so that a unit named
        // 50,000 times costs 50,000 steps, not 50,000 squared.
        var ids = new string[tokens.Count];
        var count = 0;
        var seen = tokens.Count > 16 ? new HashSet<string>(System.StringComparer.Ordinal) : null;
        foreach (var token in tokens)
        {
            var unit = _units.Find(token.Value);
            if (unit is null)
            {
                ReportUnknown(token);
                continue;
            }

            var id = unit.Id.Value;
            _work?.Add(seen is null ? count + 1 : 1);
            if (seen is not null ? seen.Add(id) : System.Array.IndexOf(ids, id, 0, count) < 0)
            {
                ids[count++] = id;
            }
        }

        if (count == 0)
        {
            return default;
        }

        if (count < ids.Length)
        {
            System.Array.Resize(ref ids, count);
        }

        return new EquatableArray<string>(ids);
    }

    private void ReportUnknown(SyntaxToken token)
    {
        var closest = _units.Closest(token.Value);
        var hint = closest is null
            ? (_units.Units.Count == 0 ? "; the file declares no unit or group" : string.Empty)
            : "; the closest declared name is '" + closest + "'";
        _diagnostics.Add(PlanDiagnostic.Create(DiagnosticCatalog.UnknownReference, _lines.Locate(token.Start, token.Length), token.Value, hint));
    }

    private DeadlineModel? Deadline(SyntaxToken? token)
    {
        if (token is not { } due)
        {
            return null;
        }

        if (due.Kind == TokenKind.Date)
        {
            return PlanDate.TryParse(due.Value, out var date) ? new DeadlineModel(null, date) : null;
        }

        if (!_worded.TryGetValue(due.Value, out var worded))
        {
            worded = DeadlineReader.Read(due.Value, _planYear);
            _worded[due.Value] = worded;
        }

        // Words that a year would date (6月底前), in a plan that gives none: say so, rather than leave it silently undated.
        if (worded is null && _planYear is null && DeadlineReader.Read(due.Value, AnyYear) is not null)
        {
            _diagnostics.Add(PlanDiagnostic.Create(DiagnosticCatalog.UndatedDeadline, _lines.Locate(due.Start, due.Length), due.Value));
        }

        return new DeadlineModel(due.Value, worded);
    }
}
