using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// Table shapes an outside run found lost or misread: tables drawn with rules (box-drawing and ASCII grids), a
/// subtotal row merged across the number and task cells, a note row across the table, rows copied out of Excel under
/// a category printed only on its group's first row, unit names broken by a narrow cell, a list whose lead is named
/// in brackets after it, rectification lists by their problems, and a measure row with an empty lead cell.
/// </summary>
public class Hostile30TableShapeTests
{
    private static ImportedModel Html(string html) => ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(html));

    private static ImportedModel Text(params string[] lines) => ImportedModel.FromFile("plan.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

    [Fact]
    public void A_box_drawn_table_is_read_with_its_wrapped_cells_joined_and_its_heading_rows()
    {
        var plan = Text(
            "江州市2024年城市管理重点任务",
            "┌──────┬──────────────────┬──────────────┬──────────────┐",
            "│ 序号 │     重点任务     │   牵头单位   │   配合单位   │",
            "├──────┴──────────────────┴──────────────┴──────────────┤",
            "│ 一、园林绿化                                         │",
            "├──────┬──────────────────┬──────────────┬──────────────┤",
            "│ 1    │ 新建改造城市公园 │ 市住房城乡建 │ 市自然资源和 │",
            "│      │ 和口袋公园20个   │ 设局         │ 规划局       │",
            "├──────┼──────────────────┼──────────────┼──────────────┤",
            "│ 2    │ 实施城市绿道贯通 │ 市城市管理局 │ 各区人民政府 │",
            "└──────┴──────────────────┴──────────────┴──────────────┘");
        Assert.Equal("园林绿化", Assert.Single(plan.Model.Sections).Title);
        Assert.Equal("新建改造城市公园和口袋公园20个", plan.Task("1").Title);
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市自然资源和规划局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_column_a_rule_leaves_open_is_one_cell_merged_over_the_rows_below()
    {
        var plan = Text(
            "┌──────────┬──────┬──────────────────┬──────────────┐",
            "│   板块   │ 序号 │     任务举措     │   主办单位   │",
            "├──────────┼──────┼──────────────────┼──────────────┤",
            "│ 人才引进 │ 1    │ 实施英才引育计划 │ 市委人才办   │",
            "│          ├──────┼──────────────────┼──────────────┤",
            "│          │ 2    │ 举办校园招聘活动 │ 市人力资源社 │",
            "│          │      │                  │ 会保障局     │",
            "├──────────┼──────┼──────────────────┼──────────────┤",
            "│ 人才服务 │ 3    │ 建设人才公寓     │ 市住房城乡建 │",
            "│          │      │                  │ 设局         │",
            "└──────────┴──────┴──────────────────┴──────────────┘");
        Assert.Equal(new[] { "人才引进", "人才服务" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "市委人才办" }, plan.Leads("1"));
        Assert.Equal(new[] { "市人力资源社会保障局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市住房城乡建设局" }, plan.Leads("3"));
    }

    [Fact]
    public void An_ascii_grid_is_read_and_a_plus_inside_a_cell_parts_nothing()
    {
        var plan = Text(
            "+------+------------------------+----------------------+",
            "| 序号 | 工作任务               | 责任单位             |",
            "+======+========================+======================+",
            "| 1    | 推进5G+工业互联网融合  | 市工业和信息化局、市 |",
            "|      | 应用                   | 通信管理办（市工业和 |",
            "|      |                        | 信息化局牵头）       |",
            "+------+------------------------+----------------------+",
            "| 2    | 建设城市物流配送中心   | 市商务局             |",
            "+------+------------------------+----------------------+");
        Assert.Equal("推进5G+工业互联网融合应用", plan.Task("1").Title);
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市通信管理办" }, plan.Supports("1"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_table_left_open_at_its_end_stays_text()
    {
        var plan = Text(
            "一、重点任务",
            "┌──────┬──────────────────┬──────────────┐",
            "│ 序号 │     重点任务     │   牵头单位   │",
            "├──────┼──────────────────┼──────────────┤",
            "│ 1    │ 实施城市绿道贯通 │ 市城市管理局 │");

        // Not read as a table (no task of its rows, nobody leads); its lines stay the section's text.
        Assert.Empty(plan.Tasks);
        Assert.Empty(plan.Model.Units);
        Assert.Contains("实施城市绿道贯通", plan.Model.Sections.Single().Text);
    }

    [Fact]
    public void A_subtotal_row_merged_over_the_number_and_task_cells_makes_no_categories()
    {
        var plan = Html("<table><tr><td>序号</td><td>项目名称</td><td>建设内容及规模</td><td>总投资（万元）</td><td>责任单位</td></tr>"
            + "<tr><td colspan=\"5\">一、老旧小区改造（2个）</td></tr>"
            + "<tr><td>1</td><td>青河区老旧小区改造提升工程</td><td>改造小区32个</td><td>18600</td><td>区住房城乡建设局</td></tr>"
            + "<tr><td>2</td><td>文昌街道片区完整社区建设项目</td><td>新建社区综合服务站2处</td><td>6200</td><td>文昌街道办事处</td></tr>"
            + "<tr><td colspan=\"3\">小计</td><td>24800</td><td></td></tr>"
            + "<tr><td colspan=\"5\">注：责任单位有多个的，排在第一位的为牵头单位。</td></tr></table>");
        Assert.Equal(new[] { "老旧小区改造（2个）" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "青河区老旧小区改造提升工程", "文昌街道片区完整社区建设项目" }, plan.Tasks.Select(t => t.Title));
        Assert.Equal(new[] { "区住房城乡建设局" }, plan.Leads("1"));
        Assert.Contains("注：责任单位有多个的", plan.Task("2").Text);
    }

    [Fact]
    public void Rows_copied_out_of_excel_keep_the_empty_cells_they_start_with()
    {
        var plan = Text(
            "板块\t序号\t任务举措\t主办单位\t协办单位\t完成时间",
            "信贷投放\t1\t推动各项贷款余额增长10%以上\t人民银行江州市分行\t金融监管分局\t2024年12月",
            "\t2\t扩大普惠小微企业贷款投放\t金融监管分局\t人民银行江州市分行\t2024年12月",
            "直接融资\t3\t推进企业上市育苗工程\t市委金融办\t市科技局\t2024年12月");
        Assert.Equal(new[] { "信贷投放", "直接融资" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal("扩大普惠小微企业贷款投放", plan.Task("2").Title);
        Assert.Equal(new[] { "金融监管分局" }, plan.Leads("2"));
        Assert.Equal(new[] { "人民银行江州市分行" }, plan.Supports("2"));
    }

    [Theory]
    [InlineData("市市场监督<br>管理局", "市市场监督管理局")]
    [InlineData("市住房城乡 建设局", "市住房城乡建设局")]
    [InlineData("市&nbsp;民政局", "市民政局")]
    public void A_unit_name_a_narrow_cell_or_a_stray_space_broke_is_read_whole(string cell, string name)
    {
        var plan = Html("<table><tr><td>序号</td><td>工作内容</td><td>主责单位</td><td>协同部门</td></tr>"
            + "<tr><td>1</td><td>推动餐饮场所安装可燃气体报警装置</td><td>" + cell + "</td><td>市消防救援支队</td></tr></table>");
        Assert.Equal(new[] { name }, plan.Leads("1"));
    }

    [Fact]
    public void Two_bodies_of_a_list_on_two_lines_stay_two()
    {
        var plan = Html("<table><tr><td>序号</td><td>工作内容</td><td>责任单位</td></tr>"
            + "<tr><td>1</td><td>推动餐饮场所安装报警装置</td><td>市城市管理局<br>市消防救援支队</td></tr></table>");
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市消防救援支队" }, plan.Supports("1"));
    }

    [Fact]
    public void A_rectification_list_is_read_by_its_problems_each_measure_with_its_own_lead()
    {
        var html = "<table><tr><td>序号</td><td>问题描述</td><td>整改措施</td><td>责任单位</td><td>整改时限</td></tr>"
            + "<tr><td rowspan=\"3\">1</td><td rowspan=\"3\">药品耗材采购管理不规范</td><td>组织开展药品采购专项检查</td><td>药政股牵头，规划财务股配合</td><td>2024年5月底前</td></tr>"
            + "<tr><td>推行药品耗材网上集中采购</td><td>药政股</td><td>2024年8月底前</td></tr>"
            + "<tr><td>建立药品耗材采购异常预警机制</td><td></td><td>2024年12月底前</td></tr></table>";
        var plan = Html(html);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal("药品耗材采购管理不规范", task.Title);
        Assert.Equal(3, task.Items.Count);
        Assert.Equal(new[] { "药政股" }, plan.Names(task.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "规划财务股" }, plan.Names(task.Items[0].InEffect.Supports));
        Assert.Equal(new[] { "药政股" }, plan.Names(task.Items[1].InEffect.Leads));
        Assert.Empty(task.Items[2].InEffect.Leads);
    }
}
