using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import.Model;

namespace WorkPlanDsl.Import.Reading;

/// <summary>
/// Builds sections, tasks and items from the body's paragraphs. Which numbering is which level depends on the
/// document: with <c>1.</c> tasks, <c>一、</c> are sections and <c>(一)</c> sub-headings; with <c>(一)</c> tasks, <c>一、</c>
/// are sections; with only <c>一、</c>, they are sections when they are headings and tasks when they hold the work.
/// <c>一是、二是</c> are items of the task they follow, or tasks themselves where a section has no numbered tasks.
/// </summary>
internal sealed partial class StructureReader
{
    private readonly ImportedPlan _plan;
    private readonly ElementReader _elements;
    private readonly List<ImportNote> _notes;
    private NumberingKind _taskKind;
    private NumberingKind _sectionKind;
    private ImportedElement? _section;
    private ImportedElement? _task;
    private int _lastTaskNumber;
    private ImportedElement? _heading;

    // A sub-heading has been read and no task or section opened since: lines of fields under it are its own.
    private bool _fieldsOfSubHeading;
    private int _scopeStart;

    // A line of the task level has opened a task (measures before the first are orphans of an earlier page).
    private bool _taskSeen;

    // The heading in force is a body's name on its own line, at this index of the body.
    private bool _unitHeading;
    private int _unitHeadingAt = -2;
    private readonly List<ImportedElement> _headingTasks = new();

    // The tasks CloseHeading gave the leads (and supports) of a heading that names them in a clause, with what it gave: a
    // task's own plain sentence outweighs it (ProseOverHeadings).
    private readonly List<(ImportedElement Task, List<string> Leads, List<string> Supports)> _ledByHeading = new();
    private readonly List<ImportedElement> _paragraphTasks = new();

    public StructureReader(ImportedPlan plan, ElementReader elements, List<ImportNote> notes)
    {
        _plan = plan;
        _elements = elements;
        _notes = notes;
    }

    public void Read(List<(SourceLine Line, Numbering Numbering)> body)
    {
        NumberedFields(body);
        RestatedRoles(body);
        ChooseLevels(body);
        MeasuresAsTasks(body);
        FieldsAboveTheirTasks(body);
        SectionsNumberingTheirOwn(body);
        RestatedTables(body);
        NumberedRowTables(body);
        TasksInTable(body);
        AnnexTables(body);
        BodyHeadings(body);
        LeafHeadings(body);
        MeasuresOwningTheirWork(body);
        GroupClosingFields(body);
        ClosedLineTasks(body);
        MonthLineTasks(body);
        for (var i = 0; i < body.Count; i++)
        {
            var (line, numbering) = body[i];
            if (line.Table is { } table)
            {
                Table(table, line.IsRebuilt);
                continue;
            }

            if (_closedLineHeadings.Contains(i))
            {
                OpenClosedLineHeading(line, numbering);
                continue;
            }

            if (_periodHeadings.TryGetValue(i, out var period))
            {
                OpenPeriodHeading(line, period);
                continue;
            }

            if (_monthLines.TryGetValue(i, out var month))
            {
                OpenMonthLine(line, month.Label, month.BodyStart);
                continue;
            }

            if (_closedLines.Contains(i))
            {
                OpenClosedLine(line);
                continue;
            }

            if (_annexTitles.TryGetValue(i, out var titleLine))
            {
                OpenAnnexSection(body, i, titleLine);
                i = titleLine;
                continue;
            }

            if (_bodyRoleHeadings.Contains(i))
            {
                OpenBodyRoleHeading(line, numbering);
                continue;
            }

            EndBodyRoleHeading(numbering);
            if (_measureHeadings.Contains(i))
            {
                // 3、改善居住条件。 over (1)…(4), each naming who does it: a heading of tasks, kept as the section's text; one
                // that names its own lead (2.1 …（牵头单位：X）) gives it to those of its tasks that name none.
                CloseHeading();
                Text(line.Text);
                _task = null;
                if (_selfNamedHeadings.Contains(i) && _elements.Heading(line, numbering.BodyStart) is { Leads.Count: > 0 } own)
                {
                    _heading = own;
                    _selfNamedKind = numbering.Kind;
                }

                continue;
            }

            if (_selfNamedKind == numbering.Kind && numbering.Kind != NumberingKind.None)
            {
                // 2.2 after 2.1's measures: the next heading's level; 2.1's lead goes no further.
                CloseHeading();
                _selfNamedKind = null;
            }

            if (_measureItems.Contains(i) && _task is not null)
            {
                OpenMeasureItem(line, numbering);
                continue;
            }

            if (_measureTasks.Contains(i))
            {
                OpenTask(line, numbering);
                continue;
            }

            var titled = numbering.Kind == NumberingKind.None && i + 2 < body.Count && body[i + 1].Numbering.Kind == NumberingKind.None && body[i + 1].Line.Table is null
                && StandsBetweenBodyAndTasks(body[i + 1].Line.Folded.Trim()) && IsUnitHeading(line, body[i + 2]);
            if (numbering.Kind == NumberingKind.None && i + 1 < body.Count && (titled || IsUnitHeading(line, body[i + 1])) && IsBodyHeading(line, HeadingBodies(line.Text)))
            {
                // 市卫生局 on a line of its own, then 一、… numbered from one again: the tasks under it are its own (and say
                // so above them, as under a numbered one).
                CloseHeading();
                Text(line.Text);
                _task = null;
                _heading = BodyHeading(line);
                _headingLine = line;
                _unitHeading = true;

                // 市卫生局 then 2011年重点工作目标责任书（4项） then 1、…: the list's title between the body and its tasks.
                _unitHeadingAt = titled ? i + 1 : i;
                continue;
            }

            if (_unitHeading && i != _unitHeadingAt + 1
                && (numbering.Kind == NumberingKind.None
                    ? ((IsShortHeading(line) && body[i - 1].Line.Folded.TrimEnd() is { Length: > 0 } before && "。；;！？!?：:）)".IndexOf(before[before.Length - 1]) >= 0)
                            || (HasUnitHeadingForm(line.Folded) && !SubHeadingOfTheBody(line.Folded)))
                        && i + 1 < body.Count && body[i + 1].Numbering.Kind != NumberingKind.None
                    : numbering.Value == 1 || numbering.Kind == _sectionKind))
            {
                // 保障措施 over numbered lines (a short line of a task's wrapped words is no heading), or a list numbered
                // from one again under no body's name: the body's tasks have ended.
                CloseHeading();
                _unitHeading = false;
            }

            if (_leafTasks.Contains(i))
            {
                OpenTask(line, numbering);
            }
            else if (_leafSections.Contains(i))
            {
                OpenSection(line, numbering, readHeading: false);
                OpenTask(line, numbering);
            }
            else
            {
                Line(line, numbering, AttachmentList.IsMatch(line.Folded) && NoteInTask(body, i));
            }
        }

        CloseHeading();
        PlanTasksByNumber? planTasks = null;
        foreach (var (line, scopes, section) in _laterScopes)
        {
            // Said under a heading, of its tasks; said before any heading, of the plan's, numbered once across it.
            if (section is null)
            {
                (planTasks ??= new PlanTasksByNumber(this)).Apply(line, scopes);
            }
            else
            {
                ApplyScopes(line, scopes, TasksAbove(section, scopes) ?? section.Children);
            }
        }

        // What a task's own sentences say, read last: only where nothing else in the document gives it or its section a lead.
        var unled = _plan.PlanTasks.Select(t => ((ImportedElement?)null, t))
            .Concat(_plan.Sections.SelectMany(s => s.Children.Select(t => ((ImportedElement?)s, t))))
            .Where(x => x.Item1 is null || x.Item1.Leads.Count == 0).Select(x => x.t).ToList();
        var leadless = unled.Where(t => t.Leads.Count == 0).ToList();
        unled.ForEach(_elements.ApplySubject);
        var ledBySubject = leadless.Where(t => t.Leads.Count > 0).Select(t => (Task: t, Leads: t.Leads.ToList(), Supports: t.Supports.ToList())).ToList();

        // 二、推进会展（市商务局牵头） then 1.…各县区抓好落实: who only carries the task out, under a section that names its lead,
        // supports; the section's lead stays the task's.
        foreach (var task in _plan.Sections.Where(s => s.Leads.Count > 0).SelectMany(s => s.Children).Where(t => t.LedOnlyByImplementers))
        {
            task.ImplementersSupport();
        }

        // 二、县工业和信息化局（2项） then 5.…（县开发区管委会共同负责，县自然资源局配合）: who answers for the task together
        // answers with the lead its section names.
        foreach (var section in _plan.Sections.Where(s => s.Leads.Count > 0))
        {
            foreach (var task in section.Children.Where(t => t.Leads.Count > 0 && !t.Leads.Intersect(section.Leads).Any() && LeadsTogether(t)))
            {
                section.Leads.AsEnumerable().Reverse().ToList().ForEach(task.LeadFirst);
            }
        }

        ApplyRestatedRows(unled);
        ApplyNumberedRows(AllTasks());
        ApplyDittos();


        // After what names a task by its number (a 任务序号 table, 同第1项): a task named so is not one that names none.
        SameBelow();

        // 除第4项由X牵头外，其余任务由Y牵头 after the plan's last task, with no word of its part: said where the plan ends, it
        // is the plan's, as it is before the first heading (its own part's tasks already have it), after what names tasks
        // by their numbers (an annex's 任务序号 table) and 下同. Where parts before said such things of their own tasks, it is its
        // part's, as theirs were.
        if (_closingStatement is { Said: 1 } closing && AllTasks().Count == closing.TasksBefore)
        {
            // Read after 下同 and what names tasks by number, it still comes before what a task's own sentence says (县数据局要
            // 加强技术保障 in a task the statement's 其余任务由县发改局牵头 gives): the document's word on the task is the statement.
            // A task its statement reaches not keeps its own sentence's bodies.
            ledBySubject.ForEach(t => { t.Task.Leads.Clear(); t.Task.Supports.Clear(); });
            new PlanTasksByNumber(this).Apply(closing.Line, closing.Scopes);
            foreach (var (task, leads, supports) in ledBySubject.Where(t => t.Task.Leads.Count == 0))
            {
                leads.ForEach(task.AddLead);
                supports.Where(n => !task.Supports.Contains(n)).ToList().ForEach(task.AddSupport);
            }
        }
        DropBrokenNameEnds(body);
        AllTasks().ForEach(_elements.ApplyProsePartners);
        if (NamesUnitsOnlyInProse(body))
        {
            unled.Where(t => t.Leads.Count == 0).ToList().ForEach(_elements.ApplyProse);

            // ⑴综合协调组：由X牵头… under a task: each item's own sentence says who does it.
            unled.SelectMany(t => t.Children).Where(i => i.Leads.Count == 0).ToList().ForEach(_elements.ApplyProse);
        }
        else
        {
            // A document of clauses names some tasks' units in their sentences only: 由X牵头建成…, X牵头，…, X负责，推动…
            // give the lead as plainly as a clause (a body only mentioned, 会同有关部门组织评估, gives nothing).
            // Not a task of items, nor items sharing one paragraph (一是…；二是…由X会同Y…；三是…): the paragraph's sentences
            // are not each item's.
            // Under a part that names its lead (四、强化应急管理（牵头处室：X）), a task whose own sentence gives its work to
            // another plainly (由党建工作处负责组织…，Y配合) is that body's: the task's words say more than its part's.
            var perLine = AllTasks().GroupBy(o => o.Line).ToDictionary(g => g.Key, g => g.Count());
            var underLedParts = _plan.Sections.Where(s => s.Leads.Count > 0).SelectMany(s => s.Children);
            unled.Concat(underLedParts)
                .Where(t => t.Leads.Count == 0 && t.Children.Count == 0 && (!perLine.TryGetValue(t.Line, out var onLine) || onLine == 1) && _elements.GivenPlainly(t)).ToList()
                .ForEach(t => _elements.ApplyProse(t, documentInProse: false));
            ProseOverHeadings(perLine);
        }
    }

