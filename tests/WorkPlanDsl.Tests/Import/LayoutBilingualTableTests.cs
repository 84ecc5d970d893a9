using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A bilingual task table printed to PDF and read back with <c>pdftotext -layout</c>: each header word has its English
/// on the line under it (序号 / No., 牵头单位 / Lead Unit), and each unit's Chinese name its English on the lines under it.
/// The English is the same unit's name, not another unit; the Chinese name after it is the next unit.
/// </summary>
public class LayoutBilingualTableTests
{
    // Character columns of 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限.
    private static readonly int[] At = { 0, 6, 30, 52, 76 };

    private static readonly string[][] Header =
    {
        new[] { "序号", "重点任务", "牵头单位", "配合单位", "完成时限" },
        new[] { "No.", "Key Tasks", "Lead Unit", "Supporting Units", "Deadline" },
    };

    [Fact]
    public void English_lines_under_the_header_and_the_names_are_translations()
    {
        var rows = new[]
        {
            new string?[] { },
            new[] { "1", "推进跨境数据流动试点", "区商务局", "区数据局", "2025年6月底前" },
            new[] { null, "Pilot cross-border data", "District Bureau of", "District Data Bureau" },
            new[] { null, null, "Commerce", "区财政局" },
            new[] { null, null, null, "District Finance Bureau" },
            new string?[] { },
            new[] { "2", "建设国际物流枢纽", "区交通运输局", "区发展和改革委员会", "2025年9月底前" },
            new[] { null, null, "District Transport", "District Development" },
            new[] { null, null, "Bureau", "and Reform Commission" },
        };
        var plan = ImportedModel.From(LaidOutText.ByCharacters(At, Concat(Header, rows)));
        Assert.Equal(new[] { "区商务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区数据局", "区财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区交通运输局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区发展和改革委员会" }, plan.Supports("2"));
    }

    [Fact]
    public void A_lead_cell_printed_in_English_only_gives_no_lead()
    {
        // Near miss: the English is never read as a unit, even where no Chinese name stands beside it.
        var rows = new[]
        {
            new string?[] { },
            new[] { "1", "推进跨境数据流动试点", "Customs", "区数据局", "2025年6月底前" },
            new string?[] { },
            new[] { "2", "建设国际物流枢纽", "区交通运输局", "区商务局", "2025年9月底前" },
        };
        var plan = ImportedModel.From(LaidOutText.ByCharacters(At, Concat(Header, rows)));
        Assert.Empty(plan.Leads("1"));
        Assert.Equal(new[] { "区交通运输局" }, plan.Leads("2"));
    }

    private static string?[][] Concat(string[][] header, string?[][] rows)
    {
        var all = new string?[header.Length + rows.Length][];
        header.CopyTo(all, 0);
        rows.CopyTo(all, header.Length);
        return all;
    }
}
