using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WorkPlanDsl.Import.Model;

/// <summary>What the importer read from a document, before it is written as a .wplan file.</summary>
internal sealed class ImportedPlan
{
    public string? Title { get; set; }

    public string? Issuer { get; set; }

    public string? Published { get; set; }

    public int? Year { get; set; }

    /// <summary>
    /// The first year the plan covers: the earliest its title names (2025 in a 2025—2027年 plan, whose <see cref="Year"/> is
    /// the last), else <see cref="Year"/>. A year before it is history to the plan.
    /// </summary>
    public int? FirstYear
        => Title is not null && Regex.Matches(ChineseText.Fold(Title), "(?:19|20)[0-9]{2}(?=[年—–\\-－~～至到])").Cast<Match>().Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty().Min() is var first and > 0
            && (Year is null || first <= Year) ? first : Year;

    public string? Source { get; set; }

    public List<string> Preface { get; } = new();

    public List<ImportedElement> Sections { get; } = new();

    /// <summary>Tasks before any section, or in a document without sections.</summary>
    public List<ImportedElement> PlanTasks { get; } = new();
}

/// <summary>A section, task or item: its printed number, title, text lines and what its words say.</summary>
internal sealed class ImportedElement
{
    public ImportedElement(int line, string? label, string title)
    {
        Line = line;
        Label = label;
        Title = title;
    }

    public int Line { get; }

    public string? Label { get; }

    public string Title { get; }

    public List<string> Text { get; } = new();

    public List<string> Leads { get; } = new();

    public List<string> Supports { get; } = new();

    /// <summary>Leads that are only the bodies carrying the work out (实施主体：X): a lead named later makes them supports.</summary>
    public List<string> Implementers { get; } = new();

    /// <summary>Leads taken from an accountable list (责任单位：A、B): a lead named by another clause makes them supports.</summary>
    public List<string> Listed { get; } = new();

    /// <summary>
    /// Leads a sentence gave a part of the work to (执法案卷评查由区司法局组织实施), with that part's words: the task's own
    /// field (责任单位：X under it) names who answers for the whole, and makes them supports.
    /// </summary>
    public List<string> PartLeads { get; } = new();

    public string? PartOfTheWork { get; set; }

    /// <summary>True once a clause of the element had a lead field (牵头单位：…), whether or not its words were read.</summary>
    public bool HasLeadField { get; set; }

    public string? Due { get; set; }

    public List<ImportedTarget> Targets { get; } = new();

    public List<ImportedElement> Children { get; } = new();

    /// <summary>
    /// Who the task's own sentences give its work to (由X会同Y制定…), with those sentences and their line: its lead only
    /// where the document names units in prose alone and nothing else names the task's lead (see Reading.ProseReader).
    /// </summary>
    public (Reading.Clause Clause, string Words, SourceLine Line)? Prose { get; set; }

    /// <summary>
    /// The bodies a sentence of the task says must do it (公安部门要…): its lead only where, when the whole document is
    /// read, nothing else gives the task or its section one (a 责任单位 line under it, a clause, a heading).
    /// </summary>
    public (Reading.Clause Clause, string Words, SourceLine Line)? Subject { get; set; }

    /// <summary>Partners the task's sentences name with no subject (…，会同X开展联合检查): its lead's, once it has one.</summary>
    public List<string> PartnersOfTheWork { get; } = new();

    /// <summary>True where two of the task's paragraphs give its work to different bodies: no lead is read from its prose.</summary>
    public bool ProseConflict { get; set; }

    /// <summary>
    /// True where the task's clause names who answers for it, each in its own remit, with a group first
    /// (（各县（区）人民政府、市发展改革委按职责分工负责）): the document names no lead, and a body a sentence of the task
    /// speaks of is none either.
    /// </summary>
    public bool AnsweredByDivision { get; set; }

    /// <summary>
    /// True where the task's leads come only from bodies each answering in its own remit (（A、B按职责分工负责）): under a
    /// heading that names a lead (（二）…（牵头单位：X）), X leads and they support.
    /// </summary>
    public bool ListedByDivision { get; set; }

    /// <summary>
    /// The lead the task's own first paragraph names, where it names one before its measures ((1)…) begin: what a
    /// measure names later is who does that measure, beside that lead.
    /// </summary>
    public bool OwnLeadBeforeMeasures { get; set; }

    /// <summary>
    /// True where the task's lead came from a paragraph after its own line (——实施技改项目50个。X牵头。), a measure's: a
    /// later paragraph naming another lead names that measure's, and the task's own lead is not said.
    /// </summary>
    public bool LedByALaterParagraph { get; set; }

