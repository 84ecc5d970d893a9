using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;

namespace WorkPlanDsl;

/// <summary>One work plan: its metadata, declared units and groups, sections and tasks.</summary>
public sealed class Plan
{
    private readonly Dictionary<string, PlanUnit> _unitsByName;
    private readonly Dictionary<string, PlanWorkElement> _workById;

    internal Plan(
        string name,
        string title,
        string? issuer,
        DateTime? published,
        int? year,
        string? source,
        string preface,
        PlanSourceLocation location,
        IReadOnlyList<PlanUnit> units,
        IReadOnlyList<PlanSection> sections,
        IReadOnlyList<PlanTask> tasks)
    {
        Name = name;
        Title = title;
        Issuer = issuer;
        Published = published;
        Year = year;
        Source = source;
        Preface = preface;
        Location = location;
        Units = units;
        Sections = sections;
        Tasks = tasks;

        _unitsByName = new Dictionary<string, PlanUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            _unitsByName[unit.Id] = unit;
            foreach (var alias in unit.Aliases)
            {
                _unitsByName[alias] = unit;
            }
        }

        _workById = new Dictionary<string, PlanWorkElement>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            task.Plan = this;
            _workById[task.Id] = task;
            foreach (var item in task.Items)
            {
                _workById[item.Id] = item;
            }
        }
    }

    /// <summary>
    /// The plan's dotted name, as declared by <c>plan</c>: the plan's identifier, as <c>Id</c> is a unit's, section's,
    /// task's or item's (a plan's is dotted, so it has its own word); a unit's printed name is its <c>FullName</c>.
    /// </summary>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(0)]
    public string Name { get; }

    /// <summary>The plan's title; empty when the plan declares none.</summary>
    [JsonPropertyName("title")]
    [JsonPropertyOrder(1)]
    public string Title { get; }

    /// <summary>The issuing body (<c>issuer</c>), or null.</summary>
    [JsonPropertyName("issuer")]
    [JsonPropertyOrder(2)]
    public string? Issuer { get; }

    /// <summary>The publication date (<c>published</c>), or null.</summary>
    [JsonIgnore]
    public DateTime? Published { get; }

    /// <summary>The plan's year (<c>year</c>), or null.</summary>
    [JsonPropertyName("year")]
    [JsonPropertyOrder(4)]
    public int? Year { get; }

    /// <summary>Where the plan was taken from (<c>source</c>), or null.</summary>
    [JsonPropertyName("source")]
    [JsonPropertyOrder(5)]
    public string? Source { get; }

    /// <summary>The plan's preface: the text lines before its first section or task.</summary>
    [JsonPropertyName("preface")]
    [JsonPropertyOrder(6)]
    public string Preface { get; }

    /// <summary>Where the <c>plan</c> statement stands.</summary>
    [JsonIgnore]
    public PlanSourceLocation Location { get; }

    /// <summary>Every declared unit and group, in declaration order.</summary>
    [JsonPropertyName("units")]
    [JsonPropertyOrder(7)]
    public IReadOnlyList<PlanUnit> Units { get; }

    /// <summary>The sections, in document order.</summary>
    [JsonPropertyName("sections")]
    [JsonPropertyOrder(8)]
    public IReadOnlyList<PlanSection> Sections { get; }

    /// <summary>Every task of the plan in document order, whether in a section or at plan level.</summary>
    [JsonPropertyName("tasks")]
    [JsonPropertyOrder(9)]
    public IReadOnlyList<PlanTask> Tasks { get; }

    [JsonInclude]
    [JsonPropertyName("published")]
    [JsonPropertyOrder(3)]
    private string? PublishedJson => PlanJson.Date(Published);

    /// <summary>Tasks and, when <paramref name="includeItems"/> is true, each task's items right after it.</summary>
    public IEnumerable<PlanWorkElement> EnumerateWork(bool includeItems)
    {
        foreach (var task in Tasks)
        {
            yield return task;
            if (includeItems)
            {
                foreach (var item in task.Items)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The task with this id.</summary>
    /// <exception cref="KeyNotFoundException">No task has this id.</exception>
    public PlanTask GetTask(string id)
    {
        if (TryGetTask(id, out var task))
        {
            return task;
        }

        throw new KeyNotFoundException("Plan '" + Name + "' has no task '" + id + "'.");
    }

    /// <summary>Looks a task up by id.</summary>
    public bool TryGetTask(string id, [NotNullWhen(true)] out PlanTask? task)
    {
        task = FindWork(id) as PlanTask;
        return task is not null;
    }

    /// <summary>The item with this id (<c>T03_1</c>, or the id the plan gives it).</summary>
    /// <exception cref="KeyNotFoundException">No item has this id.</exception>
    public PlanItem GetItem(string id)
        => FindWork(id) as PlanItem ?? throw new KeyNotFoundException("Plan '" + Name + "' has no item '" + id + "'.");

    /// <summary>Looks an item up by id.</summary>
    public bool TryGetItem(string id, [NotNullWhen(true)] out PlanItem? item)
    {
        item = FindWork(id) as PlanItem;
        return item is not null;
    }

    /// <summary>The task or item with this id, or null.</summary>
    public PlanWorkElement? FindWork(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return _workById.TryGetValue(id, out var work) ? work : null;
    }

    /// <summary>The unit or group with this id, alias or full name, or null.</summary>
    public PlanUnit? FindUnit(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (_unitsByName.TryGetValue(name, out var unit))
        {
            return unit;
        }

        return Units.FirstOrDefault(u => string.Equals(u.FullName, name, StringComparison.Ordinal));
    }

    /// <summary>
    /// The tasks this unit leads (by id, alias or full name). A name the plan does not declare leads nothing: the answer
    /// is an empty list, as for a unit that leads no task; <see cref="FindUnit"/> tells the two apart.
    /// </summary>
    public IReadOnlyList<PlanTask> TasksLedBy(string unit, ResponsibilityScope scope = ResponsibilityScope.InEffect)
        => TasksWhere(unit, scope, lead: true);

    /// <summary>The tasks this unit supports (by id, alias or full name); empty for a name the plan does not declare, as <see cref="TasksLedBy(string, ResponsibilityScope)"/>.</summary>
    public IReadOnlyList<PlanTask> TasksSupportedBy(string unit, ResponsibilityScope scope = ResponsibilityScope.InEffect)
        => TasksWhere(unit, scope, lead: false);

    /// <summary>The tasks this unit leads.</summary>
    public IReadOnlyList<PlanTask> TasksLedBy(PlanUnit unit, ResponsibilityScope scope = ResponsibilityScope.InEffect)
        => TasksWhere(unit, scope, lead: true);

    /// <summary>The tasks this unit supports.</summary>
    public IReadOnlyList<PlanTask> TasksSupportedBy(PlanUnit unit, ResponsibilityScope scope = ResponsibilityScope.InEffect)
        => TasksWhere(unit, scope, lead: false);

    /// <summary>The tasks with no lead in effect and no <c>lead none</c>: the ones the WPL0002 warning names.</summary>
    public IReadOnlyList<PlanTask> TasksWithoutLead() => Tasks.Where(t => t.Leads.Count == 0 && !t.NoLeadIntended).ToArray();

    /// <inheritdoc/>
    public override string ToString() => Title.Length == 0 ? Name : Name + " " + Title;

    private IReadOnlyList<PlanTask> TasksWhere(string unit, ResponsibilityScope scope, bool lead)
    {
        var found = FindUnit(unit);
        return found is null ? Array.Empty<PlanTask>() : TasksWhere(found, scope, lead);
    }

    private IReadOnlyList<PlanTask> TasksWhere(PlanUnit unit, ResponsibilityScope scope, bool lead)
    {
        if (unit is null)
        {
            throw new ArgumentNullException(nameof(unit));
        }

        return Tasks.Where(t => t.Responsible(lead, scope).Contains(unit)).ToArray();
    }
}
