using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Reliability;

/// <summary>
/// Every reader of digits over every Unicode decimal digit (Nd, the supplementary planes' as surrogate pairs): it reads
/// the digit by its value, or refuses it precisely; it never throws. A full-width digit in one deadline used to throw
/// in the binder and take every plan of the project down with the generator (issue #14).
/// </summary>
public class UnicodeDigitTests
{
    /// <summary>Every Nd digit of this runtime's Unicode data, with its value.</summary>
    public static IReadOnlyList<(string Digit, int Value)> Digits { get; } = Enumerable.Range(0, 0x110000)
        .Where(c => c is < 0xD800 or > 0xDFFF)
        .Select(char.ConvertFromUtf32)
        .Where(s => CharUnicodeInfo.GetUnicodeCategory(s, 0) == UnicodeCategory.DecimalDigitNumber)
        .Select(s => (s, CharUnicodeInfo.GetDecimalDigitValue(s, 0)))
        .ToArray();

    [Fact]
    public void The_digits_include_full_width_and_supplementary_ones()
    {
        Assert.True(Digits.Count >= 600, Digits.Count + " digits");
        Assert.Contains(("５", 5), Digits);
        Assert.Contains(("٣", 3), Digits);
        Assert.Contains(Digits, d => d.Digit.Length == 2);
    }

    [Fact]
    public void Every_digit_folds_to_the_ascii_digit_of_its_value()
    {
        foreach (var (digit, value) in Digits)
        {
            Assert.Equal("a" + value + "b", DecimalDigits.ToAscii("a" + digit + "b"));
            Assert.True(DecimalDigits.HasNonAscii(digit) == (digit[0] > '9'), digit);
        }

        Assert.Equal("𠀀科\uD800x", DecimalDigits.ToAscii("𠀀科\uD800x"));
    }

    [Fact]
    public void A_worded_deadline_reads_every_digit_by_its_value()
    {
        foreach (var (d, v) in Digits)
        {
            var context = "digit U+" + char.ConvertToUtf32(d, 0).ToString("X4", CultureInfo.InvariantCulture);
            Assert.True(Read("6月" + d + "日前") == (v >= 1 ? new PlanDate(2024, 6, v) : null), context + " as a day");
            Assert.True(Read("6月1" + d + "日前") == new PlanDate(2024, 6, 10 + v), context + " in a two-digit day");
            Assert.True(Read(d + "月底前") == (v >= 1 ? PlanDate.EndOfMonth(2024, v) : null), context + " as a month");
            Assert.True(Read("1" + d + "月份") == (v <= 2 ? PlanDate.EndOfMonth(2024, 10 + v) : null), context + " in a two-digit month");
            Assert.True(Read("202" + d + "年6月底") == new PlanDate(2020 + v, 6, 30), context + " in a year");
            Assert.True(Read(d + d + d + d + "年底前") == (v >= 1 ? new PlanDate(1111 * v, 12, 31) : null), context + " as a year of four");
            Assert.True(Read("第" + d + "季度") == (v is >= 1 and <= 4 ? PlanDate.EndOfMonth(2024, 3 * v) : null), context + " as a quarter");
            Assert.True(Read("202" + d + "年上半年") == new PlanDate(2020 + v, 6, 30), context + " in the year of a half");
        }
    }

    [Theory]
    [InlineData("6月５日前", "2024-06-05")]
    [InlineData("６月底前", "2024-06-30")]
    [InlineData("２０２５年１２月底前完成", "2025-12-31")]
    [InlineData("第３季度", "2024-09-30")]
    [InlineData("１３月", null)]
    [InlineData("6月0日前", null)]
    [InlineData("2月30日", null)]
    public void Full_width_deadlines_read_as_their_ascii_twins(string text, string? date)
        => Assert.Equal(date, DeadlineReader.Read(text, 2024)?.ToString());

