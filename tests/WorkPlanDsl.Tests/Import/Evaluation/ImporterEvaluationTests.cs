using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Language;
using Xunit;
using Xunit.Abstractions;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>
/// Scores the importer against documents it has never seen, labelled by reading them (see README.md here): tasks
/// found, leads and supports right, leads the document does not name. The floors are what the importer achieved when
/// they were last set; raise them as it improves, never lower them to make a change pass.
/// </summary>
public class ImporterEvaluationTests
{
    // Measured on main at b4228e8 (the recogniser before issue #9's rewrite): invented 272/342 found, 136/342 leads,
    // 163/342 supports, 98 wrong leads; corpus 70/70, 56/70, 55/70, 17. Raised with the issue #9 recogniser
    // (h/imp-recognise): invented 342/342 found, 341/342 leads, 341/342 supports, 0 wrong leads; corpus 70/70, 70/70,
    // 70/70, 0. The one miss is copied-out text whose empty 配合单位 cell left no line (t01 row 10), noted at its row.
    // Floors per set, so a checkout without the corpus is held to the same figures as CI.
    private static readonly Floor Invented = new(Found: 1.0, LeadsRight: 0.997, SupportsRight: 0.997, WrongLeads: 0);
    private static readonly Floor CorpusFloor = new(Found: 1.0, LeadsRight: 1.0, SupportsRight: 1.0, WrongLeads: 0);

    // Holdout (Holdout/, see README.md): measured on main at 3e2f8f1: 98/156 found, 55/156 leads, 69/156 supports,
    // 10 wrong leads. A set apart from the invented one, so a recogniser tuned on Documents/ is judged on shapes it was not.
    // Raised with h/imp-recognise after it learnt the shapes the holdout's differences named (leads before the work,
    // (1)/① tasks, 以上/以下任务由X牵头, tab and markdown tables): 156/156 found, 150/156 leads, 152/156 supports, 0 wrong.
    // Raised with h/imp-adv (A、B按职责分工负责 read as an accountable list): 156/156, 152/156 leads, 154/156 supports, 0 wrong.
    // Raised with h/fix4 (its 【】 and 由X…负责(实施) forms inside a task's sentence): 156/156, 156/156, 156/156, 0 wrong.
    private static readonly Floor HoldoutFloor = new(Found: 1.0, LeadsRight: 1.0, SupportsRight: 1.0, WrongLeads: 0);

    // Holdout2 (Holdout2/, see README.md): written without reading the recogniser, in shapes neither set had. First
    // measured on main at eef9a3a: 66/81 found, 52/81 leads, 54/81 supports, 0 wrong. After h/imp-adv learnt the causes
    // its differences named (hard wraps, 按职责分工负责 lists, 1.1 and 第三条 numbering): 81/81, 80/81, 81/81, 0 wrong.
    // Raised with h/fixleft (a task opening with its accountable body and the work after the verb, k05 3.): 81/81 each.
    private static readonly Floor Holdout2Floor = new(Found: 1.0, LeadsRight: 1.0, SupportsRight: 1.0, WrongLeads: 0);

    // Holdout3 (Holdout3/, README-m.md and README-n.md): two authors who read neither the recogniser nor its output, as
    // close to published plans as they could, in the files users have (pdftotext output, saved web pages, a .csv). First
    // measured on main at 2170704: 213/235 found, 177/235 leads, 193/235 supports, 20 wrong leads. Raised with h/fixtext
    // (label words 承办/实施/督办/协作, 【牵头】X【配合】Y tags, section heading leads, 共同牵头, names kept whole, U+200B, page
    // numbers): 213/235, 213/235 leads, 213/235 supports, 0 wrong. With h/fixlayout's printed tables (n02, n03) merged:
    // 235/235 found, leads and supports, 0 wrong.
    private static readonly Floor Holdout3Floor = new(Found: 1.0, LeadsRight: 1.0, SupportsRight: 1.0, WrongLeads: 0);

