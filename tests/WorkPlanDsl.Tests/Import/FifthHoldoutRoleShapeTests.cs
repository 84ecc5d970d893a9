using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// The shapes the fifth holdout set (Evaluation/Holdout5, q02–q04, q09) found the recogniser missing or misreading:
/// where a unit's name starts in a sentence, roles written as sentences, label words, fields joined by /; invented lines.
/// </summary>
public class FifthHoldoutRoleShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Tasks_numbered_with_a_closing_parenthesis_only_are_found()
    {
        var plan = Import(
            "一、总体要求",
            "坚持系统治理，集中力量改善人居环境。",
            "二、重点任务",
            "1）整治背街小巷。全面清理积存垃圾。（牵头单位：市城管局；配合单位：各区人民政府）",
            "2）修复破损道路。对城区道路进行排查修复。（市住建局负责）",
            "三、强化保障",
            "1) 加强督查考核。建立月通报机制。（市政府督查室负责）");
        Assert.Equal(new[] { "1）", "2）", "1)" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市城管局" }, plan.Names(plan.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "市政府督查室" }, plan.Names(plan.Tasks.Last().InEffect.Leads));
    }

    [Fact]
    public void A_units_name_starts_after_the_by_that_brings_it_in()
    {
        // 由 brings in who does the work: 明确 and 此项工作 before it are the sentence's head, not the name.
        var plan = Import(
            "一、任务",
            "1.规范招标投标。推行全流程电子化。明确由市公共资源交易中心牵头负责，市财政局、市住建局配合。",
            "2.鼓励企业上规。给予一次性奖励。此项工作由市工业和信息化局牵头，市统计局参与。",
            "3.扩大对外开放。推进制度创新。具体由自由贸易试验区管委会负责。");
        Assert.Equal(new[] { "市公共资源交易中心" }, plan.Leads("1."));
        Assert.Equal(new[] { "市财政局", "市住建局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市统计局" }, plan.Supports("2."));
        Assert.Equal(new[] { "自由贸易试验区管委会" }, plan.Leads("3."));
    }

    [Theory]
    [InlineData("明确由区公共资源交易中心", false)]
    [InlineData("此项工作由区工业和信息化局", false)]
    [InlineData("明确区公共资源交易中心", false)]
    [InlineData("该中心", false)]
    [InlineData("分管副市长王文科", false)]
    [InlineData("市政府副秘书长张建华", false)]
    [InlineData("自由贸易试验区管委会", true)]
    [InlineData("湖南省长沙市人民政府", true)]
    [InlineData("市长热线办公室", true)]
    [InlineData("华能青川电厂", true)]
    [InlineData("中国银行长沙分行", true)]
    [InlineData("水利部长江委", true)]
    [InlineData("以市发展改革委", false)]
    [InlineData("电厂", false)]
    public void A_unit_name_holds_no_sentence_head_and_no_person(string name, bool isUnit)
        => Assert.Equal(isUnit, WorkPlanDsl.Import.Reading.UnitShape.IsOrganisation(name));

    [Fact]
    public void Words_that_start_a_sentence_never_start_a_lead()
    {
        var plan = Import(
            "一、任务",
            "1.规范招标投标。推行全流程电子化。明确市公共资源交易中心牵头负责，市财政局配合。");
        Assert.Empty(plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("明确", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_slash_before_a_label_ends_a_field()
    {
        var plan = Import(
            "一、任务",
            "1.做好重要用户供电保障。督促配齐应急电源。（牵头部门：国网某市供电公司/配合部门：市卫生健康委、市水务局）",
            "2.规范中介服务。动态调整清单。（主责单位：市发展改革委/配合单位：市市场监管局/完成时限：2025年9月底）");
        Assert.Equal(new[] { "国网某市供电公司" }, plan.Leads("1."));
        Assert.Equal(new[] { "市卫生健康委", "市水务局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市市场监管局" }, plan.Supports("2."));
        Assert.Equal("2025年9月底", plan.Task("2.").Declared.Due!.Text);
    }

    [Fact]
    public void First_responsible_leads_and_units_that_undertake_are_accountable()
    {
        var plan = Import(
            "一、任务",
            "1.降低用能成本。推行联合报装。（第一责任单位：市发展改革委；责任单位：国网某市供电公司、市水务集团有限公司）",
            "2.推行标准地出让。全面实行标准地。（承担单位：市自然资源和规划局）",
            "3.健全沟通机制。定期举办早餐会。（承担单位：市工商联、市工业和信息化局）");
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "国网某市供电公司", "市水务集团有限公司" }, plan.Supports("1."));
        Assert.DoesNotContain("# review: lead 市发展改革委", plan.Result.Plan);
        Assert.Equal(new[] { "市自然资源和规划局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市工商联" }, plan.Leads("3."));
        Assert.Contains("# review: lead 市工商联 is the first listed", plan.Result.Plan);
    }

    [Fact]
    public void A_deadline_first_in_the_bracket_is_the_time_not_a_unit()
    {
        var plan = Import(
            "一、任务",
            "1.整治背街小巷。全面清理积存垃圾。（2024年6月底前完成；牵头单位：市城管局；配合单位：市住建局）",
            "2.推进厕所革命。新建户用厕所3800户。（2024年10月底前完成。牵头单位：市农业农村局。配合单位：市卫健委）",
            "3.管控工地扬尘。建立监管平台。（长期坚持，市住建局负责）",
            "4.强化督查考核。建立月督查机制。（每季度开展一次，市政府督查室负责）",
            "5.开展村庄清洁行动。引导群众参与。（长期坚持，各区人民政府负责，市农业农村局指导）");
        Assert.Equal(new[] { "市城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市住建局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市卫健委" }, plan.Supports("2."));
        Assert.Equal(new[] { "市住建局" }, plan.Leads("3."));
        Assert.Equal(new[] { "市政府督查室" }, plan.Leads("4."));
        Assert.Equal(new[] { "各区人民政府" }, plan.Leads("5."));
        Assert.Empty(plan.Supports("5."));
        Assert.DoesNotContain("does not look like an organisation", plan.Result.Plan);
    }

    [Fact]
    public void A_label_after_wei_gives_the_names_before_it_their_role()
    {
        var plan = Import(
            "一、任务",
            "1.破除准入壁垒。清理妨碍公平竞争的规定。区发展改革局为牵头单位，区市场监管局、区行政审批局为配合单位。",
            "2.开拓市场。按展位费的70%给予补贴。区商务局为责任单位。",
            "3.加强用地保障。拓展发展空间。各街道办事处为责任主体，区自然资源局负责指导。",
            "4.建设为民服务平台。市为民服务中心作为牵头单位，各区配合。",
            "5.完善协调机制。确定市发展改革委为牵头单位，市财政局为配合单位。");
        Assert.Equal(new[] { "区发展改革局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区市场监管局", "区行政审批局" }, plan.Supports("1."));
        Assert.Equal(new[] { "区商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Leads("3."));
        Assert.Empty(plan.Supports("3."));
        Assert.Equal(new[] { "市为民服务中心" }, plan.Leads("4."));
        Assert.Equal(new[] { "各区" }, plan.Supports("4."));

        // 确定 puts the body in its role; it is no part of the name, so the sentence gives no lead rather than a wrong one.
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("确定", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Roles_in_the_sentence_before_a_bracket_that_says_only_when_are_read()
    {
        var plan = Import(
            "一、任务",
            "1.治理噪声扰民。严查夜间违规施工。市生态环境局为牵头单位，市公安局为配合单位。（长期坚持）",
            "2.治理生活污水。新增治理行政村40个。明确由市生态环境局牵头负责，市水务局配合，各区人民政府抓好落实。（2024年12月底前完成）");
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("2."));
        Assert.Equal(new[] { "市水务局", "各区人民政府" }, plan.Supports("2."));
    }

    [Fact]
    public void Units_as_subjects_of_a_closing_sentence_lead_by_qiantou_and_support_otherwise()
    {
        var plan = Import(
            "一、任务",
            "1.健全响应机制。建立接诉即办机制。区工商联要牵头建立问题交办机制，区政务服务中心要做好平台运行和技术保障。",
            "2.保护合法权益。依法慎用强制措施。区委政法委要牵头完善协调机制，区人民法院、区人民检察院要依法平等保护产权。",
            "3.加强河湖管护。全面落实河湖长制。各地要结合实际细化措施，市水务局要牵头做好日常工作。",
            "4.做好经费保障。统筹安排资金。市财政局要做好经费保障，市审计局要加强审计监督。");
        Assert.Equal(new[] { "区工商联" }, plan.Leads("1."));
        Assert.Equal(new[] { "区政务服务中心" }, plan.Supports("1."));
        Assert.Equal(new[] { "区委政法委" }, plan.Leads("2."));
        Assert.Equal(new[] { "区人民法院", "区人民检察院" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void Organising_the_implementation_is_being_accountable()
    {
        var plan = Import(
            "一、任务",
            "1.建设创新平台。对新认定的企业技术中心给予奖励。由区科技局会同区工业和信息化局组织实施。");
        Assert.Equal(new[] { "区科技局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区工业和信息化局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_person_with_a_post_in_a_unit_list_is_never_a_unit()
    {
        // 王文科 ends in 科 and 张建华 in nothing a body ends in: the post before the name says a person.
        var plan = Import(
            "一、任务",
            "1.加强电煤储备。建立运输绿色通道。（牵头单位：分管副市长王文科、市发展改革委；配合单位：市交通运输局、市政府副秘书长张建华）",
            "2.提升顶峰发电能力。督促机组稳发满发。（牵头部门：市发展改革委；责任单位：青川发电有限责任公司、华能青川电厂）");
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市交通运输局" }, plan.Supports("1."));
        Assert.Equal(new[] { "青川发电有限责任公司", "华能青川电厂" }, plan.Supports("2."));
    }

    [Fact]
    public void Articles_where_the_document_speaks_of_itself_are_not_tasks()
    {
        var plan = Import(
            "某区支持民营经济发展若干措施",
            "一、总则",
            "第一条　为优化民营经济发展环境，结合我区实际，制定本措施。",
            "二、措施",
            "第二条　破除准入壁垒。清理妨碍公平竞争的规定。区发展改革局负责。",
            "第三条　支持技术改造。按设备投资额的8%给予补助。区工业和信息化局负责。",
            "三、附则",
            "第四条　本措施自2024年6月20日起施行，有效期3年。本措施由区发展改革局负责解释。");
        Assert.Equal(new[] { "第二条", "第三条" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("本措施由区发展改革局负责解释", plan.Words());
    }
}
