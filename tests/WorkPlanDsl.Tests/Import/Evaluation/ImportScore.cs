using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>
/// One imported task, reduced to what the score compares: label, words, and lead and support names in effect. An item
/// (①工业互联网论坛 under 2.专题论坛, with its own 责任单位) may be what a label calls a task; one that matches no label is
/// its task's words, not an extra task.
/// </summary>
public sealed record ImportedTask(string? Label, string Words, IReadOnlyList<string> Leads, IReadOnlyList<string> Supports, bool IsItem = false);

/// <summary>A labelled task beside the imported task it was matched to (null: not found).</summary>
public sealed record TaskComparison(LabelledTask Expected, ImportedTask? Found);

/// <summary>
/// The figures for one document: numbered tasks found, leads and supports right (exact set per task), leads the
/// document does not name for the task (wrong) and of those the ones it names for it in no role at all (invented).
/// </summary>
public sealed class ImportScore
{
    private ImportScore(string document, IReadOnlyList<TaskComparison> tasks, IReadOnlyList<ImportedTask> unmatched, string? failure)
    {
        Document = document;
        Tasks = tasks;
        Unmatched = unmatched;
        Failure = failure;
    }

    public string Document { get; }

    public IReadOnlyList<TaskComparison> Tasks { get; }

    /// <summary>Imported tasks that match no labelled task (headings read as tasks, tasks split or misnumbered).</summary>
    public IReadOnlyList<ImportedTask> Unmatched { get; }

    /// <summary>Why nothing could be scored: the import gave no plan, or a plan that does not compile.</summary>
    public string? Failure { get; }

    public int Labelled => Tasks.Count;

    public int Found => Tasks.Count(t => t.Found is not null);

    public int LeadsRight(ListedUnits listed) => Tasks.Count(t => t.Found is { } f && SameSet(f.Leads, t.Expected.ExpectedLeads(listed)));

    public int SupportsRight(ListedUnits listed) => Tasks.Count(t => t.Found is { } f && SameSet(f.Supports, t.Expected.ExpectedSupports(listed)));

    public int WrongLeads(ListedUnits listed) => Tasks.Sum(t => t.Found is { } f ? f.Leads.Except(t.Expected.ExpectedLeads(listed)).Count() : 0);

    public int InventedLeads => Tasks.Sum(t => t.Found is { } f ? f.Leads.Except(t.Expected.Named).Count() : 0);

    public int LeadsOnUnmatched => Unmatched.Sum(t => t.Leads.Count);

    public static ImportScore Of(string document, PlanDocument plan, IReadOnlyList<LabelledTask> labels)
    {
        var result = PlanImporter.Import(plan, new ImportOptions(document));
        if (result.Plan is null)
        {
            return Nothing(document, labels, "no plan: " + result.Error);
        }

        var compiled = PlanCompiler.Compile(result.Plan);
        if (compiled.Model is null || compiled.HasErrors)
        {
            return Nothing(document, labels, "the plan does not compile: " + string.Join("; ", compiled.Diagnostics.Take(3)));
        }

        return Compare(document, ImportedTasks(compiled.Model), labels.Select(l => InFullNames(l, compiled.Model)).ToArray());
    }

