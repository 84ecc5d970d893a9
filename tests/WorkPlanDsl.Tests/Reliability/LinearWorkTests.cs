using System;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Syntax;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// The work of parse and bind grows linearly with the units, the references and the tasks of a plan: counted, not
/// timed, as the steps of binding's inner loops (name lookups, names compared in a list search, set operations) and as
/// the bytes allocated, at 1,000, 10,000 and 100,000. Each tenfold input must cost between 8 and 12.5 times the work;
/// a list search per reference, as there was, made the step count of the first shape grow a hundredfold.
/// </summary>
public class LinearWorkTests
{
    public static TheoryData<string> Shapes() => new() { "units listed as lead and support", "references to one unit", "tasks", "references by alias" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Binding_steps_and_allocations_grow_linearly(string shape)
    {
        var (steps1k, bytes1k) = Work(Plan(shape, 1_000));
        var (steps10k, bytes10k) = Work(Plan(shape, 10_000));
        var (steps100k, bytes100k) = Work(Plan(shape, 100_000));

        Assert.True(steps1k >= 1_000, "the shape exercises the counted loops: " + steps1k);
        Assert.InRange((double)steps10k / steps1k, 8.0, 12.5);
        Assert.InRange((double)steps100k / steps10k, 8.0, 12.5);
        Assert.InRange((double)bytes10k / bytes1k, 8.0, 12.5);
        Assert.InRange((double)bytes100k / bytes10k, 8.0, 12.5);
    }

    [Fact]
    public void All_units_as_lead_and_support_give_one_diagnostic_each()
    {
        var compiled = PlanCompiler.Compile(Plan("units listed as lead and support", 10_000));
        Assert.Equal(10_000, compiled.Diagnostics.Count);
        Assert.All(compiled.Diagnostics, d => Assert.Equal("WPL0006", d.Id));
        Assert.Equal(10_000, compiled.Model!.Tasks[0].Declared.Leads.Count);
    }

    private static (long Steps, long Bytes) Work(string text)
    {
        PlanBinder.Bind(PlanParser.Parse(text), new BindingWork());
        var work = new BindingWork();
        var before = GC.GetAllocatedBytesForCurrentThread();
        PlanBinder.Bind(PlanParser.Parse(text), work);
        return (work.Steps, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Plan(string shape, int n)
    {
        var text = new StringBuilder("plan Big.Plan\nyear 2024\n");
        switch (shape)
        {
            case "units listed as lead and support":
                Units(text, n, alias: false);
                text.Append("task T \"全部单位\"\n  lead ").Append(Names("单位", n)).Append("\n  support ").Append(Names("单位", n)).Append('\n');
                break;
            case "references to one unit":
                Units(text, 1, alias: false);
                text.Append("task T \"同一单位\"\n  lead ").Append(Names("单位", n, same: true)).Append("\n  support ").Append(Names("单位", n, same: true)).Append('\n');
                break;
            case "tasks":
                Units(text, 20, alias: false);
                text.Append("section S \"部分\"\n  lead 单位0\n");
                for (var t = 0; t < n; t++)
                {
                    text.Append("task T").Append(t).Append(" \"任务\"\n  lead 单位").Append(t % 20).Append("、单位").Append((t + 1) % 20)
                        .Append("\n  support 单位").Append((t + 2) % 20).Append(", 单位").Append(t % 20).Append("\n  due \"6月底前\"\n");
                }

                break;
            default:
                Units(text, n, alias: true);
                text.Append("task T \"别名\"\n  lead ").Append(Names("别名", n)).Append("\n  support ").Append(Names("别名", n)).Append('\n');
                break;
        }

        return text.ToString();
    }

    private static void Units(StringBuilder text, int count, bool alias)
    {
        for (var u = 0; u < count; u++)
        {
            text.Append("unit 单位").Append(u);
            if (alias)
            {
                text.Append(" alias 别名").Append(u);
            }

            text.Append('\n');
        }
    }

    private static string Names(string prefix, int count, bool same = false)
    {
        var names = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            names.Append(i == 0 ? string.Empty : "、").Append(prefix).Append(same ? 0 : i);
        }

        return names.ToString();
    }
}