    /// <summary>True once a note (说明：, 注：) has opened in the element's paragraphs: the rest of them are the note's words.</summary>
    public bool InNote { get; set; }

    /// <summary>True where the task's later paragraphs name different leads, so that none is the task's.</summary>
    public bool ParagraphsLeadApart { get; set; }

    /// <summary>What a reviewer should check, written as <c># review:</c> comments above the element.</summary>
    public List<string> Reviews { get; } = new();

    /// <summary>Units a clause of the task offers as its lead while it leaves the lead to be decided (或由X牵头，待…确定).</summary>
    public List<string> PendingLeads { get; } = new();

    public void AddLead(string name)
    {
        if (PendingLeads.Contains(name))
        {
            // Offered, not named: another reading of the same words (the sentence's 由X牵头) does not make it the lead.
            return;
        }

        if (!Has(Leads, ref _leadSet, name))
        {
            Leads.Add(name);
            _leadSet?.Add(name);
        }

        // A 责任单位 column that lists the lead among the others (a 牵头单位 column beside it): it leads, and only leads.
        if (Has(Supports, ref _supportSet, name))
        {
            Supports.Remove(name);
            _supportSet?.Remove(name);
        }
    }

    /// <summary>
    /// True where the element's one lead is the first of an accountable list, by the convention alone (no rule in the
    /// document says so): a lead the document names another way after all takes its place.
    /// </summary>
    public bool LedOnlyByTheList => LedByConvention && Leads.Count == 1 && Listed.Contains(Leads[0]);

    /// <summary>True where the element's lead was read from an accountable list by the national convention alone.</summary>
    public bool LedByConvention { get; set; }

    /// <summary>True where the element's clause says 下同: its lead and supports are those of the tasks after it that name none.</summary>
    public bool LeadsLaterTasks { get; set; }

    /// <summary>True where the element's only leads are the bodies carrying the work out (各县区抓好落实).</summary>
    public bool LedOnlyByImplementers => Leads.Count > 0 && Leads.All(Implementers.Contains);

    /// <summary>Makes a lead a support: what named it lead (a part's sentence, a row's old columns) is outweighed.</summary>
    public void LeadToSupport(string name)
    {
        if (Leads.Remove(name))
        {
            _leadSet = null;
            Listed.Remove(name);
            AddSupport(name);
        }
    }

    /// <summary>Puts a lead first, before those the element named itself (a section's lead its task shares).</summary>
    public void LeadFirst(string name)
    {
        if (Supports.Remove(name))
        {
            _supportSet = null;
        }

        Leads.Remove(name);
        Leads.Insert(0, name);
        _leadSet = null;
    }

    /// <summary>
    /// Makes the bodies carrying the work out supports, where a lead is named above the element (a section's, or
    /// 以上任务由X牵头): beside the one who leads, who carries the work out supports.
    /// </summary>
    public void ImplementersSupport()
    {
        var implementers = Implementers.Where(Leads.Contains).ToList();
        Leads.RemoveAll(implementers.Contains);
        Implementers.Clear();
        implementers.ForEach(AddSupport);
    }

    /// <summary>
    /// Makes the leads an accountable list gave by the convention alone supports, where the document names the lead
    /// another way after all (the body an item is addressed to).
    /// </summary>
    public void ListedSupport()
    {
        var listed = Listed.Where(Leads.Contains).ToList();
        Leads.RemoveAll(listed.Contains);
        _leadSet = null;
        Listed.Clear();
        LedByConvention = false;

        // Before the list's other names, where the document printed them.
        Supports.InsertRange(0, listed.Where(n => !Supports.Contains(n)));
        _supportSet = null;
        Reviews.RemoveAll(r => listed.Any(l => r.StartsWith("lead " + l + " is the first listed of", System.StringComparison.Ordinal)));
    }

    public void AddSupport(string name)
    {
        if (!Has(Supports, ref _supportSet, name) && !Has(Leads, ref _leadSet, name))
        {
            Supports.Add(name);
            _supportSet?.Add(name);
        }
    }

    // A clause of thousands of names (a hostile input) would make a look-up in the list per name quadratic: past a few
    // dozen names the list has a set beside it, made again where the list was changed directly (its count differs).
    private HashSet<string>? _leadSet;
    private HashSet<string>? _supportSet;

    private static bool Has(List<string> names, ref HashSet<string>? set, string name)
    {
        if (names.Count < 32)
        {
            set = null;
            return names.Contains(name);
        }

        if (set is null || set.Count != names.Count)
        {
            set = new HashSet<string>(names, System.StringComparer.Ordinal);
        }

        return set.Contains(name);
    }
}

internal sealed record ImportedTarget(string Metric, string Operator, string Number, string? Unit);
