using System.Text;
using WorkPlanDsl.Tests.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// What a Word file or a web page says by its markup: the lead set in bold or red type in a table's cells where the
/// legend says so, a definition list's fields (&lt;dt&gt;牵头部门&lt;/dt&gt;&lt;dd&gt;…&lt;/dd&gt;), and words it hides or
/// strikes out (hidden, &lt;del&gt;, a tracked move), which are not the document's.
/// </summary>
public class MarkedCellsAndPageMarkupTests
{
    private static ImportedModel Html(string body)
        => ImportedModel.FromFile("page.html", Encoding.UTF8.GetBytes("<html><body><div class=\"content\"><p>某市2023年市容环境整治任务清单</p>" + body + "</div></body></html>"));

    private static string Cell(string runs) => "<w:tc><w:p>" + runs + "</w:p></w:tc>";

    private static string Run(string text, string properties = "") => "<w:r><w:rPr>" + properties + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";

    private static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    private static ImportedModel Docx(string legend, string bold, string plain)
    {
        var body = "<w:p>" + Run("某县2024年县域商业体系建设任务分工") + "</w:p><w:p>" + Run(legend) + "</w:p><w:tbl>"
            + Row(Cell(Run("序号")), Cell(Run("重点任务")), Cell(Run("责任单位")))
            + Row(Cell(Run("1")), Cell(Run("建设县级物流配送中心1个。")), Cell(Run("县交通运输局、") + Run(bold, "<w:b/>") + Run("、" + plain)))
            + Row(Cell(Run("2")), Cell(Run("改造提升乡镇商贸中心8个。")), Cell(Run(bold, "<w:color w:val=\"FF0000\"/>") + Run("、县市场监督管理局")))
            + Row(Cell(Run("3")), Cell(Run("培育农村电商带头人300名。")), Cell(Run("县人力资源和社会保障局、县农业农村局")))
            + "</w:tbl>";
        return ImportedModel.FromFile("plan.docx", HostileDocumentTests.RawDocx(body, null, null));
    }

    [Fact]
    public void Bold_names_in_a_word_tables_cells_lead_where_the_legend_says_bold_marks_the_lead()
    {
        var plan = Docx("说明：责任单位中字体加粗者为牵头单位，其余为配合单位。", "县商务局", "中国邮政集团有限公司某县分公司");
        Assert.Equal(new[] { "县商务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县交通运输局", "中国邮政集团有限公司某县分公司" }, plan.Supports("1"));

        // Red is not the legend's mark, and no name of row 3 is marked: neither list names its lead.
        Assert.Contains("2", plan.TasksWithoutLead);
        Assert.Contains("3", plan.TasksWithoutLead);
    }

    [Fact]
    public void Red_names_in_a_word_tables_cells_lead_where_the_legend_says_red_marks_the_lead()
    {
        var plan = Docx("注：红色字体标注的为牵头单位。", "县商务局", "县供销合作社");
        Assert.Equal(new[] { "县商务局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县市场监督管理局" }, plan.Supports("2"));
        Assert.Contains("1", plan.TasksWithoutLead);
    }

    [Theory]
    [InlineData("<span style=\"color: rgb(255, 0, 0);\">市城市管理局</span>")]
    [InlineData("<font color=\"#ff0000\">市城市管理局</font>")]
    [InlineData("<span style=\"color:red\">市城市管理局</span>")]
    public void Red_names_in_a_pages_table_lead_where_the_note_under_it_says_so(string red)
    {
        var plan = Html("<table><tr><th>序号</th><th>整治任务</th><th>责任单位</th></tr>"
            + "<tr><td>1</td><td>整治占道经营。</td><td>市公安局、" + red + "、市市场监督管理局</td></tr>"
            + "<tr><td>2</td><td>开展农贸市场环境整治。</td><td>市商务局、市市场监督管理局</td></tr></table>"
            + "<p>注：红色字体标注的为牵头单位，其他为配合单位；<span style=\"color:red\">红色字体标注的为需提前完成的事项</span>。</p>");
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市公安局", "市市场监督管理局" }, plan.Supports("1"));
        Assert.Contains("2", plan.TasksWithoutLead);
    }

