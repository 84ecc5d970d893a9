using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes a blind set of invented plans found unread or misread: a ledger's measure cell wrapped at a comma in text
/// copied a cell a line, a closing 以上工作 sentence after tasks that name their own leads, labels as a scan's
/// recognition reads them, a consultation plan's topics, circled numbers past twenty, and departments in brackets after
/// what a task builds.
/// </summary>
public class SecondUnseenShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_measure_cell_wrapped_at_a_comma_keeps_the_rows_cells_in_their_columns()
    {
        var plan = Import("区巡视反馈问题整改台账", "序号", "反馈问题", "整改措施", "责任领导", "牵头单位", "责任单位", "完成时限",
            "1", "安全生产监管存在薄弱环节", "开展安全生产专项整治", "副区长 王强", "区应急管理局", "区安委会各成员单位", "2024年12月底",
            "2", "农村集体“三资”管理不规范", "开展集体经济合同清理规范，", "建立农村产权交易平台", "副区长 周健", "区农业农村局", "/", "2024年9月底",
            "3", "落实意识形态工作责任制有差距", "健全意识形态工作联席会议制度", "区委常委、宣传部部长 李静", "区委宣传部", "区委网信办", "2024年8月底");
        Assert.Equal(new[] { "区应急管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区农业农村局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal(new[] { "区委宣传部" }, plan.Leads("3"));
    }

    [Fact]
    public void A_closing_sentence_on_the_tasks_above_does_not_reach_past_one_that_names_its_own_lead()
    {
        var plan = Import("某市城市更新行动实施方案", "二、主要任务",
            "（一）加强城市地下管网建设。全面摸清城市地下管网底数。", "一是加快燃气老化管道更新改造；二是推进雨污分流改造。",
            "（二）提升城市生态品质。推进城市公园体系建设。", "此项工作由市园林绿化局牵头，市自然资源和规划局配合。",
            "（三）推进城市数字化治理。建设城市运行管理服务平台。", "推进城市信息模型平台建设。", "以上工作由市数据局、市城市管理局负责。");
        Assert.Empty(plan.Leads("（一）"));
        Assert.Equal(new[] { "市园林绿化局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void A_body_doing_the_work_with_another_is_read_from_its_own_sentence()
    {
        var plan = Import("某市城市更新行动实施方案", "二、主要任务",
            "（一）加强城市地下管网建设。全面摸清城市地下管网底数。", "一是加快燃气老化管道更新改造；二是推进雨污分流改造。",
            "市住房和城乡建设局会同市水务局负责推进。", "（二）提升城市生态品质。推进城市公园体系建设。", "此项工作由市园林绿化局牵头，市自然资源和规划局配合。");
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市水务局" }, plan.Supports("（一）"));
    }

    [Theory]
    [InlineData("牵头単位：镇经济发展办", "配台单位：镇财政所、镇规划建设办")]
    [InlineData("牵头单位：镇经济发展办", "配合単位：镇财政所、镇规划建设办")]
    public void Labels_as_a_scans_recognition_reads_them_are_the_labels(string lead, string support)
    {
        var plan = Import("桐湾镇2024年工作要点", "一、抓实经济发展", "1.全力抓好项目建设。全年实施重点项目12个。", "责任领导：张德明", lead, support,
            "2.推进个体工商户“个转企”。年内完成8家。", "责任领导：张德明", "责仼单位：镇市场监管所");
        Assert.Equal(new[] { "镇经济发展办" }, plan.Leads("1."));
        Assert.Equal(new[] { "镇财政所", "镇规划建设办" }, plan.Supports("1."));
        Assert.Equal(new[] { "镇市场监管所" }, plan.Leads("2."));
    }

    [Fact]
    public void A_consultation_plans_topics_are_its_tasks()
    {
        var csv = string.Join("\r\n", "梧冈市政协2024年度协商工作计划,,,,,", "序号,协商议题,协商形式,时间安排,承办单位,协办单位",
            "1,推动民营经济高质量发展,常委会议,4月,经济委员会,市工商联", "2,完善城乡养老服务体系,专题协商会,5月,社会和法制委员会,教科卫体委员会");
        var plan = ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "经济委员会" }, plan.Leads("1"));
        Assert.Equal(new[] { "市工商联" }, plan.Supports("1"));
        Assert.Equal(new[] { "社会和法制委员会" }, plan.Leads("2"));
    }

    [Fact]
    public void Circled_numbers_past_twenty_go_on_the_list()
    {
        var lines = new[] { "某市2025年民生实事项目", "一、民生实事" }
            .Concat(Enumerable.Range(0, 20).Select(i => (char)('\u2460' + i) + "实施民生项目" + (i + 1) + "（市民政局牵头）"))
            .Concat(new[] { "㉑开展职业技能培训3万人次（市人力资源社会保障局牵头）", "㉒建设体育设施100处（市体育局牵头）" }).ToArray();
        var plan = Import(lines);
        Assert.Equal(22, plan.Tasks.Count());
        Assert.Equal(new[] { "市人力资源社会保障局" }, plan.Leads("㉑"));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("㉒"));
    }

    [Fact]
    public void Departments_in_brackets_glued_after_what_tasks_build_or_serve_name_who_does_them()
    {
        var plan = Import("某市2025年民生实事项目", "一、民生实事",
            "①新建改扩建中小学和幼儿园10所，新增学位8000个（市教育局）", "②建设智慧化社区卫生服务中心15家（市卫生健康委）",
            "③建设“15分钟健身圈”体育设施100处（市体育局）", "④为困难失能老人提供居家养老上门服务（市民政局）");
        Assert.Equal(new[] { "市教育局" }, plan.Leads("①"));
        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("②"));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("③"));
        Assert.Equal(new[] { "市民政局" }, plan.Leads("④"));
    }

    [Fact]
    public void Labels_set_as_tags_in_tortoise_shell_brackets_are_fields()
    {
        var plan = Import("中共岚溪市委全面深化改革委员会二〇二四年工作要点", "一、经济体制改革", "1.深化国资国企改革。推进市属国企战略性重组。",
            "〔牵头〕市国资委　〔参与〕市财政局、市发改委", "2.深化财税体制改革。推进预算管理一体化。", "〔牵头〕市财政局");
        Assert.Equal(new[] { "市国资委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市财政局", "市发改委" }, plan.Supports("1."));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("2."));
    }

    [Theory]
    [InlineData("（一）由县农业农村局牵头", "县农业农村局", "")]
    [InlineData("（一）县水利局牵头，县财政局配合", "县水利局", "县财政局")]
    [InlineData("（一）以下事项由各乡镇人民政府负责落实", "各乡镇人民政府", "")]
    [InlineData("（一）县供销社、县商务局共同负责", "县供销社", "县商务局")]
    public void A_sub_heading_that_only_says_who_does_the_work_under_it_gives_its_tasks_their_roles(string heading, string lead, string supports)
    {
        var plan = Import("某县2024年农业农村重点工作任务清单", "一、稳定粮食和重要农产品生产", heading, "1.全年粮食播种面积稳定在62.5万亩以上。",
            "2.落实耕地地力保护补贴政策。", "（二）其他事项", "3.开展高素质农民培育1200人次。（县农广校负责）");
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(new[] { lead }, plan.Leads("2."));
        Assert.Equal(supports.Length == 0 ? new string[0] : supports.Split('|'), plan.Supports("2."));
        Assert.Equal(new[] { "县农广校" }, plan.Leads("3."));
    }

    [Fact]
    public void A_sub_heading_naming_a_topic_gives_no_one_its_tasks()
    {
        var plan = Import("某县2024年工作要点", "一、重点工作", "（一）加强市场监管", "1.开展食品安全专项整治。", "2.推进信用监管。");
        Assert.Empty(plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void Numbers_and_labels_as_a_scans_recognition_reads_them_keep_each_task_its_own_fields()
    {
        var plan = Import("桐湾镇2024年工作要点", "一、抓实经济发展", "l.全力抓好项目建设。全年实施重点项目12个。", "牵头単位：镇经济发展办",
            "2.培育壮大村级集体经济。所有村集体经营性收入达到15万元以上。", "牵头单位;镇农业农村办", "配合单位;各村（社区）",
            "3.推进个体工商户“个转企”。年内完成8家。", "7,推进农村公路提档升级。完成通村公路改造8.5公里。", "牵头单位：镇交通管理站");
        Assert.Equal(new[] { "l.", "2.", "3.", "7," }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "镇经济发展办" }, plan.Leads("l."));
        Assert.Equal(new[] { "镇农业农村办" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
        Assert.Equal(new[] { "镇交通管理站" }, plan.Leads("7,"));
    }

    [Fact]
    public void A_leaders_cell_with_the_posts_held_and_a_lead_cell_marked_empty_carry_no_lead_down()
    {
        var plan = Import("区巡视反馈问题整改台账", "序号", "反馈问题", "整改措施", "责任领导", "牵头单位", "责任单位", "完成时限",
            "7", "落实意识形态工作责任制有差距", "健全意识形态工作联席会议制度", "区委常委、宣传部部长 李静", "区委宣传部", "区委网信办", "2024年8月底",
            "8", "年轻干部培养选拔力度不够", "建立优秀年轻干部库", "区委常委、组织部部长 钱宏", "/", "区委组织部、区人社局", "2024年12月底",
            "9", "形式主义问题仍较突出", "精简文件会议", "区委办主任 孙明", "区委办", "区政府办", "2024年10月底");
        Assert.Equal(new[] { "区委宣传部" }, plan.Leads("7"));
        Assert.Empty(plan.Leads("8"));
        Assert.Equal(new[] { "区委组织部", "区人社局" }, plan.Supports("8"));
        Assert.Equal(new[] { "区委办" }, plan.Leads("9"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("钱宏") || u.Id.Contains("李静"));
    }

    [Fact]
    public void Cells_wrapped_over_lines_in_a_table_copied_a_cell_a_line_are_joined_before_the_row_is_read()
    {
        var plan = Import("台州市进一步做好稳就业工作若干措施任务分工表", "序号", "政策措施", "责任单位（列第一位的为牵头部门）", "完成时限",
            "1", "延续阶段性减免企业养老、失业、工伤保险单位缴", "费政策，中小微企业三项社会保险单位缴费部分免", "征至2020年6月底",
            "市人力社保局、市财政局、", "市税务局", "2020年6月",
            "2", "对不裁员或少裁员的参保企业，返还上年度实际缴", "纳失业保险费的50%", "市人力社保局、市财政局", "2020年12月",
            "3", "阶段性降低企业用电、用气成本", "市发展改革委", "2020年6月");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市人力社保局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局", "市税务局" }, plan.Supports("1"));
        Assert.StartsWith("延续阶段性减免企业养老", plan.Task("1").Title);
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("3"));
    }

    [Fact]
    public void A_short_name_declared_in_tortoise_shell_brackets_is_no_part_of_the_name()
    {
        var plan = Import("某市“双减”工作要点", "一、重点任务", "（一）开展专项治理行动。严肃查处违规培训行为。（市“双减”工作专班〔以下简称市专班〕牵头，市教育局配合）",
            "（二）加强日常监管。（市专班牵头，市市场监管局配合）");
        Assert.Equal(new[] { "市“双减”工作专班" }, plan.Leads("（一）"));
        Assert.Equal(plan.Task("（一）").InEffect.Leads.ToArray(), plan.Task("（二）").InEffect.Leads.ToArray());
    }

    [Fact]
    public void A_column_naming_each_rows_work_by_its_kind_is_the_task_column()
    {
        var plan = Import("徐庄镇2017年度安全生产专项整治工作计划", "一、专项整治安排表", "专项整治行业名称 | 时间安排 | 责任单位 |",
            "烟花爆竹 | 1月份 | 安监站 安监所 |", "电力设施 | 3月份 | 电管所 |", "养老机构 | 4月份 | 民政所 |");
        Assert.Equal(new[] { "烟花爆竹", "电力设施", "养老机构" }, plan.Tasks.Select(t => t.Title).ToArray());
        Assert.Equal(new[] { "电管所" }, plan.Names(plan.Tasks.ElementAt(1).InEffect.Leads));
        Assert.Equal(new[] { "安监站" }, plan.Names(plan.Tasks.First().InEffect.Leads));
    }

    [Fact]
    public void A_progress_tables_long_column_and_a_task_cells_second_line_keep_the_rows()
    {
        var plan = Import("2023年度省政府民生实事涉我区工作任务一季度进展情况",
            "序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |",
            "1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装及场外施工 | 进展情况:室内装修完成80%。 | 顺利推进 |",
            "新增学位810个 | |||||",
            "2 | 完成一对一结对帮扶学校2所 | 教体局 | 互派人员到位 | 进展情况:3月10日开展交流。 | 顺利推进 |",
            "3 | 新建城市公园2个 | 住建局 | 完成设计 | 进展情况:设计完成。 | 顺利推进 |");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("新增学位810个", plan.Task("1").Title);
        Assert.Equal(new[] { "教体局" }, plan.Leads("1"));
        Assert.Equal(new[] { "住建局" }, plan.Leads("3"));
    }
}
