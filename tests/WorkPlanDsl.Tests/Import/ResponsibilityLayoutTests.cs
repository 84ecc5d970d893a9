using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Every layout a plan names who is accountable in, in invented documents of the real shapes.</summary>
public class ResponsibilityLayoutTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static ImportedModel ImportCoLeads(params string[] lines)
        => ImportedModel.From(string.Join("\n", lines), new ImportOptions("document.txt") { CoLeads = true });

    [Fact]
    public void Labelled_fields_in_a_parenthesis_with_a_group_after_the_support_field()
    {
        var plan = Import("一、任务", "1.推进项目建设。完成年度投资。（牵头单位：市发改委，配合单位：市财政局、市自然资源局，各区，各镇〔街道〕）");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市财政局", "市自然资源局", "各区", "各镇〔街道〕" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("配合单位"));
        Assert.Equal(Kind.Group, plan.Model.Units.Single(u => u.Id == "各区").Kind == WorkPlanDsl.Language.UnitModelKind.Group ? Kind.Group : Kind.Unit);
    }

    [Theory]
    [InlineData("(牵头单位:区发改局;配合单位:区财政局)")]
    [InlineData("（牵头单位：区发改局；配合单位：区财政局）")]
    [InlineData("（牵头单位：区发改局 配合单位：区财政局）")]
    [InlineData("（牵头单位:区发改局,配合单位:区财政局）")]
    [InlineData("(牽頭單位：區發改局；配合單位：區財政局)")]
    [InlineData("（牵头部门（单位）：区发改局；配合部门（单位）：区财政局）")]
    [InlineData("（【牵头单位】区发改局 【配合单位】区财政局）")]
    public void Brackets_colons_and_separators_of_either_width(string clause)
    {
        var plan = Import("一、任务", "1.推进改革。内容。" + clause);
        Assert.Single(plan.Leads("1."));
        Assert.Single(plan.Supports("1."));
        Assert.EndsWith("发改局", ChineseText.Fold(plan.Leads("1.")[0]));
    }

    [Theory]
    [InlineData("（责任单位：区教育局牵头，区财政局、区自然资源分局配合）")]
    [InlineData("(责任单位:区教育局牵头;区财政局、区自然资源分局配合)")]
    public void An_accountable_field_whose_value_names_the_lead_and_the_supports(string clause)
    {
        var plan = Import("一、任务", "1.扩大学前教育资源。新建幼儿园4所。" + clause);
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区财政局", "区自然资源分局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("区教育局牵头"));
    }

    [Fact]
    public void A_named_official_is_a_person_not_a_unit()
    {
        var plan = Import("一、任务", "1.优化营商环境。内容。(责任领导:张三;牵头单位:区发改局)");
        Assert.Equal(new[] { "区发改局" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("张三"));
        Assert.Contains("张三", plan.Task("1.").Text);
    }

    [Theory]
    [InlineData("(责任单位:区住建局)")]
    [InlineData("（区住建局负责）")]
    [InlineData("（由区住建局负责）")]
    public void A_single_accountable_unit_leads(string clause)
    {
        var plan = Import("一、任务", "1.推进旧改。内容。" + clause);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1."));
        Assert.Empty(plan.Result.Notes);
    }

    [Theory]
    [InlineData("市发改委牵头，市财政局、市税务局配合。", "市发改委", "市财政局|市税务局")]
    [InlineData("由市卫健委负责。", "市卫健委", "")]
    [InlineData("市教育局会同市人社局负责。", "市教育局", "市人社局")]
    [InlineData("市商务局牵头，各区人民政府落实。", "市商务局", "各区人民政府")]
    [InlineData("市商务局牵头，各区人民政府做好宣传。", "市商务局", "")]
    [InlineData("去年市商务局牵头，各区人民政府做好宣传。", null, null)]
    [InlineData("市商务局牵头的宣传活动，各区人民政府要积极参与。", null, null)]
    public void Inline_at_the_end_of_the_paragraph(string sentence, string? lead, string? supports)
    {
        var plan = Import("一、任务", "1.推进工作。做好有关事项。" + sentence);
        if (lead is null)
        {
            // Not who leads, alone at the sentence's start: the plan's words, naming nobody.
            Assert.Empty(plan.Leads("1."));
            return;
        }

        // 市商务局牵头，各区人民政府做好宣传: who leads, alone in its field, then the work it asks of others.
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports!.Length == 0 ? new string[0] : supports.Split('|'), plan.Supports("1."));
    }

    [Fact]
    public void Fields_on_their_own_lines_under_the_task()
    {
        var plan = Import(
            "2024年某区工作要点",
            "一、重点任务",
            "1.推进城市更新。完成老旧小区改造30个。",
            "牵头单位：区住建局",
            "配合单位：区财政局、各街道",
            "完成时限：2024年10月底前",
            "2.优化营商环境。",
            "责任单位：区发改局");
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区财政局", "各街道" }, plan.Supports("1."));
        Assert.Equal("2024年10月底前", plan.Task("1.").Declared.Due!.Text);
        Assert.Equal(new[] { "区发改局" }, plan.Leads("2."));
    }

    [Fact]
    public void Prose_that_mentions_leading_or_a_unit_is_not_a_clause()
    {
        var plan = Import(
            "一、任务",
            "1.发挥牵头作用。切实发挥联防联控牵头部门作用。",
            "2.落实责任。各地要切实负责，由人力资源社会保障行政部门统筹推进。",
            "3.完善机制。坚持党委领导、政府负责、部门协同。");
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.TasksWithoutLead);
        Assert.Empty(plan.Model.Units);
    }

    [Fact]
    public void A_plan_that_names_no_unit_gets_no_lead()
    {
        var plan = Import(
            "关于做好就业工作的通知",
            "一、稳定就业岗位。对不裁员的企业，由人力资源社会保障行政部门负责返还失业保险费。",
            "二、加强技能培训。各地要组织开展职业技能培训。");
        Assert.Equal(2, plan.Model.Tasks.Count);
        Assert.Equal(2, plan.TasksWithoutLead.Length);
        Assert.Empty(plan.Model.Units);
    }

    [Fact]
    public void A_list_without_a_lead_first_listed_leads_by_convention_said_once_and_marked_for_review()
    {
        var plan = Import(
            "一、任务",
            "1.任务一。内容。（国家发展改革委、财政部负责）",
            "2.任务二。内容。（交通运输部、财政部、水利部负责）",
            "3.任务三。内容。（商务部负责）");
        Assert.Equal(new[] { "国家发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "财政部" }, plan.Supports("1."));
        Assert.Equal(new[] { "交通运输部" }, plan.Leads("2."));
        Assert.Single(plan.Result.Notes, n => n.Message.Contains("national convention"));
        Assert.Equal(2, plan.Result.Plan!.Split('\n').Count(l => l.StartsWith("# review: lead ")));
        Assert.True(plan.Result.IsComplete);
    }

    [Fact]
    public void Co_leads_makes_every_listed_unit_a_lead_unless_the_document_states_the_rule()
    {
        var plan = ImportCoLeads(
            "一、任务",
            "1.任务一。内容。（国家发展改革委、财政部负责）",
            "2.任务二。内容。（海关总署、商务部负责，列第一位者为牵头单位，下同）",
            "3.任务三。内容。（商务部、海关总署负责）");
        Assert.Equal(new[] { "国家发展改革委", "财政部" }, plan.Leads("1."));
        Assert.Equal(new[] { "海关总署" }, plan.Leads("2."));
        Assert.Equal(new[] { "商务部" }, plan.Leads("3."));
        Assert.Equal(new[] { "海关总署" }, plan.Supports("3."));
    }

    [Theory]
    [InlineData("注：排在第一位的部门为牵头部门。")]
    [InlineData("注：排名第一的为牵头单位。")]
    [InlineData("各项任务中列第一位者为牵头单位。")]
    [InlineData("说明：责任单位中排在首位的为牵头单位，其余为配合单位。")]
    public void The_first_listed_rule_in_any_wording_stated_in_a_note(string note)
    {
        var plan = ImportCoLeads("某市工作方案", note, "一、任务", "1.任务一。内容。（市发改委、市财政局负责）", "2.任务二。内容。（市商务局、市财政局负责）");
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("national convention"));
    }

    [Fact]
    public void An_accountable_field_beside_a_support_field_names_the_leads()
    {
        var plan = Import("一、任务", "1.任务。内容。(责任处室:老龄健康处、老龄办;配合处室:各相关处室)");
        Assert.Equal(new[] { "老龄健康处", "老龄办" }, plan.Leads("1."));
        Assert.Equal(new[] { "各相关处室" }, plan.Supports("1."));
    }

    [Fact]
    public void Joining_and_etc_and_names_that_contain_and()
    {
        var plan = Import(
            "一、任务",
            "1.任务一。内容。（国家发展改革委、财政部等和各省级人民政府负责，排在第一位的部门为牵头部门，下同）",
            "2.任务二。内容。（文化和旅游部、中央和国家机关工委、住房和城乡建设局负责）",
            "3.任务三。内容。（市委宣传部和市文明办负责）");
        Assert.Equal(new[] { "国家发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "财政部", "各省级人民政府" }, plan.Supports("1."));
        Assert.Equal(new[] { "文化和旅游部" }, plan.Leads("2."));
        Assert.Equal(new[] { "中央和国家机关工委", "住房和城乡建设局" }, plan.Supports("2."));
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("3."));
        Assert.Equal(new[] { "市文明办" }, plan.Supports("3."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("和") || (u.FullName ?? u.Id).EndsWith("等"));
        Assert.Equal(WorkPlanDsl.Language.UnitModelKind.Group, plan.Model.Units.Single(u => u.Id == "各省级人民政府").Kind);
    }

    [Theory]
    [InlineData("（张三负责）", "张三")]
    [InlineData("（有关工作人员负责）", "有关工作人员")]
    [InlineData("（市发改委、全社会负责）", "全社会")]
    public void Words_that_are_not_organisations_are_reported_not_units(string clause, string notUnit)
    {
        var plan = Import("一、任务", "1.任务。内容。" + clause);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) == notUnit);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'" + notUnit + "' does not look like an organisation"));
        Assert.Contains("# review: '" + notUnit + "' does not look like an organisation", plan.Result.Plan);
    }

    [Fact]
    public void The_summary_counts_sections_tasks_leads_and_notes()
    {
        var plan = Import("一、任务", "1.任务一。内容。（市发改委负责）", "2.任务二。内容。", "3.任务三。内容。（张三负责）");
        Assert.Equal("1 section, 3 tasks: 1 with a lead, 2 without, 1 note", plan.Result.Summary);
    }

    private enum Kind
    {
        Unit,
        Group,
    }
}

