using System.IO;
using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>The five seed documents, with the figures counted by reading each document.</summary>
public class SeedImportTests
{
    private const string Zhuzhou = "000_a3e06dc4d61956b4.txt";
    private const string Lucheng = "001_86be2cb6bba1a7d1.txt";
    private const string Yangjiang = "002_e7768b0240fe33eb.txt";
    private const string Wuxi = "003_27d72c036dccbe36.txt";
    private const string Shanxi = "004_3620424997830555.txt";

    [Theory]
    [InlineData(Zhuzhou, 12, 37, 0)]
    [InlineData(Lucheng, 4, 18, 13)]
    [InlineData(Yangjiang, 0, 6, 3)]
    [InlineData(Wuxi, 14, 70, 0)]
    [InlineData(Shanxi, 6, 30, 0)]
    public void Sections_tasks_and_items_as_counted_in_the_document(string seed, int sections, int tasks, int items)
    {
        var imported = ImportedModel.Seed(seed);
        Assert.Equal(sections, imported.Model.Sections.Count);
        Assert.Equal(tasks, imported.Model.Tasks.Count);
        Assert.Equal(items, imported.Model.Tasks.Sum(t => t.Items.Count));
        Assert.True(imported.Result.IsComplete, string.Join("\n", imported.Result.Notes));
    }

    [Fact]
    public void Zhuzhou_2024_metadata_leads_and_supports()
    {
        var plan = ImportedModel.Seed(Zhuzhou);
        Assert.Equal("2024年株洲市卫生健康重点工作任务及分工方案", plan.Model.Title);
        Assert.Equal(new PlanDate(2024, 4, 1), plan.Model.Published);
        Assert.Equal(2024, plan.Model.Year);
        Assert.Equal("市卫健委", plan.Model.Source);

        Assert.Equal(new[] { "(一)" }, plan.TasksWithoutLead);
        Assert.Empty(plan.Leads("(一)"));
        Assert.Equal(new[] { "委机关各科室", "市计生协", "委直属单位", "各县市区卫生健康局" }, plan.Supports("(一)"));
        Assert.Equal(new[] { "卫生信息中心", "医政医管科" }, plan.Leads("(四)"));
        Assert.Equal(new[] { "委机关各有关科室", "各县市区卫生健康局" }, plan.Supports("(四)"));
        Assert.Equal(new[] { "基层卫生科", "规划信息科", "中医科" }, plan.Leads("(六)"));
        Assert.Equal(new[] { "医政医管科", "妇幼健康科", "疾控科", "有关科室", "各县市区卫生健康局" }, plan.Supports("(六)"));
        Assert.Equal(new[] { "医政医管科", "人事科", "体改科" }, plan.Leads("(十)"));
        Assert.Equal(new[] { "妇幼健康科", "中医科", "疾控科", "各县市区卫生健康局", "委直属有关单位" }, plan.Supports("(十)"));
        Assert.Equal(new[] { "应急办", "120指挥中心", "卫生信息中心", "医政医管科" }, plan.Leads("(二十九)"));
        Assert.Equal(new[] { "各县市区卫生健康局", "计生协" }, plan.Supports("(二十六)"));

        // 规信科 in (五) is 规划信息科 in (六): one unit, declared with the abbreviation as an alias.
        Assert.Contains("规划信息科", plan.Supports("(五)"));
        Assert.Equal(new[] { "规信科" }, plan.Model.Units.Single(u => u.Id == "规划信息科").Aliases);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'规信科' is read as an abbreviation of '规划信息科'"));

        Assert.Equal(UnitModelKind.Group, plan.Model.Units.Single(u => u.Id == "委直属单位").Kind);
        Assert.Equal(UnitModelKind.Unit, plan.Model.Units.Single(u => u.Id == "市计生协").Kind);
        Assert.Equal("指挥中心120", plan.Model.Units.Single(u => u.FullName == "120指挥中心").Id);
    }

