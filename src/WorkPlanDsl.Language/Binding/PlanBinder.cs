using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Binding;

/// <summary>
/// Turns the statements of a parsed file into a <see cref="PlanModel"/>: opens elements, attaches attributes to the
/// element opened last, declares units, then resolves references and applies inheritance once everything is declared.
/// </summary>
public sealed class PlanBinder
{
    private readonly LineMap _lines;
    private readonly CancellationToken _cancellationToken;
    private readonly List<PlanDiagnostic> _diagnostics = new();
    private readonly UnitDirectory _units;
    private readonly BindingWork? _work;
    private readonly IdTable _sectionIds;
    private readonly IdTable _workIds;
    private readonly List<ElementDraft?> _sections;

    // A section's model is built once its last task is (when the next section opens): its draft is used again. Null
    // for a section still drafted; the tasks of the section opened last start at _sectionTasksFrom.
    private readonly List<SectionModel?> _sectionModels;
    private int _sectionTasksFrom;
    private readonly List<ElementDraft?> _tasks;

    // Built as soon as a task is complete (when the next task or section opens), so that its draft dies young instead
    // of being carried through every collection until the end; null for a task still drafted. Made at the number of
    // lines that open a task, so that when each of them did it is the model's own array, not copied.
    private TaskModel?[] _models;
    private readonly bool _buildEarly;
    private ResponsibilityResolver? _earlyResolver;
    private PlanChecks? _earlyChecks;
    private bool _builtAny;
    private bool _restart;

    // A compile's parser gives a text line as its span (LineScanner.TextAsSpan): a task's one-line text is kept as
    // that span by its model, not copied into a string of its own.
    private bool _textAsSpan;
    private readonly List<ElementDraft> _free = new();
    private ElementDraft? _plan;
    private ElementDraft? _current;
    private ElementDraft? _section;
    private ElementDraft? _task;
    private PlanLine? _planStatement;
    private string? _issuer;
    private string? _source;
    private SyntaxToken? _published;
    private int? _year;
    private bool _first = true;
    private bool _anyWellFormed;

    private PlanBinder(LineMap lines, PlanParser.PlanCounts counts, CancellationToken cancellationToken, BindingWork? counter, bool buildEarly = false)
    {
        _buildEarly = buildEarly;
        _lines = lines;
        _work = counter;
        _units = new UnitDirectory(counts.Declarations, counter);
        _cancellationToken = cancellationToken;

        // Sized once: a big plan's would otherwise be regrown on the large-object heap, which costs full collections,
        // and a small plan's regrown maps were a sixth of what its compile allocated.
        _tasks = new List<ElementDraft?>(counts.Tasks);
        _models = buildEarly ? new TaskModel?[counts.Tasks] : System.Array.Empty<TaskModel?>();
        _workIds = new IdTable(counts.Work);
        _sectionIds = new IdTable(counts.Sections);
        _sections = new List<ElementDraft?>(counts.Sections);
        _sectionModels = new List<SectionModel?>(buildEarly ? counts.Sections : 0);
    }

    public static CompiledPlan Bind(PlanSyntaxTree tree, CancellationToken cancellationToken = default)
        => Bind(tree, cancellationToken, null);

    /// <summary>Binds and counts the steps of the inner loops in <paramref name="work"/>, for the tests of linear growth.</summary>
    internal static CompiledPlan Bind(PlanSyntaxTree tree, BindingWork work)
        => Bind(tree, default, work);

    /// <summary>Parses and binds in one pass: each statement is bound as soon as it is read, and none is kept for a tree.</summary>
    internal static CompiledPlan Compile(string text, CancellationToken cancellationToken)
    {
        var lines = PlanParser.MapAndCountOpeners(text ?? string.Empty, out var counts);
        var binder = new PlanBinder(lines, counts, cancellationToken, null, buildEarly: true) { _textAsSpan = true };
        var syntaxErrors = new List<PlanDiagnostic>();
        PlanParser.Read(lines, syntaxErrors, binder.Take, cancellationToken, counts.Declarations, textAsSpan: true);
        if (binder._restart)
        {
            // A plan statement after a task was built: the year it may bring would change what was built. Only a file
            // with a second plan statement comes here, and it is read again the ordinary way.
            binder = new PlanBinder(lines, counts, cancellationToken, null) { _textAsSpan = true };
            syntaxErrors.Clear();
            PlanParser.Read(lines, syntaxErrors, binder.Take, cancellationToken, counts.Declarations, textAsSpan: true);
        }

        return binder.Finish(syntaxErrors);
    }

