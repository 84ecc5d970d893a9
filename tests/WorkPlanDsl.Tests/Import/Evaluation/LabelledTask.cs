using System;
using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>How a clause that lists accountable units without naming a lead is read (the issue's convention, or --co-leads).</summary>
public enum ListedUnits
{
    FirstLeads,
    AllLead,
}

/// <summary>
/// One numbered task as a person labelled it by reading the document: its label and the start of its words (to find it),
/// the units the document names as lead and support, the units of an accountable list that names no lead, and guides.
/// </summary>
public sealed record LabelledTask(
    string Label,
    string Start,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Supports,
    IReadOnlyList<string> Listed,
    IReadOnlyList<string> Guides,
    IReadOnlyList<string> Others,
    int Line)
{
    public IReadOnlyList<string> ExpectedLeads(ListedUnits listed)
        => Listed.Count == 0 ? Leads : listed == ListedUnits.FirstLeads ? new[] { Listed[0] } : Listed;

    public IReadOnlyList<string> ExpectedSupports(ListedUnits listed)
        => Listed.Count == 0 || listed == ListedUnits.AllLead ? Supports : Listed.Skip(1).Concat(Supports).ToArray();

    public bool HasNoLead => Leads.Count == 0 && Listed.Count == 0;

    /// <summary>Every unit the document names for this task, in any role: a lead outside these is invented.</summary>
    public IEnumerable<string> Named => Leads.Concat(Supports).Concat(Listed).Concat(Guides).Concat(Others);

    /// <summary>True where the labels give no start (the corpus: its words stay out of the repository): label and order match.</summary>
    public bool MatchesByLabelOnly => Start == "-";

    /// <summary>
    /// Reads a .labels file: <c>label | start | lead: A, B | support: C | listed: D, E | guide: F | other: G</c> or <c>| no lead</c>,
    /// one task a line in document order; <c>#</c> starts a comment (at a line's start or after a space). Throws on a line that says neither who leads nor
    /// that nobody does, so a forgotten field cannot pass for "no lead".
    /// </summary>
    public static IReadOnlyList<LabelledTask> Parse(string text, string fileName)
    {
        var tasks = new List<LabelledTask>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // A comment may follow a task's fields too (…| no lead   # 橫溪 are places), as the labellers' checkers read it.
            var line = System.Text.RegularExpressions.Regex.Replace(lines[i], @"\s#.*$", string.Empty).Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|').Select(f => f.Trim()).ToArray();
            // An empty label is a row the document does not number (a calendar's rows): its words alone find it.
            if (fields.Length < 3 || fields[1].Length == 0 || (fields[0].Length == 0 && fields[1] == "-"))
            {
                throw new FormatException($"{fileName}({i + 1}): expected 'label | start | roles', got '{line}'");
            }

            var roles = new Dictionary<string, string[]>();
            var noLead = false;
            foreach (var field in fields.Skip(2))
            {
                if (field == "no lead")
                {
                    noLead = true;
                    continue;
                }

                var colon = field.IndexOf(':');
                var role = colon < 0 ? field : field[..colon].Trim();
                if (colon < 0 || role is not ("lead" or "support" or "listed" or "guide" or "other") || roles.ContainsKey(role))
                {
                    throw new FormatException($"{fileName}({i + 1}): unknown or repeated field '{field}'");
                }

                roles[role] = field[(colon + 1)..].Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
            }

            string[] Names(string role) => roles.TryGetValue(role, out var names) ? names : Array.Empty<string>();
            var named = (roles.ContainsKey("lead") ? 1 : 0) + (roles.ContainsKey("listed") ? 1 : 0) + (noLead ? 1 : 0);
            if (named != 1)
            {
                throw new FormatException($"{fileName}({i + 1}): a task says exactly one of 'lead:', 'listed:' or 'no lead'");
            }

            tasks.Add(new LabelledTask(fields[0], fields[1], Names("lead"), Names("support"), Names("listed"), Names("guide"), Names("other"), i + 1));
        }

        return tasks;
    }
}
