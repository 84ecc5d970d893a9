using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of real plans as a web page's text keeps them (the seeds' own source): a table whose cells each end in a bar
/// and whose rows each open with a bar alone, a report's 部门分工 field beside its 分管省领导, and
/// a kind of body after 和 that shares the place before it (各县（市、区）党委和人民政府).
/// </summary>
public class WebPageShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Row(params string[] cells) => new[] { "|" }.Concat(cells.Select(c => c + " |")).ToArray();

    [Fact]
    public void A_table_whose_bars_open_each_row_is_read_row_by_row()
    {
        var lines = new[] { "洋县人民政府关于印发洋县2024年十大民生实事项目的通知", "附件:", "|", "洋县2024年十大民生实事项目清单 |", "||||||" }
            .Concat(Row("序号", "项目名称", "建设地点", "建设时间", "2024年建设内容", "年度投资金额 (万元)", "责任单位"))
            .Concat(Row("1", "洋县中小学幼儿园基础设施提升改造项目", "相关镇 (街道)", "2024", "对马畅中小、湑水中小等学校运动场地进行改造。", "300", "教体局"))
            .Concat(Row("2", "城北小学门前道路建设项目", "纸坊街道", "2024", "建成唐塔北路延伸段道路。", "300", "住建局"))
            .Concat(Row("3", "洋县2024年老旧小区改造项目", "洋州街道", "2024", "实施西苑小区等三所老旧小区改造。", "1360", "住建局、洋州街道办事处"))
            .Concat(Row("4", "高标准农田建设项目", "谢村镇", "2024", "实施田块整治500亩。", "4930", "农业农村局"))
            .ToArray();
        var plan = Import(lines);
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("洋县中小学幼儿园基础设施提升改造项目", plan.Tasks.First().Title);
        Assert.Equal(new[] { "教体局" }, plan.Leads("1"));
        Assert.Equal(new[] { "住建局" }, plan.Leads("3"));
        Assert.Equal(new[] { "洋州街道办事处" }, plan.Supports("3"));
        Assert.Equal(new[] { "农业农村局" }, plan.Leads("4"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("纸坊") || u.Id.Contains("谢村"));
    }

    [Fact]
    public void A_barred_table_cut_inside_its_last_row_keeps_the_rows_before_it()
    {
        var lines = new[] { "某县2024年民生实事项目清单" }
            .Concat(Row("序号", "项目名称", "建设内容", "责任单位"))
            .Concat(Row("1", "中小学改造项目", "改造运动场地。", "教体局"))
            .Concat(Row("2", "城北道路建设项目", "建成道路2公里。", "住建局"))
            .Concat(Row("3", "农村公路防护工程", "实施防护工程31公里。", "交通局"))
            .Concat(new[] { "|", "4 |", "职教中心分校区建设项目 |", "改造现有教学楼和学生宿舍等," })
            .ToArray();
        var plan = Import(lines);
        Assert.Equal(new[] { "教体局" }, plan.Leads("1"));
        Assert.Equal(new[] { "交通局" }, plan.Leads("3"));
        Assert.DoesNotContain(plan.Tasks, t => t.Label == "4" && !t.InEffect.Leads.IsEmpty);
    }

    [Theory]
    [InlineData("分管省领导:林克庆", "部门分工:省财政厅牵头,省税务局配合。")]
    [InlineData("责任领导：林克庆", "部门分工：省财政厅牵头，省税务局配合。")]
    [InlineData("分管省领导：林克庆", "工作分工：省财政厅牵头，省税务局配合。")]
    public void A_division_field_under_the_leader_reads_its_roles(string leader, string division)
    {
        var plan = Import("2021年省政府工作报告重点任务分工方案", "一、主要预期目标", "1.地方一般公共预算收入增长5%左右。", leader, division,
            "2.地区生产总值增长6%以上。", leader, "部门分工:省发展改革委牵头,各地、各部门配合。");
        Assert.Equal(new[] { "省财政厅" }, plan.Leads("1."));
        Assert.Equal(new[] { "省税务局" }, plan.Supports("1."));
        Assert.Equal(new[] { "省发展改革委" }, plan.Leads("2."));
        Assert.Contains("各部门", plan.Supports("2."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("林克庆"));
    }

    [Theory]
    [InlineData("涉项部门：财务科、公路科、运管所", "财务科", "公路科|运管所")]
    [InlineData("涉及部门：公路科", "公路科", "")]
    [InlineData("涉及单位：县交通局、县财政局", "县交通局", "县财政局")]
    public void The_departments_a_measure_concerns_answer_for_it(string field, string lead, string supports)
    {
        var plan = Import("县交通局整改方案", "四、落实整改", "（一）交通发展水平与需求还有差距。", "整改措施：",
            "1、进一步开放交通建设市场。建立有效机制，吸引各类资本参与交通基础设施建设。", "责任领导：*", field, "完成时限：2010年",
            "2、进一步规范交通建设市场秩序。");
        Assert.Equal(new[] { lead }, plan.Leads("1、"));
        Assert.Equal(supports.Length == 0 ? new string[0] : supports.Split('|'), plan.Supports("1、"));
        Assert.Empty(plan.Leads("2、"));
    }

    [Fact]
    public void A_projects_rows_under_its_merged_cell_are_its_work_and_their_leads_its()
    {
        // 项目名称 | 工作任务: the project is the task, each row's work an item of it; a row whose project cell was
        // merged (printed empty) is the project's still, not dropped.
        var plan = Import("2021年某县民生实事进展情况登记表", "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |",
            "1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |",
            " | 对七星路等重点区域进行绿化亮化提档升级; | 12月 | 城投集团 |",
            "2.生态公墓建设项目 | 新建生态公益性墓地15处。 | 10月底 | 民政局 |");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "建设局", "城投集团" }, plan.Leads("1."));
        Assert.Equal(2, plan.Task("1.").Items.Count());
        Assert.Equal(new[] { "民政局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_rows_cells_printed_before_the_empty_ones_are_the_last_columns_under_merged_cells()
    {
        // A page prints each row with the header's bars: 2021.8 | 城投集团 | || is a row whose project and work cells were
        // merged from the row above, its own cells the date and the lead.
        var plan = Import("2021年新昌县政府十方面民生实事进展情况登记表", "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |",
            "1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |",
            "2021.8 | 城投集团 | ||",
            "对七星路等重点区域进行绿化亮化提档升级; | 2021.12 | 城投集团 | |",
            "2021年11月 | 经开区 | ||",
            "2.生态公墓建设项目 | 持续推进生态公墓建设,新建生态公益性墓地15处。 | 10月底 | 民政局 |",
            "计划10月底完成新增墓地建设 | 公共服务集团 | ||",
            "3.农村道路改造提升项目 | 提升改造低等级公路40公里。 | 10月 | 交通运输局 |");
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "建设局", "城投集团", "经开区" }, plan.Leads("1."));
        Assert.Equal(new[] { "民政局", "公共服务集团" }, plan.Leads("2."));
        Assert.Equal(new[] { "交通运输局" }, plan.Leads("3."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("could not be placed"));
    }

    [Fact]
    public void A_row_with_fewer_bars_than_the_header_is_not_put_under_its_last_columns()
    {
        // Without the header's bars the row says nothing of where its cells stand: not read as the lead's cell.
        var plan = Import("2021年某县民生实事进展情况登记表", "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |",
            "1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |",
            "2021.8 | 城投集团 |",
            "2.生态公墓建设项目 | 新建生态公益性墓地15处。 | 10月底 | 民政局 |");
        Assert.DoesNotContain("城投集团", plan.Leads("1."));
    }

    [Fact]
    public void A_branch_trade_union_stays_a_body()
    {
        var plan = Import("某县2024年工会工作要点", "一、重点工作", "1.开展职工技能竞赛。（县教育系统分工会牵头，县总工会配合）");
        Assert.Equal(new[] { "县教育系统分工会" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("各县(市、区)党委和人民政府", "各县(市、区)党委和人民政府")]
    [InlineData("高新区党工委和管委会", "高新区党工委和管委会")]
    [InlineData("市委宣传部和市文明办", "市委宣传部|市文明办")]
    [InlineData("市人大常委会和政协", "市人大常委会|政协")]
    public void A_kind_of_body_after_and_shares_the_place_before_it(string supports, string expected)
    {
        var plan = Import("某市节水行动方案", "一、重点任务", "1.实施水资源消耗总量控制。（市水利局牵头，市发展改革委、" + supports + "配合）");
        Assert.Equal(new[] { "市水利局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市发展改革委" }.Concat(expected.Split('|')).ToArray(), plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "人民政府" || u.Id == "管委会" || u.Id.EndsWith("和政协"));
    }
    [Theory]
    [InlineData("主办：临江市人民政府办公室　承办：临江市大数据发展管理局")]
    [InlineData("主办单位：临江市人民政府办公室")]
    [InlineData("主辦：臨江市人民政府辦公室　承辦：臨江市大數據發展管理局")]
    public void A_sites_owner_line_beside_its_footer_is_no_tasks_field(string owner)
    {
        var plan = Import(
            "临江市2023年政府工作报告重点任务分工",
            "一、重点任务",
            "1.推行非接触式办税缴费。（牵头单位：市税务局；配合单位：市行政审批服务局）",
            "相关链接",
            "关于我们",
            "|",
            "网站地图",
            owner,
            "网站标识码：3301000012　浙ICP备05003421号-1　公网安备 33010202000134号");
        Assert.Equal(new[] { "市税务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市行政审批服务局" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("【打印本页】【关闭窗口】", "主办：泗阳县人民政府办公室　　承办：泗阳县大数据中心")]
    [InlineData("", "主辦：漳州市人民政府辦公室　　承辦：漳州市人民政府網站管理中心")]
    public void A_sites_owners_on_the_pages_last_line_are_no_fields_of_the_last_task(string before, string owners)
    {
        var plan = Import("某县2017年工作要点", "一、重点任务", "1.推进不见面审批。（县政务服务管理办公室牵头）", "2.加强对台政策宣传解读。",
            "完成时限：2018年5月", "", before, owners);
        Assert.Equal(new[] { "县政务服务管理办公室" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
    }

    [Theory]
    [InlineData("主办：县人民政府办公室　承办：县大数据中心　网站标识码：1234")]
    [InlineData("主办：县人民政府办公室　承办：县大数据中心　联系电话：0451-1234567")]
    [InlineData("主办：县人民政府办公室\n承办：县大数据中心")]
    public void A_sites_owners_at_the_pages_end_with_more_of_its_footer_are_no_fields(string footer)
    {
        var plan = Import("2024年县政府重点工作任务分解", "1. 推进重点项目建设。牵头单位：县发改委。", "2. 加快城乡道路改造。牵头单位：县交通运输局。", footer);
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("2."));
        Assert.Empty(plan.Supports("2."));
    }

    [Fact]
    public void A_tasks_own_owners_with_a_task_after_them_stay_its_fields()
    {
        var plan = Import("某市2024年文化工作要点", "一、重点任务", "1.举办端午龙舟赛。", "主办：市文化广电旅游局　承办：市文化馆", "2.举办读书节。（市图书馆负责）");
        Assert.Equal(new[] { "市文化广电旅游局" }, plan.Leads("1."));
    }

    [Theory]
    [InlineData("2.举办读书节。")]
    [InlineData("\f— 3 —")]
    [InlineData("第 3 页 共 5 页")]
    public void A_tasks_own_fields_named_like_a_sites_owner_stay_its_fields(string after)
    {
        // Over a page's number (chrome, but no site's footer) the field is still the task's: dropped, its task took the
        // next task's 主办.
        var plan = Import("某市2024年文化工作要点", "一、重点任务", "1.举办端午龙舟赛。", "主办：市文化广电旅游局　协办：市体育局", after,
            "3.举办读书节。", "主办：市图书馆");
        Assert.Equal(new[] { "市文化广电旅游局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市图书馆" }, plan.Leads("3."));
    }

    [Fact]
    public void A_congress_watching_the_projects_leads_none_of_them()
    {
        var plan = Import(
            "白沙区2025年民生实事项目票决结果公告",
            "1.新建城市书房5家，实现24小时自助借阅。",
            "2.新建改造城区公共厕所30座，落实专人保洁管理。",
            "区人大常委会将对项目实施情况进行跟踪监督。",
            "白沙区第三届人民代表大会第五次会议主席团");
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));
    }

    [Fact]
    public void An_empty_cell_printed_as_a_lone_bar_inside_a_barred_row_keeps_the_row()
    {
        var lines = new[] { "某县2024年民生实事项目清单" }
            .Concat(Row("序号", "项目名称", "建设内容", "牵头单位", "配合单位", "完成时限"))
            .Concat(Row("1", "中小学改造项目", "改造运动场地。", "县教体局", "县财政局", "2024年底"))
            .Concat(new[] { "|", "2 |", "城北道路建设项目 |", "建成道路2公里。 |", "县住建局 |", "|", "2024年10月 |" })
            .Concat(Row("3", "农村公路防护工程", "实施防护工程31公里。", "县交通局", "县应急局", "2024年底"))
            .ToArray();
        var plan = Import(lines);
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal(new[] { "县交通局" }, plan.Leads("3"));
    }
    [Fact]
    public void A_row_under_a_merged_serial_opens_with_the_bar_that_closes_its_empty_cell()
    {
        var plan = Import(
            "云岭市创建全国文明城市任务分工表",
            "序号 | 重点任务 | 具体措施 | 责任单位 | 配合单位 |",
            "1 | 完善公共文化服务体系 | 新建村级综合文化服务中心20个。 | 市文化广电旅游局 | 市财政局、市委宣传部 |",
            "2 | 倡导文明交通 | 开展文明交通劝导志愿服务。 | 市文明办 | 市交通运输局、市公安局 |",
            " |  | 开展背街小巷环境集中整治，消除卫生死角。 |  | 市城市管理局等有关部门 |",
            "3 | 推进志愿服务制度化 | 注册志愿者人数占常住人口比例达到15%以上。 | 市文明办 | 市民政局 |");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市文明办" }, plan.Leads("2"));
        Assert.Equal(new[] { "市交通运输局", "市公安局", "市城市管理局", "有关部门" }, plan.Supports("2"));
        Assert.Equal(new[] { "市文明办" }, plan.Leads("3"));
    }
    [Fact]
    public void Bars_between_numbered_rows_part_them_and_bars_elsewhere_are_empty_cells()
    {
        AssertBarsPartNumberedRows("1 |", "2 |", "3 |");
    }

    [Fact]
    public void Rows_numbered_in_full_width_digits_or_with_a_stop_are_parted_by_their_bars_too()
    {
        AssertBarsPartNumberedRows("１ |", "２ |", "３ |");
        AssertBarsPartNumberedRows("1. |", "2. |", "3. |");
    }

    private static void AssertBarsPartNumberedRows(string one, string two, string three)
    {
        // No bar before the header, a bar between rows, an empty 配合单位 printed as a bar alone, a bar after the last row.
        var lines = new[] { "桐川市城乡环境综合整治三年行动重点任务分工表", "序号 |", "重点任务 |", "具体措施 |", "牵头单位 |", "配合单位 |", "完成时限 |",
            one, "推进城镇老旧小区改造 |", "改造老旧小区45个。 |", "市住房城乡建设局 |", "市财政局 |", "2015年 |", "|",
            two, "提升城市环境卫生 |", "推行道路机械化清扫。 |", "市城市管理局 |", "|", "2015年 |", "|",
            three, "加强物业服务管理 |", "推进物业服务企业信用评价。 |", "市住房城乡建设局 |", "市市场监管局、市民政局 |", "2015年 |", "|",
            "关于我们" };
        var plan = Import(lines);
        var tasks = plan.Tasks.ToArray();
        Assert.Equal(3, tasks.Length);
        Assert.Equal(new[] { "市城市管理局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Empty(tasks[1].InEffect.Supports);
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "市市场监管局", "市民政局" }, plan.Names(tasks[2].InEffect.Supports));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("carried from the row above"));
    }
}
