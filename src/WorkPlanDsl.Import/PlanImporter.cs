using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Import.Model;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Import;

/// <summary>What an import gives: the .wplan text (null when the document could not be read at all) and the notes.</summary>
public sealed record ImportResult(string? Plan, IReadOnlyList<ImportNote> Notes, string? Error)
{
    /// <summary>What the run found, for its last line: <c>12 sections, 37 tasks: 36 with a lead, 1 without, 2 notes</c>.</summary>
    public string? Summary { get; init; }

    /// <summary>True when every part of the document was classified: no warning among the notes.</summary>
    public bool IsComplete => Plan is not null && Notes.All(n => n.Severity != NoteSeverity.Warning);
}

/// <summary>How to import: the document's name (for the header and notes), and what the document may not say itself.</summary>
public sealed record ImportOptions(string DocumentName)
{
    /// <summary>
    /// The plan's dotted name. When not given, it is made from the document's file name (<see cref="PlanNames"/>), or
    /// from its title when the file name has no letter or digit; <c>Imported.Plan</c> and the year as a last resort.
    /// </summary>
    public string? PlanName { get; init; }

    /// <summary>The plan's year, where the document does not print it (鹿城's says 20xx) or prints it wrongly.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// Every unit of a list of accountable units without a named lead (<c>（A、B负责）</c>) leads, instead of the first
    /// listed by the national convention. A rule the document states itself (排在第一位的为牵头单位) still holds.
    /// </summary>
    public bool CoLeads { get; init; }

    /// <summary>
    /// The command that reproduces the import, run in the document's folder, for the header of the file: the document
    /// by its file name (quoted where the shell would split it: 森林 防火 通知.txt), the plan's name as used.
    /// </summary>
    public string Command
        => "workplan import " + ShellWord(DocumentName)
            + (PlanName is null ? string.Empty : " --name " + PlanName)
            + (Year is null ? string.Empty : " --year " + Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + (CoLeads ? " --co-leads" : string.Empty);

    private static string ShellWord(string word)
        => word.Length > 0 && word.All(c => !char.IsWhiteSpace(c) && "'\"\\$`!&;|<>()*?[]{}#~".IndexOf(c) < 0)
            ? word
            : "'" + word.Replace("'", "'\\''") + "'";
}

/// <summary>Turns the plain text of a published work plan into a .wplan file.</summary>
public static class PlanImporter
{
    public static ImportResult Import(string text, string documentName, string? planName = null, CancellationToken cancellationToken = default)
        => Import(text, new ImportOptions(documentName) { PlanName = planName }, cancellationToken);

    public static ImportResult Import(string text, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var notes = new List<ImportNote>();
        return Import(new PlanDocument(options.DocumentName, PlainText.Blocks(text ?? string.Empty, notes), notes), options, cancellationToken);
    }

    /// <summary>Recognises the plan in a document that a reader (plain text, .docx, .html, .xlsx, .csv) made.</summary>
    public static ImportResult Import(PlanDocument document, ImportOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            return Recognise(document, options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect of the recogniser on some document's words: the user gets a message to act on, not a stack trace,
            // and no plan half made.
            return new ImportResult(null, document.Notes, "the importer failed on this document (" + e.GetType().Name + ": " + e.Message
                + "); nothing was written. This is a defect of the importer: please report it with the document");
        }
    }

