using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>A document to import and the tasks a person labelled in it.</summary>
public sealed record EvaluationDocument(string Name, string Kind, Func<PlanDocument> Read, IReadOnlyList<LabelledTask> Labels);

/// <summary>
/// The evaluation set: the invented documents of Documents/ (text), the invented task tables (as the blocks a reader
/// makes of a table, and as the text copied out of it), and the three corpus documents where ../shared/corpus exists.
/// </summary>
public static class EvaluationSet
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanDsl.Tests", "Import", "Evaluation");

    public static string DocumentsFolder => Path.Combine(Folder, "Documents");

    public static IReadOnlyList<LabelledTask> Labels(string name)
        => LabelledTask.Parse(File.ReadAllText(Path.Combine(DocumentsFolder, name + ".labels")), name + ".labels");

    public static IEnumerable<EvaluationDocument> Invented()
    {
        foreach (var path in Directory.EnumerateFiles(DocumentsFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            yield return new EvaluationDocument(name + ".txt", "text", () => Text(name + ".txt", File.ReadAllText(path)), Labels(name));
        }

        // The same words as saved by other tools: 公文 paragraphs indented by two ideographic spaces with CRLF line ends,
        // and a web copy with a blank line between paragraphs and a no-break space after each number.
        yield return Variant("e06-city-health-inline", "indented, CRLF", text => "　　" + text.Replace("\n", "\r\n　　"));
        yield return Variant("e12-city-safety-three-levels", "blank lines, NBSP", text => System.Text.RegularExpressions.Regex.Replace(text.Replace("\n", "\n\n"), @"^(\d+\.|（[一二三四五六七八九十]+）)", "$1\u00A0", System.Text.RegularExpressions.RegexOptions.Multiline));

        foreach (var table in TaskTables.All)
        {
            var labels = Labels(table.Name);

            // Until a DocumentReader reads .docx/.xlsx/.html/.csv, the table is given as the blocks a reader makes of it.
            yield return new EvaluationDocument(table.Name + " (table)", "table", table.Document, labels);
            yield return new EvaluationDocument(table.Name + " (copied)", "copied table", () => Text(table.Name + ".txt", table.CopiedText()), labels);
        }
    }

    private static EvaluationDocument Variant(string name, string how, Func<string, string> transform)
    {
        var path = Path.Combine(DocumentsFolder, name + ".txt");
        return new EvaluationDocument($"{name} ({how})", "variant", () => Text(name + ".txt", transform(File.ReadAllText(path))), Labels(name));
    }

    /// <summary>The corpus documents with their labels; none where the folder is absent (CI requires it: see <see cref="CorpusFolder"/>).</summary>
    public static IEnumerable<EvaluationDocument> Corpus()
    {
        if (CorpusFolder() is not { } folder)
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(Folder, "Corpus"), "*.labels").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path) + ".txt";
            var labels = LabelledTask.Parse(File.ReadAllText(path), Path.GetFileName(path));
            yield return new EvaluationDocument(name, "corpus", () => Text(name, File.ReadAllText(Path.Combine(folder, name))), labels);
        }
    }

    public static IEnumerable<EvaluationDocument> All() => Invented().Concat(Corpus());

    public static string HoldoutFolder => Path.Combine(Folder, "Holdout");

    /// <summary>
    /// The holdout set: invented plans in shapes the invented set does not have, kept apart and scored as their own set
    /// so that a recogniser tuned on Documents/ is also judged on documents it was not tuned on.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout() => Apart(HoldoutFolder, "holdout");

    public static string Holdout2Folder => Path.Combine(Folder, "Holdout2");

    /// <summary>
    /// The second holdout set: plans in shapes neither Documents/ nor Holdout/ have, written without reading the
    /// recogniser's code, to measure how it generalises once the first holdout had been used for fixing.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout2() => Apart(Holdout2Folder, "holdout2");

    public static string Holdout3Folder => Path.Combine(Folder, "Holdout3");

    /// <summary>
    /// The third holdout set: plans written by two authors who read neither the recogniser nor its output, as close to
    /// published plans as they could make them, in the files users have (text as pdftotext prints it, saved web pages,
    /// a .csv export). Each file is read by <see cref="DocumentReader"/>, as <c>workplan import</c> reads it.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout3() => ReadApart(Holdout3Folder, "holdout3");

    public static string Holdout4Folder => Path.Combine(Folder, "Holdout4");

    /// <summary>
    /// The fourth holdout set: plans in the commonest published shapes, written while the recogniser was being fixed on
    /// Holdout3 and scored only after those fixes, so that its first figure measures plans no change was tuned on.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout4() => ReadApart(Holdout4Folder, "holdout4");

    public static string Holdout5Folder => Path.Combine(Folder, "Holdout5");

    /// <summary>
    /// The fifth holdout set: two authors who read neither the recogniser nor its output, in shapes no earlier set had
    /// and in the files users get (.docx with Word's own numbering, .xlsx, a GBK .csv, UTF-16 and Big5 text).
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout5() => ReadApart(Holdout5Folder, "holdout5");

    public static string Holdout6Folder => Path.Combine(Folder, "Holdout6");

    /// <summary>
    /// The sixth holdout set: everyday plans from issuers and genres no earlier set had (a hospital, a university, a
    /// state company, a street office, a village that names nobody), in text, .docx and saved web pages, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout6() => ReadApart(Holdout6Folder, "holdout6");

    public static string Holdout7Folder => Path.Combine(Folder, "Holdout7");

    /// <summary>
    /// The seventh holdout set: plans printed to PDF by Chromium and LibreOffice and copied out with pdftotext (-layout,
    /// plain, -raw) or saved as text, prose and annex tables, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout7() => ReadApart(Holdout7Folder, "holdout7");

    public static string Holdout8Folder => Path.Combine(Folder, "Holdout8");

    /// <summary>
    /// The eighth holdout set: plans as a web scraper saves a portal's page (the seeds' own kind of text): chrome, nav
    /// bars, metadata, traditional mirrors with pinyin, tables copied with bars, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout8() => ReadApart(Holdout8Folder, "holdout8");

    public static string Holdout9Folder => Path.Combine(Folder, "Holdout9");

    /// <summary>
    /// The ninth holdout set: everyday plans as portals publish them (trailing brackets, field lines, tables copied as
    /// text, .docx, .html, .xlsx, chrome, mirrors), issuers from a province to a school, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout9() => ReadApart(Holdout9Folder, "holdout9");

    public static string Holdout10Folder => Path.Combine(Folder, "Holdout10");

    /// <summary>
    /// The tenth holdout set: shapes the earlier sets did not have (party, congress and CPPCC plans, rectification
    /// ledgers as tab, full-width or CSV text, roles in a closing division, tags, OCR damage, footnotes), written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout10() => ReadApart(Holdout10Folder, "holdout10");

    public static string Holdout11Folder => Path.Combine(Folder, "Holdout11");

    /// <summary>
    /// The eleventh holdout set: shapes an importer tuned on common forms may not know (plans arranged by body, roles only
    /// in a closing division, month-by-month plans, 督查台账 copied with tabs, minutes, OCR and traditional copies, tables
    /// in .docx, .html, .xlsx and .csv), written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout11() => ReadApart(Holdout11Folder, "holdout11");

    public static string Holdout12Folder => Path.Combine(Folder, "Holdout12");

    /// <summary>
    /// The twelfth holdout set: forms the earlier sets lack (三张清单 keyed by code, Word automatic numbering and tracked
    /// changes, leads shown only in bold or red, 交办单 forms, accordion and bilingual pages, a supervision system's
    /// export one row per task and unit, dingbat and Roman numbers, a rule per bracket, an annex keyed by number), written
    /// blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout12() => ReadApart(Holdout12Folder, "holdout12");

    public static string Holdout13Folder => Path.Combine(Folder, "Holdout13");

    /// <summary>
    /// The thirteenth holdout set: shapes none before it holds (roles given by number ranges with an exception, a matrix
    /// whose header names the units, a text table in a page's &lt;pre&gt;, a class the style sheet underlines, Markdown bold,
    /// 主责/协责, 归口, a Macau plan in Chinese and Portuguese, a table keyed by its tasks' titles), written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout13() => ReadApart(Holdout13Folder, "holdout13");

    public static string Holdout14Folder => Path.Combine(Folder, "Holdout14");

    /// <summary>
    /// The fourteenth holdout set: realistic shapes done in ways the earlier sets did not (three role columns with 责任领导,
    /// Word numbering restarting per section, merged 序号 over measure rows, nested portal tables, section leads, a
    /// supervision list beside its leaders, Hong Kong and Taiwan tables) and hostile ones (role words inside names, nested
    /// brackets in names, footnote tables keyed by number, two rules in one sentence), written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout14() => ReadApart(Holdout14Folder, "holdout14");

    public static string Holdout15Folder => Path.Combine(Folder, "Holdout15");

    /// <summary>
    /// The fifteenth holdout set: ordinary plans as offices publish them (工作要点, 分工方案, 责任分工 tables, 整改 lists,
    /// 民生实事, a notice with its table), at every level and in every format, with the ordinary mess, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout15() => ReadApart(Holdout15Folder, "holdout15");

    public static string Holdout16Folder => Path.Combine(Folder, "Holdout16");

    /// <summary>
    /// The sixteenth holdout set: plans in shapes the importer had not met (a table copied with its cells run together, an
    /// annex keyed by task number with dashes for empty cells, statements counting the tasks above them, 下同 after units,
    /// 第N条 articles over numbered items, a leader's speech, meeting minutes), in every format, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout16() => ReadApart(Holdout16Folder, "holdout16");

    public static string Holdout17Folder => Path.Combine(Folder, "Holdout17");

    /// <summary>
    /// The seventeenth holdout set: plans in shapes a reader of tidy plans would not expect (a matrix with its legend above
    /// the table, marks and bullets before the work, three-level decimal numbering, letters, bodies' headings over a list
    /// numbered on, a summary table beside the detail, Markdown, a PDF paste), in every format, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout17() => ReadApart(Holdout17Folder, "holdout17");

    public static string Holdout18Folder => Path.Combine(Folder, "Holdout18");

    /// <summary>
    /// The eighteenth holdout set: plans in shapes no earlier set had (two-row headers, a task over two table rows with its
    /// roles in the second, names one a line under a label, stage lines before the fields, a part closed by its division
    /// of work, Macau's and Taiwan's wordings, Word's automatic numbering, content controls), in every format, written blind.
    /// </summary>
    public static IEnumerable<EvaluationDocument> Holdout18() => ReadApart(Holdout18Folder, "holdout18");

    /// <summary>
    /// Labelled folders outside the repository, named in WPLAN_EVALUATION_OUTSIDE (separated by the path separator):
    /// real plans whose text may not be copied here. Each folder is read as a holdout is (any file with a .labels beside it).
    /// </summary>
    public static IEnumerable<(string Name, IReadOnlyList<EvaluationDocument> Documents)> Outside()
    {
        var folders = Environment.GetEnvironmentVariable("WPLAN_EVALUATION_OUTSIDE");
        foreach (var folder in (folders ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException("WPLAN_EVALUATION_OUTSIDE names " + folder + ", which is not a folder");
            }

            yield return ("outside " + Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), ReadApart(folder, "outside").ToArray());
        }
    }

    private static IEnumerable<EvaluationDocument> ReadApart(string folder, string kind)
    {
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => !p.EndsWith(".labels", StringComparison.Ordinal) && !(p.EndsWith(".md", StringComparison.Ordinal) && !File.Exists(Path.ChangeExtension(p, ".labels"))) && (kind != "outside" || File.Exists(Path.ChangeExtension(p, ".labels")))).OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var labels = LabelledTask.Parse(File.ReadAllText(Path.ChangeExtension(path, ".labels")), Path.GetFileNameWithoutExtension(path) + ".labels");
            yield return new EvaluationDocument(file, kind, () => Read(file, File.ReadAllBytes(path)), labels);
        }
    }

    private static PlanDocument Read(string file, byte[] bytes)
        => DocumentReader.Read(file, bytes).Document ?? throw new InvalidOperationException(file + " was not read: " + DocumentReader.Read(file, bytes).Error);

    private static IEnumerable<EvaluationDocument> Apart(string folder, string kind)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var labels = LabelledTask.Parse(File.ReadAllText(Path.Combine(folder, name + ".labels")), name + ".labels");
            yield return new EvaluationDocument(name + ".txt", kind, () => Text(name + ".txt", File.ReadAllText(path)), labels);
        }
    }

    /// <summary>../shared/corpus, or null on a developer's checkout without it; CI (CI=true) must have it.</summary>
    public static string? CorpusFolder()
    {
        if (RepositoryPaths.Corpus is { } folder)
        {
            return folder;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException("CI runs without ../shared/corpus: the corpus readings cannot be scored");
        }

        return null;
    }

    private static PlanDocument Text(string name, string text) => new(name, PlainText.Blocks(text));
}
