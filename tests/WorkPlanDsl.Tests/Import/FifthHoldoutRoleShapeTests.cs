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

}