    private static CompiledPlan Bind(PlanSyntaxTree tree, CancellationToken cancellationToken, BindingWork? counter)
    {
        var counts = default(PlanParser.PlanCounts);
        foreach (var statement in tree.Statements)
        {
            switch (statement.Kind)
            {
                case StatementKind.Task: counts.Tasks++; break;
                case StatementKind.Item: counts.Items++; break;
                case StatementKind.Section: counts.Sections++; break;
                case StatementKind.Unit or StatementKind.Group: counts.Declarations++; break;
            }
        }

        var binder = new PlanBinder(tree.Lines, counts, cancellationToken, counter);
        var reused = new Statement();
        foreach (var statement in tree.Statements)
        {
            binder.Take(reused.From(statement));
        }

        return binder.Finish(tree.Diagnostics);
    }

    private void Take(Statement statement)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_first && statement.Kind != StatementKind.Plan)
        {
            Report(DiagnosticCatalog.PlanStatement, statement.KeywordStart, statement.KeywordLength,
                "A plan file must start with a 'plan' statement, not '" + Keywords.Spelling(statement.Kind) + "'");
        }

        _first = false;
        _anyWellFormed |= !statement.IsBroken;
        switch (statement.Kind)
        {
            case StatementKind.Task:
                BuildOpenTask();
                break;
            case StatementKind.Section:
                BuildOpenTask();
                BuildOpenSection();
                break;
            case StatementKind.Plan:
                _restart |= _builtAny;
                break;
        }

        Bind(statement);
    }

    /// <param name="syntaxErrors">The parser's diagnostics: they come before the binder's, as if reported first.</param>
    private CompiledPlan Finish(IReadOnlyList<PlanDiagnostic> syntaxErrors)
    {
        _diagnostics.InsertRange(0, syntaxErrors);
        if (!_anyWellFormed && syntaxErrors.Count == 0)
        {
            Report(DiagnosticCatalog.PlanStatement, 0, 0, "The file is empty: a plan file starts with 'plan Name \"title\"'");
        }

        PlanModel? model = null;
        if (_plan is not null && _planStatement is { Name: { } name, IsBroken: false })
        {
            BuildOpenTask();
            BuildOpenSection();
            var resolver = _earlyResolver ?? Resolver();
            resolver.Resolve(_sections, _tasks, _cancellationToken);
            (_earlyChecks ?? Checks()).Check(_sections, _tasks);
            model = BuildModel(name);
        }

        var ordered = _diagnostics.OrderBy(d => d.Location.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToArray();
        return new CompiledPlan(model, new EquatableArray<PlanDiagnostic>(ordered));
    }

    /// <summary>
    /// Builds the model of the task opened last, now that nothing more can be added to it, when everything it depends on
    /// is final: the plan statement (whose year dates worded deadlines), the names it and its section and items give
    /// (resolved as read), its section's responsibilities. A task that waits for a unit declared further down is built
    /// at the end, as every task was before.
    /// </summary>
    private void BuildOpenTask()
    {
        if (!_buildEarly || _restart || _task is null || _tasks.Count == 0 || !ReferenceEquals(_tasks[_tasks.Count - 1], _task)
            || _plan is null || _planStatement is not { Name: not null, IsBroken: false })
        {
            return;
        }

        var task = _task;
        if (task.Waits || (task.Parent?.Waits ?? false) || (task.ItemsOrNull?.Exists(item => item.Waits) ?? false))
        {
            return;
        }

        var resolver = _earlyResolver ??= Resolver();
        var checks = _earlyChecks ??= Checks();
        if (task.Parent is { } section)
        {
            resolver.ResolveSection(section);
        }

        resolver.ResolveTask(task);
        checks.CheckTask(task);
        if (_tasks.Count > _models.Length)
        {
            // A task line the count did not see (indented by other white space than spaces and tabs).
            System.Array.Resize(ref _models, System.Math.Max(_tasks.Count, 2 * _models.Length));
        }

        _models[_tasks.Count - 1] = Task(task);
        _tasks[_tasks.Count - 1] = null;
        _builtAny = true;

        // Nothing refers to the task's drafts any more (the statement being taken opens the next element, which
        // replaces them as the current task and element): they are used again for the next ones.
        if (task.ItemsOrNull is { } items)
        {
            _free.AddRange(items);
        }

        _free.Add(task);
    }

    /// <summary>
    /// Builds the model of the section opened last once every task of it is built (none waits for a unit declared
    /// further down), and checks it: nothing refers to its draft any more, which is used again for the next element.
    /// </summary>
    private void BuildOpenSection()
    {
        if (!_buildEarly || _restart || _section is not { } section || _sections.Count == 0 || !ReferenceEquals(_sections[_sections.Count - 1], section)
            || _plan is null || _planStatement is not { Name: not null, IsBroken: false } || section.Waits)
        {
            return;
        }

        for (var i = _sectionTasksFrom; i < _tasks.Count; i++)
        {
            if (_tasks[i] is not null)
            {
                return;
            }
        }

        var resolver = _earlyResolver ??= Resolver();
        var checks = _earlyChecks ??= Checks();
        resolver.ResolveSection(section);
        checks.CheckSection(section);
        while (_sectionModels.Count < _sections.Count - 1)
        {
            _sectionModels.Add(null);
        }

        _sectionModels.Add(Section(section));
        _sections[_sections.Count - 1] = null;
        _section = null;
        if (ReferenceEquals(_current, section))
        {
            _current = null;
        }

        _free.Add(section);
    }

    private ElementDraft Reuse()
    {
        var draft = _free[_free.Count - 1];
        _free.RemoveAt(_free.Count - 1);
        return draft;
    }

    private ResponsibilityResolver Resolver()
    {
        var planYear = _year ?? (_published is { } p && PlanDate.TryParse(p.Value, out var published) ? published.Year : null);
        return new ResponsibilityResolver(_units, planYear, _diagnostics, _lines, Rereader);
    }

    private PlanChecks Checks() => new(_diagnostics, _lines, _year, _units, Rereader, _work);

    private LineRereader Rereader => _rereader ??= new LineRereader(_lines);

    private LineRereader? _rereader;

    private void Bind(Statement statement)
    {
        if (statement.IsBroken)
        {
            BindBroken(statement);
            return;
        }

        switch (statement.Kind)
        {
            case StatementKind.Plan:
                OpenPlan(statement);
                return;
            case StatementKind.Unit:
            case StatementKind.Group:
                Declare(statement);
                return;
            case StatementKind.Section:
                OpenSection(statement);
                return;
            case StatementKind.Task:
                OpenTask(statement);
                return;
            case StatementKind.Item:
                OpenItem(statement);
                return;
        }

        // An attribute or a text line: the missing 'plan' statement has been reported already.
        if (_current is null)
        {
            return;
        }

        if (statement.Kind == StatementKind.Lead && statement.Name is not null && _current.Kind != ElementKind.Task)
        {
            Report(DiagnosticCatalog.MisplacedAttribute, statement.KeywordStart, statement.KeywordLength,
                "'" + Keywords.Spelling(statement.Kind) + " " + statement.Name.Value.Value + "' does not apply to " + Describe(_current) + "; it applies to tasks only");
            return;
        }

        if (!Takes(_current.Kind, statement.Kind))
        {
            Report(DiagnosticCatalog.MisplacedAttribute, statement.KeywordStart, statement.KeywordLength,
                "'" + Keywords.Spelling(statement.Kind) + "' does not apply to " + Describe(_current) + "; it applies to " + AppliesTo(statement.Kind));
            return;
        }

        if (IsOnceOnly(statement.Kind) && _current.Give(statement.Kind, statement.KeywordStart) is { } earlier)
        {
            Report(DiagnosticCatalog.MisplacedAttribute, statement.KeywordStart, statement.KeywordLength,
                "'" + Keywords.Spelling(statement.Kind) + "' is already given for " + Describe(_current) + " at line " + Line(earlier));
            return;
        }

        Attach(_current, statement);
    }

    // The line's WPL0001 says what is wrong; what follows it should not be wrong because of it.
    private void BindBroken(Statement statement)
    {
        var kind = statement.Kind switch
        {
            StatementKind.Plan => ElementKind.Plan,
            StatementKind.Section => ElementKind.Section,
            StatementKind.Task => ElementKind.Task,
            _ => ElementKind.Item,
        };
        var placeholder = new ElementDraft(kind, statement.Name?.Value ?? string.Empty, statement.Name, statement.KeywordStart, statement.KeywordLength);
        switch (statement.Kind)
        {
            case StatementKind.Plan:
                _planStatement ??= new PlanLine(statement.Name, statement.KeywordStart, IsBroken: true);
                _current = placeholder;
                break;
            case StatementKind.Section:
                _section = null;
                _task = null;
                _current = placeholder;
                break;
            case StatementKind.Task:
                _task = placeholder;
                _current = placeholder;
                break;
            case StatementKind.Item:
                _current = placeholder;
                break;
            case StatementKind.Lead when _current is not null:
                // lead 办公室， : the line's error is reported; that the element then has no lead would say it twice.
                _current.LeadBroken = true;
                break;
        }
    }

    private void Attach(ElementDraft element, Statement statement)
    {
        var value = statement.Value?.Value;
        switch (statement.Kind)
        {
            case StatementKind.Title: element.Title = value; break;
            case StatementKind.Issuer: _issuer = value; break;
            case StatementKind.Source: _source = value; break;
            case StatementKind.Published: _published = statement.Value; break;
            case StatementKind.Year: _year = int.Parse(value!, CultureInfo.InvariantCulture); break;
            case StatementKind.Label: element.Label = value; break;
            case StatementKind.Lead when statement.Name is not null:
                element.SaysNoLead = true;
                element.NoLeadReason = value ?? string.Empty;
                break;
            case StatementKind.Lead:
                // Resolved now when every name is declared already; a list that names a unit declared further down
                // keeps its tokens and is resolved (and its unknown names reported) once the whole file is read.
                if (_units.TryResolve(statement.List, null, out var leads))
                {
                    element.Leads = leads;
                }
                else
                {
                    element.PendingLeads = new List<SyntaxToken>(statement.List);
                }

                break;
            case StatementKind.Support:
                if (_units.TryResolve(statement.List, null, out var supports))
                {
                    element.Supports = supports;
                }
                else
                {
                    element.PendingSupports = new List<SyntaxToken>(statement.List);
                }

                break;
            case StatementKind.Due: element.SetDue(statement.Value!.Value); break;
            case StatementKind.Target: element.Targets.Add(Target(statement)); break;
            case StatementKind.Tag:
                foreach (var tag in statement.List)
                {
                    element.Tags.Add(tag.Value);
                }

                break;
            case StatementKind.Text when _textAsSpan: element.AddTextSpan(_lines.Text, statement.Value!.Value.Start, statement.Value.Value.Length); break;
            case StatementKind.Text: element.AddTextLine(value ?? string.Empty); break;
        }
    }

    private void OpenPlan(Statement statement)
    {
        if (_planStatement is { IsBroken: true })
        {
            _planStatement = null;
        }

        if (_planStatement is not null)
        {
            Report(DiagnosticCatalog.PlanStatement, statement.KeywordStart, statement.KeywordLength,
                "A plan file has one 'plan' statement; plan '" + _planStatement.Value.Name?.Value + "' is declared at line " + Line(_planStatement.Value.KeywordStart));
            return;
        }

        _planStatement = new PlanLine(statement.Name, statement.KeywordStart, IsBroken: false);
        _plan = new ElementDraft(ElementKind.Plan, statement.Name!.Value.Value, statement.Name, statement.KeywordStart, statement.KeywordLength)
        {
            Title = statement.Value?.Value,
        };
        if (statement.Value is not null)
        {
            _plan.Give(StatementKind.Title, statement.KeywordStart);
        }

        _current = _plan;
    }

    private void Declare(Statement statement)
    {
        var id = statement.Name!.Value;
        var isGroup = statement.Kind == StatementKind.Group;
        var unit = new UnitDraft();
        if (_units.TryAdd(id.Value, unit, id.Start) is { } earlier)
        {
            Report(DiagnosticCatalog.DuplicateIdentifier, id.Start, id.Length, isGroup ? "group" : "unit", id.Value, Line(earlier));
            return;
        }

        _units.Units.Add(unit);
        string[]? aliases = null;
        var count = 0;
        foreach (var alias in statement.List)
        {
            if (_units.TryAdd(alias.Value, unit, alias.Start) is { } aliasEarlier)
            {
                Report(DiagnosticCatalog.DuplicateIdentifier, alias.Start, alias.Length, "alias", alias.Value, Line(aliasEarlier));
                continue;
            }

            (aliases ??= new string[statement.List.Count])[count++] = alias.Value;
        }

        if (aliases is not null && count < aliases.Length)
        {
            System.Array.Resize(ref aliases, count);
        }

        // Everything a unit's model holds is on its line: made now, the draft keeps nothing else.
        unit.Model = new UnitModel(id.Value, statement.Value?.Value, isGroup ? UnitModelKind.Group : UnitModelKind.Unit, aliases is null ? default : new EquatableArray<string>(aliases), Locate(id.Start, id.Length));
    }

    private void OpenSection(Statement statement)
    {
        var section = Open(ElementKind.Section, statement, statement.Name!.Value.Value, _sectionIds);
        _sections.Add(section);
        _sectionTasksFrom = _tasks.Count;
        _section = section;
        _task = null;
    }

    private void OpenTask(Statement statement)
    {
        var task = Open(ElementKind.Task, statement, statement.Name!.Value.Value, _workIds);
        task.Parent = _section;
        _tasks.Add(task);
        _task = task;
    }

    private void OpenItem(Statement statement)
    {
        if (_task is null)
        {
            Report(DiagnosticCatalog.MisplacedAttribute, statement.KeywordStart, statement.KeywordLength,
                "'item' opens a sub-item of a task, but no task is open here");
            _current = null;
            return;
        }

        var id = statement.Name?.Value ?? _task.Id + "_" + ((_task.ItemsOrNull?.Count ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        var item = Open(ElementKind.Item, statement, id, _workIds);
        item.Parent = _task;
        _task.Items.Add(item);
    }

    private ElementDraft Open(ElementKind kind, Statement statement, string id, IdTable space)
    {
        var element = _free.Count > 0
            ? Reuse().Reset(kind, id, statement.Name, statement.KeywordStart, statement.KeywordLength)
            : new ElementDraft(kind, id, statement.Name, statement.KeywordStart, statement.KeywordLength);
        element.Title = statement.Value?.Value;
        if (statement.Value is not null)
        {
            element.Give(StatementKind.Title, statement.KeywordStart);
        }

        if (!space.TryAdd(id, element.AnchorStart, out var earlier))
        {
            var what = kind == ElementKind.Section ? "section" : "task or item";
            Report(DiagnosticCatalog.DuplicateIdentifier, element.AnchorStart, element.AnchorLength, what, id, Line(earlier));
        }

        _current = element;
        return element;
    }

    private PlanModel BuildModel(SyntaxToken name)
    {
        var units = new UnitModel[_units.Units.Count];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = _units.Units[i].Model;
        }

        var sections = new SectionModel[_sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i] = (i < _sectionModels.Count ? _sectionModels[i] : null) ?? Section(_sections[i]!);
        }

        var tasks = _models.Length == _tasks.Count ? _models : new TaskModel?[_tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            tasks[i] = (i < _models.Length ? _models[i] : null) ?? Task(_tasks[i]!);
        }

        return new PlanModel(
            name.Value,
            Locate(name.Start, name.Length),
            _plan!.Title,
            _issuer,
            _published is { } p && PlanDate.TryParse(p.Value, out var published) ? published : null,
            _year,
            _source,
            Text(_plan),
            Array(units),
            Array(sections),
            Array((TaskModel[])(object)tasks));
    }

    private SectionModel Section(ElementDraft s) => new(s.Id, s.Title ?? string.Empty, s.Label, s.Declared, Text(s), Anchor(s));

    private TaskModel Task(ElementDraft t)
    {
        var drafts = t.ItemsOrNull;
        var items = drafts is null ? System.Array.Empty<ItemModel>() : new ItemModel[drafts.Count];
        for (var j = 0; j < items.Length; j++)
        {
            var item = drafts![j];
            items[j] = new ItemModel(item.Id, item.Title ?? string.Empty, item.Label, item.Declared, item.InEffect, Targets(item), Strings(item.TagsOrNull), Text(item), Anchor(item));
        }

        return t.TextIsSpan(out var source, out var textStart, out var textLength)
            ? new TaskModel(t.Id, t.SectionId, t.Title ?? string.Empty, t.Label, t.Declared, t.InEffect, Targets(t), Strings(t.TagsOrNull), source, textStart, textLength, Array(items), Anchor(t))
            {
                NoLeadReason = t.NoLeadReason,
            }
            : new TaskModel(t.Id, t.SectionId, t.Title ?? string.Empty, t.Label, t.Declared, t.InEffect, Targets(t), Strings(t.TagsOrNull), Text(t), Array(items), Anchor(t))
        {
            NoLeadReason = t.NoLeadReason,
        };
    }

    private static EquatableArray<T> Array<T>(T[] items)
        where T : System.IEquatable<T>
        => items.Length == 0 ? default : new EquatableArray<T>(items);

    private static EquatableArray<TargetModel> Targets(ElementDraft element)
        => element.TargetsOrNull is not { Count: > 0 } targets ? default : new EquatableArray<TargetModel>(targets.ToArray());

    // Made when the statement is read, so that the statement need not be kept.
    private static TargetModel Target(Statement t) => new(
        t.Value!.Value.Value,
        TargetOperators.Parse(t.Operator?.Value),
        t.Number is { } n ? Canonical(n.Value) : null,
        t.Rest?.Value);

    /// <summary>
    /// A number as the invariant culture writes the decimal it means: most are written that way already (95, 99.5),
    /// and are kept as they are instead of parsed and written again; 007, -0 and a number of more than 28 digits are.
    /// </summary>
    private static string Canonical(string number)
    {
        var i = number.Length > 0 && number[0] == '-' ? 1 : 0;
        var digits = 0;
        var nonZero = false;
        for (var j = i; j < number.Length; j++)
        {
            if (number[j] != '.')
            {
                digits++;
                nonZero |= number[j] != '0';
            }
        }

        var leadingZero = number.Length > i + 1 && number[i] == '0' && number[i + 1] != '.';
        return digits <= 28 && !leadingZero && (i == 0 || nonZero)
            ? number
            : decimal.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private static EquatableArray<string> Strings(List<string>? values)
        => values is not { Count: > 0 } ? default : new EquatableArray<string>(values.ToArray());

    private static string Text(ElementDraft element) => element.Text();

    private static bool Takes(ElementKind element, StatementKind attribute) => attribute switch
    {
        StatementKind.Title or StatementKind.Text => true,
        StatementKind.Issuer or StatementKind.Published or StatementKind.Year or StatementKind.Source => element == ElementKind.Plan,
        StatementKind.Label or StatementKind.Lead or StatementKind.Support or StatementKind.Due => element != ElementKind.Plan,
        StatementKind.Target or StatementKind.Tag => element is ElementKind.Task or ElementKind.Item,
        _ => false,
    };

    private static string AppliesTo(StatementKind attribute) => attribute switch
    {
        StatementKind.Issuer or StatementKind.Published or StatementKind.Year or StatementKind.Source => "the plan only",
        StatementKind.Label or StatementKind.Lead or StatementKind.Support or StatementKind.Due => "sections, tasks and items",
        _ => "tasks and items",
    };

    private static bool IsOnceOnly(StatementKind attribute)
        => attribute is not (StatementKind.Target or StatementKind.Tag or StatementKind.Text);

    private static string Describe(ElementDraft element)
        => element.Kind == ElementKind.Plan ? "the plan" : element.Describe();

    private TextLocation Anchor(ElementDraft element) => Locate(element.AnchorStart, element.AnchorLength);

    private TextLocation Locate(int start, int length) => _lines.Locate(start, length);

    private string Line(int offset) => (_lines.LineOf(offset) + 1).ToString(CultureInfo.InvariantCulture);

    private void Report(DiagnosticInfo info, int start, int length, params string[] arguments)
        => _diagnostics.Add(PlanDiagnostic.Create(info, Locate(start, length), arguments));

    // What the binder keeps of the plan statement: not the statement, which the parser fills again for the next line.
    private readonly record struct PlanLine(SyntaxToken? Name, int KeywordStart, bool IsBroken);
}
