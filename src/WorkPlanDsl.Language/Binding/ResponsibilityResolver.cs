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
    private readonly LineRereader _rereader;
    private readonly System.Action<SyntaxToken> _reportUnknown;

    // A leap year, so that 2月29日 counts as words a year would date.
    private const int AnyYear = 2024;

    // Plans say 6月底前 and 年底前 hundreds of times; each is worked out once per file, and each deadline the file
    // repeats is one model (records that are never changed: sharing them is invisible).
    private readonly Dictionary<string, DeadlineModel> _worded = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, DeadlineModel?> _dated = new(System.StringComparer.Ordinal);

    public ResponsibilityResolver(UnitDirectory units, int? planYear, List<PlanDiagnostic> diagnostics, LineMap lines, LineRereader rereader)
    {
        _units = units;
        _planYear = planYear;
        _diagnostics = diagnostics;
        _lines = lines;
        _rereader = rereader;
        _reportUnknown = ReportUnknown;
    }

    /// <summary>
    /// Works out what the sections not yet resolved and the tasks still drafted declare and have in effect: the
    /// sections first, then the tasks in file order, so that the unknown names are reported in the order they always
    /// were (the suggestions share one budget).
    /// </summary>
    public void Resolve(List<ElementDraft?> sections, List<ElementDraft?> tasks, CancellationToken cancellationToken)
    {
        foreach (var section in sections)
        {
            if (section is not null)
            {
                ResolveSection(section);
            }
        }

        foreach (var task in tasks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (task is not null)
            {
                ResolveTask(task);
            }
        }
    }

    public void ResolveSection(ElementDraft section)
    {
        if (section.IsResolved)
        {
            return;
        }

        section.Declared = Declared(section);
        section.InEffect = section.Declared;
        section.IsResolved = true;
    }

    /// <summary>A task and its items; its section is resolved already.</summary>
    public void ResolveTask(ElementDraft task)
    {
        task.Declared = Declared(task);
        task.InEffect = task.Declared.InheritFrom(task.Parent?.Declared ?? Responsibility.None);
        if (task.SaysNoLead && !task.InEffect.Leads.IsEmpty)
        {
            // 'lead none' is the task's own word on its lead: its section's does not count for it.
            task.InEffect = task.InEffect with { Leads = default };
        }

        if (task.ItemsOrNull is not { } items)
        {
            return;
        }

        foreach (var item in items)
        {
            item.Declared = Declared(item);
            item.InEffect = item.Declared.InheritFrom(task.InEffect);
        }
    }

    // The lists resolved as they were read are final (a name, once declared, keeps its unit); the ones that waited are
    // resolved now, in the order of the file's elements, and report their unknown names.
    private Responsibility Declared(ElementDraft element)
        => !element.WritesLead && !element.WritesSupport && element.DueText is null
            ? Responsibility.None
            : new(References(element.Leads, element.PendingLeads), References(element.Supports, element.PendingSupports), Deadline(element));

    private EquatableArray<string> References(EquatableArray<string> resolved, List<SyntaxToken>? pending)
    {
        if (pending is null)
        {
            return resolved;
        }

        _units.TryResolve(pending, _reportUnknown, out var ids);
        return ids;
    }

    private void ReportUnknown(SyntaxToken token)
    {
        var closest = _units.Closest(token.Value);
        var hint = closest is null
            ? (_units.Units.Count == 0 ? "; the file declares no unit or group" : string.Empty)
            : "; the closest declared name is '" + closest + "'";
        _diagnostics.Add(PlanDiagnostic.Create(DiagnosticCatalog.UnknownReference, _lines.Locate(token.Start, token.Length), token.Value, hint));
    }

    private DeadlineModel? Deadline(ElementDraft element)
    {
        if (element.DueText is not { } text)
        {
            return null;
        }

        if (element.DueIsDate)
        {
            if (!_dated.TryGetValue(text, out var dated))
            {
                dated = PlanDate.TryParse(text, out var date) ? new DeadlineModel(null, date) : null;
                _dated.Add(text, dated);
            }

            return dated;
        }

        if (!_worded.TryGetValue(text, out var worded))
        {
            worded = new DeadlineModel(text, DeadlineReader.Read(text, _planYear));
            _worded.Add(text, worded);
        }

        // Words that a year would date (6月底前), in a plan that gives none: say so, rather than leave it silently undated.
        if (worded.Date is null && _planYear is null && DeadlineReader.Read(text, AnyYear) is not null)
        {
            var due = _rereader.ReadDue(element.DueAt);
            _diagnostics.Add(PlanDiagnostic.Create(DiagnosticCatalog.UndatedDeadline, _lines.Locate(due.Start, due.Length), text));
        }

        return worded;
    }
}
