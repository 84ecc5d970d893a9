using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Meeting minutes that give each decision to a body in the sentence's middle, and the supporters a lead's sentence
/// names in the field after it (<c>X负责，Y配合做好…</c>, <c>X牵头，会同Y…</c>).
/// </summary>
public class MeetingMinutesAndSupportFieldTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void An_official_who_leads_is_no_unit_and_the_body_that_carries_the_work_out_leads()
    {
        var plan = Import(
            "县政府常务会议纪要",
            "一、关于城区学校学位供给问题。会议议定，由分管副县长王志刚牵头，县教育局负责具体实施，县财政局、县自然资源局配合，加快推进城北小学建设。",
            "二、加强质控。由分管副院长李明牵头，质控科具体负责，各临床科室配合，年底前完成。");
        Assert.Equal(new[] { "县教育局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "县财政局", "县自然资源局" }, plan.Supports("一、"));
        Assert.Equal(new[] { "质控科" }, plan.Leads("二、"));
        Assert.Equal(new[] { "各临床科室" }, plan.Supports("二、"));
    }

    [Fact]
    public void What_the_meeting_asked_of_a_body_makes_it_the_lead_and_those_asked_to_help_support()
    {
        var plan = Import(
            "县政府常务会议纪要",
            "一、关于就业工作。会议要求，县人力资源社会保障局要抓紧制定工作方案，多渠道开发就业岗位，县教育局、团县委要积极配合，确保就业率不低于去年水平。",
            "二、关于春季森林防火工作。会议要求，各乡镇要切实落实属地管理责任，牵头做好野外火源管控，县林业局、县应急管理局要积极配合，加强督导检查。",
            "三、关于农贸市场。会议原则同意实施方案，具体由县商务局负责，县市场监管局配合做好食品安全监管。");
        Assert.Equal(new[] { "县人力资源社会保障局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "县教育局", "团县委" }, plan.Supports("一、"));
        Assert.Equal(new[] { "各乡镇" }, plan.Leads("二、"));
        Assert.Equal(new[] { "县林业局", "县应急管理局" }, plan.Supports("二、"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("三、"));
        Assert.Equal(new[] { "县市场监管局" }, plan.Supports("三、"));
    }

    [Fact]
    public void The_field_after_the_lead_names_its_supporters_with_their_work_or_after_hui_tong()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进农贸市场改造。县商务局负责，县市场监管局配合做好食品安全监管。",
            "2.推进老旧小区改造。县住建局牵头，会同县财政局、县发改局加强资金统筹。",
            "3.保障供水安全。由县水利局负责，县财政局配合做好资金保障。");
        Assert.Equal(new[] { "县商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县市场监管局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县财政局", "县发改局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("3."));
    }

    [Fact]
    public void What_was_done_last_year_and_a_supporter_given_another_role_give_no_lead_or_support()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进道路建设。去年，由县城投公司负责，县交通局配合，建成道路5公里。",
            "2.关于就业工作。会议要求，县人社局要抓紧制定方案，县教育局要积极配合，由县财政局牵头保障资金。");
        Assert.DoesNotContain("县城投公司", plan.Leads("1."));
        Assert.DoesNotContain("县教育局", plan.Supports("2."));
    }
}
