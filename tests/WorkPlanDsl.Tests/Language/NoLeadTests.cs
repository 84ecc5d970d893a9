using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkPlanDsl.Cli.Export;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Formatting;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

/// <summary><c>lead none "理由"</c> (<c>牵头 无</c>): a task without a lead on purpose, silencing WPL0002 for it alone.</summary>
public class NoLeadTests
{
    private const string Plan = "plan Org.NoLead\nunit 办公室\nsection S \"部分\"\n  lead 办公室\ntask T01 \"总体工作要求\"\n  lead none \"总体要求，各单位共同负责\"\ntask T02 \"无理由\"\n  牵头 无\ntask T03 \"忘了牵头\"\n  support 办公室\n  lead 办公室\ntask T04 \"真的没有\"\n";

    [Fact]
    public void It_silences_WPL0002_for_that_task_alone_and_takes_no_lead_from_the_section()
    {
        var compiled = PlanCompiler.Compile(Plan.Replace("section S \"部分\"\n  lead 办公室\n", string.Empty));
        Assert.Equal(new[] { "WPL0006", "WPL0002" }, compiled.Diagnostics.Select(d => d.Id));
        Assert.Contains("'T04'", compiled.Diagnostics[1].Message);

        var model = PlanCompiler.Compile(Plan).Model!;
        Assert.Equal("总体要求，各单位共同负责", model.Tasks[0].NoLeadReason);
        Assert.Equal(string.Empty, model.Tasks[1].NoLeadReason);
        Assert.Null(model.Tasks[2].NoLeadReason);
        Assert.Empty(model.Tasks[0].InEffect.Leads);
        Assert.Equal(new[] { "办公室" }, model.Tasks[3].InEffect.Leads);
    }

    [Theory]
    [InlineData("section S \"s\"\n  lead none\n", "'lead none' does not apply to section 'S'; it applies to tasks only")]
    [InlineData("task T \"t\"\n  lead none\n  lead 办公室\n", "'lead' is already given for task 'T' at line 4")]
    [InlineData("task T \"t\"\n  lead 办公室\n  item \"i\"\n    lead none\n", "'lead none' does not apply to item 'T_1'; it applies to tasks only")]
    public void It_is_a_task_s_word_once(string body, string message)
    {
        var diagnostic = Assert.Single(PlanCompiler.Compile("plan Org.P\nunit 办公室\n" + body).Diagnostics);
        Assert.Equal("WPL0008", diagnostic.Id);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void The_formatter_keeps_it_in_the_words_it_was_written()
    {
        var formatted = PlanFormatter.Format(Plan).Text!;
        Assert.Contains("  lead none \"总体要求，各单位共同负责\"\n", formatted);
        Assert.Contains("  牵头 无\n", formatted);
        Assert.Equal(formatted, PlanFormatter.Format(formatted).Text);
    }

    [Fact]
    public void The_runtime_and_the_exports_show_it()
    {
        var catalog = new GeneratedCatalog(new PlanProject().AddPlan("p.wplan", Plan));
        var plan = catalog.Plan("Org.NoLead");
        var t01 = plan.GetTask("T01");
        Assert.True(t01.NoLeadIntended);
        Assert.Equal("总体要求，各单位共同负责", t01.NoLeadReason);
        Assert.Empty(t01.Leads);
        Assert.Empty(plan.TasksWithoutLead());
        Assert.Equal(new[] { "办公室" }, plan.GetTask("T04").Leads.Select(u => u.Id));

        var exported = JsonExporter.Write(new Catalog(PlanCompiler.Compile(Plan).Model!), matrix: false);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(exported), JsonNode.Parse(JsonSerializer.Serialize(plan, new JsonSerializerOptions(JsonSerializerDefaults.Web)))));
        Assert.Contains("\"noLead\": \"总体要求，各单位共同负责\"", exported);
        Assert.Contains("无（总体要求，各单位共同负责）", CsvExporter.Write(new Catalog(PlanCompiler.Compile(Plan).Model!), matrix: false));
    }
}
