using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Word footnotes flattened to text: the notes under a page's rule are the words of the paragraphs carrying their marks,
/// not of the last paragraph above the rule; notes that do not all find their one mark stay where they are.
/// </summary>
public class FootnoteRoleTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Each_note_under_the_rule_is_the_role_of_the_paragraph_with_its_mark()
    {
        var plan = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区[1]。完成改造12个。",
            "　　（二）新增停车泊位[2]。新增泊位600个[3]。",
            "　　（三）建设口袋公园[4]。建成8个。",
            "——————————",
            "[1] 责任单位：县住建局（牵头），县财政局。",
            "[2] 县公安局交警大队负责，县城管局配合。",
            "[3] 统计口径：县统计局年报。",
            "[4] 由县园林中心负责。",
            "— 1 —",
            "　　（四）开展送戏下乡[5]。全年演出60场。",
            "——————————",
            "［5］县文旅局牵头，各乡镇配合。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县公安局交警大队" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县城管局" }, plan.Supports("（二）"));
        Assert.Equal(new[] { "县园林中心" }, plan.Leads("（三）"));
        Assert.Empty(plan.Supports("（三）"));
        Assert.Equal(new[] { "县文旅局" }, plan.Leads("（四）"));
    }

    [Fact]
    public void A_note_whose_mark_stands_twice_or_nowhere_leaves_the_page_as_printed()
    {
        // [2] is marked on two paragraphs: which one it is the note of the text does not say; nothing is moved.
        var twice = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区[1]。完成改造12个。（县住建局负责）",
            "　　（二）新增停车泊位[2]。新增泊位600个[2]。（县城管局负责）",
            "——————————",
            "[1] 县财政局负责。",
            "[2] 县公安局负责。");
        Assert.Equal(new[] { "县住建局" }, twice.Leads("（一）"));
        Assert.DoesNotContain("县财政局", twice.Leads("（一）"));

        // A list of references after the plan: no line carries the marks, so none is any paragraph's note.
        var references = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区。完成改造12个。（县住建局负责）",
            "——————————",
            "[1] 县政府办公室关于老旧小区改造的通知。",
            "[2] 县财政局关于资金管理的办法。");
        Assert.Equal(new[] { "县住建局" }, references.Leads("（一）"));
        Assert.Empty(references.Supports("（一）"));
    }

    [Fact]
    public void Marks_without_a_rule_over_their_notes_are_not_moved()
    {
        var plan = Import(
            "某县2025年为民办实事方案",
            "　　（一）改造老旧小区[1]。完成改造12个。（县住建局负责）",
            "　　（二）新增停车泊位。新增泊位600个。",
            "[1] 县财政局负责。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("（一）"));
        Assert.DoesNotContain("县财政局", plan.Leads("（一）"));
    }
}
