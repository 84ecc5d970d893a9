using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Words that look like a stated rule or a role and are not (a hostile-input run found each giving a lead the document
/// never names): a first-place that is not the lead, a rule said in the negative, quoted text, the 由 of 由于, a time word
/// before a name, a role that describes. Invented lines.
/// </summary>
public class HostileRuleWordingTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Ranked_first_near_a_lead_word_is_no_first_listed_rule_unless_it_says_the_first_is_the_lead()
    {
        // A prize for the town ranked first, a model site, a meeting it hosts: none says the first listed leads.
        var prize = Import(
            "一、加强考核激励",
            "1．开展年度综合考核。（县农业农村局、县财政局）",
            "2．落实奖补资金。（县财政局、县乡村振兴局）",
            "3．对考核排名第一的乡镇给予奖励并由其牵头承办全县现场会。",
            "注：对年度考核排名第一的乡镇给予100万元奖励，排名第一的单位作为牵头示范点。");
        // The brackets are read by the convention, which the import says it applied: no stated rule was found.
        Assert.Contains(prize.Result.Notes, n => n.Message.Contains("states no rule"));
        Assert.Equal(new[] { "县农业农村局" }, prize.Leads("1．"));

        // Said plainly, in any of its wordings, it is the rule.
        foreach (var rule in new[] { "排在第一位的部门为牵头部门", "列第一位者为牵头单位", "排名第一的为牵头单位", "排在首位的为牵头单位", "牵头单位列首位", "牵头单位排在第一位" })
        {
            var plan = Import("一、加强考核激励", "1．开展年度综合考核。（县农业农村局、县财政局）", "注：" + rule + "。");
            Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1．"));
            Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("states no rule"));
        }
    }

    [Fact]
    public void A_rule_said_in_the_negative_is_no_rule()
    {
        var signs = Import(
            "注：带*号的不是牵头单位，仅作为参考。",
            "一、提升医疗服务",
            "1．推进紧密型县域医共体建设。（县卫健局、县医保局*）",
            "2．加强基层医疗卫生机构建设。（县卫健局*、县财政局）");
        Assert.Empty(signs.Leads("1．"));
        Assert.Empty(signs.Leads("2．"));

        var brackets = Import(
            "注：括号内不是责任单位，仅为参与单位。",
            "一、加强基层治理",
            "1．开展矛盾纠纷排查化解。（县司法局、县信访局）");
        Assert.Empty(brackets.Leads("1．"));

        foreach (var negated in new[] { "排名第一的不是牵头单位", "排名第一的不作为牵头单位", "带*号的并非牵头单位" })
        {
            var plan = Import("一、任务", "1．开展排查。（县司法局*、县信访局）", "注：" + negated + "。");
            Assert.Empty(plan.Leads("1．"));
        }
    }

    [Fact]
    public void Quoted_words_state_no_rule_and_give_no_lead()
    {
        var plan = Import(
            "一、完善工作机制",
            "1．按照《关于明确由县住建局牵头负责老旧小区改造的通知》精神，各乡镇做好摸底调查工作。",
            "2．学习借鉴外地“县商务局要牵头、各部门要做好配合”的经验，优化营商环境。",
            "3．各地可参照省里\"排名第一的为牵头单位\"的做法，自行明确分工。",
            "4．开展职业技能培训。（县人社局、县教育局）",
            "5．推进「由县司法局牵头负责」的做法。",
            "6．打击非法出版物。开展专项行动。（牵头单位：县“扫黄打非”工作领导小组办公室）");
        Assert.Empty(plan.Leads("1．"));
        Assert.Empty(plan.Leads("2．"));
        Assert.Empty(plan.Leads("5．"));

        // The quoted rule is not the document's: its brackets are read by the convention, and the import says so.
        Assert.Equal(new[] { "县人社局" }, plan.Leads("4．"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("states no rule"));

        // A quote without role words may be part of a name.
        Assert.Equal(new[] { "县“扫黄打非”工作领导小组办公室" }, plan.Leads("6．"));
    }

    [Fact]
    public void The_by_of_because_brings_in_no_agent_and_a_second_by_is_the_names()
    {
        var plan = Import(
            "一、扩大对外开放",
            "1．巩固外资增长。由于县商务局会同有关部门开展了招商推介，今年外资增长较快，要继续巩固。",
            "2．完善跨境电商。自由贸易试验区管委会会同县商务局制定促进跨境电商发展的办法。",
            "3．建设养老服务中心。由由义镇政府牵头建设区域性养老服务中心。",
            "4．延期办理。理由县市场监管局充分说明的，可以延期办理。",
            "5．开通货运专线。由县交通局牵头，县商务局配合。");
        Assert.Empty(plan.Leads("1．"));
        Assert.Equal(new[] { "自由贸易试验区管委会" }, plan.Leads("2．"));
        Assert.DoesNotContain(plan.Leads("3．"), n => n == "义镇政府");
        Assert.Empty(plan.Leads("4．"));
        Assert.Equal(new[] { "县交通局" }, plan.Leads("5．"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("于", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_word_is_no_part_of_a_name_and_a_role_that_describes_gives_none()
    {
        var plan = Import(
            "一、促进消费升级",
            "1．开展汽车消费促进活动。去年县商务局为牵头单位，县财政局为配合单位，今年由县发改局牵头。",
            "2．打造夜间经济街区。原明确由县城管局牵头负责的事项，今年移交县住建局。",
            "3．发展首店经济。县财政局要积极配合县发改局牵头的项目评审。");
        Assert.DoesNotContain(plan.Leads("1．"), n => n.StartsWith("去年", System.StringComparison.Ordinal));
        Assert.DoesNotContain("县商务局", plan.Leads("1．"));
        Assert.Empty(plan.Leads("2．"));
        Assert.Empty(plan.Leads("3．"));
    }
    [Fact]
    public void Overall_responsibility_leads_and_unreadable_words_of_responsibility_keep_those_who_carry_out_from_leading()
    {
        var plan = Import(
            "一、重点任务",
            "1.开展“万人助万企”活动。（县工信局负总责，各乡镇落实）",
            "2.推进农村人居环境整治。（县农业农村局牵头抓总，县住建局、县生态环境局配合）",
            "3.加强校园安全管理。（县教育局负主责，县公安局协助）",
            "4.推进河湖长制。（县水利局总负责，各乡镇具体落实）",
            "5.实施“两违”整治。（县城管局负总则，各乡镇落实）");
        Assert.Equal(new[] { "县工信局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各乡镇" }, plan.Supports("1."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("4."));

        // 负总则 is no word of the table (a misprint): whoever it names, it is not the towns that carry the work out.
        Assert.Empty(plan.Leads("5."));
        Assert.Equal(new[] { "各乡镇" }, plan.Supports("5."));
    }

    [Fact]
    public void A_bracket_that_states_the_rule_for_its_own_list_is_that_list()
    {
        var plan = Import(
            "一、重点任务",
            "1.加大金融支持力度，新增普惠小微贷款10亿元。（县金融服务中心、人行县支行，排名第一的为牵头单位）",
            "2.保障企业用地需求。（县自然资源局、县发改局）");
        Assert.Equal(new[] { "县金融服务中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "人行县支行" }, plan.Supports("1."));

        // The rule it states holds for the lists after it.
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("2."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("states no rule"));
    }

    [Fact]
    public void A_bracket_whose_rule_follows_its_list_after_a_stop_is_that_list()
    {
        var plan = Import(
            "一、加快调整能源结构(省发改委总牵头)",
            "(一)制订实施全省煤炭消费总量控制方案。",
            "1.制订煤炭消费总量中长期控制目标。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)",
            "2.推进燃煤锅炉淘汰。(省环保厅、省质监局)");
        Assert.Equal(new[] { "省经信委" }, plan.Leads("1."));
        Assert.Equal(new[] { "省发改委(省能源局)" }, plan.Supports("1."));
        Assert.Equal(new[] { "省环保厅" }, plan.Leads("2."));
    }

    [Fact]
    public void A_rule_that_the_last_listed_leads_is_read_as_the_document_says()
    {
        var plan = Import(
            "2024年县卫生健康重点工作任务分工方案",
            "注：各项任务所列责任单位中，排在最后一位的为牵头单位，其余为配合单位。",
            "一、重点任务",
            "1. 推进家庭医生签约。（责任单位：县医保局、县卫健局）",
            "2. 加强疾病预防控制。（责任单位：各乡镇人民政府、县财政局、县疾控中心）");
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县医保局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县疾控中心" }, plan.Leads("2."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("states no rule", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_listed_rule_taken_back_in_a_later_note_leaves_every_listed_unit_leading()
    {
        var plan = Import(
            "2024年县卫生健康重点工作任务分工方案",
            "说明：各项任务责任单位中，排在第一位的为牵头单位。",
            "一、重点任务",
            "1. 推进家庭医生签约。（责任单位：县卫健局、县医保局）",
            "补充说明：经研究，上述“排在第一位的为牵头单位”的规定不再适用，各项任务所列责任单位共同负责、不分主次。");
        Assert.Equal(new[] { "县卫健局", "县医保局" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("（县住建局牵头，或由县城管局牵头，待县政府研究确定）")]
    [InlineData("（县住建局牵头，牵头单位待县政府确定）")]
    [InlineData("由县住建局牵头，或由县城管局牵头，待县政府研究确定。")]
    [InlineData("牵头单位：县住建局或县城管局，待定。")]
    public void A_lead_left_to_be_decided_is_no_lead(string clause)
    {
        var plan = Import("一、重点任务", "1. 推进地下管网普查。" + clause, "2. 推进智慧停车建设。（县城管局牵头，待项目立项后实施）");
        Assert.Contains("1.", plan.TasksWithoutLead);
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("或"));
        Assert.Contains("leaves who leads to be decided", plan.Result.Plan);
        Assert.Equal(new[] { "县城管局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_lead_left_to_be_decided_in_one_sentence_leaves_another_sentences_lead_alone()
    {
        var plan = Import("一、重点任务", "1. 推进地下管网普查。由县住建局牵头。后续运维由县城管局负责，或由县水务局负责，待县政府研究确定。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
    }
}
