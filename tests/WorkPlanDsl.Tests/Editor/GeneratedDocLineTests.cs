using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>From C# back to the plan: every generated member's XML doc names the plan file and the line it is written on.</summary>
public class GeneratedDocLineTests
{
    private static readonly Regex WrittenAt = new(@"<para>(?<file>[^<]+) line (?<line>\d+)</para></summary>");

    public static TheoryData<string> Plans() => GrammarTests.Plans();

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_generated_member_names_its_plan_file_and_the_line_of_its_element(string plan)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, plan));
        var output = new PlanProject().AddPlan(plan, text).Generate();
        var lines = PlanParser.Parse(text).Lines;
        var root = CSharpSyntaxTree.ParseText(output.Sources.Single().SourceText).GetRoot();

        var members = root.DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(m => m is PropertyDeclarationSyntax or EnumMemberDeclarationSyntax || (m is ClassDeclarationSyntax c && c.Parent is not ClassDeclarationSyntax))
            .Where(m => m.Ancestors().OfType<ClassDeclarationSyntax>().All(c => !c.Identifier.Text.StartsWith("WorkPlanDslStorage", System.StringComparison.Ordinal)))
            .ToList();
        Assert.True(members.Count > 5);
        foreach (var member in members)
        {
            var doc = string.Concat(member.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)).Select(t => t.ToFullString()));
            var match = WrittenAt.Match(doc.Replace("/// ", string.Empty).Replace("\n", string.Empty));
            Assert.True(match.Success, plan + ": no plan line in the doc of " + member.ToString().Split('\n')[0]);
            Assert.Equal(plan, match.Groups["file"].Value);

            // The line holds the statement that declares the element: its keyword is the member's kind.
            var line = int.Parse(match.Groups["line"].Value) - 1;
            var statement = text.Substring(lines.LineStart(line), lines.LineEnd(line) - lines.LineStart(line)).TrimStart();
            var container = (member.Parent as BaseTypeDeclarationSyntax)?.Identifier.Text;
            var kinds = member is ClassDeclarationSyntax || (member is PropertyDeclarationSyntax p && p.Identifier.Text == "Plan" && container is not ("Units" or "Sections" or "Tasks"))
                ? new[] { StatementKind.Plan }
                : container switch
                {
                    "Units" => new[] { StatementKind.Unit, StatementKind.Group },
                    "Sections" => new[] { StatementKind.Section },
                    "TaskId" => new[] { StatementKind.Task },
                    _ => new[] { StatementKind.Task, StatementKind.Item },
                };
            var word = new string(statement.TakeWhile(c => !char.IsWhiteSpace(c)).ToArray());
            Assert.True(Keywords.TryGetKind(word, 0, word.Length, out var kind) && kinds.Contains(kind), plan + " line " + (line + 1) + " ('" + statement + "') for " + member.ToString().Split('\n')[0]);
        }
    }
}
