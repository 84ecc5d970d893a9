using System.Collections.Generic;
using System.Globalization;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Binding;

/// <summary>The checks of a plan's meaning once references are resolved: WPL0002, WPL0003, WPL0006 and WPL0010.</summary>
internal sealed class PlanChecks
{
    private readonly List<PlanDiagnostic> _diagnostics;
    private readonly LineMap _lines;
    private readonly int? _year;
    private readonly UnitDirectory _units;

    private readonly BindingWork? _work;
    private readonly LineRereader _rereader;
    private readonly List<SyntaxToken> _leadTokens = new();
    private readonly List<SyntaxToken> _supportTokens = new();

    public PlanChecks(List<PlanDiagnostic> diagnostics, LineMap lines, int? year, UnitDirectory units, LineRereader rereader, BindingWork? work = null)
    {
        _work = work;
        _rereader = rereader;
        _diagnostics = diagnostics;
        _lines = lines;
        _year = year;
        _units = units;
    }

    public void Check(List<ElementDraft?> sections, List<ElementDraft?> tasks)
    {
        foreach (var section in sections)
        {
            if (section is not null)
            {
                CheckSection(section);
            }
        }

        foreach (var task in tasks)
        {
            if (task is not null)
            {
                CheckTask(task);
            }
        }
    }

    public void CheckSection(ElementDraft section)
    {
        CheckLeadAlsoSupports(section);
        CheckDueInYear(section);
    }

    /// <summary>A task and its items, once they are resolved.</summary>
    public void CheckTask(ElementDraft task)
    {
        CheckHasLead(task);
        CheckLeadsAreNotOnlyGroups(task);
        CheckLeadAlsoSupports(task);
        CheckDueInYear(task);
        if (task.ItemsOrNull is not { } items)
        {
            return;
        }

        foreach (var item in items)
        {
            CheckLeadAlsoSupports(item);
            CheckDueInYear(item);
        }
    }

    // A lead that is written but misspelt is WPL0004's business, so what counts here is whether one is written;
    // 'lead none' says the task has none on purpose.
    private void CheckHasLead(ElementDraft task)
    {
        if (!task.WritesLead && !task.SaysNoLead && !task.LeadBroken && (task.Parent is null || (!task.Parent.WritesLead && !task.Parent.LeadBroken)))
        {
            Report(DiagnosticCatalog.MissingLead, task.AnchorStart, task.AnchorLength, task.Id);
        }
    }

    private void CheckLeadsAreNotOnlyGroups(ElementDraft task)
    {
        var leads = task.InEffect.Leads;
        if (leads.IsEmpty)
        {
            return;
        }

        foreach (var id in leads)
        {
            if (_units.Find(id)?.IsGroup != true)
            {
                return;
            }
        }

        var (start, length) = (task.AnchorStart, task.AnchorLength);
        if (task.WritesLead)
        {
            _rereader.ReadList(task.LeadAt, _leadTokens);
            (start, length) = (_leadTokens[0].Start, _leadTokens[0].Length);
        }

        Report(DiagnosticCatalog.LeadsAreGroups, start, length, task.Id, string.Join("、", leads));
    }

    private void CheckLeadAlsoSupports(ElementDraft element)
    {
        var leads = element.InEffect.Leads;
        var supports = element.InEffect.Supports;
        if ((!element.WritesLead && !element.WritesSupport) || leads.IsEmpty || supports.IsEmpty)
        {
            return;
        }

        // A few leads are searched; many get a set, and long lists of tokens a map, so that the work stays linear.
        var leadSet = leads.Count > 16 ? new HashSet<string>(leads, System.StringComparer.Ordinal) : null;
        _work?.Add(leadSet is null ? 0 : leads.Count);
        var tokensRead = false;
        Dictionary<string, SyntaxToken>? supportTokens = null;
        Dictionary<string, SyntaxToken>? leadTokens = null;
        foreach (var id in supports)
        {
            _work?.Add(leadSet is null ? leads.Count : 1);
            if (!(leadSet?.Contains(id) ?? Contains(leads, id)))
            {
                continue;
            }

            // The drafts keep no tokens: the element's own lists are read again from their lines, once.
            if (!tokensRead)
            {
                ReadAgain(element.WritesLead, element.LeadAt, _leadTokens);
                ReadAgain(element.WritesSupport, element.SupportAt, _supportTokens);
                supportTokens = _supportTokens.Count > 16 ? TokensByUnit(_supportTokens) : null;
                leadTokens = _leadTokens.Count > 16 ? TokensByUnit(_leadTokens) : null;
                tokensRead = true;
            }

            var asSupport = supportTokens is null ? FirstNaming(_supportTokens, id) : supportTokens.TryGetValue(id, out var support) ? support : null;
            var asLead = leadTokens is null ? FirstNaming(_leadTokens, id) : leadTokens.TryGetValue(id, out var lead) ? lead : null;
            if ((asSupport ?? asLead) is { } t)
            {
                Report(DiagnosticCatalog.LeadAlsoSupports, t.Start, t.Length, id, element.Id, Origin(element, asLead is null ? "lead" : asSupport is null ? "support" : null));
            }
        }
    }

    private void ReadAgain(bool written, int keywordStart, List<SyntaxToken> into)
    {
        if (written)
        {
            _rereader.ReadList(keywordStart, into);
        }
        else
        {
            into.Clear();
        }
    }

    private static bool Contains(EquatableArray<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of a short list that names the unit <paramref name="id"/>.</summary>
    private SyntaxToken? FirstNaming(List<SyntaxToken> list, string id)
    {
        foreach (var token in list)
        {
            _work?.Add(1);
            if (_units.Find(token.Value) is { } unit && string.Equals(unit.Id, id, System.StringComparison.Ordinal))
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>The token that first names each unit in a long list of references.</summary>
    private Dictionary<string, SyntaxToken> TokensByUnit(List<SyntaxToken> list)
    {
        var tokens = new Dictionary<string, SyntaxToken>(System.StringComparer.Ordinal);
        foreach (var token in list)
        {
            if (_units.Find(token.Value) is { } unit && !tokens.ContainsKey(unit.Id))
            {
                tokens.Add(unit.Id, token);
            }
        }

        return tokens;
    }

    // Where the side the element does not declare itself comes from: " (the lead is inherited from task 'T01')".
    private static string Origin(ElementDraft element, string? inherited)
    {
        if (inherited is null)
        {
            return string.Empty;
        }

        for (var parent = element.Parent; parent is not null; parent = parent.Parent)
        {
            if (inherited == "lead" ? parent.WritesLead : parent.WritesSupport)
            {
                return " (the " + inherited + " is inherited from " + parent.Describe() + ")";
            }
        }

        return string.Empty;
    }

    private void CheckDueInYear(ElementDraft element)
    {
        if (_year is not { } year || element.DueText is null || element.Declared.Due?.Date is not { } date || date.Year == year)
        {
            return;
        }

        var token = _rereader.ReadDue(element.DueAt);
        Report(DiagnosticCatalog.DueOutsideYear, token.Start, token.Length, date.ToString(), year.ToString(CultureInfo.InvariantCulture));
    }

    private void Report(DiagnosticInfo info, int start, int length, params string[] arguments)
        => _diagnostics.Add(PlanDiagnostic.Create(info, _lines.Locate(start, length), arguments));
}
