using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes two outside runs found the importer missing or misreading in text: responsibility after a colon in the task's
/// name, a bare body before the field of those who support it, the verbs 统筹, 负责执行, 抓总, 主抓, 按属地原则落实, the
/// labels 負責實體 / 負責政策局, a list qualified as a whole by 按职责分工负责, a page's banner inside a name, a body's name
/// as a sentence of its own, unit headings numbered on, schools, communities and one level's bodies of a kind.
/// </summary>
public class Hostile24ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Responsibility_after_a_colon_in_the_tasks_name_is_read_and_leaves_the_title()
    {
        var plan = Import("某市2024年教育工作要点", "（七）推动校园午餐食材登录：由市教育局主办，市卫生健康委协办。", "（八）推動午餐登錄：由教育局主辦，衛生局、農業局協辦。");
        Assert.Equal("推动校园午餐食材登录", plan.Task("（七）").Title);
        Assert.Equal(new[] { "市教育局" }, plan.Leads("（七）"));
        Assert.Equal(new[] { "市卫生健康委" }, plan.Supports("（七）"));
        Assert.Equal(new[] { "教育局" }, plan.Leads("（八）"));
        Assert.Equal(new[] { "衛生局", "農業局" }, plan.Supports("（八）"));
    }

    [Fact]
    public void A_colon_after_a_fields_label_is_no_separator_of_the_title()
    {
        var plan = Import("某区2024年工作要点", "1.新增托育机构托位300个，牵头单位：区卫健局；配合单位：各街道。", "2.总体要求：做好各项工作。");
        Assert.Equal(new[] { "区卫健局" }, plan.Leads("1."));
        Assert.Equal("总体要求：做好各项工作", plan.Task("2.").Title);
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void A_bare_body_before_the_field_of_those_who_support_it_leads()
    {
        var plan = Import(
            "某市2024年就业工作要点",
            "6.开展职业技能培训。全年培训3万人次。（市人社局；市教育局、市总工会协同）",
            "7.推进培训。（委机关各科室,市计生协,各县市区卫生健康局按职责分工负责）");
        Assert.Equal(new[] { "市人社局" }, plan.Leads("6."));
        Assert.Equal(new[] { "市教育局", "市总工会" }, plan.Supports("6."));

        // Names apart by commas are one list, all of it given the role after it.
        Assert.Empty(plan.Leads("7."));
    }

    [Theory]
    [InlineData("1. 推动北部都会区发展。（由政务司司长领导，发展局统筹，各相关政策局参与）", "发展局")]
    [InlineData("1. 加強打擊濫用公屋。房屋署負責執行。", "房屋署")]
    [InlineData("1.全年城镇新增就业4.5万人。就业促进科抓总。", "就业促进科")]
    [InlineData("1.开展职业技能提升行动。职业能力建设科主抓。", "职业能力建设科")]
    [InlineData("1.推进根治欠薪工作。劳动保障监察支队负责，各县（市、区）人力资源社会保障局按属地原则落实。", "劳动保障监察支队")]
    [InlineData("1.推進離島醫療綜合體運作。負責實體：衞生局；協作實體：離島醫院", "衞生局")]
    [InlineData("1. 推展「簡約公屋」計劃。負責政策局：房屋局；協助部門：房屋署、建築署", "房屋局")]
    public void Lead_verbs_and_labels_of_other_administrations_are_read(string task, string lead)
    {
        var plan = Import("某局2024年工作计划", task);
        Assert.Equal(new[] { lead }, plan.Leads(plan.Tasks.Single().Label!));
    }

    [Fact]
    public void A_name_ending_in_a_coordinating_verb_keeps_it()
    {
        var plan = Import("某市2024年工作要点", "1.推进城乡融合。（市城乡统筹办牵头）");
        Assert.Equal(new[] { "市城乡统筹办" }, plan.Leads("1."));
    }

    [Fact]
    public void Those_who_carry_out_what_a_lead_answers_for_support_it()
    {
        var plan = Import(
            "某市2024年工作要点",
            "1.全市地区生产总值增长7%左右。市发展改革委牵头，市统计局配合；各区县政府负责落实。",
            "2.深化“减量控大”行动。秩序处牵头，各大队负责落实。",
            "3.推进试点。试点城市政府负责落实。");
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市统计局", "各区县政府" }, plan.Supports("1."));
        Assert.Equal(new[] { "秩序处" }, plan.Leads("2."));
        Assert.Equal(new[] { "各大队" }, plan.Supports("2."));

        // Alone, who carries everything out is the scope's, not the task's lead.
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_list_qualified_as_a_whole_is_accountable_and_its_last_name_no_support_alone()
    {
        var plan = Import("某局2024年工作要点", "二、重点任务", "6、加强校园及周边安全。责任单位：治安管理大队、交通管理大队、各派出所（按职责分工负责）。");
        Assert.Equal(new[] { "治安管理大队" }, plan.Leads("6、"));
        Assert.Equal(new[] { "交通管理大队", "各派出所" }, plan.Supports("6、"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("the first listed is read as the lead"));
    }

    [Fact]
    public void A_pages_banner_after_its_number_is_no_part_of_a_broken_name()
    {
        var plan = Import(
            "某市2024年节能工作要点",
            "1．推进重点企业节能改造。（牵头单位：市经济",
            "— 2 —",
            "××市人民政府办公室文件",
            "和信息化委员会；配合单位：市财政局）");
        Assert.Equal(new[] { "市经济和信息化委员会" }, plan.Leads("1．"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("1．"));
    }

    [Fact]
    public void A_bodys_name_as_the_last_sentence_of_a_task_is_who_it_is_given_to()
    {
        var plan = Import(
            "某市2024年就业工作要点",
            "6.新增城镇就业6万人。市人力资源社会保障局。",
            "7.建设胸痛中心、卒中中心。胸痛中心、卒中中心。",
            "8.健全工作机制。联席会议办公室设在县发展改革局。",
            "9.推进河道保洁。区水务局、各街道（2025年底）",
            "10.推进工作。各乡镇。");
        Assert.Equal(new[] { "市人力资源社会保障局" }, plan.Leads("6."));

        // What the task builds, a seat, a date inside the names, or groups alone: no one given the work.
        Assert.Empty(plan.Leads("7."));
        Assert.Empty(plan.Leads("8."));
        Assert.DoesNotContain(plan.Supports("9.").Concat(plan.Leads("9.")), n => n.Contains("2025"));
        Assert.Empty(plan.Leads("10."));
    }

    [Fact]
    public void A_list_in_brackets_with_its_date_after_a_space_is_read()
    {
        var plan = Import("某县2022年文化工作要点", "七、新建城市书房5个。（县文广旅体局　2022年12月）", "八、新建农家书屋10个。（县文广旅体局 2022年12月底前）");
        Assert.Equal(new[] { "县文广旅体局" }, plan.Leads("七、"));
        Assert.Equal(new[] { "县文广旅体局" }, plan.Leads("八、"));
    }

    [Fact]
    public void Unit_headings_after_the_first_head_their_tasks_however_they_are_numbered()
    {
        var plan = Import(
            "某县2024年目标任务分解",
            "一、县发展和改革局",
            "1.完成固定资产投资增长8%。",
            "二、县工业和信息化局",
            "2.新增规模以上工业企业12家。",
            "3.推进技术改造。");
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县工业和信息化局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县工业和信息化局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_minutes_item_gives_its_work_to_the_body_its_last_sentence_names_not_to_those_told_to_heed_it()
    {
        var plan = Import(
            "市政府常务会议纪要",
            "一、关于中心城区停车难问题",
            "　　请市住建局牵头，市公安局交警支队配合，抓紧制定具体实施方案。",
            "二、关于国家卫生城市复审迎检工作",
            "　　会议强调，各区政府、市直各部门要高度重视。由市爱卫办负责统筹协调，各区政府负责本辖区整治任务。");
        Assert.Equal(new[] { "市住建局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "市爱卫办" }, plan.Leads("二、"));
    }

    [Fact]
    public void Schools_communities_and_one_levels_bodies_of_a_kind_are_units_and_groups()
    {
        var plan = Import(
            "某县2024年工作要点",
            "1.建设实训基地3个。（牵头单位：县职业中专；配合单位：县人社局）",
            "2.创建省级示范高中。（牵头单位：县第一中学；配合单位：县教育局）",
            "3.老旧小区微改造。（城建办牵头，湖贝社区、东门社区配合）",
            "4.推行包容审慎监管。（牵头单位：县司法局；责任单位：县直行政执法部门）",
            "5.推进一流专业建设。责任部门：本科教学办公室　协同部门：各系",
            "6.落实财政投入。（县级以上财政部门负责）");
        Assert.Equal(new[] { "县职业中专" }, plan.Leads("1."));
        Assert.Equal(new[] { "县第一中学" }, plan.Leads("2."));
        Assert.Equal(new[] { "湖贝社区", "东门社区" }, plan.Supports("3."));
        Assert.Equal(new[] { "县直行政执法部门" }, plan.Supports("4."));
        Assert.Contains(plan.Model.Units, u => u.Id == "县直行政执法部门" && u.Kind == UnitModelKind.Group);
        Assert.Equal(new[] { "各系" }, plan.Supports("5."));

        // Every government's department of a kind is none the document names.
        Assert.Empty(plan.Leads("6."));
    }

    [Fact]
    public void A_unit_heading_whose_task_names_the_same_body_again_still_heads_the_others()
    {
        var plan = Import(
            "××县2020年《政府工作报告》重点任务分工",
            "一、县农业农村局",
            "1.新建高标准农田3万亩。",
            "2.推进农村人居环境整治。（县农业农村局牵头，各乡镇人民政府负责落实）",
            "二、县教育局",
            "3.新建改扩建中小学校4所。",
            "4.做好中考组织工作。（县委宣传部牵头）");
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports("2."));

        // Another body named under the heading: the heading is what the work is about.
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void Support_verbs_with_their_work_and_groups_named_by_a_label_support()
    {
        var plan = Import(
            "某市2024年工作要点",
            "1.实施人才强企工程。引进高层次人才30名，由人力资源部负责，各二级单位配合实施。",
            "2.开展职业技能提升行动。职业能力建设科主抓，市就业训练中心具体承办。",
            "3.办好十件民生实事。市政府办公室牵头抓总，各责任单位具体落实。");
        Assert.Equal(new[] { "人力资源部" }, plan.Leads("1."));
        Assert.Equal(new[] { "各二级单位" }, plan.Supports("1."));
        Assert.Equal(new[] { "职业能力建设科" }, plan.Leads("2."));
        Assert.Equal(new[] { "市就业训练中心" }, plan.Supports("2."));
        Assert.Equal(new[] { "市政府办公室" }, plan.Leads("3."));
        Assert.Equal(new[] { "各责任单位" }, plan.Supports("3."));
    }
}
