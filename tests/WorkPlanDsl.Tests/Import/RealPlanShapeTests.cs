using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of published plans that the importer first read wrongly when scored on real documents kept outside the
/// repository (see Evaluation/README.md, "Real plans"); each written here in invented words.
/// </summary>
public class RealPlanShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("牵头单位：区发改局", "责任单位：开发区管委会、全区经济运行各专班")]
    [InlineData("牵头单位:区发改局", "责任单位:开发区管委会,全区经济运行各专班")]
    [InlineData("责任单位：开发区管委会、全区经济运行各专班", "牵头单位：区发改局")]
    public void A_lead_line_and_an_accountable_line_make_the_listed_units_supports(string first, string second)
    {
        var plan = Import("一、预期目标", "1.地区生产总值增长6%左右。", string.Empty, first, string.Empty, second, "2.一般公共预算收入增长5%。", "牵头单位：区财政局", "责任单位：区税务局");
        Assert.Equal(new[] { "区发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "开发区管委会", "全区经济运行各专班" }, plan.Supports("1."));
        Assert.Equal(new[] { "区财政局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区税务局" }, plan.Supports("2."));
        Assert.DoesNotContain("# review: lead 开发区管委会", plan.Result.Plan);
    }

    [Fact]
    public void An_accountable_line_alone_still_follows_the_convention()
    {
        var plan = Import("一、预期目标", "1.地区生产总值增长6%左右。", "责任单位：开发区管委会、区统计局");
        Assert.Equal(new[] { "开发区管委会" }, plan.Leads("1."));
        Assert.Equal(new[] { "区统计局" }, plan.Supports("1."));
        Assert.Contains("# review: lead 开发区管委会 is the first listed", plan.Result.Plan);
    }

    [Theory]
    [InlineData("（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）")]
    [InlineData("(列第一位者为牵头或汇总单位,下同)")]
    public void A_rule_that_the_first_listed_leads_or_collects(string rule)
    {
        var plan = Import("一、目标", "1.固定资产投资增长10%。", "责任单位：县发改局、县财政局、县统计局" + rule, "2.城乡居民收入稳步增长。", "责任单位：县人社局、县农业农村局分别牵头", "3.新增就业5000人。", "责任单位：县人社局、县财政局");
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局", "县统计局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县人社局", "县农业农村局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县人社局" }, plan.Leads("3."));
        Assert.DoesNotContain("national convention", string.Join("\n", plan.Result.Notes.Select(n => n.Message)));
    }

    [Fact]
    public void Tortoise_shell_brackets_hold_a_clause_as_parentheses_do()
    {
        var plan = Import("一、任务", "（一）加强市场体系建设。推进高标准市场体系建设。〔责任单位：省发展改革委、省市场监管局按职责分工负责〕", "（二）优化市场准入环境。实施改革全覆盖。〔责任单位：省市场监管局〕", "（三）完善网点。建设网点。（牵头单位：省商务厅；配合单位：各市〔州〕人民政府）");
        Assert.Equal(new[] { "省发展改革委" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "省市场监管局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "省市场监管局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "各市〔州〕人民政府" }, plan.Supports("（三）"));
    }

    [Theory]
    [InlineData("区级相关部门")]
    [InlineData("省食品药品安全委员会其他成员单位")]
    [InlineData("市就业工作联席会议制度成员单位")]
    public void Collectives_named_by_their_members_are_groups(string group)
    {
        var plan = Import("一、任务", "1.精简审批。加快网上审批。（区政务服务局牵头，区发改局、" + group + "配合）");
        Assert.Equal(new[] { "区发改局", group }, plan.Supports("1."));
        Assert.Equal(WorkPlanDsl.Language.UnitModelKind.Group, plan.Model.Units.Single(u => (u.FullName ?? u.Id) == group).Kind);
    }

    [Theory]
    [InlineData("各县、特区、区人民政府", "各县、特区、区人民政府")]
    [InlineData("各縣、特區、區人民政府", "各縣、特區、區人民政府")]
    [InlineData("各县、区政府", "各县、区政府")]
    [InlineData("各县，区人民政府", "各县|区人民政府")]
    [InlineData("各县、市发改局", "各县、市发改局")]
    [InlineData("各县、区水利局", "各县、区水利局")]
    [InlineData("各街道、区直各部门", "各街道|区直各部门")]
    [InlineData("各州、市人民政府", "各州、市人民政府")]
    [InlineData("各省、自治区、直辖市人民政府", "各省、自治区、直辖市人民政府")]
    [InlineData("各盟市、旗县人民政府", "各盟市、旗县人民政府")]
    [InlineData("各县<市、区>人民政府", "各县<市、区>人民政府")]
    [InlineData("各县＜市、区＞人民政府", "各县＜市、区＞人民政府")]
    [InlineData("各县〈市、区〉人民政府", "各县〈市、区〉人民政府")]
    public void Levels_listed_with_an_enumeration_comma_before_their_government_are_one_group(string words, string expected)
    {
        var plan = Import("一、任务", "1.发展产业。内容。（牵头单位：市发改委；配合单位：" + words + "，各开发区管委会）");
        Assert.Equal(expected.Split('|').Append("各开发区管委会"), plan.Supports("1."));
    }

    [Fact]
    public void Square_brackets_hold_a_clause_where_a_name_holds_round_ones()
    {
        var plan = Import("一、目标", "1.地区生产总值增长8%左右。[责任单位:区发改(商务)局、各街道办事处]", "2.推进项目。内容。[牵头]区住建局[配合]区财政局");
        Assert.Equal(new[] { "区发改(商务)局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("1."));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("2."));
    }

    [Theory]
    [InlineData("区财政局区税务局", "区财政局|区税务局")]
    [InlineData("县人民医院县中医院", "县人民医院|县中医院")]
    [InlineData("省林业局市林业局", "省林业局|市林业局")]
    [InlineData("市卫健委县人民医院", "市卫健委|县人民医院")]
    [InlineData("市疾控中心区疾控中心", "市疾控中心|区疾控中心")]
    [InlineData("市公安局市区分局", "市公安局市区分局")]
    [InlineData("市公安局县城派出所", "市公安局县城派出所")]
    [InlineData("市政府市民服务中心", "市政府市民服务中心")]
    [InlineData("区委区政府督查室", "区委区政府督查室")]
    [InlineData("市财政局市场监管科", "市财政局市场监管科")]
    [InlineData("市发展和改革委员会（市粮食和物资储备局）", "市发展和改革委员会（市粮食和物资储备局）")]
    public void Two_bodies_printed_without_a_separator_are_two(string words, string expected)
    {
        var plan = Import("一、目标", "1.财政收入增长7%左右。（责任单位：" + words + "）");
        var names = expected.Split('|');
        Assert.Equal(names.Take(1), plan.Leads("1."));
        Assert.Equal(names.Skip(1), plan.Supports("1."));
    }

    [Theory]
    [InlineData("各开发区、镇（街道）")]
    [InlineData("各开发区、镇(街道)")]
    [InlineData("各县、区")]
    [InlineData("各乡、镇人民政府")]
    [InlineData("各乡镇人民政府、街道办事处")]
    [InlineData("各镇政府、街道办事处")]
    public void A_run_of_levels_after_each_is_one_group(string group)
    {
        var plan = Import("一、目标", "1.固定资产投资增长15%以上。（牵头单位：市发改局；责任单位：各有关部门，" + group + "）");
        Assert.Equal(new[] { "各有关部门", group }, plan.Supports("1."));
    }

    [Fact]
    public void Bodies_sharing_an_ending_printed_once_are_each_a_unit()
    {
        var plan = Import("一、目标", "1.地区生产总值增长10%左右。（牵头单位：市发改局；责任单位：市统计局，长湖大垸、白湖管理区，区属各重点国企等）");
        Assert.Equal(new[] { "市统计局", "长湖大垸", "白湖管理区", "区属各重点国企" }, plan.Supports("1."));
    }

    [Fact]
    public void A_lead_field_naming_the_leads_of_other_parts_as_a_group_gives_that_group_the_lead()
    {
        var plan = Import("一、目标", "7.其他主要经济指标增速不低于全省平均水平。", "牵头领导：李某", "牵头单位：各主要经济指标牵头单位", "责任单位：各有关部门，各开发区、镇（街道）",
            "8.项目建设有序推进。（牵头单位：市委组织部，配合单位：各项目牵头单位，各有关区、县级市）");
        Assert.Equal(new[] { "各主要经济指标牵头单位" }, plan.Leads("7."));
        Assert.Equal(new[] { "各有关部门", "各开发区、镇（街道）" }, plan.Supports("7."));
        Assert.Equal(new[] { "各项目牵头单位", "各有关区、县级市" }, plan.Supports("8."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) == "李某");
    }

    [Fact]
    public void A_place_named_among_the_units_is_its_government_and_a_kind_of_area_is_nobody()
    {
        var plan = Import("一、目标",
            "1.建设人才特区。（牵头单位：市委组织部，配合单位：市财政局、越秀区、增城市）",
            "2.建设示范园。（牵头单位：市科技局，配合单位：市财政局、辖区、城区）",
            "3.推进改造。（牵头单位：从化区，配合单位：市住建局）");
        Assert.Equal(new[] { "市财政局", "越秀区", "增城市" }, plan.Supports("1."));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("2."));
        Assert.Equal(new[] { "从化区" }, plan.Leads("3."));
    }

    [Theory]
    [InlineData("(牵头责任单位:县政务服务中心;责任单位:各相关单位)", "县政务服务中心")]
    [InlineData("（配合责任单位：各相关单位；牵头责任单位：县政务服务中心）", "县政务服务中心")]
    public void Lead_and_support_labels_may_say_that_the_unit_answers_for_it(string clause, string lead)
    {
        var plan = Import("第一章  总  则", "第一条  为提升行政效能，特制定本规定。", "第二章  推进改革", "第二条  推进一窗办理。在政务服务大厅设立综合受理窗口。" + clause);
        Assert.Equal(new[] { lead }, plan.Leads("第二条"));
        Assert.Equal(new[] { "各相关单位" }, plan.Supports("第二条"));
    }

    [Fact]
    public void Lead_words_that_cannot_be_read_keep_the_accountable_list_from_leading()
    {
        var plan = Import("一、任务", "1.推进网上办理。内容。（牵头协调单位：县政务服务中心；责任单位：县发改局）");
        Assert.DoesNotContain("县发改局", plan.Leads("1."));
    }

    [Fact]
    public void Bodies_that_carry_the_work_out_support_the_lead()
    {
        var plan = Import("一、任务", "1.强化河长履职。开展专项整治行动。(区河长制办公室牵头,各成员单位参与,各相关街道办事处落实)");
        Assert.Equal(new[] { "区河长制办公室" }, plan.Leads("1."));
        Assert.Equal(new[] { "各成员单位", "各相关街道办事处" }, plan.Supports("1."));
    }

    [Fact]
    public void A_task_whose_words_start_with_a_quantity_keeps_its_number()
    {
        var plan = Import("一、实事项目", "1.既有多层住宅加装电梯新增400台。", "2.50个小区新增电动自行车充电设施。", "3.开设40个暑托班办班点。", "2.5个百分点的增幅由各街道分担。");
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Tasks.Select(t => t.Label));
        Assert.StartsWith("50个小区", plan.Task("2.").Title);
    }

    [Fact]
    public void An_enumeration_numbered_with_chinese_numerals_and_closed_by_semicolons_is_a_list_of_tasks()
    {
        var plan = Import("某区人民代表大会投票表决，确定以下项目为2022年民生实事项目：", "一、新增公办学位，落实“双减”政策；", "二、加强应急救护培训；", "三、推进社区服务站建设。", "特此公告。");
        Assert.Equal(new[] { "一、", "二、", "三、" }, plan.Tasks.Select(t => t.Label));
        Assert.Empty(plan.Model.Sections);
    }

    [Fact]
    public void A_table_copied_one_row_a_line_with_spaced_bars_and_no_bar_before_the_first_cell()
    {
        var plan = Import(
            "索引号 | 000330185/2022-00001 | 公开方式 | 主动公开 |",
            "序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位 |",
            "1 | 新建公办幼儿园3所。 | 1.4月底前主体完工;2.9月投入使用。 | 区教育局 | 区住建局、各镇(街道) |",
            "2 | 新增托位500个。 | 6月底前完成2家。 | 区卫生健康局 | 区财政局 |");
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区卫生健康局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_star_after_a_task_number_marks_a_new_measure_and_keeps_the_number()
    {
        var plan = Import("一、优化准入", "（一）便利企业开办。", "1* .推行一照多址改革。在住所以外开设经营项目无需另行登记。（区市场监管局负责）", "2*.推进住所标准化登记。建立负面清单。", "3.压缩开办时间。全程网办。");
        Assert.Equal(new[] { "1* .", "2*.", "3." }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "区市场监管局" }, plan.Leads("1* ."));
        Assert.StartsWith("推行一照多址改革", plan.Task("1* .").Title);
    }

    [Fact]
    public void Hostile_shapes_of_the_new_rules_give_no_wrong_lead()
    {
        var plan = Import(
            "一、重点任务",
            "1.任务甲。内容。", "责任单位：[1]区行政审批局、区大数据局[注1]",
            "2.任务乙。内容。", "责任单位：各县、区水利局",
            "3.任务丙。内容。", "责任单位：区委组织部区委编办",
            "4.任务丁。内容。", "牵头单位：加大执法、县城管执法大队",
            "5.建立由县政府牵头的联席会议制度。",
            "6.任务戊。内容。", "责任单位：县发改局、县供电公司（县发改局、县供电公司分别牵头的项目除外）",
            "7.完善机制。建立县政府牵头的联席会议制度。",
            "8.任务己。内容。", "责任单位：市政府办公室市大数据局");
        Assert.Equal(new[] { "区行政审批局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区大数据局" }, plan.Supports("1."));
        Assert.Equal(new[] { "各县、区水利局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区委组织部" }, plan.Leads("3."));
        Assert.Equal(new[] { "县城管执法大队" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("6."));
        Assert.Empty(plan.Leads("7."));
        Assert.Equal(new[] { "市政府办公室" }, plan.Leads("8."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("建立") || (u.FullName ?? u.Id).Contains("1"));
    }

    [Theory]
    [InlineData("责任单位：县农业农村局、县商务局、县供销社（排名不分先后）")]
    [InlineData("（县农业农村局、县商务局、县供销社负责，排名不分先后）")]
    public void A_list_the_document_says_has_no_order_makes_every_unit_a_lead(string clause)
    {
        var plan = Import("一、重点任务", "1.发展农村电商。建设服务站点。", clause);
        Assert.Equal(new[] { "县农业农村局", "县商务局", "县供销社" }, plan.Leads("1."));
        Assert.DoesNotContain("first listed", plan.Result.Plan);
    }

    [Theory]
    [InlineData("责任单位：县教育局、县卫健局分别负责")]
    [InlineData("（县教育局、县卫健局分别负责）")]
    [InlineData("县教育局、县卫健局分别负责。")]
    public void Units_each_accountable_for_their_own_part_all_lead(string clause)
    {
        var plan = Import("一、重点任务", "1.推进学校卫生工作。开展体检。" + (clause.StartsWith("责任") ? "" : clause), clause.StartsWith("责任") ? clause : "");
        Assert.Equal(new[] { "县教育局", "县卫健局" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("first listed"));
    }

    [Fact]
    public void Units_each_accountable_for_their_own_part_beside_a_named_lead_support_it()
    {
        var plan = Import("一、重点任务", "1.推进学校卫生工作。开展体检。（县政府办牵头，县教育局、县卫健局分别负责）");
        Assert.Equal(new[] { "县政府办" }, plan.Leads("1."));
        Assert.Equal(new[] { "县教育局", "县卫健局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_clause_whose_bracket_the_cut_page_left_open_is_read_as_far_as_it_goes()
    {
        var plan = Import("一、重点项目",
            "28.创业扶持项目。遴选扶持500家初创企业。（牵头单位：市留学办，配合单位：各有关单位，各区、县\uFFFD",
            "29.人才交流会。坚持创新办会（人才交流、创新论坛、展览展示）");
        Assert.Equal(new[] { "市留学办" }, plan.Leads("28."));
        Assert.Contains("各有关单位", plan.Supports("28."));
        Assert.Contains("is not closed", plan.Result.Plan);
        Assert.Empty(plan.Leads("29."));
    }

    [Theory]
    [InlineData("民政课", true)]
    [InlineData("农观课", true)]
    [InlineData("思政课", false)]
    [InlineData("党课", false)]
    public void A_section_called_a_class_is_a_body_and_a_lesson_is_not(string name, bool isBody)
        => Assert.Equal(isBody, WorkPlanDsl.Import.Reading.UnitShape.IsOrganisation(name));
}
