using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile96 blind set (plans printed to PDF and converted by pdftotext) found wrong: a closing list in a
/// smaller type set the wrap width, so no line was joined and names cut at a line's end became leads; a note's numbered
/// items under a table became the plan's task level; an annex keyed by 任务序号 (（一）) was no table; rows set about their
/// centred 序号 were cut inside a name. The cell-a-paragraph tables are in <see cref="ParagraphCellTableTests"/>.
/// </summary>
public class Hostile96ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_closing_list_in_smaller_type_does_not_set_the_width_the_body_wraps_at()
    {
        // Real plain pdftotext: the body wraps at 26–28 characters, the closing 本要点涉及单位 list in smaller type at 31;
        // no line was joined, and 各 / 县市区人民政府 and 市人力资源社 / 会保障局 gave leads cut in two.
        var plan = LaidOutText.Fixture("office-plain-closing-list-smaller-type.txt");
        string[] Leads(string title) => plan.Names(plan.Tasks.Single(t => t.Title.StartsWith(title, System.StringComparison.Ordinal)).InEffect.Leads);

        Assert.Equal(new[] { "各县市区人民政府" }, Leads("开发公益性岗位"));
        Assert.Equal(new[] { "市人力资源社会保障局" }, Leads("加强就业形势监测"));
        Assert.Equal(new[] { "中国人民银行榠江市分行" }, Leads("优化创业担保贷款服务"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id is "会保障局" or "县市区人民政府" or "业和信息化局");
        // The closing list names every body the plan concerns: no part's responsibility.
        Assert.DoesNotContain(plan.Tasks, t => plan.Names(t.InEffect.Leads).Contains("市工业和信息化局"));
    }

    [Theory]
    [InlineData("注：", "1.牵头单位栏列两个单位的，共同牵头。")]
    [InlineData("说明：1.牵头单位栏列两个单位的，共同牵头。", null)]
    public void A_notes_numbered_items_are_its_words_not_the_plans_tasks(string label, string? first)
    {
        var lines = new[]
        {
            "某市2025年养老服务实施方案",
            "一、完善基本养老服务制度",
            "（一）建立基本养老服务清单。动态调整市级基本养老服务清单。",
            "（二）开展老年人能力综合评估。统一评估标准和评估工具。",
            "二、组织保障",
            "建立联席会议制度。",
            label,
        }.Concat(first is null ? new string[0] : new[] { first })
            .Concat(new[] { "2.牵头单位栏空白的，由联席会议另行明确。", "3.任务序号对应实施方案正文中的任务编号。" });

        var plan = Import(lines.ToArray());

        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("牵头单位栏"));
    }

    [Fact]
    public void An_annex_table_keyed_by_the_bodys_task_numbers_gives_those_tasks_their_units()
    {
        // pdftotext -layout of an annex 任务序号 | 任务事项 | 牵头单位 | 配合单位 | 完成时限 whose rows name the body's （一）….
        var plan = Import(
            "某市2025年推进基本养老服务体系建设实施方案",
            "  一、完善基本养老服务制度",
            "  （一）建立基本养老服务清单。动态调整市级基本养老服务清单。",
            "  （二）开展老年人能力综合评估。统一评估标准和评估工具。",
            "  （三）健全特困老年人供养制度。提高供养标准。",
            "  二、组织保障",
            "  建立联席会议制度。",
            "",
            "附件",
            "                     重点任务分工表",
            "任务序号       任务事项             牵头单位       配合单位       完成时限",
            "（一）    建立基本养老服务清单       市民政局       市财政局       2025 年 6 月底前",
            "（二）    开展老年人能力综合评估     市民政局       市医保局       2025 年 9 月底前",
            "（三）    健全特困老年人供养制度     市民政局       市财政局       持续推进");

        Assert.Equal(new[] { "（一）", "（二）", "（三）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市民政局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市医保局" }, plan.Supports("（二）"));
        Assert.StartsWith("开展老年人能力综合评估", plan.Task("（二）").Title);
    }

    [Fact]
    public void A_table_keyed_by_task_numbers_with_no_column_of_words_still_names_which_tasks_a_row_is_about()
    {
        var plan = Import(
            "某区2025年督察整改三张清单",
            "一、任务清单",
            "1．整治建筑工地扬尘。落实六个百分百。",
            "2．整治道路扬尘。提高机扫率。",
            "3．整治餐饮油烟。安装油烟净化设施。",
            "二、责任清单",
            "任务序号\t牵头单位\t责任单位",
            "1—2\t区住房和城乡建设局\t各街道办事处",
            "3\t区城市管理局\t区市场监督管理局");

        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("1．"));
        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("2．"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("3．"));
    }

    [Fact]
    public void Rows_set_about_their_centred_number_are_not_cut_inside_a_cells_name_or_sentence()
    {
        // Calc prints a row's 序号 and deadline centred, between its lines; rows follow with no blank line between.
        var plan = Import(
            "某市2025年优化营商环境重点任务清单",
            "序号      工作任务                                        责任单位                         完成时限",
            "      深化一件事一次办改革，新增主题服务12项，实现线上一表 牵头：市政务服务管理局；配合：市市",
            " 1                                                                                2025年12月底前",
            "      申请。                                              场监管局",
            "      建设企业码，归集企业证照、信用、涉企补贴等数据       市大数据中心、市政务服务管理局、市发",
            " 2                                                                                2025年9月底前",
            "      ，实现一码通办。                                    展改革委",
            "      推动高频政务服务事项跨省通办，与长三角城市签订合作   牵头：市政务服务管理局；配合：各区人",
            "                                                                                  2025年12月底",
            " 3    协议不少于5个。                                     民政府",
            "                                                                                  前",
            "",
            "说明：责任单位栏未标明牵头、配合的，排在第一位的为牵头单位，其余为配合单位。");

        Assert.Equal(new[] { "市大数据中心" }, plan.Leads("2"));
        Assert.Equal(new[] { "市政务服务管理局", "市发展改革委" }, plan.Supports("2"));
        Assert.Equal(new[] { "市政务服务管理局" }, plan.Leads("3"));
        Assert.Equal(new[] { "各区人民政府" }, plan.Supports("3"));
        Assert.EndsWith("实现一码通办", plan.Task("2").Title);
    }
}
