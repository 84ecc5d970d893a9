using System.Collections.Generic;
using System.Text;
using System.Threading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Generators.Emit;

/// <summary>
/// A plan's data as the one string the runtime's <c>WorkPlanDsl.PlanData.Decode</c> reads on first use. A string
/// literal costs the compiler almost nothing per character, where a call per element with constant arguments costs
/// it (and the SDK's analyzers, which look at every argument) a great deal: a 10,000-task plan went from seconds of a
/// build to milliseconds. Distinct strings are written once, in a table; everything else is small numbers.
/// </summary>
/// <remarks>
/// The format (version 1), which <c>src/WorkPlanDsl/PlanData.cs</c> reads and must match: numbers are unsigned,
/// base 32, most significant digit first, every digit but the last from <see cref="MoreDigits"/> and the last from
/// <see cref="LastDigits"/>, so they need no separator; signed numbers are zigzag-encoded. A string is its length in
/// UTF-16 code units and then the code units. A string reference is 0 for null, else 1 + its index in the table.
/// <code>
/// data     = 1 count string* plan units elements
/// plan     = name title issuer published year source preface location     (string refs; date; optional int)
/// units    = count (id fullName isGroup aliases location)*
/// elements = count (kind id title label leads supports due [targets tags] [noLead] text location)*
///            (kind 0 section, 1 task, 2 item; no targets or tags in a section; noLead, a task's reason for having no lead on purpose, in a task only)
/// leads    = count unitIndex*                        supports likewise
/// due      = 0 | 1 text date                         date = 0 | 1 year month day       year (optional) = 0 | 1 signed
/// targets  = count (metric operator number unitText)*    tags = count ref*            aliases likewise
/// location = signed(line - previous line) column      (1-based, lines relative to the location written before)
/// </code>
/// </remarks>
internal sealed class PlanDataWriter
{
    public const int Version = 1;
    public const string MoreDigits = "abcdefghijklmnopqrstuvwxyz!#$%&*";
    public const string LastDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    private readonly PlanModel _model;
    private readonly Dictionary<string, int> _strings = new(System.StringComparer.Ordinal);
    private readonly List<string> _table = new();
    private readonly Dictionary<string, int> _unitIndex = new(System.StringComparer.Ordinal);
    private readonly StringBuilder _body = new();
    private int _line;

    private PlanDataWriter(PlanModel model) => _model = model;

    public static string Write(PlanModel model, CancellationToken cancellationToken)
    {
        var writer = new PlanDataWriter(model);
        writer.WriteBody(cancellationToken);
        var data = new StringBuilder(writer._body.Length + (writer._table.Count * 8));
        Number(data, Version);
        Number(data, writer._table.Count);
        foreach (var value in writer._table)
        {
            Number(data, value.Length);
            data.Append(value);
        }

        return data.Append(writer._body).ToString();
    }

    /// <summary>Sections and tasks (with their items) in document order, as the runtime's builder takes them.</summary>
    public static IEnumerable<object> Elements(PlanModel model)
    {
        var sectionQueue = new Queue<SectionModel>(model.Sections);
        foreach (var task in model.Tasks)
        {
            while (task.SectionId is not null && sectionQueue.Count > 0 && sectionQueue.Peek().Location.Start <= task.Location.Start)
            {
                yield return sectionQueue.Dequeue();
            }

            yield return task;
            foreach (var item in task.Items)
            {
                yield return item;
            }
        }

        while (sectionQueue.Count > 0)
        {
            yield return sectionQueue.Dequeue();
        }
    }