    [Fact]
    public void A_definition_list_gives_each_field_its_value()
    {
        var plan = Html("<details><summary><span>任务01</span><span>建设全区一体化政务云平台</span></summary>"
            + "<p>政务信息系统上云率达到95%以上。</p><dl><dt>牵头部门</dt><dd>区大数据<wbr>发展中心</dd><dt>协同部门</dt><dd>区财政局<br>区委机要保密局</dd>"
            + "<dt>完成时限</dt><dd>2025年6月</dd></dl></details>"
            + "<details><summary><span>任务02</span><span>推进公共数据目录编制</span></summary><dl><dt>牵头部门</dt><dd>区政务服务管理办公室</dd></dl></details>");
        Assert.Equal(new[] { "区大数据发展中心" }, plan.Leads("任务01"));
        Assert.Equal(new[] { "区财政局", "区委机要保密局" }, plan.Supports("任务01"));
        Assert.Equal(new[] { "区政务服务管理办公室" }, plan.Leads("任务02"));
    }

    [Fact]
    public void Words_a_page_hides_or_strikes_out_are_not_read()
    {
        var plan = Html("<p>一、重点任务</p>"
            + "<p>1. 推进国道改造工程。<span style=\"display:none\">（县公安局牵头）</span></p>"
            + "<p hidden>2. 隐藏任务。（县水利局牵头）</p>"
            + "<p>2. 推进农村公路建设。（<del>县住建局</del><ins>县交通运输局</ins>牵头）</p>"
            + "<p>3. 推进公交站台改造。（<s>县城管局</s>县大数据中心牵头）</p>");
        Assert.Equal(new[] { "1.", "2.", "3." }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(plan.Tasks, t => t.Label)));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县大数据中心" }, plan.Leads("3."));
        Assert.DoesNotContain("县水利局", plan.Result.Plan);
        Assert.DoesNotContain("县住建局", plan.Result.Plan);
        Assert.DoesNotContain("县城管局", plan.Result.Plan);
    }

    [Fact]
    public void Words_a_tracked_change_moved_away_are_not_read()
    {
        var body = "<w:p>" + Run("一、重点任务") + "</w:p>"
            + "<w:p>" + Run("1.推进林区防火通道建设。（") + "<w:moveFrom w:id=\"1\" w:author=\"a\">" + Run("县林业局") + "</w:moveFrom>" + Run("县城管局牵头）") + "</w:p>"
            + "<w:p>" + Run("2.推进城区绿道建设。（") + "<w:moveTo w:id=\"2\" w:author=\"a\">" + Run("县林业局") + "</w:moveTo>" + Run("牵头）") + "</w:p>";
        var plan = ImportedModel.FromFile("moved.docx", HostileDocumentTests.RawDocx(body, null, null));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县林业局" }, plan.Leads("2."));
    }

    [Fact]
    public void An_ordered_lists_start_and_order_give_the_numbers_a_browser_shows()
    {
        var plan = Html("<p>一、重点项目</p><ol start=\"5\"><li>推进国道改造工程。（县交通运输局牵头）</li><li>推进农村公路建设。（县公路中心牵头）</li></ol>"
            + "<p>二、倒数</p><ol reversed><li>推进物流园建设。（县商务局牵头）</li><li>推进冷链建设。（县供销社牵头）</li></ol>");
        Assert.Equal(new[] { "5.", "6.", "2.", "1." }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(plan.Tasks, t => t.Label)));
        Assert.Equal(new[] { "县供销社" }, plan.Leads("1."));
    }

    [Fact]
    public void An_ordered_list_of_letters_or_roman_numerals_numbers_its_items_as_a_browser_shows_them()
    {
        var plan = Html("<p>一、民生实事</p><ol type=\"a\"><li>推进公交站台改造。（县城管局牵头）</li><li>推进智慧交通建设。（县大数据中心牵头）</li></ol>"
            + "<p>二、其他</p><ol type=\"i\"><li>推进停车场建设。（县住建局牵头）</li><li>推进充电桩建设。（县发改局牵头）</li></ol>");
        Assert.Equal(new[] { "a.", "b.", "i.", "ii." }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(plan.Tasks, t => t.Label)));
        Assert.Equal(new[] { "县大数据中心" }, plan.Leads("b."));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("ii."));
    }
}
