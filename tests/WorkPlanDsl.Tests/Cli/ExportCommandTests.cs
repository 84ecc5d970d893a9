using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

public class ExportCommandTests
{
    private static readonly string Zhuzhou = Path.Combine(RepositoryPaths.Plans, "zhuzhou-2024.wplan");

    private static string Export(string plan, string format, bool matrix = false)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ExportCommand.Run(new FileInfo(plan), format, matrix, null, stdout, new StringWriter()));
        return stdout.ToString();
    }

    [Fact]
    public void Json_is_the_catalog_with_declared_and_in_effect_responsibilities()
    {
        using var document = JsonDocument.Parse(Export(Zhuzhou, "json"));
        var root = document.RootElement;
        Assert.Equal("Zhuzhou.Health2024", root.GetProperty("name").GetString());
        var tasks = root.GetProperty("tasks").EnumerateArray().ToArray();
        Assert.Equal(37, tasks.Length);
        Assert.Equal(0, tasks[0].GetProperty("leads").GetArrayLength());
        Assert.Equal(new[] { "卫生信息中心", "医政医管科" }, tasks[3].GetProperty("leads").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("S01", tasks[0].GetProperty("section").GetString());
        var unit = root.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "指挥中心120");
        Assert.Equal("120指挥中心", unit.GetProperty("name").GetString());
        var target = tasks.SelectMany(t => t.GetProperty("targets").EnumerateArray()).First();
        Assert.Equal(JsonValueKind.Number, target.GetProperty("value").ValueKind);
    }

    [Fact]
    public void Csv_has_a_row_per_task_and_item_and_quotes_what_needs_quoting()
    {
        var rows = ParseCsv(Export(Path.Combine(RepositoryPaths.Plans, "lucheng-2021.wplan"), "csv"));
        Assert.Equal(new[] { "plan", "section", "id", "kind", "label", "title", "leads", "supports", "due", "targets", "tags", "text" }, rows[0]);
        Assert.Equal(1 + 18 + 13, rows.Count);
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.Equal(new[] { "Lucheng.Health2021", "一、慎终如始,抓好常态化疫情防控", "T01", "task", "一是", "做好科学精准防控" }, rows[1].Take(6));
    }

    [Fact]
    public void The_responsibility_matrix_marks_leads_and_supports()
    {
        var rows = ParseCsv(Export(Zhuzhou, "csv", matrix: true));
        var column = System.Array.IndexOf(rows[0], "体改科");
        var t03 = rows.Single(r => r[0] == "(三)");
        Assert.Equal("牵头", t03[column]);
        Assert.Equal("配合", t03[System.Array.IndexOf(rows[0], "人事科")]);
        Assert.Equal("配合", rows.Single(r => r[0] == "(一)")[System.Array.IndexOf(rows[0], "各县市区卫生健康局")]);

        var markdown = Export(Zhuzhou, "markdown", matrix: true);
        Assert.Contains("| 编号 | 任务 | 委机关各科室 |", markdown);
        using var json = JsonDocument.Parse(Export(Zhuzhou, "json", matrix: true));
        Assert.Equal("lead", json.RootElement.GetProperty("tasks")[2].GetProperty("roles").GetProperty("体改科").GetString());
    }

    [Fact]
    public void Markdown_reads_as_the_plan()
    {
        var markdown = Export(Zhuzhou, "markdown");
        Assert.StartsWith("# 2024年株洲市卫生健康重点工作任务及分工方案\n", markdown);
        Assert.Contains("## 一、总体要求", markdown);
        Assert.Contains("### (一)总体工作要求\n\n- 牵头: **（无牵头单位）**\n- 配合: 委机关各科室、市计生协、委直属单位、各县市区卫生健康局", markdown);
    }

    [Fact]
    public void Html_is_one_self_contained_printable_page_with_the_plans_words_escaped()
    {
        var plan = Path.Combine(Workplan.TempDirectory(), "escape.wplan");
        File.WriteAllText(plan, "plan Org.Escape \"<b>标题</b> & 方案\"\nunit 甲 \"甲<处>\"\ntask T \"任务<script>\"\n  lead 甲\ntask U \"无牵头\"\n");
        var html = Export(plan, "html");
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<title>&lt;b&gt;标题&lt;/b&gt; &amp; 方案</title>", html);
        Assert.Contains("任务&lt;script&gt;", html);
        Assert.Contains("甲&lt;处&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("@media print", html);
        Assert.Contains("<span class=\"missing\">无牵头单位</span>", html);
        Assert.Contains("●", Export(plan, "html", matrix: true));
    }

    [Fact]
    public void Exports_are_deterministic()
        => Assert.Equal(Export(Zhuzhou, "html"), Export(Zhuzhou, "html"));

    [Fact]
    public void A_plan_with_errors_is_not_exported()
    {
        var plan = Path.Combine(Workplan.TempDirectory(), "bad.wplan");
        File.WriteAllText(plan, "plan Org.Bad\ntask T \"t\"\n  lead Nobody\n");
        var stderr = new StringWriter();
        var stdout = new StringWriter();
        Assert.Equal(1, ExportCommand.Run(new FileInfo(plan), "json", false, null, stdout, stderr));
        Assert.Empty(stdout.ToString());
        Assert.Contains("bad.wplan(3,8): error WPL0004", stderr.ToString());
        Assert.Contains("nothing was exported", stderr.ToString());
    }

    [Fact]
    public void The_command_line_writes_a_csv_file_with_a_bom_for_spreadsheets()
    {
        var output = Path.Combine(Workplan.TempDirectory(), "matrix.csv");
        var (exitCode, printed) = Workplan.Run(RepositoryPaths.Root, "export", "plans/wuxi-2020.wplan", "--format", "csv", "--matrix", "-o", output);
        Assert.True(exitCode == 0, printed);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.StartsWith("编号,任务,疾控处", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>RFC 4180: fields separated by commas, quoted where they hold commas, quotes or line breaks.</summary>
    internal static List<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
