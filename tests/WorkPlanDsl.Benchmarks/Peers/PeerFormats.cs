using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkPlanDsl.Language;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace WorkPlanDsl.Benchmarks.Peers;

/// <summary>The same plan written in the peers' formats: JSON, YAML and a Gherkin feature.</summary>
public static class PeerFormats
{
    public static PeerPlan From(PlanModel model) => new()
    {
        Name = model.Name,
        Title = model.Title,
        Issuer = model.Issuer,
        Published = model.Published?.ToString(),
        Year = model.Year,
        Units = model.Units.Select(u => new PeerUnit { Id = u.Id, Name = u.FullName, Group = u.Kind == UnitModelKind.Group }).ToList(),
        Sections = model.Sections.Select(s => new PeerSection { Id = s.Id, Label = s.Label, Title = s.Title, Lead = s.Declared.Leads.ToList(), Support = s.Declared.Supports.ToList() }).ToList(),
        Tasks = model.Tasks.Select(t => new PeerTask
        {
            Id = t.Id,
            Section = t.SectionId,
            Label = t.Label,
            Title = t.Title,
            Lead = t.Declared.Leads.ToList(),
            Support = t.Declared.Supports.ToList(),
            Due = t.Declared.Due?.Text ?? t.Declared.Due?.Date?.ToString(),
            Targets = t.Targets.Select(Target).ToList(),
            Text = t.Text,
            Items = t.Items.Select(i => new PeerTask { Id = i.Id, Label = i.Label, Title = i.Title, Lead = i.Declared.Leads.ToList(), Support = i.Declared.Supports.ToList(), Due = i.Declared.Due?.Text, Targets = i.Targets.Select(Target).ToList(), Text = i.Text }).ToList(),
        }).ToList(),
    };

    public static string Json(PeerPlan plan)
        => JsonSerializer.Serialize(plan, new PeerJsonContext(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }).PeerPlan);

    public static string Yaml(PeerPlan plan)
        => new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull).Build().Serialize(plan);

    public static IDeserializer YamlReader { get; } = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>The plan as a Gherkin feature: sections are rules, tasks scenarios, responsibilities and targets steps.</summary>
    public static string Gherkin(PlanModel model)
    {
        var text = new StringBuilder();
        text.Append("Feature: ").Append(model.Title ?? model.Name).Append('\n');
        var rules = model.Tasks.Any(t => t.SectionId is null) ? new[] { ((string?)null, "(plan)") } : new (string?, string)[0];
        foreach (var (sectionId, title) in rules.Concat(model.Sections.Select(s => ((string?)s.Id, (s.Label ?? string.Empty) + s.Title))))
        {
            text.Append("\n  Rule: ").Append(title).Append('\n');
            foreach (var task in model.Tasks.Where(t => t.SectionId == sectionId))
            {
                text.Append("\n    Scenario: ").Append(task.Label).Append(task.Title).Append('\n');
                foreach (var line in task.Text.Split('\n').Where(l => l.Length > 0))
                {
                    text.Append("      ").Append(line.TrimStart('#', '@', '|')).Append('\n');
                }

                text.Append("      Given the lead is ").Append(string.Join("、", task.Declared.Leads)).Append('\n');
                text.Append("      And the support is ").Append(string.Join("、", task.Declared.Supports)).Append('\n');
                if (task.Declared.Due is { } due)
                {
                    text.Append("      And the deadline is ").Append(due.Text ?? due.Date?.ToString()).Append('\n');
                }

                foreach (var target in task.Targets)
                {
                    text.Append("      Then ").Append(target.Metric).Append(' ').Append(target.Operator.ToString()).Append(' ').Append(target.Number ?? string.Empty).Append(target.UnitText).Append('\n');
                }

                foreach (var item in task.Items)
                {
                    text.Append("      And item ").Append(item.Label).Append(item.Title).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static PeerTarget Target(TargetModel target) => new()
    {
        Metric = target.Metric,
        Operator = target.Operator.ToString(),
        Value = target.Number is { } n ? decimal.Parse(n, CultureInfo.InvariantCulture) : null,
        Unit = target.UnitText,
    };
}
