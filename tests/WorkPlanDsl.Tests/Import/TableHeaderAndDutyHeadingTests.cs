using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of sets W and X at first contact: a copied table whose header has no 序号 though its rows print one after
/// their category, a header whose narrow cells wrapped a piece a line, a second column of words, a body's duties written
/// <c>X负责活动的总协调</c>, and a heading naming the group whose duties follow it.
/// </summary>
public class TableHeaderAndDutyHeadingTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Rows_numbered_after_their_category_under_a_header_without_a_number_column_are_read()
    {
        var plan = Import(
            "工作任务", "|", "具体要求", "|", "责任科室", "|", "时限要求", "|",
            "规范公文公开", "|", "1", "|", "全面清理本局规范性文件并公布目录。", "|", "办公室", "|", "年底前", "|",
            "加强解读回应", "|", "2", "|", "做好政策解读，丰富解读形式。", "|", "政策法规科", "|", "持续推进", "|",
            "3", "|", "及时回应社会关切，做好舆情处置。", "|", "各科室", "|", "持续推进", "|",
            "强化培训", "|", "4", "|", "组织政务公开业务培训。", "|", "办公室", "|", "6月底前", "|");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "办公室" }, plan.Leads("1"));
        Assert.Equal(new[] { "政策法规科" }, plan.Leads("2"));
        Assert.Equal(new[] { "各科室" }, plan.Leads("3"));
        Assert.Equal(new[] { "办公室" }, plan.Leads("4"));

        // The category cells are the sections; row 3 sits under the one merged down from row 2.
        Assert.Equal(new[] { "规范公文公开", "加强解读回应", "强化培训" }, plan.Model.Sections.Select(s => s.Title).ToArray());
        Assert.StartsWith("全面清理本局规范性文件", plan.Task("1").Title);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 3 does not print every cell"));
    }

    [Fact]
    public void A_header_whose_cells_wrapped_a_piece_a_line_is_joined_to_the_rows_width()
    {
        var plan = Import(
            "某镇2024年度重点工作计划",
            "序号", "重点工作", "责任", "领导", "责任", "科室", "年度目标", "任务", "工作任务安排", "第一季度", "完成情况",
            "1", "老街改造提升", "王某某", "城建办", "完成老街立面改造。", "启动立面改造设计。", "设计方案已完成。",
            "2", "农村饮水提标", "李某某", "农业农村办", "完成3个村供水管网改造。", "开展管网招标。", "已完成招标。");
        Assert.Equal(new[] { "1", "2" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "城建办" }, plan.Leads("1"));
        Assert.Equal(new[] { "农业农村办" }, plan.Leads("2"));

        // The person stays words; the second column of words (工作任务安排) is kept, not dropped.
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id) is "王某某" or "李某某");
        Assert.Contains("责任领导：王某某", plan.Result.Plan);
        Assert.Contains("工作任务安排：启动立面改造设计。", plan.Result.Plan);
        Assert.Contains("第一季度完成情况：设计方案已完成。", plan.Result.Plan);
    }

    [Fact]
    public void A_later_page_of_a_wrapped_header_table_is_joined_though_its_category_cell_is_merged_from_above()
    {
        // A page of a longer table: its rows start at 31, print no 项目类别 (merged down from the page before), and the
        // header comes again on the next page. 牵头 / 部门 and 完成 / 时间 are each one cell.
        var plan = Import(
            "某区“十四五”规划任务分解（续）", "",
            "序号", "", "项目", "", "类别", "", "具体内容", "", "牵头", "", "部门", "", "相关责任部门", "", "完成", "", "时间", "",
            "31", "", "推进社区卫生服务中心标准化建设", "", "卫生局", "", "发展改革委、财政局等相关部门", "", "2023年", "",
            "32", "", "完善家庭医生签约服务", "", "卫生局", "", "医保局", "", "2024年", "",
            "序号", "", "项目", "", "类别", "", "具体内容", "", "牵头", "", "部门", "", "相关责任部门", "", "完成", "", "时间", "",
            "33", "", "建设区体育中心", "", "体育局", "", "规划局、建设交通委", "", "2025年", "");
        Assert.Equal(new[] { "31", "32", "33" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "卫生局" }, plan.Leads("31"));
        Assert.Equal(new[] { "发展改革委", "财政局", "相关部门" }, plan.Supports("31"));
        Assert.Equal(new[] { "医保局" }, plan.Supports("32"));
        Assert.Equal(new[] { "体育局" }, plan.Leads("33"));
        Assert.Equal(new[] { "规划局", "建设交通委" }, plan.Supports("33"));
        Assert.DoesNotContain("完成：", plan.Result.Plan);
    }

    [Fact]
    public void Header_pieces_are_not_joined_where_a_later_row_is_wider_than_the_first()
    {
        // Row 2 prints a line more than row 1: how many columns there are is not known, so nothing is joined or guessed,
        // and the warning names the header as printed.
        var plan = Import(
            "序号", "重点工作", "责任", "领导", "责任", "科室",
            "1", "老街改造提升", "王某某", "城建办",
            "2", "农村饮水提标", "李某某", "农业农村办", "另附说明。",
            "3", "背街小巷整治", "张某某", "城管办");
        Assert.Empty(plan.Model.Tasks);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("某"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("(序号 / 重点工作 / 责任 / 领导)"));
    }

    [Fact]
    public void A_duty_written_as_the_body_in_charge_of_a_works_whole_gives_that_body_the_lead()
    {
        var plan = Import(
            "一、工作职责",
            "1.市委宣传部负责活动的总协调;",
            "2.市文化馆负责节目的组织实施。",
            "3.市公安局负责现场的安保;",
            "4.原由市城管局负责的事项,移交市住建局。");
        Assert.Equal(new[] { "市委宣传部" }, plan.Leads("1."));
        Assert.Equal(new[] { "市文化馆" }, plan.Leads("2."));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("3."));

        // The thing a role describes is no work given (事项): nobody is made its lead.
        Assert.Empty(plan.Leads("4."));
    }

    [Fact]
    public void A_heading_naming_a_group_whose_duties_follow_gives_them_that_group_under_review()
    {
        var plan = Import(
            "一、工作职责",
            "（一）市级各部门工作职责",
            "1.市委宣传部负责活动的总协调;",
            "2.市文化馆负责节目的组织实施。",
            "（二）各镇乡工作职责",
            "1.落实场地,准备桌凳;",
            "2.安排人员,维护现场秩序。",
            "（三）县财政局职责",
            "1.保障活动经费。");
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "市委宣传部" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "市文化馆" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "各镇乡" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "各镇乡" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Equal(new[] { "县财政局" }, plan.Names(tasks[4].InEffect.Leads));
        Assert.Contains("# review: lead 各镇乡 read from the heading", plan.Result.Plan);
    }

    [Fact]
    public void A_heading_of_duties_naming_no_body_gives_no_lead()
    {
        var plan = Import(
            "一、工作职责",
            "（一）部门工作职责",
            "1.落实场地;",
            "2.安排人员。",
            "（二）镇乡工作职责",
            "1.组织观众;",
            "2.做好宣传。");
        Assert.All(plan.Model.Tasks, t => Assert.Empty(t.InEffect.Leads));
    }

    [Theory]
    [InlineData("乡村振兴办", true)]
    [InlineData("县乡村振兴办", true)]
    [InlineData("兴办", false)]
    [InlineData("举办", false)]
    public void A_revitalisation_office_is_a_body_and_setting_one_up_is_not(string name, bool isBody)
        => Assert.Equal(isBody, WorkPlanDsl.Import.Reading.UnitShape.IsOrganisation(name));

    [Fact]
    public void A_header_printed_two_characters_a_line_over_rows_under_a_merged_category_is_joined()
    {
        // Row 2 prints no category (merged down from row 1): fewer lines than the first row, never more.
        var plan = Import(
            "2024年街道人居环境整治工作任务分解表",
            "序号", "工作", "内容", "具体", "措施", "责任", "单位", "完成", "时限",
            "1", "垃圾分类", "推进小区垃圾分类设施提档升级", "街道城管办", "5月底前",
            "2", "完善“桶长制”，督导居民源头分类", "各社区居委会", "长期坚持",
            "3", "违建治理", "拆除存量违建5000平方米", "街道综合执法队", "10月底前");
        Assert.Equal(new[] { "街道城管办" }, plan.Leads("1"));
        Assert.Equal(new[] { "各社区居委会" }, plan.Leads("2"));
        Assert.Equal(new[] { "街道综合执法队" }, plan.Leads("3"));
    }

    [Theory]
    [InlineData("（二）参与由市政务服务管理局牵头组织的“一网通办”评估。")]
    [InlineData("（二）推进城乡供水一体化。去年由县水利局负责建成的5座农村水厂已移交县自来水公司统一运营。")]
    public void A_role_describing_a_thing_that_opens_with_a_figure_or_a_quote_gives_no_lead(string task)
    {
        var plan = Import("一、重点任务", "（一）建立联席会议制度。（县营商办负责）", task);
        Assert.Empty(plan.Leads("（二）"));
    }

    [Fact]
    public void A_table_without_a_number_column_a_line_a_cell_is_read_where_each_row_holds_what_its_columns_do()
    {
        var plan = Import(
            "一、主要任务",
            "1.开展景区安全隐患排查。重点检查游乐设施。",
            "二、责任分工",
            "重点任务", "工作内容", "责任股室",
            "景区安全", "检查游乐设施和消防设施", "资源开发股",
            "节假日保障", "做好节假日旅游安全保障", "市场管理股、县文化市场综合执法大队",
            "文化市场", "对网吧、娱乐场所开展双随机抽查", "县文化市场综合执法大队",
            "三、工作要求",
            "各股室要高度重视。");
        Assert.Equal(new[] { "资源开发股" }, plan.Names(plan.Model.Tasks.Single(t => t.Title.StartsWith("景区安全", System.StringComparison.Ordinal)).InEffect.Leads));
        Assert.Equal(new[] { "县文化市场综合执法大队" }, plan.Names(plan.Model.Tasks.Single(t => t.Title.StartsWith("文化市场", System.StringComparison.Ordinal)).InEffect.Leads));
        Assert.Contains("各股室要高度重视。", plan.Result.Plan);
    }

    [Fact]
    public void An_activity_table_names_its_activities_and_who_hosts_them()
    {
        var plan = Import(
            "2024年全民阅读月活动安排",
            "序号 |", "活动名称 |", "时间 |", "承办单位 |", "协办单位 |",
            "1 |", "开幕式暨读书分享会 |", "4月23日 |", "区委宣传部 |", "区图书馆、区教育局 |",
            "2 |", "“阅读进社区”巡回讲座 |", "4月24日至30日 |", "区图书馆 |", "|",
            "3 |", "亲子阅读绘本展 |", "4月全月 |", "区妇女联合会 |", "区少年宫书吧 |",
            "4 |", "阅读月闭幕式 |", "4月30日 |", "|", "|");
        Assert.Equal(new[] { "1", "2", "3", "4" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("开幕式暨读书分享会", plan.Task("1").Title);
        Assert.Equal(new[] { "区委宣传部" }, plan.Leads("1"));
        Assert.Equal(new[] { "区图书馆" }, plan.Leads("2"));

        // Row 3's last cell names no body the words show, yet it is that column's: the host is not slid into it.
        Assert.Equal(new[] { "区妇女联合会" }, plan.Leads("3"));
        Assert.Empty(plan.Leads("4"));
    }

    [Fact]
    public void The_fields_under_a_sub_heading_are_its_own_tasks_and_not_the_next_headings()
    {
        var plan = Import(
            "二、活动内容",
            "（一）龙舟系列赛事",
            "牵头单位：县体育事业发展中心",
            "配合单位：县水利局、县公安局",
            "1.传统龙舟竞渡",
            "时间：6月10日上午",
            "2.青少年龙舟体验赛",
            "责任单位：县教育局",
            "（二）民俗文化展示",
            "1.包粽子大赛",
            "责任单位：县总工会",
            "2.非遗香囊制作体验",
            "地点：县文化馆");
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "县体育事业发展中心" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "县水利局", "县公安局" }, plan.Names(tasks[0].InEffect.Supports));
        Assert.Equal(new[] { "县教育局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "县总工会" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Empty(tasks[3].InEffect.Leads);
        Assert.Empty(plan.Model.Sections.Single().Declared.Leads);
    }

    [Fact]
    public void A_bodys_duties_heading_in_an_inspection_plan_gives_its_tasks_to_it()
    {
        var plan = Import(
            "关于开展2024年度安全生产大检查的工作方案",
            "一、检查内容",
            "（一）县住房和城乡建设局",
            "1.建筑施工安全专项整治开展情况；",
            "二、工作职责",
            "（一）县安委会办公室职责",
            "1.负责检查工作的统筹协调；",
            "2.汇总检查情况，报县政府。",
            "（二）督查对象职责",
            "1.如实提供有关资料。");
        var tasks = plan.Model.Tasks.ToList();

        // What an inspection plan inspects at a body is no work of that body's.
        Assert.Empty(tasks[0].InEffect.Leads);
        Assert.Equal(new[] { "县安委会办公室" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "县安委会办公室" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Empty(tasks[3].InEffect.Leads);
    }

    [Fact]
    public void A_groups_name_and_colon_over_a_list_gives_the_list_to_the_group()
    {
        var plan = Import(
            "2024年控辍保学工作方案",
            "二、工作任务",
            "（一）县教育局：",
            "1.建立辍学学生动态监测台账；",
            "（二）各乡镇（街道）：",
            "1.落实“一生一档”；",
            "2.会同学校做好家访劝返。");
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "县教育局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "各乡镇（街道）" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "各乡镇（街道）" }, plan.Names(tasks[2].InEffect.Leads));
    }

    [Fact]
    public void A_rows_header_wrapped_onto_a_second_line_column_by_column_is_joined()
    {
        var plan = Import(
            "2024年全区河湖长制重点工作任务表",
            "序号 | 重点 | 具体措施 | 责任 | 配合 | 完成",
            " | 任务 | | 单位 | 单位 | 时限",
            "1 | 河湖清四乱 | 开展河湖清四乱常态化规范化整治 | 区水务局 | 各街道办事处 | 全年",
            "2 | 水污染防治 | 完成入河排污口排查整治 | 区生态环境分局 | 区水务局 | 9月底");
        Assert.Equal(new[] { "1", "2" }, plan.Model.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区水务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("1"));
        Assert.Equal(new[] { "区生态环境分局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区水务局" }, plan.Supports("2"));
    }

    [Fact]
    public void A_row_with_an_empty_last_remark_is_read_a_line_short()
    {
        var plan = Import(
            "县文旅局2024年安全生产工作任务",
            "工作任务", "责任单位", "备注",
            "开展景区安全隐患排查", "资源开发股", "每月一次",
            "开展节假日值班值守", "办公室",
            "开展文物安全巡查", "文物股", "重点时段",
            "开展演出场所检查", "市场股", "专项");
        Assert.Equal(new[] { "开展景区安全隐患排查", "开展节假日值班值守", "开展文物安全巡查", "开展演出场所检查" }, plan.Model.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "办公室" }, plan.Names(plan.Model.Tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "文物股" }, plan.Names(plan.Model.Tasks[2].InEffect.Leads));
        Assert.DoesNotContain("备注：开展文物安全巡查", plan.Result.Plan);
    }

    [Fact]
    public void A_column_naming_support_before_lead_is_no_accountable_list()
    {
        var plan = Import(
            "| 序号 | 工作任务 | 配合单位及牵头单位 | 完成时限 |",
            "| 1 | 推进老旧小区改造 | 县财政局、县住建局 | 年底前 |",
            "| 2 | 推进背街小巷整治 | 县财政局、县城管局 | 年底前 |");
        Assert.DoesNotContain(plan.Model.Tasks, t => plan.Names(t.InEffect.Leads).Contains("县财政局"));
    }

    [Fact]
    public void A_groups_duties_heading_and_a_request_for_instructions_read_alike_in_traditional_characters()
    {
        var plan = Import(
            "二、工作職責",
            "（一）各鄉鎮工作職責",
            "1.落實場地；",
            "2.組織觀眾。",
            "三、其他",
            "1.請示省農業農村廳牽頭協調項目資金。");
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "各鄉鎮" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "各鄉鎮" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Empty(tasks[2].InEffect.Leads);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("示", System.StringComparison.Ordinal));
    }
}
