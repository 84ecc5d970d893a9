using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the real89 and hostile89 blind sets found wrong or missing, each in a few invented lines: the rule, not a set's
/// wording.
/// </summary>
public class Real89ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Labels(ImportedModel plan) => plan.Tasks.Select(t => t.Label ?? t.Id).ToArray();

    private static readonly string[] PartOfALongerTable =
    {
        "某区2023年政府工作报告重点工作任务分解表",
        "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
        "33 新培育科技型中小企业50家以上。 区科技局 区经信局、区税务局等区政府有关部门,区经开区管委会。 2023年12月底",
        "34 推动农业科技园区提档升级,谋划共建智慧农业研究院。 区科技局",
        "区商务局",
        "区经开区管委会",
        "区发改委、区农业农村局等区政府有关部门,区农投公司。 2023年12月底",
        "35 强化企业创新主体地位,研发费用突破6亿元。 区科技局 区经信局等区政府有关部门。 2023年12月底",
    };

    [Fact]
    public void A_table_copied_from_its_later_rows_with_single_spaces_is_rebuilt_from_its_first_number()
    {
        // real89 14: rows 33–35 of a 分解表, the part one department publishes.
        var plan = Import(PartOfALongerTable);

        Assert.Equal(new[] { "33", "34", "35" }, Labels(plan));
        Assert.Equal(new[] { "区科技局" }, plan.Leads("33"));
        Assert.Equal(new[] { "区经信局", "区税务局", "区政府有关部门", "区经开区管委会" }, plan.Supports("33"));
        Assert.Equal(new[] { "区科技局" }, plan.Leads("35"));
    }

    [Fact]
    public void A_row_whose_cell_of_leads_holds_a_name_a_line_is_one_row_with_every_one_of_them()
    {
        var plan = Import(PartOfALongerTable);

        Assert.Equal(new[] { "区科技局", "区商务局", "区经开区管委会" }, plan.Leads("34"));
        Assert.Equal(new[] { "区发改委", "区农业农村局", "区政府有关部门", "区农投公司" }, plan.Supports("34"));
        Assert.StartsWith("推动农业科技园区提档升级", plan.Task("34").Title);
    }

    [Fact]
    public void Words_after_the_last_row_that_are_no_cell_of_it_stay_words_and_the_rows_keep_their_units()
    {
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 主要责任单位 完成期限",
            "7 新建口袋公园12个。 区住建局 2023年12月底",
            "8 新增停车泊位800个。 区城管局 2023年10月底",
            "9 完成老旧小区改造20个。 区住建局",
            "区城管局",
            "各街道要高度重视，认真抓好落实。",
            "请于每月25日前报送进展情况。");

        Assert.Equal(new[] { "区住建局" }, plan.Leads("7"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("8"));
        Assert.Contains("请于每月25日前报送进展情况", plan.Words());
        Assert.DoesNotContain(plan.Tasks, t => t.InEffect.Leads.Any(l => l.Contains("街道")));
    }

    [Fact]
    public void A_task_whose_sentence_opens_with_who_is_responsible_for_its_work_is_read_in_a_document_of_clauses()
    {
        // hostile86 11: in a plan whose other tasks close with a clause, X负责推动… after a guide's words and X会同Y负责 were
        // not read; two bodies each given a part, or a body and 负责 alone in a broken bracket, give no lead.
        var plan = Import(
            "某市2026年数据工作要点",
            "一、夯实数据资源",
            "（一）完善公共数据目录。全面梳理公共数据资源（市数据局牵头，市级各部门配合）。",
            "（二）数据要素×金融服务。在金融监管分局指导下，市地方金融管理局负责推动金融机构依法使用公共数据。",
            "（三）开展公共数据授权运营。制定授权运营管理办法。市数据局会同市财政局、市市场监管局负责，授权运营主体为数字集团。",
            "（四）推进数据共享交换。市大数据中心负责平台运维，市数据局负责统筹调度。",
            "（五）拓展低空物流应用。开通无人机物流航线20条。",
            "市交通运输局负责）",
            "（六）加强数据安全（市委网信办负责）。");

        Assert.Equal(new[] { "市地方金融管理局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市财政局", "市市场监管局" }, plan.Supports("（三）"));
        Assert.Empty(plan.Leads("（四）"));
        Assert.Empty(plan.Leads("（五）"));
    }

    [Theory]
    [InlineData("。 ")]
    [InlineData("。　")]
    [InlineData("。  ")]
    public void A_note_quotes_a_clause_from_its_first_word_whatever_blanks_follow_the_stop(string stop)
    {
        // hostile86 11: after 。 and a blank the note quoted ( 市科技局、市数据局负), a character early.
        var plan = Import("某市计划", "一、任务", "（一）培育数据企业" + stop + "市科技局、市数据局负责，培育数据服务商40家。");

        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("(市科技局、市数据局负责)"));
    }

    [Fact]
    public void The_plans_name_printed_again_after_each_pages_number_leaves_a_bracket_it_broke_whole()
    {
        // holdout12 d27: copied from a PDF without form feeds, a page's number then the plan's name stood inside a bracket.
        var plan = Import(
            "某市低空经济发展三年行动方案（2025—2027年）",
            "一、重点任务",
            "（一）建设低空基础设施。新建起降点30个。（市交通运输局牵头；市自然资源局配合）",
            "",
            "— 1 —",
            "",
            "某市低空经济发展三年行动方案（2025—2027年）",
            "",
            "（二）拓展低空物流应用场景。开通城市无人机物流配送航线20条。（市邮政管理局、",
            "",
            "— 2 —",
            "",
            "某市低空经济发展三年行动方案（2025—2027年）",
            "",
            "市交通运输局负责）",
            "（三）发展低空文旅消费。打造文旅产品10个。（市文化广电旅游局牵头）");

        Assert.Equal(new[] { "市邮政管理局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Supports("（二）"));
        Assert.DoesNotContain("三年行动方案", plan.Task("（二）").Text);
        Assert.Equal("某市低空经济发展三年行动方案（2025—2027年）", plan.Model.Title);
    }

    [Fact]
    public void Tasks_given_respectively_share_the_supports_said_after_their_leads()
    {
        // hostile89 05: 第12、13项分别由A、B负责，C、D配合 gave each its lead and neither the supports.
        var plan = Import(
            "某市应急管理局2020年工作要点",
            "一、防灾减灾",
            "1.做好防汛抗旱工作。修订防汛应急预案。",
            "2.加强地震和地质灾害防治。开展隐患排查。",
            "3.做好救灾物资储备。",
            "第1、2项分别由防汛抗旱科、地震和地质灾害救援科负责，市水利局、市自然资源和规划局配合；第3项由救灾和物资保障科负责。");

        Assert.Equal(new[] { "防汛抗旱科" }, plan.Leads("1."));
        Assert.Equal(new[] { "地震和地质灾害救援科" }, plan.Leads("2."));
        Assert.Equal(new[] { "市水利局", "市自然资源和规划局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市水利局", "市自然资源和规划局" }, plan.Supports("2."));
        Assert.Empty(plan.Supports("3."));
    }

    [Fact]
    public void A_range_said_of_its_tasks_that_name_no_lead_leads_those_and_leaves_the_others_theirs()
    {
        // hostile89 05: 第15—22项中未明确责任科室的，由X牵头 was not read as a statement about tasks at all.
        var plan = Import(
            "某市应急管理局2020年工作要点",
            "一、安全生产",
            "1.开展安全生产专项整治三年行动。",
            "2.推进危险化学品安全治理。（危险化学品监管科负责）",
            "3.加强工贸行业安全监管。",
            "第1—3项中未明确责任科室的，由安全生产综合协调科牵头，相关业务科室配合。");

        Assert.Equal(new[] { "安全生产综合协调科" }, plan.Leads("1."));
        Assert.Equal(new[] { "危险化学品监管科" }, plan.Leads("2."));
        Assert.Equal(new[] { "安全生产综合协调科" }, plan.Leads("3."));
        Assert.Equal(new[] { "相关业务科室" }, plan.Supports("3."));
    }

    [Fact]
    public void A_pages_record_copied_under_its_table_is_no_task()
    {
        // real89 16: 索引号: | … | 成文日期: | … after the rows became a task 索引号.
        var plan = Import(
            "类别 | 民生事项名称 | 任务目标 | 责任单位 |",
            "四、教育文化 | 14.改扩建泉山学校 | 完成一期2座教学楼建设。 | 教育体育局 |",
            "| 15.推进学校塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 教育体育局 |",
            "索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |");

        Assert.Equal(2, plan.Tasks.Count());
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("索引号"));
    }
}
