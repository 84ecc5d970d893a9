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

    [Theory]
    [InlineData("一、由县公安局负责会场周边的安全保卫工作，做好车辆引导。", "县公安局")]
    [InlineData("一、县公安局负责会场周边的安全保卫工作，做好车辆引导。", "县公安局")]
    [InlineData("一、由县卫生健康局负责会议期间的医疗保障工作。", "县卫生健康局")]
    public void A_role_whose_work_ends_with_its_de_gives_the_work_with_or_without_you(string line, string lead)
    {
        var plan = Import("关于做好会务保障工作的通知", line, "二、会场布置、音响调试由县会议中心负责。", "三、会议材料由县委办公室统一印制。（县机关事务服务中心配合）");
        Assert.Equal(new[] { lead }, plan.Leads("一、"));

        // The whole of a task, the thing then the body it is given to.
        Assert.Equal(new[] { "县会议中心" }, plan.Leads("二、"));
    }

    [Theory]
    [InlineData("该项工作原由县水利局负责。")]
    [InlineData("会场布置不再由县会议中心负责。")]
    [InlineData("会场布置已由县会议中心负责。")]
    [InlineData("会场布置由张局长负责。")]
    public void A_thing_given_to_a_body_no_longer_or_to_a_person_names_no_lead(string words)
    {
        var plan = Import("关于做好会务保障工作的通知", "一、" + words, "二、做好车辆引导。", "三、会议材料统一印制。（县机关事务服务中心负责）");
        Assert.Empty(plan.Leads("一、"));
    }

    [Theory]
    [InlineData("由县委宣传部牵头组织的宣传活动，各乡镇要积极参与。")]
    [InlineData("由县水利局负责建设的项目，要按期完工。")]
    [InlineData("由县财政局负责的资金，要及时拨付。")]
    [InlineData("由县公安局负责会场周边的车辆已移交县交警大队。")]
    [InlineData("去年由县公安局负责会场周边的安全保卫工作。")]
    [InlineData("参与由县公安局负责会场周边的安全保卫工作。")]
    [InlineData("由县公安局负责会场周边的安全保卫工作的人员要提前到岗。")]
    public void A_role_describing_a_thing_gives_no_lead(string words)
    {
        var plan = Import("1.做好会务。" + words);
        Assert.Empty(plan.Leads("1."));
    }
}