    // Holdout4 (Holdout4/, README-p.md): the commonest published shapes, written while the recogniser was being fixed on
    // Holdout3 and scored only after those fixes had landed (main at bce58e0): 115/131 found, 91/131 leads, 104/131
    // supports, 1 wrong lead. Before those fixes (d1acd2e) it scored 115/131, 90/131, 103/131, 2 wrong. The floor is
    // at h/fix4's figures (130/131, 126/131, 127/131, 0 wrong), reached by fixing the forms it first missed. Raised with
    // h/fixleft (prose responsibility in a plan that names units only in prose, p08; two tasks in one paragraph, p01):
    // 131/131 found, leads and supports, 0 wrong.
    private static readonly Floor Holdout4Floor = new(Found: 1.0, LeadsRight: 1.0, SupportsRight: 1.0, WrongLeads: 0);

    // Holdout5 (Holdout5/, README-q.md and README-r.md): two authors who read neither the recogniser nor its output, in
    // shapes no earlier set had (marked leads with the rule stated at the end, new label words, roles in sentences,
    // responsibility only in an appendix) and in the files users get (.docx with Word's numbering, .xlsx, GBK .csv,
    // UTF-16 and Big5 text). First contact on main at a39466e: 245/276 found, 142/276 leads, 161/276 supports, 5 wrong.
    // Raised with h/fixqa, h/fixqb, h/fixr (rules found in a first pass, signs, 1）numbering, sentence heads, Taiwan
    // labels, printed tables' section rows): 276/276, 275/276, 275/276, 0 wrong.
    private static readonly Floor Holdout5Floor = new(Found: 1.0, LeadsRight: 0.996, SupportsRight: 0.996, WrongLeads: 0);

    // Holdout6 (Holdout6/, README-u.md): everyday plans written blind. First contact on main at b614dfb: 505/518 found,
    // 497/518 leads, 496/518 supports, 3 wrong leads. The three are readings the seeds settle the other way
    // (`责任股室：A、B；配合：C` and `主责部门：A、B` give both leads, as wuxi-2020's `责任处室：A、B；配合处室：C` does) or
    // the document leaves open (`A、B分别负责`); most of the misses are d11's `（一）` groups, whose `1.` steps the
    // recogniser reads as the tasks (the README's three-level rule) where its author read the `（一）`.
    private static readonly Floor Holdout6Floor = new(Found: 0.974, LeadsRight: 0.959, SupportsRight: 0.959, WrongLeads: 3);

    // Holdout7 (Holdout7/, README-v.md): plans printed to PDF and copied out with pdftotext, written blind. First contact
    // on main at b614dfb: 401/420 found, 394/420 leads, 367/420 supports, 0 wrong. Raised with the page-width wraps of
    // 1fdd9c8 (a first line short by its indent, a name ending after a blank line, clauses joined from two lines):
    // 401/420, 399/420, 392/420, 0 wrong. Left: d11's plain-pdftotext table, whose cells come out of order.
    private static readonly Floor Holdout7Floor = new(Found: 0.954, LeadsRight: 0.949, SupportsRight: 0.933, WrongLeads: 0);

    // Holdout8 (Holdout8/, README-w.md): scraped portal pages, written blind. First contact on main at f7f8629:
    // 434/460 found, 422/460 leads, 423/460 supports, 12 wrong leads (a site's 主办：X　承办：Y footer read as the last
    // task's fields, 7 documents; a congress that oversees the projects; a barred table's empty cells). After 840fe3f and
    // the barred rows numbered by their first cell: 460/460, 458/460, 458/460, 2 wrong (d28's `各街道办事处负责，…` before
    // the work, a group its author was unsure of).
    private static readonly Floor Holdout8Floor = new(Found: 1.0, LeadsRight: 0.995, SupportsRight: 0.995, WrongLeads: 2);

    // Holdout9 (Holdout9/, README-y.md): everyday plans as portals publish them, written blind. First contact on main at
    // 55116c8's parent state (the tests' build before that commit): 410/439 found, 399/439 leads, 395/439 supports, 6
    // wrong. After 55116c8 and 04be5d5: 425/439, 415/439, 410/439, 5 wrong: `责任单位：A、B` beside `配合单位` (both lead,
    // as wuxi-2020's), `各镇人民政府、街道办事处` led together, a group told what is required of it (`各区县、各有关部门要…`,
    // read as SubjectWithModalTests has it), a lone unit under 牵头 | 配合 columns read as the support under a lead
    // carried down (the design CopiedTableTests holds). Left: d14's decimal 编号 rows (1.1, 1.2) of varying width.
    private static readonly Floor Holdout9Floor = new(Found: 0.968, LeadsRight: 0.945, SupportsRight: 0.933, WrongLeads: 5);

