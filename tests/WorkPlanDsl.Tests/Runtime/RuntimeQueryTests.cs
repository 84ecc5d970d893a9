using System;
using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Runtime;

public class RuntimeQueryTests
{
    private static readonly Lazy<GeneratedCatalog> Catalog = new(() => new GeneratedCatalog(
        PlanCorpus.ProjectWithTestPlans(new PlanProject())
            .AddPlan("years/2025.wplan", string.Join("\n",
                "plan Zhuzhou.Health2025 \"2025年方案\"",
                "year 2025",
                "unit 体改科",
                "unit 规划信息科 alias 规信科",
                "task A1 \"深化医改\"",
                "  lead 体改科",
                "task A2 \"信息化\"",
                "  lead 规信科",
                "  support 体改科"))));

    private static readonly Lazy<GeneratedCatalog> Corpus = new(() => new GeneratedCatalog(PlanCorpus.ProjectWithAllPlans(new PlanProject())));

    private static Plan Spec => Catalog.Value.Plan("Zhuzhou.Health2024");

    private static Plan Features => Catalog.Value.Plan("Demo.Features.AllFeatures2025");

    private static Plan Year2025 => Catalog.Value.Plan("Zhuzhou.Health2025");

    [Fact]
    public void The_plan_carries_its_metadata()
    {
        Assert.Equal("Zhuzhou.Health2024", Spec.Name);
        Assert.Equal("2024年株洲市卫生健康重点工作任务及分工方案", Spec.Title);
        Assert.Equal("株洲市卫生健康委员会", Spec.Issuer);
        Assert.Equal(new DateTime(2024, 4, 1), Spec.Published);
        Assert.Equal(2024, Spec.Year);
        Assert.Equal(new PlanSourceLocation("tests/spec-example.wplan", 2, 6), Spec.Location);
        Assert.Equal("前言第一行：为贯彻落实……\n  保留缩进的第二行 <b>不是标记</b>", Features.Preface);
    }

    [Fact]
    public void Typed_members_return_the_plans_elements()
    {
        var t03 = (PlanTask)Catalog.Value.Member("Zhuzhou.Health2024", "Tasks", "T03");
        Assert.Same(Spec.GetTask("T03"), t03);
        Assert.Same(Spec.FindUnit("体改科"), Catalog.Value.Member("Zhuzhou.Health2024", "Units", "体改科"));
        Assert.Same(Spec.Sections[1], Catalog.Value.Member("Zhuzhou.Health2024", "Sections", "S02"));
        Assert.Same(t03.Items[0], Catalog.Value.Member("Zhuzhou.Health2024", "Tasks", "T03_1"));
        Assert.Equal(t03.Ordinal, Catalog.Value.EnumValue("Zhuzhou.Health2024", "T03"));
        Assert.Equal(Spec.Tasks.Select(t => t.Id), Catalog.Value.EnumNames("Zhuzhou.Health2024"));
    }

    [Fact]
    public void Tasks_items_sections_and_units_have_their_values()
    {
        var t03 = Spec.GetTask("T03");
        Assert.Equal("(三)", t03.Label);
        Assert.Equal("促进“三医”协同发展和治理", t03.Title);
        Assert.Same(Spec.Sections[1], t03.Section);
        Assert.Contains(t03, Spec.Sections[1].Tasks);
        Assert.Equal(new[] { "体改科" }, t03.Leads.Select(u => u.Id));
        Assert.Equal(new[] { "人事科", "基药办", "各县市区卫生健康局" }, t03.Supports.Select(u => u.Id));
        Assert.True(t03.Supports[2].IsGroup);
        Assert.Equal(new DateTime(2024, 12, 31), t03.Due!.Date);
        var target = Assert.Single(t03.Targets);
        Assert.Equal(TargetOperator.Equal, target.Comparison);
        Assert.Equal(4000m, target.Value);
        Assert.Equal("个", target.UnitText);
        Assert.True(target.IsMetBy(4000m));
        Assert.False(target.IsMetBy(3999m));
        Assert.Equal(new PlanSourceLocation("tests/spec-example.wplan", 26, 6), t03.Location);

        var item = t03.Items.Single();
        Assert.Equal("T03_1", item.Id);
        Assert.Same(t03, item.Task);
        Assert.Empty(item.DeclaredLeads);
        Assert.Equal(t03.Leads, item.Leads);
        Assert.Equal(t03.Due, item.Due);

        var office = Spec.FindUnit("办公室(对外合作交流处)")!;
        Assert.Equal("办公室", office.Id);
        Assert.Same(Spec.FindUnit("规划信息科"), Spec.FindUnit("规信科"));
        Assert.Null(Spec.FindUnit("不存在"));
    }

