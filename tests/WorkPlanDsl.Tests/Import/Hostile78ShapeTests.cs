using System.Linq;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile78 blind set found wrong at first contact, each in a few invented lines: the rule, not the set's
/// wording.
/// </summary>
public class Hostile78ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("市数据局要积极支持平台建设，做好政务云资源保障。", "市数据局")]
    [InlineData("市数据局要支持平台建设。", "市数据局")]
    [InlineData("市财政局要做好资金保障。", "市财政局")]
    [InlineData("市财政局、市审计局要积极配合。", "市财政局|市审计局")]
    public void A_body_that_only_backs_the_work_supports_and_leads_nothing(string sentence, string supports)
    {
        var plan = Import("某市燃气安全工作方案", "一、重点任务", "（一）推进智慧监管。建设监测预警平台。" + sentence, "（二）加强执法。市应急管理局负责组织执法检查。");

        Assert.Empty(plan.Leads("（一）"));
        Assert.Equal(supports.Split('|'), plan.Supports("（一）"));
        Assert.Equal(new[] { "市应急管理局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_body_that_leads_keeps_the_lead_beside_one_that_backs_it()
    {
        var plan = Import("某市燃气安全工作方案", "一、重点任务", "（一）推进智慧监管。市住建局要牵头建设监测平台，市财政局要做好资金保障。", "（二）加强执法。市应急管理局负责组织执法检查。");

        Assert.Equal(new[] { "市住建局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("淯城经济开发区管理委员会")]
    [InlineData("泜川高新技术产业开发区管理委员会")]
    [InlineData("某某新区党工委管理委员会")]
    [InlineData("县政务服务中心")]
    public void A_committee_or_centre_after_the_zone_it_runs_is_one_name(string cell)
    {
        Assert.Null(CopiedTable.Cut(cell));
    }

    [Fact]
    public void Names_glued_in_a_cell_are_still_cut_where_one_body_ends_and_another_begins()
    {
        Assert.Equal(new[] { "区文广旅游体育局", "区委宣传部", "湘湖度假区管委会" }, CopiedTable.Cut("区文广旅游体育局区委宣传部湘湖度假区管委会"));
    }

    [Fact]
    public void A_short_name_declared_for_the_body_work_is_reported_to_is_that_body_s_not_the_sentence_s()
    {
        var plan = Import(
            "湔阳市创文月度推进计划",
            "各责任单位要按月抓好落实，每月底前将完成情况报湔阳市创建全国文明城市工作指挥部办公室（以下简称市创文办）。",
            "一、三月",
            "1.召开全市创文工作推进会。（市创文办负责）",
            "2.开展背街小巷检查。（市城市管理局负责）");

        Assert.Equal(new[] { "湔阳市创建全国文明城市工作指挥部办公室" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("完成情况"));
    }

    [Fact]
    public void An_annex_opened_by_fu_and_a_colon_ends_the_last_task()
    {
        var plan = Import(
            "某县支持民营经济发展若干措施",
            "第一条　降低企业用地成本。实行弹性年期出让。",
            "第二条　防范化解拖欠账款。建立拖欠账款问题线索台账。",
            "以上措施自印发之日起施行。",
            "附：县领导分工",
            "县委常委 罗某：负责第一条。第一条由县自然资源局承办，县工业和信息化局配合。");

        Assert.Empty(plan.Leads("第二条"));
        Assert.DoesNotContain("附：县领导分工", plan.Task("第二条").Text);
    }

    [Fact]
    public void A_division_by_leader_gives_each_numbered_task_the_bodies_its_sentences_name()
    {
        var plan = Import(
            "某县支持民营经济发展若干措施",
            "第一条　降低企业用地成本。实行弹性年期出让。",
            "第二条　降低企业用能成本。落实阶段性降电价政策。",
            "第三条　加大融资担保支持。扩大政府性融资担保规模。",
            "第四条　支持企业开拓市场。组织企业参加展会。",
            "第五条　支持企业科技创新。培育高新技术企业。",
            "第六条　防范化解拖欠账款。建立拖欠账款问题线索台账。",
            "附：县领导分工",
            "县委常委、常务副县长 罗某：负责第一条、第二条。第一条由县自然资源局承办，县工业和信息化局配合；第二条由县发展和改革局承办。",
            "副县长 沈某：负责第三条、第四条，分别由县财政局、县商务局承办。",
            "副县长（挂职） 易某：负责第五条，由县科学技术局承办。");

        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("第一条"));
        Assert.Equal(new[] { "县工业和信息化局" }, plan.Supports("第一条"));
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("第二条"));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("第三条"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("第四条"));
        Assert.Equal(new[] { "县科学技术局" }, plan.Leads("第五条"));
        Assert.Empty(plan.Leads("第六条"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("罗某") || (u.FullName ?? u.Id).Contains("副县长"));
    }

    [Fact]
    public void A_table_naming_the_tasks_by_their_numbers_gives_each_its_row_s_bodies()
    {
        var plan = Import(
            "某市农村人居环境整治提升工作方案",
            "一、重点任务",
            "（一）推进农村户厕改造。新改建农村卫生户厕1.2万户。",
            "（二）加强粪污无害化处理。推广厕污共治模式。",
            "（三）健全生活垃圾收运体系。完善户分类、村收集体系。",
            "（四）推进村庄规划编制。完成实用性村庄规划120个。",
            "（五）强化考核评估。实行季度通报。",
            "二、责任分工",
            "各项任务责任分工详见附件。",
            "附件",
            "农村人居环境整治提升工作责任分工表",
            "序号\t对应任务\t牵头单位\t配合单位",
            "1\t（一）（二）\t市农业农村局\t市卫生健康委员会",
            "2\t（三）\t市住房和城乡建设局\t市城市管理局",
            "3\t（四）\t市自然资源和规划局\t");

        Assert.Equal(new[] { "（一）", "（二）", "（三）", "（四）", "（五）" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市自然资源和规划局" }, plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
    }

    [Theory]
    [InlineData("1—2", "3、4")]
    [InlineData("1至2项", "3和4")]
    public void Arabic_keys_with_ranges_and_lists_name_the_numbered_tasks(string first, string second)
    {
        var plan = Import(
            "某区生态环境问题整改方案",
            "一、任务清单",
            "1.推进城区雨污分流改造。",
            "2.提升污水处理厂运行水平。",
            "3.规范建筑垃圾处置。",
            "4.加强餐饮油烟治理。",
            "二、责任清单",
            "任务序号\t牵头单位\t责任单位",
            first + "\t区住房和城乡建设局\t区水利局",
            second + "\t区城市管理局\t区市场监督管理局");

        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区水利局" }, plan.Supports("2."));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("3."));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("4."));
    }

    [Fact]
    public void A_key_naming_a_task_the_body_does_not_number_leaves_the_table_as_it_was_read()
    {
        var plan = Import(
            "某区生态环境问题整改方案",
            "一、任务清单",
            "1.推进城区雨污分流改造。",
            "2.提升污水处理厂运行水平。",
            "二、责任清单",
            "任务序号\t牵头单位\t责任单位",
            "1\t区住房和城乡建设局\t区水利局",
            "7\t区城市管理局\t区市场监督管理局");

        Assert.DoesNotContain("区城市管理局", plan.Leads("2."));
        Assert.DoesNotContain("区住房和城乡建设局", plan.Leads("2."));
    }

    [Fact]
    public void A_parent_row_s_lead_is_the_lead_of_the_rows_numbered_under_it_that_print_none()
    {
        var plan = Import(
            "某市2025年数字政府建设工作要点任务分工",
            "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
            "|:---:|---|---|---|---|",
            "| 1 | **推动“一网通办”提质增效** | 市政务服务和数据管理局 | | |",
            "| 1.1 | 推进“高效办成一件事”，新增主题套餐15个 | | 市公安局 | 2025年6月 |",
            "| 1.2 | 推动政务服务向基层延伸，便民服务中心全覆盖 | 各县（市、区）人民政府 | 市民政局 | 2025年12月 |",
            "| 2 | **强化数据资源开发利用** | | | |",
            "| 2.1 | 推进公共数据归集共享，编制资源目录 | 市大数据中心 | 市直各单位 | 2025年8月 |",
            "| 2.2 | 探索公共数据授权运营，培育数据要素市场 | | 市发展和改革委员会 | 2025年12月 |");

        Assert.Equal(new[] { "1.1", "1.2", "2.1", "2.2" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "市政务服务和数据管理局" }, plan.Leads("1.1"));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("1.1"));
        Assert.DoesNotContain("市政务服务和数据管理局", plan.Leads("1.2"));
        Assert.Equal(new[] { "市大数据中心" }, plan.Leads("2.1"));

        // The second parent row names no lead: the first's goes no further.
        Assert.Empty(plan.Leads("2.2"));
    }

    [Fact]
    public void Roman_numerals_in_brackets_number_tasks_that_restart_in_each_part()
    {
        var plan = Import(
            "某县2023年全民科学素质行动工作安排",
            "Ⅰ、青少年科学素质提升行动",
            "(i) 举办青少年科技创新大赛。由县教育局会同县科协组织实施。",
            "(ii) 推进科学教育进校园。责任单位：县教育局。",
            "(iii) 建设校园科普活动室。县科协牵头，县融媒体中心配合。",
            "Ⅱ、农民科学素质提升行动",
            "(i) 开展农村实用技术培训。县农业农村局负责。",
            "(ii) 组织农村电商带头人培训。县商务局负责。");

        Assert.Equal(new[] { "(i)", "(ii)", "(iii)", "(i)", "(ii)" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县教育局" }, plan.Names(plan.Tasks.ElementAt(0).InEffect.Leads));
        Assert.Equal(new[] { "县科协" }, plan.Names(plan.Tasks.ElementAt(2).InEffect.Leads));
        Assert.Equal(new[] { "县商务局" }, plan.Names(plan.Tasks.ElementAt(4).InEffect.Leads));
    }

    [Theory]
    [InlineData("市市场监督管理局为责任主体，市公安局、市交通运输局配合开展联合执法。", "市市场监督管理局", "市公安局|市交通运输局")]
    [InlineData("市城市管理局是第一责任单位，市自然资源和规划局、各区人民政府按职责分工落实。", "市城市管理局", "市自然资源和规划局|各区人民政府")]
    [InlineData("市住建局要牵头负责，市发改委要积极配合。", "市住建局", "市发改委")]
    [InlineData("市住建局应当切实牵头负责，市发改委须主动配合。", "市住建局", "市发改委")]
    [InlineData("由固定资产投资科抓总，市重大项目服务中心具体推进项目开工。", "固定资产投资科", "市重大项目服务中心")]
    [InlineData("市住建局要牵头，会同市发改委做好项目谋划。", "市住建局", "市发改委")]
    [InlineData("市住建局要切实履行牵头职责，会同市发改委做好项目谋划；市财政局按规定落实配套资金。", "市住建局", "市发改委")]
    [InlineData("（市人民政府办公室负责，市政协提案委员会给予支持）", "市人民政府办公室", "市政协提案委员会")]
    [InlineData("综合科是第一责任科室，统计科配合。", "综合科", "统计科")]
    public void Who_answers_for_the_work_said_of_the_body_or_after_a_modal_is_read(string sentence, string lead, string supports)
    {
        var plan = Import("某市燃气安全工作方案", "二、重点任务", "（一）规范瓶装液化石油气市场。严厉打击违法行为。" + sentence, "（二）加强执法。开展检查。");

        Assert.Equal(new[] { lead }, plan.Leads("（一）"));
        Assert.Equal(supports.Split('|'), plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("市住建局要负责任地开展检查，接受社会监督。")]
    [InlineData("市住建局要配合好上级检查，市财政局要保障经费。")]
    public void A_modal_reads_as_the_same_sentence_without_it(string sentence)
    {
        ImportedModel Plan(string words) => Import("某市燃气安全工作方案", "二、重点任务", "（一）规范市场。" + words, "（二）加强执法。开展检查。");
        var with = Plan(sentence);
        var without = Plan(sentence.Replace("要", string.Empty));

        Assert.Equal(without.Leads("（一）"), with.Leads("（一）"));
        Assert.Equal(without.Supports("（一）"), with.Supports("（一）"));
    }

    [Fact]
    public void Full_width_letters_number_tasks_as_the_ascii_ones_do()
    {
        var roman = Import("某县工作安排", "Ⅰ、行动一", "（ｉ）举办科技大赛。县教育局负责。", "（ｉｉ）推进科学教育。县科协负责。", "Ⅱ、行动二", "(i) 开展培训。县农业农村局负责。", "(ii) 认定基地。县科协负责。");
        var letters = Import("某单位计划", "Ａ．推进项目建设。（县发改局负责）", "Ｂ．加强安全监管。（县应急局负责）");

        Assert.Equal(new[] { "（ｉ）", "（ｉｉ）", "(i)", "(ii)" }, roman.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县科协" }, roman.Leads("（ｉｉ）"));
        Assert.Equal(new[] { "Ａ．", "Ｂ．" }, letters.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县应急局" }, letters.Leads("Ｂ．"));
    }
}