    // Holdout10 (Holdout10/, README-z.md): shapes no earlier set had, written blind. First contact with 7eb8d64 and this
    // session's first changes (closed lines, glued brackets, run-in headings): 377/420 found, 269/420 leads, 298/420
    // supports, 7 wrong. After 55116c8 and 04be5d5: 407/420, 349/420, 366/420, 4 wrong (the same conventions as Holdout9,
    // and a name an OCR damaged read as the next task's). Left: roles only in Word footnotes (a25), letter codes resolved
    // through a legend (a13), dot leaders (a17), a full-width-space aligned ledger (a05), a CSV pasted into a text (a08).
    // After 6eccc41 (dot leaders, contacts after supports, bracketed-number divisions): 407/420, 366/420, 373/420, 4 wrong.
    private static readonly Floor Holdout10Floor = new(Found: 0.969, LeadsRight: 0.871, SupportsRight: 0.888, WrongLeads: 4);

    // Holdout11 (Holdout11/, README-h57.md): shapes an importer tuned on common forms may not know, written blind. First
    // contact on main at ced8eb4: 382/407 found, 336/407 leads, 348/407 supports, 9 wrong. After 6eccc41 (plans arranged by
    // body, closing divisions in bracketed numbers, month-by-month plans, tabbed ledgers' wrapped cells, marked leads in
    // merged rows, a site's owners on the last line, an item's addressed body before a list answering by division):
    // 404/407, 383/407, 384/407, 6 wrong (the conventions of Holdout9, an OCR copy's damaged lines, a heading's body beside
    // the body its task helps).
    private static readonly Floor Holdout11Floor = new(Found: 0.992, LeadsRight: 0.941, SupportsRight: 0.943, WrongLeads: 6);

    // Holdout12 (Holdout12/, README-h61.md): forms the earlier sets lack, written blind. First contact on main at 35e3beb:
    // 325/410 found, 228/410 leads, 199/410 supports, 14 wrong (10 of them a PDF's radicals the labels print and the
    // importer reads as the characters they stand for, which the scorer now folds alike). After 34b46b1 and 85bee68 (new
    // number forms, bold and red leads in cells, definition lists, handover forms, a one-row-per-unit export, a keyed
    // restating table, persons in brackets, slash pairs, pending and last-listed rules): 380/410, 352/410, 315/410, 2 wrong
    // (in d25, a plan that names no unit, 乡镇人民政府 and 民政部门 opening sentences as kinds of bodies). Left: 三张清单 keyed
    // by code (d01, d02), a bilingual page's table (d09), a notice that is no plan (d26).
    private static readonly Floor Holdout12Floor = new(Found: 0.926, LeadsRight: 0.858, SupportsRight: 0.768, WrongLeads: 2);

    // Holdout13 (Holdout13/, README-h65.md): shapes none before it holds, written blind. First contact on main at 440d1f3
    // (the .md document not yet scored): 334/359 found, 232/359 leads, 243/359 supports, 15 wrong. After this session's
    // changes (a lead stated for every task, ranges with an exception, 责任分工 cells and 说明 rows, a matrix whose header names
    // the units, a text table in a <pre> and under a dashed rule, style-sheet classes, Markdown bold, 主责/协责, 归口, an
    // unknown label's names given no role, a slash the legend says parts leads from supports, a sign that marks supports):
    // 360/373, 335/373, 333/373, 3 wrong (d17 and d24, groups as the subject a labeller read as kinds of bodies).
    private static readonly Floor Holdout13Floor = new(Found: 0.965, LeadsRight: 0.898, SupportsRight: 0.892, WrongLeads: 3);

