using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

public class CompileTests
{
    public static IEnumerable<object[]> LanguageVersions()
    {
        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest, LanguageVersion.Preview })
        {
            foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
            {
                // Nullable contexts need C# 8; a 7.3 project cannot turn them on.
                if (version == LanguageVersion.CSharp7_3 && nullable == NullableContextOptions.Enable)
                {
                    continue;
                }

                yield return new object[] { version, nullable };
            }
        }
    }

    [Theory]
    [MemberData(nameof(LanguageVersions))]
    public void Every_plan_compiles_without_a_warning(LanguageVersion version, NullableContextOptions nullable)
    {
        var project = PlanCorpus.ProjectWithAllPlans(new PlanProject { LanguageVersion = version, Nullable = nullable });
        project.AddSource("""
            /// <summary>Uses the generated members as a consumer would.</summary>
            public static class Consumer
            {
                /// <summary>A typed member of each kind.</summary>
                public static string Use()
                {
                    var task = global::Zhuzhou.Health2024.Tasks.T03;
                    var unit = global::Zhuzhou.Health2024.Units.体改科;
                    var section = global::Zhuzhou.Health2024.Sections.S02;
                    var id = global::Zhuzhou.Health2024.TaskId.T03;
                    var item = global::Demo.Features.AllFeatures2025.Tasks.T02_B;
                    var hostile = global::Demo.Features.AllFeatures2025.Tasks.Tasks_;
                    return task.Title + unit.FullName + section.Title + id + item.Title + hostile.Id + global::Demo.Features.AllFeatures2025.Units.@class.Id;
                }
            }
            """);
        var output = project.Generate();
        Assert.Equal(project.Plans.Count, output.Sources.Count);
        output.AssertCompilesCleanly();
    }

    [Fact]
    public void Hostile_identifiers_get_valid_unique_names()
    {
        var plan = """
            plan Demo.Tasks
            unit Units
            unit GetHashCode
            unit class
            group _
            task Tasks "a"
              lead Units
            task Plan "b"
              lead Units
            task TaskId "c"
              lead Units
            task Equals "d"
              lead Units
            task ToString "e"
              lead Units
            task value__ "f"
              lead Units
            task Tasks_ "g"
              lead Units
            task @x "h"
            """.Replace("task @x \"h\"", "task namespace \"h\"\n  lead Units\n  item Sections \"i\"\n  item Units \"j\"");
        var output = new PlanProject().AddPlan("hostile.wplan", plan).Generate();
        output.AssertCompilesCleanly();
        var source = output.Source("Demo.Tasks.g.cs");
        Assert.Contains("public static partial class Tasks_", source);
        Assert.Contains("public static global::WorkPlanDsl.PlanTask Tasks__", source);
        Assert.Contains("public static global::WorkPlanDsl.PlanTask @namespace", source);
        Assert.Contains("public static global::WorkPlanDsl.PlanUnit Units_", source);
        Assert.Contains("public static global::WorkPlanDsl.PlanUnit GetHashCode_", source);
        Assert.Contains("\n            value___,\n", source);
    }

    [Theory]
    [InlineData("plan lower.name", "public static partial class name_")]
    [InlineData("plan class.record", "namespace @class")]
    [InlineData("plan 株洲.卫健委2024", "public static partial class 卫健委2024")]
    [InlineData("plan Single", "public static partial class Single")]
    [InlineData("plan A.B.C.D", "namespace A.B.C")]
    [InlineData("plan 𠀀区.𠀀计划", "public static partial class _U020000计划")]
    public void Plan_names_become_valid_namespaces_and_classes(string planLine, string expected)
    {
        var output = new PlanProject().AddPlan("p.wplan", planLine + "\nunit U\ntask T \"t\"\n  lead U\n").Generate();
        output.AssertCompilesCleanly();
        Assert.Contains(expected, output.Sources.Single().SourceText.ToString());
    }

    [Fact]
    public void The_namespace_can_be_overridden_per_file()
    {
        var output = new PlanProject()
            .AddPlan("a.wplan", "plan Zhuzhou.Health2024\nunit U\ntask T \"t\"\n  lead U", namespaceOverride: "My.Plans")
            .AddPlan("b.wplan", "plan Other.Health2024\nunit U\ntask T \"t\"\n  lead U", namespaceOverride: "Your.Plans")
            .AddSource("/// <summary>x</summary>\npublic static class C { /// <summary>x</summary>\npublic static object P() { return My.Plans.Health2024.Plan.Name + Your.Plans.Health2024.Plan.Name; } }")
            .Generate();
        output.AssertCompilesCleanly();
    }

    [Fact]
    public void Same_named_files_in_different_folders_and_plans_differing_only_in_case_get_unique_hint_names()
    {
        var output = new PlanProject()
            .AddPlan("2024/plan.wplan", "plan A.Plan2024\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("2025/plan.wplan", "plan A.Plan2025\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("x/case.wplan", "plan A.Case\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("y/case.wplan", "plan A.case\nunit U\ntask T \"t\"\n  lead U")
            .Generate();
        output.AssertCompilesCleanly();
        var hints = output.Sources.Select(s => s.HintName).ToArray();
        Assert.Equal(4, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("A.Plan2024.g.cs", hints);
    }

    [Fact]
    public void A_plan_with_errors_generates_nothing_and_the_others_still_generate()
    {
        var output = new PlanProject()
            .AddPlan("good.wplan", "plan A.Good\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("bad.wplan", "plan A.Bad\ntask T \"t\"\n  lead Nobody")
            .AddPlan("syntax.wplan", "plan A.Syntax\ntask T \"unterminated")
            .AddPlan("nothing.wplan", "")
            .AddPlan("dup1.wplan", "plan A.Dup\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("dup2.wplan", "plan A.Dup\nunit U\ntask T \"t\"\n  lead U")
            .AddPlan("notes.txt", "plan Not.APlan")
            .Generate();
        Assert.Equal(new[] { "A.Good.g.cs" }, output.Sources.Select(s => s.HintName));
        output.AssertCompilesCleanly();
    }

    [Fact]
    public void WPlanAccessibility_internal_makes_the_plan_classes_internal()
    {
        var project = new PlanProject().AddPlan("a.wplan", "plan Org.Internal2024\nunit U\ntask T \"t\"\n  lead U");
        project.Properties["build_property.WPlanAccessibility"] = "internal";
        var output = project.Generate();
        output.AssertCompilesCleanly();
        Assert.Contains("internal static partial class Internal2024", output.Source("Org.Internal2024.g.cs"));
        Assert.Equal(Accessibility.Internal, output.Compilation.GetTypeByMetadataName("Org.Internal2024")!.DeclaredAccessibility);
    }

    [Fact]
    public void Two_referenced_assemblies_with_plans_do_not_conflict()
    {
        var first = new PlanProject().AddPlan("a.wplan", "plan Org.Health2024\nunit U\ntask T \"t\"\n  lead U").Generate();
        var second = new PlanProject().AddPlan("b.wplan", "plan Org.Health2025\nunit U\ntask T \"t\"\n  lead U").Generate();
        var a = first.Compilation.WithAssemblyName("PlansA");
        var b = second.Compilation.WithAssemblyName("PlansB");
        var consumer = CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText("public static class App { public static string Both() { return Org.Health2024.Tasks.T.Id + Org.Health2025.Tasks.T.Id; } }") },
            PlanProject.References.Append(a.ToMetadataReference()).Append(b.ToMetadataReference()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        Assert.Empty(consumer.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
