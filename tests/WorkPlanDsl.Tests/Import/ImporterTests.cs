using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

public class ImporterTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Sections_tasks_titles_labels_and_text()
    {
        var plan = Import(
            "2024年某市卫生健康工作要点",
            "一、总体要求",
            "(一)总体工作要求。以人民为中心。(体改科牵头,各县市区卫生健康局按职责分工负责)",
            "（二）加快建设。推进建设。",
            "二、深化改革。",
            "(三)促进协同发展");
        Assert.Equal("2024年某市卫生健康工作要点", plan.Model.Title);
        Assert.Equal(2024, plan.Model.Year);
        Assert.Equal(new[] { "一、", "二、" }, plan.Model.Sections.Select(s => s.Label));
        Assert.Equal(new[] { "总体要求", "深化改革" }, plan.Model.Sections.Select(s => s.Title));
        var first = plan.Model.Tasks[0];
        Assert.Equal(("(一)", "总体工作要求", "以人民为中心。(体改科牵头,各县市区卫生健康局按职责分工负责)"), (first.Label, first.Title, first.Text));
        Assert.Equal(new[] { "体改科" }, first.InEffect.Leads);
        Assert.Equal("（二）", plan.Model.Tasks[1].Label);
        Assert.Equal(("促进协同发展", string.Empty), (plan.Model.Tasks[2].Title, plan.Model.Tasks[2].Text));
        Assert.Equal(new[] { "(三)" }, plan.TasksWithoutLead.Skip(1));
    }

    [Fact]
    public void Arabic_tasks_make_parenthesized_lines_sub_headings()
    {
        var plan = Import(
            "一、主要任务",
            "（一）统筹两个市场，打造加工制造中心。",
            "1.拓展两个市场。积极推广。（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）",
            "2.提前适用政策。自批准之日起。（海关总署、财政部负责）",
            "（二）推动创新创业。",
            "3.促进研发创新。（海关总署负责）");
        Assert.Single(plan.Model.Sections);
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal("（一）统筹两个市场，打造加工制造中心。\n（二）推动创新创业。", plan.Model.Sections[0].Text);
        Assert.Equal(new[] { "税务总局" }, plan.Leads("1."));
        Assert.Equal(new[] { "海关总署" }, plan.Leads("2."));
        Assert.Equal(new[] { "财政部" }, plan.Supports("2."));
    }

    [Fact]
    public void Chinese_numbers_are_tasks_in_a_document_without_anything_below_them()
    {
        var plan = Import(
            "国务院办公厅关于激励的通知",
            "一、对深化商事制度改革成效显著的省（区、市），给予激励。具体措施另行制定。（市场监管总局负责）",
            "二、对促进外贸稳定增长成效明显的省（区、市），给予支持。（商务部、海关总署负责）",
            "三、对促进社会投资健康发展的地方，给予奖励。（国家发展改革委会同有关部门负责）");
        Assert.Empty(plan.Model.Sections);
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "商务部" }, plan.Leads("二、"));
        Assert.Equal(new[] { "海关总署" }, plan.Supports("二、"));
        Assert.Equal(new[] { "有关部门" }, plan.Supports("三、"));
    }

    [Fact]
    public void Items_start_a_paragraph_or_run_inside_one()
    {
        var plan = Import(
            "一、工作思路",
            "(一)突出抓好基层建设。总体说明。一是持续加强基层建设。内容一。二是深入推进改革。内容二。",
            "三是强化人才引进。内容三。",
            "(二)提供健康管理服务。",
            "一是强化公共卫生。内容。");
        var first = plan.Task("(一)");
        Assert.Equal("总体说明。", first.Text);
        Assert.Equal(new[] { ("一是", "持续加强基层建设", "内容一。"), ("二是", "深入推进改革", "内容二。"), ("三是", "强化人才引进", "内容三。") }, first.Items.Select(i => (i.Label!, i.Title, i.Text)));
        Assert.Equal(3, first.Items.Count);
        Assert.Single(plan.Task("(二)").Items);
    }

    [Fact]
    public void A_section_without_numbered_tasks_lists_its_work_as_items_which_become_tasks()
    {
        var plan = Import(
            "一、抓好疫情防控。",
            "坚决守好大门。一是做好精准防控。完善工程。二是提升防控能力。开展演练。",
            "二、统筹推进工作。",
            "一是基础建设加快。新院投用。",
            "二是数字化改革。以改革为牵引。");
        Assert.Equal("坚决守好大门。", plan.Model.Sections[0].Text);
        Assert.Equal(new[] { "做好精准防控", "提升防控能力", "基础建设加快", "数字化改革" }, plan.Model.Tasks.Select(t => t.Title));
        Assert.Equal(new[] { "S01", "S01", "S02", "S02" }, plan.Model.Tasks.Select(t => t.SectionId));
    }

    [Fact]
    public void Continuation_paragraphs_and_their_clauses_belong_to_the_task_before_them()
    {
        var plan = Import(
            "二、主要任务",
            "（一）强化顶层设计。建立体制。（生态环境部牵头，国家统计局参与）",
            "优化管理体制。根据城市特点。",
            "（二）实施绿色生产。开展工作。",
            "健全标准体系。以尾矿为重点。（市场监管总局、工业和信息化部负责）");
        Assert.Equal(new[] { "建立体制。（生态环境部牵头，国家统计局参与）", "优化管理体制。根据城市特点。" }, plan.Task("（一）").Text.Split('\n'));
        Assert.Equal(new[] { "市场监管总局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Traditional_characters_are_read_like_simplified_and_kept_as_printed()
    {
        var plan = Import(
            "2017年全省衛生計生工作要點",
            "一、全面落實預防為主方針",
            "(一)提升健康促進水平。出臺實施意見,6月底前完成。(體改科牽頭,人事科按職責分工負責)",
            "(二)提升重點疾病防治水平。疫苗報告接種率達到90%以上,年內完成。");
        Assert.Equal("全面落實預防為主方針", plan.Model.Sections[0].Title);
        Assert.Equal(new[] { "體改科" }, plan.Leads("(一)"));
        Assert.Equal(new DeadlineModel("6月底前", new PlanDate(2017, 6, 30)), plan.Task("(一)").Declared.Due);
        Assert.Equal(new DeadlineModel("年內", new PlanDate(2017, 12, 31)), plan.Task("(二)").Declared.Due);
        Assert.Equal(new TargetModel("疫苗報告接種率", TargetModelOperator.GreaterOrEqual, "90", "%"), Assert.Single(plan.Task("(二)").Targets));
    }

    [Theory]
    [InlineData("达到80%以上", "比例", ">=", "80", "%")]
    [InlineData("不低于60%", "比例", ">=", "60", "%")]
    [InlineData("控制在10%以内", "比例", "<=", "10", "%")]
    [InlineData("8/10万以内", "比例", "<=", "8", "/10万")]
    [InlineData("力争达到95%", "比例", ">=", "95", "%")]
    public void Targets_with_a_comparison(string words, string metric, string op, string number, string unit)
    {
        var plan = Import("一、目标", "(一)任务标题。" + metric + words + "。");
        var target = Assert.Single(plan.Task("(一)").Targets);
        Assert.Equal((metric, op, number, unit), (target.Metric, target.Operator.Text(), target.Number!, target.UnitText!));
    }

    [Fact]
    public void New_capacity_is_a_target_too()
    {
        var plan = Import("一、目标", "(一)托育服务。全市新增托位4000个。");
        Assert.Equal(new TargetModel("新增托位", TargetModelOperator.Equal, "4000", "个"), Assert.Single(plan.Task("(一)").Targets));
    }

    [Theory]
    [InlineData("6月底前完成", "6月底前")]
    [InlineData("年底前完成", "年底前")]
    [InlineData("年内建成", "年内")]
    [InlineData("8月份启动", "8月份")]
    [InlineData("6月底前完成初稿，11月底前全面完成", "11月底前")]
    public void Deadlines_keep_their_words(string words, string due)
    {
        var plan = Import("2024年工作要点", "一、目标", "(一)任务。" + words + "。");
        Assert.Equal(due, plan.Task("(一)").Declared.Due!.Text);
    }

    [Fact]
    public void Page_chrome_and_notice_headers_are_dropped()
    {
        var plan = Import(
            "美章网 资料文库 工作要点范文",
            "本站小编为你精心准备了工作要点参考范文,欢迎阅读。",
            "某委关于印发2024年工作要点的通知",
            "各县市区卫生健康局,委机关各科室:",
            "现将《2024年工作要点》印发给你们,请结合实际认真贯彻落实。",
            "某市卫生健康委员会",
            "2024年2月28日",
            "2024年工作要点",
            "前言段落。",
            "一、总体要求",
            "(一)任务。内容。",
            "责任编辑:市卫健委",
            "转载请注明出处",
            "关于我们 | 网站地图",
            "主办单位:某市人民政府办公室 备案序号:粤ICP备16010311号-3",
            "粤公网安备 44170202000121号");
        Assert.Equal("2024年工作要点", plan.Model.Title);
        Assert.Equal("某市卫生健康委员会", plan.Model.Issuer);
        Assert.Equal(new PlanDate(2024, 2, 28), plan.Model.Published);
        Assert.Equal("前言段落。", plan.Model.Preface);
        Assert.Equal("内容。", plan.Task("(一)").Text);
        foreach (var chrome in new[] { "美章网", "本站小编", "各县市区卫生健康局,委机关各科室", "印发给你们", "责任编辑", "转载", "网站地图", "ICP", "公网安备" })
        {
            Assert.DoesNotContain(chrome, plan.Result.Plan);
        }
    }

    [Fact]
    public void A_task_whose_document_names_no_lead_gets_none()
    {
        var plan = Import("一、要求", "(一)任务一。内容。(各县市区卫生健康局按职责分工负责)", "(二)任务二。内容。");
        Assert.Equal(new[] { "(一)", "(二)" }, plan.TasksWithoutLead);
        Assert.Contains("group 各县市区卫生健康局", plan.Result.Plan);
    }

    [Fact]
    public void Names_that_are_not_identifiers_get_an_id_and_keep_the_printed_name()
    {
        var plan = Import("一、要求", "(一)任务。内容。(120指挥中心、办公室(对外合作交流处)、医联(共)体办牵头)");
        Assert.Equal(new[] { "指挥中心120", "办公室", "医联体办" }, plan.Task("(一)").InEffect.Leads);
        Assert.Equal(new[] { "120指挥中心", "办公室(对外合作交流处)", "医联(共)体办" }, plan.Leads("(一)"));
    }

    [Fact]
    public void A_document_with_no_structure_keeps_its_text_and_says_so()
    {
        var result = PlanImporter.Import("只是一段没有编号的文字。\n另一段。", "x.txt");
        Assert.False(result.IsComplete);
        Assert.Contains(result.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("found no sections or tasks"));
        Assert.Contains("| 只是一段没有编号的文字。", result.Plan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n ")]
    public void An_empty_document_is_a_clear_error(string text)
    {
        var result = PlanImporter.Import(text, "empty.txt");
        Assert.Null(result.Plan);
        Assert.Equal("the document is empty", result.Error);
    }

    [Fact]
    public void A_bad_plan_name_is_a_clear_error()
        => Assert.Contains("is not a plan name", PlanImporter.Import("一、x", "x.txt", "Bad-Name").Error);

    [Fact]
    public void Ten_megabytes_of_plan_import_into_a_valid_plan()
    {
        var seed = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Seeds, "003_27d72c036dccbe36.txt"));
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(seed).Append('\n');
        }

        var result = PlanImporter.Import(builder.ToString(), "big.txt");
        Assert.NotNull(result.Plan);
        var compiled = PlanCompiler.Compile(result.Plan!);
        Assert.False(compiled.HasErrors);
        Assert.True(compiled.Model!.Tasks.Count > 10_000);
    }

    [Fact]
    public void A_document_with_worded_deadlines_and_no_year_gets_a_note_suggesting_year()
    {
        var text = "一、深化医改\n（一）推进分级诊疗。6月底前完成。（体改科牵头）\n";
        var result = PlanImporter.Import(text, "x.txt");
        Assert.Contains(result.Notes, n => n.Severity == NoteSeverity.Note && n.Message.Contains("--year"));
        Assert.DoesNotContain(PlanImporter.Import(text, new ImportOptions("x.txt") { Year = 2024 }).Notes, n => n.Message.Contains("--year"));
    }
}