    /// <summary>
    /// （二）提升机构养老服务质量（牵头单位：养老服务股） then 6.…区消防救援大队会同区民政局开展…: a task the heading's clause led
    /// whose own sentence gives its work plainly to another body is that body's, as under a part whose heading names a lead.
    /// </summary>
    private void ProseOverHeadings(Dictionary<int, int> perLine)
    {
        foreach (var (task, leads, supports) in _ledByHeading)
        {
            if (task.Children.Count > 0 || !task.Leads.SequenceEqual(leads) || (perLine.TryGetValue(task.Line, out var onLine) && onLine > 1)
                || !_elements.GivenPlainly(task) || task.Prose!.Value.Clause.Leads.Any(leads.Contains))
            {
                continue;
            }

            task.Leads.Clear();
            supports.ForEach(n => task.Supports.Remove(n));
            _elements.ApplyProse(task, documentInProse: false);
            if (task.Leads.Count == 0)
            {
                leads.ForEach(task.AddLead);
                supports.ForEach(task.AddSupport);
            }
        }
    }

    /// <summary>
    /// True where no clause of the body names a unit (no role word in a parenthesis, no field label, no task table):
    /// the document gives its work to bodies in its sentences (由X会同Y制定具体办法), and they say who leads. Where it
    /// has clauses, they do: a body a sentence mentions is only mentioned (生态环境部会同有关部门组织评估).
    /// </summary>
    private static bool NamesUnitsOnlyInProse(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var reader = new ClauseReader();
        return !body.Any(p => p.Line.Table is { } table
            ? TableColumns.Find(table.Rows) is not null
            : !GroupComposition.IsMatch(p.Line.Folded)
                && (ClauseReader.HasLabel(p.Line.Folded) || reader.Read(p.Line.Text, p.Line.Folded).Any(c => c.Leads.Count + c.Supports.Count + c.Implementers.Count > 0)));
    }

