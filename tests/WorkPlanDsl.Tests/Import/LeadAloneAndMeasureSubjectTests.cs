using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Hostile16's wordings: who leads alone in a sentence's first field (市文物保护中心负责，各县要…), every village as a
/// subject (各村（社区）要…), and measures that open with who does them under a heading naming nobody.
/// </summary>
public class LeadAloneAndMeasureSubjectTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Who_leads_alone_in_the_sentences_first_field_leads_the_task()
    {
        var plan = Import(
            "1.实施送戏下乡工程，全年送戏300场。（责任单位：市演艺集团）",
            "2.加强文物安全巡查，落实文物安全直接责任人制度。市文物保护中心负责，各县（市、区）要开展拉网式排查。",
            "3.加强核心制度落实。医务部牵头，各临床科室落实三级查房。",
            "4.开展垃圾清运。县城市管理局、县环卫所负责，对积存垃圾开展集中清运。");

        Assert.Equal(new[] { "市文物保护中心" }, plan.Leads("2."));
        Assert.Equal(new[] { "医务部" }, plan.Leads("3."));

        // An accountable list alone: the first listed leads, by the convention.
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("4."));
        Assert.Equal(new[] { "县环卫所" }, plan.Supports("4."));
    }

    [Theory]
    [InlineData("加强巡查。去年县水利局负责，今年继续开展。")]
    [InlineData("加强巡查。县水利局负责的项目，今年要全部完工。")]
    [InlineData("加强巡查。县水利局牵头，县农业局配合的机制已建立。")]
    [InlineData("加强巡查。县水利局牵头，相关工作已经完成。")]
    [InlineData("加强巡查。根据县水利局负责，开展专项整治。")]
    [InlineData("加强巡查。县委书记负责，开展专项整治。")]
    [InlineData("加强巡查。主要领导负责，开展专项整治。")]
    public void A_sentence_that_does_not_open_with_a_lead_alone_gives_none(string words)
    {
        var plan = Import("1.实施送戏下乡工程。（责任单位：市演艺集团）", "2." + words);
        Assert.Empty(plan.Leads("2."));
    }

    [Theory]
    [InlineData("经县政府")]
    [InlineData("根据县水利局")]
    [InlineData("按照市应急管理局")]
    [InlineData("向市委")]
    public void A_preposition_before_a_body_is_no_name(string words)
        => Assert.False(WorkPlanDsl.Import.Reading.UnitShape.IsOrganisation(words));

    [Theory]
    [InlineData("各村要清理房前屋后可燃物。", "各村")]
    [InlineData("各村（社区）要清理房前屋后可燃物。", "各村（社区）")]
    public void Every_village_is_a_subject_that_must_do_the_work(string words, string group)
    {
        var plan = Import("1.镇派出所要加强巡查。", "2." + words);
        Assert.Equal(new[] { group }, plan.Leads("2."));
    }

    [Fact]
    public void Measures_opening_with_who_does_them_under_a_heading_naming_nobody_are_the_tasks()
    {
        var plan = Import(
            "一、工作任务",
            "（一）火源管控（牵头单位：镇应急管理办公室；配合单位：镇派出所）",
            "1.在进山路口设立临时检查站8个。",
            "2.实行“一户一人”包保。",
            "（二）隐患排查",
            "1.镇林业站负责对林区电力线路开展隐患排查，建立整改台账。",
            "2.各村（社区）要清理房前屋后、林缘地带可燃物。",
            "（三）应急处置（牵头单位：镇党政办公室）",
            "1.组建镇级半专业扑火队1支。",
            "2.储备扑火物资。");

        Assert.Equal(new[] { "（一）", "1.", "2.", "（三）" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "镇林业站" }, plan.Names(plan.Model.Tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "各村（社区）" }, plan.Names(plan.Model.Tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "镇党政办公室" }, plan.Leads("（三）"));
    }

    [Fact]
    public void Measures_where_only_a_requirement_on_every_place_names_anyone_stay_the_headings_words()
    {
        var plan = Import(
            "一、工作任务",
            "（一）火源管控（牵头单位：镇应急管理办公室）",
            "1.设立临时检查站8个。",
            "2.实行包保。",
            "（二）隐患排查",
            "1.开展隐患排查，建立整改台账。",
            "2.各村（社区）要清理可燃物。");

        // No measure names who does it but by a modal: the heading stays the task.
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
    }
}
