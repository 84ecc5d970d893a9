using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Cli.Export;

/// <summary>
/// The catalog as CSV (RFC 4180): a row per task and item, or the responsibility matrix (任务分工表). Cells that a
/// spreadsheet would take for a formula are neutralised (<see cref="Neutralise"/>).
/// </summary>
internal static class CsvExporter
{
    public static string Write(Catalog catalog, bool matrix)
    {
        var output = new StringBuilder();
        if (matrix)
        {
            var units = catalog.ResponsibleUnits();
            Row(output, new[] { "编号", "任务" }.Concat(units.Select(u => u.FullName ?? u.Id)));
            foreach (var task in catalog.Model.Tasks)
            {
                Row(output, new[] { task.Label ?? task.Id, task.Title }.Concat(units.Select(u => Catalog.Role(task, u.Id))));
            }

            return output.ToString();
        }

        Row(output, new[] { "plan", "section", "id", "kind", "label", "title", "leads", "supports", "due", "targets", "tags", "text" });
        foreach (var (section, tasks) in catalog.Sections())
        {
            var sectionName = section is null ? string.Empty : (section.Label ?? string.Empty) + section.Title;
            foreach (var task in tasks)
            {
                Row(output, new[] { catalog.Model.Name, sectionName, task.Id, "task", task.Label ?? string.Empty, task.Title, task.NoLeadReason is { } noLead ? Catalog.NoLead(noLead) : catalog.Names(task.InEffect.Leads), catalog.Names(task.InEffect.Supports), Catalog.Due(task.InEffect.Due), Catalog.Targets(task.Targets), string.Join(",", task.Tags), task.Text });
                foreach (var item in task.Items)
                {
                    Row(output, new[] { catalog.Model.Name, sectionName, item.Id, "item", item.Label ?? string.Empty, item.Title, catalog.Names(item.InEffect.Leads), catalog.Names(item.InEffect.Supports), Catalog.Due(item.InEffect.Due), Catalog.Targets(item.Targets), string.Join(",", item.Tags), item.Text });
                }
            }
        }

        return output.ToString();
    }

    private static void Row(StringBuilder output, IEnumerable<string> fields)
    {
        output.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
    }

    private static string Field(string value)
    {
        value = Neutralise(value);
        return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>
    /// A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR is a formula to Excel and LibreOffice
    /// (<c>=HYPERLINK(…)</c> in a task title would run when the file is opened: CSV injection). As OWASP advises, such
    /// a cell gets a leading <c>'</c>, which spreadsheets show as text and do not evaluate.
    /// </summary>
    internal static string Neutralise(string value)
        => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
