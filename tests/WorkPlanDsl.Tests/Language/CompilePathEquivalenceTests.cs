using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

/// <summary>
/// <see cref="PlanCompiler.Compile"/> binds each statement as the parser reads it, into drafts that keep no tokens
/// (a reference list is resolved as it is read when its units are declared already, and a diagnostic's span is read
/// again from the line), and builds a task's model as soon as the task is complete; the tools bind a syntax tree
/// (<see cref="PlanParser.Parse"/> then <see cref="PlanBinder.Bind"/>), which builds every model at the end.
/// Both must give the same model and the same diagnostics (id, span, message) on every file: the repository's plans and
/// a few thousand broken copies of them, with lines deleted, doubled, swapped and cut, keywords exchanged, characters
/// put in, CRLF line ends, and the unit declarations moved below the tasks that name them.
/// </summary>
public class CompilePathEquivalenceTests
{
    private const int MutationsPerPlan = 300;

    private static readonly string[] Keywords =
    {
        "plan", "title", "issuer", "published", "year", "source", "unit", "group", "section", "task", "item", "label",
        "lead", "support", "due", "target", "tag", "|", "#", "牵头", "配合", "时限", "lead none", "unit 新单位", "alias",
    };

    private static readonly string[] Inserts = { "\"", "\\", ",", "、", " ", "x", "无", "2024", "-", "\t", "\uFEFF", ">=", "𠀀" };

    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in AllPlans())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_compile_and_the_tree_give_the_same_model_and_diagnostics_on_the_plan_and_its_mutations(string path)
    {
        var text = AllPlans().Single(p => p.Path == path).Text;
        AssertSame(text, "as it is");
        AssertSame(UnitsLast(text), "units last");
        var random = new Random(path.Length * 7919 + text.Length);
        for (var i = 0; i < MutationsPerPlan; i++)
        {
            var mutated = Mutate(text, random);
            AssertSame(mutated, "mutation " + i);
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Declaring_the_units_after_the_tasks_that_name_them_binds_the_same_references(string path)
    {
        var text = AllPlans().Single(p => p.Path == path).Text;
        var first = PlanCompiler.Compile(text);
        var last = PlanCompiler.Compile(UnitsLast(text));
        Assert.Equal(first.Model!.WithoutLocations(), last.Model!.WithoutLocations());
        Assert.Equal(Ids(first), Ids(last));
    }

    /// <summary>
    /// A compile keeps a task's one-line text as its span of the file; the tree's binder makes it a string. The two
    /// models are equal, hash alike, and read, print, deconstruct and copy (<c>with</c>) the same text.
    /// </summary>
    [Fact]
    public void A_text_kept_as_a_span_of_the_file_is_the_same_value_as_the_text_as_a_string()
    {
        var text = string.Join("\n", "plan A.B \"t\"", "task T1 \"x\"", "  | 一行文字  ", "task T2 \"y\"", "  | 第一行", "  | 第二行", "task T3 \"z\"", "  |", "task T4 \"w\"");
        var compiled = PlanCompiler.Compile(text).Model!;
        var bound = PlanBinder.Bind(PlanParser.Parse(text)).Model!;
        Assert.Equal(new[] { "一行文字", "第一行\n第二行", string.Empty, string.Empty }, compiled.Tasks.Select(t => t.Text).ToArray());
        for (var i = 0; i < compiled.Tasks.Count; i++)
        {
            var (a, b) = (compiled.Tasks[i], bound.Tasks[i]);
            Assert.Equal(b, a);
            Assert.Equal(a, b);
            Assert.Equal(b.GetHashCode(), a.GetHashCode());
            Assert.Equal(b.ToString(), a.ToString());
            Assert.Equal(b.Text, a.Text);
        }

        var task = compiled.Tasks[0];
        Assert.NotEqual(task, bound.Tasks[1]);
        Assert.NotEqual(task, task with { Text = "一行文" });
        Assert.NotEqual(task, task with { Text = null! });
        Assert.Equal(task, task with { Text = "一行文字" });
        Assert.Equal(task.GetHashCode(), (task with { Text = "一行文字" }).GetHashCode());
        Assert.Equal("另一行", (task with { Text = "另一行" }).Text);
        Assert.Equal(task, task with { Title = "x" });
        Assert.NotEqual(task, task with { Title = "x2" });
        task.Deconstruct(out var id, out _, out _, out _, out _, out _, out _, out _, out var deconstructed, out _, out _);
        Assert.Equal(("T1", "一行文字"), (id, deconstructed));
        Assert.Equal(compiled, bound);
        Assert.Equal(bound.GetHashCode(), compiled.GetHashCode());
    }

    [Fact]
    public void A_unit_declared_below_its_reference_and_a_misspelt_one_are_resolved_and_reported_as_before()
    {
        var text = string.Join("\n", "plan A.B \"t\"", "year 2024", "task T1 \"x\"", "  lead 后来, 体改课", "  support 体改科", "unit 后来", "unit 体改科");
        var compiled = PlanCompiler.Compile(text);
        Assert.Equal(new[] { "后来" }, compiled.Model!.Tasks[0].Declared.Leads.ToArray());
        var unknown = Assert.Single(compiled.Diagnostics);
        Assert.Equal("WPL0004", unknown.Id);
        Assert.Equal("体改课", text.Substring(unknown.Location.Start, unknown.Location.Length));
        AssertSame(text, "declared below");
    }

    [Fact]
    public void A_year_given_after_a_second_plan_statement_dates_the_tasks_built_before_it()
    {
        // The compile builds a task's model as soon as the next one opens; a broken plan statement further down lets a
        // year through that dates every worded deadline of the file, the ones before it too.
        var text = string.Join("\n", "plan A.B \"t\"", "year 2024", "unit X", "task T1 \"a\"", "  lead X", "  due \"6月底前\"", "task T2 \"b\"", "  lead X",
            "plan", "year 2025", "task T3 \"c\"", "  lead X", "  due \"6月底前\"");
        var model = PlanCompiler.Compile(text).Model!;
        Assert.Equal(new PlanDate(2025, 6, 30), model.Tasks[0].Declared.Due!.Date);
        Assert.Equal(new PlanDate(2025, 6, 30), model.Tasks[2].Declared.Due!.Date);
        AssertSame(text, "a second plan statement");
    }

    private static void AssertSame(string text, string what)
    {
        var compiled = PlanCompiler.Compile(text);
        var bound = PlanBinder.Bind(PlanParser.Parse(text));
        Assert.True(Equals(bound.Model, compiled.Model), what + ": the models differ\n" + text);
        var expected = bound.Diagnostics.Select(Describe).ToArray();
        var actual = compiled.Diagnostics.Select(Describe).ToArray();
        Assert.True(expected.SequenceEqual(actual), what + ": the diagnostics differ\n" + string.Join("\n", expected) + "\n---\n" + string.Join("\n", actual) + "\n" + text);
    }

    private static string Describe(WorkPlanDsl.Language.Diagnostics.PlanDiagnostic d)
        => d.Id + " " + d.Location.Start + "+" + d.Location.Length + " " + d.Location + " " + d.Message;

    private static string[] Ids(CompiledPlan compiled) => compiled.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    private static IEnumerable<(string Path, string Text)> AllPlans()
        => PlanCorpus.ValidPlans().Select(p => (p.RelativePath, p.Text))
            .Concat(PlanCorpus.TestPlans().Select(p => (p.RelativePath, p.Text)))
            .GroupBy(p => p.Item1).Select(g => g.First());

    // The unit and group lines moved to the end of the file: every reference then waits for the end to be resolved.
    private static string UnitsLast(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        bool IsDeclaration(string line) => line.TrimStart().StartsWith("unit ", StringComparison.Ordinal) || line.TrimStart().StartsWith("group ", StringComparison.Ordinal)
            || line.TrimStart().StartsWith("单位 ", StringComparison.Ordinal) || line.TrimStart().StartsWith("群组 ", StringComparison.Ordinal);
        return string.Join("\n", lines.Where(l => !IsDeclaration(l)).Concat(lines.Where(IsDeclaration)));
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var changes = random.Next(1, 4);
        for (var c = 0; c < changes; c++)
        {
            var at = random.Next(lines.Count);
            var line = lines[at];
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, line);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], line);
                    break;
                case 3:
                    lines[at] = line.Substring(0, random.Next(line.Length + 1));
                    break;
                case 4:
                    var indent = line.Length - line.TrimStart().Length;
                    var word = line.TrimStart().Split(' ')[0];
                    lines[at] = line.Substring(0, indent) + Keywords[random.Next(Keywords.Length)] + line.Substring(indent + word.Length);
                    break;
                case 5:
                    var position = random.Next(line.Length + 1);
                    lines[at] = line.Insert(position, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 6:
                    // A reference list of one statement given to another element: names repeated, and declared or not.
                    var lead = lines.FirstOrDefault(l => l.TrimStart().StartsWith("lead ", StringComparison.Ordinal) || l.TrimStart().StartsWith("support ", StringComparison.Ordinal));
                    if (lead is not null)
                    {
                        lines.Insert(at, lead + ", " + lead.TrimStart().Split(' ').Last() + "、未声明");
                    }

                    break;
                default:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
            }
        }

        var joined = string.Join("\n", lines);
        return random.Next(5) == 0 ? joined.Replace("\n", "\r\n") : joined;
    }
}