    // Holdout14 (Holdout14/, README-h67.md): realistic shapes done in new ways and hostile ones, written blind. First contact
    // on main at 959877c: 337/350 found, 300/350 leads, 314/350 supports, 1 wrong. After af86409 and b978c24 (leads of
    // measures, tabbed headers with long words, 项目业主, 主導部門 and a numbered 項目 column, role words inside names):
    // 350/350, 332/350, 331/350, 1 wrong (d27's 指挥部办公室 beside its 成员单位).
    private static readonly Floor Holdout14Floor = new(Found: 1.0, LeadsRight: 0.948, SupportsRight: 0.945, WrongLeads: 1);

    // Holdout15 (Holdout15/, README-h69.md): ordinary plans in every format, written blind. First contact on main at
    // 959877c: 267/267 found, 266/267 leads, 263/267 supports, 0 wrong (the miss: d03's row whose lead cell is empty).
    private static readonly Floor Holdout15Floor = new(Found: 1.0, LeadsRight: 0.996, SupportsRight: 0.985, WrongLeads: 0);

    // Holdout16 (Holdout16/, README-h71.md): shapes the importer had not met, written blind. First contact on main at
    // fc001d2: 269/301 found, 238/301 leads, 243/301 supports, 3 wrong. After the run-together tables, counted statements,
    // 下同 after units, the dash cell of a copied annex and the article items: 292/301, 275/301, 272/301, 4 wrong (judgement
    // calls: 住建部门, A、B按职责分工牵头负责 read as both leading, 实施主体).
    private static readonly Floor Holdout16Floor = new(Found: 0.97, LeadsRight: 0.9, SupportsRight: 0.9, WrongLeads: 4);

    // Holdout17 (Holdout17/, README-h72.md): shapes a reader of tidy plans would not expect, written blind. First contact on
    // the working tree after a8f8021: 300/306 found, 263/306 leads, 286/306 supports, 1 wrong. After the matrix legend
    // above the table, marks before the work, bodies' headings over a list numbered on, decimal headings, letters past H
    // and the summary table: 306/306, 302/306, 303/306, 0 wrong.
    private static readonly Floor Holdout17Floor = new(Found: 1.0, LeadsRight: 0.985, SupportsRight: 0.985, WrongLeads: 0);

    // Holdout18 (Holdout18/, README-h73.md): shapes no earlier set had, written blind. First contact on c45a559 with this
    // session's first changes (the 其余 statements): 296/296 found, 267/296 leads, 256/296 supports, 2 wrong (both lists
    // read as co-leads, which the labels read as led by the first). After names one a line under a label, the task over two
    // table rows, stage lines, a part's closing division of work and Macau's 跟进部门: 296/296, 289/296, 291/296, 2 wrong
    // (Macau's 由X負責跟進 is not read: the review of cc35897 found a 督查室负责跟进 that follows the work up led by it).
    private static readonly Floor Holdout18Floor = new(Found: 1.0, LeadsRight: 0.975, SupportsRight: 0.98, WrongLeads: 2);

    private sealed record Floor(double Found, double LeadsRight, double SupportsRight, int WrongLeads);

    /// <summary>The sets apart from the invented documents, each scored and held to its floor on its own.</summary>
    private static readonly (string Name, Func<IEnumerable<EvaluationDocument>> Documents, Floor Floor)[] HoldoutSets =
    {
        ("holdout", EvaluationSet.Holdout, HoldoutFloor),
        ("holdout2", EvaluationSet.Holdout2, Holdout2Floor),
        ("holdout3", EvaluationSet.Holdout3, Holdout3Floor),
        ("holdout4", EvaluationSet.Holdout4, Holdout4Floor),
        ("holdout5", EvaluationSet.Holdout5, Holdout5Floor),
        ("holdout6", EvaluationSet.Holdout6, Holdout6Floor),
        ("holdout7", EvaluationSet.Holdout7, Holdout7Floor),
        ("holdout8", EvaluationSet.Holdout8, Holdout8Floor),
        ("holdout9", EvaluationSet.Holdout9, Holdout9Floor),
        ("holdout10", EvaluationSet.Holdout10, Holdout10Floor),
        ("holdout11", EvaluationSet.Holdout11, Holdout11Floor),
        ("holdout12", EvaluationSet.Holdout12, Holdout12Floor),
        ("holdout13", EvaluationSet.Holdout13, Holdout13Floor),
        ("holdout14", EvaluationSet.Holdout14, Holdout14Floor),
        ("holdout15", EvaluationSet.Holdout15, Holdout15Floor),
        ("holdout16", EvaluationSet.Holdout16, Holdout16Floor),
        ("holdout17", EvaluationSet.Holdout17, Holdout17Floor),
        ("holdout18", EvaluationSet.Holdout18, Holdout18Floor),
    };

