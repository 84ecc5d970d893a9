using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Numbers as copies, notes and other offices print them (a hostile-input run found each losing its tasks, the clauses
/// of the lost ones landing on the section's one task): after a bullet or a markdown mark, with spaces inside the
/// brackets or the opening one lost, 一-1 and 1-1, 第一项, tasks glued after their heading. Invented lines.
/// </summary>
public class HostileNumberingStyleTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines), year: 2024);

    private static string[] Labels(ImportedModel plan) => plan.Tasks.Select(t => t.Label ?? t.Id).ToArray();

    [Fact]
    public void A_bullet_or_a_markdown_mark_before_the_number_is_not_the_number()
    {
        var plan = Import(
            "# 2024年市文明城市创建工作要点",
            "#### 一、提升城市环境面貌",
            "● 1. 开展背街小巷整治。（责任单位：市城管局）",
            "■ 2. 规范非机动车停放。（责任单位：市公安局交警支队）",
            "#### 二、提升市民文明素质",
            "* 3、推进移风易俗。（责任单位：市民政局）",
            "- 4. 开展文明交通劝导。（责任单位：市文明办）");
        Assert.Equal(new[] { "市城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市公安局交警支队" }, plan.Leads("2."));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("3、"));
        Assert.Equal("开展背街小巷整治", plan.Task("1.").Title);
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("**") || t.Title.StartsWith("●"));
        Assert.Equal(new[] { "一、", "二、" }, plan.Model.Sections.Select(s => s.Label).ToArray());

        // A note's bold around the number: **（一）** 推进…
        var bold = Import("一、重点任务", "- **（一）** 推进应急通信技术突破。（工业和信息化部牵头）", "- **（二）** 研发新型应急通信装备。（科技部负责）");
        Assert.Equal(new[] { "（一）", "（二）" }, Labels(bold));
        Assert.Equal("推进应急通信技术突破", bold.Task("（一）").Title);
        Assert.Equal(new[] { "科技部" }, bold.Leads("（二）"));
    }

    [Fact]
    public void Marks_without_a_number_after_them_number_nothing()
    {
        var plan = Import("一、任务", "1.开展整治。（市城管局负责）", "- 3 -", "● 重点抓好背街小巷。", "2.规范停放。（市公安局负责）");
        Assert.Equal(new[] { "1.", "2." }, Labels(plan));
    }

    [Fact]
    public void Brackets_with_spaces_inside_or_the_opening_one_lost_still_number()
    {
        var plan = Import(
            "一、推进法治政府建设",
            "( 一 ) 完善重大行政决策程序。（区司法局负责）",
            "（ 二）规范行政执法行为。（区司法局牵头，各街道配合）",
            "(三）加强行政复议工作。（区司法局负责）",
            "二、稳定就业",
            "四)城镇新增就业3500人。（牵头单位：区人社局）");
        Assert.Equal(new[] { "( 一 )", "（ 二）", "(三）", "四)" }, Labels(plan));
        Assert.Equal(new[] { "各街道" }, plan.Supports("（ 二）"));
        Assert.Equal(new[] { "区人社局" }, plan.Leads("四)"));
    }

    [Fact]
    public void Items_numbered_after_their_section_are_its_tasks()
    {
        var taiwan = Import(
            "一、社會福利",
            "一-1 擴大托育公共化。（主辦機關：社會局；協辦機關：工務局）",
            "一-2 推動長照社區整體照顧服務。（主辦機關：衛生局）",
            "二、交通建設",
            "二-1 辦理市區道路人行環境改善工程。（主辦機關：工務局）");
        Assert.Equal(new[] { "一-1", "一-2", "二-1" }, Labels(taiwan));
        Assert.Equal(new[] { "衛生局" }, taiwan.Leads("一-2"));

        var digits = Import("1 社会福利", "1-1 扩大托育服务。（市民政局负责）", "1-2 推进社区照护。（市卫健委负责）");
        Assert.Equal(new[] { "1-1", "1-2" }, Labels(digits));

        // A range of quarters or months is no number.
        var range = Import("一、任务", "1.推进项目建设。（市发改委负责）", "1-3季度完成前期工作。", "2.加快资金拨付。（市财政局负责）");
        Assert.Equal(new[] { "1.", "2." }, Labels(range));
    }

    [Fact]
    public void Items_numbered_as_articles_of_a_kind_are_tasks()
    {
        var plan = Import("2024年优化营商环境十项举措", "第一项 推行企业开办一日办结。（市市场监管局牵头）", "第二项 压缩审批时间。（市住建局牵头）");
        Assert.Equal(new[] { "第一项", "第二项" }, Labels(plan));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("第二项"));
    }

    [Fact]
    public void Tasks_glued_after_their_headings_first_sentence_are_split_and_keep_their_own_clauses()
    {
        var plan = Import(
            "2024年市水务重点工作",
            "一、保障城市供水安全。1.新建第三水厂。（牵头单位：市水务集团）2.改造老旧供水管网80公里。（牵头单位：市水务局）",
            "二、推进污水处理提质增效。3.新建污水管网50公里。（牵头单位：市住建局）4.推进污泥无害化处置。（牵头单位：市水务局；配合单位：市生态环境局）");
        Assert.Equal(new[] { "1.", "2.", "3.", "4." }, Labels(plan));
        Assert.Equal(new[] { "市水务集团" }, plan.Leads("1."));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市生态环境局" }, plan.Supports("4."));
        Assert.Equal(new[] { "保障城市供水安全", "推进污水处理提质增效" }, plan.Model.Sections.Select(s => s.Title).ToArray());
    }

    [Fact]
    public void A_heading_whose_later_sentences_hold_numbers_keeps_them()
    {
        // Numbers after the heading's second sentence are its own words (a target's parts), not tasks glued to it.
        var plan = Import(
            "一、主要目标。到2025年，全市水务设施明显改善。1.供水能力提升；2.污水收集率提高。",
            "二、重点任务",
            "1.新建第三水厂。（市水务集团负责）",
            "2.改造老旧管网。（市水务局负责）");
        Assert.Equal(new[] { "1.", "2." }, Labels(plan));
        Assert.Equal(new[] { "市水务集团" }, plan.Leads("1."));
    }

    [Fact]
    public void A_number_closed_by_an_ideographic_full_stop_numbers_its_paragraph()
    {
        var plan = Import("总体要求和主要预期目标", "1。稳定经济增长，全年增长5%左右。（市发展改革委负责）", "2。保持物价稳定。（市发展改革委、省地方金融监管局按职责分工负责）");
        Assert.Equal(new[] { "1。", "2。" }, Labels(plan));
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1。"));

        // 地方金融监管局 is a bureau named short, not every government of a kind.
        var bureau = Import("一、任务", "1.防范金融风险。（省财政厅牵头，地方金融监管局、人行中心支行配合）");
        Assert.Equal(new[] { "地方金融监管局", "人行中心支行" }, bureau.Supports("1."));
    }

    [Fact]
    public void A_month_or_a_year_straight_after_a_tasks_number_is_its_words()
    {
        var plan = Import(
            "二、重点项目推进任务",
            "（一）县人民医院新院区",
            "1.6月底前完成施工图设计审查。（县卫健局牵头）",
            "2.10月底前完成主体工程。（县卫健局负责）",
            "3.2025年底前建成投用。（县卫健局负责）");
        Assert.Equal(new[] { "1.", "2.", "3." }, Labels(plan));
        Assert.Equal("6月底前完成施工图设计审查", plan.Task("1.").Title);

        // A decimal of a quantity stays the words of a paragraph.
        var quantity = Import("一、任务", "1.新增投资。（县发改局负责）", "1.5万元用于设备购置。", "2.推进建设。（县住建局负责）");
        Assert.Equal(new[] { "1.", "2." }, Labels(quantity));
    }

    [Fact]
    public void A_decimal_outline_and_a_wrapped_date_keep_their_numbers_for_what_they_are()
    {
        // 1.2月度调度 is a decimal's heading (a month word, not a date); 3.12月份 inside task 4 goes back in the count.
        var outline = Import("1.1年度目标", "1.2月度调度", "2.1推进企业研发机构建设。（县科技局负责）", "2.2推进科技成果转化。（县科技局负责）");
        Assert.Equal(new[] { "2.1", "2.2" }, Labels(outline));

        var wrapped = Import(
            "一、重点任务",
            "3.推进企业开办便利化。（县市场监管局负责）",
            "4.推进重大项目建设，确保",
            "3.12月份全面开工。（县发改局牵头）");
        Assert.Equal(new[] { "3.", "4." }, Labels(wrapped));
        Assert.Equal(new[] { "县发改局" }, wrapped.Leads("4."));
    }

    [Fact]
    public void An_indicator_with_leader_dots_is_no_entry_of_a_table_of_contents()
    {
        var plan = Import("一、主要预期指标", "1.城镇新增就业人数……………………3000", "2.新建农村公路（公里）…………120", "二、重点任务", "（一）稳定就业。（县人社局负责）");
        Assert.Contains("3000", plan.Words());
        Assert.Contains("120", plan.Words());
    }

    [Fact]
    public void A_number_printed_with_the_other_bracket_between_its_neighbours_is_the_lists()
    {
        // hostile74 h74-17: （9） between 8） and 10） opened a level of its own; 10）–12） became its items and 11） took
        // （9）'s lead.
        var plan = ImportedModel.From(string.Join("\n",
            "西安市教育局2025年工作要点任务分工",
            "三）加强教师队伍和教育保障",
            "8）实施“名师+”研修共同体建设。责任处室：教师工作处（牵头），市教育科学研究院。",
            "（9）加强校园安全管理。责任处室：安全稳定工作处（牵头），各区县教育局。",
            "10）推进教育数字化。责任处室：信息化工作处，市电化教育馆。",
            "11）强化教育督导。开展中小学校责任督学挂牌督导。",
            "12）加强教育经费管理。责任处室：财务处（牵头），审计处。"));
        Assert.Equal(new[] { "8）", "（9）", "10）", "11）", "12）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(plan.Leads("11）"));
        Assert.Equal(new[] { "安全稳定工作处" }, plan.Leads("（9）"));
    }
}
