using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>
/// Where a lead is set apart by type that is not written on the words themselves (hostile65): a class the page's style
/// sheet underlines, Markdown's <c>**bold**</c>, and every name of a list marked, each on its own. Invented pages.
/// </summary>
public class MarkedUnitsInClassesAndMarkdownTests
{
    private const string ClassPage = """
        <html><head><style>
        /* the site's theme */ body{font-size:14px} .zr{text-decoration:underline} .grey{color:#666} .hid{display:none}
        </style></head><body>
        <p class="grey">说明：各项任务责任单位中，加下划线的为牵头单位，其余为配合单位。</p>
        <p>（一）完成高标准农田建设任务。（责任单位：<span class="zr">县农业农村局</span>、县财政局、县自然资源局）</p>
        <p>（二）加强项目前期工作。（责任单位：县发展和改革局、<span class="zr">县农业农村局</span>）</p>
        <p>（三）严格工程质量监管。（责任单位：<span class="zr">县农业农村局</span>、<span class="zr">县水利局</span>）</p>
        <p>（四）强化管护。（责任单位：<u>县水利局、县农业农村局</u>）</p>
        <p class="hid">（五）已删除的任务。（责任单位：<span class="zr">县林业局</span>）</p>
        </body></html>
        """;

    [Fact]
    public void A_class_the_style_sheet_underlines_marks_the_lead_as_an_underline_does()
    {
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(ClassPage));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县财政局", "县自然资源局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（二）"));

        // Each name underlined on its own: both lead. One underline over the whole list marks nothing apart: its names
        // support, and the task says why none leads.
        Assert.Equal(new[] { "县农业农村局", "县水利局" }, plan.Leads("（三）"));
        Assert.Empty(plan.Leads("（四）"));
        Assert.Equal(new[] { "县水利局", "县农业农村局" }, plan.Supports("（四）"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("which of 县水利局、县农业农村局 leads cannot be told"));

        // A class that hides its element hides it as display:none written on it does.
        Assert.DoesNotContain(plan.Model.Tasks, t => t.Label == "（五）");
    }

    [Fact]
    public void Markdown_bold_marks_the_lead_where_the_document_says_bold_leads()
    {
        var text = string.Join("\n",
            "# 2025年数字经济重点任务",
            "> 说明：责任单位中**加粗**的为牵头单位，其余为配合单位。",
            "",
            "| 序号 | 重点任务 | 责任单位 | 完成时限 |",
            "| :--: | ---- | ---- | ---- |",
            "| 1 | 建设城市数据资源平台 | **市数据局**、市大数据发展中心 | 2025年6月 |",
            "| 2 | 发展跨境电子商务 | 瑶汀海关、**市商务局** | 2025年12月 |",
            "| 3 | 加强数据安全保障 | **市委网信办**<br>**市公安局**<br>市数据局 | 2025年12月 |",
            "| 4 | 推进智慧农业应用 | 市农业农村局、市数据局 | 2025年11月 |");
        var plan = ImportedModel.FromFile("plan.md", Encoding.UTF8.GetBytes(text));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市商务局" }, plan.Leads("2"));
        Assert.Equal(new[] { "瑶汀海关" }, plan.Supports("2"));
        Assert.Equal(new[] { "市委网信办", "市公安局" }, plan.Leads("3"));
        Assert.Empty(plan.Leads("4"));
        Assert.DoesNotContain("**", plan.Result.Plan!.Split('\n').Where(l => l.TrimStart().StartsWith("lead") || l.TrimStart().StartsWith("support")));
    }

    [Fact]
    public void Two_stars_after_names_are_signs_not_bold()
    {
        // 县住建局**、县财政局**: a sign after each name, never a bold run between them: the words stay as printed.
        var plan = ImportedModel.From(string.Join("\n", "一、任务", "1. 推进老旧小区改造。（县住建局**、县财政局**、县发改局）"));
        Assert.Contains("县住建局**、县财政局**、县发改局", plan.Result.Plan);
    }

    [Fact]
    public void A_legend_that_says_the_red_ones_lead_in_few_words_is_read()
    {
        // hostile66 W8: 标红的为牵头单位 was not read, and the first listed led by the convention instead.
        var page = "<html><body><p>说明：责任单位中标红的为牵头单位。</p>"
            + "<p>1. 推进农村公路建设。（责任单位：县财政局、<span style=\"color:red\">县交通运输局</span>）</p></body></html>";
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
    }

    [Fact]
    public void The_style_sheet_is_read_as_a_browser_reads_it_for_simple_classes()
    {
        // Review of 0309764: @media rules applied to the page, the first of two rules won, a class's display:none beat the
        // element's own display:block.
        var page = """
            <html><head><style>
            @media print { .wide{display:none} }
            .fold{display:none}
            .zr{text-decoration:underline} .zr{text-decoration:none}
            </style></head><body>
            <p>说明：加下划线的为牵头单位。</p>
            <div class="wide"><p>1. 加强农村公路建设。（县财政局、<u>县交通局</u>）</p></div>
            <p class="fold" style="display:block">2. 推进数字政府建设。（<u>县大数据局</u>、县财政局）</p>
            <p>3. 推进数据共享。（<span class="zr">县数据局</span>、县财政局）</p>
            </body></html>
            """;
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "县交通局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县大数据局" }, plan.Leads("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void Markdown_bold_closed_before_a_role_word_is_read()
    {
        var text = "> 说明：**加粗**的为牵头单位。\n\n1. 推进数据要素市场化。（**县发改局**牵头，县财政局配合）\n2. 建设5G基站100个。（责任单位：县工信局、**县通信发展办**）";
        var plan = ImportedModel.FromFile("plan.md", Encoding.UTF8.GetBytes(text));
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县通信发展办" }, plan.Leads("2."));
        Assert.DoesNotContain("**", plan.Result.Plan!.Split('\n').Where(l => l.TrimStart().StartsWith("lead")));
    }

    [Fact]
    public void A_bracket_whose_lead_the_type_no_longer_shows_still_names_the_units_and_a_marked_one_leads_past_a_mention()
    {
        // hostile66 L7: with the legend, an unmarked bracket lost its units without a note, and one whose support the
        // task's words mention (详见县财政局公告) was dropped whole.
        var page = """
            <html><body><p>说明：责任单位中加下划线的为牵头单位。</p><p>一、重点任务</p>
            <p>1.改善办学条件（详见县财政局公告）。（<u>县教育局</u>、县财政局）</p>
            <p>2.开展职业培训。（县人社局、县教育局）</p>
            </body></html>
            """;
        var plan = ImportedModel.FromFile("plan.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(new[] { "县教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县人社局", "县教育局" }, plan.Supports("2."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("which of 县人社局、县教育局 leads cannot be told"));

        // Without a legend, a bracket after words that mention one of its names stays unread.
        var plain = ImportedModel.FromFile("plain.html", Encoding.UTF8.GetBytes(page.Replace("说明：责任单位中加下划线的为牵头单位。", string.Empty)));
        Assert.Empty(plain.Leads("1."));
    }
}
