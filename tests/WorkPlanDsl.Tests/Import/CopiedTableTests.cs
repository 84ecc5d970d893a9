using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Task tables copied out of a document as text: one cell per line, or one row per line.</summary>
public class CopiedTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void One_cell_per_line_under_header_lines_is_rebuilt_row_by_row()
    {
        var plan = Import(
            "2024年某区重点工作任务分工方案",
            "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限",
            "1", "推进城市更新", "完成老旧小区改造30个。", "区住建局", "区财政局、各街道", "2024年10月底前",
            "二、民生实事",
            "2", "新增托位", "全区新增托位400个。", "区卫健局", "各街道", "年底前",
            "3", "加强技能培训", "开展职业技能培训1万人次。", "区人社局", "区总工会", "12月底前");
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区财政局", "各街道" }, plan.Supports("1"));
        Assert.Equal(new[] { "区卫健局" }, plan.Leads("2"));
        Assert.Equal("年底前", plan.Task("2").Declared.Due!.Text);
        Assert.Equal(new[] { "区人社局" }, plan.Leads("3"));
        Assert.Equal("民生实事", Assert.Single(plan.Model.Sections).Title);
    }

    // A header and two rows copied a cell a line, before the last row each of the next tests prints its own way.
    private static readonly string[] TwoRowsCopied =
    {
        "某县2024年平安建设工作任务分工",
        "",
        "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
        "1", "推进综治中心规范化建设。", "县委政法委", "县民政局", "全年",
        "2", "深化矛盾纠纷多元化解。", "县司法局", "各乡镇（街道）", "全年",
    };

    [Fact]
    public void The_last_row_ends_at_the_blank_line_before_the_issuers_name_and_date()
    {
        var plan = Import(TwoRowsCopied.Concat(new[]
        {
            "3", "加强严重精神障碍患者服务管理。", "县卫生健康局", "县公安局", "2024年12月底前",
            "",
            "中共某县委平安建设领导小组办公室",
            "2024年3月5日",
        }).ToArray());

        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县公安局" }, plan.Supports("3"));
    }

    [Fact]
    public void A_last_row_whose_lines_run_on_without_a_blank_line_is_not_cut_at_its_width()
    {
        // The fourth line is the wrapped end of the task's words: without a blank line before the rest, nothing says
        // where the row's cells end, and the row is not read as if it did.
        var plan = Import(TwoRowsCopied.Concat(new[] { "3", "加强严重精神障碍患者服务管理，", "落实监护补助政策。", "县卫生健康局", "县公安局", "2024年12月底前" }).ToArray());

        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县公安局" }, plan.Supports("3"));
        Assert.Contains("落实监护补助政策", plan.Task("3").Title);
    }

    [Fact]
    public void Cells_wrapped_over_several_lines_are_joined_where_the_names_and_widths_show_the_wrap()
    {
        // Plain pdftotext: each cell on its own lines, wrapped at its column's width (任务 5 characters, 牵头 6, 配合 7).
        var plan = Import(
            "附件",
            "序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限",
            "1", "老旧小区改", "造", "改造老旧小区30个，惠及", "居民5000户", "区住房和城乡", "建设局", "区财政局", "2025年10月",
            "2", "城市道路提", "质", "完成道路提质改造12公里", "区城市管理局", "区财政局、区", "公安交警大队", "2025年12月",
            "3", "口袋公园建", "设", "新建口袋公园8个", "区城市管理局", "2025年11月",
            "4", "排水管网改", "造", "改造雨污管网20公里", "区水务局、区", "城市管理局", "区住房和城乡建", "设局、各街道办", "事处", "2025年9月");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("老旧小区改造", plan.Task("1").Title);
        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区财政局", "区公安交警大队" }, plan.Supports("2"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 3 prints one unit cell (区城市管理局), read as its 牵头单位"));
        Assert.Equal(new[] { "区水务局", "区城市管理局" }, plan.Leads("4"));
        Assert.Equal(new[] { "区住房和城乡建设局", "各街道办事处" }, plan.Supports("4"));
    }

    [Fact]
    public void A_wrapped_row_printing_one_unit_cell_unlike_the_row_above_names_no_unit()
    {
        var plan = Import(
            "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
            "1", "老旧小区改", "造", "区住房和城乡", "建设局", "区财政局", "2025年10月",
            "2", "城市道路提", "质", "区公安分局", "2025年12月",
            "3", "口袋公园建", "设", "区城市管理局", "区财政局", "2025年11月");
        Assert.Equal(new[] { "区住房和城乡建设局" }, plan.Leads("1"));
        Assert.Empty(plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Contains(plan.Result.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("row 2 prints 区公安分局"));
        Assert.Equal(new[] { "区城市管理局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_tabbed_line_going_on_with_a_unit_list_that_ended_in_a_comma_belongs_to_the_row_above()
    {
        // A list set with tab stops, three columns: the 责任单位 of row 2 ends 、 and goes on under the column alone.
        var plan = Import(
            "某县2025年民生实事项目",
            "序号\t项目名称及主要内容\t责任单位",
            "1\t新建城区第三幼儿园。\t县教育局（牵头）、县住建局",
            "2\t实施城区老旧小区改造12个。\t县住建局、城关镇人民政府、",
            "\t\t县城市管理局",
            "3\t新增城区公共停车泊位1500个。\t县城市管理局、县公安局交通管理大队",
            "4\t开展职业技能培训。\t县人力资源和社会保障局");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "城关镇人民政府", "县城市管理局" }, plan.Supports("2"));
        Assert.Equal(new[] { "县人力资源和社会保障局" }, plan.Leads("4"));
    }

    [Fact]
    public void A_line_set_between_two_tabbed_rows_that_follow_on_does_not_end_the_table()
    {
        var plan = Import(
            "某县2025年民生实事项目",
            "序号\t项目名称及主要内容\t责任单位",
            "1\t新建城区第三幼儿园。\t县教育局（牵头）、县住建局",
            "2\t实施城区老旧小区改造12个。\t县住建局、城关镇人民政府",
            "（此处另附说明）",
            "3\t新增城区公共停车泊位1500个。\t县城市管理局、县公安局交通管理大队",
            "4\t开展职业技能培训。\t县人力资源和社会保障局");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label));
        Assert.Contains("（此处另附说明）", plan.Task("2").Text);
        Assert.Equal(new[] { "县人力资源和社会保障局" }, plan.Leads("4"));
    }

    [Fact]
    public void A_merged_cell_copied_out_once_is_carried_from_the_row_above_with_a_note()
    {
        var plan = Import(
            "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
            "1", "推进城市更新", "区住建局", "区财政局", "6月底前",
            "2", "新增托位", "各街道",
            "3", "加强培训", "区人社局", "区总工会", "年底前",
            "各单位要细化工作措施，每季度末报送进展情况。");
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("2"));
        Assert.Equal(new[] { "各街道" }, plan.Supports("2"));
        Assert.Contains("# review: 牵头单位 of row 2 carried from the row above in text copied out of a table", plan.Result.Plan);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 2 does not print every cell; 牵头单位、完成时限 read as merged from the row above"));
        Assert.Contains("各单位要细化工作措施", plan.Result.Plan);
        Assert.Equal(new[] { "区人社局" }, plan.Leads("3"));
    }

    [Fact]
    public void Lines_that_fit_no_column_in_order_cannot_be_rebuilt_and_say_so()
    {
        var plan = Import(
            "序号", "重点任务", "牵头单位", "配合单位",
            "1", "推进城市更新", "区住建局", "区财政局",
            "2", "新增托位", "区卫健局", "区财政局", "区总工会", "年底前",
            "3", "加强培训", "区人社局", "区总工会");
        Assert.False(plan.Result.IsComplete);
        Assert.Contains(plan.Result.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("lines of row 2 cannot be told apart"));
        Assert.Empty(plan.Model.Units);
    }

    [Fact]
    public void Names_a_line_each_beyond_the_unit_columns_give_the_first_the_lead_and_say_so()
    {
        // Whether 区财政局 stood under 牵头单位 or 配合单位 the text does not show; 区卫健局 stood under 牵头单位 either way.
        var plan = Import(
            "序号", "重点任务", "牵头单位", "配合单位",
            "1", "推进城市更新", "区住建局", "区财政局",
            "2", "新增托位", "区卫健局", "区财政局", "区总工会",
            "3", "加强培训", "区人社局", "区总工会");
        Assert.Equal(new[] { "区卫健局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区财政局", "区总工会" }, plan.Supports("2"));
        Assert.Equal(new[] { "区人社局" }, plan.Leads("3"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 2 prints its units a line each"));
    }

    [Fact]
    public void Header_lines_without_a_number_column_are_kept_as_text_with_a_warning()
    {
        var plan = Import("重点任务", "牵头单位", "配合单位", "推进城市更新", "区住建局", "区财政局");
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("without a 序号 column"));
        Assert.Empty(plan.Model.Units);
    }

    [Fact]
    public void One_row_per_line_with_cells_apart_by_tabs()
    {
        var plan = Import(
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t推进城市更新\t区住建局\t区财政局\t2024年10月底前",
            "2\t优化营商环境\t区发改局\t区市场监管局\t6月底前");
        Assert.Equal(2, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "区发改局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区市场监管局" }, plan.Supports("2"));
    }
}

