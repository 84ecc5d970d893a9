using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A list set like a table of contents, its header's column names and each row's cells apart by a leader
/// (<c>项目名称……………责任单位</c> / <c>１．城区新建公办幼儿园3所……………县教育局</c>), and a unit cell that names who helps
/// beside who does the work (<c>县交通运输局（县公路中心配合）</c>, <c>县商务局，县市场监管局配合</c>).
/// </summary>
public class LeaderTableAndCellSupportTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_list_set_with_leaders_under_a_header_of_column_names_is_a_table()
    {
        var plan = Import(
            "某县2024年民生工程责任分解表",
            "",
            "项目名称…………………………………………………………责任单位",
            "１．城区新建公办幼儿园3所……………………………县教育局",
            "２．改造农村薄弱学校校舍2.1万平方米……………………………县教育局",
            "３．村卫生室标准化建设40个·························县卫健局　县医保局",
            "４．农村公路安全生命防护工程120公里.............................县交通运输局（县公路中心配合）",
            "５．困难群众临时救助扩面－－－－－－－－－县民政局",
            "６．全民健身中心建设.............................",
            "７．残疾儿童康复救助全覆盖……………………………县残联",
            "",
            "备注：各责任单位要将项目进展情况于每月5日前报县民生工程领导小组办公室。");
        Assert.Equal(new[] { "１．", "２．", "３．", "４．", "５．", "６．", "７．" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("改造农村薄弱学校校舍2.1万平方米", plan.Tasks.ElementAt(1).Title);
        Assert.Equal(new[] { "县教育局" }, plan.Leads("１．"));
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("３．"));
        Assert.Equal(new[] { "县医保局" }, plan.Supports("３．"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("４．"));
        Assert.Equal(new[] { "县公路中心" }, plan.Supports("４．"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("５．"));
        // Nothing after its leader: a task that names no one, not a heading.
        Assert.Empty(plan.Leads("６．"));
        Assert.Equal("全民健身中心建设", plan.Tasks.ElementAt(5).Title);
        Assert.DoesNotContain(plan.Model.Sections, s => s.Title.Contains("全民健身"));
        Assert.Equal(new[] { "县残联" }, plan.Leads("７．"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains('…') || (u.FullName ?? u.Id).Contains('（'));
    }

    [Fact]
    public void A_list_set_with_leaders_in_a_web_pages_paragraphs_is_a_table_too()
    {
        const string Page = """
            <html><body><h1>某县2024年教育实事责任分解</h1>
            <p>项目名称……………………责任单位</p>
            <p>1．推进义务教育优质均衡发展……………县教育局</p>
            <p>2．实施校舍安全改造工程……………县住建局</p>
            <p>3．加强教师队伍建设……………</p>
            <p>各责任单位要按月报送进展。</p>
            </body></html>
            """;
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(Page));
        Assert.Equal(new[] { "1．", "2．", "3．" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal("推进义务教育优质均衡发展", plan.Tasks.First().Title);
        Assert.Equal(new[] { "县教育局" }, plan.Leads("1．"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2．"));
        Assert.Empty(plan.Leads("3．"));
    }

    [Fact]
    public void A_table_of_contents_is_no_task_table()
    {
        var plan = Import(
            "某市2024年重点工作方案",
            "目　录",
            "一、扩大有效投资……………………………1",
            "二、促进消费升级……………………………3",
            "三、保障措施……………………………5",
            "一、扩大有效投资",
            "1.推进重大项目建设。（市发展改革委牵头）",
            "二、促进消费升级",
            "2.开展消费促进活动。（市商务局牵头）");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "1" || u.Id == "3");
    }

    [Fact]
    public void Indicators_with_leaders_and_no_header_stay_text()
    {
        var plan = Import(
            "某区2024年经济社会发展主要指标",
            "一、主要指标",
            "1.地区生产总值增长……………………6%",
            "2.城镇新增就业人数……………………3000人",
            "3.居民人均可支配收入增长……………………6.5%");
        Assert.All(plan.Tasks, t => Assert.Empty(t.InEffect.Leads));
        Assert.Empty(plan.Model.Units);
    }

    [Fact]
    public void A_leader_row_with_more_cells_than_the_header_stays_a_row_and_its_extra_cells_go_to_the_reviewer()
    {
        var plan = Import(
            "项目名称……………责任单位",
            "1.新建学校……………县教育局",
            "2.新建医院……………县卫健局",
            "3.新建水库……………县水务局……………2024年底……………县财政局",
            "4.修订条例……………县人大常委会",
            "5.新建公园。（县住建局牵头）");
        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "5." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县水务局" }, plan.Leads("3."));
        Assert.Empty(plan.Supports("3."));
        Assert.DoesNotContain(plan.Result.Plan!.Split('\n'), l => !l.StartsWith("# review:", System.StringComparison.Ordinal) && l.Contains("县财政局"));
        Assert.Contains("# review: row 3. has cells past the header's last column (责任单位): 2024年底、县财政局 read in no role", plan.Result.Plan);
        Assert.Equal(new[] { "县人大常委会" }, plan.Leads("4."));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("5."));
    }

    [Theory]
    [InlineData("县交通运输局（县公路中心配合）")]
    [InlineData("县交通运输局，县公路中心配合")]
    [InlineData("县交通运输局(县公路中心协助)")]
    public void A_unit_cell_naming_who_helps_keeps_its_own_unit_as_the_accountable_one(string cell)
    {
        var plan = Import(
            "某县2024年民生工程责任分解表",
            "序号 | 项目名称 | 责任单位 | 完成时限",
            "1 | 开通城乡公交线路6条 | " + cell + " | 年底",
            "2 | 新建农贸市场2个 | 县商务局 | 年底");
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县公路中心" }, plan.Supports("1"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("配合") || (u.FullName ?? u.Id).Contains("协助"));
    }

    [Theory]
    [InlineData("1. 改造国道。\n责任单位：县交通运输局（县公路中心配合）")]
    [InlineData("1. 改造国道。责任单位：县交通运输局（县公路中心配合）")]
    [InlineData("1. 改造国道。\n牵头单位：县交通运输局（县公路中心协助）")]
    public void A_field_naming_who_helps_in_a_bracket_keeps_its_unit_as_the_accountable_one(string task)
    {
        var plan = Import("重点任务分工", task, "2. 规范市场秩序。", "责任单位：县商务局");
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县公路中心" }, plan.Supports("1."));
    }

    [Theory]
    [InlineData("市民政局（牵头）、市财政局", "市民政局", "市财政局")]
    [InlineData("办公室（安全生产办）", "办公室（安全生产办）", null)]
    [InlineData("县教育局，各乡镇按职责分工负责", "县教育局", "各乡镇")]
    public void Other_brackets_and_divisions_in_a_unit_cell_read_as_before(string cell, string lead, string? support)
    {
        var plan = Import(
            "序号 | 项目名称 | 责任单位",
            "1 | 开通城乡公交线路6条 | " + cell,
            "2 | 新建农贸市场2个 | 县商务局");
        Assert.Equal(new[] { lead }, plan.Leads("1"));
        Assert.Equal(support is null ? new string[0] : new[] { support }, plan.Supports("1"));
    }

    [Theory]
    [InlineData("市财政局（林涛 139xxxx6688）、市委网信办", "市财政局", "市委网信办")]
    [InlineData("市公安局（网安支队 何勇 0796-8261xxxx）", "市公安局", null)]
    [InlineData("市直各部门（各部门数据专员）", "市直各部门", null)]
    public void A_contact_in_brackets_after_a_supporting_unit_is_no_part_of_its_name(string supports, string first, string? second)
    {
        var plan = Import(
            "某市2024年数字政府建设工作要点",
            "1.推进政务云资源整合。",
            "牵头单位：市数据局（联系人：周琳，电话：0796-8213xxxx）",
            "配合单位：" + supports,
            "2.完善电子政务外网。",
            "牵头单位：市数据局");
        Assert.Equal(new[] { "市数据局" }, plan.Leads("1."));
        Assert.Equal(second is null ? new[] { first } : new[] { first, second }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("xxxx") || (u.FullName ?? u.Id).Contains("专员"));
    }

    [Fact]
    public void Measures_under_one_merged_number_whose_cells_mark_the_lead_are_the_tasks()
    {
        const string Page = """
            <html><body><table border="1">
            <tr><td>序号</td><td>重点任务</td><td>主要举措</td><td>责任单位</td></tr>
            <tr><td rowspan="2">1</td><td rowspan="2">推进农业转移人口市民化</td><td>全面放开县城落户限制</td><td>县公安局（牵头）</td></tr>
            <tr><td>将新市民纳入住房保障范围</td><td>县住建局</td></tr>
            <tr><td rowspan="2">2</td><td rowspan="2">提升公共服务水平</td><td>推进县人民医院提标扩能</td><td>县卫健局</td></tr>
            <tr><td>新建县城第二中学</td><td>县教育局</td></tr>
            </table>
            <p>备注：标注“（牵头）”的为牵头单位，其他为配合单位。</p></body></html>
            """;
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(Page));
        Assert.Equal(new[] { "县公安局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县住建局" }, plan.Supports("1"));
        // No mark in any row: each row's unit is its own measure's, as before.
        var task = plan.Task("2");
        Assert.Equal(new[] { "县卫健局" }, plan.Names(task.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "县教育局" }, plan.Names(task.Items[1].InEffect.Leads));
    }
}
