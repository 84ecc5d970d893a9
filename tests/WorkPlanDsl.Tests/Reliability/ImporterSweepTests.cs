using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// The importer on every small piece of every document the tests hold, and on every short run of the marks plans are
/// written with, walked through in full rather than sampled: a document of one line <c>5.</c> once crashed it, and a
/// random search only meets such a piece now and then. Each piece must give a plan the language accepts or an error
/// message; never an exception, never a note pointing outside the text.
/// </summary>
public class ImporterSweepTests
{
    private static readonly string[] Documents = DocumentFiles().Select(ReadLf).ToArray();

    // The marks a line of a plan is built from: numbers of every level and width, brackets, role words, separators,
    // a unit, a group, a rule, a deadline, and the characters that end or split lines.
    private static readonly string[] Marks =
    {
        "1.", "5.", "１．", "1、", "（一）", "(一)", "一、", "①", "第一", "由", "牵头", "配合", "负责", "（", "）", "：", "。", "；",
        "\n", "市财政局", "、", " ", "各县区", "注：", "|", "列第一位的为牵头单位", "12月底前", "\t",
        "负总责", "协同", "二、职责分工", "(一)市公安局", "11完善", "1 实施", "责任单位:", "各县<市、区>",
    };

    [Fact]
    public void Every_line_of_every_document_imports_on_its_own_and_cut_after_its_number()
    {
        var pieces = Documents.SelectMany(d => d.Split('\n')).Distinct(StringComparer.Ordinal)
            .SelectMany(line => new[] { line, Cut(line, 1), Cut(line, 2), Cut(line, 3), Cut(line, line.Length / 2), Cut(line, line.Length - 1) })
            .Distinct(StringComparer.Ordinal);
        AssertEachImports(pieces);
    }

    [Fact]
    public void Every_document_imports_cut_after_its_lines_and_with_a_line_taken_out()
    {
        // Every line of a short document; of a longer one twelve spread over it, which keeps the
        // walk linear in what the tests hold.
        var pieces = Documents.SelectMany(
            document =>
            {
                var lines = document.Split('\n');
                var step = Math.Max(1, lines.Length / 12);
                return Enumerable.Range(1, lines.Length).Where(n => n % step == 0 || n == lines.Length).SelectMany(
                    n => new[]
                    {
                        string.Join("\n", lines.Take(n)),
                        string.Join("\n", lines.Take(n - 1).Concat(lines.Skip(n))),
                    });
            });
        AssertEachImports(pieces);
    }

    [Fact]
    public void Every_run_of_up_to_three_marks_imports()
    {
        IEnumerable<string> Runs(int length)
            => length == 0 ? new[] { string.Empty } : Runs(length - 1).SelectMany(run => Marks.Select(mark => run + mark));

        AssertEachImports(Enumerable.Range(1, 3).SelectMany(Runs));
    }

    private static void AssertEachImports(IEnumerable<string> pieces)
    {
        var count = 0;
        foreach (var piece in pieces)
        {
            count++;
            ImportResult result;
            try
            {
                result = PlanImporter.Import(piece, new ImportOptions("piece.txt") { Year = 2024 });
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"The importer threw on the piece below: {e}\n---\n{piece}\n---");
            }

            var lines = piece.Split('\n').Length;
            Assert.All(result.Notes, n => Assert.InRange(n.Line, 0, lines + 1));
            if (result.Plan is { } plan)
            {
                var compiled = PlanCompiler.Compile(plan);
                Assert.False(compiled.HasErrors, $"{string.Join("\n", compiled.Diagnostics)}\n---\n{piece}\n---\n{plan}");
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(result.Error), piece);
            }
        }

        Assert.True(count > 0);
    }

    private static string Cut(string line, int length) => line.Substring(0, Math.Max(0, Math.Min(length, line.Length)));

    private static string ReadLf(string path) => File.ReadAllText(path).Replace("\r\n", "\n");

    private static IEnumerable<string> DocumentFiles()
    {
        var evaluation = Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanDsl.Tests", "Import", "Evaluation");
        var files = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt")
            .Concat(Directory.EnumerateFiles(evaluation, "*.txt", SearchOption.AllDirectories));
        if (RepositoryPaths.Corpus is { } corpus)
        {
            files = files.Concat(Directory.EnumerateFiles(corpus, "*.txt"));
        }

        return files.OrderBy(p => p, StringComparer.Ordinal);
    }
}
