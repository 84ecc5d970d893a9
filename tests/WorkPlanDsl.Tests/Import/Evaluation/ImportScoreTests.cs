using System;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>The score itself: matching by number, order and words; each figure counted as the README says.</summary>
public class ImportScoreTests
{
    private static readonly string Labels = string.Join("\n",
        "# two sections each numbered from 1.",
        "1. | 建设县级物流 | lead: 省商务厅 | support: 省财政厅",
        "2. | 改造乡镇商贸 | listed: 省商务厅, 省财政厅",
        "1. | 支持连锁企业 | no lead | guide: 省发展改革委",
        "2. | 发展农村电商 | lead: 省商务厅");

    private static ImportedTask Task(string label, string words, string leads, string supports = "")
        => new(label, words, Split(leads), Split(supports));

    private static string[] Split(string names) => names.Length == 0 ? Array.Empty<string>() : names.Split('、');

    [Fact]
    public void Repeated_numbers_are_matched_by_order_and_words()
    {
        var labels = LabelledTask.Parse(Labels, "test.labels");
        var score = ImportScore.Compare("test", new[]
        {
            Task("1.", "建设县级物流配送中心", "省商务厅", "省财政厅"),
            Task("（一）", "支持连锁企业布局县域", ""),
            Task("1.", "支持连锁企业布局县域", "省发展改革委"),
            Task("2.", "发展农村电商", "省商务厅、省农业农村厅"),
        }, labels);

        Assert.Equal(4, score.Labelled);
        Assert.Equal(3, score.Found);
        Assert.Null(score.Tasks[1].Found);
        Assert.Equal("支持连锁企业布局县域", score.Tasks[2].Found!.Words);
        Assert.Equal("1.", score.Tasks[2].Found!.Label);
        Assert.Single(score.Unmatched);
        Assert.Equal(1, score.LeadsRight(ListedUnits.FirstLeads));
        Assert.Equal(2, score.WrongLeads(ListedUnits.FirstLeads));
        Assert.Equal(1, score.InventedLeads);
        Assert.Equal(3, score.SupportsRight(ListedUnits.FirstLeads));
    }

    [Fact]
    public void A_label_may_be_matched_by_an_item_and_an_item_matched_by_none_is_no_extra_task()
    {
        var labels = LabelledTask.Parse(string.Join("\n",
            "２． | 专题论坛 | lead: 市大数据局",
            "① | 工业互联网论坛 | lead: 市经信局",
            "３． | 成果展览 | lead: 市商务局"), "test.labels");
        var score = ImportScore.Compare("test", new[]
        {
            Task("２．", "专题论坛工业互联网论坛数字政府论坛", "市大数据局"),
            new ImportedTask("①", "工业互联网论坛", Split("市经信局"), Array.Empty<string>(), IsItem: true),
            new ImportedTask("②", "数字政府论坛", Split("市大数据局"), Array.Empty<string>(), IsItem: true),
            Task("３．", "成果展览", "市商务局"),
        }, labels);

        Assert.Equal(3, score.Found);
        Assert.Equal(3, score.LeadsRight(ListedUnits.FirstLeads));
        Assert.Empty(score.Unmatched);
    }

    [Fact]
    public void Listed_units_lead_first_by_convention_or_all_as_co_leads()
    {
        var labels = LabelledTask.Parse(Labels, "test.labels");
        Assert.Equal(new[] { "省商务厅" }, labels[1].ExpectedLeads(ListedUnits.FirstLeads));
        Assert.Equal(new[] { "省财政厅" }, labels[1].ExpectedSupports(ListedUnits.FirstLeads));
        Assert.Equal(new[] { "省商务厅", "省财政厅" }, labels[1].ExpectedLeads(ListedUnits.AllLead));
        Assert.Empty(labels[1].ExpectedSupports(ListedUnits.AllLead));
        Assert.True(labels[2].HasNoLead);
    }

    [Fact]
    public void Full_width_and_bracketed_numbers_are_the_same_number()
    {
        Assert.Equal("3", ImportScore.CoreLabel("３．"));
        Assert.Equal("三", ImportScore.CoreLabel("（三）"));
        Assert.Equal("三", ImportScore.CoreLabel("三、"));
        Assert.Equal("十二", ImportScore.CoreLabel("(十二)"));
    }

    [Theory]
    [InlineData("1. | 建设 | support: 甲局")]
    [InlineData("1. | 建设 | lead: 甲局 | no lead")]
    [InlineData("1. | 建设 | lead: 甲局 | lead: 乙局")]
    [InlineData("1. | 建设 | leads: 甲局")]
    [InlineData("1. | lead: 甲局")]
    public void A_label_that_does_not_say_who_leads_is_refused(string line)
        => Assert.Throws<FormatException>(() => LabelledTask.Parse(line, "bad.labels"));

    [Fact]
    public void A_comment_after_a_task_is_no_part_of_its_fields()
    {
        var task = Assert.Single(LabelledTask.Parse("(一) | 重点防护林工程 | no lead   # 横溪 are places, not doers", "p.labels"));
        Assert.True(task.HasNoLead);
        Assert.Equal(new[] { "甲局" }, Assert.Single(LabelledTask.Parse("1. | 建设 | lead: 甲局\t# one lead", "p.labels")).Leads);
    }
}