    private static ImportResult Recognise(PlanDocument document, ImportOptions options, CancellationToken cancellationToken)
    {
        var planName = options.PlanName;
        if (planName is not null && !IsDottedName(planName))
        {
            return new ImportResult(null, Array.Empty<ImportNote>(), "'" + planName + "' is not a plan name: identifiers joined by '.', such as Zhuzhou.Health2024");
        }

        // A date is built from the year: one no calendar holds would throw where the first deadline is read.
        if (options.Year is { } year && year is < 1 or > 9999)
        {
            return new ImportResult(null, Array.Empty<ImportNote>(), "--year " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a plan's year: give one from 1 to 9999, such as 2024");
        }

        var notes = new List<ImportNote>(document.Notes);
        // A page's footnotes (after its rule) are the words of the lines that carry their marks; a PDF font's radical
        // glyphs are the characters they print.
        var lines = Footnotes.Placed(SourceLine.FromBlocks(HeaderlessTables.WithHeaders(ContinuedTables.WithHeaders(UnitPerRowTables.Pivoted(LeaderTable.InBlocks(Reading.MatrixMarks.WithLegendsAbove(RadicalCharacters.InBlocks(document.Blocks))), notes)), notes)));
        if (lines.Count == 0)
        {
            return new ImportResult(null, Array.Empty<ImportNote>(), "the document is empty");
        }

        var plan = new ImportedPlan();
        // A lone | or a / or — alone is a page's chrome, or an empty cell of a table flattened a cell a line: the table
        // reader tells which, and what it leaves goes.
        var chrome = new HashSet<int>(lines.Where(l => l.Table is null && !CopiedTable.IsLoneBar(l) && !CopiedTable.IsEmptyCellMark(l) && PageChrome.IsChrome(l)).Select(l => l.Number));
        chrome.UnionWith(PageChrome.Banners(lines));
        chrome.UnionWith(PageChrome.SiteOwners(lines, chrome).ToList());
        var tables = CopiedTable.Rebuild(lines.Where(l => l.Table is not null || !chrome.Contains(l.Number) || CopiedTable.IsLoneBar(l)).ToList(), notes, chrome)
            .Where(l => !CopiedTable.IsEmptyCellMark(l)).ToList();
        var content = NumberedFields.Unnumber(HardWraps.Join(DutyLines.Rebuild(FieldRecords.Rebuild(HardWraps.NameEnds(tables)))));
        var numbered = content.Select(l => (Line: l, Numbering: Numbering.Read(l))).ToList();
        Numbering.InContext(numbered);
        var firstBody = numbered.FindIndex(p => p.Numbering.Kind is not (NumberingKind.None or NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled or NumberingKind.Chapter) || p.Line.Table is not null);
        if (firstBody < 0)
        {
            // ①…⑩ or (1)… the only numbered paragraphs: the body starts at the first of them.
            firstBody = numbered.FindIndex(p => p.Numbering.Kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled);
        }

        if (firstBody < 0 && numbered.Count(p => p.Line.Table is null && StructureReader.MonthLabel.IsMatch(p.Line.Folded)) >= 3)
        {
            // Nothing numbered but 1月：…（X负责） 2月：… 3月：…: the months are the body (StructureReader.MonthLineTasks).
            firstBody = numbered.FindIndex(p => p.Line.Table is null && StructureReader.MonthLabel.IsMatch(p.Line.Folded));
        }

        if (firstBody < 0)
        {
            // Nothing numbered but a paragraph of 一是…（责任单位：X）；二是…（责任单位：Y）: its items are the tasks.
            firstBody = numbered.FindIndex(p => p.Line.Table is null && ElementReader.ListsLedItems(p.Line));
        }

        if (firstBody < 0)
        {
            // Nothing numbered but a meeting's 要重点抓好以下八项工作：一是…二是…: the work it announces is the tasks.
            firstBody = numbered.FindIndex(p => p.Line.Table is null && ElementReader.AnnouncesWorkItems(p.Line));
        }

        // 第一章 优化发展环境 straight before 第一条: the chapter holding the first article is the body's; so is 凤台县政府
        // alone on its line over the first 1.: the body whose tasks they are.
        while (firstBody > 0 && numbered[firstBody - 1].Numbering.Kind == NumberingKind.Chapter)
        {
            firstBody--;
        }

        if (firstBody > 0 && numbered[firstBody].Numbering.Value == 1 && numbered[firstBody - 1] is { Numbering.Kind: NumberingKind.None, Line.Table: null } named
            && StructureReader.IsBodyName(StructureReader.UnitHeadingName(named.Line.Folded)))
        {
            firstBody--;
        }
        else if (firstBody > 1 && numbered[firstBody].Numbering.Value == 1 && numbered[firstBody - 1] is { Numbering.Kind: NumberingKind.None, Line.Table: null } listTitle
            && StructureReader.StandsBetweenBodyAndTasks(listTitle.Line.Folded.Trim()) && numbered[firstBody - 2] is { Numbering.Kind: NumberingKind.None, Line.Table: null } bodyName
            && StructureReader.IsBodyName(bodyName.Line.Folded.Trim()))
        {
            // 市卫生局 then 2011年重点工作目标责任书（4项） then 1、…: the body's name over its list's title (or over what it
            // answers for: 负责…工作。).
            firstBody -= 2;
        }

        // 三月： over ①…, then 四月： over ①… again: the first period is the body's as the others are, with its rule for its
        // tasks (第一季度（1—3月）：本季度未注明牵头处室的，由X牵头。) on the line under it.
        var period = Enumerable.Range(System.Math.Max(0, firstBody - 2), System.Math.Max(0, System.Math.Min(2, firstBody))).Reverse()
            .Where(k => numbered[k] is { Numbering.Kind: NumberingKind.None, Line.Table: null } && StructureReader.IsPeriodHeading(numbered[k].Line)).DefaultIfEmpty(-1).First();
        if (period >= 0 && firstBody > 0 && numbered[firstBody].Numbering.Value == 1 && numbered.Skip(firstBody).Any(p => p.Numbering.Kind == NumberingKind.None && p.Line.Table is null && StructureReader.IsPeriodHeading(p.Line)))
        {
            firstBody = period;
        }

        // 附件：1.…分工表 in the notice, then 2.各单位联络员名单 on the next line: the notice's list of attachments goes on.
        if (firstBody > 0 && StructureReader.AttachmentsListed(numbered[firstBody - 1].Line.Folded))
        {
            for (var entry = 2; firstBody < numbered.Count && StructureReader.AttachmentNumber(numbered[firstBody].Line.Folded) == entry; entry++)
            {
                firstBody++;
            }
        }

        if (firstBody > 0 && MeasuresBefore(numbered, firstBody) is var measures and >= 0)
        {
            // A page that starts inside a task's list ((2)…（责任部门：…） (3)… before 16.): its measures name who does them,
            // so they are the body's, not a preface's.
            firstBody = measures;
        }

        // firstBody counts the numbered paragraphs, which split a line holding two tasks (（1）…；（2）…) in two.
        var head = firstBody < 0 ? content : numbered.Take(firstBody).Select(p => p.Line).ToList();
        var metadata = new HashSet<SourceLine>();
        var preface = MetadataReader.Read(head, content, plan, metadata);
        plan.Preface.AddRange(preface.Select(l => l.Text));
        plan.Year = options.Year ?? plan.Year;

        var units = new UnitNames();
        foreach (var (shortName, longName) in DeclaredAbbreviations.Find(content))
        {
            units.Declare(shortName, longName);
        }

        var accountability = new Accountability(options.CoLeads);
        StatedRules.Find(content, firstBody < 0 ? int.MaxValue : numbered[firstBody].Line.Number, accountability);
        accountability.MarkedWords = document.Blocks.OfType<ParagraphBlock>().Where(p => p.Marks.Count > 0)
            .GroupBy(p => p.Line).ToDictionary(g => g.Key, g => g.SelectMany(p => p.Marks).ToArray());
        accountability.MarkedLines = document.Blocks.OfType<ParagraphBlock>().Where(p => accountability.MarkedWords.ContainsKey(p.Line))
            .GroupBy(p => p.Line).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(p => p.Text)));
        TableMarks.Add(document.Blocks, accountability);
        var elements = new ElementReader(units, notes, () => plan.Year, () => plan.FirstYear, accountability);
        var body = firstBody < 0
            ? new List<(SourceLine, Numbering)>()
            : numbered.Skip(firstBody).Where(p => !metadata.Contains(p.Line)).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var structure = new StructureReader(plan, elements, notes);
        structure.Read(body);
        structure.ReadStatementsBefore(head.Where(l => !metadata.Contains(l)));
        MeasureLeads.Apply(plan, elements);
        StatedPlanLead.Apply(plan, elements, accountability, notes);
        NumberingGaps.Review(plan, elements);

