using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

/// <summary><c>workplan fmt</c> never writes what it could not read faithfully.</summary>
public class FormatCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Fmt(string file, bool check = false)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exitCode = FormatCommand.Run(new[] { file }, check, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Write(byte[] bytes)
    {
        var file = Path.Combine(Workplan.TempDirectory(), "plan.wplan");
        File.WriteAllBytes(file, bytes);
        return file;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_that_is_not_utf8_is_left_untouched_with_a_message_and_exit_1(bool check)
    {
        // "plan A.B" and a text line pasted from a GBK document (中文 in GBK), indented off canonical form.
        var bytes = Encoding.ASCII.GetBytes("plan   A.B\nunit U\ntask T \"t\"\n    lead U\n    | ").Concat(new byte[] { 0xD6, 0xD0, 0xCE, 0xC4 }).Concat(new byte[] { (byte)'\n' }).ToArray();
        var file = Write(bytes);

        var (exitCode, stdout, stderr) = Fmt(file, check);

        Assert.Equal(1, exitCode);
        Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.DoesNotContain("formatted", stdout);
        Assert.Contains("not UTF-8 (first bad byte on line 5)", stderr);
        Assert.Contains("left untouched", stderr);
    }

    [Fact]
    public void A_lone_surrogate_escape_round_trips()
    {
        var file = Write(Encoding.UTF8.GetBytes("plan A.B   \"x\\uD800y\\uDC00\"\nunit U\ntask T \"t\\uDFFF\"\n lead U\n"));

        var (exitCode, stdout, _) = Fmt(file);

        Assert.Equal(0, exitCode);
        Assert.Contains("formatted", stdout);
        var written = File.ReadAllText(file, new UTF8Encoding(false, true));
        Assert.Contains("\"x\\uD800y\\uDC00\"", written);
        var model = PlanCompiler.Compile(written).Model!;
        Assert.Equal("x\uD800y\uDC00", model.Title);
        Assert.Equal("t\uDFFF", model.Tasks[0].Title);
    }

    [Fact]
    public void Every_character_that_is_not_printable_is_written_as_an_escape()
    {
        var unprintable = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => c is not ('\n' or '\t' or '"' or '\\') && (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned))
            .ToArray();
        Assert.Contains('\u2028', unprintable);
        Assert.Contains('\u200B', unprintable);
        Assert.Contains('\uFEFF', unprintable);
        var title = new string(unprintable) + "𠀀" + "\U000E0001";
        var escaped = string.Concat(title.Select(c => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
        var file = Write(Encoding.UTF8.GetBytes("plan  A.B \"" + escaped + "\"\n"));

        Assert.Equal(0, Fmt(file).ExitCode);

        var written = File.ReadAllText(file, new UTF8Encoding(false, true));
        var statement = written.Split('\n')[0];
        // Two lone surrogates side by side (U+DBFF U+DC00) are a pair, a printable character: written as it is.
        for (var i = 0; i < statement.Length; i += char.IsSurrogatePair(statement, i) ? 2 : 1)
        {
            Assert.False(char.IsSurrogate(statement[i]) ? !char.IsSurrogatePair(statement, i) : unprintable.Contains(statement[i]), "written raw: U+" + ((int)statement[i]).ToString("X4", CultureInfo.InvariantCulture));
        }
        Assert.Contains("𠀀", statement);
        Assert.Contains("\\uDB40\\uDC01", statement);
        Assert.Equal(title, PlanCompiler.Compile(written).Model!.Title);
    }

    [Fact]
    public void A_canonical_file_is_not_rewritten_and_a_file_with_syntax_errors_is_not_touched()
    {
        var canonical = Encoding.UTF8.GetBytes("plan A.B\n\nunit U\n\ntask T \"t\"\n  lead U\n");
        var file = Write(canonical);
        var (exitCode, stdout, _) = Fmt(file);
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(canonical, File.ReadAllBytes(file));

        var broken = Encoding.UTF8.GetBytes("plan  A.B\ntask \"no id\"\n");
        file = Write(broken);
        Assert.Equal(1, Fmt(file).ExitCode);
        Assert.Equal(broken, File.ReadAllBytes(file));
    }

    /// <summary>
    /// Found by the fuzzer (seed 7, input 41): a plan whose diagnostics cite a line ("already declared at line 3") was
    /// refused, because formatting moves the line the message cites. Diagnostics are compared wherever they stand.
    /// </summary>
    [Fact]
    public void A_plan_whose_diagnostics_cite_lines_is_still_formatted()
    {
        var plan = "plan A.B\n\n\nunit U\nunit U\ntask T \"t\"\n      support U\n  support U\n  lead U\n";
        var outcome = FaithfulFormatter.Format(Encoding.UTF8.GetBytes(plan));
        Assert.True(outcome.Verdict == FormatVerdict.Rewrite, outcome.Verdict + ": " + outcome.Reason);
        Assert.Contains(PlanCompiler.Compile(plan).Diagnostics, d => d.Message.Contains("line ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_faithfulness_check_notices_a_change_of_meaning_or_a_lost_comment()
    {
        const string plan = "plan A.B\n# keep me\nunit U\ntask T \"t\"\n  lead U\n";
        Assert.Null(FaithfulFormatter.Unfaithful(plan, plan));
        Assert.Equal("change the plan's meaning", FaithfulFormatter.Unfaithful(plan, plan.Replace("\"t\"", "\"u\"", System.StringComparison.Ordinal)));
        Assert.Equal("lose or change a comment", FaithfulFormatter.Unfaithful(plan, plan.Replace("# keep me\n", string.Empty, System.StringComparison.Ordinal)));
        Assert.Equal("write text that UTF-8 cannot hold (a lone surrogate)", FaithfulFormatter.Unfaithful(plan, plan + "| \uD800\n"));
    }
}