    private readonly ITestOutputHelper output;

    public ImporterEvaluationTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Importer_finds_the_labelled_tasks_and_names_their_leads()
    {
        var corpus = EvaluationSet.Corpus().Select(d => ImportScore.Of(d.Name, d.Read(), d.Labels)).ToArray();
        var invented = EvaluationSet.Invented().Select(d => ImportScore.Of(d.Name, d.Read(), d.Labels)).ToArray();
        var holdouts = HoldoutSets.Select(set => (set.Name, Scores: set.Documents().Select(d => ImportScore.Of(d.Name, d.Read(), d.Labels)).ToArray(), set.Floor)).ToArray();

        // Sets kept outside the repository (real plans that may not be copied in) are scored and reported, held to no floor.
        var outside = EvaluationSet.Outside().Select(set => (set.Name, Scores: set.Documents.Select(d => ImportScore.Of(d.Name, d.Read(), d.Labels)).ToArray())).ToArray();
        var all = invented.Concat(corpus).Concat(holdouts.SelectMany(h => h.Scores)).Concat(outside.SelectMany(o => o.Scores)).ToArray();
        var report = Report(invented, corpus, holdouts.Select(h => (h.Name, h.Scores)).Concat(outside).ToArray());
        output.WriteLine(report);
        output.WriteLine("Holdout d" + Details(holdouts.SelectMany(h => h.Scores).Concat(outside.SelectMany(o => o.Scores)).ToArray())[1..]);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "import-evaluation.txt"), report + "\n" + Details(all));

        AssertFloor("invented documents", invented, Invented);
        foreach (var (name, scores, floor) in holdouts)
        {
            AssertFloor(name, scores, floor);
        }

        if (corpus.Length > 0)
        {
            AssertFloor("corpus", corpus, CorpusFloor);
        }
    }

    private static void AssertFloor(string set, IReadOnlyList<ImportScore> scores, Floor floor)
    {
        int labelled = scores.Sum(s => s.Labelled), found = scores.Sum(s => s.Found);
        int leads = scores.Sum(s => s.LeadsRight(ListedUnits.FirstLeads)), supports = scores.Sum(s => s.SupportsRight(ListedUnits.FirstLeads));
        int wrong = scores.Sum(s => s.WrongLeads(ListedUnits.FirstLeads));
        Assert.True((double)found / labelled >= floor.Found, $"{set}: tasks found {found}/{labelled} fell below the floor {floor.Found:P1}");
        Assert.True((double)leads / labelled >= floor.LeadsRight, $"{set}: leads right {leads}/{labelled} fell below the floor {floor.LeadsRight:P1}");
        Assert.True((double)supports / labelled >= floor.SupportsRight, $"{set}: supports right {supports}/{labelled} fell below the floor {floor.SupportsRight:P1}");
        Assert.True(wrong <= floor.WrongLeads, $"{set}: {wrong} wrong leads, more than the ceiling {floor.WrongLeads}");
    }

    [Fact]
    public void A_plan_that_names_no_unit_gets_no_lead_at_all()
    {
        var text = File.ReadAllText(Path.Combine(EvaluationSet.DocumentsFolder, "e11-no-unit-named.txt"));
        var result = PlanImporter.Import(new PlanDocument("e11-no-unit-named.txt", PlainText.Blocks(text)), new ImportOptions("e11-no-unit-named.txt"));
        Assert.True(result.Plan is not null, result.Error);
        var model = PlanCompiler.Compile(result.Plan!).Model;
        Assert.NotNull(model);
        Assert.Equal(9, model!.Tasks.Count);
        Assert.All(model.Sections, s => Assert.True(s.Declared.Leads.IsEmpty, $"section {s.Label}{s.Title} was given the lead {string.Join("、", s.Declared.Leads)}"));
        Assert.All(model.Tasks, t => Assert.True(t.InEffect.Leads.IsEmpty, $"task {t.Label}{t.Title} was given the lead {string.Join("、", t.InEffect.Leads)}"));
    }

    [Fact]
    public void A_notice_naming_only_generic_bodies_gets_no_lead_at_all()
    {
        // h12 names 各有关部门, 有关单位 and 有关部门 in its prose and in no responsibility clause: nobody is accountable.
        var name = "h12-no-unit-generic-only.txt";
        var text = File.ReadAllText(Path.Combine(EvaluationSet.HoldoutFolder, name));
        var result = PlanImporter.Import(new PlanDocument(name, PlainText.Blocks(text)), new ImportOptions(name));
        Assert.True(result.Plan is not null, result.Error);
        var model = PlanCompiler.Compile(result.Plan!).Model;
        Assert.NotNull(model);
        Assert.Equal(10, model!.Tasks.Count);
        Assert.All(model.Sections, s => Assert.True(s.Declared.Leads.IsEmpty, $"section {s.Label}{s.Title} was given the lead {string.Join("、", s.Declared.Leads)}"));
        Assert.All(model.Tasks, t => Assert.True(t.InEffect.Leads.IsEmpty, $"task {t.Label}{t.Title} was given the lead {string.Join("、", t.InEffect.Leads)}"));
    }

    [Fact]
    public void Labels_cover_every_form_and_name_tasks_that_are_in_their_documents()
    {
        var invented = EvaluationSet.Invented().ToArray();
        var distinct = invented.Where(d => d.Kind is "text" or "table").ToArray();
        Assert.True(distinct.Length >= 15, "fewer than 15 invented documents");
        Assert.True(distinct.Sum(d => d.Labels.Count) >= 200, "fewer than 200 labelled tasks");

        var holdout = EvaluationSet.Holdout().ToArray();
        Assert.True(holdout.Length >= 10, "fewer than 10 holdout documents");
        Assert.True(holdout.Sum(d => d.Labels.Count) >= 150, "fewer than 150 labelled holdout tasks");
        var holdout2 = EvaluationSet.Holdout2().ToArray();
        Assert.True(holdout2.Length >= 10, "fewer than 10 holdout2 documents");
        Assert.True(holdout2.Sum(d => d.Labels.Count) >= 80, "fewer than 80 labelled holdout2 tasks");

        foreach (var document in invented.Concat(holdout).Concat(holdout2))
        {
            // Every start is in the document's words, in document order: a label cannot drift from its document.
            var words = ImportScore.Compact(string.Concat(document.Read().Blocks.Select(Words)));
            var at = 0;
            foreach (var task in document.Labels)
            {
                var found = words.IndexOf(ImportScore.Compact(task.Label + task.Start), at, StringComparison.Ordinal);
                if (found < 0)
                {
                    found = words.IndexOf(ImportScore.Compact(task.Start), at, StringComparison.Ordinal);
                }

                Assert.True(found >= 0, $"{document.Name}: task {task.Label} '{task.Start}' (labels line {task.Line}) is not in the document after the task before it");
                at = found;
                Assert.All(task.Leads.Concat(task.Listed).Concat(task.Supports), unit => Assert.Contains(ImportScore.Compact(unit), words));
            }
        }

        foreach (var corpus in EvaluationSet.Corpus())
        {
            var words = ImportScore.Compact(string.Concat(corpus.Read().Blocks.Select(Words)));
            Assert.All(corpus.Labels.SelectMany(t => t.Named), unit => Assert.Contains(unit, words));
        }

        static string Words(DocumentBlock block) => block switch
        {
            ParagraphBlock paragraph => paragraph.Text + "\n",
            TableBlock table => string.Concat(table.Rows.SelectMany(r => r.Cells).Where(c => !c.IsMergedCopy).Select(c => c.Text + "\n")),
            _ => string.Empty,
        };
    }

    private static string Report(IReadOnlyList<ImportScore> invented, IReadOnlyList<ImportScore> corpus, IReadOnlyList<(string Name, ImportScore[] Scores)> holdouts)
    {
        var text = new StringBuilder();
        text.AppendLine("Importer evaluation (labels by reading; listed units: first leads; see tests/WorkPlanDsl.Tests/Import/Evaluation/README.md)");
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-50} {1,9} {2,9} {3,9} {4,9} {5,6} {6,8} {7,6} {8,9}", "document", "found", "leads", "supports", "co-leads", "wrong", "invented", "extra", "failure"));
        foreach (var score in invented.Concat(corpus).Concat(holdouts.SelectMany(h => h.Scores)))
        {
            Line(score.Document, new[] { score }, score.Failure);
        }

        // OVERALL stays the invented set and the corpus, as before the holdout sets came: each holdout is its own figure.
        Line("OVERALL", invented.Concat(corpus).ToArray(), null);
        Line("invented documents", invented, null);
        Line("corpus", corpus, null);
        foreach (var (name, scores) in holdouts)
        {
            Line(name, scores, null);
        }

        return text.ToString();

        void Line(string name, IReadOnlyList<ImportScore> set, string? failure)
        {
            int n = set.Sum(s => s.Labelled);
            string Of(Func<ImportScore, int> part) => $"{set.Sum(part)}/{n}";
            text.AppendLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0,-50} {1,9} {2,9} {3,9} {4,9} {5,6} {6,8} {7,6} {8}",
                name,
                Of(s => s.Found),
                Of(s => s.LeadsRight(ListedUnits.FirstLeads)),
                Of(s => s.SupportsRight(ListedUnits.FirstLeads)),
                Of(s => s.LeadsRight(ListedUnits.AllLead)),
                set.Sum(s => s.WrongLeads(ListedUnits.FirstLeads)),
                set.Sum(s => s.InventedLeads),
                set.Sum(s => s.Unmatched.Count),
                failure ?? string.Empty));
            if (set.Count > 1)
            {
                text.AppendLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0,-50} {1,9} {2,9} {3,9} {4,9}",
                    string.Empty,
                    ImportScore.Percent(set.Sum(s => s.Found), n),
                    ImportScore.Percent(set.Sum(s => s.LeadsRight(ListedUnits.FirstLeads)), n),
                    ImportScore.Percent(set.Sum(s => s.SupportsRight(ListedUnits.FirstLeads)), n),
                    ImportScore.Percent(set.Sum(s => s.LeadsRight(ListedUnits.AllLead)), n)));
            }
        }
    }

    /// <summary>Every task whose reading differs from the labels, for whoever works on the recogniser.</summary>
    private static string Details(IReadOnlyList<ImportScore> scores)
    {
        var text = new StringBuilder("Differences (expected with listed units: first leads)\n");
        foreach (var score in scores)
        {
            foreach (var (expected, found) in score.Tasks)
            {
                var leads = expected.ExpectedLeads(ListedUnits.FirstLeads);
                var supports = expected.ExpectedSupports(ListedUnits.FirstLeads);
                if (found is null)
                {
                    text.Append(score.Document).Append(' ').Append(expected.Label).Append(' ').Append(expected.Start).AppendLine(": not found");
                }
                else if (!Same(found.Leads, leads) || !Same(found.Supports, supports))
                {
                    text.Append(score.Document).Append(' ').Append(expected.Label).Append(' ').Append(expected.Start)
                        .Append(": lead expected [").Append(string.Join("、", leads)).Append("] got [").Append(string.Join("、", found.Leads))
                        .Append("]; support expected [").Append(string.Join("、", supports)).Append("] got [").Append(string.Join("、", found.Supports)).AppendLine("]");
                }
            }

            foreach (var extra in score.Unmatched)
            {
                text.Append(score.Document).Append(" extra task ").Append(extra.Label).Append(' ').Append(extra.Words.Length > 16 ? extra.Words[..16] : extra.Words)
                    .Append(" lead [").Append(string.Join("、", extra.Leads)).AppendLine("]");
            }
        }

        return text.ToString();

        static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && a.ToHashSet().SetEquals(b);
    }
}