    [Fact]
    public void Targets_and_deadlines_of_every_kind()
    {
        var t02 = Features.GetTask("T02");
        Assert.Equal(
            new[] { "新增3岁以下婴幼儿托位 = 4000个", "二级以上医院检查结果互认比例 ≥ 80%", "孕产妇死亡率 ≤ 8.5/10万", "完成医共体建设" },
            t02.Targets.Select(t => t.ToString()));
        Assert.Equal(new DateTime(2025, 6, 30), t02.Due!.Date);
        Assert.Equal("6月底前", t02.Due.Text);
        Assert.Equal(new[] { "改革" }, t02.Tags);
        Assert.Equal(new[] { "重点", "民生" }, Features.GetTask("T01").Tags);
        Assert.Equal("年底前", Features.GetTask("T01").Due!.Text);
        Assert.Null(Features.GetTask("T01").DeclaredDue);
    }

    [Fact]
    public void Queries_by_unit_declared_and_in_effect()
    {
        Assert.Equal(new[] { "T03" }, Spec.TasksLedBy("体改科").Select(t => t.Id));
        Assert.Equal(new[] { "T01", "T03" }, Spec.TasksSupportedBy("各县市区卫生健康局").Select(t => t.Id));
        Assert.Equal(new[] { "T01" }, Spec.TasksWithoutLead().Select(t => t.Id));

        Assert.Equal(new[] { "T01" }, Features.TasksLedBy("体改").Select(t => t.Id));
        Assert.Empty(Features.TasksLedBy("体改科", ResponsibilityScope.Declared));
        Assert.Equal(new[] { "T02", "Tasks", "Plan" }, Features.TasksLedBy(Features.FindUnit("规信科")!).Select(t => t.Id));
        Assert.Empty(Features.TasksWithoutLead());
        Assert.Empty(Spec.TasksLedBy("nobody"));
    }

    [Fact]
    public void Work_with_and_without_items()
    {
        Assert.Equal(new[] { "T00", "T01", "T02", "Tasks", "Plan" }, Features.EnumerateWork(includeItems: false).Select(w => w.Id));
        Assert.Equal(new[] { "T00", "T01", "T02", "T02_1", "T02_B", "Tasks", "Plan" }, Features.EnumerateWork(includeItems: true).Select(w => w.Id));
        Assert.Same(Features.GetTask("T02").Items[1], Features.FindWork("T02_B"));
        Assert.False(Features.TryGetTask("T02_B", out _));
        Assert.Throws<KeyNotFoundException>(() => Features.GetTask("missing"));
        Assert.Null(Features.GetTask("T00").Section);
    }

    [Fact]
    public void A_units_tasks_across_several_plans()
    {
        var plans = new[] { Spec, Year2025 };
        Assert.Equal(new[] { "Zhuzhou.Health2024/T03", "Zhuzhou.Health2025/A1" }, PlanCatalog.TasksLedBy(plans, "体改科").Select(t => Owner(t, plans) + "/" + t.Id));
        Assert.Equal(new[] { "A2" }, PlanCatalog.TasksSupportedBy(plans, "体改科").Select(t => t.Id));
        Assert.Equal(new[] { "A2" }, PlanCatalog.TasksLedBy(plans, "规信科").Select(t => t.Id));
        Assert.Equal(new[] { "T01" }, PlanCatalog.TasksWithoutLead(plans).Select(t => t.Id));
    }

