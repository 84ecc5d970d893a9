using System.Linq;
using System.Text;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Cli.Export;

/// <summary>The catalog as Markdown: the plan by section, each task with its responsibilities; or the matrix as a table.</summary>
internal static class MarkdownExporter
{
    public static string Write(Catalog catalog, bool matrix)
    {
        var output = new StringBuilder();
        output.Append("# ").Append(Inline(catalog.Title)).Append("\n\n");
        if (matrix)
        {
            var units = catalog.ResponsibleUnits();
            output.Append("| 编号 | 任务 | ").Append(string.Join(" | ", units.Select(u => Inline(u.FullName ?? u.Id)))).Append(" |\n");
            output.Append("|---|---|").Append(string.Concat(units.Select(_ => ":---:|"))).Append('\n');
            foreach (var task in catalog.Model.Tasks)
            {
                output.Append("| ").Append(Inline(task.Label ?? task.Id)).Append(" | ").Append(Inline(task.Title)).Append(" | ")
                    .Append(string.Join(" | ", units.Select(u => Catalog.Role(task, u.Id) switch { "牵头" => "●", "配合" => "○", _ => string.Empty })))
                    .Append(" |\n");
            }

            output.Append("\n● 牵头 lead　○ 配合 support\n");
            return output.ToString();
        }

        var model = catalog.Model;
        foreach (var (label, value) in new[] { ("发文单位", model.Issuer), ("发布日期", model.Published?.ToString()), ("年度", model.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("来源", model.Source) })
        {
            if (value is not null)
            {
                output.Append("- ").Append(label).Append(": ").Append(Inline(value)).Append('\n');
            }
        }

        Paragraphs(output, model.Preface);
        foreach (var (section, tasks) in catalog.Sections())
        {
            if (section is not null)
            {
                output.Append("\n## ").Append(Inline((section.Label ?? string.Empty) + section.Title)).Append('\n');
                Paragraphs(output, section.Text);
            }

            foreach (var task in tasks)
            {
                output.Append("\n### ").Append(Inline((task.Label ?? string.Empty) + task.Title)).Append('\n');
                Work(output, catalog, task.InEffect, task.Targets, task.Text, task.NoLeadReason);
                foreach (var item in task.Items)
                {
                    output.Append("\n#### ").Append(Inline((item.Label ?? string.Empty) + item.Title)).Append('\n');
                    Work(output, catalog, item.InEffect, item.Targets, item.Text);
                }
            }
        }

        return output.ToString();
    }

    private static void Work(StringBuilder output, Catalog catalog, Responsibility inEffect, EquatableArray<TargetModel> targets, string text, string? noLead = null)
    {
        output.Append('\n');
        output.Append("- 牵头: ").Append(noLead is not null ? Inline(Catalog.NoLead(noLead)) : inEffect.Leads.IsEmpty ? "**（无牵头单位）**" : Inline(catalog.Names(inEffect.Leads))).Append('\n');
        if (!inEffect.Supports.IsEmpty)
        {
            output.Append("- 配合: ").Append(Inline(catalog.Names(inEffect.Supports))).Append('\n');
        }

        if (inEffect.Due is { } due)
        {
            output.Append("- 时限: ").Append(Inline(Catalog.Due(due))).Append('\n');
        }

        foreach (var target in targets)
        {
            output.Append("- 目标: ").Append(Inline(Catalog.Target(target))).Append('\n');
        }

        Paragraphs(output, text);
    }

    private static void Paragraphs(StringBuilder output, string text)
    {
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            output.Append('\n').Append(Inline(line)).Append('\n');
        }
    }

    // Characters Markdown would read as markup, escaped so the plan's words show as written.
    private static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_{}[]<>#|!".IndexOf(c) >= 0)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
