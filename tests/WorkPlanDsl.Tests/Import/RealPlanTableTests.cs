using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Reading;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Task tables that reached us as text copied from web pages, in the shapes real plans take (invented words).</summary>
public class RealPlanTableTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Progress_columns_and_pinyin_in_the_header_leave_a_pipe_table_readable()
    {
        var plan = Import(
            "序號(hào) | 任務(wù)項(xiàng)目 | 責(zé)任單位 | 進(jìn)展比例 |",
            "1 | 為全區(qū)老人免費(fèi)體檢。 | 區(qū)衛(wèi)生健康局 | 20% |",
            "2 | 新增停車位300個。 | 區(qū)交通運輸局 | 完成 |");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Single(plan.Leads("2"));
        Assert.StartsWith("區", plan.Leads("2")[0]);
    }

    [Fact]
    public void A_pipe_header_with_a_column_the_table_words_do_not_name_is_still_a_header()
    {
        var plan = Import(
            "序号 | 事项名称 | 事项分类 | 承办 单位 | 承办时间 | 实施计划 |",
            "1 | 某某新区供水工程 | 重大公共建设项目 | 县水利局 | 2020年5月 | 2020年5月完成立项; 2020年9月开工。 |",
            "2 | 某某县养老服务办法 | 重大公共政策 | 县民政局 | 2020年8月 | 2020年8月完成初稿; |",
            "3 | 上年进度表 | 无 | 落实情况 |");
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("2"));
    }

    [Fact]
    public void Names_glued_with_no_separator_in_a_unit_cell_are_cut_where_one_ends_and_the_next_begins()
    {
        Assert.Equal(new[] { "区文旅局", "区委宣传部", "东湖街道", "西山镇" }, CopiedTable.Cut("区文旅局区委宣传部东湖街道西山镇"));
        Assert.Equal(new[] { "文化宣传股", "文化馆" }, CopiedTable.Cut("文化宣传股文化馆"));
        foreach (var whole in new[]
        {
            "区人力资源和社会保障局", "区住房和城乡建设局", "市城乡一体化示范区管委会", "县市场监督管理局", "区发展和改革委员会", "县公安局交通警察大队",
            "市生态环境局高新区分局", "县文化广电和旅游局", "区卫生健康委员会", "市社会保险事业管理中心", "县妇幼保健院", "县教育体育局",
            "区农业农村局", "市自然资源和规划局", "县政府办公室", "区残疾人联合会", "县退役军人事务局", "县医疗保障局", "县供销合作社联合社",
        })
        {
            Assert.Null(CopiedTable.Cut(whole));
        }
    }

    [Fact]
    public void One_cell_a_paragraph_with_each_unit_its_own_paragraph_and_a_second_measure_under_one_number()
    {
        var plan = Import(
            "附件",
            "某县民生实事目标任务分解表",
            "序号", "民生实事", "责任单位", "完成时限",
            "1", "启动建设东河城区段综合治理工程。", "县水务局", "县住建局", "县河道指挥部", "12月底前",
            "2", "新建3座人行天桥。", "县住建局", "9月投入使用",
            "3", "开工建设县养老服务楼。", "县民政局", "5月底前动工", "开工建设社区老年学校。", "12月底前",
            "4", "城区新建1个农贸市场。", "县商务局", "12月底前");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县水务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县住建局", "县河道指挥部" }, plan.Supports("1"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("4"));
    }

    [Fact]
    public void Merged_cells_printed_once_leave_the_rows_below_without_a_unit_and_a_person_column_stays_text()
    {
        var plan = Import(
            "序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注",
            "1", "群众文化", "全年开展文艺演出80场。", "12月底前", "王某某", "文化股", "文化馆", "图书馆",
            "2", "组织送戏下乡不少于40场。", "文化股文化馆",
            "3", "开展好读书月活动。",
            "4", "市场管理", "开展专项检查6次以上。", "执法大队",
            "5", "广电", "完成应急广播系统建设。", "10月底前", "李 某", "广电股");
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "文化股" }, plan.Leads("1"));
        Assert.Equal(new[] { "文化馆", "图书馆" }, plan.Supports("1"));
        Assert.Equal(new[] { "文化股" }, plan.Leads("2"));
        Assert.Equal(new[] { "文化馆" }, plan.Supports("2"));
        Assert.Empty(plan.Leads("3"));
        Assert.Contains("开展好读书月活动", plan.Task("3").Title);
        Assert.Equal(new[] { "执法大队" }, plan.Leads("4"));
        Assert.Equal(new[] { "广电股" }, plan.Leads("5"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("某"));
    }

    [Fact]
    public void A_cell_over_several_paragraphs_before_the_unit_is_one_cell()
    {
        var plan = Import(
            "某县2023年度重大行政决策事项目录",
            "序号", "事项名称", "需履行的程序", "承办单位", "拟决策时间",
            "1", "《某县城市供水专项规划》(2023-2035)", "公众参与;", "专家论证;", "合法性审查;", "集体讨论决定。", "某县水务局", "2023年9月",
            "2", "《某县养老服务设施布局规划》", "公众参与;", "合法性审查;", "集体讨论决定。", "某县民政局", "2023年12月");
        Assert.Equal(new[] { "某县水务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "某县民政局" }, plan.Leads("2"));
    }

    [Fact]
    public void Rows_keeping_a_parent_tables_numbers_under_empty_part_headings_are_rows()
    {
        var plan = Import(
            "某局2024年政府工作报告重点工作任务分解表",
            "序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度",
            "一、主要预期目标",
            "4",
            "城镇居民收入与经济增长同步。",
            "统计股",
            "2",
            "2024年底",
            "前三季度增长6%。",
            "二、扩大有效投资",
            "三、推进乡村振兴",
            "37",
            "建成高标准农田5万亩。",
            "农田建设股、种植业股",
            "2024年底",
            "正在施工,进度70%。",
            "38",
            "加强农产品品牌建设。",
            "种植业股",
            "产业发展股",
            "2024年底",
            "1、完成认证8个。2、建成基地2个。");
        Assert.Equal(new[] { "4", "37", "38" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "统计股" }, plan.Leads("4"));
        Assert.Equal(new[] { "农田建设股", "种植业股" }, plan.Leads("37"));
        Assert.Equal(new[] { "种植业股", "产业发展股" }, plan.Leads("38"));
    }

    [Fact]
    public void A_header_closing_a_run_together_paragraph_and_rows_of_number_words_and_a_bare_unit()
    {
        var plan = Import(
            "某市人民政府办公室关于分解落实2020年政府工作任务的通知 各镇人民政府: 现下达给你们,请认真组织实施. 附件:某市2020年政府工作任务分解表 序号 名称 工作任务 牵头责任单位",
            "一、主要预期目标分解(3项)",
            "1 地区生产总值增长6%以上,服务业占比提高. 发改委",
            "2 一般公共预算收入增长5%. 财政局",
            "3 全社会固定资产投资额300亿元,其中:工业投资增长8%. 发改委、经信委");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "发改委" }, plan.Leads("1"));
        Assert.Equal(new[] { "财政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "发改委", "经信委" }, plan.Leads("3"));
        Assert.Contains("现下达给你们", plan.Result.Plan);
    }

    [Fact]
    public void Rows_a_line_with_single_spaces_and_several_word_columns_keep_the_words_as_the_task()
    {
        var plan = Import(
            "某市全面推行河长制主要任务分解表",
            "序号 类别 主要任务 细化措施 牵头单位 参与单位",
            "1 加强水资源保 护 严守开发利用红线 实施用水总量和强度双控行动,到2020年用水总量控制在10亿立方米以内。 市水利局 市发展改革委、住房和城乡建设局",
            "2  严守用水 效率红线 落实用水效率评估体系。 市水利局 市发展改革委");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市发展改革委", "住房和城乡建设局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市发展改革委" }, plan.Supports("2"));
    }

    [Fact]
    public void Numbered_target_cells_without_a_number_column_each_followed_by_their_units_one_a_paragraph()
    {
        var plan = Import(
            "《某省儿童发展规划》目标责任分解书",
            "领域", "主要目标", "主要责任单位", "责任单位",
            "1.儿童享有良好的基本医疗服务。",
            "——婴儿死亡率下降。",
            "——建立儿童健康档案。",
            "省卫生厅",
            "省财政厅",
            "省妇联",
            "2.提高儿童营养水平。",
            "——低体重率降低。",
            "省卫生厅",
            "省教育厅",
            "——贫血患病率降低。",
            "省卫生厅",
            "省农业厅",
            "3.儿童经常参加体育锻炼。",
            "省体育局",
            "省教育厅",
            "1.教育工作贯彻儿童优先原则。",
            "省教育厅",
            "省团委");
        Assert.Equal(new[] { "1.", "2.", "3.", "1." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.DoesNotContain(plan.Model.Units, u => u.Id is "省财政厅" or "省妇联" && plan.Model.Tasks.Any(t => t.InEffect.Leads.Contains(u.Id)));
        Assert.Equal(new[] { "省卫生厅" }, plan.Leads("2."));
        Assert.Equal(new[] { "省教育厅", "省农业厅" }, plan.Supports("2."));
        Assert.Equal(new[] { "省体育局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_header_naming_the_unit_column_again_as_another_is_read_by_its_cells()
    {
        var plan = Import(
            "某县人民政府2025年度重大行政决策事项目录",
            "序号 | 事项名称 | 事项名称 | 完成时间 |",
            "1 | 某县林地保护利用规划(2025-2035) | 县林草局 | 2025年12月 |",
            "2 | 某县城区停车设施专项规划 | 县住建局 | 2025年10月 |");
        Assert.Equal(new[] { "县林草局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("names a column 事项名称 twice"));

        var words = Import(
            "序号 | 事项名称 | 事项名称 | 完成时间 |",
            "1 | 某县林地保护利用规划 | 修订林地保护规划 | 2025年12月 |",
            "2 | 某县停车设施专项规划 | 县住建局 | 2025年10月 |");
        Assert.Empty(words.Model.Units);
    }

    [Fact]
    public void Cells_ending_in_bars_with_a_title_broken_before_the_header_a_cell_over_two_lines_and_units_apart_by_spaces()
    {
        var plan = Import(
            "附件",
            "2025年度某区",
            "重大",
            "行政决策事项目录",
            "序号 |", "决策事项名称 |", "决策事项程序 |", "决策中是否需听证 |", "决策承办单位 |", "决策时间 |",
            "1 |", "2025年度某区", "民生实事安排方案 |", "公开征求意见、合法性审查、集体决策 |", "否 |", "区政府办 |", "2025年7月 |",
            "2 |", "某区", "林业有害生物防控方案 |", "合法性审查、集体决策 |", "否 |", "区林业局 区应急管理局 |", "2025年12月 |");
        Assert.Equal(new[] { "1", "2" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("民生实事安排方案", plan.Task("1").Title);
        Assert.Equal(new[] { "区政府办" }, plan.Leads("1"));
        Assert.Equal(new[] { "区林业局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区应急管理局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_group_of_rows_with_its_count_heads_them_and_a_lone_main_accountable_column_is_a_list()
    {
        var plan = Import(
            "2011年政府工作任务分解表",
            "序号", "名称", "工作任务", "主要责任单位",
            "经济社会发展主要预期目标分解(15项)",
            "1", "地区生产总值", "地区生产总值增长12%", "市发改委、统计局",
            "2", "财政收入", "地方财政一般预算收入增长12%以上", "市财政局、国税局、地税局",
            "3", "服务业", "服务业增加值比重提高1.5个百分点", "市发改委");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1"));
        Assert.Equal(new[] { "统计局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_small_full_stop_after_a_tasks_number_is_its_mark()
    {
        var plan = Import(
            "一、确保完成全年主要预期目标",
            "1\uFE52全省生产总值增长7%以上。",
            "牵头责任单位:省发展改革委。",
            "2\uFE52固定资产投资力争增长10%以上。",
            "牵头责任单位:省发展改革委。");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.All(plan.Tasks, t => Assert.Equal(new[] { "省发展改革委" }, plan.Names(t.InEffect.Leads)));
    }

    [Fact]
    public void A_bar_separated_list_of_numbered_projects_that_names_nobody_is_a_list_of_tasks()
    {
        // 民生实事 chosen by a congress's vote, copied from a portal's table: 序号 | 项目名称 |, no unit column.
        var plan = ImportedModel.From(string.Join("\n",
            "县人民代表大会票决确定2025年民生实事项目，共3项，分别是：",
            "序号 | 项目名称 |",
            "1 | 安康颐养项目：新改建农村互助颐养小院6个 |",
            "2 | 扶弱助残项目：为600名残疾人开展辅助器具适配服务 |",
            "3 | 名医下乡项目：建设名医基层工作站5个 |"), year: 2025);
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));

        // Full-width bars with no spaces, the row closed by its bar.
        var tight = ImportedModel.From(string.Join("\n", "序号｜项目名称｜", "１｜安康颐养项目｜", "２｜名医下乡项目｜"), year: 2025);
        Assert.Equal(new[] { "1", "2" }, tight.Tasks.Select(t => ChineseText.Fold(t.Label!)).ToArray());

        // Rows that are not numbered are no such list: a bar-separated note stays text.
        var note = ImportedModel.From(string.Join("\n", "序号 | 项目名称 |", "说明 | 本表为征集稿 |", "附 | 另行通知 |"), year: 2025);
        Assert.Empty(note.Tasks);
    }
}
