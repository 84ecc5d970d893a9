using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Role words that party and company plans use and the hostile65 set found unread or misread: 主责/协责, 归口部门 and a
/// name marked （归口）, 负主体责任, a lead whose bracket names who does the details (X牵头（Y具体负责）), and a field whose
/// label the importer does not know, whose names must not take the role of the field before it. Invented lines.
/// </summary>
public class RoleWordsOfPartyAndCompanyPlansTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Xieze_names_the_supports_beside_the_zhuze_lead()
    {
        var plan = Import(
            "一、加强党的政治建设",
            "1.深化理论学习。开展专题读书班2期。（主责：市委宣传部（市新闻出版局）；协责：市委党校、市直机关工委）",
            "2.深化政治巡察。完成常规巡察20个。（主责：市委巡察办；协责：市纪委监委、市委组织部、市审计局）");
        Assert.Equal(new[] { "市委宣传部（市新闻出版局）" }, plan.Leads("1."));
        Assert.Equal(new[] { "市委党校", "市直机关工委" }, plan.Supports("1."));
        Assert.Equal(new[] { "市委巡察办" }, plan.Leads("2."));
        Assert.Equal(new[] { "市纪委监委", "市委组织部", "市审计局" }, plan.Supports("2."));
    }

    [Fact]
    public void A_field_with_a_label_no_role_word_names_gives_its_names_no_role()
    {
        // Before, the names after 联络单位： and 参谋： were read as more leads of the field before them.
        var plan = Import(
            "一、任务",
            "1.深化政治巡察。完成巡察。（主责：市委巡察办；参谋：市纪委监委、市委组织部）",
            "2.加强建设。完成。（牵头单位：市委组织部；联络单位：市委党校、市财政局）",
            "3.推进工作。完成。（牵头单位：市委办公室；其中：市委督查室负责督办）");
        Assert.Equal(new[] { "市委巡察办" }, plan.Leads("1."));
        Assert.Empty(plan.Supports("1."));
        Assert.Equal(new[] { "市委组织部" }, plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("联络单位：市委党校、市财政局"));
        Assert.Equal(new[] { "市委办公室" }, plan.Leads("3."));
    }

    [Fact]
    public void Guikou_marks_the_department_a_company_plan_gives_the_matter_to()
    {
        var plan = Import(
            "1.深化三项制度改革。",
            "归口部门：人力资源部　协同部门：党委组织部、各子公司　分管领导：王建国",
            "2.推进节能降碳。",
            "责任部门：安全环保部（归口）、生产技术部（归口）、财务资产部",
            "3.加强科技创新。",
            "责任部门：人力资源部、科技创新部（归口）");
        Assert.Equal(new[] { "人力资源部" }, plan.Leads("1."));
        Assert.Equal(new[] { "党委组织部", "各子公司" }, plan.Supports("1."));
        Assert.Equal(new[] { "安全环保部", "生产技术部" }, plan.Leads("2."));
        Assert.Equal(new[] { "财务资产部" }, plan.Supports("2."));
        Assert.Equal(new[] { "科技创新部" }, plan.Leads("3."));
        Assert.Equal(new[] { "人力资源部" }, plan.Supports("3."));
        Assert.DoesNotContain("王建国", string.Join(",", plan.Leads("1.")));
    }

    [Fact]
    public void A_lead_keeps_the_work_whose_details_its_bracket_gives_to_another_body()
    {
        var plan = Import(
            "第5条　保护历史文化风貌",
            "　　①对整治区内传统村落开展调查建档。",
            "　　县文化广电旅游体育局牵头（县文物保护中心具体负责），县住房和城乡建设局参与。",
            "第10条　保障群众合法权益",
            "　　各乡镇人民政府负主体责任，县自然资源局、县司法局给予指导。");
        Assert.Equal(new[] { "县文化广电旅游体育局" }, plan.Leads("第5条"));
        Assert.Contains("县文物保护中心", plan.Supports("第5条"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("第10条"));
        Assert.Empty(plan.Supports("第10条"));
    }

    [Fact]
    public void A_bracket_after_a_lead_word_that_names_no_single_body_before_it_is_read_as_before()
    {
        // 由各地牵头（县住建局负责指导）: no one body before 牵头, so the bracket's own reading stands.
        var plan = Import("一、任务", "1.推进改造。由各乡镇牵头（县住建局负责）。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("1."));
    }

    [Fact]
    public void A_directive_before_the_roles_is_no_body()
    {
        // hostile66 W6: 压实乡镇主责 read 压实乡镇 as a body that leads.
        var plan = Import("一、任务", "1.加强基层治理。压实乡镇主责，县民政局牵头，县司法局配合。");
        Assert.Equal(new[] { "县民政局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县司法局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_field_that_names_no_body_beside_known_fields_leaves_them_read()
    {
        // Review of 0309764: 进度：, 工作要求： after two known fields made the whole line unread.
        var plan = Import(
            "一、重点任务",
            "1.推进数字政府。牵头单位：县大数据局；配合单位：县财政局；进度：按季度推进。",
            "2.推进数字政府。牵头单位：县大数据局；配合单位：县财政局；工作要求：按季度推进。");
        Assert.Equal(new[] { "县大数据局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县大数据局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("2."));
    }
}