        if (plan.Sections.Count == 0 && plan.PlanTasks.Count == 0)
        {
            plan.PlanTasks.AddRange(UnnumberedTasks.Read(content.Where(l => !metadata.Contains(l)), elements));
            if (plan.PlanTasks.Count > 0)
            {
                notes.Add(new ImportNote(plan.PlanTasks[0].Line, NoteSeverity.Note, "the document numbers no tasks: " + Count(plan.PlanTasks.Count, "task")
                    + " read from the paragraphs that each give a piece of work to a body (由X牵头…；…, or a closing 责任部门：X); the rest is the preface"));
            }
        }

        if (plan.Sections.Count == 0 && plan.PlanTasks.Count == 0)
        {
            notes.Add(new ImportNote(lines[0].Number, NoteSeverity.Warning, "found no sections or tasks (一、 (一) 1. 一是): the whole text is kept as the plan's preface"));
        }

        var (declared, references, abbreviations) = units.Resolve();
        foreach (var (shortName, longName) in abbreviations)
        {
            notes.Add(new ImportNote(lines[0].Number, NoteSeverity.Note, "'" + shortName + "' is read as an abbreviation of '" + longName + "' and declared as its alias"));
        }

        var name = planName
            ?? PlanNames.FromFileName(options.DocumentName)
            ?? (plan.Title is { } title ? PlanNames.FromTitle(title) : null)
            ?? "Imported.Plan" + (plan.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        var header = "Imported with: " + options.Command;
        var wplan = PlanWriter.Write(plan, name, header, declared, references);
        if (wplan.IndexOf(Language.Text.EncodingCheck.Replacement) is var damaged and >= 0)
        {
            // A character the document's own copy had already lost (�): a plan file cannot hold one, since after decoding it
            // cannot be told from a byte that is not UTF-8 (WPL0012), so it is written as □, the printer's mark for a lost glyph.
            var first = lines.FirstOrDefault(l => l.Text.IndexOf(Language.Text.EncodingCheck.Replacement) >= 0)?.Number ?? lines[0].Number;
            notes.Add(new ImportNote(first, NoteSeverity.Note, "the document holds " + wplan.Count(c => c == Language.Text.EncodingCheck.Replacement).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " damaged character(s) (U+FFFD), written as □ (a plan file cannot hold U+FFFD)"));
            wplan = wplan.Replace(Language.Text.EncodingCheck.Replacement, '□');
        }

        // The importer's own output must be a valid plan; anything else is a defect worth saying out loud.
        var compiled = PlanCompiler.Compile(wplan, cancellationToken).Diagnostics;
        foreach (var diagnostic in compiled.Where(d => d.IsError))
        {
            notes.Add(new ImportNote(lines[0].Number, NoteSeverity.Warning, "the imported plan has an error at " + diagnostic.Location + ": " + diagnostic.Message));
        }

        if (plan.Year is null && compiled.FirstOrDefault(d => d.Id == DiagnosticIds.UndatedDeadline) is { } undated)
        {
            var example = undated.Arguments.IsEmpty ? string.Empty : " (" + undated.Arguments[0] + ")";
            notes.Add(new ImportNote(lines[0].Number, NoteSeverity.Note, "the deadlines" + example + " name no year and the document prints none: give the plan's year with --year (e.g. --year 2024)"));
        }

        // One heading's note, said once for each task it leads, is one note.
        notes = notes.Distinct().ToList();
        var tasks = plan.PlanTasks.Concat(plan.Sections.SelectMany(s => s.Children)).ToList();
        var withLead = tasks.Count(t => t.Leads.Count > 0 || plan.Sections.Any(s => s.Leads.Count > 0 && s.Children.Contains(t)));
        var summary = Count(plan.Sections.Count, "section") + ", " + Count(tasks.Count, "task") + ": " + withLead + " with a lead, "
            + (tasks.Count - withLead) + " without, " + Count(notes.Count, "note");
        return new ImportResult(wplan, notes.OrderBy(n => n.Line).ToArray(), null) { Summary = summary };
    }

    // The first of the measure-numbered lines ((2), ⑶, 2）) before the body where at least two of them carry a clause, on
    // their line or the line under it; -1 otherwise.
    private static int MeasuresBefore(List<(SourceLine Line, Numbering Numbering)> numbered, int firstBody)
    {
        var reader = new ClauseReader();
        bool HasClause(SourceLine line) => line.Table is null && reader.Read(line.Text, line.Folded).Any(c => c.Leads.Count + c.Supports.Count > 0);
        var measures = Enumerable.Range(0, firstBody)
            .Where(i => numbered[i].Numbering.Kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled)
            .ToList();
        var carrying = measures.Count(i => HasClause(numbered[i].Line)
            || (i + 1 < numbered.Count && numbered[i + 1].Numbering.Kind == NumberingKind.None && HasClause(numbered[i + 1].Line)));
        return carrying >= 2 ? measures[0] : -1;
    }

    private static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static bool IsDottedName(string name) => name.Split('.').All(CharClass.IsIdentifier);
}
