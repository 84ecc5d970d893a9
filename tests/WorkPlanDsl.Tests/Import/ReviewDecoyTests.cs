using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The ways a review of the scope, number-table, lead-field and 会 readings found to a wrong or garbled lead, each
/// refused.
/// </summary>
public class ReviewDecoyTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("县财政局会计核算中心负责，各单位配合。", "县财政局会计核算中心")]
    [InlineData("（责任单位：县财政局会计科）", "县财政局会计科")]
    [InlineData("（牵头单位：县商务局会展中心）", "县商务局会展中心")]
    [InlineData("县政府办会议中心负责，各乡镇配合。", "县政府办会议中心")]
    [InlineData("（牵头单位：县水利局会商室）", "县水利局会商室")]
    [InlineData("（责任单位：县政府办公室会务科）", "县政府办公室会务科")]
    public void Hui_inside_a_bodys_name_keeps_the_name_whole(string words, string lead)
    {
        var plan = Import("1.做好工作。" + words, "2.做好宣传。（县委宣传部负责）");
        Assert.Equal(new[] { lead }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("届时县财政局负责，各乡镇要做好资金拨付。")]
    [InlineData("另外县财政局负责，各乡镇要做好资金拨付。")]
    [InlineData("2023年县财政局负责，各乡镇要做好资金拨付。")]
    [InlineData("三月底前县财政局负责，各乡镇要做好资金拨付。")]
    [InlineData("原县水利局负责，各乡镇要做好资金拨付。")]
    [InlineData("汛期县财政局负责，各乡镇要做好资金拨付。")]
    public void When_or_a_former_state_glued_before_a_body_is_no_lead(string words)
    {
        var plan = Import("1.加强资金监管。" + words, "2.做好宣传。（县委宣传部负责）");
        Assert.Empty(plan.Leads("1."));
    }

    [Theory]
    [InlineData("会场布置此前由县会议中心负责。")]
    [InlineData("养老补贴发放过去由县民政局负责。")]
    [InlineData("会场布置原先由县会议中心负责。")]
    [InlineData("校园安保曾经由县公安局负责。")]
    [InlineData("节目编排以前由县文化馆负责。")]
    [InlineData("接待工作不由县政府办负责。")]
    [InlineData("食品安全并非由县教育局负责。")]
    public void A_thing_given_to_a_body_before_or_not_at_all_names_no_lead(string words)
    {
        var plan = Import("关于做好会务保障工作的通知", "一、" + words, "二、做好车辆引导。", "三、会议材料统一印制。（县机关事务服务中心负责）");
        Assert.Empty(plan.Leads("一、"));
    }

    [Fact]
    public void An_items_unit_is_not_its_tasks_lead()
    {
        var plan = Import(
            "（一）加强环境整治",
            "一是开展垃圾清运大会战，全面清理积存垃圾。",
            "二是整治河道。镇水利站负责，对辖区河道进行清淤。",
            "（二）做好宣传。（镇党政办负责）");
        Assert.Empty(plan.Leads("（一）"));
    }

    [Fact]
    public void Bracketed_chinese_numbers_name_no_arabic_numbered_task()
    {
        var table = Import(
            "（一）稳就业", "1.实施就业促进计划。", "2.开展职业技能培训。", "（二）强保障", "3.推进养老保险全国统筹。",
            "任务序号 | 牵头单位 | 配合单位", "（一） | 县人社局 | 县教育局", "（二） | 县医保局 | 县财政局");
        Assert.Empty(table.Leads("2."));

        var sentence = Import(
            "（一）稳就业", "1.实施就业促进计划。", "2.开展职业技能培训。", "（二）强保障", "3.推进养老保险全国统筹。",
            "以上第（一）项由县人社局牵头；第（二）项由县医保局牵头。");
        Assert.Empty(sentence.Leads("2."));
    }

    [Fact]
    public void A_number_every_section_has_names_no_task_from_a_scope_outside_them()
    {
        var plan = Import(
            "一、稳就业", "1.实施就业促进计划。", "2.开展职业技能培训。",
            "二、强保障", "1.推进养老保险全国统筹。", "2.做好工伤保险工作。",
            "三、职责分工", "第1项由县人社局牵头；第2项由县医保局牵头。");
        Assert.Equal(4, plan.TasksWithoutLead.Length);
    }

    [Fact]
    public void A_count_of_tasks_after_yi_shang_names_none_by_its_number()
    {
        var plan = Import(
            "一、稳就业", "1.实施就业促进计划。", "2.开展职业技能培训。", "3.做好失业保险。",
            "二、强保障", "4.推进养老保险全国统筹。", "5.做好工伤保险工作。", "6.做好医保。",
            "以上3项工作由县医疗保障局负责。");
        Assert.Empty(plan.Leads("3."));
        Assert.Equal(new[] { "县医疗保障局" }, plan.Leads("6."));
    }

    [Fact]
    public void Two_character_rows_numbered_as_the_tasks_restate_nothing()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进城区道路改造，加强学校周边交通设施建设。",
            "2.推进学校建设，新增学位1200个。",
            "附件",
            "序号 | 项目名称 | 责任单位",
            "1 | 学校 | 县教育局",
            "2 | 学位 | 县人社局");
        Assert.Equal(new[] { "1.", "2." }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县教育局" }, plan.Leads("1"));
    }

    [Fact]
    public void A_figure_after_renwu_is_no_task_number()
        => Assert.Equal(WorkPlanDsl.Import.NumberingKind.None, WorkPlanDsl.Import.Numbering.Read(WorkPlanDsl.Import.SourceLine.Of(1, "任务1.5万亩由县林业局牵头负责。")).Kind);
}
