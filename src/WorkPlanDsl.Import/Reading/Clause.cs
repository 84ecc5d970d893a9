using System.Collections.Generic;

namespace WorkPlanDsl.Import.Reading;

/// <summary>A responsibility clause found in a paragraph, field or cell: where it stands and the names it gives each role.</summary>
internal sealed class Clause
{
    public Clause(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The opening parenthesis (or the first character of a clause written without one).</summary>
    public int Start { get; }

    /// <summary>Just after the closing parenthesis (or the clause's last character).</summary>
    public int End { get; }

    public List<string> Leads { get; } = new();

    public List<string> Supports { get; } = new();

    /// <summary>
    /// Bodies that carry the work out (实施单位：X) where the clause names no lead or accountable unit beside them: they
    /// support the task's lead where it has one, else they are its accountable units (see <see cref="Role.Implementer"/>).
    /// </summary>
    public List<string> Implementers { get; } = new();

    /// <summary>Names in a role WPlan has no keyword for (指导, 督办), or words the reader could not place.</summary>
    public List<string> Unread { get; } = new();

    /// <summary>The entries of <see cref="Unread"/> that name bodies in a role WPlan has no keyword for (商务部指导, X督办).</summary>
    public Dictionary<string, Role> WithoutKeyword { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Words in a unit's place that do not look like an organisation: reported, never declared.</summary>
    public List<string> NotUnits { get; } = new();

    /// <summary>People the clause names (责任领导:张三): kept in the text, never units.</summary>
    public List<string> Persons { get; } = new();

    /// <summary>The words of a time field (完成时限：6月底前), as printed.</summary>
    public string? Due { get; set; }

    /// <summary>
    /// The accountable units of a list without a named lead, where the lead was taken to be the first listed by the
    /// national convention because the document states no rule (null otherwise): the recogniser is not sure.
    /// </summary>
    public List<string>? ByConvention { get; set; }

    /// <summary>
    /// True where the clause's leads are taken from an accountable list (责任单位：A、B; 责任单位：A) rather than named as
    /// lead: beside a lead that another clause of the same task names (牵头单位：X on the line before), they support.
    /// </summary>
    public bool LeadsListed { get; set; }

    /// <summary>
    /// The words naming a part of the work where the clause gives only that part (执法案卷评查由区司法局组织实施), not the
    /// task (该项工作由X牵头): null otherwise.
    /// </summary>
    public string? PartOfTheWork { get; set; }


    /// <summary>What the reader was unsure of in the clause, for a review note (a sign the document gives no rule for).</summary>
    public List<string> Remarks { get; } = new();

    /// <summary>
    /// True where the document marks each list's lead by its type (说明：加下划线的为牵头单位) and no name of this list shows
    /// the mark: its names are read as supports, and none leads.
    /// </summary>
    public bool LeadMarkLost { get; set; }

    /// <summary>
    /// True where the clause says 下同 beside names it reads (（责任单位：市卫生健康委，下同）): they are the lead of the
    /// tasks after it, in its part, that name none.
    /// </summary>
    public bool SameBelow { get; set; }

    /// <summary>
    /// True where the clause has a lead field (牵头单位：…), read or not: the task's lead is what that field names, so an
    /// accountable list beside it never leads by the convention, even where the field's words could not be read.
    /// </summary>
    public bool HasLeadField { get; set; }

    /// <summary>
    /// True where the clause names those answering each in its own remit, a group first and a body beside it, and so
    /// no lead (a group alone leaves the work's body to the task's sentences).
    /// </summary>
    public bool AnsweredByDivision { get; set; }

    /// <summary>
    /// True where the lead is the body another must help (X要配合Y，抓好…: Y): a reading of one sentence that gives way
    /// to any other sentence of the task naming bodies.
    /// </summary>
    public bool LeadIsHelped { get; set; }

    /// <summary>
    /// True where the clause's leads come from bodies each answering in its own remit with nobody named to lead
    /// (（县教育局、县卫生健康局按职责分工负责）): under a heading that names a lead, they support it.
    /// </summary>
    public bool ListedByDivision { get; set; }

    /// <summary>True where the clause used field labels (牵头单位：…), so it is a clause even without a verb.</summary>
    public bool HasLabels { get; set; }

    public bool IsEmpty => Leads.Count + Supports.Count + Implementers.Count + Unread.Count + NotUnits.Count + Persons.Count + Remarks.Count == 0 && Due is null;
}