    [Fact]
    public void What_the_runtime_has_in_effect_is_what_the_binder_worked_out()
    {
        foreach (var (path, text) in PlanCorpus.ValidPlans())
        {
            var model = PlanCompiler.Compile(text).Model!;
            var plan = Corpus.Value.Plan(model.Name);
            Assert.Equal(model.Tasks.Count, plan.Tasks.Count);
            foreach (var (expected, actual) in model.Tasks.Zip(plan.Tasks))
            {
                Assert.Equal(expected.InEffect.Leads, actual.Leads.Select(u => u.Id));
                Assert.Equal(expected.InEffect.Supports, actual.Supports.Select(u => u.Id));
                Assert.Equal(expected.InEffect.Due?.Text, actual.Due?.Text);
                foreach (var (expectedItem, actualItem) in expected.Items.Zip(actual.Items))
                {
                    Assert.Equal(expectedItem.InEffect.Leads, actualItem.Leads.Select(u => u.Id));
                    Assert.Equal(expectedItem.InEffect.Supports, actualItem.Supports.Select(u => u.Id));
                }
            }

            Assert.True(plan.Tasks.All(t => t.Location.File.EndsWith(System.IO.Path.GetFileName(path), StringComparison.Ordinal)), path);
        }
    }

    [Fact]
    public void A_task_and_its_TaskId_lead_to_each_other_and_a_task_of_another_plan_is_refused()
    {
        var health = Catalog.Value.Class("Zhuzhou.Health2024");
        var t03 = Spec.GetTask("T03");
        var id = health.GetMethod("IdOf")!.Invoke(null, new object[] { t03 })!;
        Assert.Equal(Catalog.Value.EnumValue("Zhuzhou.Health2024", "T03"), (int)id);
        Assert.Same(t03, health.GetMethod("GetTask")!.Invoke(null, new[] { id }));
        var refused = Assert.Throws<System.Reflection.TargetInvocationException>(() => health.GetMethod("IdOf")!.Invoke(null, new object[] { Year2025.Tasks[0] }));
        Assert.IsType<ArgumentException>(refused.InnerException);
    }

    [Fact]
    public void Items_are_addressable_by_id_and_tasks_and_items_know_their_plan()
    {
        var item = Spec.GetItem("T03_1");
        Assert.Same(Spec.GetTask("T03").Items[0], item);
        Assert.Same(Spec, item.Plan);
        Assert.Same(Spec, Spec.GetTask("T03").Plan);
        Assert.True(Spec.TryGetItem("T03_1", out _));
        Assert.False(Spec.TryGetItem("T03", out _));
        Assert.Throws<KeyNotFoundException>(() => Spec.GetItem("T03"));
    }

    [Fact]
    public void Overdue_and_days_left_count_whole_days_of_the_dated_deadline_in_effect()
    {
        var t03 = Spec.GetTask("T03");
        var due = t03.Due!.Date!.Value;
        Assert.False(t03.IsOverdue(due.AddHours(23)));
        Assert.True(t03.IsOverdue(due.AddDays(1)));
        Assert.Equal(0, t03.DaysLeft(due.AddHours(12)));
        Assert.Equal(10, t03.DaysLeft(due.AddDays(-10)));
        Assert.Equal(-3, t03.DaysLeft(due.AddDays(3)));
        var undated = Spec.EnumerateWork(includeItems: true).First(w => w.Due?.Date is null);
        Assert.False(undated.IsOverdue(DateTime.MaxValue));
        Assert.Null(undated.DaysLeft(DateTime.MinValue));
    }

    [Fact]
    public void An_unknown_unit_leads_and_supports_nothing_and_FindUnit_says_it_is_unknown()
    {
        Assert.Empty(Spec.TasksLedBy("不存在的科室"));
        Assert.Empty(Spec.TasksSupportedBy("不存在的科室"));
        Assert.Null(Spec.FindUnit("不存在的科室"));
    }

    private static string Owner(PlanTask task, IEnumerable<Plan> plans) => plans.Single(p => p.Tasks.Contains(task)).Name;
}
