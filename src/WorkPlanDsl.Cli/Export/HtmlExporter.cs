using System.Linq;
using System.Net;
using System.Text;

namespace WorkPlanDsl.Cli.Export;

/// <summary>
/// The catalog as one self-contained HTML page (no scripts, no external files), readable on screen and printable:
/// the plan's 任务分工表 by section, tasks without a lead marked; or the responsibility matrix.
/// </summary>
internal static class HtmlExporter
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.6em; margin-bottom: .2em; }
        .meta { color: #555; margin-bottom: 1.5em; }
        h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: .92em; }
        th, td { border: 1px solid #888; padding: .3em .5em; vertical-align: top; text-align: left; }
        th { background: #eee; }
        td.role { text-align: center; }
        tbody td:first-child { white-space: nowrap; }
        table.plan { table-layout: fixed; }
        table.plan col.label { width: 6em; } table.plan col.title { width: 26%; } table.plan col.due { width: 9em; } table.plan col.target { width: 16%; }
        .date { white-space: nowrap; }
        tr.text td { border-top: none; color: #333; }
        tr.text p { margin: .1em 0; }
        .matrix-wrap { overflow-x: auto; }
        table.matrix { width: auto; }
        table.matrix th.unit { writing-mode: vertical-rl; white-space: nowrap; text-align: left; padding: .5em .2em; }
        table.matrix td.task { min-width: 16em; }
        .missing { color: #b00; font-weight: bold; }
        .item td:nth-child(2) { padding-left: 1.6em; }
        p.text { margin: .2em 0; color: #333; }
        @media print { @page { size: A4 landscape; margin: 1cm; } body { margin: 0; }
          table.matrix { font-size: 8pt; } table.matrix th.unit { padding: .3em .1em; } table.matrix td.role { padding: .2em .1em; } table.matrix td.task { min-width: 14em; } .matrix-wrap { overflow: visible; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """;

    public static string Write(Catalog catalog, bool matrix)
    {
        var output = new StringBuilder();
        output.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(catalog.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        output.Append("<h1>").Append(E(catalog.Title)).Append("</h1>\n");
        var model = catalog.Model;
        var meta = new[] { model.Issuer, model.Published?.ToString(), model.Source }.Where(m => m is not null).Select(m => E(m!));
        output.Append("<div class=\"meta\">").Append(E(model.Name)).Append(meta.Any() ? "　" + string.Join("　", meta) : string.Empty).Append("</div>\n");

        if (matrix)
        {
            Matrix(output, catalog);
        }
        else
        {
            Plan(output, catalog);
        }

        output.Append("</body>\n</html>\n");
        return output.ToString();
    }

    private static void Plan(StringBuilder output, Catalog catalog)
    {
        foreach (var line in catalog.Model.Preface.Split('\n').Where(l => l.Length > 0))
        {
            output.Append("<p class=\"text\">").Append(E(line)).Append("</p>\n");
        }

        foreach (var (section, tasks) in catalog.Sections())
        {
            if (section is not null)
            {
                output.Append("<h2>").Append(E((section.Label ?? string.Empty) + section.Title)).Append("</h2>\n");
                foreach (var line in section.Text.Split('\n').Where(l => l.Length > 0))
                {
                    output.Append("<p class=\"text\">").Append(E(line)).Append("</p>\n");
                }
            }

            if (tasks.Count == 0)
            {
                continue;
            }

            output.Append("<table class=\"plan\">\n<colgroup><col class=\"label\"><col class=\"title\"><col><col><col class=\"due\"><col class=\"target\"></colgroup>\n");
            output.Append("<thead><tr><th>编号</th><th>任务</th><th>牵头单位</th><th>配合单位</th><th>时限</th><th>目标</th></tr></thead>\n<tbody>\n");
            foreach (var task in tasks)
            {
                Row(output, catalog, "task", task.Label, task.Title, task.InEffect, task.Targets, task.NoLeadReason);
                Text(output, task.Text);
                foreach (var item in task.Items)
                {
                    Row(output, catalog, "item", item.Label, item.Title, item.InEffect, item.Targets);
                    Text(output, item.Text);
                }
            }

            output.Append("</tbody>\n</table>\n");
        }
    }

    private static void Row(StringBuilder output, Catalog catalog, string kind, string? label, string title, Language.Responsibility inEffect, Language.EquatableArray<Language.TargetModel> targets, string? noLead = null)
    {
        output.Append("<tr class=\"").Append(kind).Append("\"><td>").Append(E(label ?? string.Empty)).Append("</td><td>").Append(E(title)).Append("</td><td>");
        output.Append(noLead is not null ? E(Catalog.NoLead(noLead)) : inEffect.Leads.IsEmpty ? "<span class=\"missing\">无牵头单位</span>" : E(catalog.Names(inEffect.Leads)));
        output.Append("</td><td>").Append(E(catalog.Names(inEffect.Supports))).Append("</td><td class=\"due\">").Append(Due(inEffect.Due));
        output.Append("</td><td>").Append(string.Join("<br>", targets.Select(t => E(Catalog.Target(t))))).Append("</td></tr>\n");
    }

    /// <summary>A task's or item's text, under its row across the columns after the label: what the task is, in the plan's words.</summary>
    private static void Text(StringBuilder output, string text)
    {
        var lines = text.Split('\n').Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        output.Append("<tr class=\"text\"><td></td><td colspan=\"5\">");
        foreach (var line in lines)
        {
            output.Append("<p>").Append(E(line)).Append("</p>");
        }

        output.Append("</td></tr>\n");
    }

    // A date never breaks across lines ("2024-06-30" split after a hyphen reads as two values); the words may.
    private static string Due(Language.DeadlineModel? due)
    {
        if (due is null)
        {
            return string.Empty;
        }

        var date = due.Date is { } value ? "<span class=\"date\">" + E(value.ToString()) + "</span>" : string.Empty;
        return due.Text is { } text ? E(text) + (date.Length > 0 ? " (" + date + ")" : string.Empty) : date;
    }

    private static void Matrix(StringBuilder output, Catalog catalog)
    {
        var units = catalog.ResponsibleUnits();
        output.Append("<div class=\"matrix-wrap\">\n<table class=\"matrix\">\n<thead><tr><th>编号</th><th>任务</th>");
        foreach (var unit in units)
        {
            output.Append("<th class=\"unit\">").Append(E(unit.FullName ?? unit.Id)).Append("</th>");
        }

        output.Append("</tr></thead>\n<tbody>\n");
        foreach (var task in catalog.Model.Tasks)
        {
            output.Append("<tr><td>").Append(E(task.Label ?? task.Id)).Append("</td><td class=\"task\">").Append(E(task.Title));
            if (task.InEffect.Leads.IsEmpty && task.NoLeadReason is null)
            {
                output.Append(" <span class=\"missing\">（无牵头）</span>");
            }

            output.Append("</td>");
            foreach (var unit in units)
            {
                var role = Catalog.Role(task, unit.Id);
                output.Append("<td class=\"role\"").Append(role.Length > 0 ? " title=\"" + role + "\"" : string.Empty).Append('>')
                    .Append(role == "牵头" ? "●" : role == "配合" ? "○" : string.Empty).Append("</td>");
            }

            output.Append("</tr>\n");
        }

        output.Append("</tbody>\n</table>\n</div>\n<p>● 牵头　○ 配合</p>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
