using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Cli.Export;

/// <summary>The catalog as JSON: the plan, its units, sections, tasks and items, with declared and in-effect responsibilities.</summary>
internal static class JsonExporter
{
    public static string Write(Catalog catalog, bool matrix)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (matrix)
            {
                WriteMatrix(json, catalog);
            }
            else
            {
                WritePlan(json, catalog.Model);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WritePlan(Utf8JsonWriter json, PlanModel plan)
    {
        json.WriteStartObject();
        json.WriteString("name", plan.Name);
        json.WriteString("title", plan.Title ?? string.Empty);
        json.WriteString("issuer", plan.Issuer);
        json.WriteString("published", plan.Published?.ToString());
        if (plan.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        json.WriteString("source", plan.Source);
        json.WriteString("preface", plan.Preface);
        json.WriteStartArray("units");
        foreach (var unit in plan.Units)
        {
            json.WriteStartObject();
            json.WriteString("id", unit.Id);
            json.WriteString("name", unit.FullName ?? unit.Id);
            json.WriteString("kind", unit.Kind == UnitModelKind.Group ? "group" : "unit");
            Strings(json, "aliases", unit.Aliases);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sections");
        foreach (var section in plan.Sections)
        {
            json.WriteStartObject();
            json.WriteString("id", section.Id);
            json.WriteString("label", section.Label);
            json.WriteString("title", section.Title);
            Responsibility(json, section.Declared);
            json.WriteString("text", section.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tasks");
        foreach (var task in plan.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("id", task.Id);
            json.WriteString("section", task.SectionId);
            Work(json, task.Label, task.Title, task.Declared, task.InEffect, task.Targets, task.Tags, task.Text);
            json.WriteStartArray("items");
            foreach (var item in task.Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                Work(json, item.Label, item.Title, item.Declared, item.InEffect, item.Targets, item.Tags, item.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("noLead", task.NoLeadReason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Work(Utf8JsonWriter json, string? label, string title, Responsibility declared, Responsibility inEffect, EquatableArray<TargetModel> targets, EquatableArray<string> tags, string text)
    {
        json.WriteString("label", label);
        json.WriteString("title", title);
        Responsibility(json, inEffect);
        json.WriteStartObject("declared");
        Responsibility(json, declared);
        json.WriteEndObject();
        json.WriteStartArray("targets");
        foreach (var target in targets)
        {
            json.WriteStartObject();
            json.WriteString("metric", target.Metric);
            json.WriteString("operator", target.Operator.Text());
            json.WritePropertyName("value");
            if (target.Number is { } number)
            {
                json.WriteRawValue(number, skipInputValidation: false);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteString("unit", target.UnitText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "tags", tags);
        json.WriteString("text", text);
    }

    private static void Responsibility(Utf8JsonWriter json, Responsibility responsibility)
    {
        Strings(json, "leads", responsibility.Leads);
        Strings(json, "supports", responsibility.Supports);
        if (responsibility.Due is { } due)
        {
            json.WriteStartObject("due");
            json.WriteString("text", due.Text);
            json.WriteString("date", due.Date?.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("due");
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, EquatableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteMatrix(Utf8JsonWriter json, Catalog catalog)
    {
        var units = catalog.ResponsibleUnits();
        json.WriteStartObject();
        json.WriteString("plan", catalog.Model.Name);
        json.WriteStartArray("units");
        foreach (var unit in units)
        {
            json.WriteStringValue(unit.FullName ?? unit.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("tasks");
        foreach (var task in catalog.Model.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("id", task.Id);
            json.WriteString("label", task.Label);
            json.WriteString("title", task.Title);
            json.WriteStartObject("roles");
            foreach (var unit in units)
            {
                var role = Catalog.Role(task, unit.Id);
                if (role.Length > 0)
                {
                    json.WriteString(unit.FullName ?? unit.Id, role == "牵头" ? "lead" : "support");
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
