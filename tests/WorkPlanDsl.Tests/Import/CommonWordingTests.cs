using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Wordings that real plans use often and that a labelled set weighted by how often shapes occur (h41) found read
/// wrong or not at all: who does the task in the sentence after its title, a 责任分工 line, field labels after a group or
/// without their colon, a stray space inside a name, a lone 负责落实, and short names declared inside running words or
/// inside another body's bracket; a label of units and their persons; a part heading that goes on over lines closed by
/// its clause.
/// </summary>
public class CommonWordingTests
{
    // The second task names its lead in a bracket, so the document is not one that names its units only in prose.
    private static ImportedModel Plan(params string[] tasks)
        => ImportedModel.From(string.Join("\n", new[] { "某区2024年重点工作实施方案", "一、主要任务" }.Concat(tasks).Concat(new[] { "9.做好其他工作。（区民政局负责）" })));

    [Theory]
    [InlineData("1.推进双重预防机制数字化建设。区财政局会同区农业农村局抓好落实，强化督促检查，及时研究解决突出问题。", "区财政局", "区农业农村局")]
    [InlineData("1.推进双重预防机制数字化建设。区财政局会同区农业农村局负责，强化督促检查。", "区财政局", "区农业农村局")]
    public void The_sentence_after_the_title_may_open_with_who_does_the_task(string task, string lead, string support)
    {
        var plan = Plan(task);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(new[] { support }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("1.推进智慧停车建设，具体由区城管局负责，确保年底前完成。", "区城管局", new string[0])]
    [InlineData("1.推进智慧停车建设，统一由区城管局牵头，区交警大队配合。", "区城管局", new[] { "区交警大队" })]
    [InlineData("1.推进智慧停车建设，由区城管局负责牵头，区交警大队协助。", "区城管局", new[] { "区交警大队" })]
    [InlineData("1.推进智慧停车建设。（区城管局负责牵头）", "区城管局", new string[0])]
    [InlineData("1.推进经营主体登记便利化，企业开办时间压缩至0.5个工作日以内。区市场监管局抓落实，区税务局、区公安分局配合。", "区市场监管局", new[] { "区税务局", "区公安分局" })]
    [InlineData("1.实施中小企业梯度培育工程。（区工业和信息化局抓总，各街道办事处抓落实）", "区工业和信息化局", new[] { "各街道办事处" })]
    [InlineData("1.加大商贸流通领域支持力度。〖区商务局牵头；区财政局、区市场监管局配合〗", "区商务局", new[] { "区财政局", "区市场监管局" })]
    [InlineData("1.健全医保基金监管。〖区医保局〗", "区医保局", new string[0])]
    [InlineData("1.提升村容村貌。实施村庄绿化美化。（区住建局牵头，各社区居委会具体落实）", "区住建局", new[] { "各社区居委会" })]
    [InlineData("1.强化督查考评。每月开展一次督查暗访。（区督查办负责，区纪委监督）", "区督查办", new string[0])]
    [InlineData("1.组织企业参加进出口商品交易会。——区外贸科牵头，5月底前完成。", "区外贸科", new string[0])]
    [InlineData("1.组织企业参加进出口商品交易会。区外贸科牵头，区会展中心配合，5月底前完成。", "区外贸科", new[] { "区会展中心" })]
    [InlineData("1.加强隐患排查。将辖区内生产经营单位全部纳入网格。在区应急管理局指导下，各街道办事处负责组织实施。", "各街道办事处", new string[0])]
    [InlineData("1.加强技能培训。开展培训。在区应急管理局的业务指导下，区人社局负责，区教育局配合。", "区人社局", new[] { "区教育局" })]
    public void How_the_body_is_given_the_work_may_come_before_its_you(string task, string lead, string[] supports)
    {
        var plan = Plan(task);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Fact]
    public void A_body_leading_at_the_start_of_the_sentence_after_the_title_leads_in_a_plan_of_clauses()
    {
        var plan = Plan("1.提升职业院校办学条件。计划财务科牵头统筹中央、省级专项资金，职业教育科配合做好项目实施指导，确保办学条件达标。");
        Assert.Equal(new[] { "计划财务科" }, plan.Leads("1."));
        Assert.Equal(new[] { "职业教育科" }, plan.Supports("1."));
    }

    [Fact]
    public void A_lead_for_the_tasks_above_is_read_with_spaces_around_its_count()
    {
        var plan = Plan("1.发展夜间经济。", "2.发展首店经济，引进品牌首店 20 家以上。", "3.举办消费季活动。", "以上 3 项工作由区商务局牵头，区公安分局、区财政局配合。");
        foreach (var label in new[] { "1.", "2.", "3." })
        {
            Assert.Equal(new[] { "区商务局" }, plan.Leads(label));
            Assert.Equal(new[] { "区公安分局", "区财政局" }, plan.Supports(label));
        }
    }

    [Theory]
    [InlineData("1.推进数字化建设。区委、区政府高度重视，强化督促检查。")]
    [InlineData("1.推进数字化建设。由区发改委牵头制定的方案已印发，强化督促检查。")]
    [InlineData("1.推进数字化建设。去年区财政局牵头制定了具体办法。")]
    [InlineData("1.开展试点评估。区商务局会同有关部门组织开展成效评估。")]
    [InlineData("1.推进数字化建设。2023年，区财政局负责，区审计局配合，完成了专项审计。")]
    [InlineData("1.做好综合绩效评价。省发展和改革委员会会同省财政厅，围绕高质量发展指标制定了考核办法。")]
    public void A_sentence_after_the_title_that_gives_nobody_the_work_names_no_lead(string task)
        => Assert.Empty(Plan(task).Leads("1."));

    [Theory]
    [InlineData("责任分工：区住房和城乡建设局牵头，区商务局配合。", "区住房和城乡建设局", "区商务局")]
    [InlineData("职责分工：由区商务局负责，区城市管理局协助。", "区商务局", "区城市管理局")]
    public void A_division_line_under_a_task_is_read_as_the_sentence_after_its_label(string field, string lead, string support)
    {
        var plan = Plan("1.纵深推进中小企业融资服务。加强政策宣传解读，营造良好氛围。", field);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(new[] { support }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("责任分工：区住房和城乡建设局、区商务局", "区住房和城乡建设局", new[] { "区商务局" })]
    [InlineData("任务分工：区商务局", "区商务局", new string[0])]
    public void A_division_line_of_names_alone_lists_the_units_accountable(string field, string lead, string[] supports)
    {
        var plan = Plan("1.纵深推进中小企业融资服务。加强政策宣传解读，营造良好氛围。", field);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Theory]
    [InlineData("责任单位（排第一位的为牵头单位）：区商务局、区财政局", "区商务局", new[] { "区财政局" })]
    [InlineData("责任单位(牵头单位放首位)：区商务局、区财政局", "区商务局", new[] { "区财政局" })]
    [InlineData("责任办所：经济发展办公室、财政所", "经济发展办公室", new[] { "财政所" })]
    [InlineData("牵头警种：治安支队；配合警种：刑侦支队", "治安支队", new[] { "刑侦支队" })]
    public void A_field_label_may_carry_its_lists_rule_or_a_township_or_police_word(string field, string lead, string[] supports)
    {
        var plan = Plan("1.纵深推进中小企业融资服务。加强政策宣传解读，营造良好氛围。", field);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Fact]
    public void A_division_line_of_what_each_body_does_is_not_a_list_of_names()
    {
        // Its bodies are read by the division sentence's own reading; its words are never a unit.
        var plan = Plan("1.纵深推进中小企业融资服务。加强政策宣传解读，营造良好氛围。", "职责分工：加强政策宣传，营造良好氛围");
        Assert.Empty(plan.Leads("1."));
    }

    [Theory]
    [InlineData("牵头科室：各分局　　协办科室：办公室、质量发展科", "各分局", new[] { "办公室", "质量发展科" })]
    [InlineData("牵头处室：各分局　配合处室：人事处", "各分局", new[] { "人事处" })]
    public void A_label_after_a_group_starts_a_field_of_its_own(string field, string lead, string[] supports)
    {
        var plan = Plan("1.持续开展涉企行政执法规范化建设。", field);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Theory]
    [InlineData("1.推进森林防火。（牵头单位 市生态环境局　配合单位 市退役军人事务局、市医保局）", "市生态环境局", new[] { "市退役军人事务局", "市医保局" })]
    [InlineData("1.推进森林防火。（牵头单位： 市林业 局 ；配合单位： 市科技局 ）", "市林业局", new[] { "市科技局" })]
    public void Labels_without_their_colon_and_names_broken_by_a_space_are_read(string task, string lead, string[] supports)
    {
        var plan = Plan(task);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Fact]
    public void A_label_word_before_words_that_are_no_body_names_no_lead()
        => Assert.Empty(Plan("1.推进森林防火。（牵头单位 要加强统筹）").Leads("1."));

    [Theory]
    [InlineData("1.推进养老服务。（市民政局负责落实）", "市民政局", new string[0])]
    [InlineData("1.推进养老服务。（县农业农村局牵头，各乡镇人民政府负责落实）", "县农业农村局", new[] { "各乡镇人民政府" })]
    public void A_body_that_carries_the_task_out_with_nobody_before_it_answers_for_it(string task, string lead, string[] supports)
    {
        var plan = Plan(task);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(supports, plan.Supports("1."));
    }

    [Theory]
    [InlineData("1.推进试点。（生态环境部指导，试点城市政府负责落实）")]
    [InlineData("1.推进试点。试点城市政府负责落实。")]
    public void Every_pilot_citys_government_carrying_everything_out_is_no_lead(string task)
        => Assert.Empty(Plan(task).Leads("1."));

    [Fact]
    public void A_label_of_units_and_their_persons_reads_the_units()
    {
        var plan = Plan("1.加强烟花爆竹安全监管。", "责任单位及责任人：区市场监管局（唐国强）、区科技局（罗敏）");
        Assert.Equal(new[] { "区市场监管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区科技局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("唐国强"));
    }

    [Fact]
    public void A_label_of_persons_alone_names_no_lead()
        => Assert.Empty(Plan("1.加强烟花爆竹安全监管。", "责任领导及联系人：唐国强、罗敏").Leads("1."));

    [Fact]
    public void The_first_listed_rule_may_say_the_one_in_front_leads()
    {
        var plan = Plan("1.推进养老服务。（市民政局、市卫生健康委员会负责，排在前面的为牵头单位）");
        Assert.Equal(new[] { "市民政局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("排在前面的"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("states no rule"));
    }

    [Fact]
    public void A_part_whose_heading_goes_on_in_words_closed_by_a_clause_on_later_lines_is_its_own_task()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某局2025年重点工作任务分解",
            "（一）加快基础设施建设",
            "1.推进干线公路建设。（牵头：规划建设科；配合：公路中心）",
            "（二）深化安全生产治理。开展重点领域安全隐患排查",
            "整治，完善考核评价办法。（牵头：安全监督科；配合：各科室）",
            "（三）加强行业治理",
            "1.推进执法改革。（牵头：执法支队）"));
        var task = Assert.Single(plan.Tasks, t => t.Title == "深化安全生产治理");
        Assert.Equal(new[] { "安全监督科" }, plan.Names(task.InEffect.Leads));
        Assert.Equal(new[] { "各科室" }, plan.Names(task.InEffect.Supports));
    }

    [Fact]
    public void A_part_heading_over_words_that_name_nobody_is_no_task()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某局2025年重点工作任务分解",
            "（一）加快基础设施建设",
            "1.推进干线公路建设。（牵头：规划建设科）",
            "（二）工作要求。各科室要高度重视",
            "，认真抓好落实。",
            "（三）加强行业治理",
            "1.推进执法改革。（牵头：执法支队）"));
        Assert.Equal(2, plan.Tasks.Count());
    }

    [Fact]
    public void A_short_name_declared_inside_running_words_is_the_bodys_alias()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "关于印发《某市2024年民生实事项目实施方案》的通知",
            "为便于表述，方案中市城市管理和综合执法局（以下简称市城管执法局）、市人力资源和社会保障局（以下简称市人社局）。",
            "一、实事项目",
            "1.建设口袋公园。（市城管执法局牵头，市人社局配合）"));
        Assert.Equal(new[] { "市城市管理和综合执法局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市人力资源和社会保障局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.StartsWith("方案中", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_name_declared_inside_another_bodys_bracket_is_the_bracketed_bodys()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县人才工作要点",
            "各项任务由县委组织部（县委人才工作领导小组办公室，以下简称县委人才办）统筹。",
            "一、引才聚才",
            "1.实施英才计划。（县委人才办负责）"));
        Assert.Equal(new[] { "县委人才工作领导小组办公室" }, plan.Leads("1."));
    }
}