    [Fact]
    public void A_date_year_or_number_of_the_language_reads_ascii_digits_and_refuses_others_precisely()
    {
        foreach (var (d, v) in Digits)
        {
            var plan = "plan A.B\npublished 2024-0" + (v == 0 ? "1" : d) + "-1" + d + "\nyear 202" + d + "\nunit U\ntask T \"t\"\n  lead U\n  due 202" + d + "-1" + (v <= 2 ? d : "0") + "\n  target \"x\" >= " + d + "." + d + " %\n";
            var compiled = PlanCompiler.Compile(plan);
            if (d[0] <= '9')
            {
                Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
                Assert.Equal(2020 + v, compiled.Model!.Year);
                Assert.Equal(v + "." + v, compiled.Model.Tasks[0].Targets[0].Number);
                continue;
            }

            // published, year, due and target: one WPL0001 on each of the four lines, naming 0-9.
            var errors = compiled.Diagnostics.Where(e => e.Id == DiagnosticIds.SyntaxError).ToArray();
            Assert.Equal(new[] { 1, 2, 6, 7 }, errors.Select(e => e.Location.StartLine));
            Assert.All(errors, e => Assert.Contains("(write the digits as 0-9)", e.Message));
            Assert.False(PlanDate.TryParse("2024-0" + d, out _));
        }
    }

    [Fact]
    public void A_unicode_escape_reads_ascii_hex_digits_and_refuses_others_precisely()
    {
        foreach (var (d, v) in Digits)
        {
            var compiled = PlanCompiler.Compile("plan A.B \"\\u004" + d + "\"\n");
            if (d[0] <= '9')
            {
                Assert.Equal(((char)(0x40 + v)).ToString(), compiled.Model!.Title);
            }
            else
            {
                var error = Assert.Single(compiled.Diagnostics);
                Assert.Contains("four hexadecimal digits", error.Message);
            }
        }
    }

    /// <summary>Identifiers may hold any Nd digit; the generated C# names must still compile, at every C# version.</summary>
    [Fact]
    public void Identifiers_with_the_digits_of_every_script_generate_code_that_compiles()
    {
        var plan = new System.Text.StringBuilder("plan Digits.P").Append(string.Concat(Digits.Take(40).Select(x => x.Digit))).Append('\n');
        foreach (var (d, _) in Digits)
        {
            plan.Append("unit U").Append(d).Append('\n');
        }

        foreach (var (d, _) in Digits)
        {
            plan.Append("task T").Append(d).Append(" \"任务").Append(d).Append("\"\n  lead U").Append(d).Append('\n');
        }

        var compiled = PlanCompiler.Compile(plan.ToString());
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics.Take(5)));
        foreach (var version in new[] { Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest })
        {
            var nullable = version == Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3 ? Microsoft.CodeAnalysis.NullableContextOptions.Disable : Microsoft.CodeAnalysis.NullableContextOptions.Enable;
            var output = new PlanProject { LanguageVersion = version, Nullable = nullable }.AddPlan("digits.wplan", plan.ToString()).Generate();
            Assert.Single(output.Sources);
            output.AssertCompilesCleanly();
        }
    }

    /// <summary>The defect as reported: one full-width digit in one plan's deadline cost every plan's class.</summary>
    [Fact]
    public void A_full_width_digit_in_one_deadline_costs_no_plan_its_code()
    {
        var project = new PlanProject()
            .AddPlan("a.wplan", "plan Shi.A\nyear 2024\nunit 体改科\ntask T01 \"任务\"\n  lead 体改科\n  due \"6月５日前\"\n")
            .AddPlan("b.wplan", "plan Shi.B\nunit 体改科\ntask T01 \"任务\"\n  lead 体改科\n  due \"第３季度、１２月份\"\n")
            .AddPlan("c.wplan", "plan Shi.C\nunit 体改科\ntask T01 \"任务\"\n  lead 体改科\n");
        Assert.DoesNotContain(project.Analyze(), d => d.Id is "AD0001" or DiagnosticIds.InternalError);
        var output = project.Generate();
        Assert.Equal(3, output.Sources.Count);
        output.AssertCompilesCleanly();
        Assert.Equal(new PlanDate(2024, 6, 5), PlanCompiler.Compile(project.Plans[0].GetText()!.ToString()).Model!.Tasks[0].InEffect.Due!.Date);
    }

    private static PlanDate? Read(string text) => DeadlineReader.Read(text, 2024);
}