    [Fact]
    public void Wuxi_2020_key_value_clauses_with_parenthesized_names_and_the_responsible_form()
    {
        var plan = ImportedModel.Seed(Wuxi);
        Assert.Equal("卫生健康委员会2020年卫生健康工作要点", plan.Model.Title);
        Assert.Equal(2020, plan.Model.Year);
        Assert.Empty(plan.TasksWithoutLead);

        Assert.Equal(new[] { "疾控处" }, plan.Leads("2."));
        Assert.Equal(
            new[] { "办公室(对外合作交流处)", "健康促进处", "医政医管处", "中医药处", "基层卫生处", "应急办", "科教处", "药政处", "老龄健康处", "妇幼健康处", "各相关处室" },
            plan.Supports("2."));
        Assert.Equal(new[] { "办公室(对外合作交流处)" }, plan.Leads("9."));
        Assert.Equal(new[] { "办公室(对外合作交流处)", "医政医管处" }, plan.Leads("26."));
        Assert.Equal(new[] { "中医药处", "组织人事处" }, plan.Supports("26."));
        Assert.Equal(new[] { "人口家庭处" }, plan.Leads("51."));
        Assert.Equal(new[] { "老龄健康处", "老龄办" }, plan.Leads("53."));
        Assert.Equal(new[] { "办公室(对外合作交流处)", "老龄健康处", "基层卫生处", "妇幼健康处", "组织人事处", "保健处", "工会", "团委" }, plan.Leads("70."));
        Assert.Equal(new[] { "各相关处室" }, plan.Supports("70."));
        Assert.Equal("办公室", plan.Model.Units.Single(u => u.FullName == "办公室(对外合作交流处)").Id);

        // The site's chrome (美章网, 本站小编…, the 范文 title) is gone; the plan's own title is kept once.
        Assert.DoesNotContain("美章网", plan.Result.Plan);
        Assert.DoesNotContain("本站小编", plan.Result.Plan);
        Assert.DoesNotContain("范文", plan.Result.Plan);
    }

    [Fact]
    public void Shanxi_2017_traditional_notice_with_no_lead_anywhere()
    {
        var plan = ImportedModel.Seed(Shanxi);
        Assert.Equal("2017年全省衛生計生工作要點", plan.Model.Title);
        Assert.Equal("山西省衛生和計劃生育委員會", plan.Model.Issuer);
        Assert.Equal(new PlanDate(2017, 2, 28), plan.Model.Published);
        Assert.Equal(2017, plan.Model.Year);
        Assert.Equal(30, plan.TasksWithoutLead.Length);
        Assert.Equal("提升健康促進與教育水平", plan.Task("(一)").Title);
        Assert.Equal("(三十)", plan.Model.Tasks[^1].Label);

        // The notice to its recipients is not the plan.
        Assert.DoesNotContain("各市衛生計生委", plan.Result.Plan);
        Assert.DoesNotContain("現印發你們", plan.Result.Plan);
        Assert.StartsWith("推動衛生工作由", plan.Model.Sections[0].Text);
    }

    [Fact]
    public void Lucheng_sections_list_their_work_as_items_and_one_misnumbers_them()
    {
        var plan = ImportedModel.Seed(Lucheng, year: 2021);
        Assert.Null(plan.Model.Title);
        Assert.StartsWith("20xx年是“十四五”规划开局之年", plan.Model.Preface);
        Assert.Equal(new[] { "一是", "二是", "三是" }, plan.Model.Tasks.Take(3).Select(t => t.Label));
        Assert.Equal("做好科学精准防控", plan.Model.Tasks[0].Title);
        Assert.StartsWith("坚决守好", plan.Model.Sections[0].Text);

        var first = plan.Task("(一)");
        Assert.Equal(new[] { "一是", "二是", "二是", "四是" }, first.Items.Select(i => i.Label));
        Assert.Contains(plan.Result.Notes, n => n.Line == 17 && n.Message.Contains("'二是' where 三是 was expected"));
        Assert.Equal(18, plan.TasksWithoutLead.Length);
    }

