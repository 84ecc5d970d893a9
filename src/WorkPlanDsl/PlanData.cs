using System;
using System.ComponentModel;
using System.Globalization;

namespace WorkPlanDsl;

/// <summary>
/// Reads the plan data the WPlan generator emits as one string: a table of the plan's distinct strings, then the
/// plan's units, sections, tasks and items as small numbers (the format is described where it is written, in the
/// generator's <c>PlanDataWriter</c>). The generated code calls it once, on first use of the plan.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PlanData
{
    private const int Version = 1;
    private const string MoreDigits = "abcdefghijklmnopqrstuvwxyz!#$%&*";
    private const string LastDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    /// <summary>Builds the plan that <paramref name="data"/> describes, read from <paramref name="file"/>.</summary>
    public static Plan Decode(string file, string data)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        return new Reader(data).ReadPlan(file);
    }

    /// <summary>The plan's units, in order, as the array the generated members read.</summary>
    public static PlanUnit[] Units(Plan plan) => Copy((plan ?? throw new ArgumentNullException(nameof(plan))).Units);

    /// <summary>The plan's sections, in order.</summary>
    public static PlanSection[] Sections(Plan plan) => Copy((plan ?? throw new ArgumentNullException(nameof(plan))).Sections);

    /// <summary>The plan's tasks, in order.</summary>
    public static PlanTask[] Tasks(Plan plan) => Copy((plan ?? throw new ArgumentNullException(nameof(plan))).Tasks);

    /// <summary>Every task's items, task after task, in order.</summary>
    public static PlanItem[] Items(Plan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var count = 0;
        foreach (var task in plan.Tasks)
        {
            count += task.Items.Count;
        }

        var items = new PlanItem[count];
        var next = 0;
        foreach (var task in plan.Tasks)
        {
            foreach (var item in task.Items)
            {
                items[next++] = item;
            }
        }

        return items;
    }

    private static T[] Copy<T>(System.Collections.Generic.IReadOnlyList<T> list)
    {
        var array = new T[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }

    private sealed class Reader
    {
        private readonly string _data;
        private int _position;
        private int _line;
        private string[] _strings = Array.Empty<string>();

        public Reader(string data) => _data = data;

        public Plan ReadPlan(string file)
        {
            if (Number() != Version)
            {
                throw Malformed();
            }

            _strings = new string[Number()];
            for (var i = 0; i < _strings.Length; i++)
            {
                var length = Number();
                if (length > _data.Length - _position)
                {
                    throw Malformed();
                }

                _strings[i] = _data.Substring(_position, length);
                _position += length;
            }

            var name = String() ?? throw Malformed();
            var title = String();
            var issuer = String();
            var published = Date();
            int? year = Number() == 0 ? null : Signed();
            var source = String();
            var preface = String();
            var (line, column) = Location();
            var builder = new PlanBuilder(file, name, title, issuer, published, year, source, preface, line, column);

            var units = new string[Number()];
            for (var i = 0; i < units.Length; i++)
            {
                var id = String() ?? throw Malformed();
                var fullName = String();
                var isGroup = Number() == 1;
                var aliases = Strings();
                var (unitLine, unitColumn) = Location();
                units[i] = id;
                builder.Unit(id, fullName, isGroup, aliases, unitLine, unitColumn);
            }

            for (var count = Number(); count > 0; count--)
            {
                var kind = Number();
                var id = String() ?? throw Malformed();
                var elementTitle = String();
                var label = String();
                var leads = Units(units);
                var supports = Units(units);
                var due = Deadline();
                if (kind == 0)
                {
                    var sectionText = String();
                    var (sectionLine, sectionColumn) = Location();
                    builder.Section(id, elementTitle, label, leads, supports, due, sectionText, sectionLine, sectionColumn);
                    continue;
                }

                var targets = Targets();
                var tags = Strings();
                var noLeadReason = kind == 1 ? String() : null;
                var text = String();
                var (workLine, workColumn) = Location();
                if (kind == 1)
                {
                    builder.Task(id, elementTitle, label, leads, supports, due, targets, tags, text, workLine, workColumn);
                    if (noLeadReason is not null)
                    {
                        builder.NoLead(noLeadReason);
                    }
                }
                else
                {
                    builder.Item(id, elementTitle, label, leads, supports, due, targets, tags, text, workLine, workColumn);
                }
            }

            if (_position != _data.Length)
            {
                throw Malformed();
            }

            return builder.Build();
        }

        private string[]? Units(string[] units)
        {
            var count = Number();
            if (count == 0)
            {
                return null;
            }

            var ids = new string[count];
            for (var i = 0; i < ids.Length; i++)
            {
                var index = Number();
                ids[i] = index < units.Length ? units[index] : throw Malformed();
            }

            return ids;
        }

        private string[]? Strings()
        {
            var count = Number();
            if (count == 0)
            {
                return null;
            }

            var values = new string[count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String() ?? throw Malformed();
            }

            return values;
        }

        private PlanTarget[]? Targets()
        {
            var count = Number();
            if (count == 0)
            {
                return null;
            }

            var targets = new PlanTarget[count];
            for (var i = 0; i < targets.Length; i++)
            {
                var metric = String() ?? throw Malformed();
                var comparison = Number() switch
                {
                    0 => TargetOperator.None,
                    1 => TargetOperator.Equal,
                    2 => TargetOperator.GreaterOrEqual,
                    3 => TargetOperator.LessOrEqual,
                    4 => TargetOperator.Greater,
                    5 => TargetOperator.Less,
                    _ => throw Malformed(),
                };
                var number = String();
                var unitText = String();
                var value = number is null ? (decimal?)null : decimal.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                targets[i] = new PlanTarget(metric, comparison, value, unitText);
            }

            return targets;
        }

        private PlanDeadline? Deadline()
        {
            if (Number() == 0)
            {
                return null;
            }

            var text = String();
            return new PlanDeadline(text, Date());
        }

        private DateTime? Date()
        {
            if (Number() == 0)
            {
                return null;
            }

            var year = Number();
            var month = Number();
            var day = Number();
            return new DateTime(year, month, day);
        }

        private (int Line, int Column) Location()
        {
            _line += Signed();
            return (_line, Number());
        }

        private string? String()
        {
            var reference = Number();
            return reference == 0 ? null : reference <= _strings.Length ? _strings[reference - 1] : throw Malformed();
        }

        private int Signed()
        {
            var value = (uint)Number();
            return (int)(value >> 1) ^ -(int)(value & 1);
        }

        private int Number()
        {
            uint value = 0;
            while (_position < _data.Length)
            {
                var c = _data[_position++];
                var digit = MoreDigits.IndexOf(c);
                if (digit >= 0)
                {
                    value = (value << 5) | (uint)digit;
                    continue;
                }

                digit = LastDigits.IndexOf(c);
                if (digit < 0)
                {
                    throw Malformed();
                }

                return (int)((value << 5) | (uint)digit);
            }

            throw Malformed();
        }

        private Exception Malformed()
            => new InvalidOperationException("The generated plan data is malformed at character " + _position.ToString(CultureInfo.InvariantCulture) + "; rebuild the project with the same version of WorkPlanDsl as its generator.");
    }
}
