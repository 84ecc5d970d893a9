using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Cli;

/// <summary>SARIF 2.1.0, the format code-scanning tools read: one run, the catalogue as rules, a result per diagnostic.</summary>
internal static class SarifWriter
{
    public static void Write(TextWriter output, IReadOnlyList<CheckResult> results)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "workplan");
            json.WriteString("informationUri", "https://github.com/workplandsl/workplandsl");
            json.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3));
            json.WriteStartArray("rules");
            foreach (var rule in DiagnosticCatalog.All)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", string.Concat(rule.Title.Split(' ').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))).Replace("'", string.Empty));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var ruleIndex = DiagnosticCatalog.All.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
            foreach (var result in results)
            {
                var (path, diagnostic) = (result.Path, result.Diagnostic);
                var location = diagnostic.Location;
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Id);
                json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Id]);
                json.WriteString("level", result.Level == "info" ? "note" : result.Level);
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", path.Replace('\\', '/'));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", location.StartLine + 1);
                json.WriteNumber("startColumn", location.StartColumn + 1);
                json.WriteNumber("endLine", location.EndLine + 1);
                json.WriteNumber("endColumn", location.EndColumn + 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Level(PlanSeverity severity) => severity == PlanSeverity.Error ? "error" : "warning";
}