    // 成立创建工作领导小组，组长单位：县政府办公室，成员单位：…: who makes up a leading group, which gives no task its bodies.
    private static readonly System.Text.RegularExpressions.Regex GroupComposition = new(
        @"(?:领导小组|工作专班|指挥部|工作组|委员会)[^。]{0,40}?(?:组长|副组长|成员|指挥长)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private void CloseHeading()
    {
        if (_heading is not null)
        {
            // （A、B按职责分工负责） under a heading that names its lead: each answers in its remit beside the heading's lead.
            foreach (var task in _headingTasks.Where(t => t.ListedByDivision && t.Leads.Count > 0 && _heading.Leads.Count > 0 && !t.Leads.Any(_heading.Leads.Contains)))
            {
                var listed = task.Leads.Concat(task.Supports).Distinct().ToList();
                task.Leads.Clear();
                task.Supports.Clear();
                listed.ForEach(task.AddSupport);
            }

            foreach (var task in _headingTasks.Where(t => t.Leads.Count == 0))
            {
                var namesNone = task.Supports.Count == 0;
                if (_headingLine is { } named && _heading.Leads.Count > 0)
                {
                    _elements.Review(task, named, NoteSeverity.Note, BodyHeadingReview(named));
                }

                _heading.Leads.ForEach(task.AddLead);
                if (namesNone)
                {
                    _heading.Supports.ForEach(task.AddSupport);
                }

                if (_headingLine is null)
                {
                    _ledByHeading.Add((task, _heading.Leads.ToList(), namesNone ? _heading.Supports.ToList() : new List<string>()));
                }
            }
        }

        _heading = null;
        _headingLine = null;
        _headingTasks.Clear();
    }

    // The number of the last entry of a list of attachments (附件：1.…  2.…), 0 outside one.
    private int _attachment;

    private void Line(SourceLine line, Numbering numbering, bool noteInTask = false)
    {
        if (AttachmentList.IsMatch(line.Folded) && !noteInTask)
        {
            // 附件：1.2024年重点任务分工表 then 2.… 3.各乡镇联络员名单 under it: the document's furniture, no tasks.
            _attachment = AttachmentsListed(line.Folded) ? 1 : 0;
            Text(line.Text);
            _task = null;
            return;
        }

        // The entry's own number, however its words read (2.2024年…清单 starts like a decimal).
        if (_attachment > 0 && AttachmentNumber(line.Folded) == _attachment + 1)
        {
            _attachment++;
            Text(line.Text);
            return;
        }

        _attachment = numbering.Kind == NumberingKind.None ? _attachment : 0;
        {
            var kind = numbering.Kind == NumberingKind.Damaged ? _taskKind : numbering.Kind;
            if (kind == _sectionKind && kind != NumberingKind.None)
            {
                OpenSection(line, numbering);
            }
            else if (kind == _taskKind && kind != NumberingKind.None)
            {
                _taskSeen = true;
                OpenTask(line, numbering);
            }
            else if (!_taskSeen && _section is null && _taskKind != NumberingKind.None && kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled)
            {
                // (2)… before the first task: an orphan measure of a task on an earlier page, a task of its own.
                OpenTask(line, numbering);
            }
            else if (numbering.Kind is NumberingKind.Parenthesized or NumberingKind.Chinese || IsDottedHeading(numbering))
            {
                // A sub-heading between sections and 1. tasks ((一)统筹两个市场…): kept, whole, as the section's text;
                // who it names (（二）强化考核巡查。（牵头单位：市安委办）) is for its tasks that name nobody.
                CloseHeading();
                Text(line.Text);
                _task = null;
                _groupTasks.Clear();
                var named = IsBodyHeading(line);
                var heading = named ? BodyHeading(line) : _elements.Heading(line, numbering.BodyStart);
                if (heading.Leads.Count + heading.Supports.Count > 0)
                {
                    _heading = heading;
                    _headingLine = named ? line : null;
                }

                _fieldsOfSubHeading = true;
            }
            else
            {
                Paragraph(line, numbering);
            }
        }
    }

    // A task table's rows are tasks of the open section (or sections of their own); any other table is text, a line per row.
    private void Table(Documents.TableBlock table, bool rebuilt)
    {
        if (RestatedTable(table) || NumberedRowTable(table))
        {
            return;
        }

        if (TableColumns.Find(table.Rows) is { } columns)
        {
            // What stands above the header (附件1, the table's title) is the plan's title where the document has none.
            foreach (var row in table.Rows.Take(columns.HeaderStart))
            {
                var text = string.Join("\u3000", row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).Where(t => t.Length > 0));
                if (text.Length == 0)
                {
                    continue;
                }

                if (_plan.Title is null && _plan.Sections.Count == 0 && _plan.PlanTasks.Count == 0 && !System.Text.RegularExpressions.Regex.IsMatch(text, @"^附件\s*\d*$"))
                {
                    _plan.Title = text;
                    if (System.Text.RegularExpressions.Regex.Match(ChineseText.Fold(text), @"(?:19|20)\d{2}(?=年)") is { Success: true } year)
                    {
                        _plan.Year ??= int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                else
                {
                    Text(text);
                }
            }

            new TableReader(_elements, _notes, rebuilt).Read(table, Tasks, (line, label, title) =>
            {
                _section = new ImportedElement(line.Number, label, title);
                _plan.Sections.Add(_section);
                return _section.Children;
            });
            _task = null;
            return;
        }

        foreach (var row in table.Rows)
        {
            var text = string.Join("\u3000", row.Cells.Where(c => !c.IsMergedCopy).Select(c => c.Text.Trim()).Where(t => t.Length > 0));
            if (text.Length > 0)
            {
                var line = SourceLine.Of(row.Line, text);
                Line(line, Numbering.Read(line));
            }
        }
    }

    private readonly HashSet<SourceLine> _fieldLines = new();

    // The levels numbered items of fields stand at, from the highest.
    private static readonly NumberingKind[] Depth =
    {
        NumberingKind.Parenthesized, NumberingKind.Arabic, NumberingKind.ParenArabic, NumberingKind.ArabicParen, NumberingKind.Circled, NumberingKind.ItemLead,
    };

    // 协商形式：, 时间安排：, 项目内容及任务分解：: a short label and a colon opening a numbered line.
    private static readonly System.Text.RegularExpressions.Regex FieldOpening = new(
        @"^[ 　]*([\u4E00-\u9FFF]{2,10})[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Numbered fields: where every item of a numbering kind opens with a short label and a colon, and the labels
    /// repeat item after item (（一）协商形式：… （二）时间安排：… under each 一、), the items are the fields of the item
    /// above them, not tasks: they are read as unnumbered lines of it.
    /// </summary>
    private void NumberedFields(List<(SourceLine Line, Numbering Numbering)> body)
    {
        foreach (var kind in new[] { NumberingKind.Parenthesized, NumberingKind.Arabic, NumberingKind.ParenArabic })
        {
            var items = Enumerable.Range(0, body.Count).Where(i => body[i].Numbering.Kind == kind && body[i].Line.Table is null).ToList();
            if (items.Count < 4)
            {
                continue;
            }

            var labels = items.Select(i => FieldOpening.Match(body[i].Line.Folded.Substring(body[i].Numbering.BodyStart))).ToList();
            if (labels.Any(m => !m.Success))
            {
                continue;
            }

            // Three in four at least repeat a label (督查时间 and once 督办时间 for it): a copy varies a word now and then.
            // A label is a noun (推进老旧小区改造： repeated year after year is a task's title); one longer than six
            // characters (项目内容及任务分解) only beside a label of the role table (责任单位, 完成时限).
            // An item whose words close with its own clause (1.教育：新建中小学校10所。（市教育局负责）, or 责任单位：… after
            // its work) is a task labelled by its category, not a field; a field of the role table may carry a note
            // (完成时限：12月（由X牵头验收）).
            var reader = new ClauseReader();
            var counts = labels.GroupBy(m => m.Groups[1].Value).ToList();
            var repeated = counts.Where(g => g.Count() >= 2).ToList();
            if (repeated.Count >= 2 && repeated.Sum(g => g.Count()) * 4 >= items.Count * 3
                && !counts.Any(g => UnitShape.ActionAt(g.Key, 0) > 0)
                && (counts.All(g => g.Key.Length <= 6) || repeated.Any(g => RoleWords.Label(g.Key) != Role.None))
                && !items.Select((i, x) => (Line: body[i].Line, Label: labels[x].Groups[1].Value, After: body[i].Numbering.BodyStart + labels[x].Length))
                    .Any(p => RoleWords.Label(p.Label) == Role.None
                        && (reader.Read(p.Line.Text, p.Line.Folded).Any(c => c.Leads.Count > 0) || ClauseReader.HasLabel(p.Line.Folded.Substring(p.After)))))
            {
                // The level the fields are under (三、 over （一）责任领导：, or 1. over （一）责任单位：) is never their words.
                var owners = new HashSet<NumberingKind>();
                foreach (var i in items.Where(i => body[i].Numbering.Value == 1 && i > 0))
                {
                    var owner = body.FindLastIndex(i - 1, p => p.Numbering.Kind is not (NumberingKind.None or NumberingKind.ItemLead));
                    if (owner >= 0 && body[owner].Numbering.Kind != kind)
                    {
                        owners.Add(body[owner].Numbering.Kind);
                    }
                }

                foreach (var i in items)
                {
                    _fieldLines.Add(body[i].Line);
                    body[i] = (body[i].Line, Numbering.None);
                }

                // （四）项目内容及任务分解： then 1、新建通村水泥路…其中丹江口市230公里 then （五）资金筹措：: what a field
                // lists between it and the next field is that field's words, not tasks.
                // Only levels below the fields' own: a (四) between 4、 and 1、 is the next item the fields are under.
                // Nor lines that name who does them: 1、…（市生态环境局负责） under （一）主要任务：, or 1、组建…，市国资委负责。,
                // are tasks.
                var deeper = Depth.Skip(System.Array.IndexOf(Depth, kind) + 1).ToArray();
                for (var k = 0; k + 1 < items.Count; k++)
                {
                    var gap = Enumerable.Range(items[k] + 1, items[k + 1] - items[k] - 1).Where(j => body[j].Numbering.Kind is not NumberingKind.None).ToList();
                    if (gap.Any(j => !deeper.Contains(body[j].Numbering.Kind) || owners.Contains(body[j].Numbering.Kind))
                        || gap.Any(j => LineNamesLead(reader, body[j].Line) || RoleWords.HasRole(body[j].Line.Folded)))
                    {
                        continue;
                    }

                    for (var j = items[k] + 1; j < items[k + 1]; j++)
                    {
                        body[j] = (body[j].Line, Numbering.None);
                    }
                }
            }
        }
    }

    // 1. 市容环境序化行动 over 1.1 tasks (not a spaced 1 heading): under 一、 sections, a sub-heading.
    private static bool IsDottedHeading(Numbering numbering)
        => numbering.Kind == NumberingKind.DecimalHeading && numbering.Label.Length > 0 && numbering.Label[numbering.Label.Length - 1] is '.' or '．' or '、';

    private void ChooseLevels(List<(SourceLine Line, Numbering Numbering)> body)
    {
        int Count(NumberingKind kind) => body.Count(p => p.Numbering.Kind == kind);
        var chinese = body.Where(p => p.Numbering.Kind == NumberingKind.Chinese).ToList();
        var arabic = Count(NumberingKind.Arabic);
        var parenthesized = Count(NumberingKind.Parenthesized) + Count(NumberingKind.Damaged);
        if (Count(NumberingKind.Decimal) >= 2 && Count(NumberingKind.Decimal) >= arabic)
        {
            // 1.1, 1.2 under 1 , 2 : the decimals are the tasks. Under 一、 sections, the 1. over them are sub-headings.
            (_sectionKind, _taskKind) = (Count(NumberingKind.DecimalHeading) > 0 && !(chinese.Count > 0 && body.Any(p => IsDottedHeading(p.Numbering)))
                ? NumberingKind.DecimalHeading : NumberingKind.Chinese, NumberingKind.Decimal);
        }
        else if (Count(NumberingKind.Article) >= 2 && Count(NumberingKind.Article) > arabic + parenthesized)
        {
            // 第三条 articles, in 第二章 chapters where there are any: the articles are the tasks.
            (_sectionKind, _taskKind) = (Count(NumberingKind.Chapter) > 0 ? NumberingKind.Chapter : NumberingKind.Chinese, NumberingKind.Article);
        }
        else if (arabic >= 1 && parenthesized >= 1 && ClausesOf(body, NumberingKind.Parenthesized) > ClausesOf(body, NumberingKind.Arabic)
            && OwnLeadsUnderLeadingHeadings(body) < MinOwnLeadsUnderHeadings)
        {
            // (一) carries who is accountable, the 1. under it are its measures: (一) are the tasks. Not where 1. under a
            // (一) that names its lead give their own work to another in their sentences (…，由区科技创新服务中心负责。): the
            // 1. are the tasks, and a lead on their (一) is theirs where they name none.
            (_sectionKind, _taskKind) = (NumberingKind.Chinese, NumberingKind.Parenthesized);
        }
        else if (arabic >= 2 || (arabic == 1 && (parenthesized == 0 || ClausesOf(body, NumberingKind.Arabic) > ClausesOf(body, NumberingKind.Parenthesized))))
        {
            // One 1. under (一) that names who does it (a page cut after the first task): the 1. is the task.
            // Without 一、, (一) are the sections of 1. tasks.
            // 第一条 over 1. 2., 第二条 over 1. 2. again (a 若干措施's articles over their measures): the articles are the sections.
            (_sectionKind, _taskKind) = (Count(NumberingKind.Chinese) == 0 && parenthesized > 0 ? NumberingKind.Parenthesized
                : Count(NumberingKind.Chinese) == 0 && Count(NumberingKind.Article) >= 2 ? NumberingKind.Article : NumberingKind.Chinese, NumberingKind.Arabic);
        }
        else if (Count(NumberingKind.Parenthesized) + Count(NumberingKind.Damaged) >= 1)
        {
            (_sectionKind, _taskKind) = (NumberingKind.Chinese, NumberingKind.Parenthesized);
        }
        else if (chinese.Count > 0 && Count(NumberingKind.ItemLead) == 0
            && (chinese.Count(p => IsWork(p.Line, p.Numbering) || HoldsFields(body, p.Line)) * 2 >= chinese.Count || IsList(body)))
        {
            // 一、 numbers the tasks themselves: a document without sections.
            (_sectionKind, _taskKind) = (NumberingKind.None, NumberingKind.Chinese);
        }
        else
        {
            (_sectionKind, _taskKind) = (NumberingKind.Chinese, NumberingKind.None);
        }
    }

    /// <summary>
    /// 一、…。 二、…。 … 十、… one a line with nothing between them (a list of projects an announcement makes): no item
    /// heads anything, so they are the items themselves, not headings.
    /// </summary>
    private static bool IsList(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var items = Enumerable.Range(0, body.Count).Where(i => body[i].Numbering.Kind == NumberingKind.Chinese).ToList();
        return items.Count >= 3 && items.Zip(items.Skip(1), (a, b) => b == a + 1 && body[b].Numbering.Value == body[a].Numbering.Value + 1).All(x => x)
            && items.All(i => body[i].Line.Table is null);
    }

    /// <summary>
    /// 一、 sections whose tasks are 1. in one and （1） or ① in another (a plan put together from several offices'
    /// parts): a section with none of the plan's task lines takes the lines of the first other numbering it uses as its
    /// tasks, where there are two or more and they name who does the work. Without that, they were its heading's words
    /// and the section led by all of their units at once.
    /// </summary>
    private void SectionsNumberingTheirOwn(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_sectionKind == NumberingKind.None || _taskKind == NumberingKind.None)
        {
            return;
        }

        var starts = Enumerable.Range(0, body.Count).Where(i => body[i].Numbering.Kind == _sectionKind).ToList();
        for (var s = 0; s < starts.Count; s++)
        {
            var from = starts[s] + 1;
            var to = s + 1 < starts.Count ? starts[s + 1] : body.Count;
            var part = body.GetRange(from, to - from);
            if (part.Any(p => p.Numbering.Kind == _taskKind || p.Line.Table is not null))
            {
                continue;
            }

            var kind = part.Select(p => p.Numbering.Kind).FirstOrDefault(k => k is NumberingKind.Parenthesized or NumberingKind.Arabic
                or NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled);
            var lines = Enumerable.Range(from, to - from).Where(i => body[i].Numbering.Kind == kind).ToList();
            // Named in a clause, or in the items' own sentences where they number measures, never headings
            // (⑵…。区人民政府教育督导室负责。, not （二）加强督查考核。县委督查室…负责…): two at least then.
            if (kind != NumberingKind.None && lines.Count >= 2
                && (ClausesOf(part, kind) >= 1
                    || (kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled && lines.Count(i => OwnSentencesNameLead(body[i].Line, body[i].Numbering.BodyStart)) >= 2)))
            {
                _measureTasks.UnionWith(lines);
            }
        }
    }

    // (1), 1） or ① numbering the work under (一) or 1.: they are the tasks where they carry more of the clauses.
    private void MeasuresAsTasks(List<(SourceLine Line, Numbering Numbering)> body)
    {
        // Measures before the first task (a page that starts inside the last one's list) are orphans, read on their own:
        // they do not decide the plan's levels.
        var first = _taskKind == NumberingKind.None ? 0 : System.Math.Max(0, body.FindIndex(p => p.Numbering.Kind == _taskKind));
        var levels = body.Skip(first).ToList();
        foreach (var kind in new[] { NumberingKind.ParenArabic, NumberingKind.ArabicParen, NumberingKind.Circled })
        {
            // Where the task level names who does its work too, the measures are promoted task by task
            // (MeasuresOwningTheirWork), never the whole level: 2. after (1)(2) stays a task.
            var taskClauses = _taskKind == NumberingKind.None ? 0 : ClausesOf(levels, _taskKind);
            if (levels.Count(p => p.Numbering.Kind == kind) >= 2 && ClausesOf(levels, kind) > taskClauses && !OwnClausesOfTasks(levels)
                && !OneLineAfterMeasures(levels, kind))
            {
                if (_sectionKind == NumberingKind.None && body.Any(p => p.Numbering.Kind == NumberingKind.Chinese))
                {
                    _sectionKind = NumberingKind.Chinese;
                }
                else if (_taskKind == NumberingKind.Arabic && !body.Any(p => p.Numbering.Kind == NumberingKind.Chinese)
                    && body.Where(p => p.Numbering.Kind == NumberingKind.Arabic).All(p => Numbering.Letter(p.Numbering.Label[0], upper: true) > 0))
                {
                    // A、推进农村厕所革命 over a) b): the lettered parts are the sections of the lettered tasks.
                    _sectionKind = NumberingKind.Arabic;
                }

                _taskKind = kind;
                return;
            }
        }

        // 1.兒童及青少年保健: with (1)(2)(3) under it, every 1. a title closed by a colon and nobody named anywhere: the
        // 1. head the (1) items, which are the work.
        if (_taskKind == NumberingKind.Arabic && !body.Any(p => p.Numbering.Kind == NumberingKind.Chinese)
            && body.Count(p => p.Numbering.Kind == NumberingKind.ParenArabic) >= 2 && ClausesOf(body, NumberingKind.Arabic) == 0
            && ClausesOf(body, NumberingKind.ParenArabic) == 0
            && body.Where(p => p.Numbering.Kind == NumberingKind.Arabic).All(p => IsColonTitle(p.Line.Folded.Substring(p.Numbering.BodyStart))))
        {
            (_sectionKind, _taskKind) = (NumberingKind.Arabic, NumberingKind.ParenArabic);
            return;
        }

        // ①…⑩ (or (1), 1）) the only numbered items of a document that has no other task level: the list is the tasks
        // (十大民生实事：①…；②…), whether or not they name anyone.
        if (_taskKind == NumberingKind.None)
        {
            // 一是…, 二是… opening their own paragraphs, each with its fields under it, are tasks as 1. are; not where each
            // paragraph opens with 一是 and goes on to 二是 inside it (those are its items).
            var itemsOwnParagraphs = body.Any(p => p.Numbering.Kind == NumberingKind.ItemLead && p.Numbering.Value >= 2)
                && !body.Any(p => p.Numbering.Kind == NumberingKind.ItemLead && ItemInside.IsMatch(p.Line.Folded));
            var measures = new[] { NumberingKind.ParenArabic, NumberingKind.ArabicParen, NumberingKind.Circled, NumberingKind.ItemLead }
                .Where(kind => kind != NumberingKind.ItemLead || itemsOwnParagraphs)
                .Select(kind => (Kind: kind, Count: body.Count(p => p.Numbering.Kind == kind)))
                .Where(k => k.Count > 0)
                .OrderByDescending(k => k.Count)
                .ToList();
            if (measures.Count > 0)
            {
                _taskKind = measures[0].Kind;
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ItemInside = new(
        "[；;。，,][ 　]*[二三四五六七八九十]+是", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A plan whose tasks are the rows of its task table (具体任务分工见附件): where the numbered paragraphs of its body
    /// name nobody at all, they are its requirements and safeguards (三、保障措施（一）加强组织领导…), kept as text, not
    /// tasks beside the table's. Paragraphs that do name who is accountable stay tasks.
    /// </summary>
    private void TasksInTable(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind != NumberingKind.None && body.Any(p => p.Line.Table is { } table && TableColumns.Find(table.Rows) is { } columns && !columns.OfIndicators && !_restated.ContainsKey(table) && !_numberedRows.ContainsKey(table))
            && ClausesOf(body, _taskKind) == 0 && !OneOpensWithWhoDoesIt(body) && !WorkListBesideTable(body))
        {
            _taskKind = NumberingKind.None;
        }
    }

    // 一、重点任务 / 1.… 2.… before a task table of other work (a 项目安排表): the list is work, not framing to give way to
    // the table, where two of its numbered items stand before the first table outside a heading that frames the plan
    // (一、工作目标 / 1.到年底…).
    private bool WorkListBesideTable(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var framing = false;
        var count = 0;
        foreach (var (line, numbering) in body)
        {
            if (line.Table is not null)
            {
                break;
            }

            if (numbering.Kind == _sectionKind && _sectionKind != NumberingKind.None)
            {
                framing = Framing(line, numbering);
            }
            else if (numbering.Kind == _taskKind && !framing)
            {
                count++;
            }
        }

        return count >= 2;
    }

    // 1.学生处负责做好…, 1.教务处要完成…: a numbered paragraph that opens with the body that does its work (not 各乡镇要…,
    // a requirement the plan puts on every place below its table).
    private bool OneOpensWithWhoDoesIt(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var prose = new ProseReader(new ClauseReader());
        return body.Any(p => p.Numbering.Kind == _taskKind && p.Line.Table is null
            && (prose.Opening(p.Line, p.Numbering.BodyStart) ?? prose.Opening(p.Line, p.Numbering.BodyStart, modalSubject: true)) is { Leads.Count: > 0 } found
            && !found.Leads.Any(UnitShape.IsGroup));
    }

    // The task whose later paragraphs were read last.
    private ImportedElement? _continued;

    private readonly HashSet<int> _leafTasks = new();
    private readonly HashSet<int> _leafSections = new();

    /// <summary>
    /// Numbered headings with no task under them that are tasks themselves, where the plan's depth is mixed:
    /// <list type="bullet">
    /// <item>a sub-heading ((三)) with work but no 1. under it, beside siblings that have theirs, is the work's own level;</item>
    /// <item>a section whose sub-headings ((一)…(九)) hold no 1. at all, in a plan whose other sections do, has its
    /// sub-headings as tasks, unless the section frames the plan (指导思想, 基本原则, 保障措施 …);</item>
    /// <item>a section holding no number, only one short item (a bill's or project's name on the next line, its fields
    /// after it), beside sections that number theirs, is a task: a section of one task that bears its number;</item>
    /// <item>a section holding no number whose own paragraph is work that names who leads it (a directive), beside
    /// sections that number theirs, is a task.</item>
    /// </list>
    /// </summary>
    // True where some task-level line names who does it on its own line or the unnumbered lines before its first measure.
    private bool OwnClausesOfTasks(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var reader = new ClauseReader();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Numbering.Kind != _taskKind || body[i].Line.Table is not null)
            {
                continue;
            }

            for (var j = i; j < body.Count && (j == i || body[j].Numbering.Kind == NumberingKind.None) && body[j].Line.Table is null; j++)
            {
                if (LineNamesLead(reader, body[j].Line))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True where a line names who does its work: a clause in brackets, the whole line as fields (责任部门:X牵头), the
    /// sentence after its title (2.加强用地供应。责任部门:X牵头。) or its last part from 由 (…,由X负责。).
    /// </summary>
    private static bool LineNamesLead(ClauseReader reader, SourceLine line) => LeadsNamed(reader, line) is not null;

    // The leads the first clause of a line that names any gives, or null.
    private static List<string>? LeadsNamed(ClauseReader reader, SourceLine line)
    {
        var text = line.Text;
        var folded = line.Folded;
        if (reader.Read(text, folded).FirstOrDefault(c => c.Leads.Count > 0) is { } bracketed)
        {
            return bracketed.Leads;
        }

        if (reader.ReadStatement(text, folded, line.Number) is { Leads.Count: > 0 } whole)
        {
            return whole.Leads;
        }

        // 由省经贸委承办，A、B协办。治理工作目标：…: the first sentence gives the work, or the last does.
        var stop = folded.IndexOf('。');
        if (stop > 0 && reader.ReadStatement(text.Substring(0, stop), folded.Substring(0, stop), line.Number) is { Leads.Count: > 0 } first)
        {
            return first.Leads;
        }

        if (stop > 0 && stop + 1 < folded.Length && reader.ReadStatement(text.Substring(stop + 1), folded.Substring(stop + 1), line.Number) is { Leads.Count: > 0 } last)
        {
            return last.Leads;
        }

        var by = System.Math.Max(folded.LastIndexOf("，由", System.StringComparison.Ordinal), folded.LastIndexOf(",由", System.StringComparison.Ordinal));
        return by > 0 && reader.ReadStatement(text.Substring(by + 1), folded.Substring(by + 1), line.Number) is { Leads.Count: > 0 } given ? given.Leads : null;
    }

    // The task's text says its leads answer for it together (X共同负责, X共同牵头): with someone it does not name there.
    private static bool LeadsTogether(ImportedElement task) => task.Text.Select(ChineseText.Fold).Any(text => task.Leads.Any(lead => SaidTogether(text, lead)));

    private static bool SaidTogether(string folded, string lead) => TogetherWords.Any(w => folded.Contains(ChineseText.Fold(lead) + w));

    private static readonly string[] TogetherWords = { "共同负责", "共同牵头", "共同承担", "一同负责", "一并负责" };

    private readonly HashSet<int> _measureHeadings = new();
    private readonly HashSet<int> _measureTasks = new();

    // 牵头, 配合单位, 负责, 协办: words that give a body a role, whichever.
    private static readonly System.Text.RegularExpressions.Regex GivesARole = new("牵头|配合|负责|责任单位|协办|参与|主办|协同", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Headings of measures made tasks that name their own lead, for those of them that name none.
    private readonly HashSet<int> _selfNamedHeadings = new();

    // The numbering of the open self-named heading (2.1 …（牵头单位：X））, whose next of a kind closes it.
    private NumberingKind? _selfNamedKind;
    private readonly HashSet<int> _measureItems = new();

    /// <summary>
    /// A task whose own words name nobody, over measures ((1)…(4)) that each name who does them, on their line or the
    /// line under it (责任部门：市房管局牵头，…): the measures are the tasks, the task's line a heading over them. Where
    /// any measure names nobody, or the task names someone, they stay its words.
    /// </summary>
    private void MeasuresOwningTheirWork(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind is not (NumberingKind.Arabic or NumberingKind.Parenthesized or NumberingKind.Chinese or NumberingKind.Decimal
            or NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Article))
        {
            return;
        }

        var reader = new ClauseReader();
        var prose = new ProseReader(reader);
        // (2)区卫生局负责制订…: a measure that opens with the body doing it names it as a clause would; ⑴综合协调组：由县政府
        // 办公室牵头，… (a working group's members) gives it in a sentence of its own.
        bool Names(int at) => body[at].Line.Table is null
            && (LineNamesLead(reader, body[at].Line) || prose.Opening(body[at].Line, body[at].Numbering.Kind == NumberingKind.None ? 0 : body[at].Numbering.BodyStart) is { Leads.Count: > 0 }
                || (body[at].Numbering.Kind != NumberingKind.None && prose.Sentences(body[at].Line, body[at].Numbering.BodyStart) is { Clause.Leads.Count: > 0 }));

        bool ModalSubject(int at) => body[at].Line.Table is null
            && prose.Opening(body[at].Line, body[at].Numbering.Kind == NumberingKind.None ? 0 : body[at].Numbering.BodyStart, modalSubject: true) is { Leads.Count: > 0 };

        // Under (一) tasks, 1. numbers their measures too (二、(一)全力推进…。 then 1.…(X主办) 2.…(Y主办)).
        // Under 第三条, an article of rules, 1. numbers its items as well.
        var arabicMeasures = _taskKind is NumberingKind.Parenthesized or NumberingKind.Chinese or NumberingKind.Article;
        // Under (1) tasks, ① numbers their measures.
        bool IsMeasure(NumberingKind kind) => kind != _taskKind
            && (kind is NumberingKind.ParenArabic or NumberingKind.ArabicParen or NumberingKind.Circled || (arabicMeasures && kind == NumberingKind.Arabic));
        var partlyNamed = new List<(int Task, List<int> Headings, List<int> Owners)>();
        var selfNamed = new List<(int Task, List<int> Owners)>();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Numbering.Kind != _taskKind || body[i].Line.Table is not null)
            {
                continue;
            }

            var end = i + 1;
            while (end < body.Count && body[end].Line.Table is null
                && (body[end].Numbering.Kind is NumberingKind.None or NumberingKind.ItemLead || IsMeasure(body[end].Numbering.Kind)))
            {
                end++;
            }

            var measures = Enumerable.Range(i + 1, end - i - 1).Where(j => IsMeasure(body[j].Numbering.Kind)).ToList();
            if (measures.Count < 2)
            {
                continue;
            }

            var namesItself = Enumerable.Range(i, measures[0] - i).Any(Names);
            if (namesItself && measures[0] == i + 1 && IsBodyRoleHeading(body[i], reader) && measures.All(m => body[m].Numbering.Kind == body[measures[0]].Numbering.Kind)
                && Enumerable.Range(i + 1, end - i - 1).All(j => !Names(j) && RoleField(body[j]) == Role.None))
            {
                // 4、茄子河区政府负责: over (1)…(9) that name nobody: the measures are that body's tasks.
                _bodyRoleHeadings.Add(i);
                _measureTasks.UnionWith(measures);
                i = end - 1;
                continue;
            }

            // Each measure names who does it, once: a second naming line in a measure's block (牵头单位:X;配合单位:Y after
            // the last measure) may be the task's own, so the measures stay its words. 牵头单位：X then 责任单位：Y on the
            // lines under a measure are one naming, its fields (an activity's 开幕式).
            int Namings(int from, int to)
            {
                var count = 0;
                var run = new HashSet<Role>();
                var runNames = false;
                for (var at = from; at < to; at++)
                {
                    var role = RoleField(body[at]);
                    if (role != Role.None && run.Add(role))
                    {
                        runNames |= Names(at);
                        continue;
                    }

                    // A line that is no field, or a role the run already has (a second 牵头单位), ends the run.
                    count += runNames ? 1 : 0;
                    run.Clear();
                    runNames = role != Role.None && run.Add(role) && Names(at);
                    count += role == Role.None && Names(at) ? 1 : 0;
                }

                return count + (runNames ? 1 : 0);
            }

            // (2)系列活动 naming nobody over ①…②, each naming who does it: (2) is a heading too, and its sub-measures are tasks.
            var top = body[measures[0]].Numbering.Kind;
            var owners = new List<int>();
            var headings = new List<int>();
            for (var x = 0; x < measures.Count; x++)
            {
                var m = measures[x];
                var subs = body[m].Numbering.Kind == top ? measures.Skip(x + 1).TakeWhile(j => body[j].Numbering.Kind != top).ToList() : new List<int>();
                if (subs.Count >= 2 && Namings(m, subs[0]) == 0)
                {
                    headings.Add(m);
                    owners.AddRange(subs);
                    x += subs.Count;
                    continue;
                }

                owners.Add(m);
            }

            // Each owner's block runs to the next owner's or heading's line, or the task's end.
            var starts = owners.Concat(headings).OrderBy(m => m).ToList();
            var blockEnds = starts.Select((m, k) => (m, End: k + 1 < starts.Count ? starts[k + 1] : end)).ToDictionary(b => b.m, b => b.End);
            var namings = owners.Select(m => Namings(m, blockEnds[m])).ToList();
            if (namesItself)
            {
                // 2.专题论坛 / 牵头单位：X over ①…③, each with its own 责任单位 line: the task is X's, and its measures are
                // its items, each led by its own unit or else by the task's. Only where each naming is a field line
                // under its measure (not a line after the last, which may be the task's) and the measures hold no level.
                if (owners.Count >= 2 && headings.Count == 0 && namings.All(n => n <= 1) && namings.Any(n => n == 1)
                    && owners.Select((m, k) => (m, k)).All(o => namings[o.k] == 0 || Enumerable.Range(o.m, blockEnds[o.m] - o.m).Any(at => RoleField(body[at]) != Role.None || at == o.m && Names(at))))
                {
                    _measureItems.UnionWith(owners);
                }

                // Measures that give roles of their own (（配合单位：X）): the level of the plan's tasks, where its siblings'
                // measures are; measures that name nobody are its steps.
                if (owners.Count >= 2 && headings.Count == 0 && owners.Any(m => Enumerable.Range(m, blockEnds[m] - m).Any(at => GivesARole.IsMatch(body[at].Line.Folded))))
                {
                    selfNamed.Add((i, owners));
                }

                i = end - 1;
                continue;
            }

            // 1.镇林业站负责… then 2.各村（社区）要清理…: a measure whose sentence opens with who must do it names them too,
            // beside a measure that names who does its work.
            var withModal = namings.Select((n, k) => n == 0 && ModalSubject(owners[k]) ? 1 : n).ToList();
            if (owners.Count >= 2 && (namings.All(n => n == 1) || (namings.Any(n => n == 1) && withModal.All(n => n == 1))))
            {
                _measureHeadings.Add(i);
                _measureHeadings.UnionWith(headings);
                _measureTasks.UnionWith(owners);
            }
            else if (owners.Count >= 2 && namings.All(n => n <= 1) && namings.Any(n => n == 1)
                && (namings[namings.Count - 1] == 0 || Names(owners[owners.Count - 1])))
            {
                // Not where the last measure names who does it on a line after it (责任部门：X牵头 under (2)): that line
                // may be the task's, over all its measures.
                partlyNamed.Add((i, headings, owners));
            }

            i = end - 1;
        }

        // Where the document's other tasks hand their work to measures that name who does them, a task whose measures
        // name who does some of them hands its work on the same way: the measures naming nobody have no lead, rather
        // than the lead of a sibling.
        // Elsewhere, such measures are the items of their task, each led by what it names: the one a measure names
        // (①…责任单位：县文化和旅游局) is not the lead of its siblings (②建设智慧旅游服务平台) nor of the task.
        // 2.1 夯实数字基础设施（牵头单位：X） over 2.1.1…2.1.3, where 2.2's measures are the plan's tasks: 2.1 heads its own
        // the same way, its lead theirs where they name none.
        foreach (var (task, owners) in selfNamed.Where(_ => _measureHeadings.Count > 0))
        {
            _measureHeadings.Add(task);
            _selfNamedHeadings.Add(task);
            _measureTasks.UnionWith(owners);
            _measureItems.ExceptWith(owners);
        }

        foreach (var (task, headings, owners) in partlyNamed)
        {
            if (_measureHeadings.Count > 0)
            {
                _measureHeadings.Add(task);
                _measureHeadings.UnionWith(headings);
                _measureTasks.UnionWith(owners);
            }
            else if (headings.Count == 0)
            {
                _measureItems.UnionWith(owners);
            }
        }
    }

    // The role of a line that is one field naming bodies (牵头单位：X), or none.
    private static Role RoleField((SourceLine Line, Numbering Numbering) paragraph)
    {
        var folded = paragraph.Line.Folded;
        var colon = folded.IndexOfAny(LabelColons);
        return paragraph.Numbering.Kind == NumberingKind.None && colon > 0 && colon <= 9
            && RoleWords.Label(folded.Substring(0, colon)) is var role and (Role.Lead or Role.Accountable or Role.Support) ? role : Role.None;
    }

    private static readonly char[] LabelColons = { '：', ':' };

    private void LeafHeadings(List<(SourceLine Line, Numbering Numbering)> body)
    {
        AgendaItems(body);
        if (_taskKind == NumberingKind.None || !body.Any(p => p.Numbering.Kind == _taskKind && p.Line.Table is null))
        {
            return;
        }

        bool IsSub(Numbering n) => (n.Kind is NumberingKind.Parenthesized or NumberingKind.Chinese || IsDottedHeading(n)) && n.Kind != _sectionKind && n.Kind != _taskKind;
        bool IsSentence(int at) => body[at].Line.Folded.TrimEnd().EndsWith("。", System.StringComparison.Ordinal);
        bool HasContent(int at, int end)
            => ElementReader.SplitTitle(body[at].Line.Text.Substring(body[at].Numbering.BodyStart)).Remainder.Trim().Length > 0
               || (at + 1 < end && body[at + 1].Numbering.Kind == NumberingKind.None && body[at + 1].Line.Table is null);

        var starts = Enumerable.Range(0, body.Count).Where(i => _sectionKind != NumberingKind.None && body[i].Numbering.Kind == _sectionKind && body[i].Line.Table is null).ToList();
        var taskLines = Enumerable.Range(0, body.Count).Where(i => body[i].Numbering.Kind == _taskKind && body[i].Line.Table is null).ToList();

        // The plan's depth elsewhere: some sub-heading holds tasks (一、>(一)>1.); its tasks are names (立法项目). Of the parts
        // that frame the work only a schedule (一、时间安排>(一)学生休假时间>1.…) says how deep the plan numbers: its
        // dates are numbered as the work beside it would be.
        var blocks = starts.Select((at, b) => (Start: at, End: b + 1 < starts.Count ? starts[b + 1] : body.Count))
            .Where(x => !Framing(body[x.Start].Line, body[x.Start].Numbering) || Schedule.IsMatch(body[x.Start].Line.Folded.Substring(body[x.Start].Numbering.BodyStart))).ToList();
        // Not the numbers of an attachment after the last part (附件 then 1.…16., the division of the work).
        var deep = blocks.Any(x => Enumerable.Range(x.Start + 1, x.End - x.Start - 1).Any(i => IsSub(body[i].Numbering)
            && Enumerable.Range(i + 1, x.End - i - 1).FirstOrDefault(j => body[j].Numbering.Kind is not (NumberingKind.None or NumberingKind.ItemLead)) is var first and > 0
            && body[first].Numbering.Kind == _taskKind
            && !Enumerable.Range(i + 1, first - i - 1).Any(j => body[j].Line.Folded.TrimStart().StartsWith("附件", System.StringComparison.Ordinal))));
        var statements = new ClauseReader();
        var namedTasks = taskLines.Count(i => IsItemName(SourceLine.Of(body[i].Line.Number, body[i].Line.Text.Substring(body[i].Numbering.BodyStart)))) * 2 > taskLines.Count;
        for (var b = 0; b < starts.Count; b++)
        {
            var start = starts[b];
            var end = b + 1 < starts.Count ? starts[b + 1] : body.Count;
            if (body.Skip(start).Take(end - start).Any(p => p.Line.Table is not null))
            {
                continue;
            }

            var subs = Enumerable.Range(start + 1, end - start - 1).Where(i => IsSub(body[i].Numbering)).ToList();
            var tasks = Enumerable.Range(start + 1, end - start - 1).Count(i => body[i].Numbering.Kind == _taskKind);
            if (Framing(body[start].Line, body[start].Numbering))
            {
                // 四、其他相关工作 over （一）市食安办负责，…配合，深入宣传… (二)市卫生局负责，…: a framing part's sub-parts are
                // tasks where every one of them, two or more, opens with who leads it.
                if (tasks == 0 && subs.Count >= 2 && subs.All(at => OpensWithLead(statements, body[at])))
                {
                    _leafTasks.UnionWith(subs);
                }

                continue;
            }

            if (subs.Count == 0)
            {
                var numbered = Enumerable.Range(start + 1, end - start - 1).Any(i => body[i].Numbering.Kind is not (NumberingKind.None or NumberingKind.ItemLead));
                var heading = SourceLine.Of(body[start].Line.Number, body[start].Line.Text.Substring(body[start].Numbering.BodyStart));
                if (!numbered && namedTasks && start + 1 < end && body[start + 1].Line.Table is null && (IsItemName(body[start + 1].Line) || end == start + 2)
                    && IsItemName(heading) && heading.Folded.Length <= 30 && !heading.Folded.Contains('。'))
                {
                    _leafSections.Add(start);
                }
                else if (!numbered && (((IsWork(body[start].Line, body[start].Numbering) || IsSentence(start)) && NamesLead(body[start].Line, body[start].Numbering.BodyStart))
                    || Enumerable.Range(start + 1, end - start - 1).Any(j => body[j].Line.Table is null && ClauseReader.IsAgentBy(body[j].Line.Folded, 0)
                        && statements.ReadStatement(body[j].Line.Text, body[j].Line.Folded, body[j].Line.Number) is { Leads.Count: > 0 })
                    || (ElementReader.SplitTitle(heading.Text).Remainder.Trim().Length > 0
                        && Enumerable.Range(start + 1, end - start - 1).Any(j => body[j].Line.Table is null && body[j].Numbering.Kind == NumberingKind.None
                            && statements.Read(body[j].Line.Text, body[j].Line.Folded, body[j].Line.Number).Any(c => c.Leads.Count > 0)))))
                {
                    // （三）深化安全生产治理。开展…, its words going on over lines that close with （牵头：X；配合：Y）: the
                    // part's heading opens its one task, whose clause its later lines give.
                    // 一、主要目标 then its targets and 由X，Y负责落实。 on a line of its own: a heading that is itself a task.
                    // 一、有关…一事，请X会同Y先行研议。 beside sections that hold numbered tasks: the heading is itself a
                    // directive that gives work to a body, not a heading of nothing.
                    _leafSections.Add(start);
                }

                continue;
            }

            var ranges = subs.Select((at, k) => (At: at, End: k + 1 < subs.Count ? subs[k + 1] : end)).ToList();
            var withTasks = ranges.Count(r => Enumerable.Range(r.At + 1, r.End - r.At - 1).Any(i => body[i].Numbering.Kind == _taskKind));
            var allSubs = withTasks == 0 && tasks == 0 && ranges.Count >= 2 && deep;
            if (withTasks > 0 || allSubs)
            {
                foreach (var (at, subEnd) in ranges)
                {
                    // A part that frames the work (（三）加强督查) is a task only where it names who leads it.
                    if (!Enumerable.Range(at + 1, subEnd - at - 1).Any(i => body[i].Numbering.Kind == _taskKind) && (HasContent(at, subEnd) || (allSubs && IsSentence(at)))
                        && (!Framing(body[at].Line, body[at].Numbering) || LineNamesLead(statements, body[at].Line)))
                    {
                        _leafTasks.Add(at);
                    }
                }
            }
            else if (withTasks == 0 && tasks == 0)
            {
                // 一、 over 1. and 2., then 二、 over （一）加强营商环境监督。（县纪委监委负责）: a part that numbers its tasks a level
                // up; each that names who leads it in a clause is a task, not words of its part, whatever its title frames.
                // So too （二）市卫生局负责，A、B配合，制定…: the part's line opening with who leads it.
                foreach (var (at, _) in ranges.Where(r => LineNamesLead(statements, body[r.At].Line) || OpensWithLead(statements, body[r.At])))
                {
                    _leafTasks.Add(at);
                }
            }
        }
    }

    private static bool OpensWithLead(ClauseReader statements, (SourceLine Line, Numbering Numbering) paragraph)
        => paragraph.Line.Table is null && new ProseReader(statements) is var prose
           && (prose.Opening(paragraph.Line, paragraph.Numbering.BodyStart) is { Leads.Count: > 0 }
               || prose.Sentences(paragraph.Line, paragraph.Numbering.BodyStart) is { Clause.Leads.Count: > 0, Words: var words }
                  && paragraph.Line.Text.Substring(paragraph.Numbering.BodyStart).TrimStart().StartsWith(words, System.StringComparison.Ordinal));

    private static bool NamesLead(SourceLine line, int bodyStart)
    {
        var clauses = new ClauseReader();
        return clauses.Read(line.Text, line.Folded).Any(c => c.Leads.Count > 0)
            || new ProseReader(clauses).Sentences(line, bodyStart) is { Clause.Leads.Count: > 0 };
    }

    // As NamesLead, and also a sentence that opens with the body that must do the work (区财政局要…) or closes the
    // paragraph with the bodies and their verb alone (区人民政府教育督导室负责。).
    private static bool OwnSentencesNameLead(SourceLine line, int bodyStart)
    {
        var clauses = new ClauseReader();
        var prose = new ProseReader(clauses);
        return NamesLead(line, bodyStart)
            || SentenceStarts(line.Folded, bodyStart).Any(at => LastSentenceNamesLead(clauses, line, at) || prose.Opening(line, at, modalSubject: true) is { Leads.Count: > 0 })
            || LastClauseStart(line.Folded, bodyStart) is var last and > 0 && (LastSentenceNamesLead(clauses, line, last) || prose.Opening(line, last) is { Leads.Count: > 0 });
    }

    // 清理河塘沟渠40公里，由镇水利站负责。: where the last clause of the paragraph starts, after its comma; 0 where none.
    private static int LastClauseStart(string folded, int bodyStart)
    {
        var end = folded.TrimEnd('。', ' ', '　').Length;
        var comma = end > bodyStart ? folded.LastIndexOfAny(new[] { '，', ',' }, end - 1, end - bodyStart) : -1;
        return comma >= 0 && folded.IndexOfAny(new[] { '。', '；', ';' }, comma, end - comma) < 0 ? comma + 1 : 0;
    }

    // （责任单位：市卫生健康委，下同）: the task's lead and supports go to the tasks after it in its list that name none, up
    // to the next that says 下同 itself.
    private void SameBelow()
    {
        foreach (var list in new[] { _plan.PlanTasks }.Concat(_plan.Sections.Select(s => s.Children)))
        {
            ImportedElement? same = null;
            foreach (var task in list)
            {
                if (task.LeadsLaterTasks)
                {
                    same = task;
                }
                else if (same is not null && task.Leads.Count == 0)
                {
                    same.Leads.ForEach(task.AddLead);
                    same.Supports.ForEach(task.AddSupport);
                    if (same.LedByConvention)
                    {
                        // The lead carried is the convention's reading of a list: a reviewer should see it here too.
                        _elements.Review(task, SourceLine.Of(task.Line, string.Empty), NoteSeverity.Note, "lead " + string.Join("、", same.Leads)
                            + " carried by 下同 from task " + same.Label?.Trim() + ", where it is the first listed of a list that names no lead (--co-leads makes all of them leads)");
                    }
                }
            }
        }
    }

    // Where each sentence from bodyStart on starts.
    private static IEnumerable<int> SentenceStarts(string folded, int bodyStart)
    {
        for (var at = bodyStart; at < folded.Length; at++)
        {
            if (at == bodyStart || folded[at - 1] is '。' or '！' or '？')
            {
                yield return at;
            }
        }
    }

    // 区人民政府教育督导室负责。 closing the paragraph: a sentence of the bodies and their verb alone.
    private static bool LastSentenceNamesLead(ClauseReader clauses, SourceLine line, int at)
    {
        var rest = line.Folded.Substring(at).TrimEnd('。', ' ', '　');
        return rest.Length is > 2 and <= MaxClosingSentence && rest.IndexOfAny(new[] { '。', '，', ',', '；', ';' }) < 0
            && RoleWords.VerbAt(rest, rest.Length - 2).Role is Role.Accountable or Role.Lead
            && clauses.ReadStatement(line.Text.Substring(at, rest.Length), rest, line.Number) is { Leads.Count: > 0, NotUnits.Count: 0, Unread.Count: 0 };
    }

    private const int MaxClosingSentence = 40;

    /// <summary>
    /// A document numbered with 一、 alone, no item holding a number under it, every item a short heading (no
    /// full sentence) with its paragraph of work after it (the items of a meeting's record: 二、关于…方案 then 会议原则同意…):
    /// with nothing else to be its tasks, the items that carry work are. An item with nothing under it (一、略) is not.
    /// </summary>
    private void AgendaItems(List<(SourceLine Line, Numbering Numbering)> body)
    {
        if (_taskKind != NumberingKind.None || _sectionKind != NumberingKind.Chinese
            || body.Any(p => p.Line.Table is not null || p.Numbering.Kind is not (NumberingKind.None or NumberingKind.Chinese)))
        {
            return;
        }

        var items = Enumerable.Range(0, body.Count).Where(i => body[i].Numbering.Kind == NumberingKind.Chinese).ToList();
        // …and an item whose own line closes with who leads it (二、推进垃圾分类（县城管局牵头，县住建局配合）).
        var carrying = items.Where(i => !Framing(body[i].Line, body[i].Numbering)
            && ((i + 1 < body.Count && body[i + 1].Numbering.Kind == NumberingKind.None && IsAgendaHeading(body[i].Line.Folded.Substring(body[i].Numbering.BodyStart)))
                || NamesLead(body[i].Line, body[i].Numbering.BodyStart))).ToList();
        // One item alone (a page cut after the first) only where its paragraph names who leads it: a lone heading
        // over prose is a section as well as anything.
        var reader = new ClauseReader();
        var alone = items.Count == 1 && carrying.Count == 1
            && Enumerable.Range(items[0] + 1, body.Count - items[0] - 1).Any(j => LineNamesLead(reader, body[j].Line));
        // Framing items (总体要求, 保障措施, 联系方式) neither carry work nor keep the others from it.
        var work = items.Count(i => !Framing(body[i].Line, body[i].Numbering));
        if ((items.Count >= 2 || alone) && carrying.Count * 2 > work
            && items.All(i => carrying.Contains(i) || Framing(body[i].Line, body[i].Numbering) || i + 1 >= body.Count || body[i + 1].Numbering.Kind == NumberingKind.Chinese))
        {
            _leafSections.UnionWith(carrying);
        }
    }

    // 兒童及青少年保健: a short title closed by a colon, nothing after it.
    private static bool IsColonTitle(string folded)
    {
        var text = folded.Trim();
        return text.Length is > 1 and <= 30 && text[text.Length - 1] is '：' or ':' && text.IndexOfAny(new[] { '。', '，', ',', '；', ';' }) < 0;
    }

    // 审议《…》, 听取…汇报，研究相关工作: a heading of one clause or two, not a sentence of work.
    private static bool IsAgendaHeading(string folded)
    {
        var text = folded.Trim().TrimEnd('。');
        return text.Length is > 1 and <= 60 && text.IndexOfAny(new[] { '。', '；', ';', '：', ':' }) < 0;
    }

    // 亳州市城市绿化条例, 《某某条例》: a name on a line of its own, no sentence, no field.
    private static bool IsItemName(SourceLine line)
    {
        var folded = line.Folded.TrimEnd('。', '；', ';');
        return folded.Length is > 0 and <= 40 && folded.IndexOfAny(new[] { '。', '，', ',', '；', ';', '：', ':' }) < 0;
    }

    // 指导思想, 基本原则, 工作目标, 保障措施, 组织实施: a section framing the plan, its sub-headings not work.
    private static readonly System.Text.RegularExpressions.Regex FramingTitle = new(
        @"^(?:[^。：:]{0,6})(?:目的(?:和意义|与意义|意义)?[。：:]?$)|^(?:[^。：:]{0,6})(?:指导思想|重要意义|总体要求|总体思路|基本原则|工作原则|主要原则|发展目标|工作目标|主要目标|总体目标|目标任务|保障措施|保障机制|组织保障|工作保障|组织实施|组织领导|工作要求|有关要求|联系方式|联系人|职责分工|责任分工|其他事项|评分办法|评分标准|实施步骤|工作步骤|进度安排|时间安排|实施范围|适用范围|工作机制|依据|经费|考核|督查|督导|管考|监督|评估|附则|宣传|完成情况|总体情况|基本情况|工作回顾|名词解释)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex Schedule = new(
        @"^(?:[^。：:]{0,6})(?:时间安排|实施步骤|工作步骤|进度安排)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static bool Framing(SourceLine line, Numbering numbering) => FramingTitle.IsMatch(line.Folded.Substring(numbering.BodyStart));

    // 1.完善应急预案体系 then (1)…(4) and one line of its own, (责任单位:A、B、C), after the last: the line closes the task
    // the measures belong to, where every such line stands after the last measure of a task and no measure names anyone
    // on its own line.
    private static bool OneLineAfterMeasures(List<(SourceLine Line, Numbering Numbering)> body, NumberingKind kind)
    {
        var reader = new ClauseReader();
        var holders = new HashSet<int>();
        var current = -1;
        for (var i = 0; i < body.Count; i++)
        {
            var (line, numbering) = body[i];
            if (numbering.Kind != NumberingKind.None && numbering.Kind != NumberingKind.ItemLead)
            {
                current = numbering.Kind == kind ? i : -1;
            }

            if (current >= 0 && line.Table is null && (reader.Read(line.Text, line.Folded).Count > 0 || ClauseReader.HasLabel(line.Folded)))
            {
                if (i == current)
                {
                    return false;
                }

                holders.Add(current);
            }
        }

        // The last of two or more: a measure alone under its heading (（一）中医药 then ① and 责任单位：…) owns its line.
        bool Last(int item)
        {
            var next = body.FindIndex(item + 1, p => p.Numbering.Kind is not (NumberingKind.None or NumberingKind.ItemLead));
            var previous = item == 0 ? -1 : body.FindLastIndex(item - 1, p => p.Numbering.Kind is not (NumberingKind.None or NumberingKind.ItemLead));
            return (next < 0 || body[next].Numbering.Kind != kind) && previous >= 0 && body[previous].Numbering.Kind == kind;
        }

        return holders.Count > 0 && holders.All(Last);
    }

    // How many responsibility clauses the paragraphs numbered this way hold, with the unnumbered ones after them.
    private const int MinOwnLeadsUnderHeadings = 2;

    // 1. 目标：…, 2. 措施：…, 3. 保障：所需经费由财务科负责: the heading's fields, numbered, not measures of their own.
    private static readonly System.Text.RegularExpressions.Regex FieldLabel = new(@"^[ 　]*[\u4E00-\u9FFF]{1,4}[：:]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The 1. under a (一) that names its lead, whose own sentences give the work to someone.
    private static int OwnLeadsUnderLeadingHeadings(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var reader = new ClauseReader();
        var headingLeads = false;
        var count = 0;
        foreach (var (line, numbering) in body)
        {
            if (numbering.Kind is NumberingKind.Parenthesized or NumberingKind.Damaged or NumberingKind.Chinese)
            {
                headingLeads = numbering.Kind != NumberingKind.Chinese && line.Table is null && (reader.Read(line.Text, line.Folded).Count > 0 || ClauseReader.HasLabel(line.Folded));
            }
            else if (headingLeads && numbering.Kind == NumberingKind.Arabic && line.Table is null && !FieldLabel.IsMatch(line.Folded.Substring(numbering.BodyStart))
                && OwnSentencesNameLead(line, numbering.BodyStart))
            {
                count++;
            }
        }

        return count;
    }

    private static int ClausesOf(List<(SourceLine Line, Numbering Numbering)> body, NumberingKind kind)
    {
        var reader = new ClauseReader();
        var count = 0;
        var inside = false;
        foreach (var (line, numbering) in body)
        {
            if (numbering.Kind != NumberingKind.None && numbering.Kind != NumberingKind.ItemLead)
            {
                inside = numbering.Kind == kind || (kind == NumberingKind.Parenthesized && numbering.Kind == NumberingKind.Damaged);
            }

            if (inside && line.Table is null && (reader.Read(line.Text, line.Folded).Count > 0 || ClauseReader.HasLabel(line.Folded)))
            {
                count++;
            }
        }

        return count;
    }

    // 一、围绕…开展协商 with its numbered fields under it: the item they describe.
    private bool HoldsFields(List<(SourceLine Line, Numbering Numbering)> body, SourceLine line)
    {
        var at = body.FindIndex(p => ReferenceEquals(p.Line, line));
        return at >= 0 && at + 1 < body.Count && _fieldLines.Contains(body[at + 1].Line);
    }

    // 2011年重点工作目标责任书（4项）, 重点任务清单: the title of a list of work, its count after it.
    private static readonly System.Text.RegularExpressions.Regex ListTitle = new(
        @"^[^。；;，,：:]{0,30}(?:责任书|清单|任务|工作|目标|项目|事项|实事)[ 　]*(?:[(（][ 　]*(?:共|计)?[ 　]*\d{1,3}[ 　]*项[ 　]*[)）])?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static bool IsListTitle(string folded) => ListTitle.IsMatch(folded);

    // 市劳动和社会保障局 / 负责农民工工资的清欠和防欠工作。 / (一)…: what the body answers for, said once between its name and
    // its tasks.
    private static readonly System.Text.RegularExpressions.Regex DutySummary = new(
        @"^(?:主要)?(?:负责|职责[：:])[^。；;]{2,60}[。；;]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static bool IsDutySummary(string folded) => DutySummary.IsMatch(folded);

    /// <summary>A line between a body's name and its tasks: the list's title, or what the body answers for.</summary>
    internal static bool StandsBetweenBodyAndTasks(string folded) => IsListTitle(folded) || IsDutySummary(folded);

    // A body's name alone on its line, with its level (市卫生局; not 数字政府, a topic), the next line the first task of a
    // list numbered from one, and no signature's (县人民政府办公室 then 1.抄送…, 1.附件…).
    // (◆市发展和改革委员会： over 4. 5. 6. after an earlier body's 1. 2. 3.: a list numbered on across the bodies.)
    private bool IsUnitHeading(SourceLine line, (SourceLine Line, Numbering Numbering) next)
    {
        var name = HeadingBodies(line.Folded);
        var work = next.Line.Folded.Substring(System.Math.Min(next.Line.Folded.Length, next.Numbering.BodyStart)).TrimStart();
        var numberedOn = _bodyHeadings.Count > 0 && Tasks.Count > 0 && NumberOf(Tasks[Tasks.Count - 1]) is { } last && next.Numbering.Value == last + 1;
        // ◆市商务局、市文化广电旅游局：, ◆各县（市、区）人民政府：: the bodies, or the group, of a list numbered on, or of one
        // numbered from one under a colon (市民政局、市残疾人联合会： then 1.…).
        var bodies = IsBodyName(name) || ((numberedOn || (next.Numbering.Value == 1 && line.Folded.TrimEnd().EndsWith("：", System.StringComparison.Ordinal))) && HasUnitHeadingForm(line.Folded)
            && ClauseReader.SplitTopLevel(name, "、").Select(p => name.Substring(p.Start, p.End - p.Start)).ToList() is { Count: > 0 } parts
            && parts.All(part => IsBodyName(part) || IsDutyGroup(part)));
        return (next.Numbering.Value == 1 || numberedOn) && next.Numbering.Kind == _taskKind && next.Numbering.Kind != NumberingKind.None && bodies
            && !new[] { "抄送", "附件", "联系人", "联系电话", "印发", "发送", "主送" }.Any(w => work.StartsWith(w, System.StringComparison.Ordinal));
    }

    // ◆市商务局、市文化广电旅游局： between a body's tasks and the next: a heading of the same form, whoever it names, ends
    // the body's tasks.
    private static bool HasUnitHeadingForm(string folded)
    {
        var text = folded.Trim();
        return text.Length is > 2 and <= 40 && text.IndexOfAny(new[] { '。', '；', ';' }) < 0
            && (Numbering.ListMarks.IndexOf(text[0]) >= 0 || text[text.Length - 1] is '：' or ':');
    }

    // ▲年度重点突破事项（2项） between ◆市发展和改革委员会：'s tasks: a line of another mark, with no colon, naming no body,
    // groups the body's own tasks; it is no heading of the same form.
    private bool SubHeadingOfTheBody(string folded)
    {
        var text = folded.Trim();
        var heading = _headingLine?.Folded.Trim() ?? string.Empty;
        return Numbering.ListMarks.IndexOf(text[0]) >= 0 && text[text.Length - 1] is not ('：' or ':')
            && (heading.Length == 0 || heading[0] != text[0]) && !IsBodyName(UnitHeadingName(text));
    }

    // ◆市发展和改革委员会：, the body's name with a bullet before it and a colon after it: the name.
    // 市卫生健康委员会（责任领导：副市长 邱明远）： the bodies a heading names, the person in charge in brackets after them
    // left aside (a tag, never a unit).
    private static string HeadingBodies(string text)
    {
        var name = UnitHeadingName(text);
        if (name.Length > 0 && name[name.Length - 1] is '）' or ')' && name.LastIndexOfAny(new[] { '（', '(' }) is var open and > 0
            && name.Substring(open + 1, name.Length - open - 2) is var inside && inside.IndexOfAny(new[] { '：', ':' }) is var colon and > 0
            && RoleWords.Label(ChineseText.Fold(inside.Substring(0, colon))) == Role.Person)
        {
            return name.Substring(0, open).TrimEnd();
        }

        return name;
    }

    internal static string UnitHeadingName(string text) => text.Trim().TrimStart((Numbering.ListMarks + " \u3000").ToCharArray()).TrimEnd('：', ':', ' ', '\u3000');

    // 保障措施, 工作要求: a short line of words on its own, a heading.
    private static bool IsShortHeading(SourceLine line)
    {
        var text = line.Folded.Trim();
        return text.Length is >= 2 and <= 20 && !text.Any(c => char.IsPunctuation(c) || char.IsDigit(c));
    }

    // A paragraph that carries work, not a heading: it goes on after its first sentence, or is long.
    private static bool IsWork(SourceLine line, Numbering numbering)
    {
        var body = line.Text.Substring(numbering.BodyStart);
        var stop = body.IndexOf('。');

        // 一、新增公办学位，落实“双减”政策； an item of an enumeration: a heading never closes with a semicolon. 一、继续开展
        // 创建特色学校活动,命名100所素质教育特色学校。 a sentence of work and its figure: a heading states no target.
        var trimmed = body.TrimEnd();
        return body.Length > 60 || (stop >= 0 && stop < body.Length - 1) || trimmed.EndsWith("；", System.StringComparison.Ordinal) || trimmed.EndsWith(";", System.StringComparison.Ordinal)
            || (trimmed.EndsWith("。", System.StringComparison.Ordinal) && trimmed.IndexOfAny(new[] { '，', ',' }) > 0 && trimmed.Any(char.IsDigit));
    }

    private void OpenSection(SourceLine line, Numbering numbering, bool readHeading = true)
    {
        CloseHeading();
        _fieldsOfSubHeading = false;
        _scopeStart = 0;
        _groupTasks.Clear();
        var (title, rest) = ElementReader.SplitTitle(line.Text.Substring(numbering.BodyStart));
        // A heading without a number of its own (三月) has no label, not an empty one.
        _section = new ImportedElement(line.Number, numbering.Label.Length > 0 ? numbering.Label : null, title);
        _plan.Sections.Add(_section);
        _task = null;
        if (!readHeading)
        {
            return;
        }

        if (rest.Length > 0)
        {
            Paragraph(line, line.Text.Length - rest.Length);
        }
        else
        {
            // 一、思想道德建设（牵头单位：市委宣传部）: the section's lead, in effect for its tasks that name none.
            var named = IsBodyHeading(line);
            var heading = named ? BodyHeading(line) : _elements.Heading(line, numbering.BodyStart);
            heading.Leads.ForEach(_section.AddLead);
            heading.Supports.ForEach(_section.AddSupport);
            if (named && heading.Leads.Count > 0)
            {
                _elements.Review(_section, line, NoteSeverity.Note, BodyHeadingReview(line));
            }
        }
    }

    // 职责分工, 部门职责, 责任分工: a section whose items are the bodies and what each of them is to do (not 项目及职责分工
    // or 重点任务及分工, whose items are the projects).
    private static readonly System.Text.RegularExpressions.Regex DutiesTitle = new(
        @"^(?:部门|单位|各部门|各单位|工作|主要)?(?:职责分工|职责|责任分工)[。：:]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The task the measure items being read belong to, and the last of them, open while its lines are read.
    private ImportedElement? _itemsOwner;
    private ImportedElement? _openItem;

    private void OpenMeasureItem(SourceLine line, Numbering numbering)
    {
        _itemsOwner = _itemsOwner is { } owner && ReferenceEquals(_task, _openItem) ? owner : _task!;
        _task = _openItem = _elements.Task(line, numbering.Label, numbering.BodyStart);
        _itemsOwner.Children.Add(_task);
    }

    private void OpenTask(SourceLine line, Numbering numbering)
    {
        _fieldsOfSubHeading = false;
        if (AboutTheDocument.IsMatch(line.Folded.Substring(numbering.BodyStart)) || ContactEntry.IsMatch(line.Folded.Substring(numbering.BodyStart)))
        {
            // 第十七条 本措施自2024年6月20日起施行, 本办法由X负责解释, 为…，制定本措施: the document speaking of itself
            // (its purpose, scope, entry into force, interpretation) is no work and names no one accountable for work.
            _task = null;
            Text(line.Text);
            return;
        }

        var label = numbering.Label;
        if (numbering.Kind == NumberingKind.Damaged)
        {
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Note,
                "the number of this paragraph is damaged ('" + numbering.Label + "'); read as task " + Expected(_lastTaskNumber + 1) + ", the next in sequence"));
        }
        else
        {
            _lastTaskNumber = numbering.Value;
        }

        if (numbering.Kind == NumberingKind.Damaged)
        {
            _lastTaskNumber++;
        }

        _task = _elements.Task(line, label, numbering.BodyStart, _section is { } section && DutiesTitle.IsMatch(ChineseText.Fold(section.Title)));
        if (_task.Leads.Count == 0 && IsBodyHeading(line))
        {
            // （一）省监察厅牵头的工作 then its one paragraph: a heading that is itself the body's task.
            var heading = BodyHeading(line);
            heading.Leads.ForEach(_task.AddLead);
            heading.Supports.ForEach(_task.AddSupport);
        }

        Tasks.Add(_task);
        if (!line.IsLaterPart)
        {
            _paragraphTasks.Clear();
        }
        else if (_task.Leads.Count > 0)
        {
            // 10. …。11. …（X牵头，Y负责）: the clause closing the paragraph closes all of it, for its tasks that name nobody.
            // Not one whose own sentence gives it to a body (（二）燃煤散烧 由规财科负责。), which its prose is read for.
            // Only tasks of the same printed paragraph: a split paragraph's first part follows whatever came before it.
            foreach (var earlier in _paragraphTasks.Where(t => t.Line == line.Number && t.Leads.Count + t.Supports.Count == 0 && t.Prose is not { Clause.Leads.Count: > 0 }))
            {
                _task.Leads.ForEach(earlier.AddLead);
                _task.Supports.ForEach(earlier.AddSupport);
                earlier.Due ??= _task.Due;
                _elements.Review(earlier, line, NoteSeverity.Note, "shares the responsibility clause that closes its paragraph with task " + label + " (the two are printed in one paragraph)");
            }
        }

        _paragraphTasks.Add(_task);
        _groupTasks.Add(_task);
        if (_heading is not null)
        {
            _headingTasks.Add(_task);
        }
    }

    // 1.县发改局：张三，电话12345678: an entry of a list of contacts (a person and a number), no work.
    private static readonly System.Text.RegularExpressions.Regex ContactEntry = new(
        @"^[^。；;]{0,30}[：:][ 　]*[\u4E00-\u9FFF]{2,4}[ 　，,、]*(?:电话|手机|联系电话|座机|办公电话)[：:]?[ 　]*\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The first sentence of a provision about the document: 本措施自…起施行, 本办法由…负责解释, 本方案适用于…,
    // 本意见有效期…, or one that ends 制定本措施.
    // …and its furniture after the signature: 1.抄送：…, 2.附件：…, 主送, 印发, 联系人 (a number before them is the copy's).
    private static readonly System.Text.RegularExpressions.Regex AboutTheDocument = new(
        @"^[ 　]*(?:本" + DocumentWords + @"[^。]*?(?:起施行|起实施|起执行|解释|适用于|有效期|废止)|[^。]*制定本" + DocumentWords + @"(?:。|$)"
        + @"|(?:抄送|主送|附件|印发|联系人|联系电话|发送)[ 　]*[：:])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // 对本要点落实情况的督促检查, 本方案各项任务的跟踪督办: the follow-up of the whole document.
    private static readonly System.Text.RegularExpressions.Regex OverseesTheDocument = new(
        @"本" + DocumentWords + @"[^。；;]{0,12}?(?:落实|执行|实施|推进|完成)情况|本" + DocumentWords + @"[^。；;]{0,16}?(?:督促检查|跟踪督办|督查督办|督查考核|跟踪问效)"
        // 区人大常委会将对项目实施情况进行跟踪监督 under a congress's list of projects: who watches them all.
        + @"|对(?:各项|上述|以上|所有)?(?:项目|任务|实事|工作)[^。；;]{0,6}?(?:实施|落实|推进|完成|进展)情况[^。；;]{0,8}?(?:跟踪监督|监督检查|督促检查|跟踪督办|督查督办|督查考核|跟踪问效)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private const string DocumentWords = "(?:措施|办法|方案|规定|细则|意见|通知|计划|规划|政策|条例|要点|实施方案|工作方案|行动方案)";

    private string Expected(int number) => _taskKind switch
    {
        NumberingKind.Parenthesized => "(" + ChineseText.Numeral(number) + ")",
        NumberingKind.Chinese => ChineseText.Numeral(number) + "、",
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
    };

    private List<ImportedElement> Tasks => _section?.Children ?? _plan.PlanTasks;

    private void Paragraph(SourceLine line, Numbering numbering) => Paragraph(line, 0);

    // A paragraph (or what follows a heading on its line) that opens nothing: more of the open task, items, or the
    // section's or plan's text.
    private void Paragraph(SourceLine line, int offset)
    {
        if (offset == 0 && DivisionOfABody(line))
        {
            return;
        }

        if (offset == 0 && NumberedScopes(line) is { Count: > 0 } scopes)
        {
            // （1—3项由县水利局负责）, 第4至6项由县河长办牵头，各乡镇配合, 上述第7、8项任务分别由A、B负责: for the tasks
            // with those numbers that name no lead, respectively where the words say so and the names match the numbers.
            Text(_restatedWords.TryGetValue(line, out var printed) ? printed.Text : line.Text);

            // 本部分除第2项由X牵头外，其余任务均由Y牵头 before the tasks it names: read once they are all there. Which are
            // there is judged in the open part alone (its 第1项 is not the part before's), scope by scope.
            var later = scopes.Where(scope => !InOpenPart(scope)).ToList();
            if (later.Count > 0)
            {
                _laterScopes.Add((line, later, _section));
            }

            var now = scopes.Except(later).ToList();
            var mayBeThePlans = _section is not null && ExceptionStatement.IsMatch(line.Folded) && !PartWords.Any(line.Folded.Contains);
            if (now.Count > 0 && !(mayBeThePlans && NumbersRepeat(line)))
            {
                // After a section's tasks, a statement with an exception and no word of its part (本部分, 以上) may be the
                // whole plan's: where the numbering starts again, NumbersRepeat has said it is not read.
                ApplyScopes(line, now, Tasks);
                _closingStatement = mayBeThePlans ? (line, now, AllTasks().Count, (_closingStatement?.Said ?? 0) + 1) : _closingStatement;
            }

            _task = null;
            return;
        }

        if (offset == 0 && (CountedTasksAbove(line) || TitledStatements(line)))
        {
            return;
        }

        if (offset == 0 && StatedRules.LeadOfThePartsUnledTasks(line.Text, line.Folded) is { } partsLead)
        {
            // 本部分未明确牵头单位的，由X牵头, before the part's tasks or after them: the part's lead, which its tasks that
            // name none have (a part that names its own keeps it).
            Text(line.Text);
            _task = null;
            var holder = _elements.Heading(SourceLine.Of(line.Number, partsLead), 0, wholeLine: true);
            foreach (var element in _section is { Leads.Count: 0 } part ? new List<ImportedElement> { part } : _section is null ? Tasks.Where(t => t.Leads.Count == 0).ToList() : new List<ImportedElement>())
            {
                holder.Leads.ForEach(element.AddLead);
                holder.Supports.ForEach(element.AddSupport);
            }

            return;
        }

        if (offset == 0 && StatedRules.LeadsTheUnledTasks(line.Folded))
        {
            // 未明确牵头单位的，由X牵头 after the last task: the plan's word on its tasks (StatedPlanLead reads it).
            Text(line.Text);
            _task = null;
            return;
        }

        if (offset == 0 && ExceptionStatement.IsMatch(line.Folded) && RoleWords.HasRole(line.Folded))
        {
            // 除第4项…外，… that the scopes above could not read: a statement about tasks by their numbers, not the words of
            // the task above it, whose lead it would otherwise give.
            _notes.Add(new ImportNote(line.Number, NoteSeverity.Warning, "a statement about tasks by their numbers that could not be read: no lead read from it"));
            Text(line.Text);
            _task = null;
            return;
        }

        var scope = offset == 0 ? ClauseReader.ScopeOf(line.Folded) : 0;
        if (scope == 2)
        {
            // （本部分责任单位：X）: after the part's tasks, for them; before them, for those to come.
            scope = Tasks.Count > _scopeStart ? -1 : 1;
        }

        if (scope != 0)
        {
            // （以上任务由市商务局牵头，各区配合）: for the tasks before it that name no lead; 以下任务均由市财政局牵头： for those after.
            var holder = _elements.Heading(line, 0, wholeLine: true);
            if (holder.Leads.Count == 0 && ClauseReader.ScopeAgentAt(line.Folded) is var agentAt and > 0)
            {
                // 以上 3 项工作由X牵头 (spaces around a figure, as PDF text prints it, part the words into fields that are no
                // names): the clause from its 由.
                holder = _elements.Heading(line, agentAt, wholeLine: true);
            }

            Text(line.Text);
            if (scope < 0)
            {
                // 以上工作由X负责 after the later paragraphs of a task that names no lead closes that task's words: it is
                // no word on an earlier task whose own clause was not read.
                var scoped = Tasks.Skip(_scopeStart).ToList();
                if (_task is { Leads.Count: 0 } open && ReferenceEquals(_continued, open) && scoped.Count > 0 && ReferenceEquals(scoped[scoped.Count - 1], open))
                {
                    scoped = new List<ImportedElement> { open };
                }

                foreach (var task in scoped.Where(t => t.Leads.Count == 0 || (holder.Leads.Count > 0 && (t.LedOnlyByImplementers || t.LedOnlyByTheList))))
                {
                    // 各县区抓好落实 under 以上任务由市商务局牵头; （县卫健委、县农业农村局） above it, whose first listed led only by
                    // the convention, supports the lead the document names.
                    task.ListedSupport();
                    task.ImplementersSupport();
                    var namesNone = task.Supports.Count == 0;
                    holder.Leads.ForEach(task.AddLead);
                    if (namesNone)
                    {
                        holder.Supports.ForEach(task.AddSupport);
                    }
                }

                _scopeStart = Tasks.Count;
            }
            else
            {
                CloseHeading();
                _heading = holder.Leads.Count > 0 ? holder : null;
            }

            _task = null;
            return;
        }

        if (offset == 0 && GroupField(line))
        {
            return;
        }

        if (_task is not null && offset == 0 && OverseesTheDocument.IsMatch(line.Folded))
        {
            // 县委办公室要加强对本要点落实情况的督促检查 after the last task: who follows up the whole plan, not who does
            // the task above.
            Text(line.Text);
            _task = null;
            return;
        }

        if (_task is not null)
        {
            _elements.Continue(_task, line, offset);
            _continued = _task;
            return;
        }

        if (_section is not null && (_section.InNote || TableReader.OpensNote(line.Folded.Substring(offset))))
        {
            // 说明：… / 2.X会同Y每半年督查 under a table: the note's words, naming who checks the work, not who leads it.
            _section.InNote = true;
            Text(line.Text.Substring(offset));
            return;
        }

        var promoted = _elements.Promote(line, offset);
        if (promoted.Lead.Length > 0)
        {
            Text(promoted.Lead);
        }

        if (_fieldsOfSubHeading && promoted.Tasks.Count == 0 && promoted.Responsibility.Leads.Count + promoted.Responsibility.Supports.Count > 0)
        {
            // （一）龙舟系列赛事 then 牵头单位：X on the lines under it, before its 1.: the heading's, for its own tasks only.
            _heading ??= new ImportedElement(line.Number, null, string.Empty);
            promoted.Responsibility.Leads.Where(n => !_heading.Leads.Contains(n)).ToList().ForEach(_heading.AddLead);
            promoted.Responsibility.Supports.Where(n => !_heading.Supports.Contains(n)).ToList().ForEach(_heading.AddSupport);
        }
        else if (_section is not null)
        {
            promoted.Responsibility.Leads.ForEach(_section.AddLead);
            promoted.Responsibility.Supports.ForEach(_section.AddSupport);
        }

        foreach (var task in promoted.Tasks)
        {
            Tasks.Add(task);
        }
    }

    private void Text(string text)
    {
        if (_section is not null)
        {
            _section.Text.Add(text);
        }
        else
        {
            _plan.Preface.Add(text);
        }
    }
}