    // A unit declared with its short name (市卫生健康委员会 alias 市卫健委, from the document's 以下简称) is one unit
    // under either name: a label may print either.
    private static LabelledTask InFullNames(LabelledTask label, PlanModel model)
    {
        var full = model.Units.SelectMany(u => u.Aliases.Select(a => (Alias: a, Name: u.FullName ?? u.Id)))
            .GroupBy(a => a.Alias, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        if (full.Count == 0)
        {
            return label;
        }

        IReadOnlyList<string> Full(IReadOnlyList<string> names) => names.Select(n => full.TryGetValue(n, out var f) ? f : n).ToArray();
        return label with { Leads = Full(label.Leads), Supports = Full(label.Supports), Listed = Full(label.Listed), Guides = Full(label.Guides), Others = Full(label.Others) };
    }

    // A label prints a name as the document does, PDF's radicals (区⼈⼒资源…局) included; the importer reads them as the
    // characters they stand for (区人力资源…局), the same name.
    private static LabelledTask InIdeographs(LabelledTask label)
    {
        IReadOnlyList<string> Of(IReadOnlyList<string> names) => names.Select(WorkPlanDsl.Import.Documents.RadicalCharacters.ToIdeographs).ToArray();
        return label with { Start = WorkPlanDsl.Import.Documents.RadicalCharacters.ToIdeographs(label.Start), Leads = Of(label.Leads), Supports = Of(label.Supports), Listed = Of(label.Listed), Guides = Of(label.Guides), Others = Of(label.Others) };
    }

    /// <summary>Scores imported tasks against the labels (the part of <see cref="Of"/> after the import).</summary>
    public static ImportScore Compare(string document, IReadOnlyList<ImportedTask> imported, IReadOnlyList<LabelledTask> labels)
    {
        labels = labels.Select(InIdeographs).ToArray();
        var matches = Align(labels, imported);
        var used = new HashSet<int>(matches.Values);
        var comparisons = labels.Select((l, i) => new TaskComparison(l, matches.TryGetValue(i, out var j) ? imported[j] : null)).ToArray();
        return new ImportScore(document, comparisons, imported.Where((t, j) => !used.Contains(j) && !t.IsItem).ToArray(), null);
    }

    public static IReadOnlyList<ImportedTask> ImportedTasks(PlanModel model)
    {
        string Name(string id) => model.Units.FirstOrDefault(u => u.Id == id) is { } unit ? unit.FullName ?? unit.Id : id;
        return model.Tasks
            .SelectMany(t => new[]
                {
                    new ImportedTask(
                        t.Label,
                        t.Title + t.Text + string.Concat(t.Items.Select(i => i.Label + i.Title + i.Text)),
                        t.InEffect.Leads.Select(Name).ToArray(),
                        t.InEffect.Supports.Select(Name).ToArray()),
                }
                .Concat(t.Items.Select(i => new ImportedTask(
                    i.Label, i.Title + i.Text, i.InEffect.Leads.Select(Name).ToArray(), i.InEffect.Supports.Select(Name).ToArray(), IsItem: true))))
            .ToArray();
    }

    private static ImportScore Nothing(string document, IReadOnlyList<LabelledTask> labels, string failure)
        => new(document, labels.Select(l => new TaskComparison(l, null)).ToArray(), Array.Empty<ImportedTask>(), failure);

    /// <summary>
    /// Pairs labelled and imported tasks in document order, as many as possible (a longest common subsequence), where
    /// a pair has the same number (brackets, 、 and full-width forms aside) and the imported words hold the task's start.
    /// Labels repeat (1. under every （一）), so order and words decide, never the label alone.
    /// </summary>
    private static Dictionary<int, int> Align(IReadOnlyList<LabelledTask> labels, IReadOnlyList<ImportedTask> imported)
    {
        var starts = labels.Select(l => l.MatchesByLabelOnly ? string.Empty : Compact(l.Start)).ToArray();
        var cores = labels.Select(l => CoreLabel(l.Label)).ToArray();
        var words = imported.Select(t => Compact(t.Words)).ToArray();
        var importedCores = imported.Select(t => CoreLabel(t.Label ?? string.Empty)).ToArray();
        bool Same(int i, int j)
            => starts[i].Length == 0
                ? importedCores[j] == cores[i]
                : (cores[i].Length == 0 || importedCores[j].Length == 0 || importedCores[j] == cores[i]) && words[j].Contains(starts[i], StringComparison.Ordinal);

        var n = labels.Count;
        var m = imported.Count;
        var best = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                best[i, j] = Same(i, j) ? best[i + 1, j + 1] + 1 : Math.Max(best[i + 1, j], best[i, j + 1]);
            }
        }

        var pairs = new Dictionary<int, int>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (Same(i, j) && best[i, j] == best[i + 1, j + 1] + 1)
            {
                pairs[i++] = j++;
            }
            else if (best[i + 1, j] >= best[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    /// <summary>The number of a label without its brackets and punctuation, full-width folded: （三） 三、 3. ３． (3) 第三项： → 三, 3 or 第三项.</summary>
    public static string CoreLabel(string label)
        => new string(Fold(label).Where(c => !char.IsWhiteSpace(c) && c is not ('(' or ')' or '、' or '.' or ',' or '，' or '。' or '．' or ':')).ToArray());

    /// <summary>Words compared without whitespace, with full-width ASCII folded, and without 。 (a title drops its own).</summary>
    // A full stop, either width, may be the separator a task's title loses (穩定脫貧人口就業.縣人社局…): no part of the words.
    public static string Compact(string text) => new string(Fold(text).Where(c => !char.IsWhiteSpace(c) && c != '。' && c != '.').ToArray());

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }

    private static bool SameSet(IReadOnlyList<string> found, IReadOnlyList<string> expected)
        => found.Count == expected.Count && found.ToHashSet(StringComparer.Ordinal).SetEquals(expected);

    public static string Percent(int part, int whole)
        => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