public class DelimitedTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Tab_separated_rows_keep_their_empty_cells_and_markdown_rows_are_read_too()
    {
        var tabs = ImportedModel.From(string.Join("\n",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t推进城市更新\t区住建局\t\t2024年10月底前",
            "2\t优化营商环境\t区发改局\t区市场监管局\t"));
        Assert.Equal(new[] { "区住建局" }, tabs.Leads("1"));
        Assert.Empty(tabs.Supports("1"));
        Assert.Equal(new[] { "区市场监管局" }, tabs.Supports("2"));

        var pipes = ImportedModel.From(string.Join("\n",
            "| 序号 | 重点任务 | 责任单位 | 完成时限 |",
            "| --- | --- | --- | --- |",
            "| 1 | 推进城市更新 | 区住建局（牵头）、区财政局 | 2024年10月底前 |",
            "| 2 | 优化营商环境 | 各街道 | 年底前 |"));
        Assert.Equal(new[] { "区住建局" }, pipes.Leads("1"));
        Assert.Equal(new[] { "区财政局" }, pipes.Supports("1"));
        Assert.Equal(new[] { "各街道" }, pipes.Leads("2"));
    }
    [Fact]
    public void Rows_a_page_copied_without_their_merged_cells_keep_their_work_and_their_bodies_apart()
    {
        // A calendar whose week and date cells span several rows: the copy prints them on the first row only and puts
        // the missing cells as empty ones at the row's end.
        var plan = Import(
            "某中学2025年第二学期校历",
            "起止日期 | 主要工作 | 责任处室 | |",
            "开学前 | 2月24日 | 行政务虚会 | 办公室 |",
            "2月25日 | 教职工大会 | 教科室 | |",
            "开学督导迎检 | 督导室 | ||",
            "主题班会：我的志愿者经历 | 教育处、团委 | ||",
            "第二周 | 3月8日 | 升旗仪式 | 教育处 |",
            "三八妇女节活动 | 工会 | ||");
        Assert.Equal(new[] { "行政务虚会", "教职工大会", "开学督导迎检", "主题班会：我的志愿者经历", "升旗仪式", "三八妇女节活动" },
            plan.Model.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "办公室" }, plan.Names(plan.Model.Tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "督导室" }, plan.Names(plan.Model.Tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "教育处" }, plan.Names(plan.Model.Tasks[3].InEffect.Leads));
        Assert.Equal(new[] { "工会" }, plan.Names(plan.Model.Tasks[5].InEffect.Leads));
    }

    [Fact]
    public void A_row_whose_last_cell_is_empty_under_a_column_of_bodies_keeps_its_lead_where_it_stands()
    {
        var plan = Import(
            "某区重点任务分工",
            "序号 | 重点任务 | 牵头单位 | 配合单位 |",
            "1 | 推进城市更新 | 区住建局 | 区财政局 |",
            "2 | 新增托位400个 | 区卫健局 | |",
            "3 | 开展技能培训 | 区人社局 | 区总工会 |");
        Assert.Equal(new[] { "区卫健局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
    }

    [Fact]
    public void A_lone_bar_in_a_table_flattened_a_cell_a_line_is_an_empty_cell_and_the_row_keeps_its_columns()
    {
        // u03 (罗定 文化周活动安排表): an empty time cell printed as a lone |; dropped as chrome, every cell after it slid
        // one column and a place (塘镇) became the 责任单位's first name.
        var plan = Import(
            "文化周活动安排表",
            "序号 |", "活动时间 |", "活动内容 |", "活动地点 |", "责任单位 |", "备注 |",
            "1 |", "|", "纪录片开拍仪式 |", "将军故居 |", "市文广新局 |", "|",
            "2 |", "|", "文艺家走基层采风活动 |", "塘镇 |", "市文联 塘镇 |", "各文艺家协会 |",
            "3 |", "4月29日晚上8:00 |", "粤剧走进校园演出活动 |", "学校 |", "市粤剧团 |", "|",
            "4 |", "|", "泷州歌会 |", "文塔公园 |", "市文广新局 |", "市文化馆 |");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市文广新局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市文联" }, plan.Leads("2"));
        Assert.Equal(new[] { "塘镇" }, plan.Supports("2"));
        Assert.Equal(new[] { "市粤剧团" }, plan.Leads("3"));
        Assert.Equal("泷州歌会", plan.Task("4").Title);
        Assert.Equal(new[] { "市文广新局" }, plan.Leads("4"));
        Assert.Contains("活动地点：塘镇", plan.Result.Plan);
    }

    [Fact]
    public void A_row_a_line_a_column_is_read_as_printed_with_a_mirrors_characters_and_a_cell_ending_in_its_columns_word()
    {
        // u10 (清水 春节文化活动日程): 縣電視臺(tái) was no body (臺 unread), so the 承办 cell did not fit and the row slid;
        // 縣委、縣政府主辦 under 主辦單位 was read as merged from the row above.
        var plan = Import(
            "春节系列文化活动日程安排",
            "序號 |", "活動內容 |", "活動時間 |", "活動地點 |", "主辦單位 |", "承辦單位 |",
            "1 |", "首屆廚藝大賽 |", "2011年11月20日至12月31日 |", "縣電視臺(tái) |", "縣委宣傳部 |", "縣旅游局、縣電視臺(tái) |",
            "2 |", "慶元旦文藝演出 |", "2011年12月27日 |", "政府門前廣場 |", "縣委、縣政府主辦 |", "縣教育體育局 |",
            "3 |", "籃球比賽 |", "2011年12月16日 |", "縣體育場 |", "縣教育體育局 |", "縣總工會 |");
        Assert.Equal(new[] { "縣委宣傳部" }, plan.Leads("1"));
        Assert.Equal(2, plan.Supports("1").Length);
        Assert.Equal(new[] { "縣委", "縣政府" }, plan.Leads("2"));
        Assert.Equal(new[] { "縣教育體育局" }, plan.Supports("2"));
    }

    [Theory]
    [InlineData("1 |", "2 |", "三、保障措施")]
    [InlineData("1 |", "2 |", "各单位要抓好落实。")]
    [InlineData("1. |", "2. |", "")]
    public void An_empty_cell_in_the_last_row_or_under_dotted_numbers_keeps_the_row_in_its_columns(string first, string second, string after)
    {
        // hostile13: the last row's empty 配合单位 took row 1's lead where the document went on after the table, and
        // rows numbered 1. / 2. were not told apart at all.
        var plan = Import(new[]
        {
            "防汛重点任务分工",
            "序号 |", "重点任务 |", "牵头单位 |", "配合单位 |", "完成时限 |",
            first, "修订县级防汛应急预案 |", "县应急管理局 |", "县水利局 |", "4月底前 |",
            second, "开展汛前水库安全检查 |", "县水利局 |", "|", "5月底前 |",
            after,
        }.Where(l => l.Length > 0).ToArray());
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "县应急管理局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "县水利局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Empty(tasks[1].InEffect.Supports);
    }

    [Fact]
    public void Full_width_row_numbers_show_the_empty_cells_as_half_width_ones_do()
    {
        // Re-read: １ | was no row number to the empty-cell count, and the row slid a column (塘镇 led).
        var plan = Import(
            "文化周活动安排表",
            "序号 |", "活动时间 |", "活动内容 |", "活动地点 |", "责任单位 |", "备注 |",
            "１ |", "|", "纪录片开拍仪式 |", "将军故居 |", "市文广新局 |", "|",
            "２ |", "|", "文艺家走基层采风活动 |", "塘镇 |", "市文联 塘镇 |", "各文艺家协会 |",
            "３ |", "|", "泷州歌会 |", "文塔公园 |", "市文广新局 |", "市文化馆 |");
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "纪录片开拍仪式", "文艺家走基层采风活动", "泷州歌会" }, tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "市文联" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "市文广新局" }, plan.Names(tasks[2].InEffect.Leads));
    }
}

