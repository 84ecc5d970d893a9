using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

public class FormatCheckTests
{
    private const string Canonical = "plan Org.A\n\nunit 甲\nunit 乙\n\ntask T01 \"一\"\n  lead 甲\n  support 乙\n\ntask T02 \"二\"\n  lead 甲\n\ntask T03 \"三\"\n  lead 乙\n\ntask T04 \"四\"\n  lead 甲\n\ntask T05 \"五\"\n  lead 乙\n  due \"年底前\"\n";

    private static (int ExitCode, string Output, string Errors) Format(bool check, params string[] paths)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = FormatCommand.Run(paths, check, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Plan(string text, string name = "plan.wplan")
    {
        var path = Path.Combine(Workplan.TempDirectory(), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_canonical_file_passes_the_check_silently()
    {
        var (exitCode, output, _) = Format(true, Plan(Canonical));
        Assert.Equal(0, exitCode);
        Assert.Empty(output);
    }

    [Fact]
    public void Check_names_each_place_by_line_with_a_diff_and_changes_nothing()
    {
        // Two places far apart: the indentation of T01's lead (line 7), and T05's attributes out of order (line 20).
        var text = Canonical.Replace("  lead 甲\n  support 乙", "      lead 甲\n  support 乙").Replace("  lead 乙\n  due \"年底前\"", "  due \"年底前\"\n  lead 乙");
        var path = Plan(text);
        var (exitCode, output, _) = Format(true, path);
        Assert.Equal(1, exitCode);
        Assert.Equal(text, File.ReadAllText(path));

        var shown = path.Replace('\\', '/');
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(new[] { shown + "(7): not in canonical form", shown + "(20): not in canonical form" }, lines.Where(l => l.StartsWith(shown, System.StringComparison.Ordinal)));
        Assert.Contains("-      lead 甲", lines);
        Assert.Contains("+  lead 甲", lines);
        Assert.Contains(" task T01 \"一\"", lines);
        Assert.Contains("@@ -5,5 +5,5 @@", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("@@ ", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("T03"));
    }

    [Fact]
    public void The_hunks_applied_to_the_file_give_the_formatted_file()
    {
        var text = string.Join("\n", Canonical.Split('\n').Where(l => l.Length > 0).Select((l, i) => i % 3 == 0 ? "  " + l.TrimStart() : l.TrimStart())) + "\n";
        var path = Plan(text);
        var (_, output, _) = Format(true, path);
        var lines = text.TrimEnd('\n').Split('\n').ToList();
        var shift = 0;
        var printed = output.TrimEnd('\n').Split('\n');
        for (var i = 0; i < printed.Length; i++)
        {
            var header = Regex.Match(printed[i], @"^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$");
            if (!header.Success)
            {
                continue;
            }

            var body = printed.Skip(i + 1).TakeWhile(l => l.Length > 0 && l[0] is ' ' or '-' or '+').ToList();
            var start = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) - 1 + shift;
            Assert.Equal(body.Where(l => l[0] != '+').Select(l => l.Substring(1)), lines.Skip(start).Take(int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture)));
            var replacement = body.Where(l => l[0] != '-').Select(l => l.Substring(1)).ToList();
            Assert.Equal(int.Parse(header.Groups[4].Value, CultureInfo.InvariantCulture), replacement.Count);
            lines.RemoveRange(start, int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture));
            lines.InsertRange(start, replacement);
            shift += replacement.Count - int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        Assert.Equal(Canonical.TrimEnd('\n').Split('\n'), lines);
    }

    [Fact]
    public void A_missing_final_line_break_is_named_too()
    {
        var path = Plan(Canonical.TrimEnd('\n'));
        var (exitCode, output, _) = Format(true, path);
        Assert.Equal(1, exitCode);
        Assert.Contains(path.Replace('\\', '/') + "(21): not in canonical form: the file does not end with one line break", output);
    }

    [Fact]
    public void Without_check_the_file_is_rewritten()
    {
        var path = Plan(Canonical.Replace("  lead 甲\n  support 乙", "lead 甲\nsupport 乙"));
        var (exitCode, output, _) = Format(false, path);
        Assert.Equal(0, exitCode);
        Assert.Contains(": formatted", output);
        Assert.Equal(Canonical, File.ReadAllText(path));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_place_and_the_file_is_left_alone()
    {
        var text = "plan Org.A\nunit 甲\ntask T \"未结束\n";
        var path = Plan(text);
        var (exitCode, _, errors) = Format(false, path);
        Assert.Equal(1, exitCode);
        Assert.Contains(path.Replace('\\', '/') + "(3,8): error WPL0001", errors);
        Assert.Contains(path.Replace('\\', '/') + ": not formatted: it has syntax errors", errors);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void The_plans_folder_is_canonical()
    {
        var (exitCode, output, errors) = Format(true, RepositoryPaths.Plans);
        Assert.True(exitCode == 0, output + errors);
    }
}
