using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// Task tables in shapes hostile67 brought: a project list copied out of a spreadsheet whose header holds long words and
/// a 项目业主 column, and a Hong Kong district plan whose 項目 column numbers the rows and whose 主導部門 leads. Invented.
/// </summary>
public class ProjectListsAndDistrictTablesTests
{
    [Fact]
    public void A_project_list_with_long_header_words_is_a_table_and_its_owner_supports_the_accountable_body()
    {
        var text = string.Join("\n",
            "某县2025年重点项目包联责任表",
            "",
            "序号\t项目名称\t建设内容及规模\t总投资（亿元）\t2025年计划投资（亿元）\t包联县领导\t责任单位\t项目业主",
            "1\t城东大道延伸工程\t新建城市主干道4.2公里\t6.8\t2.5\t张明\t县住房和城乡建设局\t县城市建设投资有限公司",
            "2\t县第二人民医院迁建\t新建床位600张\t9.2\t3.0\t李华\t县卫生健康局\t县第二人民医院",
            "3\t高标准农田建设\t建设高标准农田3万亩\t4.5\t4.5\t王强\t县农业农村局\t");
        var plan = ImportedModel.FromFile("projects.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县城市建设投资有限公司" }, plan.Supports("1"));
        Assert.Equal(new[] { "县卫生健康局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县第二人民医院" }, plan.Supports("2"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("3"));
        Assert.Empty(plan.Supports("3"));

        // The leader is a person: never a unit.
        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "张明");
    }

    [Fact]
    public void A_district_tables_numbered_item_column_numbers_the_rows_and_its_leading_department_leads()
    {
        var page = """
            <html><body><p>澐灣區地區管理委員會二〇二五年工作計劃</p>
            <table>
            <tr><th>項目</th><th>工作內容</th><th>主導部門</th><th>協作部門</th><th>目標完成時間</th></tr>
            <tr><td colspan="5">甲、環境衞生</td></tr>
            <tr><td>1</td><td>加強碼頭一帶公眾地方清潔。</td><td>食環署</td><td>民政處</td><td>2025年第二季</td></tr>
            <tr><td>2</td><td>清理後巷非法棄置雜物。</td><td>民政處／食環署</td><td>地政處<br>警務處</td><td>2025年全年</td></tr>
            <tr><td colspan="5">乙、交通</td></tr>
            <tr><td>3</td><td>檢討巴士站佈局。</td><td>運輸署</td><td>—</td><td>2025年第四季</td></tr>
            </table></body></html>
            """;
        var plan = ImportedModel.FromFile("district.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal("加強碼頭一帶公眾地方清潔", plan.Task("1").Title);
        Assert.Equal(new[] { "食環署" }, plan.Leads("1"));
        Assert.Equal(new[] { "民政處" }, plan.Supports("1"));
        Assert.Equal(new[] { "民政處", "食環署" }, plan.Leads("2"));
        Assert.Equal(new[] { "地政處", "警務處" }, plan.Supports("2"));
        Assert.Equal(new[] { "運輸署" }, plan.Leads("3"));
    }

    [Fact]
    public void A_header_whose_every_cell_names_a_column_is_a_tables_header_not_a_forms_labels_and_values()
    {
        // hostile68 L5: 重点任务 | 工作内容 | 牵头单位 | 配合单位 read as two labels and their values made one task of the table.
        var table = string.Join("\n",
            "\"项目\",\"工作内容\",\"牵头单位\",\"配合单位\"",
            "\"城区防洪工程\",\"完成堤防加固5公里\",\"县水利局\",\"县财政局\"",
            "\"老旧小区改造\",\"改造小区12个\",\"县住建局\",\"县城管局\"");
        var plan = ImportedModel.FromFile("projects.csv", Encoding.UTF8.GetBytes(table));
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "县水利局" }, plan.Names(plan.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "县城管局" }, plan.Names(plan.Tasks.Last().InEffect.Supports));

        // A form still reads as one: its labels stand beside their values, also where its first row's words all name
        // columns but no unit column (review of b978c24).
        var wordy = string.Join("\n", "任务名称,农村人居环境整治工作,工作目标,完成年度目标任务", "牵头单位,县农业农村局,配合单位,县财政局", "完成时限,2024年12月,,");
        var wordyForm = ImportedModel.FromFile("form.csv", Encoding.UTF8.GetBytes(wordy));
        Assert.Equal(new[] { "县农业农村局" }, wordyForm.Names(wordyForm.Tasks.Single().InEffect.Leads));

        var form = string.Join("\n", "\"具体任务\",\"推进城区防洪工程建设\"", "\"牵头单位\",\"县水利局\"", "\"配合单位\",\"县财政局\"");
        var record = ImportedModel.FromFile("form.csv", Encoding.UTF8.GetBytes(form));
        Assert.Equal(new[] { "县水利局" }, record.Names(record.Tasks.Single().InEffect.Leads));
    }

    [Fact]
    public void A_project_lists_builders_alone_lead_nothing()
    {
        // Review of b978c24: with no column of the bodies answering for the projects, a company under 建设单位 led.
        var table = string.Join("\n", "序号,项目名称,建设单位,建设内容", "1,县城污水处理厂提标改造,县城投公司,提标改造2万吨/日", "2,商业综合体,某某置业有限公司,新建商业综合体");
        var plan = ImportedModel.FromFile("projects.csv", Encoding.UTF8.GetBytes(table));
        Assert.Equal(2, plan.Tasks.Count());
        Assert.All(plan.Tasks, t => Assert.True(t.InEffect.Leads.IsEmpty));

        // Review of fc001d2: and the import says why, once.
        Assert.Single(plan.Result.Notes, n => n.Message.Contains("only as builders (建设单位)"));
    }

    [Fact]
    public void A_matrixs_legend_in_the_paragraph_before_its_table_reads_its_symbols()
    {
        // hostile72 h72-01: 说明：表中“●”表示牵头单位，“○”表示配合单位。 above the table, and no row read its marks.
        var page = "<html><body><p>说明：表中“●”表示牵头单位，“○”表示配合单位。</p><table>"
            + "<tr><th>序号</th><th>重点任务</th><th>市发展和改革委员会</th><th>市财政局</th><th>市税务局</th><th>完成时限</th></tr>"
            + "<tr><td>1</td><td>深化“一件事一次办”改革</td><td>●</td><td></td><td>○</td><td>2025年12月</td></tr>"
            + "<tr><td>2</td><td>落实减税降费政策</td><td>○</td><td>●</td><td>●</td><td>2025年6月</td></tr>"
            + "<tr><td>3</td><td>清理妨碍统一市场的规定</td><td>○</td><td></td><td></td><td>2025年9月</td></tr>"
            + "</table></body></html>";
        var plan = ImportedModel.FromFile("matrix.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("1"));
        Assert.Equal(new[] { "市税务局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市财政局", "市税务局" }, plan.Leads("2"));
        Assert.Empty(plan.Leads("3"));
        Assert.Equal(3, plan.Tasks.Count());
    }

    [Fact]
    public void A_legend_under_a_matrix_is_its_own_not_the_next_tables()
    {
        // review-73 A10: 注：… under matrix 1 was read as the legend of table 2, a progress table whose ● means done.
        var page = "<html><body><table>"
            + "<tr><th>序号</th><th>重点任务</th><th>市发展和改革委员会</th><th>市财政局</th></tr>"
            + "<tr><td>1</td><td>深化集成改革</td><td>●</td><td>○</td></tr>"
            + "<tr><td>2</td><td>落实减税降费政策</td><td>○</td><td>●</td></tr>"
            + "</table><p>注：表中“●”表示牵头单位，“○”表示配合单位。</p><p>表2 任务进度表</p><table>"
            + "<tr><th>序号</th><th>重点任务</th><th>市发展和改革委员会</th><th>市财政局</th></tr>"
            + "<tr><td>3</td><td>开展营商环境评价</td><td>○</td><td>●</td></tr>"
            + "<tr><td>4</td><td>建立问题整改台账</td><td>●</td><td></td></tr>"
            + "</table><p>注：表2中“●”表示已完成，“○”表示正在推进。</p></body></html>";
        var plan = ImportedModel.FromFile("matrix.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("2"));
        Assert.Empty(plan.Leads("3"));
        Assert.Empty(plan.Leads("4"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>表2 任务进度表</p>")]
    public void A_shuoming_legend_under_a_matrix_is_its_own_not_the_next_tables(string caption)
    {
        // review-75 A6: the refusal above a table held for 注 and 备注 only; 说明：… under matrix 1 gave table 2, a progress
        // table, its leads.
        var page = "<html><body><table>"
            + "<tr><th>序号</th><th>重点任务</th><th>市发展和改革委员会</th><th>市财政局</th></tr>"
            + "<tr><td>1</td><td>深化集成改革</td><td>●</td><td>○</td></tr>"
            + "<tr><td>2</td><td>落实减税降费政策</td><td>○</td><td>●</td></tr>"
            + "</table><p>说明：表中“●”表示牵头单位，“○”表示配合单位。</p>" + caption + "<table>"
            + "<tr><th>序号</th><th>重点任务</th><th>市发展和改革委员会</th><th>市财政局</th></tr>"
            + "<tr><td>3</td><td>开展营商环境评价</td><td>○</td><td>●</td></tr>"
            + "<tr><td>4</td><td>建立问题整改台账</td><td>●</td><td></td></tr>"
            + "</table><p>表2说明：“●”表示已完成，“○”表示正在推进。</p></body></html>";
        var plan = ImportedModel.FromFile("matrix.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "市发展和改革委员会" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("2"));
        Assert.Empty(plan.Leads("3"));
        Assert.Empty(plan.Leads("4"));
    }

    [Fact]
    public void A_legend_said_above_each_of_two_matrices_is_each_ones()
    {
        // review-74 A2: 表2说明： above the second matrix was refused because the first matrix prints the same marks.
        var page = "<html><body><p>表1说明：“●”表示牵头单位，“○”表示配合单位。</p><table>"
            + "<tr><th>序号</th><th>重点任务</th><th>县发改局</th><th>县财政局</th></tr>"
            + "<tr><td>1</td><td>建立重大项目并联审批机制</td><td>●</td><td>○</td></tr></table>"
            + "<p>表2说明：“●”表示牵头单位，“○”表示配合单位。</p><table>"
            + "<tr><th>序号</th><th>重点任务</th><th>县教育局</th><th>县卫健局</th></tr>"
            + "<tr><td>2</td><td>开展中小学生体质健康监测</td><td>●</td><td>○</td></tr></table></body></html>";
        var plan = ImportedModel.FromFile("matrix.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("2"));
        Assert.DoesNotContain(plan.Tasks, t => t.Title == "重点任务");
    }

    [Fact]
    public void A_summary_table_counting_the_tasks_of_each_category_adds_no_tasks()
    {
        // hostile72 h72-12: 序号 | 任务类别 | 任务数（项） | 牵头部门 made tasks titled 4 and 3, each with a lead.
        var table = string.Join("\n", "序号,任务类别,任务数（项）,牵头部门", "1,政务服务,4,区政务服务数据管理局", "2,市场环境,3,区市场监督管理局");
        var plan = ImportedModel.FromFile("summary.csv", Encoding.UTF8.GetBytes(table));
        Assert.DoesNotContain(plan.Tasks, t => t.Title is "4" or "3");
    }
}