    [Fact]
    public void Yangjiang_damaged_numbers_are_still_tasks_in_order()
    {
        var plan = ImportedModel.Seed(Yangjiang, year: 2025);
        Assert.Equal(new[] { "(一)", "?。ǘ┓", "?。ㄈ┩", "?。ㄋ模╅", "?。ㄎ澹┩", "(六)" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { 2, 3, 4, 5 }, plan.Result.Notes.Where(n => n.Message.Contains("is damaged")).Select(n => n.Line));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("read as task (二)"));
        Assert.Equal(new[] { "一是", "二是", "三是" }, plan.Task("(一)").Items.Select(i => i.Label));

        // The site footer, pinyin-annotated as it is (網(wǎng)站地圖), is gone.
        Assert.DoesNotContain("網(wǎng)站", plan.Result.Plan);
        Assert.DoesNotContain("粵公網", plan.Result.Plan);
        Assert.DoesNotContain("主辦單位", plan.Result.Plan);
    }

    [Fact]
    public void Targets_and_deadlines_come_from_the_words_which_stay_in_the_text()
    {
        var wuxi = ImportedModel.Seed(Wuxi);
        var targets = wuxi.Tasks.SelectMany(t => t.Targets).ToArray();
        Assert.Contains(new TargetModel("孕产妇死亡率", TargetModelOperator.LessOrEqual, "8", "/10万"), targets);
        Assert.Contains(new TargetModel("婴幼儿死亡率", TargetModelOperator.LessOrEqual, "5", "‰"), targets);
        Assert.Contains(new TargetModel("新增省级健康村(社区)", TargetModelOperator.Equal, "50", "个"), targets);
        Assert.Contains("8/10万以内", wuxi.Tasks.Single(t => t.Targets.Any(x => x.Metric == "孕产妇死亡率")).Text);

        var shanxi = ImportedModel.Seed(Shanxi);
        Assert.Contains(shanxi.Tasks.SelectMany(t => t.Targets), t => t == new TargetModel("免疫規劃疫苗報告接種率", TargetModelOperator.GreaterOrEqual, "90", "%"));
        var due = shanxi.Tasks.Single(t => t.Declared.Due?.Text == "6月底前");
        Assert.Equal(new PlanDate(2017, 6, 30), due.Declared.Due!.Date);
    }

    /// <summary>The plan's own words are never altered: every section and task paragraph is in the titles and text lines.</summary>
    [Theory]
    [InlineData(Zhuzhou)]
    [InlineData(Lucheng)]
    [InlineData(Yangjiang)]
    [InlineData(Wuxi)]
    [InlineData(Shanxi)]
    public void Every_character_of_every_section_and_task_paragraph_is_kept(string seed)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, seed));
        var words = ImportedModel.From(text, seed).Words();
        var paragraphs = text.Split('\n')
            .Select(l => l.Trim().TrimEnd('?').Trim())
            .Where(l => l.Length > 0 && IsSectionOrTaskParagraph(l))
            .ToArray();
        Assert.NotEmpty(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            Assert.True(words.Contains(paragraph.Replace("。", string.Empty)), "Not kept: " + paragraph);
        }
    }

    private static bool IsSectionOrTaskParagraph(string line)
        => System.Text.RegularExpressions.Regex.IsMatch(ChineseTextFold(line), @"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,3}\.|[一二三四五六七八九十]是|\?。)");

    private static string ChineseTextFold(string line) => WorkPlanDsl.Import.ChineseText.Fold(line);

    [Fact]
    public void The_plans_in_plans_are_what_importing_their_seeds_gives_byte_for_byte()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").OrderBy(f => f).ToArray();
        Assert.Equal(5, files.Length);
        foreach (var file in files)
        {
            var content = File.ReadAllText(file);
            var command = content.Split('\n')[0];
            Assert.StartsWith("# Imported with: workplan import ", command);
            var words = command.Substring("# Imported with: workplan import ".Length).Split(' ');
            var options = new ImportOptions(words[0])
            {
                PlanName = Option(words, "--name"),
                Year = Option(words, "--year") is { } year ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) : null,
            };

            var again = PlanImporter.Import(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, words[0])), options);
            Assert.True(again.Plan == content, Path.GetFileName(file) + " differs from a fresh import of " + words[0]);
        }
    }

    private static string? Option(string[] words, string name)
    {
        var index = System.Array.IndexOf(words, name);
        return index >= 0 && index + 1 < words.Length ? words[index + 1] : null;
    }
}
