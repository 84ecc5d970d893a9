using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes hostile16 and hostile17 found the importer reading wrongly or not at all: 会 for 会同 between two bodies,
/// scopes written without 第 or after a meeting's 明确：, a person inside a unit's field, and measures of which only
/// some name who does them.
/// </summary>
public class Hostile17ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("（宣传处会办公室负责）", "宣传处", "办公室")]
    [InlineData("縣教育局會縣人力資源和社會保障局負責。", "縣教育局", "縣人力資源和社會保障局")]
    public void Hui_between_two_bodies_is_hui_tong(string words, string lead, string support)
    {
        var plan = Import("1.提高信息发布规范化水平。" + words, "2.做好宣传。（市总工会负责）");
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(new[] { support }, plan.Supports("1."));

        // 工会, 委员会: 会 ending a body's name is its name.
        Assert.Equal(new[] { "市总工会" }, plan.Leads("2."));
    }

    [Theory]
    [InlineData("县财政局会及时拨付资金。")]
    [InlineData("县教育局会议室已布置。")]
    [InlineData("各科室会后要及时整改。")]
    public void Hui_meaning_will_or_meeting_joins_no_bodies(string words)
    {
        var plan = Import("1.做好保障。" + words, "2.做好宣传。（市委宣传部负责）");
        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Supports("1."));
    }

    [Fact]
    public void A_mechanism_two_bodies_set_up_is_no_lead_even_where_the_sentence_goes_on()
    {
        var plan = Import(
            "（一）做好巡查。（县水利局负责）",
            "（二）严打非法采砂。县公安局牵头，县水利局配合的联合执法机制已建立，今年重点打击非法采砂行为。");
        Assert.Empty(plan.Leads("（二）"));
    }

    [Fact]
    public void Scopes_without_di_and_after_a_meetings_label_each_give_their_tasks()
    {
        var plan = Import(
            "（一）开展近视防控。",
            "（二）落实体育活动。",
            "（三）加强心理健康教育。",
            "（四）做好传染病防控。",
            "会议明确：上述（一）至（三）项由市教育局牵头；（四）项由市卫生健康委员会负责，市体育局配合；（五）项经市政府同意后由市财政局保障。");

        Assert.Equal(new[] { "市教育局" }, plan.Leads("（三）"));
        Assert.Empty(plan.Supports("（三）"));
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "市体育局" }, plan.Supports("（四）"));
    }

    [Fact]
    public void A_scope_of_activities_ends_at_its_semicolon_and_a_count_is_no_number()
    {
        var plan = Import(
            "二、活动内容",
            "1.邻里美食分享会。",
            "2.“邻里守望”志愿服务。",
            "3.社区运动会。",
            "4.邻里才艺展演。",
            "三、职责分工",
            "第一、二项活动由各社区居委会负责组织；第三项由街道文体站牵头，街道总工会配合；第四项经街道党工委同意后由社区文化中心承办。");

        Assert.Equal(new[] { "各社区居委会" }, plan.Leads("2."));
        Assert.Equal(new[] { "街道文体站" }, plan.Leads("3."));
        Assert.Equal(new[] { "街道总工会" }, plan.Supports("3."));

        var counted = Import("1.开展近视防控。", "2.落实体育活动。", "3.加强心理健康教育。", "4.做好传染病防控。（市卫生健康委员会负责）", "以上三项工作由市教育局负责。");
        Assert.Equal(new[] { "市教育局" }, counted.Leads("1."));
        Assert.Equal(new[] { "市卫生健康委员会" }, counted.Leads("4."));
    }

    [Fact]
    public void A_person_inside_a_units_field_is_no_part_of_it()
    {
        var plan = Import(
            "一、落实安全生产责任",
            "1.修订全员安全生产责任清单。",
            "责任部门：安全环保部（责任人：王强）",
            "2.开展安全检查。",
            "责任部门：集团办公室");
        Assert.Equal(new[] { "安全环保部" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("王强"));
    }

    [Fact]
    public void Measures_only_some_of_which_name_who_does_them_are_items_led_each_by_its_own()
    {
        var plan = Import(
            "（一）提升文旅公共服务。",
            "①新建旅游厕所8座，责任单位：县文化和旅游局。",
            "②建设智慧旅游服务平台。",
            "（二）加强市场监管。（牵头单位：县市场监督管理局）");

        Assert.Empty(plan.Leads("（一）"));
        var items = plan.Task("（一）").Items;
        Assert.Equal(new[] { "县文化和旅游局" }, plan.Names(items[0].InEffect.Leads));
        Assert.Empty(items[1].InEffect.Leads);
        Assert.Equal(new[] { "县市场监督管理局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_sub_district_office_alone_in_the_first_field_leads()
    {
        var plan = Import(
            "1.网格化管理提升。街道综治中心负责，将辖区划分为48个基础网格。",
            "2.法律服务。街道司法所、街道派出所负责，开展矛盾纠纷排查。",
            "3.做好宣传。街道内各单位负责，做好宣传。",
            "4.做好保障。（街道党工委负责）");

        Assert.Equal(new[] { "街道综治中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "街道司法所" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void Items_numbered_only_by_yi_shi_name_who_does_them_in_their_own_sentences()
    {
        var plan = Import(
            "青山镇2024年“清洁家园”行动安排",
            "一是开展垃圾清运大会战。镇环卫所负责，对辖区积存垃圾开展集中清运。",
            "二是整治乱堆乱放。各村（社区）要组织党员志愿者清理杂物。",
            "三是开展“美丽庭院”评比，每村评选示范户20户。",
            "四是加强宣传引导。由镇党政办公室负责，利用村村响开展宣传。");

        Assert.Equal(new[] { "一是", "二是", "三是", "四是" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "镇环卫所" }, plan.Leads("一是"));
        Assert.Equal(new[] { "各村（社区）" }, plan.Leads("二是"));
        Assert.Empty(plan.Leads("三是"));
        Assert.Equal(new[] { "镇党政办公室" }, plan.Leads("四是"));
    }

    [Fact]
    public void When_before_the_bodies_and_the_work_after_their_verb_names_them()
    {
        var plan = Import(
            "1.开展应急演练。5月底前，县应急管理局会同县消防救援大队完成全县应急演练。",
            "2.做好宣传。（县委宣传部负责）",
            "3.做好检查。去年5月，县应急管理局牵头完成了演练。");

        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县消防救援大队" }, plan.Supports("1."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_task_handed_to_a_body_that_now_does_its_work_is_that_bodys()
    {
        var plan = Import(
            "（一）做好宣传。（市委宣传部负责）",
            "（二）志愿者招募不再由市体育局负责，改由团市委统一招募培训。",
            "（三）会议材料不再由县委办公室负责印制。");

        Assert.Equal(new[] { "团市委" }, plan.Leads("（二）"));
        Assert.Empty(plan.Leads("（三）"));
    }
}
