using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Fuzz;

/// <summary>What the mutations start from: the plans in plans/, the test plans, and small pathological shapes.</summary>
internal static class SeedPlans
{
    public static IReadOnlyList<(string Name, string Text)> Load(string root)
    {
        var files = Directory.EnumerateFiles(Path.Combine(root, "plans"), "*.wplan")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "WorkPlanDsl.Tests", "Plans"), "*.wplan"))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f, Encoding.UTF8)));
        return files.Concat(Pathological).ToArray();
    }

    /// <summary>Shapes the seed plans do not have: Unicode digits, separators, surrogates, formulas, repetition.</summary>
    private static IEnumerable<(string Name, string Text)> Pathological
    {
        get
        {
            yield return ("digits", "plan Fuzz.Digits\nyear 2024\nunit 体改科\ntask T01 \"任务\"\n  lead 体改科\n  due \"6月５日前\"\n  target \"覆盖率\" >= 90 %\ntask T02 \"任务\"\n  due \"２０２５年１２月底前，第３季度\"\n");
            yield return ("separators", "plan Fuzz.Separators \"标题\u2028二行\"\nunit 甲 \"全称\u0085\" alias 乙、丙，丁\ntask T01 \"a\u2029b\\u2028\"\n  lead 甲\n  | 文本\u2028行\n  | \u000b\u000c\n");
            yield return ("surrogates", "plan Fuzz.Surrogates \"\\uD800\\uDC00\\uDFFF\\uD83D\"\nunit 𠀀科\ntask T01 \"😀\\uDE00\"\n  lead 𠀀科\n  tag 𝟓𝟔, a\n");
            yield return ("formulas", "plan Fuzz.Formulas \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"\nunit U1 \"+SUM(A1:A9)\"\nunit U2 \"@cmd\"\ntask T01 \"-2+3\"\n  label \"=1+1\"\n  lead U1\n  support U2\n  | \t=cmd\n  target \"-x\" >= -5 \"=A1\"\n  tag a\n");
            yield return ("dates", "plan Fuzz.Dates\npublished 2024-2-9\nyear 2024\nunit A\ntask T1 \"x\"\n  lead A\n  due 2024-02\ntask T2 \"y\"\n  lead A\n  due 2024\nsection S1 \"s\"\n  due \"上半年\"\n  lead A\n  task T3 \"z\"\n");
            var many = new StringBuilder("plan Fuzz.Many\nunit A\nunit B\n");
            for (var i = 0; i < 60; i++)
            {
                many.Append("task T").Append(i).Append(" \"任务").Append(i).Append("\"\n  lead A\n  support B\n  item ").Append("I").Append(i).Append(" \"子项\"\n");
            }

            yield return ("many", many.ToString());
            yield return ("empty", string.Empty);
        }
    }
}
