using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables that say each row's roles in ways other than one column per role: a header printed again mid-table with
/// its columns in another order, a 分工 column of 牵头 / 配合 beside one unit per row, a 牵头单位/配合单位 column split
/// at a slash, and measures under a task cell left blank (a CSV) each with its own units, one of them with none; a
/// person after a label in brackets (（负责人：周某）) beside a body.
/// </summary>
public class RestatedHeaderAndRoleCellTableTests
{
    private static ImportedModel Csv(string name, params string[] lines)
        => ImportedModel.FromFile(name, Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    private static ImportedModel Html(string name, string table)
        => ImportedModel.FromFile(name, Encoding.UTF8.GetBytes("<html><body><p>柳溪县2025年重点改革任务分工</p>" + table + "</body></html>"));

    [Fact]
    public void A_header_printed_again_with_its_columns_in_another_order_maps_the_rows_under_it()
    {
        var plan = Csv("blocks.csv",
            "柳溪县2025年水利建设重点任务",
            "一、防洪减灾",
            "序号,重点任务,牵头单位,配合单位,完成时限",
            "1,加固病险水库大坝。完成三座水库除险加固。,县水利局,县财政局,2025年10月",
            "2,疏浚城区排涝河道。打通排涝堵点。,县城市管理局,县水利局、县住房城乡建设局,2025年6月",
            "二、农村供水",
            "序号,完成时限,配合单位,牵头单位,重点任务",
            "3,2025年12月,县卫生健康局,县水利局,推进农村供水规模化改造。提升水质达标率。",
            "4,2025年9月,县水利局、县财政局,各乡镇人民政府,开展农村饮水工程巡查。落实管护责任。",
            "5,2025年12月,县自然资源局,,划定饮用水水源保护范围。规范标志设置。");

        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("3"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Supports("3"));
        Assert.Equal("推进农村供水规模化改造", plan.Task("3").Title);
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("4"));
        Assert.Equal(new[] { "县水利局", "县财政局" }, plan.Supports("4"));
        Assert.Equal(new[] { "5" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("5"));
    }

    [Fact]
    public void A_row_naming_a_task_with_a_header_word_is_still_a_task()
    {
        // 重点项目 is a header's word, but 3 and the units beside it are not: the row is a task, not a header again.
        var plan = Csv("rows.csv",
            "序号,重点任务,牵头单位,配合单位,完成时限",
            "1,建设城东污水处理厂二期。,县住房城乡建设局,县生态环境局,2025年12月",
            "2,重点项目,县发展改革局,县财政局,2025年12月",
            "3,改造城区老旧供水管网。,县水务公司,县住房城乡建设局,2025年9月");

        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "县发展改革局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县水务公司" }, plan.Leads("3"));
    }

    [Fact]
    public void A_role_column_beside_one_unit_per_row_gives_each_unit_its_role()
    {
        var plan = Html("roles.html", "<table><tr><th>序号</th><th>改革任务</th><th>责任单位</th><th>分工</th><th>完成时限</th></tr>"
            + "<tr><td rowspan=\"3\">1</td><td rowspan=\"3\">推进政务服务一网通办。</td><td>县行政审批局</td><td>配合</td><td rowspan=\"3\">2025年12月</td></tr>"
            + "<tr><td>县数据资源局</td><td>牵头</td></tr>"
            + "<tr><td>县财政局</td><td>配合</td></tr>"
            + "<tr><td rowspan=\"2\">2</td><td rowspan=\"2\">深化农村宅基地制度改革。</td><td>县农业农村局</td><td>牵头</td><td rowspan=\"2\">2025年10月</td></tr>"
            + "<tr><td>县自然资源局</td><td>牵头</td></tr>"
            + "<tr><td rowspan=\"2\">3</td><td rowspan=\"2\">推行工程建设项目联合验收。</td><td>县住房城乡建设局</td><td>配合</td><td rowspan=\"2\">2025年8月</td></tr>"
            + "<tr><td>县消防救援大队</td><td>配合</td></tr>"
            + "<tr><td>4</td><td>完善国有资产监管体制。</td><td>县国资中心</td><td>牵头</td><td>2025年6月</td></tr>"
            + "</table>");

        Assert.Equal(new[] { "县数据资源局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县行政审批局", "县财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县农业农村局", "县自然资源局" }, plan.Leads("2"));
        Assert.Equal(new[] { "3" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县住房城乡建设局", "县消防救援大队" }, plan.Supports("3"));
        Assert.Equal(new[] { "县国资中心" }, plan.Leads("4"));
    }

    [Fact]
    public void A_remark_column_that_says_more_than_role_words_gives_no_roles()
    {
        // 牵头 once among other remarks is a remark: the rule above the table still names the first listed the lead.
        var plan = Html("remarks.html", "<p>责任单位排在第一位的为牵头单位。</p><table><tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>备注</th></tr>"
            + "<tr><td>1</td><td>推进城区雨污分流改造。</td><td>县住房城乡建设局、县水利局</td><td>牵头</td></tr>"
            + "<tr><td>2</td><td>建设智慧停车管理平台。</td><td>县城市管理局、县公安局</td><td>续建项目</td></tr>"
            + "</table>");

        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县水利局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_lead_and_support_column_joined_at_a_slash_splits_its_cells_there()
    {
        var plan = Csv("slash.csv",
            "序号,项目名称,建设内容,牵头单位/配合单位,计划完成时间",
            "1,城东片区道路提升工程,改造道路5公里,县住房城乡建设局/县交通运输局、县公安局,2025年12月",
            "2,城南学校新建工程,建设教学楼2栋,县教育局、县住房城乡建设局/县财政局,2025年8月",
            "3,滨河绿道建设,建设绿道6公里,/县自然资源局,2025年10月",
            "4,农贸市场改造,改造市场1个,县商务局/,2025年9月",
            "注：斜杠前为牵头单位，斜杠后为配合单位。,,,,");

        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县交通运输局", "县公安局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县教育局", "县住房城乡建设局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("2"));
        Assert.Equal(new[] { "3" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("3"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("4"));
        Assert.Empty(plan.Supports("4"));
    }

    [Fact]
    public void Measures_under_a_blank_task_cell_keep_their_own_units_and_an_empty_lead_stays_empty()
    {
        var plan = Csv("measures.csv",
            "序号,重点工作,具体措施,牵头单位,配合单位,完成时限",
            "1,强化校园安全管理,开展校园周边交通秩序整治。,县公安局,县教育局,2025年9月",
            ",,推进校园食堂明厨亮灶建设。,县市场监管局,县教育局,2025年12月",
            ",,开展校舍安全隐患排查。,,县住房城乡建设局,2025年8月",
            "2,推进全民健身设施建设,新建社区健身广场10处。,县文化体育局,各乡镇人民政府,2025年12月");

        var task = plan.Task("1");
        Assert.Empty(task.InEffect.Leads);
        Assert.Equal(new[] { "县公安局" }, plan.Names(task.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "县市场监管局" }, plan.Names(task.Items[1].InEffect.Leads));
        Assert.Empty(task.Items[2].InEffect.Leads);
        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Names(task.Items[2].InEffect.Supports));
        Assert.Equal(new[] { "县文化体育局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_person_after_a_label_in_brackets_is_no_part_of_the_body_s_name()
    {
        // 县体育中心（负责人：周某） under 责任单位及责任人: the body is 县体育中心, the person stays text.
        var plan = Html("persons.html", "<p>责任单位排在第一位的为牵头单位。</p><table><tr><td>序号</td><td>工作任务</td><td>工作措施</td><td>责任单位及责任人</td><td>完成时限</td></tr>"
            + "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">加强学生体质健康管理</td><td>开展学生体质健康监测。</td><td>县教育局（王某）、县体育中心（负责人：周某）</td><td>9月底</td></tr>"
            + "<tr><td>建设校园体育设施。</td><td>县体育中心（负责人：周某）<br>县财政局（李某）</td><td>12月底</td></tr>"
            + "</table>");

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(new[] { "县教育局" }, plan.Names(task.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "县体育中心" }, plan.Names(task.Items[0].InEffect.Supports));
        Assert.Equal(new[] { "县体育中心" }, plan.Names(task.Items[1].InEffect.Leads));
        Assert.Equal(new[] { "县财政局" }, plan.Names(task.Items[1].InEffect.Supports));
    }

    [Fact]
    public void Measures_under_one_printed_lead_in_a_csv_stay_the_task_s()
    {
        // The lead printed on the first measure only may be a merged cell exported once: the task's lead, as before.
        var plan = Csv("onelead.csv",
            "序号,重点工作,具体措施,牵头单位,配合单位,完成时限",
            "1,推进园区循环化改造,编制园区循环化改造实施方案。,县发展改革局,县工业和信息化局,2025年6月",
            ",,建设园区集中供热管网工程。,,县住房城乡建设局,2025年10月",
            ",,开展园区企业清洁生产审核。,,县生态环境局,2025年12月");

        Assert.Equal(new[] { "县发展改革局" }, plan.Leads("1"));
        Assert.Contains("县生态环境局", plan.Supports("1"));
    }
}
