using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using WorkPlanDsl.Cli;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Cli;

/// <summary>One headless Chromium for the browser tests, or none where it is not installed (never under CI).</summary>
public sealed class BrowserFixture : IDisposable
{
    public BrowserFixture()
    {
        if (HeadlessChromium.Executable() is { } executable)
        {
            Browser = HeadlessChromium.Start(executable);
        }
    }

    internal HeadlessChromium? Browser { get; }

    public void Dispose() => Browser?.Dispose();
}

/// <summary>
/// The HTML export of every plan in plans/, rendered by a real browser: no console errors, the Chinese text laid out
/// with a CJK font, dates that never break across lines, the task text present, and the matrix printed on A4
/// landscape pages. Chromium (Debian's chromium, with fonts-noto-cjk) is installed by .ci/run.
/// </summary>
public class HtmlInBrowserTests : IClassFixture<BrowserFixture>
{
    // A4 landscape in PDF points (1/72 in): 297 mm × 210 mm.
    private const double A4Long = 841.89;
    private const double A4Short = 595.28;

    // The same page in CSS pixels (96 per inch) less 1 cm on each side.
    private const int PrintableWidth = (int)(297 / 25.4 * 96) - 2 * 38;
    private const int PrintableHeight = (int)(210 / 25.4 * 96) - 2 * 38;

    private readonly HeadlessChromium? _browser;

    public HtmlInBrowserTests(BrowserFixture fixture) => _browser = fixture.Browser;

    public static IEnumerable<object[]> Plans()
        => Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_plan_page_renders_with_a_CJK_font_unbroken_dates_and_the_task_text(string plan)
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        var model = PlanCompiler.Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Plans, plan))).Model!;
        var page = browser.Open(Export(plan, matrix: false));
        try
        {
            Assert.Empty(page.Errors());

            // The title is Chinese: its glyphs come from a CJK font, not from a fallback that draws boxes.
            var title = page.Evaluate("document.querySelector('h1').textContent")!.GetValue<string>();
            var fonts = page.FontsOf("h1");
            var cjkGlyphs = fonts.Where(f => f.Family.Contains("CJK", StringComparison.Ordinal)).Sum(f => f.Glyphs);
            Assert.True(cjkGlyphs >= title.Count(c => c >= '\u4E00' && c <= '\u9FFF'), plan + ": " + string.Join(", ", fonts));

            // Each date is one line box: no "2024-" at the end of one line and "12-31" at the start of the next.
            var dates = page.Evaluate("Array.from(document.querySelectorAll('.date')).map(e => e.textContent + ' ' + e.getClientRects().length + ' ' + Math.round(e.getBoundingClientRect().height) + ' ' + Math.round(parseFloat(getComputedStyle(e).lineHeight) || 0))")!.AsArray()
                .Select(d => d!.GetValue<string>().Split(' ')).ToArray();
            var expectedDates = model.Tasks.SelectMany(t => new[] { t.InEffect.Due }.Concat(t.Items.Select(i => i.InEffect.Due))).Count(d => d?.Date is not null);
            Assert.Equal(expectedDates, dates.Length);
            Assert.All(dates, d => Assert.True(d[1] == "1", plan + ": the date " + d[0] + " is laid out in " + d[1] + " line boxes"));

            // The task text is on the page, in the plan's words.
            var text = Collapse(page.Evaluate("document.body.innerText")!.GetValue<string>());
            foreach (var task in model.Tasks.Where(t => t.Text.Length > 0))
            {
                Assert.Contains(Collapse(task.Text.Split('\n').First(l => l.Trim().Length > 0)), text);
            }
        }
        finally
        {
            page.Close();
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_matrix_renders_without_errors_and_prints_on_A4_landscape_pages(string plan)
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        var model = PlanCompiler.Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Plans, plan))).Model!;
        var page = browser.Open(Export(plan, matrix: true));
        try
        {
            Assert.Empty(page.Errors());
            Assert.Equal(model.Tasks.Count, page.Evaluate("document.querySelectorAll('table.matrix tbody tr').length")!.GetValue<int>());

            var pdf = Encoding.Latin1.GetString(page.PrintToPdf());
            Assert.StartsWith("%PDF-", pdf);
            var pages = Regex.Matches(pdf, @"/Type\s*/Page(?![a-zA-Z])").Count;
            Assert.InRange(pages, 1, model.Tasks.Count);
            var boxes = Regex.Matches(pdf, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]").Select(m => (Width: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            Assert.Equal(pages, boxes.Length);
            Assert.All(boxes, box =>
            {
                Assert.InRange(box.Width, A4Long - 1, A4Long + 1);
                Assert.InRange(box.Height, A4Short - 1, A4Short + 1);
            });

            // Laid out for print on the width of an A4 landscape page less Chrome's default 1 cm margins, the matrix fits:
            // no column is cut off at the page's edge.
            page.EmulatePrint(PrintableWidth, PrintableHeight);
            var width = page.Evaluate("Math.ceil(document.querySelector('table.matrix').getBoundingClientRect().right)")!.GetValue<double>();
            Assert.True(width <= PrintableWidth, plan + ": the matrix is " + width + " px wide on a " + PrintableWidth + " px page");

            Assert.Empty(page.Errors());
        }
        finally
        {
            page.Close();
        }
    }

    [Fact]
    public void The_browser_check_sees_errors_and_a_font_without_CJK_glyphs()
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        // The checks above can fail: a page with a script error, a console error and a missing file is caught.
        var path = Path.Combine(Workplan.TempDirectory(), "broken.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"missing.css\"></head><body><h1 style=\"font-family: 'DejaVu Sans Mono', monospace\">abc</h1><script>console.error('boom'); undefinedFunction();</script></body></html>");
        var page = browser.Open(path);
        try
        {
            var errors = page.Errors();
            Assert.Contains(errors, e => e.StartsWith("Runtime.consoleAPICalled", StringComparison.Ordinal) && e.Contains("boom", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("Runtime.exceptionThrown", StringComparison.Ordinal) && e.Contains("undefinedFunction", StringComparison.Ordinal));
            Assert.DoesNotContain(page.FontsOf("h1"), f => f.Family.Contains("CJK", StringComparison.Ordinal));
        }
        finally
        {
            page.Close();
        }
    }

    private static string Export(string plan, bool matrix)
    {
        var output = Path.Combine(Workplan.TempDirectory(), Path.ChangeExtension(plan, matrix ? ".matrix.html" : ".html"));
        Assert.Equal(0, ExportCommand.Run(new FileInfo(Path.Combine(RepositoryPaths.Plans, plan)), "html", matrix, new FileInfo(output), new StringWriter(), new StringWriter()));
        return output;
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private HeadlessChromium? Browser()
    {
        if (_browser is null)
        {
            // CI installs chromium (.ci/run); a developer's machine without it skips what needs a browser.
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI runs without chromium: .ci/run installs it");
        }

        return _browser;
    }
}
