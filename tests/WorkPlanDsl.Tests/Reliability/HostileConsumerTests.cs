using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// Hostile plan names, namespaces and texts, alone and in pairs, through the in-process driver: the generator never
/// throws (CS8785), the analyzer never fails (AD0001), the generated code never has a C# error or warning, and every
/// plan that generates nothing has a WPL error saying why.
/// </summary>
public class HostileConsumerTests
{
    private static string Plan(string name, string body = "unit U\ntask T \"t\"\n  lead U\n") => "plan " + name + "\n" + body;

    public static TheoryData<string, string[], string?[]> Shapes()
    {
        var data = new TheoryData<string, string[], string?[]>();
        void Add(string shape, string[] plans, string?[]? namespaces = null) => data.Add(shape, plans, namespaces ?? new string?[plans.Length]);

        Add("Plan and Plan_", new[] { Plan("Org.Plan"), Plan("Org.Plan_") });
        Add("abc and abc_", new[] { Plan("Org.abc"), Plan("Org.abc_") });
        Add("one WPlanNamespace, same last part", new[] { Plan("A.Health"), Plan("B.Health") }, new[] { "N", "N" });
        Add("type and namespace", new[] { Plan("Zhuzhou.Health"), Plan("Zhuzhou.Health.Y2024") });
        Add("three deep", new[] { Plan("A"), Plan("A.B"), Plan("A.B.C") });
        Add("namespace override makes a type a namespace", new[] { Plan("Org.X"), Plan("P.Y") }, new[] { null, "Org.X" });
        Add("System", new[] { Plan("System") });
        Add("WorkPlanDsl", new[] { Plan("WorkPlanDsl") });
        Add("System.DateTime", new[] { Plan("System.DateTime") });
        Add("System.CodeDom.Compiler", new[] { Plan("System.CodeDom.Compiler") });
        Add("WorkPlanDsl.PlanBuilder", new[] { Plan("WorkPlanDsl.PlanBuilder") });
        Add("namespace override System", new[] { Plan("Org.Health") }, new[] { "System" });
        Add("global", new[] { Plan("global.Health"), Plan("Org.global"), Plan("Global") });
        Add("contextual keywords", new[] { Plan("var.dynamic"), Plan("async.await"), Plan("record.nameof") });
        Add("keywords", new[] { Plan("class.struct"), Plan("Org.int") });
        Add("keyword namespace override", new[] { Plan("Org.X") }, new[] { "class.int.namespace" });
        Add("namespace override with odd characters", new[] { Plan("Org.A"), Plan("Org.B"), Plan("Org.C") }, new[] { "My-Plans.两个 空格", " . . ", "..x..y" });
        Add("supplementary letters", new[] { Plan("Org.\U00020000"), Plan("Org._U020000") });
        Add("letter numbers and digits", new[] { Plan("Ⅻ.Ⅻ2024"), Plan("Org.Ⅶ") });
        Add("generated member names", new[] { Plan("Org.TaskId"), Plan("Org.Units"), Plan("Org.WorkPlanDslStorage__"), Plan("Org.Sections") });
        Add("class named like its namespace", new[] { Plan("Org.Org"), Plan("A.B.A") });
        Add("underscores", new[] { Plan("Org._"), Plan("Org.__"), Plan("_.x") });
        Add("case only", new[] { Plan("Org.Case"), Plan("Org.CASE"), Plan("org.Case") });
        Add("same name twice", new[] { Plan("Org.Same"), Plan("Org.Same") });
        Add("very long name", new[] { Plan("Org." + new string('长', 3000)), Plan("Org." + new string('长', 2999) + "短") });
        Add("long dotted name", new[] { Plan(string.Join(".", Enumerable.Range(0, 200).Select(i => "N" + i))) });
        Add("attribute-like names", new[] { Plan("Org.GeneratedCode"), Plan("Org.GeneratedCodeAttribute"), Plan("Org.Obsolete") });
        Add("object member names", new[] { Plan("Org.ToString"), Plan("Org.Equals"), Plan("Org.GetType") });
        Add("line separators in text", new[] { Plan("Org.Lines \"一\u2028二\u2029三\u0085四\"", "unit U \"全称\u2028续\"\ntask T \"t\u2028\"\n  lead U\n  | 正文\u2029续\n  tag 标\u0085签\n") });
        Add("lone surrogates and controls", new[] { Plan("Org.Bad \"\uD800 \uDC00 \u0001 \u007F \uFFFE\"", "unit U\ntask T \"\uDBFF\"\n  lead U\n  | \u0000 NUL\n") });
        Add("full-width digits and spaces", new[] { Plan("Org.Wide", "  year 2024\nunit U\ntask T \"t\"\n\u3000\u3000lead U\n  due \"６月底前\"\n  target \"托位\" = ４０００ 个\n") });
        Add("empty and blank files", new[] { "", "   \n\n\t", "\uFEFF", "# only a comment" });
        Add("misspelt unit used by C#", new[] { Plan("Org.CityEdu", "unit 教研室\ntask T01 \"t\"\n  lead 教研\n") });
        Add("unterminated strings everywhere", new[] { Plan("Org.Strings \"unterminated", "unit U \"x\ntask T \"y\n  lead U\n  | text\n") });
        Add("hostile member ids", new[] { Plan("Org.Members", "unit class\nunit value__\nunit Units\ngroup 各县\ntask Tasks \"a\"\n  lead class\ntask value__ \"b\"\n  lead Units\n  item Tasks_ \"c\"\n  item \"d\"\ntask Equals \"e\"\n  lead value__\n  support 各县\n") });
        Add("many tasks", new[] { Plan("Org.Many", "unit U\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => "task T" + i + " \"t\"\n  lead U\n  item \"i\"\n"))) });
        Add("item led by the task's support", new[] { Plan("Org.Inherit", "unit A\nunit B\ntask T \"t\"\n  lead A\n  support B\n  item \"i\"\n    lead B\n") });
        Add("undated deadline", new[] { Plan("Org.Undated", "unit U\ntask T \"t\"\n  lead U\n  due \"6月底前\"\n") });
        Add("a plan and a namespace that is its own name", new[] { Plan("Org.Health") }, new[] { "Org.Health" });
        Add("long member names", new[] { Plan("Org.LongMembers", "unit U" + new string('长', 400) + "\ntask T" + string.Concat(Enumerable.Repeat("\U00020000", 200)) + " \"t\"\n  lead U\n"), Plan("Org.LongFine") });
        Add("two plans, one type via override and name", new[] { Plan("Org.abc_"), Plan("Other.abc") }, new[] { null, "Org" });
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void No_CS8785_AD0001_or_CS_error_from_generated_code(string shape, string[] plans, string?[] namespaces)
    {
        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.Latest })
        {
            var project = new PlanProject { LanguageVersion = version, Nullable = version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable };
            for (var i = 0; i < plans.Length; i++)
            {
                project.AddPlan("plans/p" + i + ".wplan", plans[i], namespaceOverride: namespaces[i]);
            }

            var output = project.Generate();
            var generatedProblems = output.Compilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && output.Sources.Any(s => s.SyntaxTree == tree))
                .ToArray();
            Assert.True(generatedProblems.Length == 0, shape + " (" + version + "):\n" + string.Join("\n", generatedProblems.Take(10)));

            // Metadata limits (CS7013, a name over 1024 bytes) are only checked when the assembly is written.
            using (var stream = new System.IO.MemoryStream())
            {
                var emitted = output.Compilation.Emit(stream);
                Assert.True(emitted.Success, shape + " (" + version + ") does not emit:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }
            Assert.All(output.Sources, s => Assert.True(s.HintName.Length <= 48 + 1 + 16 + 5, s.HintName));

            // Every plan file that generated nothing has an error from the generator saying why (an empty file: WPL0007).
            var generatedFrom = output.Sources.Select(s => s.SourceText.ToString()).ToArray();
            for (var i = 0; i < plans.Length; i++)
            {
                var path = PlanProject.ProjectDir + "plans/p" + i + ".wplan";
                var generated = generatedFrom.Any(text => text.Contains("// Generated by WorkPlanDsl from plans/p" + i + ".wplan.", System.StringComparison.Ordinal));
                var explained = output.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == path);
                Assert.True(generated != explained, shape + ": plans/p" + i + ".wplan generated " + generated + ", explained " + explained);
            }

            // The analyzer runs over the same files without failing (Analyze fails the test on AD0001).
            project.Analyze();
        }
    }
}
