using System;
using System.Collections.Generic;
using System.Linq;
using System.ComponentModel;

namespace WorkPlanDsl;

/// <summary>Builds a <see cref="Plan"/>; the code the WPlan generator emits calls it, in document order.</summary>
/// <remarks>Units are referenced by id; they may be declared after their first use, as in a .wplan file.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PlanBuilder
{
    private readonly string _file;
    private readonly string _name;
    private readonly string _title;
    private readonly string? _issuer;
    private readonly DateTime? _published;
    private readonly int? _year;
    private readonly string? _source;
    private readonly string _preface;
    private readonly PlanSourceLocation _location;
    private readonly List<PlanUnit> _units = new List<PlanUnit>();
    private readonly List<PendingElement> _elements = new List<PendingElement>();
    private bool _built;

    /// <summary>Starts a plan.</summary>
    public PlanBuilder(string file, string name, string? title, string? issuer, DateTime? published, int? year, string? source, string? preface, int line, int column)
    {
        _file = file ?? throw new ArgumentNullException(nameof(file));
        _name = name ?? throw new ArgumentNullException(nameof(name));
        _title = title ?? string.Empty;
        _issuer = issuer;
        _published = published;
        _year = year;
        _source = source;
        _preface = preface ?? string.Empty;
        _location = new PlanSourceLocation(file, line, column);
    }

    /// <summary>Declares a unit or group.</summary>
    public PlanBuilder Unit(string id, string? fullName, bool isGroup, string[]? aliases, int line, int column)
    {
        _units.Add(new PlanUnit(id, fullName ?? id, isGroup ? UnitKind.Group : UnitKind.Unit, aliases ?? Array.Empty<string>(), At(line, column)));
        return this;
    }

    /// <summary>Opens a section.</summary>
    public PlanBuilder Section(string id, string? title, string? label, string[]? leads, string[]? supports, PlanDeadline? due, string? text, int line, int column)
        => Add(ElementKind.Section, id, title, label, leads, supports, due, null, null, text, line, column);

    /// <summary>Opens a task in the current section, or at plan level before any section.</summary>
    public PlanBuilder Task(string id, string? title, string? label, string[]? leads, string[]? supports, PlanDeadline? due, PlanTarget[]? targets, string[]? tags, string? text, int line, int column)
        => Add(ElementKind.Task, id, title, label, leads, supports, due, targets, tags, text, line, column);

    /// <summary>Opens an item of the current task.</summary>
    public PlanBuilder Item(string id, string? title, string? label, string[]? leads, string[]? supports, PlanDeadline? due, PlanTarget[]? targets, string[]? tags, string? text, int line, int column)
        => Add(ElementKind.Item, id, title, label, leads, supports, due, targets, tags, text, line, column);

    /// <summary>The task added last has no lead on purpose (<c>lead none "reason"</c>); <paramref name="reason"/> may be empty.</summary>
    public PlanBuilder NoLead(string? reason)
    {
        var task = _elements.LastOrDefault(e => e.Kind == ElementKind.Task)
            ?? throw new InvalidOperationException("'NoLead' comes before any task.");
        task.NoLeadReason = reason ?? string.Empty;
        return this;
    }

    /// <summary>Builds the plan; a builder builds once.</summary>
    public Plan Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This plan has already been built.");
        }

        _built = true;
        var unitsById = new Dictionary<string, PlanUnit>(StringComparer.Ordinal);
        foreach (var unit in _units)
        {
            unitsById[unit.Id] = unit;
            foreach (var alias in unit.Aliases)
            {
                unitsById[alias] = unit;
            }
        }

        var sections = new List<PlanSection>();
        var tasks = new List<PlanTask>();
        var sectionTasks = new List<PlanTask>();
        var taskItems = new List<PlanItem>();
        PlanSection? section = null;
        PlanTask? task = null;

        foreach (var e in _elements)
        {
            var leads = Resolve(e.Leads, unitsById);
            var supports = Resolve(e.Supports, unitsById);
            switch (e.Kind)
            {
                case ElementKind.Section:
                    CloseTask(task, taskItems);
                    task = null;
                    CloseSection(section, sectionTasks);
                    section = new PlanSection(e.Id, e.Title, e.Label, e.Text, leads, supports, e.Due, e.Location);
                    sections.Add(section);
                    break;
                case ElementKind.Task:
                    CloseTask(task, taskItems);
                    task = new PlanTask(e.Id, tasks.Count, section, e.Title, e.Label, e.Text, leads, supports, e.Due, e.Targets, e.Tags, e.Location) { NoLeadReason = e.NoLeadReason };
                    tasks.Add(task);
                    if (section is not null)
                    {
                        sectionTasks.Add(task);
                    }

                    break;
                default:
                    if (task is null)
                    {
                        throw new InvalidOperationException("Item '" + e.Id + "' comes before any task.");
                    }

                    taskItems.Add(new PlanItem(e.Id, task, e.Title, e.Label, e.Text, leads, supports, e.Due, e.Targets, e.Tags, e.Location));
                    break;
            }
        }

        CloseTask(task, taskItems);
        CloseSection(section, sectionTasks);
        return new Plan(_name, _title, _issuer, _published, _year, _source, _preface, _location, _units.ToArray(), sections.ToArray(), tasks.ToArray());
    }

    private static void CloseTask(PlanTask? task, List<PlanItem> items)
    {
        if (task is not null)
        {
            task.Items = items.ToArray();
        }

        items.Clear();
    }

    private static void CloseSection(PlanSection? section, List<PlanTask> tasks)
    {
        if (section is not null)
        {
            section.Tasks = tasks.ToArray();
        }

        tasks.Clear();
    }

    private IReadOnlyList<PlanUnit> Resolve(string[]? ids, Dictionary<string, PlanUnit> unitsById)
    {
        if (ids is null || ids.Length == 0)
        {
            return Array.Empty<PlanUnit>();
        }

        var units = new PlanUnit[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!unitsById.TryGetValue(ids[i], out var unit))
            {
                throw new InvalidOperationException("Plan '" + _name + "' references undeclared unit '" + ids[i] + "'.");
            }

            units[i] = unit;
        }

        return units;
    }

    private PlanBuilder Add(ElementKind kind, string id, string? title, string? label, string[]? leads, string[]? supports, PlanDeadline? due, PlanTarget[]? targets, string[]? tags, string? text, int line, int column)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        _elements.Add(new PendingElement(kind, id, title ?? string.Empty, label, leads, supports, due, targets ?? Array.Empty<PlanTarget>(), tags ?? Array.Empty<string>(), text ?? string.Empty, At(line, column)));
        return this;
    }

    private PlanSourceLocation At(int line, int column) => new PlanSourceLocation(_file, line, column);

    private enum ElementKind
    {
        Section,
        Task,
        Item,
    }

    private sealed class PendingElement
    {
        public PendingElement(ElementKind kind, string id, string title, string? label, string[]? leads, string[]? supports, PlanDeadline? due, PlanTarget[] targets, string[] tags, string text, PlanSourceLocation location)
        {
            Kind = kind;
            Id = id;
            Title = title;
            Label = label;
            Leads = leads;
            Supports = supports;
            Due = due;
            Targets = targets;
            Tags = tags;
            Text = text;
            Location = location;
        }

        public ElementKind Kind { get; }

        public string Id { get; }

        public string Title { get; }

        public string? Label { get; }

        public string[]? Leads { get; }

        public string[]? Supports { get; }

        public PlanDeadline? Due { get; }

        public PlanTarget[] Targets { get; }

        public string[] Tags { get; }

        public string Text { get; }

        public PlanSourceLocation Location { get; }

        public string? NoLeadReason { get; set; }
    }
}
