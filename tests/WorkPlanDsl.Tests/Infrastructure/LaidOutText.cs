using System.IO;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>
/// Text laid out in columns as <c>pdftotext -layout</c> prints a table, for the layout-table tests: lines of cells made
/// here, or real converter output kept under Import/Fixtures/PdfLayout (its sources beside it).
/// </summary>
internal static class LaidOutText
{
    /// <summary>A fixture of real converter output, imported under its own name.</summary>
    public static ImportedModel Fixture(string name)
        => ImportedModel.From(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanDsl.Tests", "Import", "Fixtures", "PdfLayout", name)), name);

    /// <summary>
    /// Lines of cells at the given display columns (a Chinese character two wide); null and "" leave the column empty,
    /// and a cell longer than its column pushes the next one a space after it.
    /// </summary>
    public static string ByDisplayColumns(int[] at, params string?[][] lines) => Lay(at, lines, cell => cell.Sum(ch => ch < 0x1100 ? 1 : 2));

    /// <summary>Lines of cells a character a column, as pdftotext lays Chinese out.</summary>
    public static string ByCharacters(int[] at, params string?[][] lines) => Lay(at, lines, cell => cell.Length);

    private static string Lay(int[] at, string?[][] lines, System.Func<string, int> width)
    {
        var text = new StringBuilder();
        foreach (var cells in lines)
        {
            var line = new StringBuilder();
            var used = 0;
            for (var c = 0; c < cells.Length; c++)
            {
                if (string.IsNullOrEmpty(cells[c]))
                {
                    continue;
                }

                var pad = System.Math.Max(at[c] - used, used == 0 ? at[c] : 1);
                line.Append(' ', pad);
                line.Append(cells[c]);
                used += pad + width(cells[c]!);
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
