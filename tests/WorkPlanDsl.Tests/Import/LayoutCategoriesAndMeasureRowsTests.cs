using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables printed to PDF from a spreadsheet and read back with <c>pdftotext -layout</c>, in the shapes hostile101
/// and hostile103 showed (Evaluation/README.md): rows under a 类别 cell merged down over them whose words the converter
/// spreads over several rows; a 序号 split over the header's lines (序 / 号); several measure rows under one merged 序号
/// with no blank line between rows; a note under the table naming who checks the work.
/// </summary>
public class LayoutCategoriesAndMeasureRowsTests
{
    private static string Lay(int[] at, params string?[][] lines) => LaidOutText.ByCharacters(at, lines);

    private static readonly string[] Blank = { "", "", "", "", "", "", "" };

    [Fact]
    public void Rows_under_a_merged_category_whose_words_are_spread_over_them_are_one_section()
    {
        // The category's words stand on the rows they are centred on (一、确保 / 粮食安全 beside 2, over 1–3): before, each
        // row with a piece of them opened a section of its own (确保 / 粮食安全, 巩固 / 脱贫成果).
        int[] at = { 0, 6, 11, 20, 34, 44, 56 };
        var text = "某县2024年乡村振兴重点任务责任分解表\n\n" + Lay(at,
            new[] { "类别", "序号", "工作任务", "工作措施", "牵头单位", "配合单位", "完成时限" },
            Blank,
            new[] { "", "", "", "全年粮食播种面积", "", "县发展和改革局", "2024年" },
            new[] { "", "1", "稳定粮食生产", "稳定在52万亩以", "县农业农村局", "", "10月底" },
            new[] { "", "", "", "上。", "", "", "" },
            Blank,
            new[] { "一、确保", "", "", "新建高标准农田", "", "县财政局、", "2024年" },
            new[] { "粮食安全", "2", "建设高标准农田", "3.5万亩。", "县农业农村局", "县水利局", "12月底" },
            Blank,
            new[] { "", "", "", "严格耕地保护党政", "", "各乡镇人民政府", "长期坚持" },
            new[] { "", "3", "严格耕地保护", "同责。", "县自然资源局", "", "" },
            Blank,
            new[] { "", "", "", "健全防止返贫监测", "", "县民政局", "2024年" },
            new[] { "二、巩固", "4", "健全返贫监测", "帮扶机制。", "县乡村振兴局", "", "12月底" },
            Blank,
            new[] { "脱贫成果", "", "", "加大衔接资金投入", "", "县农业农村局", "2024年" },
            new[] { "", "5", "加大衔接资金", "力度。", "县财政局", "", "12月底" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "确保粮食安全", "巩固脱贫成果" }, plan.Model.Sections.Select(s => s.Title).ToArray());
        var sections = plan.Model.Sections.Select(s => s.Id).ToArray();
        Assert.Equal(new[] { sections[0], sections[0], sections[0], sections[1], sections[1] }, plan.Tasks.Select(t => t.SectionId).ToArray());
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局", "县水利局" }, plan.Supports("2"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县财政局" }, plan.Leads("5"));
    }

    [Fact]
    public void Categories_printed_beside_the_first_row_of_their_group_keep_the_rows_below_them()
    {
        // Near miss, found by re-reading: a table that centres its 序号 but prints each category whole beside its group's
        // first row. Read as centred words, 一、粮食安全 covered its own row only and rows 2 and 3 went to 二、脱贫成果.
        int[] at = { 0, 8, 13, 27, 41, 55 };
        var lines = new System.Collections.Generic.List<string?[]> { new[] { "类别", "序号", "工作任务", "牵头单位", "配合单位", "完成时限" }, Blank };
        foreach (var (category, number, task, lead) in new[]
        {
            ("一、粮食安全", "1", "稳定粮食生产", "县农业农村局"), ("", "2", "建设高标准农田", "县农业农村局"), ("", "3", "严格耕地保护", "县自然资源局"),
            ("二、脱贫成果", "4", "健全返贫监测", "县乡村振兴局"), ("", "5", "加大衔接资金", "县财政局"),
        })
        {
            lines.Add(new[] { "", "", "加快推进" + task, "", "", "" });
            lines.Add(new[] { category, number, "落实各项措施。", lead, "县发改局", "12月底" });
            lines.Add(new[] { "", "", "确保见效。", "", "", "" });
            lines.Add(Blank);
        }

        var plan = ImportedModel.From("某县任务分解表\n\n" + Lay(at, lines.ToArray()));

        Assert.Equal(new[] { "粮食安全", "脱贫成果" }, plan.Model.Sections.Select(s => s.Title).ToArray());
        var sections = plan.Model.Sections.Select(s => s.Id).ToArray();
        Assert.Equal(new[] { sections[0], sections[0], sections[0], sections[1], sections[1] }, plan.Tasks.Select(t => t.SectionId).ToArray());
    }

    [Fact]
    public void A_note_under_the_table_naming_who_checks_the_work_leads_no_section()
    {
        // Before, 2.县委农办会同县委督查室… under the table made 县委农办 the lead of the last category's section, and so of
        // every task in it whose units were not read.
        int[] at = { 0, 6, 11, 20, 34, 44, 56 };
        var text = "某县2024年乡村振兴重点任务责任分解表\n\n" + Lay(at,
            new[] { "类别", "序号", "工作任务", "工作措施", "牵头单位", "配合单位", "完成时限" },
            Blank,
            new[] { "一、强化", "", "", "健全防止返贫监测", "", "县民政局", "2024年" },
            new[] { "组织保障", "1", "健全返贫监测", "帮扶机制。", "县乡村振兴局", "", "12月底" },
            Blank,
            new[] { "", "", "", "推广积分制、清单制", "", "", "2024年" },
            new[] { "", "2", "提升治理效能", "。", "", "", "12月底" })
            + "说明：1.各牵头单位要会同配合单位制定具体推进方案，于3月底前报县委农办。\n"
            + "2.县委农村工作领导小组办公室会同县委县政府督查室，每半年对任务落实情况开展一次专项督查。\n";
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县乡村振兴局" }, plan.Leads("1"));
        Assert.Empty(plan.Leads("2"));
        Assert.All(plan.Model.Sections, s => Assert.True(s.Declared.Leads.IsEmpty));
    }

    [Fact]
    public void A_note_under_a_text_task_adds_no_lead_to_it()
    {
        var text = "某区2024年营商环境工作要点\n\n一、重点任务\n"
            + "（一）深化审批制度改革。推行并联审批。（牵头单位：区行政审批局）\n"
            + "（二）加强政务数据共享。（牵头单位：区大数据中心）\n"
            + "说明：1.各牵头单位要会同配合单位细化措施。\n"
            + "2.区委办公室会同区政府督查室每季度开展督查。\n";
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "区大数据中心" }, plan.Leads("（二）"));
    }

    [Fact]
    public void A_number_split_over_the_header_s_lines_and_a_page_s_number_keep_the_table()
    {
        // 序 over the header's line and 号 under it: before, the header was read from its middle line without a 序号
        // column. The page's number under the rows (第1页共2页) stands at no column's edge: before, it tied with the
        // leads' edges and, the leftmost, cut the measures' words.
        int[] at = { 0, 4, 16, 30, 40, 56 };
        var text = "附件\n\n          某县安全生产重点任务推进表\n\n" + Lay(at,
            new[] { "序", "", "", "", "", "" },
            new[] { "", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限" },
            new[] { "号", "", "", "", "", "" },
            new[] { "", "", "", "", "", "" },
            new[] { "1", "压实安全责任", "制定安全生产职责清单。", "县安委办", "县委组织部、", "2025年3月" },
            new[] { "", "", "", "", "县直有关", "" },
            new[] { "", "", "", "", "部门", "" },
            new[] { "", "", "", "", "", "" },
            new[] { "2", "排查重大隐患", "开展全员自查自改建立隐患清单", "县应急管理局", "各乡镇人民政府", "2025年4月" })
            + "\n\n                        第1页共2页\n";
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县安委办" }, plan.Leads("1"));
        Assert.Equal(new[] { "县委组织部", "县直有关部门" }, plan.Supports("1"));
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("2"));
    }

    [Fact]
    public void Measure_rows_under_a_centred_merged_number_with_no_blank_line_go_to_the_number_they_centre_on()
    {
        // A spreadsheet centres each 序号 over its measure rows and prints no blank line between rows: a measure's
        // lines are apart where the cell beside is taller. Before, the rows were cut whole and each task took the first
        // measure of the next, with its lead.
        int[] at = { 0, 5, 17, 37, 49, 63 };
        var text = "某市数字经济重点任务分解表\n\n" + Lay(at,
            new[] { "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限" },
            new[] { "", "推进智慧交通", "建设城市交通大脑，重点", "市公安局", "市交通运输局", "2026年底" },
            new[] { "", "", "路口改造率达到80%。", "", "", "" },
            new[] { "9", "和智慧物流", "", "", "", "" },
            new[] { "", "", "建设智慧物流园区3个。", "市交通运输局", "市商务局", "2027年底" },
            new[] { "", "", "推动平台互联互通。", "", "", "" },
            new[] { "", "", "深化一网通办，全程网办", "市政务服务", "市数据局", "2025年底" },
            new[] { "", "", "率达到90%以上。", "管理局", "", "" },
            new[] { "", "建设整体智治", "推进一网统管，实现重点", "", "市城市管理局", "" },
            new[] { "10", "数字政府", "领域运行态势感知。", "市数据局", "", "2026年底" },
            new[] { "", "", "推进一网协同，实现机关", "", "", "" },
            new[] { "", "", "内部办事掌上办。", "市委办公室", "市政府办公室", "2025年底" },
            new[] { "", "", "推进协同办公平台建设。", "", "", "" },
            new[] { "", "", "推进智慧校园建设，达标", "市教育局", "市数据局", "2027年底" },
            new[] { "11", "发展数字社会", "率达到90%。", "", "", "" },
            new[] { "", "", "建设互联网医院10家。", "市卫生健康委员会", "市医疗保障局", "2026年底" });
        var plan = ImportedModel.From(text);

        Assert.Equal(new[] { "9", "10", "11" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市公安局", "市交通运输局" }, plan.Leads("9"));
        Assert.Equal(new[] { "市政务服务管理局", "市数据局", "市委办公室" }, plan.Leads("10"));
        Assert.Equal(new[] { "市教育局", "市卫生健康委员会" }, plan.Leads("11"));
        Assert.Equal(new[] { "市数据局", "市医疗保障局" }, plan.Supports("11"));
    }
}
