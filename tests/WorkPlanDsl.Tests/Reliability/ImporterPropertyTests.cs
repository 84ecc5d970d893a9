using System;
using System.IO;
using System.Linq;
using CsCheck;
using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// The importer on damaged documents: the seeds and the evaluation texts with brackets, separators, role words and
/// levels inserted, spans cut out and lines repeated. Whatever it is given, it never throws, every note points at a
/// line of the document, and a plan it writes is one the language accepts (no error when compiled).
/// </summary>
public class ImporterPropertyTests
{
    private static readonly long Scale = long.TryParse(Environment.GetEnvironmentVariable("WPLAN_PROPERTY_SCALE"), out var scale) && scale > 0 ? scale : 1;

    // What a published plan's responsibility is written with, and what breaks it: every bracket, separator and label.
    private static readonly string[] Pieces =
    {
        "（", "）", "(", ")", "〔", "〕", "[", "]", "［", "］", "【", "】", "、", "，", ",", "；", ";", "：", ":", "。", "\n", "　", "“", "”",
        "牵头", "配合", "负责", "分别牵头", "按职责分工负责", "牵头单位：", "责任单位：", "配合单位：", "责任领导：", "完成时限：",
        "各县、区", "各开发区、镇（街道）", "区财政局区税务局", "区级相关部门", "人民大垸、", "由", "等", "和", "*", "★",
        "（列第一位者为牵头或汇总单位，下同）", "（除标注“分别牵头”外，列第一位为牵头单位）", "１．", "①", "一、", "（一）", "1.",
    };

    private static readonly string[] Documents = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt")
        .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanDsl.Tests", "Import", "Evaluation", "Documents"), "*.txt"))
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly Gen<string> Damaged =
        from document in Gen.Int[0, Documents.Length - 1].Select(i => Documents[i])
        from edits in Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, Pieces.Length - 1], Gen.Int[1, 40]).Array[1, 8]
        select edits.Aggregate(document, Edit);

    [Fact]
    public void Damaged_documents_import_into_plans_the_language_accepts()
    {
        Damaged.Sample(
            text =>
            {
                var result = PlanImporter.Import(text, new ImportOptions("damaged.txt"));
                var lines = text.Split('\n').Length;
                Assert.All(result.Notes, n => Assert.InRange(n.Line, 0, lines + 1));
                if (result.Plan is { } plan)
                {
                    var compiled = PlanCompiler.Compile(plan);
                    Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics) + "\n" + plan);
                }
                else
                {
                    Assert.False(string.IsNullOrEmpty(result.Error));
                }
            },
            iter: 120 * Scale,
            threads: 2,
            print: text => "\n" + text);
    }

    // 0 inserts a piece, 1 cuts a span out, 2 repeats a line.
    private static string Edit(string text, (int Kind, int At, int Piece, int Length) edit)
    {
        var at = text.Length == 0 ? 0 : edit.At % text.Length;
        switch (edit.Kind)
        {
            case 0:
                return text.Insert(at, Pieces[edit.Piece]);
            case 1:
                return text.Remove(at, Math.Min(edit.Length, text.Length - at));
            default:
                var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                var end = text.IndexOf('\n', at);
                var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
                return text.Insert(start, line + "\n");
        }
    }
}
