using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkPlanDsl.Cli.Export;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Runtime;

/// <summary>
/// The runtime model serialises with System.Text.Json, default options or ASP.NET Core's web defaults, to the shape
/// <c>workplan export --format json</c> writes, object by object.
/// </summary>
public class JsonShapeTests
{
    private static readonly Lazy<GeneratedCatalog> Corpus = new(() => new GeneratedCatalog(PlanCorpus.ProjectWithAllPlans(new PlanProject())));

    private static readonly JsonSerializerOptions Default = new();

    // What ASP.NET Core's minimal APIs and controllers use: camelCase names, numbers from strings when reading.
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Plans() => new(PlanCorpus.ValidPlans().Select(p => p.RelativePath));

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_plan_serialises_to_the_exported_shape_with_default_and_web_options(string relativePath)
    {
        var (exported, plan) = Both(relativePath);
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(JsonSerializer.Serialize(plan, Default))), relativePath + " (default options)");
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(JsonSerializer.Serialize(plan, Web))), relativePath + " (web options)");
    }

    [Fact]
    public void Each_object_serialises_alone_as_its_part_of_the_export()
    {
        var (exported, plan) = Both("tests/all-features.wplan");
        for (var t = 0; t < plan.Tasks.Count; t++)
        {
            var task = plan.Tasks[t];
            AssertSame(exported!["tasks"]![t]!, task);
            for (var i = 0; i < task.Items.Count; i++)
            {
                AssertSame(exported["tasks"]![t]!["items"]![i]!, task.Items[i]);
            }
        }

        for (var s = 0; s < plan.Sections.Count; s++)
        {
            AssertSame(exported!["sections"]![s]!, plan.Sections[s]);
        }

        for (var u = 0; u < plan.Units.Count; u++)
        {
            AssertSame(exported!["units"]![u]!, plan.Units[u]);
        }

        Assert.Contains(plan.Tasks, t => t.Section is not null && t.Items.Count > 0 && t.Targets.Count > 0 && t.Due?.Date is not null);
    }

    [Fact]
    public void A_task_reads_as_a_reader_of_the_api_expects()
    {
        var plan = new GeneratedCatalog(new PlanProject().AddPlan("spec.wplan", RepositoryPaths.TestPlan("spec-example.wplan"))).Plan("Zhuzhou.Health2024");
        var json = JsonSerializer.Serialize(plan.GetTask("T03"), Relaxed);
        Assert.StartsWith("{\"id\":\"T03\",\"section\":\"S02\",\"label\":\"(三)\",\"title\":\"促进“三医”协同发展和治理\",\"leads\":[\"体改科\"],", json);
        Assert.Contains("\"targets\":[{\"metric\":\"新增3岁以下婴幼儿托位\",\"operator\":\"=\",\"value\":4000,\"unit\":\"个\"}]", json);
        Assert.Contains("\"due\":{\"text\":null,\"date\":\"2024-12-31\"}", json);
        Assert.Contains("\"declared\":{\"leads\":[\"体改科\"],", json);
    }

    /// <summary>docs/plan.schema.json names every property the export writes, and only those, for every kind of object.</summary>
    [Fact]
    public void The_published_schema_lists_the_exported_properties()
    {
        var schema = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Docs, "plan.schema.json")))!;
        var (exported, _) = Both("tests/all-features.wplan");
        AssertKeys(schema, exported!);
        AssertKeys(schema["$defs"]!["unit"]!, exported!["units"]![0]!);
        AssertKeys(schema["$defs"]!["section"]!, exported["sections"]![0]!);
        var task = exported["tasks"]!.AsArray().First(t => t!["items"]!.AsArray().Count > 0 && t["targets"]!.AsArray().Count > 0 && t["due"] is not null)!;
        AssertKeys(schema["$defs"]!["task"]!, task);
        AssertKeys(schema["$defs"]!["item"]!, task["items"]![0]!);
        AssertKeys(schema["$defs"]!["declared"]!, task["declared"]!);
        AssertKeys(schema["$defs"]!["target"]!, task["targets"]![0]!);
        AssertKeys(schema["$defs"]!["deadline"]!, task["due"]!);
    }

    private static void AssertKeys(JsonNode definition, JsonNode value)
    {
        var keys = value.AsObject().Select(p => p.Key).ToArray();
        Assert.Equal(definition["required"]!.AsArray().Select(k => (string)k!), keys);
        Assert.Equal(definition["properties"]!.AsObject().Select(p => p.Key), keys);
    }

    private static void AssertSame(JsonNode exported, object runtime)
    {
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(JsonSerializer.Serialize(runtime, runtime.GetType(), Default))), runtime + ": " + JsonSerializer.Serialize(runtime, runtime.GetType(), Relaxed));
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(JsonSerializer.Serialize(runtime, runtime.GetType(), Web))), runtime + " (web)");
    }

    private static (JsonNode? Exported, Plan Runtime) Both(string relativePath)
    {
        var text = PlanCorpus.ValidPlans().Single(p => p.RelativePath == relativePath).Text;
        var model = PlanCompiler.Compile(text).Model!;
        return (JsonNode.Parse(JsonExporter.Write(new Catalog(model), matrix: false)), Corpus.Value.Plan(model.Name));
    }
}
