using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>File names and titles to plan names: always a valid dotted name, or null when there is nothing to make one of.</summary>
public class PlanNamesTests
{
    [Theory]
    [InlineData("zhuzhou-2024.wplan", "Plans.Zhuzhou2024")]
    [InlineData("zhuzhou.health-2024.txt", "Zhuzhou.Health2024")]
    [InlineData("plans/sub dir/lucheng_2021.docx", "Plans.Lucheng_2021")]
    [InlineData("C:\\docs\\yangjiang 2025 plan.txt", "Plans.Yangjiang2025Plan")]
    [InlineData("2024年株洲市卫生健康重点工作.txt", "Plans.Plan2024年株洲市卫生健康重点工作")]
    [InlineData("株洲（2024）方案.txt", "Plans.株洲2024方案")]
    [InlineData("000_a3e06dc4d61956b4.txt", "Plans.Plan000_a3e06dc4d61956b4")]
    [InlineData("..a...b..wplan", "A.B")]
    [InlineData("class.wplan", "Plans.Class")]
    [InlineData("𠀀计划.txt", "Plans.𠀀计划")]
    [InlineData("noextension", "Plans.Noextension")]
    [InlineData(".wplan", "Plans.Wplan")]
    [InlineData("——.txt", null)]
    [InlineData("\ud800\u2028.txt", null)]
    [InlineData("", null)]
    public void A_file_name_gives_a_valid_plan_name(string fileName, string? expected)
    {
        var name = PlanNames.FromFileName(fileName);
        Assert.Equal(expected, name);
        if (name is not null)
        {
            var compiled = PlanCompiler.Compile("plan " + name + "\nunit 甲\ntask T \"t\"\n  lead 甲\n");
            Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
            Assert.Equal(name, compiled.Model!.Name);
        }
    }

    [Fact]
    public void A_title_gives_a_name_when_the_file_name_cannot()
    {
        Assert.Equal("Plans.Plan2017年全省衛生計生工作要點", PlanNames.FromTitle("2017年全省衛生計生工作要點"));
        Assert.Equal("Plans.关于印发工作要点的通知", PlanNames.FromTitle("关于印发《工作要点》的通知"));
        Assert.Null(PlanNames.FromTitle("“”——"));
        var imported = PlanImporter.Import("2024年某市卫生健康工作要点\n一、总体要求\n(一)抓落实(办公室牵头)\n", "——.txt");
        Assert.Contains("plan Plans.Plan2024年某市卫生健康工作要点 ", imported.Plan);
    }
}