    private void WriteBody(CancellationToken cancellationToken)
    {
        String(_model.Name);
        String(_model.Title);
        String(_model.Issuer);
        Date(_model.Published);
        if (_model.Year is { } year)
        {
            Number(_body, 1);
            Signed(year);
        }
        else
        {
            Number(_body, 0);
        }

        String(_model.Source);
        String(_model.Preface);
        Location(_model.Location);

        Number(_body, _model.Units.Count);
        for (var i = 0; i < _model.Units.Count; i++)
        {
            var unit = _model.Units[i];
            _unitIndex[unit.Id] = i;
            String(unit.Id);
            String(unit.FullName);
            Number(_body, unit.Kind == UnitModelKind.Group ? 1 : 0);
            Strings(unit.Aliases);
            Location(unit.Location);
        }

        // Aliases after ids: a reference names a unit by its id, and an id wins over another unit's alias.
        for (var i = 0; i < _model.Units.Count; i++)
        {
            foreach (var alias in _model.Units[i].Aliases)
            {
                if (!_unitIndex.ContainsKey(alias))
                {
                    _unitIndex[alias] = i;
                }
            }
        }

        var count = _model.Sections.Count;
        foreach (var task in _model.Tasks)
        {
            count += 1 + task.Items.Count;
        }

        Number(_body, count);
        var written = 0;
        foreach (var element in Elements(_model))
        {
            if ((++written & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (element)
            {
                case SectionModel section:
                    Number(_body, 0);
                    Work(section.Id, section.Title, section.Label, section.Declared);
                    String(section.Text);
                    Location(section.Location);
                    break;
                case TaskModel task:
                    Number(_body, 1);
                    Work(task.Id, task.Title, task.Label, task.Declared);
                    Targets(task.Targets);
                    Strings(task.Tags);
                    String(task.NoLeadReason);
                    String(task.Text);
                    Location(task.Location);
                    break;
                case ItemModel item:
                    Number(_body, 2);
                    Work(item.Id, item.Title, item.Label, item.Declared);
                    Targets(item.Targets);
                    Strings(item.Tags);
                    String(item.Text);
                    Location(item.Location);
                    break;
            }
        }
    }

    private void Work(string id, string title, string? label, Responsibility declared)
    {
        String(id);
        String(title);
        String(label);
        Units(declared.Leads);
        Units(declared.Supports);
        if (declared.Due is { } due)
        {
            Number(_body, 1);
            String(due.Text);
            Date(due.Date);
        }
        else
        {
            Number(_body, 0);
        }
    }

    private void Units(EquatableArray<string> ids)
    {
        Number(_body, ids.Count);
        foreach (var id in ids)
        {
            // A bound model names only declared units; the emitter checked that before calling.
            Number(_body, _unitIndex[id]);
        }
    }

    private void Targets(EquatableArray<TargetModel> targets)
    {
        Number(_body, targets.Count);
        foreach (var target in targets)
        {
            String(target.Metric);
            Number(_body, OperatorCode(target.Operator));
            String(target.Number);
            String(target.UnitText);
        }
    }

    private void Strings(EquatableArray<string> values)
    {
        Number(_body, values.Count);
        foreach (var value in values)
        {
            String(value);
        }
    }

    private void String(string? value)
    {
        if (value is null)
        {
            Number(_body, 0);
            return;
        }

        if (!_strings.TryGetValue(value, out var index))
        {
            index = _table.Count;
            _strings.Add(value, index);
            _table.Add(value);
        }

        Number(_body, index + 1);
    }

    private void Date(PlanDate? date)
    {
        if (date is { } d)
        {
            Number(_body, 1);
            Number(_body, d.Year);
            Number(_body, d.Month);
            Number(_body, d.Day);
        }
        else
        {
            Number(_body, 0);
        }
    }

    private void Location(TextLocation location)
    {
        var line = location.StartLine + 1;
        Signed(line - _line);
        _line = line;
        Number(_body, location.StartColumn + 1);
    }

    private void Signed(int value) => Number(_body, (uint)((value << 1) ^ (value >> 31)));

    // The runtime's TargetOperator, by the same names; PlanData.Decode maps these codes back.
    internal static int OperatorCode(TargetModelOperator op) => op switch
    {
        TargetModelOperator.Equal => 1,
        TargetModelOperator.GreaterOrEqual => 2,
        TargetModelOperator.LessOrEqual => 3,
        TargetModelOperator.Greater => 4,
        TargetModelOperator.Less => 5,
        _ => 0,
    };

    private static void Number(StringBuilder output, int value) => Number(output, (uint)value);

    private static void Number(StringBuilder output, uint value)
    {
        var shift = 0;
        while (shift < 30 && (value >> (shift + 5)) != 0)
        {
            shift += 5;
        }

        for (; shift > 0; shift -= 5)
        {
            output.Append(MoreDigits[(int)((value >> shift) & 31)]);
        }

        output.Append(LastDigits[(int)(value & 31)]);
    }
}
