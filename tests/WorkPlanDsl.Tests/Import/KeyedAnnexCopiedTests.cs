using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// An annex 任务分工 table keyed by the body's numbers rather than by a 序号 of its own (条目 | 主要内容 | 牵头单位 |
/// 配合单位 | 完成时限, rows （一）, 3、5, 6—7), copied out one cell a line: each row runs from its key to the next, a blank
/// line inside it an empty cell; its short words restate the body and make no tasks; a key in the numbering of the
/// body's sections stands for every task of that section. A row whose key names no task exactly gives nothing.
/// </summary>
public class KeyedAnnexCopiedTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    // Seven tasks numbered through three （一） sections; the annex comes after the body's closing part.
    private static readonly string[] Body =
    {
        "某县推进全民健身设施建设实施方案",
        "一、工作目标",
        "到2025年底，全县人均体育场地面积达到2.6平方米。",
        "二、主要任务",
        "（一）完善健身设施网络",
        "1.建设体育公园。每个乡镇建设1处体育公园。",
        "2.建设社区健身中心。利用闲置厂房改建社区健身中心。",
        "（二）丰富赛事活动",
        "3.举办全民健身运动会。每两年举办一届县级运动会。",
        "4.培育品牌赛事。打造山地自行车赛等品牌赛事。",
        "5.推动体教融合。开展青少年体育训练营。",
        "（三）加强要素保障",
        "6.落实用地保障。将健身设施纳入国土空间规划。",
        "7.落实资金保障。统筹体育彩票公益金支持设施建设。",
        "三、组织实施",
        "各牵头单位要按照附件分工抓好落实。",
        "附件",
        "重点任务分工",
    };

    private static readonly string[] Header = { "条目", "主要内容", "牵头单位", "配合单位", "完成时限" };

    private static ImportedModel WithAnnex(params string[] rows) => Import(Body.Concat(Header).Concat(rows).ToArray());

    [Fact]
    public void A_copied_annex_keyed_by_the_bodys_numbers_gives_each_task_its_rows_units()
    {
        var plan = WithAnnex(
            "（一）", "健身设施网络", "县文化和旅游体育局", "县住房和城乡建设局、县自然资源局", "2025年12月",
            "3、5", "运动会、体教融合", "县文化和旅游体育局", "县教育局", "持续推进",
            "4", "品牌赛事", "县体育总会", "", "持续推进",
            "6—7", "要素保障", "县财政局", "县自然资源局", "2025年12月");

        // The annex's words are the body's said short: no task of their own.
        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "5.", "6.", "7." }, plan.Tasks.Select(t => t.Label).ToArray());

        // （一） stands for the tasks of the section so numbered.
        foreach (var task in new[] { "1.", "2." })
        {
            Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads(task));
            Assert.Equal(new[] { "县住房和城乡建设局", "县自然资源局" }, plan.Supports(task));
        }

        Assert.Equal(new[] { "县教育局" }, plan.Supports("3."));
        Assert.Equal(new[] { "县教育局" }, plan.Supports("5."));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("6."));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("7."));

        // The blank line is row 4's empty 配合单位, not the start of its 完成时限's row.
        Assert.Equal(new[] { "县体育总会" }, plan.Leads("4."));
        Assert.Empty(plan.Supports("4."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("cannot be told apart"));
    }

    [Fact]
    public void A_task_in_no_row_has_no_lead_and_a_task_naming_its_own_lead_keeps_it()
    {
        var body = Body.Select(l => l.StartsWith("4.", System.StringComparison.Ordinal) ? "4.培育品牌赛事。打造山地自行车赛等品牌赛事。（县体育总会负责）" : l);
        var plan = Import(body.Concat(Header).Concat(new[]
        {
            "（二）", "丰富赛事活动", "县文化和旅游体育局", "县教育局", "持续推进",
            "6", "用地保障", "县自然资源局", "县住房和城乡建设局", "2025年12月",
        }).ToArray());

        Assert.Equal(new[] { "县体育总会" }, plan.Leads("4."));
        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads("3."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("6."));
        Assert.Empty(plan.Leads("7."));
        Assert.Empty(plan.Leads("1."));
    }

    [Fact]
    public void A_key_that_names_no_task_exactly_gives_nothing()
    {
        var plan = WithAnnex(
            "1—2", "健身设施网络", "县文化和旅游体育局", "县住房和城乡建设局", "2025年12月",
            "6—9", "要素保障", "县财政局", "县自然资源局", "2025年12月",
            "3", "全民健身运动会", "县文化和旅游体育局", "县教育局", "持续推进");

        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads("3."));

        // There is no task 8 or 9: the row cannot say which tasks it is about, so 6 and 7 are not given its units.
        Assert.Empty(plan.Leads("6."));
        Assert.Empty(plan.Leads("7."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("6—9") && n.Message.Contains("names no task"));
    }

    [Fact]
    public void A_section_key_where_the_sections_are_numbered_otherwise_gives_nothing()
    {
        // The body's sections are 一、二、 over tasks 1.–4.; no heading is numbered （一）.
        var plan = Import(new[]
        {
            "某县推进全民健身设施建设实施方案",
            "一、完善健身设施网络",
            "1.建设体育公园。每个乡镇建设1处体育公园。",
            "2.建设社区健身中心。利用闲置厂房改建社区健身中心。",
            "二、丰富赛事活动",
            "3.举办全民健身运动会。每两年举办一届县级运动会。",
            "4.培育品牌赛事。打造山地自行车赛等品牌赛事。",
            "附件",
            "重点任务分工",
        }.Concat(Header).Concat(new[]
        {
            "（一）", "健身设施网络", "县文化和旅游体育局", "县住房和城乡建设局", "2025年12月",
            "（二）", "丰富赛事活动", "县教育局", "县体育总会", "持续推进",
        }).ToArray());

        Assert.Empty(plan.Tasks.Where(t => t.Label is "1." or "2." or "3." or "4.").SelectMany(t => t.InEffect.Leads));
    }

    [Fact]
    public void A_table_keyed_by_sections_alone_names_a_sections_tasks_where_its_words_restate_the_heading()
    {
        var plan = Import(Body.Concat(new[]
        {
            "条目 | 主要内容 | 牵头单位 | 配合单位",
            "（二） | 丰富赛事活动 | 县文化和旅游体育局 | 县教育局",
            "（三） | 健身步道 | 县自然资源局 | 县财政局",
        }).ToArray());

        foreach (var task in new[] { "3.", "4.", "5." })
        {
            Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads(task));
        }

        // 健身步道 is no heading's words, and no row keys a task by its own number: （三） is not taken on trust.
        Assert.Empty(plan.Leads("6."));
        Assert.Empty(plan.Leads("7."));
    }

    [Fact]
    public void A_table_of_numbers_alone_that_keys_tasks_and_sections_both_names_a_sections_tasks()
    {
        var plan = Import(Body.Concat(new[]
        {
            "任务序号 | 牵头单位 | 配合单位",
            "（一） | 县文化和旅游体育局 | 县住房和城乡建设局",
            "3—4 | 县教育局 | 县体育总会",
        }).ToArray());

        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("5."));
    }

    [Fact]
    public void A_dui_ying_ren_wu_column_of_keys_keys_the_rows_as_tiao_mu_does()
    {
        var plan = Import(Body.Concat(new[]
        {
            "对应任务 | 工作内容 | 牵头单位 | 配合单位",
            "第1项 | 体育公园 | 县住房和城乡建设局 | 各乡镇人民政府",
            "2、4 | 健身中心、品牌赛事 | 县文化和旅游体育局 | 县体育总会",
        }).ToArray());

        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "5.", "6.", "7." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Leads("4."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_copied_table_with_a_xu_hao_column_still_reads_its_rows_as_its_tasks()
    {
        var plan = Import(
            "某县2025年全民健身工作要点",
            "附件",
            "序号", "主要内容", "牵头单位", "配合单位", "完成时限",
            "1", "建设体育公园", "县文化和旅游体育局", "县住房和城乡建设局", "2025年12月",
            "2", "举办全民健身运动会", "县教育局", "县体育总会", "持续推进",
            "3", "落实资金保障", "县财政局", "县文化和旅游体育局", "2025年12月");

        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "县教育局" }, plan.Leads(plan.Tasks.Single(t => t.Title.Contains("运动会")).Label!));
        Assert.Equal(new[] { "县文化和旅游体育局" }, plan.Supports(plan.Tasks.Single(t => t.Title.Contains("资金")).Label!));
    }

    [Fact]
    public void Key_lines_are_only_numbers_and_the_marks_between_them()
    {
        // 2025 is a year and 加强保障 a heading's words: neither starts a row, so the rows are not told apart and stay text.
        var plan = WithAnnex(
            "2025", "健身设施网络", "县文化和旅游体育局", "县住房和城乡建设局", "2025年12月",
            "（一）加强保障", "要素保障", "县财政局", "县自然资源局", "2025年12月");

        Assert.Equal(7, plan.Tasks.Count());
        Assert.Empty(plan.Tasks.SelectMany(t => t.InEffect.Leads));
    }
}
