using System;
using System.Linq;
using CsCheck;
using WorkPlanDsl.Generators.Emit;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

/// <summary>The generated code carries a plan as one string; what the runtime decodes from it is the plan the binder bound.</summary>
public class PlanDataTests
{
    private static readonly Lazy<GeneratedCatalog> Catalog = new(() => new GeneratedCatalog(PlanCorpus.ProjectWithAllPlans(new PlanProject())));

    public static TheoryData<string> ValidPlans()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in PlanCorpus.ValidPlans())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidPlans))]
    public void The_compiled_catalog_builds_the_bound_plan(string path)
    {
        var text = PlanCorpus.ValidPlans().Single(p => p.RelativePath == path).Text;
        var model = PlanCompiler.Compile(text).Model!;
        var type = Catalog.Value.Class(model.Name);
        var plan = (Plan)type.GetProperty("Plan")!.GetValue(null)!;
        Assert.Equal(PlanDump.Of(model, path), PlanDump.Of(plan));
    }

    [Theory]
    [MemberData(nameof(ValidPlans))]
    public void Every_typed_member_returns_its_own_element(string path)
    {
        var text = PlanCorpus.ValidPlans().Single(p => p.RelativePath == path).Text;
        var model = PlanCompiler.Compile(text).Model!;
        var plan = (Plan)Catalog.Value.Class(model.Name).GetProperty("Plan")!.GetValue(null)!;
        var work = plan.Tasks.Cast<object>().Concat(plan.Tasks.SelectMany(t => t.Items)).ToList();
        AssertMembers(model.Name, "Units", plan.Units.Cast<object>().ToList(), u => ((PlanUnit)u).Id);
        AssertMembers(model.Name, "Sections", plan.Sections.Cast<object>().ToList(), s => ((PlanSection)s).Id);
        AssertMembers(model.Name, "Tasks", work, w => ((PlanWorkElement)w).Id);
    }

    // Each element is returned by exactly one member, and a member named as an element's id returns that element.
    private static void AssertMembers(string className, string nested, System.Collections.Generic.List<object> elements, Func<object, string> id)
    {
        var members = Catalog.Value.Class(className + "+" + nested).GetProperties().ToDictionary(p => p.Name, p => p.GetValue(null)!);
        Assert.Equal(elements.Count, members.Count);
        Assert.Equal(elements.Count, members.Values.Distinct().Count());
        Assert.All(members.Values, value => Assert.Contains(elements, e => ReferenceEquals(e, value)));
        Assert.All(members.Where(m => elements.Any(e => id(e) == m.Key)), m => Assert.Equal(m.Key, id(m.Value)));
    }

    // The getters name the storage class by its simple name; a member of the same name would hide it (and its getter
    // would not compile), so the getters of that nested class name it in full. Task ids are the enum's implicit values.
    [Fact]
    public void Members_named_like_the_storage_class_return_their_own_elements()
    {
        var storage = PlanEmitter.Storage;
        var first = $"plan Org.Hidden\nunit {storage}\nunit U\nsection {storage} \"s\"\n  lead U\ntask T1 \"t\"\n  item {storage} \"i\"\ntask T2 \"t2\"\n";
        var second = $"plan Org.HiddenTask\nunit U\ntask T0 \"t0\"\n  lead U\ntask {storage} \"t\"\n  lead U\n  item \"i\"\n";
        var project = new PlanProject().AddPlan("hidden.wplan", first).AddPlan("hidden-task.wplan", second);
        var catalog = new GeneratedCatalog(project);
        foreach (var (className, text) in new[] { ("Org.Hidden", first), ("Org.HiddenTask", second) })
        {
            var plan = catalog.Plan(className);
            Assert.Equal(PlanDump.Of(PlanCompiler.Compile(text).Model!, className == "Org.Hidden" ? "hidden.wplan" : "hidden-task.wplan"), PlanDump.Of(plan));
            var members = plan.Units.Select(u => ("Units", (object)u, u.Id))
                .Concat(plan.Sections.Select(s => ("Sections", (object)s, s.Id)))
                .Concat(plan.Tasks.Select(t => ("Tasks", (object)t, t.Id)))
                .Concat(plan.Tasks.SelectMany(t => t.Items).Select(i => ("Tasks", (object)i, i.Id)));
            foreach (var (nested, element, id) in members)
            {
                Assert.Same(element, catalog.Member(className, nested, id));
            }

            Assert.All(plan.Tasks, task => Assert.Equal(task.Ordinal, catalog.EnumValue(className, task.Id)));
        }
    }

    [Fact]
    public void Random_plans_decode_to_the_bound_model()
    {
        RandomPlans.Plans.Sample(
            text =>
            {
                var model = PlanCompiler.Compile(text).Model!;
                var plan = PlanData.Decode("random.wplan", PlanDataWriter.Write(model, default));
                Assert.Equal(PlanDump.Of(model, "random.wplan"), PlanDump.Of(plan));
            },
            iter: 300,
            print: text => "\n" + text);
    }

    [Fact]
    public void A_large_plan_with_numbers_of_every_width_decodes_to_the_bound_model()
    {
        // 40,000 lines and 3,000 units: line deltas, unit indexes and string references of one to four digits.
        var text = new System.Text.StringBuilder("plan Large.Plan \"大\"\n  year 2024\n");
        for (var u = 0; u < 3000; u++)
        {
            text.Append("unit U").Append(u).Append('\n');
        }

        for (var t = 0; t < 8000; t++)
        {
            text.Append("task T").Append(t).Append(" \"任务").Append(t).Append("\"\n  lead U").Append(t % 3000).Append(", U").Append((t * 7) % 3000)
                .Append("\n  target \"指标\" >= ").Append(t).Append(".50 %\n  | 文本").Append(t % 97).Append('\n');
        }

        var model = PlanCompiler.Compile(text.ToString()).Model!;
        var plan = PlanData.Decode("large.wplan", PlanDataWriter.Write(model, default));
        Assert.Equal(PlanDump.Of(model, "large.wplan"), PlanDump.Of(plan));
    }

    [Fact]
    public void A_task_without_a_lead_on_purpose_keeps_its_reason()
    {
        var text = "plan A.B\nunit U\nsection S \"部分\"\n  lead U\ntask T1 \"有理由\"\n  lead none \"各单位共同负责\"\ntask T2 \"无理由\"\n  lead none\ntask T3 \"继承\"\n";
        var compiled = PlanCompiler.Compile(text);
        var model = compiled.Model!;
        Assert.Equal("各单位共同负责", model.Tasks[0].NoLeadReason);
        Assert.NotNull(model.Tasks[1].NoLeadReason);
        Assert.Null(model.Tasks[2].NoLeadReason);
        var plan = PlanData.Decode("a.wplan", PlanDataWriter.Write(model, default));
        Assert.Equal(PlanDump.Of(model, "a.wplan"), PlanDump.Of(plan));
        Assert.Equal(new[] { "各单位共同负责", model.Tasks[1].NoLeadReason, null }, plan.Tasks.Select(t => t.NoLeadReason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("1")]
    [InlineData("11")]
    [InlineData("10000000000000000000000000")]
    [InlineData("1\"")]
    public void Malformed_data_is_refused_with_a_message(string data)
        => Assert.Contains("malformed", Assert.Throws<InvalidOperationException>(() => PlanData.Decode("x.wplan", data)).Message, StringComparison.Ordinal);

    [Fact]
    public void Data_that_a_writer_appended_to_is_refused()
    {
        var model = PlanCompiler.Compile("plan A.B\nunit U\ntask T \"t\"\n  lead U\n").Model!;
        var data = PlanDataWriter.Write(model, default);
        Assert.Equal("T", PlanData.Decode("a.wplan", data).Tasks.Single().Id);
        Assert.Throws<InvalidOperationException>(() => PlanData.Decode("a.wplan", data + "0"));
    }
}
