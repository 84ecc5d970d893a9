using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using WorkPlanDsl.Cli;
using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>A real build and <c>workplan check</c> over the same folder print the same plan diagnostics.</summary>
public partial class PackageTests
{
    private static readonly Regex BuildLine = new(@"^(?<path>.+?\.wplan)(?<position>\(\d+,\d+\)): (?<level>error|warning) (?<id>WPL\d{4}): (?<message>.*?)(?: \(https://[^)]*\))? \[[^\]]*\]\s*$", RegexOptions.Multiline);

    [Fact]
    public void The_build_and_check_agree_on_severities_encodings_and_positions()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var consumer = _feed.NewConsumer("agree", outputType: "Library")
            .Write("plans/orphan.wplan", OrphanPlan)
            .Write("plans/both.wplan", "plan Org.Both\nunit U\ntask T \"t\"\n  lead U\n  support U\n")
            .Write("plans/misspelt.wplan", "plan Org.Misspelt\nunit 教研室\ntask T \"第一\u2028第二\"\n  lead 教研\n")
            .Write("plans/replacement.wplan", "plan Org.Replacement\nunit U\ntask T \"\uFFFD\"\n  lead U\n")
            .Write("plans/clash-a.wplan", "plan Org.abc\nunit U\ntask T \"t\"\n  lead U\n")
            .Write("plans/clash-b.wplan", "plan Org.abc_\nunit U\ntask T \"t\"\n  lead U\n")
            .Write("plans/legacy/old.wplan", OrphanPlan.Replace("Org.Orphan2024", "Org.Old"))
            .Write("plans/legacy/.editorconfig", "[*.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n")
            .Write(".editorconfig", "root = true\n\n[*.wplan]\ndotnet_diagnostic.WPL0004.severity = warning\n")
            .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.WPL0006.severity = error\n")
            .Write("Library.cs", "public static class Library { }");
        File.WriteAllBytes(Path.Combine(consumer.Directory, "plans", "gbk.wplan"), Encoding.GetEncoding("GB18030").GetBytes("plan Org.Gbk\nunit U\n# 注释\ntask T \"t\"\n  lead U\n"));
        File.WriteAllBytes(Path.Combine(consumer.Directory, "plans", "wide.wplan"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("plan Org.Wide\nunit U\ntask T \"t\"\n  lead U\n")).ToArray());

        var (_, output) = consumer.Build();
        var root = consumer.Directory.Replace('\\', '/') + "/";
        var build = BuildLine.Matches(output.Replace('\\', '/'))
            .Select(m => m.Groups["path"].Value.Replace(root, string.Empty) + m.Groups["position"].Value + ": " + m.Groups["level"].Value + " " + m.Groups["id"].Value + ": " + m.Groups["message"].Value.Replace(root, string.Empty))
            .Distinct()
            .OrderBy(l => l, System.StringComparer.Ordinal)
            .ToArray();

        var stdout = new StringWriter();
        CheckCommand.Run(new[] { consumer.Directory }, "msbuild", false, stdout, new StringWriter());
        var check = stdout.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Replace(root, string.Empty))
            .OrderBy(l => l, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(string.Join("\n", check), string.Join("\n", build));
        Assert.Contains("plans/both.wplan(5,11): error WPL0006", string.Join("\n", build));
        Assert.Contains("plans/misspelt.wplan(4,8): warning WPL0004", string.Join("\n", build));
        Assert.Contains("plans/gbk.wplan(3,1): warning WPL0012", string.Join("\n", build));
        Assert.Contains("plans/wide.wplan(1,1): warning WPL0012", string.Join("\n", build));
        Assert.Contains("plans/replacement.wplan(3,1): warning WPL0012", string.Join("\n", build));
        Assert.Contains("plans/clash-a.wplan(1,6): error WPL0013", string.Join("\n", build));
        Assert.DoesNotContain("old.wplan", string.Join("\n", build));
    }
}