public class StructureShapeTests
{
    [Fact]
    public void Parenthesized_tasks_that_carry_the_clauses_keep_their_numbered_measures_as_text()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、重点任务",
            "（一）推进城市更新。（牵头单位：区住建局；配合单位：各街道）",
            "1.完成老旧小区改造30个。",
            "2.推进背街小巷整治。",
            "（二）优化营商环境。（牵头单位：区发改局）",
            "1.压缩企业开办时间。",
            "2.推行告知承诺制。"));
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("（一）"));
        Assert.Contains("1.完成老旧小区改造30个。", plan.Task("（一）").Text);
        Assert.Equal(new[] { "区发改局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Without_chinese_headings_parenthesized_lines_are_the_sections_of_arabic_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "（一）深化改革",
            "1.推进医共体建设。（市卫健委负责）",
            "2.推进集采。（市医保局负责）",
            "（二）民生实事",
            "3.新增托位。（市卫健委负责）"));
        Assert.Equal(new[] { "深化改革", "民生实事" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Empty(plan.TasksWithoutLead);
    }
}

public class MarkedLeadTests
{
    [Theory]
    [InlineData("责任单位：市卫健委（牵头）、市医保局、各区")]
    [InlineData("（责任单位：市卫健委(牵头)，市医保局，各区）")]
    public void A_role_written_after_one_name_is_that_names(string clause)
    {
        var plan = ImportedModel.From("一、任务\n1.推进改革。内容。\n" + clause);
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市医保局", "各区" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("national convention"));
    }
}

