using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WorkPlanDsl.Import.Model;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.Import;

/// <summary>Writes an imported plan as canonical WPlan: two-space indentation, LF line ends, declarations before the body.</summary>
internal sealed class PlanWriter
{
    private readonly StringBuilder _out = new();
    private readonly Dictionary<string, string> _references;
    private int _sections;
    private int _tasks;

    private PlanWriter(Dictionary<string, string> references) => _references = references;

    public static string Write(ImportedPlan plan, string planName, string header, List<NamedUnit> units, Dictionary<string, string> references)
    {
        var writer = new PlanWriter(references);
        writer.WriteAll(plan, planName, header, units);
        return writer._out.ToString();
    }

    private void WriteAll(ImportedPlan plan, string planName, string header, List<NamedUnit> units)
    {
        foreach (var line in header.Split('\n'))
        {
            Line(0, "# " + line);
        }

        Line(0, "plan " + planName + (plan.Title is { Length: > 0 } title ? " " + PlanText.Quote(title) : string.Empty));
        Optional(1, "issuer", plan.Issuer);
        if (plan.Published is { } published)
        {
            Line(1, "published " + published);
        }

        if (plan.Year is { } year)
        {
            Line(1, "year " + year.ToString(CultureInfo.InvariantCulture));
        }

        Optional(1, "source", plan.Source);
        TextLines(1, plan.Preface);

        if (units.Count > 0)
        {
            Blank();
            foreach (var unit in units)
            {
                var declaration = (unit.IsGroup ? "group " : "unit ") + unit.Id;
                if (unit.Name != unit.Id)
                {
                    declaration += " " + PlanText.Quote(unit.Name);
                }

                if (unit.Aliases.Count > 0)
                {
                    declaration += " alias " + string.Join(", ", unit.Aliases);
                }

                Line(0, declaration);
            }
        }

        foreach (var task in plan.PlanTasks)
        {
            Task(task);
        }

        foreach (var section in plan.Sections)
        {
            Blank();
            Reviews(0, section);
            Line(0, "section S" + Number(++_sections) + " " + PlanText.Quote(section.Title));
            Attributes(1, section);
            foreach (var task in section.Children)
            {
                Task(task);
            }
        }
    }

    private void Task(ImportedElement task)
    {
        Blank();
        Reviews(0, task);
        Line(0, "task T" + Number(++_tasks) + " " + PlanText.Quote(task.Title));
        Attributes(1, task);
        foreach (var item in task.Children)
        {
            Blank();
            Reviews(1, item);
            Line(1, "item " + PlanText.Quote(item.Title));
            Attributes(2, item);
        }
    }

    private void Attributes(int indent, ImportedElement element)
    {
        Optional(indent, "label", element.Label);
        References(indent, "lead", element.Leads);
        References(indent, "support", element.Supports);
        Optional(indent, "due", element.Due);
        foreach (var target in element.Targets.Where(t => decimal.TryParse(t.Number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)))
        {
            Line(indent, "target " + PlanText.Quote(target.Metric) + " " + target.Operator + " " + target.Number + (target.Unit is { } unit ? " " + unit : string.Empty));
        }

        TextLines(indent, element.Text);
    }

    // What the importer was not sure of, where a reviewer reads the plan: a comment line, one line per remark.
    private void Reviews(int indent, ImportedElement element)
    {
        foreach (var review in element.Reviews)
        {
            Line(indent, "# review: " + OneLine(review));
        }
    }

    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n", "\u2028", "\u2029", "\u0085" };

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        }

        return builder.ToString();
    }

    private void References(int indent, string keyword, List<string> names)
    {
        if (names.Count > 0)
        {
            Line(indent, keyword + " " + string.Join(", ", names.Select(n => _references[n])));
        }
    }

    private void Optional(int indent, string keyword, string? value)
    {
        if (value is not null)
        {
            Line(indent, keyword + " " + PlanText.Quote(value));
        }
    }

    private void TextLines(int indent, List<string> lines)
    {
        foreach (var text in lines)
        {
            // A table cell of two paragraphs (<td><p>A</p><p>B</p></td>) keeps its break: each line of it is a text line.
            foreach (var part in text.Split(LineBreaks, System.StringSplitOptions.None))
            {
                Line(indent, "| " + part);
            }
        }
    }

    private static string Number(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

    private void Line(int indent, string text) => _out.Append(' ', indent * 2).Append(text).Append('\n');

    private void Blank() => _out.Append('\n');
}