public class HeadingAndTogetherTests
{
    [Fact]
    public void A_lead_on_a_group_heading_is_for_its_tasks_that_name_nobody()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、压实安全责任",
            "（一）落实责任。",
            "1.制定责任清单。（牵头单位：市应急管理局）",
            "2.落实监管责任。（牵头单位：市安委办）",
            "（二）强化考核巡查。（牵头单位：市安委办）",
            "3.开展安全生产巡查。",
            "4.完善考核办法。（牵头单位：市委组织部）",
            "二、专项整治",
            "5.整治危化品。"));
        Assert.Equal(new[] { "市安委办" }, plan.Leads("3."));
        Assert.Equal(new[] { "市委组织部" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void A_list_before_together_is_a_list_and_the_partners_support()
    {
        var plan = ImportedModel.From("一、任务\n1.任务一。内容。（市人社局、市税务局会同有关部门负责）\n2.任务二。内容。（市教育局会同市财政局负责）");
        Assert.Equal(new[] { "市人社局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市税务局", "有关部门" }, plan.Supports("1."));
        Assert.Equal(new[] { "市教育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("2."));
    }

    [Fact]
    public void A_scope_note_names_nobody_for_the_task()
    {
        var plan = ImportedModel.From("一、任务\n（一）任务一。内容。（生态环境部牵头）\n优化体制。（生态环境部指导，试点城市政府负责落实）");
        Assert.Equal(new[] { "生态环境部" }, plan.Leads("（一）"));
        Assert.Empty(plan.Supports("（一）"));
    }
}

public class HostFieldTests
{
    [Fact]
    public void A_host_field_under_a_task_is_its_lead_and_a_site_footer_is_still_chrome()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、任务",
            "1.举办招商推介会。",
            "主办单位：市商务局",
            "协办单位：市贸促会",
            "2.任务二。内容。",
            "主办单位:某市人民政府办公室 管理维护:某市政务服务数据管理局 网站标识码:4417000019"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市贸促会" }, plan.Supports("1."));
        Assert.DoesNotContain("网站标识码", plan.Result.Plan);
    }
}

public class UnitNameTrapTests
{
    [Theory]
    [InlineData("（、、负责）")]
    [InlineData("（等负责）")]
    [InlineData("（牵头单位：）")]
    [InlineData("（牵头单位：；配合单位：）")]
    [InlineData("（牵头单位：……）")]
    [InlineData("（牵头单位：1、2）")]
    [InlineData("（责任领导：李四、王五）")]
    [InlineData("（分管领导：张三；责任人：李四）")]
    [InlineData("（由主管部门负责）")]
    [InlineData("（县级以上地方人民政府行政部门负责）")]
    public void Nothing_that_is_not_an_organisation_becomes_a_unit(string clause)
    {
        var plan = ImportedModel.From("一、任务\n1.任务。内容。" + clause + "\n2.任务二。内容。");
        Assert.Empty(plan.Model.Units);
        Assert.Equal(new[] { "1.", "2." }, plan.TasksWithoutLead);
        Assert.Contains(clause, plan.Task("1.").Text);
    }

    [Fact]
    public void A_label_inside_a_list_is_never_part_of_a_name()
    {
        var plan = ImportedModel.From("一、任务\n1.任务。内容。（牵头单位：市发改委，配合单位：市财政局，责任领导：张三，完成时限：2024年6月底）");
        Assert.Equal(new[] { "市发改委", "市财政局" }, plan.Model.Units.Select(u => u.FullName ?? u.Id));
        Assert.Equal("2024年6月底", plan.Task("1.").Declared.Due!.Text);
    }
}

public class ScopeLeadTests
{
    [Fact]
    public void A_lead_for_the_tasks_above_or_below_is_theirs_and_never_a_unit_called_以上任务由()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、促进消费",
            "1.开展汽车以旧换新。内容。",
            "2.推进充换电设施建设。内容。（市发改委配合）",
            "（以上任务由市商务局牵头）",
            "二、扩大投资",
            "以下任务均由市财政局牵头：",
            "3.争取超长期特别国债。内容。",
            "4.用好政府投资基金。内容。（市发改委牵头）"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市发改委" }, plan.Supports("2."));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("4."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("以上") || (u.FullName ?? u.Id).Contains("以下"));
    }
}

public class LeadingClauseTests
{
    [Theory]
    [InlineData("1、市发改委牵头，市财政局、市统计局配合，做好营商环境评价工作。", "市发改委", "市财政局|市统计局")]
    [InlineData("1、由市司法局负责，开展涉企规范性文件清理。", "市司法局", "")]
    [InlineData("1、【牵头单位】市卫健委　【配合单位】市医保局　推进医共体建设。", "市卫健委", "市医保局")]
    public void Responsibility_written_before_the_work(string task, string lead, string supports)
    {
        var plan = ImportedModel.From("一、任务\n" + task + "\n2、市场监管局要加强监管，确保质量。");
        Assert.Equal(new[] { lead }, plan.Leads("1、"));
        Assert.Equal(supports.Length == 0 ? new string[0] : supports.Split('|'), plan.Supports("1、"));

        // 2、 opens with the body that must do it: its own, never 1、's.
        Assert.Equal(new[] { "市场监管局" }, plan.Leads("2、"));
    }
}

public class MeasureNumberingTests
{
    [Fact]
    public void Parenthesized_arabic_and_circled_numbers_are_the_tasks_where_they_carry_the_clauses()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、深化医改",
            "（一）推进医联体建设",
            "（1）组建城市医疗集团。【牵头单位】市卫健委　【配合单位】市医保局",
            "(2)推进医共体人员统筹。【牵头单位】市人社局"));
        Assert.Equal(new[] { "（1）", "(2)" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("（1）"));
        Assert.Equal(new[] { "市医保局" }, plan.Supports("（1）"));

        plan = ImportedModel.From(string.Join("\n",
            "一、提升基层能力",
            "（一）中医药",
            "① 建设基层中医馆。",
            "责任单位：市卫健委（牵头）、市财政局",
            "（二）村医",
            "① 落实村医养老保障。",
            "责任单位：市人社局"));
        Assert.Equal(new[] { "①", "①" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市卫健委" }, plan.Names(plan.Model.Tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "市财政局" }, plan.Names(plan.Model.Tasks[0].InEffect.Supports));
        Assert.Equal(new[] { "市人社局" }, plan.Names(plan.Model.Tasks[1].InEffect.Leads));
    }
}
